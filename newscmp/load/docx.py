"""Reading a Word `.docx` article: its paragraphs' text (python-docx), its title and date from the
file's core properties when it has them.

The Article's text is the paragraphs' text joined by blank lines, so every span indexes it.
"""

from __future__ import annotations

import io
from typing import Any

from newscmp.errors import InputError
from newscmp.load.text import text_article
from newscmp.model import Article

# A .docx file is a zip archive.
ZIP_MAGIC = b"PK\x03\x04"
# The "encoding" an Article read from a Word file reports: where its text came from.
ENCODING = "docx"


def read_docx(data: bytes, path: str, id: str) -> Article:
    """An Article from a .docx file's bytes; raises InputError when it is no readable Word file
    or holds no text."""
    document = _document(data, path)
    paragraphs = [" ".join(paragraph.text.split()) for paragraph in document.paragraphs]
    text = "\n\n".join(paragraph for paragraph in paragraphs if paragraph)
    if not text.strip():
        raise InputError("no text in this Word file; save it with its text, or as text", path)
    title, published = _properties(document)
    return text_article(text, ENCODING, path, id, title=title, published=published)


def _document(data: bytes, path: str) -> Any:
    import docx

    if not data.startswith(ZIP_MAGIC):
        raise InputError("not a Word .docx file (an old .doc?); save it as .docx or text", path)
    try:
        return docx.Document(io.BytesIO(data))
    except Exception as exc:  # a damaged archive raises anything from BadZipFile to KeyError
        reason = " ".join(str(exc).split())[:80] or type(exc).__name__
        raise InputError(
            f"damaged Word file ({reason}); open and save it again, or save it as text", path
        ) from exc


def _properties(document: Any) -> tuple[str | None, str | None]:
    """The title and creation date (ISO) of the file's core properties, when it has them."""
    properties = document.core_properties
    title = " ".join((properties.title or "").split()) or None
    created = properties.created
    return title, created.date().isoformat() if created is not None else None
