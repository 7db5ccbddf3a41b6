"""Turning an input's bytes into text, and refusing what is not text.

The order: a byte-order mark (UTF-32, UTF-16, UTF-8) decides; then UTF-16 without a mark (NULs
on every other byte of text); then binary content is refused; then strict UTF-8; then
Windows-1252 when it reads like Western text; then the legacy charset charset-normalizer detects.
The text comes back exactly as decoded (a BOM is not part of it).
"""

from __future__ import annotations

import codecs
import re

from newscmp.errors import InputError

# Byte-order marks, longest first (the UTF-32 LE mark starts with the UTF-16 LE one).
BYTE_ORDER_MARKS: tuple[tuple[bytes, str, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32", "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32", "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig", "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16", "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16", "utf-16"),
)

# Signatures of common binary formats people hand to a text tool by mistake.
BINARY_SIGNATURES: tuple[bytes, ...] = (
    b"\x89PNG",  # PNG
    b"GIF87a",
    b"GIF89a",
    b"\xff\xd8\xff",  # JPEG
    b"PK\x03\x04",  # zip, docx, xlsx, epub
    b"PK\x05\x06",  # empty zip
    b"%PDF-",
    b"\x1f\x8b",  # gzip
    b"BZh",  # bzip2 (followed by a digit; checked below)
    b"\xfd7zXZ\x00",  # xz
    b"7z\xbc\xaf\x27\x1c",
    b"Rar!\x1a\x07",
    b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",  # old Office documents
    b"\x7fELF",
    b"MZ\x90\x00",  # Windows executables
    b"RIFF",  # WAV, AVI, WebP
    b"OggS",
    b"ID3",  # MP3
    b"\x00\x00\x00\x18ftyp",
    b"\x00\x00\x00\x20ftyp",
    b"II*\x00",  # TIFF
    b"MM\x00*",
    b"SQLite format 3\x00",
)

NOT_TEXT = "not text: binary content; give newscmp articles as text, Markdown, HTML or JSON"
# How much of the start the control-byte test looks at, and the share that makes it binary.
_SAMPLE_BYTES = 65_536
_CONTROL_SHARE = 0.05
_CONTROL_BYTES = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f]")
# A well-formed UTF-8 multi-byte sequence; used to tell broken UTF-8 from a legacy charset.
_UTF8_SEQUENCE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}"
)
_CONTROL_TEXT = re.compile(r"[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f]")
_HIGH_BYTE = re.compile(rb"[\x80-\xff]")
# Code points no output can encode: lone surrogates (from a JSON escape such as "\ud800", or a
# file name that is not UTF-8); each is replaced with U+FFFD, one code point for one.
_UNENCODABLE = re.compile("[\ud800-\udfff]")
REPLACEMENT = "\ufffd"
# Three non-ASCII letters in a row: Cyrillic, Greek or CJK bytes read as Windows-1252.
_FOREIGN_RUN = re.compile(r"[^\x00-\x7f\W\d_]{3}")


def decode_bytes(data: bytes) -> tuple[str, str]:
    """The text of `data` and the name of its encoding; raises InputError when it is not text."""
    for mark, codec, name in BYTE_ORDER_MARKS:
        if data.startswith(mark):
            return _decode_unicode(data, codec, name), name
    bare = _bare_utf16(data)
    if bare is not None:
        return bare
    if _looks_binary(data):
        raise InputError(NOT_TEXT)
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        if _mostly_utf8(data):
            raise InputError(
                f"invalid UTF-8 at byte {exc.start}; re-save the file as UTF-8"
            ) from exc
    return _decode_legacy(data)


def _decode_unicode(data: bytes, codec: str, name: str) -> str:
    try:
        return data.decode(codec)  # these codecs drop the byte-order mark
    except UnicodeDecodeError as exc:
        raise InputError(
            f"invalid {name.upper()} at byte {exc.start}; re-save it as UTF-8"
        ) from exc


def _bare_utf16(data: bytes) -> tuple[str, str] | None:
    """UTF-16 without a byte-order mark: NULs on every other byte of mostly Latin text."""
    sample = data[: _SAMPLE_BYTES - _SAMPLE_BYTES % 2]
    if len(data) % 2 or len(sample) < 4:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    half = len(sample) // 2
    codec = "utf-16-le" if odd >= 0.6 * half and even == 0 else None
    codec = "utf-16-be" if even >= 0.6 * half and odd == 0 else codec
    if codec is None:
        return None
    try:
        text = data.decode(codec)
    except UnicodeDecodeError:
        return None
    return (None if _CONTROL_TEXT.search(text) else (text, codec)) if text else None


def _looks_binary(data: bytes) -> bool:
    """Known binary signatures, NUL bytes, or a start mostly made of control bytes."""
    if any(data.startswith(signature) for signature in BINARY_SIGNATURES):
        return not data.startswith(b"BZh") or data[3:4].isdigit()
    if b"\x00" in data:
        return True
    sample = data[:_SAMPLE_BYTES]
    controls = len(_CONTROL_BYTES.findall(sample))
    return controls > _CONTROL_SHARE * max(len(sample), 1)


def _mostly_utf8(data: bytes) -> bool:
    """Whether most high bytes belong to well-formed UTF-8 sequences (so the rest is damage)."""
    high = len(_HIGH_BYTE.findall(data))
    covered = sum(len(match) for match in _UTF8_SEQUENCE.findall(data))
    return high > 0 and covered * 2 >= high


def _decode_legacy(data: bytes) -> tuple[str, str]:
    try:
        western = data.decode("cp1252")
    except UnicodeDecodeError:
        western = None
    if western is not None and not _FOREIGN_RUN.search(western):
        return western, "cp1252"
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        raise InputError("cannot tell its character encoding; re-save the file as UTF-8")
    try:
        name = codecs.lookup(best.encoding).name
        return data.decode(best.encoding), name
    except (LookupError, UnicodeDecodeError) as exc:
        raise InputError("cannot decode its text; re-save the file as UTF-8") from exc


def replace_unencodable(text: str) -> tuple[str, int]:
    """The text with each unencodable code point replaced by U+FFFD (so every offset into it
    still holds), and how many were replaced."""
    if _UNENCODABLE.search(text) is None:
        return text, 0
    return _UNENCODABLE.subn(REPLACEMENT, text)
