"""Saved web pages: trafilatura's article text, the page's metadata, its declared charset."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from newscmp.errors import InputError
from newscmp.load import load_article, load_paths
from newscmp.load.html import NO_TEXT, declared_charset, decode_html, looks_like_html, read_html
from newscmp.model import Problem

PAGES = Path(__file__).resolve().parent / "fixtures" / "pages"

# (fixture, title, outlet, published, encoding)
PAGE_METADATA = [
    (
        "quake_coastal_herald.html",
        "Quake kills 14 in coastal villages",
        "The Coastal Herald",
        "2023-09-12",
        "utf-8",
    ),
    (
        "verdict_valley_courier.htm",
        "Jury finds café chain founder guilty of fraud",
        "Valley Courier",
        "2021-06-03",
        "cp1252",
    ),
]


@pytest.mark.parametrize(("name", "title", "outlet", "published", "encoding"), PAGE_METADATA)
def test_page_metadata(name: str, title: str, outlet: str, published: str, encoding: str) -> None:
    article = load_article(str(PAGES / name))
    assert (article.title, article.outlet, article.published) == (title, outlet, published)
    assert article.encoding == encoding
    assert article.id == Path(name).stem and article.path == str(PAGES / name)


# (fixture, words of the article that must be in the text, boilerplate that must not)
PAGE_TEXT = [
    (
        "quake_coastal_herald.html",
        [
            "A magnitude 6.4 earthquake struck off the northern coast early on Tuesday",
            '"The whole house moved like a boat," said Tomas Reyes',
            "schools across the province will stay\nclosed",
        ],
        ["cookies", "Related stories", "Floods hit river delta", "seaview77", "Where can we donate",
         "All rights reserved", "Subscribe", "dataLayer"],
    ),
    (
        "verdict_valley_courier.htm",
        [
            "“He treated the company’s money as his own,” prosecutor Helen Marsh told jurors",
            "Judge Ruth Abernathy set sentencing for August 19.",
        ],
        ["Classifieds", "uses cookies", "Appeal court overturns zoning", "MarkT", "Advertise"],
    ),
]  # fmt: skip


@pytest.mark.parametrize(("name", "present", "absent"), PAGE_TEXT)
def test_page_text_is_the_article_only(name: str, present: list[str], absent: list[str]) -> None:
    article = load_article(str(PAGES / name))
    flat = " ".join(article.text.split())
    for words in present:
        assert " ".join(words.split()) in flat
    for words in absent:
        assert words not in article.text


def test_spans_index_the_extracted_text() -> None:
    article = load_article(str(PAGES / "quake_coastal_herald.html"))
    start = article.text.index("Interior Minister Alicia Varga")
    assert article.text[start : start + 30] == "Interior Minister Alicia Varga"
    assert "<p>" not in article.text and "&" not in article.text


@pytest.mark.parametrize("name", ["frameset.html", "strike_script_only.html"])
def test_pages_without_article_text(name: str) -> None:
    path = str(PAGES / name)
    assert load_paths([path]) == ([], [Problem(path, NO_TEXT)])


# (page bytes, charset from an HTTP header, text expected inside, encoding expected)
CHARSETS = [
    (b'<html><head><meta charset="utf-8"></head><body><p>Caf\xc3\xa9</p></body></html>', None,
     "Café", "utf-8"),
    (b'<html><head><meta charset="iso-8859-1"></head><body><p>Caf\xe9 \x93ok\x94</p></body></html>',
     None, "Café “ok”", "cp1252"),
    (b'<html><head><meta http-equiv="Content-Type" content="text/html; charset=koi8-r"></head>'
     b"<body><p>\xf0\xd2\xc1\xd7\xc4\xc1</p></body></html>", None, "Правда", "koi8-r"),
    (b"<html><body><p>\xf0\xd2\xc1\xd7\xc4\xc1</p></body></html>", "KOI8-R", "Правда", "koi8-r"),
    # The HTTP header wins over the page's own declaration.
    (b'<html><head><meta charset="utf-8"></head><body><p>Caf\xe9</p></body></html>',
     "windows-1252", "Café", "cp1252"),
    # A byte-order mark wins over both.
    (b'\xef\xbb\xbf<html><head><meta charset="windows-1252"></head><body>Caf\xc3\xa9</body></html>',
     "iso-8859-1", "Café", "utf-8-sig"),
    # An unknown label falls back to the content: valid UTF-8 here.
    (b'<html><head><meta charset="x-no-such-thing"></head><body>Caf\xc3\xa9</body></html>', None,
     "Café", "utf-8"),
    # A declaration the bytes contradict falls back too.
    (b'<html><head><meta charset="utf-8"></head><body>Caf\xe9 au lait</body></html>', None,
     "Café au lait", "cp1252"),
]  # fmt: skip


@pytest.mark.parametrize(("data", "header", "text", "encoding"), CHARSETS)
def test_declared_charset_is_honoured(
    data: bytes, header: str | None, text: str, encoding: str
) -> None:
    decoded, found = decode_html(data, header)
    assert text in decoded
    assert found == encoding


@pytest.mark.parametrize(
    ("data", "codec"),
    [
        (b'<meta charset="UTF-8">', "utf-8"),
        (b"<meta charset=latin1>", "cp1252"),
        (b'<META HTTP-EQUIV="content-type" CONTENT="text/html; CHARSET=Shift_JIS">', "shift_jis"),
        (b"<p>charset=utf-8 said in the text, not a meta tag</p>", None),
        (b"<html><body>no declaration</body></html>", None),
    ],
)
def test_declared_charset(data: bytes, codec: str | None) -> None:
    assert declared_charset(data) == codec


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"<!DOCTYPE html><html><body><p>Storm</p></body></html>", True),
        (b"\n\n  <html lang='en'><head><title>Vote</title></head></html>", True),
        (b"\xef\xbb\xbf<!doctype html>\n<title>Verdict</title>", True),
        ("<html><body>Strike</body></html>".encode("utf-16-le"), True),
        (b"<frameset cols='50%,50%'><frame src='a.html'></frameset>", True),
        (b"The court ruled <b>in favour</b> of the union on Monday.", False),
        (b"Quake hits the coast\n\nA strong earthquake struck at dawn.", False),
        (b"<3 the final: the home side won 2-1.", False),
        (b'{"title": "<html> in a record"}', False),
    ],
)
def test_looks_like_html(content: bytes, expected: bool) -> None:
    assert looks_like_html(content) is expected


def test_html_content_in_a_txt_file_is_read_as_a_page(tmp_path: Path) -> None:
    saved = tmp_path / "saved.txt"
    saved.write_bytes((PAGES / "quake_coastal_herald.html").read_bytes())
    article = load_article(str(saved))
    assert article.title == "Quake kills 14 in coastal villages"
    assert "cookies" not in article.text


def test_gzipped_page(tmp_path: Path) -> None:
    packed = tmp_path / "courier.htm.gz"
    packed.write_bytes(gzip.compress((PAGES / "verdict_valley_courier.htm").read_bytes()))
    article = load_article(str(packed))
    assert article.id == "courier" and article.encoding == "cp1252"
    assert article.title == "Jury finds café chain founder guilty of fraud"


@pytest.mark.parametrize(
    ("data", "error"),
    [
        (b"", "empty file"),
        (b"<html><body>\x00\x01\x02\x03\x00\x00</body></html>" * 50, "not text"),
        (b"<html><head><title>Only a title</title></head><body></body></html>", NO_TEXT),
        (b"<html><body><nav><a href='/'>Home</a></nav></body></html>", NO_TEXT),
    ],
)
def test_read_html_refuses(data: bytes, error: str) -> None:
    with pytest.raises(InputError, match=error) as caught:
        read_html(data, "page.html", "page")
    assert caught.value.path == "page.html"
