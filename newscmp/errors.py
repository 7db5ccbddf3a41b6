"""The errors newscmp raises and the exit codes the CLI maps them to."""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    """Every exit code of the `newscmp` command, as the README's "Exit codes" table gives them."""

    OK = 0
    ERROR = 1
    USAGE = 2
    PROBLEMS = 3
    INTERRUPTED = 130


class NewscmpError(Exception):
    """Base of every error newscmp raises on purpose; its message is one line for a user."""

    exit_code = ExitCode.ERROR

    def __init__(self, message: str, path: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.path = path

    def __str__(self) -> str:
        return f"{self.path}: {self.message}" if self.path else self.message


class InputError(NewscmpError):
    """One input cannot be used (missing, unreadable, not text); recorded as a Problem."""


class NothingToCompareError(NewscmpError):
    """No input could be used at all, so there is no result to show."""
