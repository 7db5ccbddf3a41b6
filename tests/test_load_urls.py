"""Pages named by URL, fetched from a small HTTP server on 127.0.0.1 run inside the test."""

from __future__ import annotations

import io
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from newscmp import __version__
from newscmp.load import LoadOptions, load_paths
from newscmp.load.fetch import MAX_REDIRECTS
from newscmp.load.inputs import url_stem
from newscmp.model import Problem

PAGES = Path(__file__).resolve().parent / "fixtures" / "pages"
QUAKE = (PAGES / "quake_coastal_herald.html").read_bytes()
VERDICT = (PAGES / "verdict_valley_courier.htm").read_bytes()
SLOW_SECONDS = 2.0
SEEN_AGENTS: list[str] = []


class _Pages(BaseHTTPRequestHandler):
    """The routes: a page, a cp1252 page declared in the header, a redirect chain, a loop,
    a slow answer, a 404, an oversized body with and without Content-Length."""

    def do_GET(self) -> None:  # noqa: N802 - the name http.server calls
        SEEN_AGENTS.append(self.headers.get("User-Agent", ""))
        route = self.path.split("?")[0]
        if route == "/world/quake-kills-14.html":
            self._send(200, QUAKE, "text/html; charset=utf-8")
        elif route == "/courts/verdict":
            self._send(200, VERDICT, "text/html; charset=windows-1252")
        elif route.startswith("/hop/"):
            left = int(route.rsplit("/", 1)[1])
            target = f"/hop/{left - 1}" if left > 1 else "/world/quake-kills-14.html"
            self._redirect(target)
        elif route == "/loop":
            self._redirect("/loop")
        elif route == "/slow":
            time.sleep(SLOW_SECONDS)
            self._send(200, QUAKE, "text/html")
        elif route == "/big":
            self._send(200, b"<html><body>" + b"<p>word</p>" * 1000, "text/html")
        elif route == "/big-unsized":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            self.wfile.write(b"<html><body>" + b"<p>word</p>" * 1000)
            self.close_connection = True
        else:
            self._send(404, b"<html><body>Not here</body></html>", "text/html")

    def _send(self, status: int, body: bytes, content_type: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _redirect(self, target: str) -> None:
        self.send_response(302)
        self.send_header("Location", target)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - the base's name
        pass


class _QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: object, client_address: object) -> None:
        pass  # a client that gave up on a slow page is expected, not a failure to print


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = _QuietServer(("127.0.0.1", 0), _Pages)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_a_page_by_url(server: str) -> None:
    url = f"{server}/world/quake-kills-14.html"
    SEEN_AGENTS.clear()
    articles, problems = load_paths([url])
    assert problems == []
    [article] = articles
    assert (article.id, article.path) == ("quake-kills-14", url)
    assert (article.title, article.outlet, article.published) == (
        "Quake kills 14 in coastal villages",
        "The Coastal Herald",
        "2023-09-12",
    )
    assert "Comments (3)" not in article.text
    agents = list(SEEN_AGENTS)
    assert agents == [f"newscmp/{__version__} (+https://github.com/newscmp)"]


def test_header_charset_and_redirects_within_the_limit(server: str) -> None:
    hops = f"{server}/hop/{MAX_REDIRECTS}"
    articles, problems = load_paths([f"{server}/courts/verdict", hops])
    assert problems == []
    assert [a.encoding for a in articles] == ["cp1252", "utf-8"]
    assert "“He treated the company’s money as his own,”" in articles[0].text
    assert articles[1].title == "Quake kills 14 in coastal villages"
    assert articles[1].path == hops  # the address the user gave


def test_failing_urls_are_problems_and_the_rest_go_on(server: str) -> None:
    good = f"{server}/world/quake-kills-14.html"
    bad = {
        "missing": f"{server}/no/such/page",
        "loop": f"{server}/loop",
        "hops": f"{server}/hop/{MAX_REDIRECTS + 1}",
        "slow": f"{server}/slow",
        "big": f"{server}/big",
        "unsized": f"{server}/big-unsized",
        "refused": "http://127.0.0.1:9/nothing-listens-here",
    }
    options = LoadOptions(timeout=0.5, max_bytes=5_000)
    started = time.monotonic()
    articles, problems = load_paths(
        [bad["missing"], good, *list(bad.values())[1:]], options=options
    )
    assert time.monotonic() - started < SLOW_SECONDS + 1.5
    assert [a.path for a in articles] == [good]
    redirects = f"too many redirects (more than {MAX_REDIRECTS}) or a redirect loop"
    too_big = "larger than 5,000 bytes; raise the limit with --max-bytes"
    assert problems == [
        Problem(bad["missing"], "HTTP 404 Not Found; check the address"),
        Problem(bad["loop"], redirects),
        Problem(bad["hops"], redirects),
        Problem(bad["slow"], "no answer within 0.5 s; try again later or raise --timeout"),
        Problem(bad["big"], too_big),
        Problem(bad["unsized"], too_big),
        Problem(bad["refused"], "connection refused; check the address"),
    ]


def test_urls_file(server: str, tmp_path: Path) -> None:
    listed = tmp_path / "links.txt"
    listed.write_text(
        "# coverage of the quake\n"
        f"{server}/world/quake-kills-14.html\n"
        "\n"
        f'{{"url": "{server}/courts/verdict", "domain": "127.0.0.1", "language": "English"}}\n'
        "ftp://example.invalid/story\n",
        encoding="utf-8",
    )
    articles, problems = load_paths([], options=LoadOptions(urls_file=str(listed)))
    assert [a.id for a in articles] == ["quake-kills-14", "verdict"]
    assert problems == [
        Problem(str(listed), "line 5: not a web address (http:// or https://)"),
    ]


def test_urls_file_problems(tmp_path: Path) -> None:
    empty = tmp_path / "none.txt"
    empty.write_text("# nothing yet\n\n", encoding="utf-8")
    missing = str(tmp_path / "missing.txt")
    for path, error in (
        (str(empty), "no URLs in this file; give one http:// or https:// address a line"),
        (missing, "no such file or folder"),
    ):
        assert load_paths([], options=LoadOptions(urls_file=path)) == ([], [Problem(path, error)])


def test_nothing_is_fetched_without_a_url(tmp_path: Path) -> None:
    # A file that merely holds URLs is an article like any other, never a list to fetch.
    page = tmp_path / "links.txt"
    page.write_text("See https://example.invalid/story for the full report.", encoding="utf-8")
    articles, problems = load_paths([str(page)])
    assert problems == [] and articles[0].text.startswith("See https://")


@pytest.mark.parametrize(
    ("url", "stem"),
    [
        ("https://www.example.org/world/2024/03/quake-kills-14.html", "quake-kills-14"),
        ("https://www.example.org/world/quake/", "quake"),
        ("https://www.example.org/", "example.org"),
        ("https://news.example.org", "news.example.org"),
        ("https://example.org/story?id=7", "story"),
        ("https://example.org/%E2%9C%93", "E2-9C-93"),
    ],
)
def test_url_stem(url: str, stem: str) -> None:
    assert url_stem(url) == stem


def test_urls_from_standard_input(server: str) -> None:
    links = io.BytesIO(f"{server}/world/quake-kills-14.html\n".encode())
    options = LoadOptions(urls_file="-", stdin=links)
    articles, problems = load_paths([], options=options)
    assert problems == [] and [a.id for a in articles] == ["quake-kills-14"]
