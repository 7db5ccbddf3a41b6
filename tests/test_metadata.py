"""What the loader learns about an article: outlet, title and publication date."""

from __future__ import annotations

from pathlib import Path

import pytest

from newscmp.load import load_article, read_article
from newscmp.load.dates import parse_date
from newscmp.load.outlets import lookup_outlet, name_outlet, outlet_table

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

# (sample, outlet, title, published), every value read off the sample by hand.
SAMPLES = [
    ("000_62d2b6d06a40e93b", "swissinfo.ch", None, "2022-01-10"),
    (
        "001_77606723364a9be7",
        "RFI",
        "Russian-American talks: eight hours of discussions without real progress",
        None,
    ),
    ("002_c21aa0d88ccc5bb2", None, None, "2022-01-10"),
    (
        "003_62849ba5c0e8d2b1",
        "Luxembourg Times",
        "First round of US-Russia talks end with optimistic tone",
        "2022-01-10",
    ),
    (
        "004_ec0cd77a669150c2",
        "Reuters",
        "US and Russian negotiators face off in Geneva over Ukraine",
        None,
    ),
]


@pytest.mark.parametrize(("name", "outlet", "title", "published"), SAMPLES)
def test_sample_metadata(name: str, outlet: str, title: str, published: str) -> None:
    article = load_article(SEEDS / f"{name}.txt")
    assert (article.outlet, article.title, article.published) == (outlet, title, published)
    assert article.encoding == "utf-8"


# --- outlets: (text, outlet expected) ---

OUTLETS = [
    ("NAIROBI (AP) — A magnitude 6.1 earthquake struck western Kenya on Tuesday.", "AP"),
    ("GENEVA (REUTERS) – The talks ended without a deal.", "Reuters"),
    ("TOKYO, March 3 (Kyodo) - A passenger plane overran the runway.", "Kyodo"),
    ("Madrid (EFE) - Los trabajadores del metro inician una huelga.", "EFE"),
    ("SANTIAGO, Chile (AFP) — Voters chose a new president on Sunday.", "AFP"),
    ("(AP) — The striker scored twice in the cup final.", "AP"),
    ("NAIROBI (KBC) — Rescue teams reached the quake zone.", "KBC"),
    ("Final ends in penalties\n\nBy Jane Doe, Associated Press\n\nThe cup was decided late.", "AP"),
    ("By Maria Rossi and Tom Berg | Reuters\n\nVoters in Chile queued for hours.", "Reuters"),
    ("By Associated Press\n\nThe court sentenced the former mayor.", "AP"),
    ("Text by: France 24\n\nRail workers walked out at dawn.", "France 24"),
    ("Text by: RFI Follow\n\nThe plane landed safely.", "RFI"),
    ("Union calls strike\n\nexample-news.org/jd\n\nDockers stopped work.", "example-news.org"),
    ("The quake struck at dawn.\n\n© AFP 2023", "AFP"),
    ("The takeover was approved.\n\nCopyright 2021 The Guardian", "The Guardian"),
    (
        "The vote was close.\n\nCopyright © 2024 The Daily Planet. All rights reserved.",
        "Daily Planet",
    ),
    (
        "The final was a draw.\n\nThe Harbour Herald has a new mobile app, download here!",
        "Harbour Herald",
    ),
    ("The launch went well.\n\nFollow the news by downloading the Kyiv Post app", "Kyiv Post"),
    ("Fox News’ Jane Doe and John Roe contributed to this report.", "Fox News"),
    ("The plane crashed.\n\nPhoto credit: AFP\n\n© Straits Times 2022", "The Straits Times"),
]


@pytest.mark.parametrize(("text", "outlet"), OUTLETS)
def test_outlet_from_credits(text: str, outlet: str) -> None:
    assert read_article(text.encode(), "t.txt", "t").outlet == outlet


# Outlets that are quoted, photographed or person credits: none is the article's outlet.
NO_OUTLET = [
    "The minister told CNN's State of the Union on Sunday that talks would go on.",
    "The state-run news agency RIA quoted the minister as saying the plane was old.",
    "Mr Doe told RIA news agency that the strike would continue.",
    "In an interview with Fox News, the striker said the final was fair.",
    "Our strong preference is a deal, the chief executive told ABC's This Week.",
    "The plane crashed at dawn.\n\nPhoto credit: AFP",
    "Rescuers dig through rubble.\n\nAP - Jane Doe",
    "(Photo by Jane Doe/AFP via Getty Images)\n\nThe court ruled on Monday.",
    "By Jane Doe\n\nThe match ended 2-1.",
    "Text by: Jane Doe\n\nThe board approved the takeover.",
    "The vote was close.\n\n© Getty Images",
    "Reporting by Jane Doe; Editing by John Roe",
    "Jane Doe contributed to this report.",
    "The company launched its phone in Seoul. (Reuters) reported nothing new, he said.",
    "By Monday, the strike had spread to three more factories.",
]


@pytest.mark.parametrize("text", NO_OUTLET)
def test_no_outlet_outside_credit_positions(text: str) -> None:
    assert read_article(text.encode(), "t.txt", "t").outlet is None


def test_dateline_only_counts_at_the_top() -> None:
    paragraphs = [f"Paragraph {n} about the verdict." for n in range(10)]
    paragraphs.append("LONDON (Reuters) - This dateline is too deep in the text to count.")
    assert read_article("\n\n".join(paragraphs).encode(), "t.txt", "t").outlet is None


def test_byline_outranks_a_footer_prompt() -> None:
    text = "By Jane Doe, Reuters\n\nThe strike ended.\n\nDownload the Daily Planet app today"
    assert read_article(text.encode(), "t.txt", "t").outlet == "Reuters"


