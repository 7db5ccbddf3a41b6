"""The loader on arbitrary bytes: the fuzz target's smoke run, and hypothesis properties for
every format (only Articles or recorded Problems, never another exception; deterministic)."""

from __future__ import annotations

import gzip
import importlib.util
import json
import random
from pathlib import Path
from types import ModuleType

from hypothesis import given, settings
from hypothesis import strategies as st

from newscmp.errors import InputError
from newscmp.load import LoadOptions, read_input
from newscmp.load.html import decode_html
from newscmp.load.language import detect_language
from newscmp.load.unpack import gunzip

HERE = Path(__file__).resolve().parent
FIXTURES = HERE / "fixtures"


def _fuzz_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("fuzz_load", HERE / "fuzz" / "fuzz_load.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _corpus() -> list[bytes]:
    """Fixture files under every name, their gzip, cut and flipped copies, and seeded noise."""
    rng = random.Random(20240305)
    seeds = [path.read_bytes() for path in sorted(FIXTURES.glob("*/*")) if path.is_file()]
    seeds = [seed[:20_000] for seed in seeds]
    corpus: list[bytes] = []
    for seed in seeds:
        for pick in range(12):
            corpus.append(bytes([pick]) + seed)
        corpus.append(bytes([6]) + gzip.compress(seed))
        corpus.append(bytes([7]) + gzip.compress(seed)[: len(seed) // 3])
        cut = rng.randrange(1, len(seed))
        corpus.append(bytes([rng.randrange(12)]) + seed[:cut])
        flipped = bytearray(seed)
        for _ in range(8):
            flipped[rng.randrange(len(flipped))] = rng.randrange(256)
        corpus.append(bytes([rng.randrange(12)]) + bytes(flipped))
    corpus.extend(rng.randbytes(rng.randrange(1, 3000)) for _ in range(150))
    return corpus


def test_fuzz_target_smoke() -> None:
    check_input = _fuzz_module().check_input
    for data in _corpus():
        check_input(data)


_OPTIONS = LoadOptions(max_bytes=100_000)
_NAMES = st.sampled_from(
    ["a.txt", "a.md", "a.html", "a.json", "a.jsonl", "a.txt.gz", "a.jsonl.gz", "-", "a"]
)


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=4000), _NAMES)
def test_any_bytes_under_any_name(data: bytes, name: str) -> None:
    try:
        first = read_input(data, name, "a", _OPTIONS)
    except InputError as exc:
        assert exc.path == name and exc.message
        return
    assert read_input(data, name, "a", _OPTIONS) == first
    articles, problems = first
    for article in articles:
        assert all(0 <= s.start <= s.end <= len(article.text) for s in article.boilerplate)
    assert all(problem.path == name for problem in problems)


_KEYS = ["text", "maintext", "title", "url", "id", "date", "source", "language", "articles"]
_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=60),
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.dictionaries(st.sampled_from(_KEYS) | st.text(max_size=8), inner, max_size=6)
    ),
    max_leaves=20,
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_JSON, min_size=1, max_size=5), st.booleans())
def test_any_json_records(values: list[object], lines: bool) -> None:
    if lines:
        data = "\n".join(json.dumps(value) for value in values).encode()
    else:
        data = json.dumps(values if len(values) > 1 else values[0]).encode()
    name = "feed.jsonl" if lines else "feed.json"
    try:
        first = read_input(data, name, "feed")
    except InputError as exc:
        assert exc.path == name
        return
    assert read_input(data, name, "feed") == first
    for article in first[0]:
        assert article.text.strip() and article.id


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=2000), st.sampled_from([None, "utf-8", "koi8-r", "bogus", "utf-16"]))
def test_html_decoding_any_bytes(data: bytes, charset: str | None) -> None:
    try:
        text, encoding = decode_html(b"<html><meta charset=x>" + data, charset)
    except InputError:
        return
    assert isinstance(text, str) and encoding


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=500))
def test_gunzip_any_bytes(data: bytes) -> None:
    try:
        assert len(gunzip(b"\x1f\x8b" + data, 10_000)) <= 10_000
    except InputError as exc:
        assert exc.message


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=3000))
def test_language_of_any_text(text: str) -> None:
    found = detect_language(text)
    assert found is None or (isinstance(found, str) and found)
    assert detect_language(text) == found
