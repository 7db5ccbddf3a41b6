"""One run over inputs of every kind: mixed formats, globs, folder walks, stdin, gzip, other
languages, duplicates, and inputs too large to read."""

from __future__ import annotations

import gzip
import io
import time
from pathlib import Path

import pytest

from newscmp.load import LoadOptions, load_paths
from newscmp.load.discover import NO_ARTICLES, article_suffix, file_stem, unsupported
from newscmp.model import Problem
from newscmp.pipeline import compare_paths

FIXTURES = Path(__file__).resolve().parent / "fixtures"
PAGES = FIXTURES / "pages"
RECORDS = FIXTURES / "records"
SEEDS = Path(__file__).resolve().parent.parent / "seeds"

STRIKE = b"Dock strike ends\n\nDock workers returned to work on Monday after a 12-day strike."
VERDICT = b"Mayor jailed\n\nA court sentenced the former mayor to six years on Thursday."


def _write(folder: Path, name: str, data: bytes) -> str:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return str(path)


def test_mixed_inputs_compare_as_six_sources(tmp_path: Path) -> None:
    paths = [
        str(SEEDS / "000_62d2b6d06a40e93b.txt"),
        str(SEEDS / "001_77606723364a9be7.txt"),
        str(PAGES / "quake_coastal_herald.html"),
        str(RECORDS / "quake_wire.jsonl"),
    ]
    comparison = compare_paths(paths, jobs=1)
    assert comparison.problems == ()
    assert [source.id for source in comparison.sources] == [
        "000_62d2b6d06a40e93b",
        "001_77606723364a9be7",
        "quake_coastal_herald",
        "wire-101",
        "wire-102",
        "wire-103",
    ]
    for fact in comparison.facts:
        for mention in fact.mentions:
            source = next(s for s in comparison.sources if s.id == mention.source)
            assert source.text[mention.span.start : mention.span.end] == mention.text


def test_stdin_one_article_or_records() -> None:
    records = (RECORDS / "quake_wire.jsonl").read_bytes()
    articles, problems = load_paths(["-"], stdin=io.BytesIO(records))
    assert problems == [] and [a.id for a in articles] == ["wire-101", "wire-102", "wire-103"]
    assert [a.path for a in articles] == ["-#1", "-#2", "-#3"]
    page = (PAGES / "quake_coastal_herald.html").read_bytes()
    articles, problems = load_paths(["-"], options=LoadOptions(stdin=io.BytesIO(page)))
    assert problems == [] and articles[0].title == "Quake kills 14 in coastal villages"
    text = b"[Updated] Strike ends\n\nWorkers returned on Monday after 12 days on strike."
    articles, problems = load_paths(["-"], stdin=io.BytesIO(text))
    assert problems == [] and articles[0].text == text.decode()
    articles, problems = load_paths(["-"], stdin=io.BytesIO(gzip.compress(records)))
    assert problems == [] and len(articles) == 3


def _coverage(tmp_path: Path) -> Path:
    root = tmp_path / "coverage"
    _write(root, "a/herald.html", (PAGES / "quake_coastal_herald.html").read_bytes())
    _write(root, "b/deep/courier.htm", (PAGES / "verdict_valley_courier.htm").read_bytes())
    _write(root, "b/strike.txt", STRIKE)
    _write(root, "wire.jsonl.gz", gzip.compress((RECORDS / "quake_wire.jsonl").read_bytes()))
    _write(root, ".hidden/secret.txt", VERDICT)
    _write(root, "b/.draft.txt", VERDICT)
    _write(root, "b/photo.jpg", b"\xff\xd8\xff\xe0")
    return root


def test_glob_across_folders(tmp_path: Path) -> None:
    root = _coverage(tmp_path)
    articles, problems = load_paths([f"{root}/**/*.html", f"{root}/**/*.htm"])
    assert problems == []
    assert [a.id for a in articles] == ["herald", "courier"]


def test_recursive_walk_skips_hidden_and_reports_non_articles(tmp_path: Path) -> None:
    root = _coverage(tmp_path)
    articles, problems = load_paths([str(root)], options=LoadOptions(recursive=True))
    assert problems == [Problem(str(root / "b" / "photo.jpg"), unsupported("photo.jpg"))]
    # A folder's own files first, then its subfolders, each by name.
    assert [a.id for a in articles] == ["wire-101", "wire-102", "wire-103", "herald", "strike",
                                        "courier"]  # fmt: skip
    # Without --recursive only the files directly inside count.
    articles, problems = load_paths([str(root)])
    assert [a.id for a in articles] == ["wire-101", "wire-102", "wire-103"] and problems == []


def test_recursive_walk_reports_each_bad_file_once(tmp_path: Path) -> None:
    root = tmp_path / "walk"
    good = _write(root, "a/good.txt", STRIKE)
    empty = _write(root, "a/empty.txt", b"")
    (root / "b").mkdir()
    (root / "b" / "gone.txt").symlink_to(root / "b" / "missing.txt")
    (root / "b" / "up").symlink_to(root)  # a folder link loop: not followed
    args = [str(root), good, empty]
    articles, problems = load_paths(args, options=LoadOptions(recursive=True))
    assert [a.id for a in articles] == ["good"]
    assert problems == [
        Problem(empty, "empty file"),
        Problem(str(root / "b" / "gone.txt"), "broken symbolic link: its target does not exist"),
        Problem(good, "duplicate of good; compared once"),
    ]
    bare = tmp_path / "bare"
    _write(bare, ".only-hidden.txt", STRIKE)
    recursive = LoadOptions(recursive=True)
    assert load_paths([str(bare)], options=recursive) == ([], [Problem(str(bare), NO_ARTICLES)])


