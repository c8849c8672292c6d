"""Rich renderers: each builds and returns a renderable; commands decide where it goes."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from rich.table import Table
from rich.text import Text

from thidua_cli.text.messages import text

if TYPE_CHECKING:
    from thidua_cli.errors import ThiduaError
    from thidua_cli.importing.kind import Outcome, UnknownLabel
    from thidua_cli.ingest.rows import RowError

T = Callable[..., str]
MAX_ERRORS_SHOWN = 50

STATUS_STYLE = {
    "early": "green",
    "on_time": "green",
    "late": "red",
    "in_time": "cyan",
    "overdue": "bold red",
    "withdrawn": "dim",
    "not_received": "dim",
    "no_due_date": "yellow",
}


def print_error(exc: ThiduaError, *, lang: str, color: bool) -> None:
    from thidua_cli.ui.console import make_console, one_line_params

    console = make_console(stderr=True, color=color)
    message = text(exc.key, lang, **one_line_params(exc.params))
    console.print(Text(text("cli.error_prefix", lang) + message, style="red"), soft_wrap=True)
    problems = getattr(exc, "problems", None)
    for line, problem in problems or []:
        where = text("cli.at_line", lang, line=line) if line else ""
        # One mistake per line, even in cron mail where the width is fixed.
        console.print(Text(f"  - {where}{problem}"), soft_wrap=True)


def describe_row_error(error: RowError, lang: str) -> str:
    reason = text(error.reason, lang, **error.params)
    return text(
        "import.row_error",
        lang,
        line=error.line,
        column=error.column,
        value=error.value,
        reason=reason,
    )


def row_errors(errors: Sequence[RowError], total_rows: int, t: T, lang: str) -> Table:
    table = Table(title=t("import.errors_title", count=total_rows), title_justify="left")
    table.add_column(t("col.line"), justify="right")
    table.add_column(t("col.column"))
    table.add_column(t("col.value"), overflow="fold", max_width=40)
    table.add_column(t("col.reason"), overflow="fold")
    for error in errors[:MAX_ERRORS_SHOWN]:
        table.add_row(
            str(error.line),
            error.column,
            error.value,
            text(error.reason, lang, **error.params),
        )
    hidden = len(errors) - MAX_ERRORS_SHOWN
    if hidden > 0 or total_rows > len({e.line for e in errors}):
        more = max(hidden, 0)
        table.caption = t("import.errors_more", count=more, rows=total_rows)
    return table


def unknown_labels(found: Sequence[UnknownLabel], t: T) -> Table:
    """The labels no vocabulary reads, by column: how many rows, and the first lines."""
    table = Table(title=t("import.unknown_labels_title", count=len(found)), title_justify="left")
    table.add_column(t("col.column"))
    table.add_column(t("col.value"), overflow="fold")
    table.add_column(t("import.col.vocabulary"))
    table.add_column(t("import.col.rows"), justify="right")
    table.add_column(t("import.col.first_lines"))
    for label in found:
        lines = ", ".join(str(line) for line in label.lines)
        more = ", …" if label.count > len(label.lines) else ""
        table.add_row(
            Text(label.column),
            Text(label.label),
            label.vocabulary,
            str(label.count),
            lines + more,
        )
    return table


def import_summary(result: Outcome, t: T) -> Text:
    key = "import.summary_dry_run" if result.dry_run else "import.summary"
    if result.refused:
        key = "import.summary_refused"
    return Text(
        t(
            key,
            file=result.file,
            read=result.rows_read,
            inserted=result.inserted,
            updated=result.updated,
            unchanged=result.unchanged,
            rejected=result.rejected,
        )
    )


def simple_table(
    title: str,
    columns: Sequence[tuple[str, str]],
    rows: Iterable[Mapping[str, Any]],
    *,
    numeric: Iterable[str] = (),
    styles: Mapping[str, Callable[[Any], str]] | None = None,
    show: Mapping[str, Callable[[Any], str]] | None = None,
    caption: str | None = None,
) -> Table:
    """A table of ``rows`` with (key, heading) ``columns``; numbers right-aligned."""
    numeric = set(numeric)
    table = Table(title=title, title_justify="left", caption=caption, caption_justify="left")
    for key, heading in columns:
        table.add_column(heading, justify="right" if key in numeric else "left")
    styles = styles or {}
    show = show or {}
    for row in rows:
        cells = []
        for key, _ in columns:
            value = row.get(key)
            shown = show[key](value) if key in show else ("" if value is None else str(value))
            style = styles[key](value) if key in styles else ""
            cells.append(Text(shown, style=style))
        table.add_row(*cells)
    return table


def status_style(value: Any) -> str:
    return STATUS_STYLE.get(str(value), "")


def percent(value: float | None) -> str:
    return "n/a" if value is None else f"{value * 100:.1f}%"


def day_first(value: object) -> str:
    """An ISO date as a Vietnamese clerk reads it: dd/mm/yyyy."""
    if not value:
        return ""
    text = str(value)
    if len(text) >= 10 and text[4] == "-":
        return f"{text[8:10]}/{text[5:7]}/{text[0:4]}"
    return text
