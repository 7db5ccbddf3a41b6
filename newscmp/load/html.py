"""Reading a saved or fetched web page: the article body and its metadata through trafilatura.

The page's bytes are decoded with the charset it declares (a byte-order mark, the HTTP header,
then `<meta charset>`), and trafilatura extracts the article text without navigation, cookie
banners, related stories or comments. That extracted text is the Article's text, so every span
indexes it; title, site name, author and date (htmldate) fill the metadata the text lacks.
"""

from __future__ import annotations

import codecs
import logging
import re
from datetime import date
from typing import Any

from newscmp.errors import InputError
from newscmp.load.decode import BYTE_ORDER_MARKS, decode_bytes
from newscmp.load.outlets import lookup_outlet, name_outlet
from newscmp.load.text import text_article
from newscmp.model import Article

NO_TEXT = "no article text found in this page"
# How deep elements may nest before the HTML parser (libxml2, at about 255 levels) drops them.
MAX_DEPTH = 250
TOO_DEEP = (
    f"no article text found: its HTML nests elements more than {MAX_DEPTH} deep, "
    "deeper than the parser reads; save the article as text"
)
_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9-]{0,30})(?:\s[^<>]{0,2000})?(/?)>")
# Elements that never hold others, so they open no level.
_VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())
# Fewer words than this is a menu or a label left over, not an article.
MIN_WORDS = 4
# Where a page must declare its charset (the HTML standard says the first 1024 bytes).
_PRESCAN_BYTES = 4096
_META_CHARSET = re.compile(
    rb"<meta\s[^>]{0,512}?charset\s{0,4}=\s{0,4}[\"']?\s{0,4}(?P<label>[A-Za-z0-9_.:-]{1,40})",
    re.IGNORECASE,
)
# Labels the web treats as Windows-1252 (the HTML standard's encoding table).
_WESTERN_LABELS = frozenset(
    {"iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "us-ascii", "ascii"}
)
# Tags that make content a page; the sniffing looks only at its start.
_PAGE_TAGS = ("<!doctype html", "<html", "<head", "<body", "<frameset", "<meta ", "<title>")
_SNIFF_CHARS = 2048
# Control characters lxml refuses in a string; removed from the page (never from the article).
_XML_UNSAFE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
# Elements that are never the article: what a page shows when scripts do not run.
_PRUNED = ["//noscript"]
_HTML_LOGGERS = ("trafilatura", "htmldate", "courlan", "justext", "readability")


def looks_like_html(data: bytes | str) -> bool:
    """Whether content starts like a web page (a doctype, `<html>`, `<head>`, `<body>`...)."""
    start = data[: _SNIFF_CHARS * 2]
    sample = start.decode("latin-1") if isinstance(start, bytes) else start
    sample = sample.replace("\x00", "").lstrip("\ufeff\xef\xbb\xbf\xff\xfe \t\r\n").lower()
    return sample.startswith("<") and any(tag in sample[:_SNIFF_CHARS] for tag in _PAGE_TAGS)


def declared_charset(data: bytes, header: str | None = None) -> str | None:
    """The Python codec for the charset a page declares (HTTP header first), or None."""
    labels = [header] if header else []
    match = _META_CHARSET.search(data, 0, _PRESCAN_BYTES)
    if match is not None:
        labels.append(match.group("label").decode("ascii"))
    for label in labels:
        label = label.strip().strip("\"'").lower()
        if label in _WESTERN_LABELS:
            return "cp1252"
        try:
            return codecs.lookup(label).name
        except LookupError:
            continue
    return None


def decode_html(data: bytes, header_charset: str | None = None) -> tuple[str, str]:
    """The text of a page and its encoding: a BOM decides, then the declared charset, then
    the same guessing as for plain text. Raises InputError when it is not text."""
    if any(data.startswith(mark) for mark, _, _ in BYTE_ORDER_MARKS):
        return decode_bytes(data)
    codec = declared_charset(data, header_charset)
    # A page cannot be UTF-16 and declare it in ASCII bytes; such a label is a mistake.
    if codec is not None and not codec.startswith(("utf-16", "utf-32")) and b"\x00" not in data:
        try:
            return data.decode(codec), codec
        except UnicodeDecodeError:
            pass
    return decode_bytes(data)


def read_html(
    data: bytes, path: str, id: str, *, charset: str | None = None, url: str | None = None
) -> Article:
    """An Article from a page's bytes; raises InputError when it holds no article text."""
    if not data:
        raise InputError("empty file", path)
    try:
        page, encoding = decode_html(data, charset)
    except InputError as exc:
        raise InputError(exc.message, path) from exc
    document = _extract(page, url)
    text = _field(document, "text")
    if text is None or len(text.split()) < MIN_WORDS:
        raise InputError(TOO_DEEP if nesting_depth(page) > MAX_DEPTH else NO_TEXT, path)
    return text_article(
        text,
        encoding,
        path,
        id,
        title=_field(document, "title"),
        outlet=_page_outlet(document),
        published=_iso_date(_field(document, "date")),
    )


def nesting_depth(page: str) -> int:
    """How deep the page's elements nest, read from its tags in one pass."""
    depth = deepest = 0
    for match in _TAG.finditer(page):
        closing, name, self_closing = match.groups()
        if closing:
            depth = max(depth - 1, 0)
        elif not self_closing and name.lower() not in _VOID:
            depth += 1
            deepest = max(deepest, depth)
    return deepest


def _extract(page: str, url: str | None) -> Any:
    """trafilatura's document (article text and metadata) for a page, or None."""
    _quiet_loggers()
    import trafilatura

    page = _XML_UNSAFE.sub("", page)
    if not page.strip():
        return None
    try:
        return trafilatura.bare_extraction(
            page,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_images=False,
            prune_xpath=_PRUNED,
        )
    except (ValueError, TypeError, LookupError, AttributeError, RecursionError):
        # lxml and trafilatura raise these on pages they cannot parse: no article text.
        return None


def _quiet_loggers() -> None:
    """Keep the extraction libraries' warnings off stderr unless the caller set up logging."""
    for name in _HTML_LOGGERS:
        logger = logging.getLogger(name)
        if not logger.handlers:
            logger.addHandler(logging.NullHandler())


def _field(document: Any, name: str) -> str | None:
    value = getattr(document, name, None) if document is not None else None
    if not isinstance(value, str):
        return None
    value = value.strip()
    return value or None


def _page_outlet(document: Any) -> str | None:
    """The site's name, else its host name, else an author line that names an outlet."""
    sitename = _field(document, "sitename")
    if sitename is not None:
        return lookup_outlet(sitename) or sitename
    hostname = _field(document, "hostname")
    if hostname is not None:
        return lookup_outlet(hostname) or name_outlet(hostname)
    author = _field(document, "author")
    return name_outlet(author) if author else None


def _iso_date(value: str | None) -> str | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value[:10]).isoformat()
    except ValueError:
        return None
