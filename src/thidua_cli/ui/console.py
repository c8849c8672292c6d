"""Rich consoles: data to stdout, everything for people to stderr."""

from __future__ import annotations

import os
import sys

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
