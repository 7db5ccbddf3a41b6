"""Decompressing gzip inputs (`.txt.gz`, `.html.gz`, `.jsonl.gz`, or any content that starts
with the gzip signature), never past the size limit, so a small bomb cannot fill memory."""

from __future__ import annotations

import zlib

from newscmp.errors import InputError
from newscmp.load.fetch import too_big

GZIP_SIGNATURE = b"\x1f\x8b"
# zlib's window bits for the gzip container.
_GZIP_WBITS = 16 + zlib.MAX_WBITS


def is_gzip(data: bytes) -> bool:
    return data.startswith(GZIP_SIGNATURE)


def gunzip(data: bytes, max_bytes: int) -> bytes:
    """The content of gzip data (every member), at most `max_bytes`; raises InputError when it
    is truncated, damaged or too large once decompressed."""
    out: list[bytes] = []
    size = 0
    rest = data
    while rest:
        inflater = zlib.decompressobj(_GZIP_WBITS)
        try:
            piece = inflater.decompress(rest, max_bytes + 1 - size)
        except zlib.error as exc:
            raise InputError(f"damaged gzip data ({exc}); re-create the file") from exc
        size += len(piece)
        if size > max_bytes or inflater.unconsumed_tail:
            raise InputError(f"{too_big(max_bytes)} (once decompressed)")
        if not inflater.eof:
            raise InputError("truncated gzip file: it ends too early; download or copy it again")
        out.append(piece)
        rest = inflater.unused_data
        # Padding after the last member (tar and some tools add zeros) is not another member.
        if not rest.strip(b"\x00"):
            break
    return b"".join(out)
