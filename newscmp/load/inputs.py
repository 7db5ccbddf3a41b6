"""Reading every input a user names into Articles: files of each format, URLs, standard input.

`load_paths` is the loader's one entry point for a run: it expands folders and globs, fetches
URLs, reads each input by its format (plain text or Markdown, HTML, JSON or JSONL records,
any of them gzipped), skips articles in other languages and exact duplicates with a note, and
gives each article a unique id. Every input it cannot use is a Problem; nothing else escapes.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, BinaryIO
from urllib.parse import urlsplit

from newscmp.errors import InputError
from newscmp.load.decode import decode_bytes, replace_unencodable
from newscmp.load.discover import (
    DOCUMENT_SUFFIXES,
    HTML_SUFFIXES,
    JSON_SUFFIXES,
    JSONL_SUFFIXES,
    STDIN,
    TEXT_SUFFIXES,
    article_suffix,
    expand_paths,
    file_stem,
    read_file,
    read_stream,
    standard_input,
)
from newscmp.load.docx import read_docx
from newscmp.load.fetch import fetch_url, is_url
from newscmp.load.html import looks_like_html, read_html
from newscmp.load.language import ENGLISH, detect_language, not_english
from newscmp.load.options import DEFAULT_OPTIONS, MAX_BYTES, LoadOptions
from newscmp.load.pdf import looks_like_pdf, read_pdf
from newscmp.load.records import iter_urls, read_records
from newscmp.load.text import read_article
from newscmp.load.unpack import gunzip, is_gzip
from newscmp.model import Article, Problem

_SLUG_UNSAFE = re.compile(r"[^\w.-]+")
_SLUG_MAX = 60
# Formats whose files are documents, not text: each a reader from the bytes to one Article.
DOCUMENT_READERS = {"pdf": read_pdf, "docx": read_docx}
# Content types a web server sends for an article that is plain text (read as a text file).
PLAIN_TYPES = frozenset({"text/plain", "text/markdown", "text/x-markdown"})
_JSON_START = re.compile(rb"\s{0,64}(?:\{|\[\s{0,64}[{\]])")


def read_input(
    data: bytes,
    name: str,
    stem: str,
    options: LoadOptions = DEFAULT_OPTIONS,
    *,
    charset: str | None = None,
    url: str | None = None,
    content_type: str | None = None,
) -> tuple[list[Article], list[Problem]]:
    """The articles in one input's bytes (gzip undone), by its format; raises InputError when
    the input as a whole cannot be used, and lists the records it could not use as Problems."""
    if is_gzip(data):
        try:
            data = gunzip(data, options.max_bytes)
        except InputError as exc:
            raise InputError(exc.message, name) from exc
    form = input_format(name, data, from_web=url is not None)
    if form in DOCUMENT_READERS:
        return [DOCUMENT_READERS[form](data, name, stem)], []
    if url is not None and content_type in PLAIN_TYPES and form == "html":
        form = "html" if looks_like_html(data) else "text"
    if form == "html":
        return [read_html(data, name, stem, charset=charset, url=url)], []
    if form in ("json", "jsonl"):
        return read_records(data, name, stem, options, jsonl=form == "jsonl")
    return [read_article(data, name, stem)], []


def input_format(name: str, data: bytes, from_web: bool = False) -> str:
    """ "text", "html", "json", "jsonl", "pdf" or "docx": by the file's suffix, else by its
    content."""
    suffix = "" if from_web or name == STDIN else article_suffix(name)
    if suffix in DOCUMENT_SUFFIXES:
        return DOCUMENT_SUFFIXES[suffix]
    if suffix not in TEXT_SUFFIXES and looks_like_pdf(data):
        return "pdf"
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in JSONL_SUFFIXES:
        return "jsonl"
    if suffix in JSON_SUFFIXES:
        return "json"
    if looks_like_html(data):
        return "html"
    if from_web:
        return "html" if _JSON_START.match(data) is None else "json"
    if suffix not in TEXT_SUFFIXES and _JSON_START.match(data) is not None:
        return "json"
    return "text"


def load_article(path: str, *, max_bytes: int = MAX_BYTES) -> Article:
    """Read one article file of any format; raises InputError(message, path) when it cannot be
    used or holds more than one article."""
    articles, problems = read_input(read_file(path, max_bytes), str(path), file_stem(str(path)))
    if len(articles) == 1:
        return encodable(articles[0])[0]
    if not articles and problems:
        raise InputError(problems[0].error, str(path))
    raise InputError(f"holds {len(articles)} articles; read it with load_paths", str(path))


@dataclass
class _Run:
    """The articles and problems gathered so far, with the ids and texts already taken."""

    articles: list[Article] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    ids: set[str] = field(default_factory=set)
    texts: dict[str, str] = field(default_factory=dict)

    def problem(self, path: str, error: str) -> None:
        found = Problem(replace_unencodable(path)[0], replace_unencodable(error)[0])
        if found not in self.problems:  # one input reached twice is reported once
            self.problems.append(found)

    def add(self, article: Article) -> None:
        article, replaced = encodable(article)
        if replaced:
            self.problem(article.path, unencodable(replaced))
        language = detect_language(article.text)
        if language not in (None, ENGLISH):
            self.problem(article.path, not_english(language))
            return
        key = " ".join(article.text.split())
        if key in self.texts:
            self.problem(article.path, f"duplicate of {self.texts[key]}; compared once")
            return
        id = _unique_id(article.id, self.ids)
        self.texts[key] = id
        self.articles.append(article if article.id == id else replace(article, id=id))


_TEXT_FIELDS = ("id", "path", "text", "outlet", "title", "published")


def encodable(article: Article) -> tuple[Article, int]:
    """The article with every unencodable code point (a lone surrogate) in its text and
    metadata replaced by U+FFFD, so every output can be written, and how many were replaced.
    One code point replaces one, so spans keep their offsets."""
    changes: dict[str, Any] = {}  # str fields of Article, named in _TEXT_FIELDS
    count = 0
    for name in _TEXT_FIELDS:
        value = getattr(article, name)
        if value is not None:
            cleaned, replaced = replace_unencodable(value)
            if replaced:
                changes[name] = cleaned
                count += replaced
    return (replace(article, **changes) if changes else article), count


def unencodable(count: int) -> str:
    return (
        f"{count:,} unencodable character{'s' if count != 1 else ''} (lone surrogates) "
        "replaced with U+FFFD; re-export the text as valid UTF-8"
    )


def load_paths(
    paths: Sequence[str],
    stdin: BinaryIO | None = None,
    *,
    max_bytes: int = MAX_BYTES,
    options: LoadOptions | None = None,
    given: Sequence[Article] = (),
) -> tuple[list[Article], list[Problem]]:
    """Every article under `paths` (files, folders, globs, URLs, `-`) and in the options' URL
    file, then the articles `given` already in hand (each checked like a loaded one: language,
    duplicate, unique id), and a Problem for each input or record that could not be used."""
    if options is None:
        options = LoadOptions(max_bytes=max_bytes)
    elif max_bytes != MAX_BYTES:
        options = replace(options, max_bytes=max_bytes)
    if stdin is not None:
        options = replace(options, stdin=stdin)
    run = _Run()
    for item in _inputs(paths, options, run):
        try:
            articles, problems = _read(item, options)
        except InputError as exc:
            run.problem(exc.path or item, exc.message)
            continue
        for article in articles:
            run.add(article)
        for problem in problems:
            run.problem(problem.path, problem.error)
    for article in given:
        run.add(article)
    return run.articles, run.problems


def _inputs(paths: Sequence[str], options: LoadOptions, run: _Run) -> Iterator[str]:
    for item in expand_paths(paths, options.recursive):
        if isinstance(item, InputError):
            run.problem(item.path or "", item.message)
        else:
            yield item
    if options.urls_file is not None:
        yield from _listed_urls(options.urls_file, options.max_bytes, options.stdin, run)


def _listed_urls(
    urls_file: str, max_bytes: int, stdin: BinaryIO | None, run: _Run
) -> Iterator[str]:
    """The URLs of a `--urls` file; the file and each line that is no URL are Problems."""
    try:
        if urls_file == STDIN:
            data = read_stream(standard_input(stdin), max_bytes)
        else:
            data = read_file(urls_file, max_bytes)
        text, _ = decode_bytes(data) if data.strip() else ("", "")
    except InputError as exc:
        run.problem(urls_file, exc.message)
        return
    found = False
    for number, line in iter_urls(text):
        if is_url(line):
            found = True
            yield line
        else:
            run.problem(urls_file, f"line {number}: not a web address (http:// or https://)")
    if not found:
        run.problem(urls_file, "no URLs in this file; give one http:// or https:// address a line")


def _read(item: str, options: LoadOptions) -> tuple[list[Article], list[Problem]]:
    if is_url(item):
        page = fetch_url(item, timeout=options.timeout, max_bytes=options.max_bytes)
        return read_input(
            page.data,
            item,
            url_stem(page.url),
            options,
            charset=page.charset,
            url=page.url,
            content_type=page.content_type,
        )
    if item == STDIN:
        data = read_stream(standard_input(options.stdin), options.max_bytes)
        return read_input(data, STDIN, "stdin", options)
    return read_input(read_file(item, options.max_bytes), item, file_stem(item), options)


def url_stem(url: str) -> str:
    """An id for a fetched page: the last part of its path, else its host name."""
    parts = urlsplit(url)
    last = parts.path.rstrip("/").rsplit("/", 1)[-1]
    last = last.rsplit(".", 1)[0] if "." in last else last
    host = (parts.hostname or "page").removeprefix("www.")
    slug = _SLUG_UNSAFE.sub("-", last or host).strip("-.")[:_SLUG_MAX]
    return slug or "page"


def _unique_id(stem: str, taken: set[str]) -> str:
    candidate, number = stem, 1
    while candidate in taken:
        number += 1
        candidate = f"{stem}-{number}"
    taken.add(candidate)
    return candidate
