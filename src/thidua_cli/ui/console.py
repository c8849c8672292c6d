"""Rich consoles: data to stdout, everything for people to stderr."""

from __future__ import annotations

import os
import sys
from typing import IO, Any

from rich.console import Console


def make_console(*, stderr: bool, color: bool = True, width: int | None = None) -> Console:
    stream = sys.stderr if stderr else sys.stdout
    no_color = not color or "NO_COLOR" in os.environ
    if width is None and not stream.isatty() and "COLUMNS" not in os.environ:
        # Piped or mailed by cron: Rich would assume 80 columns and fold every table; a mail
        # reader shows a line-printer width well.
        width = 132
    return Console(
        file=stream,
        no_color=no_color,
        highlight=False,
        width=width,
        soft_wrap=False,
        emoji=False,
    )


def print_plain(handle: IO[str], *renderables: Any) -> None:
    """``renderables`` as plain text into a file (``-o report.txt``): no colour, a wide line."""
    console = Console(file=handle, width=160, no_color=True, highlight=False, emoji=False)
    for renderable in renderables:
        if renderable is not None:
            console.print(renderable)
