"""Rich views of dossier lists: ``thidua dossiers`` and the daily ``thidua check``."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from rich.console import Group
from rich.text import Text

from thidua_cli.text import formats
from thidua_cli.text.sort import name_key
from thidua_cli.ui.fit import Cell, FitColumn, FitTable
from thidua_cli.ui.render import status_style

if TYPE_CHECKING:
    from thidua_cli.reports.model import ReportTable

T = Callable[..., str]


def dossier_table(
    title: str, rows: list[dict[str, Any]], t: T, lang: str, *, finished: bool = True
) -> FitTable:
    """Dossiers for a person: code, procedure, officer, the dates, status and working days late,
    every one whole (the code is what a clerk copies into the one-stop software)."""
    columns = [
        FitColumn(t("col.code"), whole=True),
        FitColumn(t("col.procedure")),
        FitColumn(t("col.officer")),
        FitColumn(t("col.received_at"), whole=True),
        FitColumn(t("col.due_date"), whole=True),
        *([FitColumn(t("col.finished_at"), whole=True)] if finished else []),
        FitColumn(t("col.status")),
        FitColumn(t("col.working_days_late"), "right", whole=True),
    ]
    lines: list[list[Cell]] = []
    for row in rows:
        status = str(row["status"])
        late = row["working_days_late"]
        lines.append(
            [
                str(row["code"]),
                str(row["procedure"]),
                str(row["officer"] or ""),
                formats.day(row["received_at"], lang),
                formats.day(row["due_date"], lang),
                *([formats.day(row["finished_at"], lang)] if finished else []),
                Text(t(f"status.{status}"), style=status_style(status)),
                formats.number(late, lang) if late else "",
            ]
        )
    return FitTable(columns, lines, title=title)


def check_view(
    t: T,
    as_of: date,
    within: int,
    lists: dict[str, list[dict[str, Any]]],
    tasks: Sequence[ReportTable],
    lang: str,
) -> Group:
    """The check of one day: overdue, due soon, the apology letters to send by officer, and the
    campaigns' tasks overdue or due soon."""
    from thidua_cli.ui.report_view import table_view

    parts: list[Any] = [Text(t("check.heading", as_of=as_of), style="bold")]
    if not any(lists.values()):
        parts.append(Text(t("check.all_well"), style="green"))
        return Group(*parts)
    titles = {
        "overdue": t("check.overdue", count=len(lists["overdue"])),
        "due_soon": t("check.due_soon", count=len(lists["due_soon"]), within=within),
    }
    for name in ("overdue", "due_soon"):
        if lists[name]:
            parts.append(dossier_table(titles[name], lists[name], t, lang, finished=False))
    apology = lists["apology_needed"]
    if apology:
        parts.append(Text(t("check.apology_todo", count=len(apology)), style="bold yellow"))
        # One line per dossier, by officer (by given name; the dossiers nobody was assigned
        # last): a cron mail of any width keeps each code whole.
        ordered = sorted(
            apology, key=lambda r: (r["officer"] is None, name_key(r["officer"] or ""))
        )
        parts.append(
            FitTable(
                [
                    FitColumn(t("col.officer")),
                    FitColumn(t("col.code"), whole=True),
                    FitColumn(t("col.due_date"), whole=True),
                ],
                [
                    [
                        row["officer"] or t("check.no_officer"),
                        str(row["code"]),
                        formats.day(row["due_date"], lang),
                    ]
                    for row in ordered
                ],
            )
        )
    parts.extend(table_view(table, lang) for table in tasks if table.rows)
    return Group(*parts)
