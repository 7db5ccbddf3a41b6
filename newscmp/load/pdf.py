"""Reading a PDF article: the text of its pages (pypdf), its title and date from the file's
document information when it has them.

pypdf gives a page's text a line per printed line, so a sentence runs over several lines. The
lines are joined back into paragraphs (`reflow`) before anything reads them: a line that fills
the column, ends in a hyphen or a comma, or is followed by one starting in lower case goes on
into the next; a short line (a headline, a paragraph's last line) ends its paragraph. The
Article's text is those paragraphs, a blank line between, so every span indexes it. A scanned PDF
has no text to extract and says so; nothing is downloaded.
"""

from __future__ import annotations

import io
import logging
from typing import Any

from newscmp.errors import InputError
from newscmp.load.text import text_article
from newscmp.model import Article

# Fewer words than this is a blank or scanned page, not an article.
MIN_WORDS = 4
PDF_MAGIC = b"%PDF-"
# The "encoding" an Article read from a PDF reports: where its text came from.
ENCODING = "pdf"


def looks_like_pdf(data: bytes) -> bool:
    """Whether the bytes are a PDF file: they start with its header."""
    return data.startswith(PDF_MAGIC)


def read_pdf(data: bytes, path: str, id: str) -> Article:
    """An Article from a PDF's bytes; raises InputError when it is damaged, locked or holds no
    text (a scan)."""
    reader = _reader(data, path)
    try:
        pages = [page.extract_text() or "" for page in reader.pages]
    except Exception as exc:  # pypdf raises many kinds on a damaged page; the file is the problem
        raise InputError(_damaged(exc), path) from exc
    text = "\n\n".join(reflow(page) for page in pages if page.strip())
    if len(text.split()) < MIN_WORDS:
        raise InputError(
            "no text in this PDF (a scanned image?); run it through OCR or save it as text", path
        )
    title, published = _information(reader)
    return text_article(text, ENCODING, path, id, title=title, published=published)


# A line at least this share of the page's longest line fills the column: the text goes on.
FULL_LINE = 0.7
_GOES_ON = ("-", ",", "‐")


def reflow(page: str) -> str:
    """A page's printed lines joined into paragraphs, a blank line between paragraphs."""
    lines = [" ".join(line.split()) for line in page.splitlines()]
    width = max((len(line) for line in lines), default=0)
    paragraphs: list[str] = []
    previous = ""  # the last printed line of the paragraph being built
    for line in lines:
        if not line:
            previous = ""
            continue
        if previous and _goes_on(previous, line, width):
            joiner = "" if previous.endswith(("-", "‐")) else " "
            paragraphs[-1] += joiner + line
        else:
            paragraphs.append(line)
        previous = line
    return "\n\n".join(paragraphs)


def _goes_on(previous: str, line: str, width: int) -> bool:
    """Whether `line` continues the sentence or paragraph `previous` (a printed line) is in."""
    if previous.endswith(_GOES_ON) or line[0].islower():
        return True
    return len(previous) >= FULL_LINE * width and not previous.endswith(":")


def _reader(data: bytes, path: str) -> Any:
    from pypdf import PdfReader

    logging.getLogger("pypdf").setLevel(logging.ERROR)  # its warnings are not the user's business
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise InputError("locked PDF (it needs a password); save an unlocked copy", path)
    except InputError:
        raise
    except Exception as exc:  # a damaged file raises anything from PdfReadError to KeyError
        raise InputError(_damaged(exc), path) from exc
    return reader


def _damaged(exc: Exception) -> str:
    reason = " ".join(str(exc).split())[:80] or type(exc).__name__
    return f"damaged PDF ({reason}); open and save it again, or save it as text"


def _information(reader: Any) -> tuple[str | None, str | None]:
    """The title and creation date (ISO) of the PDF's document information, when it has them."""
    try:
        information = reader.metadata
        if information is None:
            return None, None
        title = " ".join(str(information.title or "").split()) or None
        created = information.creation_date
    except Exception:  # a damaged information dictionary: the text is still the article
        return None, None
    return title, created.date().isoformat() if created is not None else None
