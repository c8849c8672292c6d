"""Rich consoles: data to stdout, everything for people to stderr.

Every console is a ``SafeConsole``, the one place where what the data holds is kept from acting
on the terminal: text is never read as markup (an officer named ``[/] An`` is a name, and
``[mức độ 3]`` stays in a procedure's name), and no control character from the data (an ANSI
escape that would colour the screen, clear it or set the window's title) is ever sent. Text
handed over as a string is shown with its control characters as symbols (ESC as ␛); whatever
else reaches the terminal has them removed. Tables, messages, warnings and progress all go
through it.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Mapping
from typing import IO, Any

from rich.console import Console, ConsoleOptions, RenderableType
from rich.segment import Segment
from rich.text import Text

from thidua_cli.text.controls import REMOVED, one_line, visible


def one_line_params(params: Mapping[str, Any]) -> dict[str, Any]:
    return {key: one_line(value) for key, value in params.items()}


class SafeConsole(Console):
    """A Rich console that never reads text as markup and never sends a control character that
    came from the data (those Rich emits itself, for colour or a progress bar, are its own)."""

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("markup", False)
        kwargs.setdefault("highlight", False)
        kwargs.setdefault("emoji", False)
        super().__init__(**kwargs)

    def on_broken_pipe(self) -> None:
        # Rich would exit 1, the code of "findings"; the program ends the run quietly (141).
        self.quiet = True
        raise BrokenPipeError

    def render_str(self, text: str, **kwargs: Any) -> Text:
        # A string (a cell, a title, a message) becomes Text here, before it is measured: its
        # control characters can be shown as symbols and take their room.
        return super().render_str(visible(text), **kwargs)

    def render(
        self, renderable: RenderableType, options: ConsoleOptions | None = None
    ) -> Iterable[Segment]:
        for segment in super().render(renderable, options):
            if segment.control or segment.text.isprintable() or segment.text == "\n":
                yield segment
            else:
                # Text built before it got here (a styled cell): what was measured is kept.
                yield Segment(segment.text.translate(REMOVED), segment.style)


def make_console(*, stderr: bool, color: bool = True, width: int | None = None) -> Console:
    stream = sys.stderr if stderr else sys.stdout
    no_color = not color or "NO_COLOR" in os.environ
    if width is None and not stream.isatty() and "COLUMNS" not in os.environ:
        # Piped or mailed by cron: Rich would assume 80 columns and fold every table; a mail
        # reader shows a line-printer width well.
        width = 132
    return SafeConsole(file=stream, no_color=no_color, width=width, soft_wrap=False)


def print_plain(handle: IO[str], *renderables: Any) -> None:
    """``renderables`` as plain text into a file (``-o report.txt``): no colour, a wide line."""
    console = SafeConsole(file=handle, width=160, no_color=True)
    for renderable in renderables:
        if renderable is not None:
            console.print(renderable)
