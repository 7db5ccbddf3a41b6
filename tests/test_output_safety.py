"""`-o` never destroys or joins its inputs, writes through pipes and devices without replacing
them, and leaves no temporary file when the run is stopped by SIGTERM or SIGHUP."""

from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from newscmp.cli import cli
from newscmp.errors import ExitCode

REPO = Path(__file__).resolve().parent.parent
QUAKE_A = (
    "date 2023-02-07\nAn earthquake struck western Nepal on Monday, killing at least 30 people, "
    "Home Minister Ram Bahadur Thapa said.\n"
)
QUAKE_B = (
    "date 2023-02-07\nAn earthquake hit western Nepal on Monday and 34 people were killed, "
    "Home Minister Ram Bahadur Thapa told reporters.\n"
)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "a.txt").write_text(QUAKE_A, encoding="utf-8")
    (tmp_path / "news" / "b.txt").write_text(QUAKE_B, encoding="utf-8")
    return tmp_path / "news"


def _compare(*arguments: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, ["compare", *arguments])
    return result.exit_code, result.stderr


def test_output_onto_an_input_is_refused(folder: Path) -> None:
    a, b = folder / "a.txt", folder / "b.txt"
    code, stderr = _compare(str(a), str(b), "-o", str(a))
    assert code == ExitCode.ERROR
    assert stderr.startswith(f"newscmp: {a}: is one of the inputs")
    assert a.read_text(encoding="utf-8") == QUAKE_A


def test_output_onto_an_input_through_a_link_is_refused(folder: Path, tmp_path: Path) -> None:
    link = tmp_path / "link.txt"
    link.symlink_to(folder / "a.txt")
    code, stderr = _compare(str(folder), "-o", str(link))
    assert code == ExitCode.ERROR and f"{link}: is one of the inputs" in stderr
    assert (folder / "a.txt").read_text(encoding="utf-8") == QUAKE_A


@pytest.mark.parametrize(
    ("name", "recursive", "refused"),
    [
        ("report.md", False, True),  # a later run would read it as a third article
        ("report.json", False, True),
        ("report.csv", False, True),  # not an article: a later run reports it as a problem
        ("report.html", False, True),
        (".report.md", False, False),  # hidden: a folder walk skips it
        (".report.csv", False, False),
        ("sub/report.txt", False, False),  # a subfolder is read only with -r
        ("sub/report.txt", True, True),
    ],
)
def test_output_a_later_run_would_read_is_refused(
    folder: Path, name: str, recursive: bool, refused: bool
) -> None:
    (folder / "sub").mkdir()
    target = folder / name
    code, stderr = _compare(str(folder), *(["-r"] if recursive else []), "-o", str(target))
    if refused:
        assert code == ExitCode.ERROR
        assert f"{target}: a later run of the same inputs would read this report" in stderr
        assert not target.exists()
    else:
        assert code == ExitCode.OK, stderr
        assert target.exists()


def test_output_matching_an_input_pattern_is_refused(folder: Path) -> None:
    target = folder / "report.txt"
    code, stderr = _compare(str(folder / "*.txt"), "-o", str(target))
    assert code == ExitCode.ERROR
    assert f"matches the input pattern {folder / '*.txt'}" in stderr


def _device(tmp_path: Path) -> str:
    """A character device to write to: a private null device when this process may make one
    (so a writer that replaced it would harm nothing), else the system's (which only root,
    who can make the private one, could replace)."""
    node = tmp_path / "null"
    try:
        os.mknod(node, 0o666 | stat.S_IFCHR, os.stat(os.devnull).st_rdev)
    except OSError:
        return os.devnull
    return str(node)


def test_a_device_is_written_through_not_replaced(folder: Path, tmp_path: Path) -> None:
    device = _device(tmp_path)
    code, stderr = _compare(str(folder), "-o", device, "--format", "json")
    assert code == ExitCode.OK, stderr
    assert stat.S_ISCHR(os.stat(device).st_mode)


def test_a_named_pipe_is_written_through_not_replaced(folder: Path, tmp_path: Path) -> None:
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    received: list[bytes] = []

    def read() -> None:
        with open(pipe, "rb") as stream:
            received.append(stream.read())

    reader = threading.Thread(target=read, daemon=True)  # blocks forever if the pipe is replaced
    reader.start()
    code, stderr = _compare(str(folder), "-o", str(pipe), "--format", "json")
    reader.join(timeout=30)
    assert code == ExitCode.OK, stderr
    assert received and received[0].startswith(b"{") and b'"schema"' in received[0]
    assert stat.S_ISFIFO(os.stat(pipe).st_mode)


def test_a_folder_as_output_is_refused(tmp_path: Path) -> None:
    from newscmp.errors import NewscmpError
    from newscmp.output import write_atomic

    with pytest.raises(NewscmpError, match="a folder; give a file"):
        write_atomic(str(tmp_path), "text")


# A writer that is slow to produce its pieces, so a signal arrives while it writes.
SLOW_WRITER = """
import sys, time
from newscmp.output import write_atomic

def pieces():
    for _ in range(600):
        yield "x" * 1000
        print("writing", flush=True)
        time.sleep(0.05)

write_atomic(sys.argv[1], pieces())
"""


@pytest.mark.parametrize("number", [signal.SIGTERM, signal.SIGHUP])
def test_a_stop_signal_leaves_no_temporary_file(tmp_path: Path, number: int) -> None:
    target = tmp_path / "report.json"
    environment = {**os.environ, "PYTHONPATH": str(REPO)}
    child = subprocess.Popen(
        [sys.executable, "-c", SLOW_WRITER, str(target)],
        stdout=subprocess.PIPE,
        env=environment,
    )
    assert child.stdout is not None
    child.stdout.readline()  # it is writing: the temporary file exists
    assert list(tmp_path.glob(".newscmp-*.tmp"))
    child.send_signal(number)
    assert child.wait(timeout=30) == -number  # ended by the signal, as it would have been
    time.sleep(0.05)
    assert list(tmp_path.iterdir()) == []
