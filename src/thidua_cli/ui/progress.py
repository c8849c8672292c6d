"""Progress for a person on stderr: a bar for a long run, a rule between the demo's sections."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn
from rich.rule import Rule


@contextmanager
def progress_bar(
    console: Console, description: str, total: int, *, quiet: bool
) -> Iterator[tuple[Callable[[str], None], Callable[[int], None]]]:
    """A progress bar (none when ``quiet``); yields (step, set_total)."""
    with Progress(
        # Not markup: a description or an item may hold brackets.
        TextColumn("{task.description}", markup=False),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[item]}", style="dim", markup=False),
        console=console,
        transient=True,
        disable=quiet,
    ) as progress:
        task = progress.add_task(description, total=total, item="")

        def step(item: str) -> None:
            progress.update(task, advance=1, item=item)

        def set_total(count: int) -> None:
            progress.update(task, total=count)

        yield step, set_total


def section_rule(console: Console, title: str) -> None:
    console.print(Rule(title))
