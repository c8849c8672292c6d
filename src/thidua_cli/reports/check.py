"""The daily deadline check as a report: overdue, due soon, apology needed."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import date
from typing import Any

from thidua_cli.reports.dossiers import JSON_FIELDS, contract_view, dossier_columns
from thidua_cli.reports.model import Report, ReportTable

T = Callable[..., str]
LISTS = ("overdue", "due_soon", "apology_needed")


def check_report(lists: dict[str, list[dict[str, Any]]], as_of: date, within: int, t: T) -> Report:
    titles = {
        "overdue": t("check.overdue", count=len(lists["overdue"])),
        "due_soon": t("check.due_soon", count=len(lists["due_soon"]), within=within),
        "apology_needed": t("export.check.apology_title", count=len(lists["apology_needed"])),
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
        title=t("check.heading", as_of=as_of.isoformat()),
        data={
            "as_of": as_of.isoformat(),
            # A dossier in two lists is one object in both, so it is encoded once.
            **{name: [views[id(r)] for r in rows] for name, rows in lists.items()},
        },
        tables=[ReportTable(name, titles[name], columns, lists[name]) for name in LISTS],
        csv_stack="list",
        sheet=t("export.sheet.check"),
    )


def build_check_report(conn: sqlite3.Connection, as_of: date, within: int, t: T) -> Report:
    from thidua_cli.store import queries

    result = queries.check(conn, as_of, within)
    lists = {
        "overdue": result.overdue,
        "due_soon": result.due_soon,
        "apology_needed": result.apology_needed,
    }
    return check_report(lists, as_of, within, t)
