"""Hostile web servers (on 127.0.0.1, inside the test): a request has one deadline for connecting,
the headers and the body together; a short body, a redirect off http(s), a plain-text page."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from newscmp.load import LoadOptions, load_paths
from newscmp.model import Problem

DRIP_SECONDS = 0.2  # between two bytes (or header lines) of a dripping answer
DRIP_FOR = 20.0  # how long a dripping answer would last if the client waited
TIMEOUT = 1.0
ARTICLE = (
    b"Rescuers pulled 12 people from the flooded tunnel on Tuesday, the city's fire chief said.\n"
    b"The tunnel will stay closed for at least three days while engineers inspect it.\n"
)


class _Hostile(BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802 - the name http.server calls
        routes = {
            "/drip-headers": self._drip_headers,
            "/drip-body": self._drip_body,
            "/short": self._short,
            "/to-ftp": lambda: self._redirect("ftp://127.0.0.1:9/article.txt"),
            "/to-file": lambda: self._redirect("file:///etc/passwd"),
            "/plain": lambda: self._send(ARTICLE, "text/plain; charset=utf-8"),
        }
        routes[self.path]()

    def _drip(self, pieces: Iterator[bytes]) -> None:
        stop = time.monotonic() + DRIP_FOR
        try:
            for piece in pieces:
                if time.monotonic() > stop:
                    return
                self.wfile.write(piece)
                self.wfile.flush()
                time.sleep(DRIP_SECONDS)
        except OSError:
            return  # the client gave up: what the test wants

    def _drip_headers(self) -> None:
        lines = (f"X-Line-{n}: {n}\r\n".encode() for n in range(10_000))
        self._drip(_chain([b"HTTP/1.1 200 OK\r\n"], lines))

    def _drip_body(self) -> None:
        head = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 100000\r\n\r\n"
        self._drip(_chain([head], (b"x" for _ in range(100_000))))

    def _short(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/plain")
        self.send_header("Content-Length", str(len(ARTICLE) * 2))
        self.end_headers()
        self.wfile.write(ARTICLE)
        self.close_connection = True

    def _redirect(self, target: str) -> None:
        self.send_response(302)
        self.send_header("Location", target)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def _send(self, body: bytes, content_type: str) -> None:
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - the base's name
        pass


def _chain(first: list[bytes], rest: Iterator[bytes]) -> Iterator[bytes]:
    yield from first
    yield from rest


class _QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: object, client_address: object) -> None:
        pass


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = _QuietServer(("127.0.0.1", 0), _Hostile)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


NO_ANSWER = f"no answer within {TIMEOUT:g} s; try again later or raise --timeout"


@pytest.mark.parametrize("route", ["/drip-headers", "/drip-body"])
def test_a_dripping_server_is_cut_off_at_the_deadline(server: str, route: str) -> None:
    started = time.monotonic()
    articles, problems = load_paths([server + route], options=LoadOptions(timeout=TIMEOUT))
    took = time.monotonic() - started
    assert articles == []
    assert problems == [Problem(server + route, NO_ANSWER)]
    assert took < TIMEOUT + 1.0  # the deadline holds to within a second, not per read


def test_a_body_shorter_than_its_length_is_a_problem(server: str) -> None:
    articles, problems = load_paths([server + "/short"])
    size = len(ARTICLE)
    message = f"incomplete: the server sent {size:,} of {size * 2:,} bytes; try again later"
    assert (articles, problems) == ([], [Problem(server + "/short", message)])


@pytest.mark.parametrize(
    ("route", "target"),
    [("/to-ftp", "ftp://127.0.0.1:9/article.txt"), ("/to-file", "file:///etc/passwd")],
)
def test_only_http_redirects_are_followed(server: str, route: str, target: str) -> None:
    articles, problems = load_paths([server + route])
    message = f"redirected to {target}, which is not http or https; not followed"
    assert (articles, problems) == ([], [Problem(server + route, message)])


def test_a_plain_text_page_is_read_as_text(server: str) -> None:
    articles, problems = load_paths([server + "/plain"])
    assert problems == []
    assert [article.text for article in articles] == [ARTICLE.decode()]


def test_a_slow_name_lookup_is_cut_off_at_the_deadline(monkeypatch: pytest.MonkeyPatch) -> None:
    import socket

    def slow_lookup(*args: object, **kwargs: object) -> object:
        time.sleep(DRIP_FOR / 4)  # a name server that does not answer
        raise socket.gaierror("no answer")

    monkeypatch.setattr(socket, "getaddrinfo", slow_lookup)
    url = "http://news.example.test/article"
    started = time.monotonic()
    articles, problems = load_paths([url], options=LoadOptions(timeout=TIMEOUT))
    assert time.monotonic() - started < TIMEOUT + 1.0
    assert (articles, problems) == ([], [Problem(url, NO_ANSWER)])


def test_an_unknown_host_is_still_named_so(monkeypatch: pytest.MonkeyPatch) -> None:
    import socket

    def no_such_host(*args: object, **kwargs: object) -> object:
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(socket, "getaddrinfo", no_such_host)
    url = "http://no-such-host.invalid/article"
    articles, problems = load_paths([url], options=LoadOptions(timeout=TIMEOUT))
    assert problems == [Problem(url, "unknown host; check the address and your connection")]
