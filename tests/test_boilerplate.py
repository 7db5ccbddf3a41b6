"""Boilerplate marks: credits, prompts and stamps are skipped; article prose never is."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newscmp.load import load_article, read_article
from newscmp.load.boilerplate import classify, find_boilerplate
from newscmp.model import Article, Span

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

# Per sample: text that must lie wholly inside boilerplate, and prose that must not touch it.
COVERED = {
    "000_62d2b6d06a40e93b": [
        "date 2022-01-10",
        "Keystone / Denis Balibouse",
        "This content was published on January 10, 2022 - 19:28",
        "swissinfo.ch/mga",
    ],
    "001_77606723364a9be7": [
        "AP - Denis Balibouse",
        "Text by: RFI Follow",
        "2 min",
        "Advertising",
        "Read more",
        "Newsletter",
        "Receive all international news directly in your mailbox",
        "I subscribe",
        "Follow all the international news by downloading the RFI application",
        "google-play-badge_FR",
        "• Ukraine",
        "• Russia",
        "• United States",
    ],
    "002_c21aa0d88ccc5bb2": ["date 2022-01-10"],
    "003_62849ba5c0e8d2b1": [
        "Change Edition",
        "2 min. 10.01.2022",
        "Photo credit: AFP",
        "The Luxembourg Times has a new mobile app, download here!",
        "Get the Luxembourg Times delivered to your inbox twice a day.",
        "Sign up for your free newsletters here.",
        "More on this topic",
    ],
    "004_ec0cd77a669150c2": ["Comments are closed."],
}
PROSE = {
    "000_62d2b6d06a40e93b": [
        "Talks betwwen Russia and the US were described",
        "over the Ukraine situation.",
        "US Deputy Secretary of State Wendy Sherman and Russia’s Deputy Foreign Minister",
        "A US government spokesperson told the press",
    ],
    "001_77606723364a9be7": [
        "Russian-American talks: eight hours of discussions without real progress",
        "US Deputy Secretary of State Wendy Sherman (l) and her Russian counterpart",
        "Monday's talks in Geneva kick off an intense diplomatic week.",
    ],
    "002_c21aa0d88ccc5bb2": [
        "WASHINGTON",
        "the Russian state-run news agency RIA quoted",
        "showed on CNN the State of the Union",
        "U.S. Under Secretary of State Wendy Sherman and Russian Deputy Foreign Minister",
    ],
    "003_62849ba5c0e8d2b1": [
        "First round of US-Russia talks end with optimistic tone",
        "attend security talks on soaring tensions over Ukraine at the US Permanent Mission",
        "Diplomats from Russia and the US wrapped up their first round",
    ],
    "004_ec0cd77a669150c2": [
        "GENEVA (REUTERS) – After days of pessimistic statements",
        "Mr Ryabkov told RIA news agency",
    ],
}


def _occurrences(text: str, piece: str) -> list[Span]:
    spans, start = [], text.find(piece)
    while start >= 0:
        spans.append(Span(start, start + len(piece)))
        start = text.find(piece, start + 1)
    return spans


def _inside(article: Article, span: Span) -> bool:
    return any(b.start <= span.start and span.end <= b.end for b in article.boilerplate)


@pytest.mark.parametrize(
    ("name", "piece"), [(name, piece) for name, pieces in COVERED.items() for piece in pieces]
)
def test_sample_boilerplate_covers(name: str, piece: str) -> None:
    article = load_article(SEEDS / f"{name}.txt")
    found = _occurrences(article.text, piece)
    assert found, piece
    assert all(_inside(article, span) for span in found)


@pytest.mark.parametrize(
    ("name", "piece"), [(name, piece) for name, pieces in PROSE.items() for piece in pieces]
)
def test_sample_prose_is_not_boilerplate(name: str, piece: str) -> None:
    article = load_article(SEEDS / f"{name}.txt")
    found = _occurrences(article.text, piece)
    assert found, piece
    assert not any(article.is_boilerplate(span) for span in found)


# --- single lines: (line, kind expected or None) ---

LINES = [
    ("Photo: Reuters", "photo"),
    ("Photo credit: AFP", "photo"),
    ("Pictures: Jane Doe", "photo"),
    ("(Photo by Jane Doe/AFP via Getty Images)", "photo"),
    ("Getty Images", "photo"),
    ("Keystone / Jane Doe", "photo"),
    ("Jane Doe/AFP", "photo"),
    ("EPA-EFE/JANE DOE", "photo"),
    ("AP - Jane Doe", "photo"),
    ("Jane Doe – Reuters", "photo"),
    ("Credit: Jane Doe/Reuters", "photo"),
    ("AFP", "photo"),
    ("Text by: RFI", "credit"),
    ("example.org/jd", "credit"),
    ("The Associated Press contributed to this report.", "credit"),
    ("Reporting by Jane Doe; Editing by John Roe", "credit"),
    ("By Jane Doe, Associated Press", "byline"),
    ("By Jane Doe and John Roe | Reuters", "byline"),
    ("By JANE DOE", "byline"),
    ("© AFP 2023", "copyright"),
    ("Copyright 2021 The Guardian", "copyright"),
    ("(c) 2020 Coastal Gazette", "copyright"),
    ("Published: 3 March 2021", "stamp"),
    ("Updated Mar. 3, 2021", "stamp"),
    ("5 min read", "stamp"),
    ("2 min. 10.01.2022", "stamp"),
    ("Monday, 4 November 2024", "stamp"),
    ("Read more", "nav"),
    ("Read more: Quake survivors return home", "nav"),
    ("ADVERTISEMENT", "nav"),
    ("Share this article", "nav"),
    ("Follow", "nav"),
    ("Comments are closed.", "nav"),
    ("More on this topic", "nav"),
    ("Change Edition", "nav"),
    ("Download on the App Store", "nav"),
    ("Sign up for our daily newsletter", "prompt"),
    ("Subscribe to the Coastal Gazette newsletter", "prompt"),
    ("Receive the best stories in your inbox", "prompt"),
    ("Download our free app for breaking news", "prompt"),
    ("app-store-badge_EN", "prompt"),
    ("We use cookies to improve your experience on our site.", "prompt"),
    ("• Elections", "tag"),
    # Prose and headlines that must stay content.
    ("By Monday, the strike had spread to three more factories.", None),
    ("By contrast, the new phone costs less.", None),
    ("By the time rescuers arrived, the fire was out.", None),
    ("The court sentenced him to five years in prison.", None),
    ("Voters in Chile elect a new president", None),
    ("Ukraine", None),
    ("The bakery sold cookies and bread to the strikers.", None),
    ("Photographs of the wreckage were published by the airline on Tuesday.", None),
    ("Published reports said the takeover would close in May.", None),
    ("Updated figures show 30 people died in the quake.", None),
    ("Mr Doe told CNN's State of the Union that the vote was fair.", None),
    ("The Associated Press reported that the plane was delayed.", None),
    ("Follow the money, the prosecutor told the jury.", None),
    ("Share prices fell 4% after the launch.", None),
    ("• The government will raise the minimum wage by 10% next year.", None),
]


@pytest.mark.parametrize(("line", "kind"), LINES)
def test_classify_line(line: str, kind: str | None) -> None:
    marked = classify(line, 7)
    assert (marked.kind if marked else None) == kind
    if marked is not None:
        assert marked.span == Span(7, 7 + len(line))


# --- whole texts: (text, the pieces marked, in order) ---

TEXTS = [
    (
        "Rescuers search the rubble in the old town. Jane Doe / AFP\n\nThe quake struck.",
        ["Jane Doe / AFP"],
    ),
    (
        "Fans celebrate the cup win in the square. Photo: Reuters",
        ["Photo: Reuters"],
    ),
    (
        "The final ended 2-1.\n\nThe Coastal Gazette has a new mobile app, download here! "
        "Sign up for your free newsletters here.\n",
        [
            "The Coastal Gazette has a new mobile app, download here! "
            "Sign up for your free newsletters here."
        ],
    ),
    (
        "NAIROBI (AP) — A quake struck.\n\nRead more\n\nAdvertisement\n\nRescue work went on.",
        ["Read more", "Advertisement"],
    ),
    ("The strike ended. Read more. Workers went home.", []),
    ("\r\n  Share this article  \r\n\r\nThe verdict came late.\r\n", ["Share this article"]),
]


@pytest.mark.parametrize(("text", "pieces"), TEXTS)
def test_find_boilerplate(text: str, pieces: list[str]) -> None:
    marks = find_boilerplate(text)
    assert [text[m.span.start : m.span.end] for m in marks] == pieces


def test_dateline_is_kept_for_the_location_extractor() -> None:
    text = "GENEVA (Reuters) - Talks ended on Monday.\n\nBy Jane Doe, Reuters"
    article = read_article(text.encode(), "t.txt", "t")
    assert not article.is_boilerplate(Span(0, len("GENEVA (Reuters) -")))
    assert article.is_boilerplate(Span(text.index("By Jane"), len(text)))


def test_long_lines_are_not_tested_whole() -> None:
    prose = "The verdict was read out slowly. " * 20 + "Read more"
    marks = find_boilerplate(prose)
    assert [prose[m.span.start : m.span.end] for m in marks] == ["Read more"]


_PIECES = st.sampled_from(
    [
        "Reuters", "AP", "Getty Images", "via ", "/", "contributed to this report", "Jane Doe",
        "We use cookies", "We use cookieſ", "this site uses cookıes", "İ", " ", ".", "Photo: ",
        "©", "2023", "Monday",
        "Sign up for our newsletter", "The", "staff", " - ", "reporting by ", "Copyright ",
    ]
)  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(
    st.lists(_PIECES, min_size=1, max_size=8).map("".join),
    st.lists(_PIECES, max_size=8).map("".join),
)
def test_guarded_stages_match_as_the_whole_table_does(text: str, other_line: str) -> None:
    """Skipping a stage whose needed words are absent, from the line or from the whole article
    it is a line of, never changes which row matches."""
    from newscmp.load.boilerplate import _match, _table, _usable

    stages, _ = _table()
    whole = re.compile("|".join(stage.pattern.pattern for stage in stages))
    expected = whole.fullmatch(text)
    found = _match(text, _usable(f"{other_line}\n{text}"))
    assert (found and found.lastgroup) == (expected and expected.lastgroup)
    found = _match(text, _usable(text))
    assert (found and found.lastgroup) == (expected and expected.lastgroup)
    if found and expected:
        groups = {key: value for key, value in found.groupdict().items() if value is not None}
        wanted = {key: value for key, value in expected.groupdict().items() if value is not None}
        assert groups == wanted
