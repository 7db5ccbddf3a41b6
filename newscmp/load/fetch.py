"""Fetching the pages a user names by URL, and nothing else.

urllib with a clear user agent, one deadline for the whole request (the name lookup, connecting,
the headers and the body together: every read of the socket waits at most until that deadline,
so a server that drips a byte at a time cannot hold a run), a size limit (checked against
Content-Length and while reading), a body shorter than its Content-Length refused as
incomplete, and at most five redirects, to http or https only. Every failure is an InputError
with one line saying what happened and what to try.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import http.client
    import urllib.error
    import urllib.request
    from collections.abc import Callable

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
    """urllib's redirect handler, stopping after MAX_REDIRECTS and refusing a redirect to
    anything but http or https (urllib imported on first use)."""
    import urllib.request
    from urllib.parse import urljoin, urlsplit

    class Redirects(urllib.request.HTTPRedirectHandler):
        max_redirections = MAX_REDIRECTS
        max_repeats = MAX_REDIRECTS

        def http_error_302(
            self, req: urllib.request.Request, fp: Any, code: int, msg: str, headers: Any
        ) -> Any:
            target = headers.get("location") or headers.get("uri")
            if target is not None:
                scheme = urlsplit(urljoin(req.full_url, target.strip())).scheme.lower()
                if scheme not in ("http", "https"):
                    raise InputError(_bad_redirect(target))
            return super().http_error_302(req, fp, code, msg, headers)

        http_error_301 = http_error_303 = http_error_307 = http_error_308 = http_error_302

    return Redirects


def _bad_redirect(target: str) -> str:
    shown = target.strip()[:100] or "(an empty address)"
    return f"redirected to {shown}, which is not http or https; not followed"


class _DeadlineSocket:
    """A connected socket whose every read waits at most until the request's deadline."""

    def __init__(self, sock: Any, deadline: float) -> None:
        self._sock = sock
        self._deadline = deadline
        self._files = 0  # like a socket's own count: closed once its last file closes too
        self._closing = False

    def _wait(self) -> None:
        left = self._deadline - time.monotonic()
        if left <= 0:
            raise TimeoutError("deadline passed")
        self._sock.settimeout(left)

    def recv_into(self, buffer: Any, size: int = 0) -> int:
        self._wait()
        count: int = self._sock.recv_into(buffer, size)
        return count

    def recv(self, size: int) -> bytes:
        self._wait()
        data: bytes = self._sock.recv(size)
        return data

    def makefile(self, mode: str = "rb", buffering: int = -1) -> Any:
        import io
        import socket

        raw = socket.SocketIO(self, "rb")  # type: ignore[arg-type]  # reads through recv_into
        self._files += 1
        return io.BufferedReader(raw, io.DEFAULT_BUFFER_SIZE if buffering < 0 else buffering)

    def _decref_socketios(self) -> None:
        self._files -= 1
        if self._closing and self._files <= 0:
            self._sock.close()

    def close(self) -> None:
        self._closing = True
        if self._files <= 0:
            self._sock.close()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._sock, name)


def _resolve(host: str, port: int, deadline: float) -> list[Any]:
    """getaddrinfo's addresses for `host`, asked in a thread so a slow name server cannot
    hold the request past its deadline (the system call itself cannot be interrupted)."""
    import socket
    import threading

    found: list[Any] = []
    failed: list[OSError] = []

    def ask() -> None:
        try:
            found.extend(socket.getaddrinfo(host, port, 0, socket.SOCK_STREAM))
        except OSError as exc:
            failed.append(exc)

    asking = threading.Thread(target=ask, daemon=True)
    asking.start()
    asking.join(max(deadline - time.monotonic(), 0.0))
    if asking.is_alive():
        raise TimeoutError("the host name was not resolved in time")
    if failed:
        raise failed[0]
    return found


def _connect(found: list[Any], timeout: float, source: tuple[str, int] | None) -> Any:
    """A socket connected to the first of the resolved addresses that answers, as
    socket.create_connection does after its own lookup."""
    import socket

    error: OSError = OSError("no address for this host")
    for family, kind, protocol, _, address in found:
        sock = socket.socket(family, kind, protocol)
        try:
            sock.settimeout(timeout)
            if source:
                sock.bind(source)
            sock.connect(address)
            return sock
        except OSError as exc:
            sock.close()
            error = exc
    raise error


def _deadline_handlers(deadline: float) -> list[urllib.request.BaseHandler]:
    """HTTP and HTTPS handlers whose connections connect and read within `deadline`."""
    import http.client
    import urllib.request

    def bounded(base: type[http.client.HTTPConnection]) -> Callable[..., Any]:
        class Bounded(base):  # type: ignore[valid-type,misc]  # a class chosen at run time
            def connect(self) -> None:
                self.timeout = max(deadline - time.monotonic(), 0.001)
                found = _resolve(self.host, self.port, deadline)
                self._create_connection = lambda _, timeout, source: _connect(
                    found, timeout, source
                )
                super().connect()
                # mypy cannot type `sock` on a base chosen at run time
                self.sock = _DeadlineSocket(self.sock, deadline)  # type: ignore[has-type]

        return Bounded

    class Plain(urllib.request.HTTPHandler):
        def http_open(self, req: urllib.request.Request) -> Any:
            return self.do_open(bounded(http.client.HTTPConnection), req)

    class Secure(urllib.request.HTTPSHandler):
        def https_open(self, req: urllib.request.Request) -> Any:
            context = self._context  # type: ignore[attr-defined]  # typeshed omits it
            return self.do_open(bounded(http.client.HTTPSConnection), req, context=context)

    return [Plain(), Secure()]


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
    deadline = time.monotonic() + timeout
    opener = urllib.request.build_opener(_redirects(), *_deadline_handlers(deadline))
    try:
        with opener.open(request, timeout=timeout) as response:
            length = response.headers.get("Content-Length", "")
            if length.isdigit() and int(length) > max_bytes:
                raise InputError(too_big(max_bytes), url)
            data = _read_body(response, url, deadline, max_bytes, timeout)
            _check_complete(response, len(data), url)
            content_type = response.headers.get_content_type()
            charset = _CHARSET.search(response.headers.get("Content-Type", ""))
            final = response.geturl()
    except InputError as exc:
        raise InputError(exc.message, url) from exc
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
        try:
            chunk = response.read(CHUNK_BYTES)
        except TimeoutError as exc:
            raise InputError(_no_answer(timeout), url) from exc
        if not chunk:
            return b"".join(chunks)
        size += len(chunk)
        if size > max_bytes:
            raise InputError(too_big(max_bytes), url)
        chunks.append(chunk)


def _check_complete(response: http.client.HTTPResponse, size: int, url: str) -> None:
    """Raise InputError when the body ended before the bytes its Content-Length promised."""
    length = response.headers.get("Content-Length", "").strip()
    chunked = "chunked" in response.headers.get("Transfer-Encoding", "").lower()
    if length.isdigit() and not chunked and size < int(length):
        raise InputError(
            f"incomplete: the server sent {size:,} of {int(length):,} bytes; try again later", url
        )


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
    return f"cannot fetch: {reason or type(reason).__name__}"
