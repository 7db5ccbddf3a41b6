"""Reading article records: `.json` (one object, an array, or an object holding an array) and
`.jsonl` (one object a line), as scrapers and databases export them.

The field names of common scrapers are understood without configuration (news-please,
newspaper4k, trafilatura's JSON, GDELT-style `url`, BASIL's `body-paragraphs`); the
`LoadOptions` field overrides name others. Each record becomes an Article with the id
`<file stem>-<n>`, or the records' own ids when every record has one and none repeats.
A record that cannot be used is a Problem naming its line (JSONL) or number (JSON).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from newscmp.errors import InputError
from newscmp.load.dates import iso_published
from newscmp.load.decode import decode_bytes
from newscmp.load.language import language_name, not_english
from newscmp.load.options import DEFAULT_OPTIONS, LoadOptions
from newscmp.load.outlets import lookup_outlet, name_outlet
from newscmp.load.text import text_article
from newscmp.model import Article, Problem

# Field names tried in order; the first present with a usable value wins.
TEXT_FIELDS = (
    "maintext", "text", "raw_text", "body", "content", "article_text", "articleBody",
    "body-paragraphs", "body_paragraphs", "paragraphs",
)  # fmt: skip
TITLE_FIELDS = ("title", "headline", "title_page", "title_rss")
OUTLET_FIELDS = (
    "sitename", "source_domain", "outlet", "publisher", "site_name", "source-hostname",
    "hostname", "domain", "source",
)  # fmt: skip
PUBLISHED_FIELDS = (
    "date_publish", "publish_date", "published", "publishedAt", "datePublished", "date",
    "seendate",
)  # fmt: skip
URL_FIELDS = ("url", "source_url", "link", "canonical_url", "source")
ID_FIELDS = ("id", "uuid", "_id", "article_id", "doc_id")
LANGUAGE_FIELDS = ("language", "lang")
# An object holding its records under one of these keys is read as that array.
CONTAINER_FIELDS = ("articles", "records", "items", "data", "results", "documents")

_URL = re.compile(r"https?://(?:[^/@\s]{0,100}@)?(?P<host>[^/:?#\s]{1,255})", re.IGNORECASE)
_ID_UNSAFE = re.compile(r"[^\w.-]+")
ID_MAX_CHARS = 80


@dataclass(frozen=True, slots=True)
class Record:
    """One decoded JSON value and where it was: its number in the file and its line (JSONL)."""

    number: int
    line: int | None
    value: Any
    # The file's only content is this one object: it is read like a one-article file.
    alone: bool = False

    @property
    def where(self) -> str:
        return f"line {self.line}" if self.line is not None else f"record {self.number}"


def read_records(
    data: bytes,
    path: str,
    stem: str,
    options: LoadOptions = DEFAULT_OPTIONS,
    *,
    jsonl: bool = False,
) -> tuple[list[Article], list[Problem]]:
    """The articles of a JSON or JSONL file, and a Problem for each record that is unusable.

    Raises InputError when the file as a whole cannot be read (empty, not text, not JSON)."""
    if not data.strip():
        raise InputError("empty file", path)
    try:
        text, _ = decode_bytes(data)
    except InputError as exc:
        raise InputError(exc.message, path) from exc
    records, problems = _lines(text, path) if jsonl else parse_records(text, path)
    if not records and not problems:
        raise InputError("no article records in this file", path)
    ids = _record_ids([record.value for record in records], stem)
    articles: list[Article] = []
    for record, id in zip(records, ids, strict=True):
        where = (path, stem) if record.alone else (f"{path}#{record.number}", id)
        try:
            articles.append(record_article(record, *where, options))
        except InputError as exc:
            prefix = "" if record.alone else f"{record.where}: "
            problems.append(Problem(path, f"{prefix}{exc.message}"))
    return articles, problems


def parse_records(text: str, path: str) -> tuple[list[Record], list[Problem]]:
    """The JSON values of a file: one document (object or array), else one per line."""
    try:
        document = json.loads(text)
    except (ValueError, RecursionError) as exc:
        first = text.lstrip()[:1]
        if first == "{" and _second_value(text):
            return _lines(text, path)
        raise InputError(_json_error(exc), path) from exc
    if isinstance(document, dict):
        inner = next((document[key] for key in CONTAINER_FIELDS if key in document), None)
        if not isinstance(inner, list):
            return [Record(1, None, document, alone=True)], []
        document = inner
    if not isinstance(document, list):
        raise InputError(f"a JSON {_json_type(document)}, not article records", path)
    return [Record(number, None, value) for number, value in enumerate(document, 1)], []


def _second_value(text: str) -> bool:
    """Whether the text reads as more than one JSON value a line (JSON Lines)."""
    lines = (line for line in text.splitlines() if line.strip())
    return next(lines, None) is not None and next(lines, None) is not None


def _lines(text: str, path: str) -> tuple[list[Record], list[Problem]]:
    records: list[Record] = []
    problems: list[Problem] = []
    number = 0
    for line_number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        number += 1
        try:
            records.append(Record(number, line_number, json.loads(line)))
        except (ValueError, RecursionError) as exc:
            problems.append(Problem(path, f"line {line_number}: {_json_error(exc, one_line=True)}"))
    return records, problems


def _json_error(exc: Exception, one_line: bool = False) -> str:
    if isinstance(exc, json.JSONDecodeError):
        at = f"column {exc.colno}" if one_line else f"line {exc.lineno}, column {exc.colno}"
        fix = "fix or remove that line" if one_line else "fix the file"
        return f"not valid JSON ({exc.msg} at {at}); {fix}"
    if isinstance(exc, RecursionError):
        return "not usable JSON: nested too deeply"
    return f"not usable JSON: {exc}"


def _json_type(value: Any) -> str:
    names = {str: "string", int: "number", float: "number", bool: "boolean"}
    return "null" if value is None else names.get(type(value), type(value).__name__)


def record_article(record: Record, path: str, id: str, options: LoadOptions) -> Article:
    """The Article a record holds; raises InputError saying what it lacks."""
    value = record.value
    if not isinstance(value, dict):
        raise InputError(f"a JSON {_json_type(value)}, not an article record")
    language = language_name(_first(value, LANGUAGE_FIELDS, None))
    if language is not None and language != "English":
        raise InputError(not_english(language))
    text = _first(value, TEXT_FIELDS, options.text_field)
    if text is None:
        raise InputError(_no_text(value, options))
    outlet = _first(value, OUTLET_FIELDS, options.outlet_field)
    url = _first(value, URL_FIELDS, options.url_field)
    try:
        return text_article(
            text,
            "utf-8",
            path,
            id,
            title=_first(value, TITLE_FIELDS, options.title_field),
            outlet=_outlet(outlet) or _outlet(url),
            published=iso_published(_first(value, PUBLISHED_FIELDS, options.published_field)),
        )
    except InputError as exc:
        raise InputError("its text is empty") from exc


def _no_text(value: dict[str, Any], options: LoadOptions) -> str:
    if options.text_field:
        return f"no text in field {options.text_field!r} (from --text-field)"
    has_url = _first(value, URL_FIELDS, options.url_field)
    hint = "; list its url in a file given to --urls" if has_url else "; name it with --text-field"
    return f"no article text (looked for {', '.join(TEXT_FIELDS[:4])}...){hint}"


def _first(value: dict[str, Any], fields: Sequence[str], override: str | None) -> str | None:
    for field in (override,) if override else fields:
        found = _as_text(value.get(field))
        if found is not None:
            return found
    return None


def _as_text(value: Any) -> str | None:
    """A field's text: a string, a list of paragraphs, or paragraphs as lists of sentences
    (a number, a boolean or null is no text)."""
    if isinstance(value, dict):
        value = value.get("name")
    if isinstance(value, list):
        value = "\n".join(filter(None, (_paragraph(item) for item in value)))
    return value if isinstance(value, str) and value.strip() else None


def _paragraph(item: Any) -> str | None:
    if isinstance(item, str):
        return item.strip() or None
    if isinstance(item, list):
        sentences = [part.strip() for part in item if isinstance(part, str) and part.strip()]
        return " ".join(sentences) or None
    return None


def _outlet(value: str | None) -> str | None:
    if value is None:
        return None
    match = _URL.match(value.strip())
    name = match.group("host").lower() if match else value.strip()
    name = name.removeprefix("www.")
    return lookup_outlet(name) or name_outlet(name) or name


def _record_ids(values: Sequence[Any], stem: str) -> list[str]:
    """The records' own ids when each has one and none repeats, else `<stem>-<n>`."""
    own = [_own_id(value) for value in values]
    if own and all(own) and len(set(own)) == len(own):
        return [id for id in own if id]
    return [f"{stem}-{number}" for number in range(1, len(values) + 1)]


def _own_id(value: Any) -> str | None:
    if not isinstance(value, dict):
        return None
    for field in ID_FIELDS:
        found = value.get(field)
        if isinstance(found, str | int) and not isinstance(found, bool):
            cleaned = _ID_UNSAFE.sub("-", str(found)).strip("-.")[:ID_MAX_CHARS]
            if cleaned:
                return cleaned
    return None


def iter_urls(text: str) -> Iterator[tuple[int, str]]:
    """(line number, URL) for each URL line of a `--urls` file: blank lines and `#` comments
    are skipped; a JSON object on a line gives its url field (a GDELT-style export)."""
    for number, line in enumerate(text.splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("{"):
            try:
                value = json.loads(line)
            except (ValueError, RecursionError):
                value = None
            found = _first(value, URL_FIELDS, None) if isinstance(value, dict) else None
            line = found.strip() if found else line
        yield number, line
