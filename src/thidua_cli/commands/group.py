"""The class of every thidua command group: its "did you mean" speaks the user's language."""

from __future__ import annotations

from difflib import get_close_matches
from gettext import ngettext
from typing import Any

import click
from typer.core import TyperGroup


class Group(TyperGroup):
    """A Typer group that suggests the command meant by a mistyped name, in Click's own words.

    Typer's suggestion is fixed English and sees only the commands already imported; this one is
    Click's sentence for a mistyped option, translated like the rest of the frame, over every
    command the group lists (thidua loads its commands lazily).
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs["suggest_commands"] = False
        super().__init__(*args, **kwargs)

    def resolve_command(
        self, ctx: click.Context, args: list[str]
    ) -> tuple[str | None, click.Command | None, list[str]]:
        try:
            return super().resolve_command(ctx, args)
        except click.UsageError as exc:
            typed = args[0] if args else ""
            close = (
                [] if typed.startswith("-") else get_close_matches(typed, self.list_commands(ctx))
            )
            if close:
                names = ", ".join(repr(name) for name in close)
                suggestion = ngettext(
                    "Did you mean {possibility}?",
                    "(Did you mean one of: {possibilities}?)",
                    len(close),
                ).format(possibility=names, possibilities=names)
                exc.message = f"{exc.message} {suggestion}"
            raise
