"""More inputs people hold: PDF and Word .docx articles with their title and date; files a folder
holds that newscmp cannot read, recorded with what to do; a folder of subfolders pointing at -r;
long messages cut to one line; "did you mean" for plural or misspelt kinds and statuses."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from documents import docx_bytes, pdf_bytes

from newscmp.cli import cli, one_line
from newscmp.errors import ExitCode
from newscmp.load import load_paths
from newscmp.load.discover import SUBFOLDERS_HINT
from newscmp.model import Kind
from newscmp.pipeline import compare_paths

WIRE = [
    "GENEVA (Reuters) - US and Russian diplomats met in Geneva on Monday",
    "for nearly eight hours of talks, Deputy Secretary of State Wendy Sherman said.",
]
DAILY = [
    "Talks between Russia and the United States in Geneva on Monday lasted eight hours,",
    "said US Deputy Secretary of State Wendy Sherman.",
]
LETTER = b"Talks end\n\nDiplomats met in Geneva on Monday for eight hours of talks, Sherman said."


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def test_pdf_and_docx_articles_load_with_title_and_date(tmp_path: Path) -> None:
    (tmp_path / "wire.pdf").write_bytes(pdf_bytes(WIRE, title="Talks end", created="20220110"))
    (tmp_path / "daily.docx").write_bytes(
        docx_bytes(DAILY, title="Geneva talks last eight hours", created="2022-01-11")
    )
    articles, problems = load_paths([str(tmp_path)])
    assert problems == []
    by_id = {article.id: article for article in articles}
    assert sorted(by_id) == ["daily", "wire"]
    wire, daily = by_id["wire"], by_id["daily"]
    assert (wire.title, wire.published, wire.encoding) == ("Talks end", "2022-01-10", "pdf")
    assert wire.text == " ".join(WIRE)  # the page's two printed lines, one sentence again
    assert (daily.title, daily.published, daily.encoding) == (
        "Geneva talks last eight hours",
        "2022-01-11",
        "docx",
    )
    assert daily.text == "\n\n".join(DAILY)  # a paragraph each, a blank line between


def test_pdf_and_docx_facts_point_into_their_text(tmp_path: Path) -> None:
    (tmp_path / "wire.pdf").write_bytes(pdf_bytes(WIRE, created="20220110"))
    (tmp_path / "daily.docx").write_bytes(docx_bytes(DAILY, created="2022-01-10"))
    comparison = compare_paths([str(tmp_path)])
    texts = {article.id: article.text for article in comparison.sources}
    for fact in comparison.facts:
        for mention in fact.mentions:
            assert texts[mention.source][mention.span.start : mention.span.end] == mention.text
    sherman = next(fact for fact in comparison.facts if fact.label == "Wendy Sherman")
    assert {mention.source for mention in sherman.mentions} == {"wire", "daily"}
    date = next(fact for fact in comparison.facts if fact.kind is Kind.DATE)
    assert date.value.date == "2022-01-10"  # type: ignore[union-attr]  # a DateValue


COLUMN = [
    "Talks end without a deal",
    "US and Russian diplomats met in Geneva on Monday for nearly eight",
    "hours of talks, US Deputy Secretary of State Wendy Sherman said after",
    "the meeting.",
    "More than 100,000 Russian troops remain near the border, officials",
    "said. The talks were long-",
    "planned.",
]


def test_pdf_lines_are_joined_into_paragraphs_so_sentences_read_whole(tmp_path: Path) -> None:
    path = tmp_path / "column.pdf"
    path.write_bytes(pdf_bytes(COLUMN, created="20220110"))
    (article,), _ = load_paths([str(path)])
    assert article.text == (
        "Talks end without a deal\n\n"
        "US and Russian diplomats met in Geneva on Monday for nearly eight hours of talks, US "
        "Deputy Secretary of State Wendy Sherman said after the meeting.\n\n"
        "More than 100,000 Russian troops remain near the border, officials said. The talks "
        "were long-planned."
    )
    assert article.title == "Talks end without a deal"  # the short first line, as in a text file
    comparison = compare_paths([str(path)])
    words = {mention.text for fact in comparison.facts for mention in fact.mentions}
    # each of these runs over two printed lines of the page
    assert "nearly eight hours" in " ".join(words)
    assert any("Wendy Sherman" in text for text in words)
    assert any("100,000 Russian troops" in text for text in words)


def test_pdf_without_information_still_loads(tmp_path: Path) -> None:
    path = tmp_path / "plain.pdf"
    path.write_bytes(pdf_bytes(WIRE))
    (article,), problems = load_paths([str(path)])
    assert problems == [] and article.published is None and "Geneva" in article.text


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("scan.pdf", pdf_bytes([]), "no text in this PDF (a scanned image?); run it through OCR"),
        ("torn.pdf", b"%PDF-1.4\n1 0 obj\n<< /Type", "damaged PDF ("),
        ("old.docx", b"\xd0\xcf\x11\xe0 an old Word file", "not a Word .docx file (an old .doc?)"),
        ("torn.docx", b"PK\x03\x04 not really a zip", "damaged Word file ("),
    ],
)
def test_unreadable_documents_are_problems_saying_what_to_do(
    tmp_path: Path, name: str, data: bytes, message: str
) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    articles, problems = load_paths([str(path)])
    assert articles == []
    (problem,) = problems
    assert problem.path == str(path) and message in problem.error
    assert "\n" not in problem.error and ";" in problem.error  # one line, then what to do


def test_unsupported_files_in_a_folder_are_problems_and_strict_exits_3(
    runner: CliRunner, tmp_path: Path
) -> None:
    (tmp_path / "a.txt").write_bytes(LETTER)
    (tmp_path / "b.pdf").write_bytes(pdf_bytes(WIRE))
    (tmp_path / "budget.xlsx").write_bytes(b"PK\x03\x04 a spreadsheet")
    (tmp_path / ".hidden.xlsx").write_bytes(b"left out quietly")
    result = runner.invoke(cli, ["compare", "--json", str(tmp_path)])
    assert result.exit_code == ExitCode.OK
    problems = json.loads(result.stdout)["problems"]
    assert [problem["path"] for problem in problems] == [str(tmp_path / "budget.xlsx")]
    assert "does not read .xlsx files" in problems[0]["error"]
    assert "convert it, or move it out of the folder" in problems[0]["error"]
    assert f"{tmp_path / 'budget.xlsx'}: not read" in result.stderr
    strict = runner.invoke(cli, ["compare", "--strict", str(tmp_path)])
    assert strict.exit_code == ExitCode.PROBLEMS


def test_a_folder_of_subfolders_suggests_recursive(runner: CliRunner, tmp_path: Path) -> None:
    (tmp_path / "monday").mkdir()
    (tmp_path / "monday" / "a.txt").write_bytes(LETTER)
    (tmp_path / "monday" / "b.pdf").write_bytes(pdf_bytes(WIRE))
    result = runner.invoke(cli, ["compare", str(tmp_path)])
    assert result.exit_code == ExitCode.ERROR
    assert SUBFOLDERS_HINT in result.stderr and "give -r to read them too" in result.stderr
    assert len(result.stderr.splitlines()) == 1  # "no readable articles: <folder>: ..."
    assert runner.invoke(cli, ["compare", "-r", str(tmp_path)]).exit_code == ExitCode.OK


def test_long_messages_are_cut_to_one_readable_line(runner: CliRunner) -> None:
    many = "".join(f'{{"text": "broken record {n}" ,}}\n' for n in range(200))
    result = runner.invoke(cli, ["compare", "-"], input=many)
    assert result.exit_code == ExitCode.ERROR
    lines = result.stderr.splitlines()
    assert len(lines[-1]) <= 320 and "more problems" in lines[-1]
    assert all(len(line) <= 320 for line in lines)
    cut = one_line("word " * 200 + "\nsecond line", limit=100)
    assert "\n" not in cut and len(cut) <= 100 and cut.endswith("more characters)")
    assert cut.startswith("word word") and " … (" in cut and "wor …" not in cut  # between words


@pytest.mark.parametrize(
    ("option", "value", "meant"),
    [
        ("--kind", "participants", "participant"),
        ("--kind", "quantitiy", "quantity"),
        ("--kind", "quotes", "quote"),
        ("--status", "conflicts", "conflict"),
        ("--status", "agreed", "agree"),
    ],
)
def test_did_you_mean(runner: CliRunner, option: str, value: str, meant: str) -> None:
    result = runner.invoke(cli, ["compare", option, value, "seeds"])
    assert result.exit_code == ExitCode.USAGE
    assert f"unknown value {value!r} (did you mean {meant!r}?)" in result.stderr


def test_no_did_you_mean_for_a_word_unlike_any(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["compare", "--kind", "weather", "seeds"])
    assert result.exit_code == ExitCode.USAGE and "did you mean" not in result.stderr
