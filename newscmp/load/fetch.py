"""Fetching the pages a user names by URL, and nothing else.

urllib with a clear user agent, a timeout for each answer and for the whole download, a size
limit (checked against Content-Length and while reading), and at most five redirects. Every
failure is an InputError with one line saying what happened and what to try.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import http.client
    import urllib.error
    import urllib.request

from newscmp.errors import InputError

MAX_REDIRECTS = 5
CHUNK_BYTES = 65_536
URL_PREFIXES = ("http://", "https://")
_CHARSET = re.compile(r"charset\s{0,4}=\s{0,4}[\"']?(?P<label>[A-Za-z0-9_.:-]{1,40})", re.I)


@dataclass(frozen=True, slots=True)
class Fetched:
    """A downloaded page: its bytes, the URL it came from after redirects, its content type."""

    data: bytes
    url: str
    content_type: str
    charset: str | None


@lru_cache(maxsize=1)
def _redirects() -> type[urllib.request.HTTPRedirectHandler]:
    """urllib's redirect handler, stopping after MAX_REDIRECTS (urllib imported on first use)."""
    import urllib.request

    class Redirects(urllib.request.HTTPRedirectHandler):
        max_redirections = MAX_REDIRECTS
        max_repeats = MAX_REDIRECTS

    return Redirects


def is_url(name: str) -> bool:
    """Whether an input names a web address rather than a file."""
    return name.lower().startswith(URL_PREFIXES)


def user_agent() -> str:
    from newscmp import __version__

    return f"newscmp/{__version__} (+https://github.com/newscmp)"


def fetch_url(url: str, *, timeout: float, max_bytes: int) -> Fetched:
    """The page at `url`; raises InputError(message, url) when it cannot be fetched."""
    import http.client
    import urllib.error
    import urllib.request

    request = urllib.request.Request(url, headers={"User-Agent": user_agent(), "Accept": "*/*"})
    opener = urllib.request.build_opener(_redirects())
    deadline = time.monotonic() + timeout
    try:
        with opener.open(request, timeout=timeout) as response:
            length = response.headers.get("Content-Length", "")
            if length.isdigit() and int(length) > max_bytes:
                raise InputError(too_big(max_bytes), url)
            data = _read_body(response, url, deadline, max_bytes, timeout)
            content_type = response.headers.get_content_type()
            charset = _CHARSET.search(response.headers.get("Content-Type", ""))
            final = response.geturl()
    except InputError:
        raise
    except urllib.error.HTTPError as exc:
        raise InputError(_http_error(exc), url) from exc
    except urllib.error.URLError as exc:
        raise InputError(_reason(exc.reason, timeout), url) from exc
    except TimeoutError as exc:
        raise InputError(_no_answer(timeout), url) from exc
    except (OSError, http.client.HTTPException, ValueError) as exc:
        raise InputError(f"cannot fetch: {exc or type(exc).__name__}", url) from exc
    return Fetched(data, final, content_type, charset.group("label") if charset else None)


def _read_body(
    response: http.client.HTTPResponse, url: str, deadline: float, max_bytes: int, timeout: float
) -> bytes:
    chunks: list[bytes] = []
    size = 0
    while True:
        if time.monotonic() > deadline:
            raise InputError(_no_answer(timeout), url)
        chunk = response.read(CHUNK_BYTES)
        if not chunk:
            return b"".join(chunks)
        size += len(chunk)
        if size > max_bytes:
            raise InputError(too_big(max_bytes), url)
        chunks.append(chunk)


def too_big(max_bytes: int) -> str:
    return f"larger than {max_bytes:,} bytes; raise the limit with --max-bytes"


def _no_answer(timeout: float) -> str:
    return f"no answer within {timeout:g} s; try again later or raise --timeout"


def _http_error(exc: urllib.error.HTTPError) -> str:
    if 300 <= exc.code < 400:
        return f"too many redirects (more than {MAX_REDIRECTS}) or a redirect loop"
    return f"HTTP {exc.code} {exc.reason}; check the address"


def _reason(reason: object, timeout: float) -> str:
    if isinstance(reason, TimeoutError):
        return _no_answer(timeout)
    import socket

    if isinstance(reason, socket.gaierror):
        return "unknown host; check the address and your connection"
    if isinstance(reason, ConnectionRefusedError):
        return "connection refused; check the address"
    return f"cannot fetch: {reason}"