def test_duplicates_are_compared_once(tmp_path: Path) -> None:
    first = _write(tmp_path, "wire.txt", STRIKE)
    spaced = _write(tmp_path, "copy.txt", STRIKE.replace(b" ", b"  ").replace(b"\n", b"\r\n"))
    other = _write(tmp_path, "other.txt", VERDICT)
    articles, problems = load_paths([first, spaced, other, first])
    assert [a.id for a in articles] == ["wire", "other"]
    assert problems == [
        Problem(spaced, "duplicate of wire; compared once"),
        Problem(first, "duplicate of wire; compared once"),  # the same file named twice
    ]


# (text, the language named in the problem)
FOREIGN = [
    ("Le tribunal de commerce a validé mardi le rachat de l'entreprise par son principal "
     "concurrent, selon un communiqué publié par la société. Les salariés seront informés "
     "dans la journée et le syndicat a dit qu'il ne fera pas appel de la décision.", "French"),
    ("Der Vorstand hat am Montag die Übernahme des Konkurrenten beschlossen, wie das Unternehmen "
     "mitteilte. Die Aktionäre müssen dem Angebot noch zustimmen, das nach Angaben der Bank "
     "deutlich über dem aktuellen Kurs liegt und bis Ende des Jahres gilt.", "German"),
    ("El avión aterrizó de emergencia en el aeropuerto de la capital después de que uno de "
     "los motores fallara, según informó la aerolínea. Todos los pasajeros salieron ilesos y "
     "la pista fue cerrada durante dos horas para las tareas de limpieza.", "Spanish"),
    ("Землетрясение магнитудой 6,1 произошло в понедельник утром в горах на севере страны. По "
     "данным спасателей, погибли не менее десяти человек, а также были разрушены дома.",
     "Russian"),
    ("東京で月曜日の朝、マグニチュード6.1の地震が発生し、少なくとも10人が死亡したと当局が発表した。"
     "気象庁によると、震源の深さは約10キロだった。", "Japanese"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "language"), FOREIGN)
def test_articles_in_other_languages_are_skipped(tmp_path: Path, text: str, language: str) -> None:
    path = _write(tmp_path, "story.txt", text.encode())
    error = f"in another language (looks like {language}); newscmp reads English articles"
    assert load_paths([path]) == ([], [Problem(path, error)])


def test_gzip_inputs(tmp_path: Path) -> None:
    packed = _write(tmp_path, "strike.txt.gz", gzip.compress(STRIKE))
    truncated = _write(tmp_path, "cut.txt.gz", gzip.compress(VERDICT)[:-12])
    garbage = _write(tmp_path, "bad.jsonl.gz", b"\x1f\x8b\x08\x00" + b"\xff" * 40)
    bomb = _write(tmp_path, "bomb.html.gz", gzip.compress(b" " * 200_000))
    articles, problems = load_paths([packed, truncated, garbage, bomb], max_bytes=100_000)
    assert [(a.id, a.text) for a in articles] == [("strike", STRIKE.decode())]
    assert [(p.path, p.error.split(";")[0].split(" (")[0]) for p in problems] == [
        (truncated, "truncated gzip file: it ends too early"),
        (garbage, "damaged gzip data"),
        (bomb, "larger than 100,000 bytes"),
    ]
    assert "--max-bytes" in problems[2].error and "once decompressed" in problems[2].error


def test_a_50_mb_file_is_refused_at_once(tmp_path: Path) -> None:
    big = tmp_path / "huge.txt"
    with big.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)  # sparse: no 50 MB written to disk
    started = time.monotonic()
    assert load_paths([str(big)]) == (
        [],
        [Problem(str(big), "larger than 20,000,000 bytes; raise the limit with --max-bytes")],
    )
    assert time.monotonic() - started < 1.0


def test_a_single_10_mb_line_loads_in_bounded_time(tmp_path: Path) -> None:
    sentence = b"The strike at the port entered its twelfth day on Monday. "
    line = tmp_path / "line.txt"
    line.write_bytes(sentence * (10_000_000 // len(sentence)))
    started = time.monotonic()
    articles, problems = load_paths([str(line)])
    assert problems == [] and len(articles[0].text) > 9_900_000
    assert time.monotonic() - started < 20.0


@pytest.mark.parametrize(
    ("name", "suffix", "stem"),
    [
        ("coverage/a.txt", ".txt", "a"),
        ("a.TXT.gz", ".txt", "a"),
        ("feed.jsonl.gz", ".jsonl", "feed"),
        ("page.htm", ".htm", "page"),
        ("archive.gz", "", "archive"),
        ("notes", "", "notes"),
        (".gz", "", ".gz"),  # a hidden file named ".gz", no suffix
    ],
)
def test_suffix_and_stem(name: str, suffix: str, stem: str) -> None:
    assert (article_suffix(name), file_stem(name)) == (suffix, stem)