LOOKUPS = [
    ("REUTERS", "Reuters"),
    ("The Associated Press", "AP"),
    ("Agence France-Presse", "AFP"),
    ("www.swissinfo.ch", "swissinfo.ch"),
    ("theguardian.com", "The Guardian"),
    ("the luxembourg times", "Luxembourg Times"),
    ("Deutsche Welle", "DW"),
    ("Daily Planet", None),
]


@pytest.mark.parametrize(("name", "outlet"), LOOKUPS)
def test_lookup_outlet(name: str, outlet: str | None) -> None:
    assert lookup_outlet(name) == outlet


NAMED = [
    ("KBC", "KBC"),
    ("The Coastal Gazette", "Coastal Gazette"),
    ("news.example.org", "news.example.org"),
    ("Jane Doe", None),
    ("Getty Images", None),
    ("Shutterstock", None),
    ("all rights reserved", None),
    ("", None),
]


@pytest.mark.parametrize(("name", "outlet"), NAMED)
def test_name_outlet(name: str, outlet: str | None) -> None:
    assert name_outlet(name) == outlet


def test_outlet_table_is_large_and_consistent() -> None:
    table = outlet_table()
    names = set(table.by_key.values())
    assert len(names) >= 100
    for required in ("Reuters", "AP", "AFP", "Xinhua", "TASS", "Yonhap", "BBC", "Le Monde"):
        assert required in names


# --- titles: (text, title expected) ---

TITLES = [
    ("Quake of magnitude 6.1 shakes western Kenya\n\nNAIROBI (AP) — It struck at dawn.",
     "Quake of magnitude 6.1 shakes western Kenya"),
    ("Change Edition\n\nUnion calls national rail strike for Friday\n\nThe union said.",
     "Union calls national rail strike for Friday"),
    ("Photo: Reuters\n\nFinal ends in penalty shoot-out drama\n\nThe cup went home.",
     "Final ends in penalty shoot-out drama"),
    ("Regulator clears takeover of chipmaker by U.S.\n\nThe deal closed.",
     "Regulator clears takeover of chipmaker by U.S."),
    ("Who won the election? Five things to know\n\nVoters chose.",
     "Who won the election? Five things to know"),
    (" date 2024-03-05 Court jails former mayor for fraud\n\nThe court ruled.",
     "Court jails former mayor for fraud"),
    ("# Chipmaker unveils its first phone\n\nThe launch was in Seoul.",
     "Chipmaker unveils its first phone"),
    ("NAIROBI (AP) — A magnitude 6.1 earthquake struck western Kenya on Tuesday", None),
    ("WASHINGTON\n\nThe Senate passed the bill on Monday.", None),
    ("Court jails former mayor for five years.\n\nThe verdict came late.", None),
    ("the plane landed safely in fog\n\nNobody was hurt.", None),
    ("Rescuers spent the whole night searching through the rubble of the collapsed school "
     "buildings in the three mountain villages for survivors and the missing\n\nMore.", None),
    ("Earthquake\n\nIt struck.", None),
    ("By Jane Doe, Associated Press\n\nThe striker scored twice in the final.", None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "title"), TITLES)
def test_title(text: str, title: str | None) -> None:
    assert read_article(text.encode(), "t.txt", "t").title == title


# --- published: (text, date expected) ---

PUBLISHED = [
    ("Published: 3 March 2021\n\nThe court ruled.", "2021-03-03"),
    ("Quake hits coast\nUpdated Mar. 3, 2021\n\nIt struck at dawn.", "2021-03-03"),
    ("This content was published on January 10, 2022 - 19:28\n\nTalks ended.", "2022-01-10"),
    ("Strike halts trains\n2 min. 05.03.2024\nUnions walked out.", "2024-03-05"),
    ("Monday, 4 November 2024\n\nVoters queued for hours.", "2024-11-04"),
    ("Posted on 2023-06-30 14:05\n\nThe phone launched.", "2023-06-30"),
    (" date 2024-03-05 \n\nPublished: 3 March 2021\n\nThe header wins.", "2024-03-05"),
    ("The court said on March 3, 2021 that it would rule soon.", None),
    ("Published: yesterday\n\nThe court ruled.", None),
    ("The final was played in 1998 and again on 4 July 2004.", None),
]


@pytest.mark.parametrize(("text", "published"), PUBLISHED)
def test_published(text: str, published: str | None) -> None:
    assert read_article(text.encode(), "t.txt", "t").published == published


def test_published_stamp_must_be_near_the_top() -> None:
    lines = [f"Line {n} of the verdict story." for n in range(30)]
    text = "\n".join([*lines, "Published: 3 March 2021"])
    assert read_article(text.encode(), "t.txt", "t").published is None


DATES = [
    ("January 10, 2022 - 19:28", "2022-01-10"),
    ("Mar. 3, 2021", "2021-03-03"),
    ("Sept 9 2019", "2019-09-09"),
    ("3 March 2021", "2021-03-03"),
    ("4th of July 2004", "2004-07-04"),
    ("2022-01-10", "2022-01-10"),
    ("10.01.2022", "2022-01-10"),
    ("25/12/2023", "2023-12-25"),
    ("12/25/2023", "2023-12-25"),
    ("05/03/2024", None),
    ("February 30, 2021", None),
    ("Smarch 3, 2021", None),
    ("no date here", None),
]


@pytest.mark.parametrize(("text", "iso"), DATES)
def test_parse_date(text: str, iso: str | None) -> None:
    assert parse_date(text) == iso
