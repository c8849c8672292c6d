"""Rich renderers: each builds and returns a renderable; commands decide where it goes."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import PurePath
from typing import TYPE_CHECKING, Any

from rich.text import Text

from thidua_cli.text import formats
from thidua_cli.text.messages import text
from thidua_cli.ui.fit import Cell, FitColumn, FitTable

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


def row_errors(errors: Sequence[RowError], total_rows: int, t: T, lang: str) -> FitTable:
    caption = None
    hidden = len(errors) - MAX_ERRORS_SHOWN
    if hidden > 0 or total_rows > len({e.line for e in errors}):
        caption = t("import.errors_more", count=max(hidden, 0), rows=total_rows)
    return FitTable(
        [
            FitColumn(t("col.line"), "right", whole=True),
            FitColumn(t("col.column")),
            FitColumn(t("col.value")),
            FitColumn(t("col.reason")),
        ],
        [
            [str(error.line), error.column, error.value, text(error.reason, lang, **error.params)]
            for error in errors[:MAX_ERRORS_SHOWN]
        ],
        title=t("import.errors_title", count=total_rows),
        caption=caption,
    )


def unknown_labels(found: Sequence[UnknownLabel], t: T, lang: str) -> FitTable:
    """The labels no vocabulary reads, by column: how many rows, and the first lines."""
    lines: list[list[Cell]] = []
    for label in found:
        first = ", ".join(str(line) for line in label.lines)
        more = ", …" if label.count > len(label.lines) else ""
        lines.append(
            [
                label.column,
                label.label,
                t(f"vocab.name.{label.vocabulary}"),
                formats.number(label.count, lang),
                first + more,
            ]
        )
    return FitTable(
        [
            FitColumn(t("col.column")),
            FitColumn(t("col.value")),
            FitColumn(t("import.col.vocabulary")),
            FitColumn(t("import.col.rows"), "right", whole=True),
            FitColumn(t("import.col.first_lines")),
        ],
        lines,
        title=t("import.unknown_labels_title", count=len(found)),
    )


def import_summary(result: Outcome, t: T) -> Text:
    key = "import.summary_dry_run" if result.dry_run else "import.summary"
    if result.refused:
        key = "import.summary_refused"
    return Text(
        t(
            key,
            # The file's name, as the imports list records it: a folder repeated on every line
            # of a day's imports (the demo's, from where the package is installed) only wraps.
            file=PurePath(result.file).name,
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
    lang: str,
    *,
    numeric: Iterable[str] = (),
    styles: Mapping[str, Callable[[Any], str]] | None = None,
    show: Mapping[str, Callable[[Any], str]] | None = None,
    caption: str | None = None,
) -> FitTable:
    """A table of ``rows`` with (key, heading) ``columns``; numbers right-aligned and written
    in ``lang``'s way."""
    numeric = set(numeric)
    styles = styles or {}
    show = show or {}
    lines: list[list[Cell]] = []
    for row in rows:
        cells: list[Cell] = []
        for key, _ in columns:
            value = row.get(key)
            if key in show:
                shown = show[key](value)
            elif value is None:
                shown = ""
            elif key in numeric and isinstance(value, int | float):
                shown = formats.number(value, lang)
            else:
                shown = str(value)
            cells.append(Text(shown, style=styles[key](value) if key in styles else ""))
        lines.append(cells)
    return FitTable(
        [
            FitColumn(heading, "right", whole=True) if key in numeric else FitColumn(heading)
            for key, heading in columns
        ],
        lines,
        title=title or None,
        caption=caption,
    )


def status_style(value: Any) -> str:
    return STATUS_STYLE.get(str(value), "")
