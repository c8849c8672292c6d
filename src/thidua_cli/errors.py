"""Typed errors. Library code raises these; ``cli.py`` alone turns them into messages and exit codes.

Every error carries a message key from the catalogue (``text/messages.py``) and its parameters, so the
same failure reads in Vietnamese or English.
"""

from __future__ import annotations

from typing import Any

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_USAGE = 2
EXIT_FAILURE = 3
# An error the program did not foresee (BSD's EX_SOFTWARE): the details are in a log file.
EXIT_SOFTWARE = 70
# Ctrl-C: 128 + SIGINT, as a shell reports a program the interrupt stopped.
EXIT_INTERRUPTED = 130
# The reader of the output went away (``thidua dossiers | head -1``): 128 + SIGPIPE, as a shell
# reports any program a closed pipe stopped. Not 1, which a cron script reads as "findings".
EXIT_PIPE_CLOSED = 141


class ThiduaError(Exception):
    """Base of every expected failure. ``key`` names a catalogue message, ``params`` fill it."""

    exit_code = EXIT_FAILURE

    def __init__(self, key: str, /, **params: Any) -> None:
        super().__init__(key)
        self.key = key
        self.params = params

    def __str__(self) -> str:  # a readable fallback for logs and tests
        from thidua_cli.text.messages import text

        return text(self.key, "en", **self.params)


class UsageError(ThiduaError):
    """A bad option value, a missing file: exit 2."""

    exit_code = EXIT_USAGE


class InputFileError(ThiduaError):
    """A file that cannot be read as a table at all: exit 3."""


class DatabaseError(ThiduaError):
    """The database cannot be opened, is locked too long, or is newer than the program: exit 3."""


class CampaignFileError(ThiduaError):
    """A campaign file with mistakes; ``problems`` lists each one (line, message)."""

    def __init__(
        self, key: str, problems: list[tuple[int | None, str]] | None = None, **params: Any
    ):
        super().__init__(key, **params)
        self.problems = problems or []
