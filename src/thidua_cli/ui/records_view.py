"""Rich views of the office's records: complaints about conduct and the database's health."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from rich.console import Group
from rich.text import Text

from thidua_cli.text import formats
from thidua_cli.ui.fit import Cell, FitColumn, FitTable
from thidua_cli.ui.render import simple_table

if TYPE_CHECKING:
    from thidua_cli.reports.model import ReportTable
    from thidua_cli.store.maintenance import CheckReport

T = Callable[..., str]
OUTCOME_STYLE = {"upheld": "red", "pending": "yellow", "dismissed": ""}
# What a check's colour says, said by a mark too.
PASSED, FAILED = "✓", "✗"


def complaints_view(table: ReportTable, notes: list[str], t: T, lang: str) -> Group:
    """The complaints; whether one breaks the code of conduct is said by its outcome in words
    ("Có cơ sở"), so that column is left out."""
    columns = [
        FitColumn(c.heading, whole=c.key in ("date", "dossier_code")) for c in table.columns[:-1]
    ]
    lines: list[list[Cell]] = []
    for row in table.rows:
        outcome = row["outcome"]
        lines.append(
            [
                formats.day(row["date"], lang),
                row["officer"],
                row["unit"] or "",
                row["dossier_code"] or "",
                row["content"],
                Text(t(f"complaint.outcome.{outcome}"), style=OUTCOME_STYLE[outcome]),
            ]
        )
    return Group(FitTable(columns, lines, title=table.title), *(Text(note) for note in notes))


def db_check_view(found: CheckReport, t: T, lang: str) -> Group:
    """``thidua db check``: one line per check, marked ✓ or ✗ (and red when it failed), then the
    rows per table."""
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
    # SQLite says "ok", or lists what it found (its own English, quoted as it is).
    integrity = (
        t("dbcheck.integrity_ok") if found.integrity == ["ok"] else "; ".join(found.integrity[:5])
    )
    lines = [
        (t("dbcheck.integrity"), integrity, found.integrity == ["ok"]),
        (
            t("dbcheck.foreign_keys"),
            formats.number(found.foreign_key_errors, lang),
            not found.foreign_key_errors,
        ),
        (t("dbcheck.schema"), schema, found.schema_status != "newer"),
        (t("dbcheck.history"), history, not found.history_missing),
        (t("dbcheck.size"), formats.size(found.size_bytes, lang), True),
    ]
    parts: list[Any] = [Text(t("dbcheck.title", path=found.path), style="bold")]
    for label, value, good in lines:
        mark = PASSED if good else FAILED
        parts.append(Text(f"  {mark} {label}: {value}", style="" if good else "bold red"))
    if found.tables:
        parts.append(
            simple_table(
                "",
                [("table", t("dbcheck.col.table")), ("rows", t("dbcheck.col.rows"))],
                found.tables,
                lang,
                numeric=("rows",),
            )
        )
    return Group(*parts)
