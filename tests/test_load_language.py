"""Telling English articles from articles in other languages."""

from __future__ import annotations

from pathlib import Path

import pytest

from newscmp.load.language import detect_language, not_english

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

# (text, the language expected; None when too short to tell)
LANGUAGES = [
    ("A magnitude 6.4 earthquake struck off the northern coast early on Tuesday, killing at "
     "least 14 people and leaving more than 2,000 without shelter, the national disaster agency "
     "said.", "English"),
    ("A jury on Thursday found the founder of a regional café chain guilty on four counts of "
     "fraud, ending a six-week trial at the county courthouse, where crowds had gathered.",
     "English"),
    # English with a quoted foreign phrase is still English.
    ("The union leader, speaking in Lyon, called the offer « une honte pour tous les "
     "travailleurs » before the vote, and said the strike at the port would go on until the "
     "company made a better offer to all of its workers.", "English"),
    ("Shareholders approved the takeover on Tuesday. The deal values each share at 412 pence, "
     "a premium of 38% on the price before the first approach in November.", "English"),
    ("Le président a déclaré mardi que les élections auront lieu en juin, selon un communiqué "
     "publié par le ministère de l'Intérieur. Les résultats seront annoncés dans la soirée.",
     "French"),
    ("Il tribunale ha condannato l'ex sindaco a sei anni di carcere per corruzione, secondo "
     "quanto riferito dalla procura. La difesa ha annunciato che presenterà ricorso in appello "
     "contro la sentenza.", "Italian"),
    ("De staking in de haven is maandag na twaalf dagen beëindigd, zo heeft de vakbond gemeld. "
     "De werknemers krijgen een loonsverhoging van vier procent en een eenmalige bonus.",
     "Dutch"),
    ("O avião fez uma aterragem de emergência no aeroporto da capital depois de uma falha num "
     "dos motores, segundo a companhia. Todos os passageiros saíram ilesos e a pista foi "
     "fechada durante duas horas.", "Portuguese"),
    ("Ο σεισμός μεγέθους 6,1 βαθμών σημειώθηκε τη Δευτέρα το πρωί στα βόρεια της χώρας, "
     "σύμφωνα με τις αρχές.", "Greek"),
    ("在周一举行的决赛中，主队以二比一击败客队，夺得了本赛季的冠军。数万名球迷涌上街头庆祝这场胜利。",
     "Chinese"),
    ("Quake hits coast", None),
    ("Le président", None),
    ("", None),
    ("12 34 56 78 — 90 %", None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "language"), LANGUAGES)
def test_detect_language(text: str, language: str | None) -> None:
    assert detect_language(text) == language


@pytest.mark.parametrize("path", sorted(SEEDS.glob("*.txt")), ids=lambda path: path.stem)
def test_samples_are_english(path: Path) -> None:
    assert detect_language(path.read_text(encoding="utf-8")) == "English"


def test_message() -> None:
    assert not_english("French") == (
        "in another language (looks like French); newscmp reads English articles"
    )
