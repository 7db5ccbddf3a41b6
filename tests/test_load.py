"""The loader: finding inputs, decoding them, and turning every bad input into a Problem."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newscmp.errors import InputError
from newscmp.load import load_article, load_paths, read_article
from newscmp.load.decode import NOT_TEXT
from newscmp.load.discover import NO_ARTICLES, unsupported
from newscmp.model import Article, Problem

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
FIXTURES = Path(__file__).resolve().parent / "fixtures" / "load"

# --- decoding: (bytes, the text expected, the encoding expected) ---

DECODED = [
    (b"Quake hits the coast\n", "Quake hits the coast\n", "utf-8"),
    (b"Line one\r\nLine two\r\n", "Line one\r\nLine two\r\n", "utf-8"),
    ("Café owner wins".encode(), "Café owner wins", "utf-8"),
    (b"\xef\xbb\xbfCaf\xc3\xa9 owner wins", "Café owner wins", "utf-8-sig"),
    ("\ufeffStrike halts trains".encode("utf-16-le"), "Strike halts trains", "utf-16"),
    ("\ufeffStrike halts trains".encode("utf-16-be"), "Strike halts trains", "utf-16"),
    ("\ufeffZürich court rules".encode("utf-16-le"), "Zürich court rules", "utf-16"),
    ("\ufeffPlane lands safely".encode("utf-32-le"), "Plane lands safely", "utf-32"),
    ("Vote count ends\r\n".encode("utf-16-le"), "Vote count ends\r\n", "utf-16-le"),
    ("Vote count ends".encode("utf-16-be"), "Vote count ends", "utf-16-be"),
    (
        "“We won,” said the café’s owner – proudly.".encode("cp1252"),
        "“We won,” said the café’s owner – proudly.",
        "cp1252",
    ),
    (
        "Le président a déclaré à Montréal que l'élection aura lieu.".encode("latin-1"),
        "Le président a déclaré à Montréal que l'élection aura lieu.",
        "cp1252",
    ),
    (
        "Die Übernahme der Brauerei in München ist beschlossen.".encode("latin-1"),
        "Die Übernahme der Brauerei in München ist beschlossen.",
        "cp1252",
    ),
    (
        "Землетрясение магнитудой 6,1 произошло в понедельник утром в горах.".encode("cp1251"),
        "Землетрясение магнитудой 6,1 произошло в понедельник утром в горах.",
        "cp1251",
    ),
]


@pytest.mark.parametrize(("data", "text", "encoding"), DECODED)
def test_read_article_decodes(data: bytes, text: str, encoding: str) -> None:
    article = read_article(data, "t.txt", "t")
    assert article.text == text
    assert article.encoding == encoding
    assert article.id == "t" and article.path == "t.txt"


# --- bytes that are not an article: (bytes, the start of the error expected) ---

REFUSED = [
    (b"", "empty file"),
    (b"   \n\t\r\n  ", "empty file"),
    (b"\xef\xbb\xbf", "empty file"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(40)), NOT_TEXT),
    (b"PK\x03\x04\x14\x00\x00\x00\x08\x00article.txt", NOT_TEXT),
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n", NOT_TEXT),
    (b"GIF89a\x01\x00\x01\x00", NOT_TEXT),
    (b"\xff\xd8\xff\xe0 JFIF", NOT_TEXT),
    (b"The election results\x00 are in", NOT_TEXT),
    (bytes([1, 2, 3, 4, 5, 6, 7, 8, 14, 15]) * 20 + b"some words", NOT_TEXT),
    (b"Caf\xc3\xa9 and na\xc3\xafve, then \xff\xfe broken", "invalid UTF-8 at byte 23"),
    (bytes(range(0x80, 0x100)) * 4, "cannot tell its character encoding"),
    (b"\xff\xfe\x00\xd8a\x00", "invalid UTF-16"),
]


@pytest.mark.parametrize(("data", "error"), REFUSED)
def test_read_article_refuses(data: bytes, error: str) -> None:
    with pytest.raises(InputError) as caught:
        read_article(data, "bad.txt", "bad")
    assert caught.value.message.startswith(error)
    assert caught.value.path == "bad.txt"


# --- the header ---

HEADERS = [
    (" date 2022-01-10 Talks between the two sides ended.", "2022-01-10", (1, 16)),
    ("date 2024-03-05\n\nThe strike began at dawn.", "2024-03-05", (0, 15)),
    ("\n  date 2023-11-30\nVoters went to the polls.", "2023-11-30", (3, 18)),
    ("Date: 2021-07-04\nThe final ended 2-1.", "2021-07-04", (0, 16)),
]


@pytest.mark.parametrize(("text", "published", "span"), HEADERS)
def test_header_gives_date_and_is_boilerplate(
    text: str, published: str, span: tuple[int, int]
) -> None:
    article = read_article(text.encode(), "t.txt", "t")
    assert article.text == text
    assert article.published == published
    start, end = span
    assert any(s.start == start and s.end == end for s in article.boilerplate)
    assert text[start:end].lower().startswith("date")


NOT_HEADERS = [
    "The date 2022-01-10 was chosen for the vote.",
    "date 2024-13-45 The court adjourned.",
    "update 2024-03-05 Quake toll rises",
    "date 2024-03-051 Strike ends",
]


@pytest.mark.parametrize("text", NOT_HEADERS)
def test_not_a_header(text: str) -> None:
    article = read_article(text.encode(), "t.txt", "t")
    assert article.published is None
    assert not any(text[s.start : s.end].lower().startswith("date") for s in article.boilerplate)


# --- the samples ---

SAMPLES = [
    "000_62d2b6d06a40e93b",
    "001_77606723364a9be7",
    "002_c21aa0d88ccc5bb2",
    "003_62849ba5c0e8d2b1",
    "004_ec0cd77a669150c2",
]


def test_samples_folder_loads_in_name_order() -> None:
    articles, problems = load_paths([str(SEEDS)])
    assert problems == []
    assert [article.id for article in articles] == SAMPLES
    for article in articles:
        raw = (SEEDS / f"{article.id}.txt").read_bytes()
        assert article.text == raw.decode("utf-8")
        assert article.encoding == "utf-8"
        assert article.path == str(SEEDS / f"{article.id}.txt")


@pytest.mark.parametrize("name", SAMPLES)
def test_load_article_sample(name: str) -> None:
    article = load_article(SEEDS / f"{name}.txt")
    assert article.id == name
    assert all(0 <= s.start < s.end <= len(article.text) for s in article.boilerplate)


# --- inputs that cannot be used become Problems ---


def _write(folder: Path, name: str, data: bytes) -> str:
    path = folder / name
    path.write_bytes(data)
    return str(path)


def test_missing_path(tmp_path: Path) -> None:
    missing = str(tmp_path / "nope.txt")
    assert load_paths([missing]) == ([], [Problem(missing, "no such file or folder")])


def test_empty_folder_and_folder_without_articles(tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    pictures = tmp_path / "pictures"
    pictures.mkdir()
    _write(pictures, "photo.jpg", b"\xff\xd8\xff\xe0")
    articles, problems = load_paths([str(empty), str(pictures)])
    assert articles == []
    assert problems == [
        Problem(str(empty), NO_ARTICLES),
        Problem(str(pictures / "photo.jpg"), unsupported("photo.jpg")),
        Problem(str(pictures), NO_ARTICLES),
    ]
    assert "does not read .jpg files" in unsupported("photo.jpg")


def test_folder_takes_txt_and_md_directly_inside_sorted(tmp_path: Path) -> None:
    _write(tmp_path, "b.md", b"# Final ends 2-1\n\nThe home side won the cup.")
    _write(tmp_path, "a.txt", b"Court jails mayor\n\nThe court ruled on Monday.")
    _write(tmp_path, "c.csv", b"title,text\nignored,not an article format")
    _write(tmp_path, ".draft.txt", b"Hidden files are left out of folder walks.")
    (tmp_path / "sub").mkdir()
    _write(tmp_path / "sub", "d.txt", b"Not read: only files directly inside count.")
    articles, problems = load_paths([str(tmp_path)])
    assert [article.id for article in articles] == ["a", "b"]
    # the spreadsheet is not read, and says so; hidden files and subfolders are left out quietly
    assert problems == [Problem(str(tmp_path / "c.csv"), unsupported("c.csv"))]


def test_every_bad_file_is_a_problem_and_the_good_ones_load(tmp_path: Path) -> None:
    good = _write(tmp_path, "quake.txt", b"Quake hits coast\n\nA strong earthquake struck.")
    empty = _write(tmp_path, "empty.txt", b"")
    blank = _write(tmp_path, "blank.txt", b" \n\n \t")
    png = _write(tmp_path, "image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    nul = _write(tmp_path, "nul.md", b"Verdict\x00 due")
    later = _write(tmp_path, "vote.txt", b"Election day\n\nVoters queued for hours.")
    articles, problems = load_paths([good, empty, blank, png, nul, later])
    assert [article.id for article in articles] == ["quake", "vote"]
    assert problems == [
        Problem(empty, "empty file"),
        Problem(blank, "empty file: only blank space"),
        Problem(png, NOT_TEXT),
        Problem(nul, NOT_TEXT),
    ]


def test_broken_symlink_and_symlink_loop(tmp_path: Path) -> None:
    broken = tmp_path / "broken.txt"
    broken.symlink_to(tmp_path / "gone.txt")
    loop_a, loop_b = tmp_path / "loop_a.txt", tmp_path / "loop_b.txt"
    loop_a.symlink_to(loop_b)
    loop_b.symlink_to(loop_a)
    articles, problems = load_paths([str(broken), str(loop_a)])
    assert articles == []
    assert problems == [
        Problem(str(broken), "broken symbolic link: its target does not exist"),
        Problem(str(loop_a), "symbolic link loop; point the link at a real file"),
    ]


def test_folder_linking_to_itself_is_read_once(tmp_path: Path) -> None:
    _write(tmp_path, "a.txt", b"Takeover agreed\n\nThe board backed the bid.")
    (tmp_path / "self.txt").symlink_to(tmp_path)
    articles, problems = load_paths([str(tmp_path)])
    assert [article.id for article in articles] == ["a"]
    assert problems == [
        Problem(str(tmp_path / "self.txt"), "a folder, not a file; give an article file")
    ]


def test_unreadable_entries_folder_fifo_device(tmp_path: Path) -> None:
    # Running as root makes chmod 000 meaningless, so these are the unreadable cases tested.
    (tmp_path / "x.txt").mkdir()
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    articles, problems = load_paths([str(tmp_path), os.devnull])
    assert articles == []
    assert problems == [
        Problem(str(fifo), "a named pipe (FIFO), not a file; give an article file"),
        Problem(str(tmp_path / "x.txt"), "a folder, not a file; give an article file"),
        Problem(os.devnull, "a device, not a file; give an article file"),
    ]


def test_size_limit(tmp_path: Path) -> None:
    big = _write(tmp_path, "big.txt", b"Strike spreads to ports. " * 10)
    articles, problems = load_paths([big], max_bytes=100)
    assert articles == []
    assert problems == [Problem(big, "larger than 100 bytes; raise the limit with --max-bytes")]
    with pytest.raises(InputError, match="--max-bytes"):
        load_article(big, max_bytes=100)
    assert load_article(big, max_bytes=250).id == "big"


def test_glob_patterns(tmp_path: Path) -> None:
    _write(tmp_path, "one.txt", b"Final won\n\nThe cup went home.")
    _write(tmp_path, "two.txt", b"Plane lands\n\nAll passengers safe.")
    articles, problems = load_paths([str(tmp_path / "*.txt"), str(tmp_path / "*.rtf")])
    assert [article.id for article in articles] == ["one", "two"]
    assert problems == [Problem(str(tmp_path / "*.rtf"), "no files match this pattern")]


def test_ids_are_made_unique(tmp_path: Path) -> None:
    paths = []
    for folder, name in (("x", "a.txt"), ("y", "a.md"), ("z", "a-2.txt"), ("w", "a.txt")):
        (tmp_path / folder).mkdir()
        paths.append(_write(tmp_path / folder, name, f"Story from {folder}".encode()))
    articles, problems = load_paths(paths)
    assert problems == []
    assert [article.id for article in articles] == ["a", "a-2", "a-2-2", "a-3"]
    assert [article.path for article in articles] == paths


def test_stdin() -> None:
    data = "Takeover agreed\n\nThe board backed the £2bn bid.".encode()
    articles, problems = load_paths(["-"], stdin=io.BytesIO(data))
    assert problems == []
    assert [(a.id, a.path, a.text) for a in articles] == [("stdin", "-", data.decode())]


def test_stdin_twice_and_empty(tmp_path: Path) -> None:
    article = _write(tmp_path, "stdin.txt", b"A file that happens to be called stdin")
    articles, problems = load_paths(["-", article, "-"], stdin=io.BytesIO(b"Court rules"))
    assert [a.id for a in articles] == ["stdin", "stdin-2"]
    assert problems == [Problem("-", "empty file")]


def test_stdin_size_limit() -> None:
    articles, problems = load_paths(["-"], stdin=io.BytesIO(b"x" * 50), max_bytes=10)
    assert articles == []
    assert problems == [Problem("-", "larger than 10 bytes; raise the limit with --max-bytes")]


def test_load_article_raises_input_error_with_path(tmp_path: Path) -> None:
    missing = tmp_path / "missing.txt"
    with pytest.raises(InputError) as caught:
        load_article(missing)
    assert caught.value.path == str(missing)
    assert caught.value.message == "no such file or folder"


def test_fixture_cp1252_file() -> None:
    article = load_article(FIXTURES / "cp1252_verdict.txt")
    assert article.encoding == "cp1252"
    assert "“guilty”" in article.text and "café" in article.text and "\r\n" in article.text
    assert article.outlet == "AFP"
    assert article.title == "Jury returns verdict in café fraud trial"


# --- properties ---


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=3000))
def test_arbitrary_bytes_give_an_article_or_input_error(data: bytes) -> None:
    try:
        article = read_article(data, "x.txt", "x")
    except InputError:
        return
    assert isinstance(article, Article)
    assert all(0 <= s.start <= s.end <= len(article.text) for s in article.boilerplate)


_LINES = st.sampled_from(
    [
        "Quake kills 12 in mountain villages",
        "By Jane Doe, Associated Press",
        "Photo: Reuters",
        "Read more",
        "The court said. Jane Doe / AFP",
        " date 2024-03-05 Voters queue",
        "© AFP 2023",
        "  • Elections",
        "Published: 3 March 2021",
    ]
)
_TEXT = st.text(st.characters(blacklist_categories=("Cc", "Cs")), max_size=200)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(_LINES, _TEXT), min_size=1, max_size=12), st.sampled_from(["\n", "\r\n"]))
def test_text_is_kept_exactly_and_spans_lie_inside(lines: list[str], newline: str) -> None:
    text = newline.join(lines)
    try:
        article = read_article(text.encode("utf-8"), "x.txt", "x")
    except InputError:
        assert not text.strip()
        return
    assert article.text == text.removeprefix("\ufeff")  # a leading BOM is not text
    for span in article.boilerplate:
        assert 0 <= span.start < span.end <= len(article.text)
        assert "\n" not in article.text[span.start : span.end]
