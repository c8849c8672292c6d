"""The daily deadline check as a report: overdue, due soon, apology needed, and the campaigns'
tasks overdue or due soon."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import date
from typing import Any

from thidua_cli.reports.dossiers import JSON_FIELDS, contract_view, dossier_columns
from thidua_cli.reports.model import Report, ReportTable

T = Callable[..., str]
LISTS = ("overdue", "due_soon", "apology_needed")
TASK_LISTS = ("tasks_overdue", "tasks_due_soon")


def check_report(
    lists: dict[str, list[dict[str, Any]]],
    as_of: date,
    within: int,
    t: T,
    tasks: dict[str, list[dict[str, Any]]],
) -> Report:
    from thidua_cli.reports.tasks import task_columns

    titles = {
        "overdue": t("check.overdue", count=len(lists["overdue"])),
        "due_soon": t("check.due_soon", count=len(lists["due_soon"]), within=within),
        "apology_needed": t("export.check.apology_title", count=len(lists["apology_needed"])),
        "tasks_overdue": t("task.check.overdue", count=len(tasks["tasks_overdue"])),
        "tasks_due_soon": t(
            "task.check.due_soon", count=len(tasks["tasks_due_soon"]), within=within
        ),
    }
    columns = dossier_columns(t)
    # The check's rows hold the contract's fields already, in its order: no copy is needed.
    views = {
        id(r): r if tuple(r) == JSON_FIELDS else contract_view(r)
        for rows in lists.values()
        for r in rows
    }
    return Report(
        name="check",
        title=t("check.heading", as_of=as_of),
        data={
            "as_of": as_of.isoformat(),
            # A dossier in two lists is one object in both, so it is encoded once.
            **{name: [views[id(r)] for r in rows] for name, rows in lists.items()},
            **tasks,
        },
        tables=[
            *(ReportTable(name, titles[name], columns, lists[name]) for name in LISTS),
            *(
                ReportTable(name, titles[name], task_columns(t, progress=False), tasks[name])
                for name in TASK_LISTS
            ),
        ],
        csv_stack="list",
        sheet=t("export.sheet.check"),
    )


def build_check_report(conn: sqlite3.Connection, as_of: date, within: int, t: T) -> Report:
    from thidua_cli.reports.tasks import check_tasks
    from thidua_cli.store import queries

    result = queries.check(conn, as_of, within)
    lists = {
        "overdue": result.overdue,
        "due_soon": result.due_soon,
        "apology_needed": result.apology_needed,
    }
    overdue, due_soon = check_tasks(conn, as_of, within)
    tasks = {"tasks_overdue": overdue, "tasks_due_soon": due_soon}
    return check_report(lists, as_of, within, t, tasks)
