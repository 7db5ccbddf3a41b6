"""A short deterministic run of the extractor fuzz target (tests/fuzz/fuzz_extract.py) over
mutated fixture texts, without atheris; the long coverage-guided run is in its docstring."""

from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent / "fuzz"))
from fuzz_extract import check_text  # noqa: E402

ROOT = Path(__file__).parent.parent
TEXTS = [path.read_bytes() for path in sorted(ROOT.glob("seeds/*.txt"))] + [
    path.read_bytes() for path in sorted(ROOT.glob("tests/fixtures/clusters/*/*.txt"))[:6]
]


def mutations(seed: int) -> list[bytes]:
    """Cut, spliced, byte-flipped and repeated pieces of real articles."""
    rng = random.Random(seed)
    result = []
    for _ in range(12):
        data = bytearray(rng.choice(TEXTS))
        start = rng.randrange(len(data))
        piece = data[start : start + rng.randrange(1, 1500)]
        for _ in range(rng.randrange(4)):
            if piece:
                piece[rng.randrange(len(piece))] = rng.randrange(256)
        other = rng.choice(TEXTS)
        result.append(bytes(piece) * rng.randrange(1, 3) + b"\0" + other[: rng.randrange(800)])
    return result


@pytest.mark.parametrize("seed", range(6))
def test_fuzz_target_holds_on_mutated_articles(seed: int) -> None:
    for data in mutations(seed):
        check_text(data)


def test_fuzz_target_catches_a_broken_span(monkeypatch: pytest.MonkeyPatch) -> None:
    """The target is able to fail: an extractor that returns a wrong span is caught."""
    from newscmp import extract as registry
    from newscmp.model import Kind, Mention, ParticipantValue, Span

    def broken(article: object) -> list[Mention]:
        return [
            Mention(Kind.PARTICIPANT, "a0", "xyz", Span(0, 2), ParticipantValue("X Y", None, None))
        ]

    monkeypatch.setitem(registry.EXTRACTORS, Kind.PARTICIPANT, broken)
    with pytest.raises(AssertionError):
        check_text(b"Some text about a strike in Lisbon.")
