"""The HTML report in a real headless Chromium: it loads cleanly, has a row per fact, and a click on
a cell highlights that cell's words in its source.

Needs Debian's Chromium (`apt-get install chromium`; `.ci/run` installs it) driven by Playwright
through `executable_path`, so no browser is ever downloaded. Without Chromium these tests skip with
a visible reason, unless `NEWSCMP_REQUIRE_BROWSER=1` (set by `.ci/run` after installing Chromium),
where a missing browser fails them.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from newscmp.formats.html import render_html
from newscmp.formats.values import best_mention
from newscmp.model import Comparison
from newscmp.pipeline import compare_paths

SEEDS = Path(__file__).parent.parent / "seeds"
ARTIFACTS = Path(__file__).parent / "artifacts"
CHROMIUM_FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def chromium_path() -> str:
    for name in ("chromium", "chromium-browser"):
        found = shutil.which(name)
        if found:
            return found
    reason = (
        "Chromium not found: install it to run the HTML report tests "
        "(`apt-get install -y chromium`; `.ci/run` does this)"
    )
    if os.environ.get("NEWSCMP_REQUIRE_BROWSER") == "1":
        pytest.fail(reason, pytrace=False)
    pytest.skip(reason)


@pytest.fixture(scope="module")
def comparison() -> Comparison:
    return compare_paths([str(SEEDS)])


@dataclass
class Opened:
    """The report open in Chromium, and every console error and uncaught exception it gave."""

    page: Any
    errors: list[str] = field(default_factory=list)


@pytest.fixture(scope="module")
def opened(comparison: Comparison, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Opened]:
    from playwright.sync_api import sync_playwright

    folder = tmp_path_factory.mktemp("report")
    report = folder / "report.html"
    report.write_text(render_html(comparison), encoding="utf-8")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=chromium_path(),
            args=CHROMIUM_FLAGS,  # Playwright adds --headless and a new empty --user-data-dir
        )
        result = Opened(
            browser.new_page(viewport={"width": 1400, "height": 900}, reduced_motion="reduce")
        )
        result.page.on(
            "console",
            lambda message: message.type == "error" and result.errors.append(message.text),
        )
        result.page.on("pageerror", lambda error: result.errors.append(str(error)))
        result.page.goto(report.as_uri())
        result.page.wait_for_load_state("load")
        yield result
        browser.close()


@pytest.fixture
def page(opened: Opened) -> Any:
    return opened.page


def test_loads_without_console_errors(opened: Opened) -> None:
    assert opened.page.title().startswith("newscmp:")
    assert opened.errors == []


def test_table_has_one_row_per_fact(page: Any, comparison: Comparison) -> None:
    assert len(comparison.facts) > 3
    assert page.locator("#facts tbody tr").count() == len(comparison.facts)


def test_every_mention_has_a_mark_with_its_words(page: Any, comparison: Comparison) -> None:
    for f, fact in enumerate(comparison.facts):
        for m, mention in enumerate(fact.mentions):
            mark = page.locator(f"#m{f}-{m}")
            parts = page.locator(f'[data-part="m{f}-{m}"]')
            words = mark.text_content() + "".join(parts.all_text_contents())
            assert words == mention.text, (fact.id, mention)


def _highlighted(page: Any, name: str) -> str:
    return "".join(page.locator(f"mark.{name}").all_text_contents())


@pytest.mark.parametrize("source_index", [0, 2, 3])
def test_click_on_a_cell_highlights_its_words(
    page: Any, comparison: Comparison, source_index: int
) -> None:
    source = comparison.sources[source_index].id
    clicked = 0
    for f, fact in enumerate(comparison.facts):
        mentions = [m for m in fact.mentions if m.source == source]
        if not mentions:
            continue
        page.locator(f'#fact-{f} td[data-source="{source}"]').click()
        assert _highlighted(page, "hl") == best_mention(mentions).text, fact.id
        highlighted = page.locator("mark.hl").first
        assert highlighted.evaluate("e => e.closest('section').id") == f"src-{source_index}"
        clicked += 1
    assert clicked >= 2


def _visible_rows(page: Any) -> list[tuple[str, str]]:
    rows = page.locator("#facts tbody tr:not([hidden])")
    return [
        (row.get_attribute("data-status"), row.get_attribute("data-kind")) for row in rows.all()
    ]


def test_status_and_kind_toggles_hide_and_show_rows(page: Any, comparison: Comparison) -> None:
    singles = sum(1 for fact in comparison.facts if fact.status.value == "single")
    quotes = sum(1 for fact in comparison.facts if fact.kind.value == "quote")
    status_box = page.locator('input[data-filter="status"][value="single"]')
    kind_box = page.locator('input[data-filter="kind"][value="quote"]')
    status_box.uncheck()
    rows = _visible_rows(page)
    assert len(rows) == len(comparison.facts) - singles
    assert all(status != "single" for status, _ in rows)
    shown = f"{len(rows)} of {len(comparison.facts)} facts shown"
    assert page.locator("#shown").text_content().startswith(shown)
    kind_box.uncheck()
    rows = _visible_rows(page)
    assert all(status != "single" and kind != "quote" for status, kind in rows)
    assert len(rows) == sum(
        1
        for fact in comparison.facts
        if fact.status.value != "single" and fact.kind.value != "quote"
    )
    status_box.check()
    kind_box.check()
    assert len(_visible_rows(page)) == len(comparison.facts) and quotes > 0
    assert page.locator("#shown").text_content() == ""


def test_no_console_errors_after_clicks_and_screenshot_saved(opened: Opened) -> None:
    page = opened.page
    ARTIFACTS.mkdir(exist_ok=True)
    page.locator("#facts tbody tr th").first.click()
    path = ARTIFACTS / "report.png"
    page.screenshot(path=str(path), full_page=True)
    assert path.stat().st_size > 10_000
    assert opened.errors == []
