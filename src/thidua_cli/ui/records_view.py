"""Rich views of the office's records: complaints about conduct and the database's health."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from rich.console import Group
from rich.table import Table
from rich.text import Text

from thidua_cli.ui.render import day_first, simple_table

if TYPE_CHECKING:
    from thidua_cli.reports.model import ReportTable
    from thidua_cli.store.maintenance import CheckReport

T = Callable[..., str]
OUTCOME_STYLE = {"upheld": "red", "pending": "yellow", "dismissed": ""}


def complaints_view(table: ReportTable, notes: list[str], t: T) -> Group:
    """The complaints (the last column, "breaks conduct", is said by the outcome's colour)."""
    shown = Table(title=table.title, title_justify="left")
    for column in table.columns[:-1]:
        wide = column.key == "content"
        shown.add_column(column.heading, overflow="fold", max_width=50 if wide else None)
    for row in table.rows:
        outcome = row["outcome"]
        shown.add_row(
            day_first(row["date"]),
            row["officer"],
            row["unit"] or "",
            row["dossier_code"] or "",
            row["content"],
            Text(t(f"complaint.outcome.{outcome}"), style=OUTCOME_STYLE[outcome]),
        )
    return Group(shown, *(Text(note) for note in notes))


def db_check_view(found: CheckReport, t: T) -> Group:
    """``thidua db check``: one line per check, red when it failed, then the rows per table."""
    versions = {"found": found.schema_version, "supported": found.program_schema_version}
    schema = (
        t(f"dbcheck.schema.{found.schema_status}", **versions)
        if found.schema_status != "unknown"
        else "?"
    )
    history = (
        t("dbcheck.history_missing", tables=", ".join(found.history_missing))
        if found.history_missing
        else t("dbcheck.history_ok")
    )
    lines = [
        (t("dbcheck.integrity"), "; ".join(found.integrity[:5]), found.integrity == ["ok"]),
        (t("dbcheck.foreign_keys"), str(found.foreign_key_errors), not found.foreign_key_errors),
        (t("dbcheck.schema"), schema, found.schema_status != "newer"),
        (t("dbcheck.history"), history, not found.history_missing),
        (t("dbcheck.size"), f"{found.size_bytes / 1024:,.0f} KB", True),
    ]
    parts: list[Any] = [Text(t("dbcheck.title", path=found.path), style="bold")]
    for label, value, good in lines:
        parts.append(Text(f"  {label}: {value}", style="" if good else "bold red"))
    if found.tables:
        parts.append(
            simple_table(
                "",
                [("table", t("dbcheck.col.table")), ("rows", t("dbcheck.col.rows"))],
                found.tables,
                numeric=("rows",),
            )
        )
    return Group(*parts)
