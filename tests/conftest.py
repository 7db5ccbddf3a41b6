"""Shared pytest options: `--update-goldens` rewrites the golden files instead of comparing."""

from __future__ import annotations

import pytest

from newscmp.model import (
    Article,
    Comparison,
    DateValue,
    Fact,
    Kind,
    LocationValue,
    Mention,
    Problem,
    Qualifier,
    QuantityValue,
    QuoteValue,
    Span,
    Status,
    Value,
)


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-goldens",
        action="store_true",
        default=False,
        help="Rewrite tests/golden/ from the current output (review the diff before committing).",
    )


@pytest.fixture
def update_goldens(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-goldens"))


# A small comparison built by hand for the renderer tests: an earthquake reported by three
# sources, with a quote holding a pipe, a newline and a <script> tag, and a photo credit.
QUAKE_WIRE = (
    "KATHMANDU, Nepal (AP) — A strong earthquake struck western Nepal on Monday, killing at "
    "least 30 people, Home Minister Ram Bahadur Thapa said.\n"
)
QUAKE_DAILY = (
    "An earthquake hit western Nepal on Monday and 34 people were killed. "
    '"We are | still <script>alert(1)</script>\nsearching," Thapa said.\n'
    "Photo: Anna Lee/Agency\n"
)
QUAKE_RADIO = "Rescuers in Nepal searched through the night.\n"


def _mention(article: Article, kind: Kind, words: str, value: Value, nth: int = 0) -> Mention:
    start = -1
    for _ in range(nth + 1):
        start = article.text.index(words, start + 1)
    return Mention(kind, article.id, words, Span(start, start + len(words)), value)


@pytest.fixture
def quake() -> Comparison:
    wire = Article(id="wire", path="wire.txt", text=QUAKE_WIRE, outlet="AP")
    credit = QUAKE_DAILY.index("Photo:")
    daily = Article(
        id="daily",
        path="daily.txt",
        text=QUAKE_DAILY,
        outlet="Daily | Post",
        title="Quake <kills> 34",
        boilerplate=(Span(credit, len(QUAKE_DAILY) - 1),),
    )
    radio = Article(id="radio", path="radio.txt", text=QUAKE_RADIO)
    monday = DateValue("2023-02-06")
    quote = '"We are | still <script>alert(1)</script>\nsearching,"'
    facts = (
        Fact(
            "date:event",
            Kind.DATE,
            "Date",
            Status.AGREE,
            monday,
            (
                _mention(wire, Kind.DATE, "Monday", monday),
                _mention(daily, Kind.DATE, "Monday", monday),
            ),
            (("wire", Status.AGREE), ("daily", Status.AGREE)),
        ),
        Fact(
            "location:event",
            Kind.LOCATION,
            "Location",
            Status.AGREE,
            LocationValue(None, "Nepal"),
            (
                _mention(wire, Kind.LOCATION, "Nepal", LocationValue(None, "Nepal")),
                _mention(wire, Kind.LOCATION, "western Nepal", LocationValue(None, "Nepal")),
                _mention(daily, Kind.LOCATION, "western Nepal", LocationValue(None, "Nepal")),
                _mention(radio, Kind.LOCATION, "Nepal", LocationValue(None, "Nepal")),
            ),
            (("wire", Status.AGREE), ("daily", Status.AGREE), ("radio", Status.AGREE)),
        ),
        Fact(
            "quantity:people",
            Kind.QUANTITY,
            "people",
            Status.CONFLICT,
            QuantityValue(34, "people", Qualifier.EXACT),
            (
                _mention(
                    wire,
                    Kind.QUANTITY,
                    "at least 30 people",
                    QuantityValue(30, "people", Qualifier.AT_LEAST),
                ),
                _mention(
                    daily, Kind.QUANTITY, "34 people", QuantityValue(34, "people", Qualifier.EXACT)
                ),
            ),
            (("wire", Status.CONFLICT), ("daily", Status.AGREE)),
        ),
        Fact(
            "quote:thapa",
            Kind.QUOTE,
            "Thapa",
            Status.SINGLE,
            QuoteValue("Thapa", quote[1:-2]),
            (_mention(daily, Kind.QUOTE, quote, QuoteValue("Thapa", quote[1:-2])),),
            (("daily", Status.SINGLE),),
        ),
    )
    return Comparison((wire, daily, radio), facts, (Problem("broken.bin", "not text"),))
