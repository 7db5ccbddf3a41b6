"""PDF and Word files made in the test itself, so no binary fixture is needed.

`pdf_bytes` writes a minimal PDF by hand (one page, Helvetica, a line of text per `lines` item,
an information dictionary with the title and creation date when given); `docx_bytes` writes a
.docx with python-docx.
"""

from __future__ import annotations

import datetime
import io


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def pdf_bytes(lines: list[str], title: str | None = None, created: str | None = None) -> bytes:
    """A one-page PDF showing `lines`; `created` is YYYYMMDD for its CreationDate."""
    shown = "".join(f"({_escape(line)}) Tj T* " for line in lines)
    stream = f"BT /F1 11 Tf 14 TL 72 720 Td {shown}ET".encode("latin-1")
    information = ""
    if title is not None:
        information += f"/Title ({_escape(title)}) "
    if created is not None:
        information += f"/CreationDate (D:{created}120000Z) "
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        f"<< {information}>>".encode("latin-1"),
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    out.writelines(b"%010d 00000 n \n" % offset for offset in offsets)
    out.write(
        b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n"
        % (len(objects) + 1, xref)
    )
    return out.getvalue()


def docx_bytes(
    paragraphs: list[str], title: str | None = None, created: str | None = None
) -> bytes:
    """A .docx holding `paragraphs`; `created` is YYYY-MM-DD for its core properties."""
    import docx

    document = docx.Document()
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    properties = document.core_properties
    properties.title = title or ""
    if created is not None:
        day = datetime.date.fromisoformat(created)
        properties.created = datetime.datetime(day.year, day.month, day.day, 12)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
