"""Rich views of dossier lists: ``thidua dossiers`` and the daily ``thidua check``."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from rich.console import Group
from rich.table import Table
from rich.text import Text

from thidua_cli.text.sort import name_key
from thidua_cli.ui.render import day_first, status_style

if TYPE_CHECKING:
    from thidua_cli.reports.model import ReportTable

T = Callable[..., str]


def dossier_table(title: str, rows: list[dict[str, Any]], t: T, *, finished: bool = True) -> Table:
    """Dossiers for a person: the code whole, long procedure names cut, dates day first."""
    table = Table(title=title, title_justify="left")
    # The code is what a clerk copies into the one-stop software and the dates are what the check
    # is about: they never shrink. Names shrink with an ellipsis when the screen is narrow.
    code_width = max((len(str(row["code"])) for row in rows), default=8)
    status_width = max((len(t(f"status.{row['status']}")) for row in rows), default=6)
    table.add_column(t("col.code"), no_wrap=True, min_width=code_width)
    table.add_column(t("col.procedure"), no_wrap=True, overflow="ellipsis", max_width=28)
    table.add_column(t("col.officer"), no_wrap=True, overflow="ellipsis", max_width=20)
    table.add_column(t("col.received_at"), no_wrap=True, min_width=10)
    table.add_column(t("col.due_date"), no_wrap=True, min_width=10)
    if finished:
        table.add_column(t("col.finished_at"), no_wrap=True, min_width=10)
    table.add_column(t("col.status"), no_wrap=True, min_width=status_width)
    table.add_column(t("col.working_days_late"), justify="right", min_width=9)
    for row in rows:
        cells: list[str | Text] = [
            str(row["code"]),
            str(row["procedure"]),
            str(row["officer"] or ""),
            day_first(row["received_at"]),
            day_first(row["due_date"]),
        ]
        if finished:
            cells.append(day_first(row["finished_at"]))
        status = str(row["status"])
        cells.append(Text(t(f"status.{status}"), style=status_style(status)))
        cells.append(str(row["working_days_late"] or ""))
        table.add_row(*cells)
    return table


def check_view(
    t: T,
    as_of: str,
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
            parts.append(dossier_table(titles[name], lists[name], t, finished=False))
    apology = lists["apology_needed"]
    if apology:
        parts.append(Text(t("check.apology_todo", count=len(apology)), style="bold yellow"))
        by_officer: dict[str | None, list[str]] = {}
        for row in apology:
            by_officer.setdefault(row["officer"], []).append(f"{row['code']} ({row['due_date']})")
        # People by given name; the dossiers nobody was assigned last.
        for officer in sorted(by_officer, key=lambda o: (o is None, name_key(o or ""))):
            shown = officer or t("check.no_officer")
            parts.append(Text(f"  • {shown}: " + ", ".join(by_officer[officer])))
    parts.extend(table_view(table, lang) for table in tasks if table.rows)
    return Group(*parts)
