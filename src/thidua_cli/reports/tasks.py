"""A campaign's tasks at a date: the ``task list`` report, and the task lists of the daily check.

Each task reads as the contract's object (``TASK_FIELDS``): its status at the reference date comes
from ``domain.campaign.task_status``, and work recorded as done after that date is not done yet.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import date
from typing import Any

from thidua_cli.domain.campaign import TASK_STATUSES, task_status
from thidua_cli.reports.model import Column, Report, ReportTable

T = Callable[..., str]
TASK_FIELDS = ("campaign", "code", "title", "owner", "due", "done_on", "status", "note")


def task_view(row: dict[str, Any], as_of: date) -> dict[str, Any]:
    """A stored task as the contract's object at ``as_of``."""
    due = date.fromisoformat(row["due"])
    done_on = date.fromisoformat(row["done_on"]) if row["done_on"] else None
    if done_on is not None and done_on > as_of:
        done_on = None
    return {
        "campaign": row["campaign"],
        "code": row["code"],
        "title": row["title"],
        "owner": row["owner"],
        "due": row["due"],
        "done_on": done_on.isoformat() if done_on else None,
        "status": task_status(due, done_on, as_of),
        "note": row["note"],
    }


def task_columns(t: T, *, campaign: bool = True, progress: bool = True) -> list[Column]:
    """The task's fields as a table; the check's lists (tasks not done) leave out the progress
    columns, which would be empty, to stay readable in a cron mail."""
    labels = {status: t(f"task.status.{status}") for status in TASK_STATUSES}
    columns = [
        *([Column("campaign", t("task.col.campaign"), identifier=True)] if campaign else []),
        Column("code", t("task.col.code"), identifier=True),
        Column("title", t("task.col.title")),
        Column("owner", t("task.col.owner")),
        Column("due", t("task.col.due"), "date"),
    ]
    if progress:
        columns += [
            Column("done_on", t("task.col.done_on"), "date"),
            Column("status", t("task.col.status"), labels=labels),
            Column("note", t("task.col.note")),
        ]
    return columns


def build_task_list(
    conn: sqlite3.Connection,
    as_of: date,
    t: T,
    *,
    campaign: str | None = None,
    owner: str | None = None,
) -> Report:
    """Every task of ``campaign`` (of every loaded campaign when None) at ``as_of``."""
    from thidua_cli.store.tasks import owners, stored_tasks

    rows = [task_view(row, as_of) for row in stored_tasks(conn, campaign, owner)]
    title = (
        t("task.title_campaign", campaign=campaign, as_of=as_of)
        if campaign
        else t("task.title", as_of=as_of)
    )
    counts = {status: sum(r["status"] == status for r in rows) for status in TASK_STATUSES}
    table = ReportTable(
        "tasks",
        title,
        task_columns(t, campaign=campaign is None),
        rows,
        note=t("task.summary", total=len(rows), **counts) if rows else "",
    )
    report = Report(name="tasks", title=title, data=rows, tables=[table], sheet=t("task.sheet"))
    if not rows and owner is not None:
        known = owners(conn, campaign)
        if known:
            report.warnings.append(("task.no_owner", {"owner": owner, "owners": "; ".join(known)}))
    elif not rows:
        report.warnings.append(("task.none_listed", {"campaign": campaign or "-"}))
    return report


def check_tasks(
    conn: sqlite3.Connection, as_of: date, within: int
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The tasks of every loaded campaign overdue at ``as_of``, and those due within ``within``
    working days (on ``as_of`` included)."""
    from thidua_cli.store.tasks import tasks_to_check

    overdue: list[dict[str, Any]] = []
    due_soon: list[dict[str, Any]] = []
    for row in tasks_to_check(conn, as_of, within):
        view = task_view(row, as_of)
        (overdue if view["status"] == "overdue" else due_soon).append(view)
    return overdue, due_soon


def build_task_history(conn: sqlite3.Connection, campaign: str, code: str | None, t: T) -> Report:
    """Every recorded change of the campaign's tasks (or of the task ``code``), oldest first."""
    from thidua_cli.store.tasks import history

    rows = history(conn, campaign, code)
    title = t("task.history_title", campaign=campaign, code=code or t("task.every_task"))
    columns = [
        Column("recorded_at", t("task.col.recorded_at"), "time"),
        Column("code", t("task.col.code"), identifier=True),
        Column("title", t("task.col.title")),
        Column(
            "action",
            t("task.col.action"),
            labels={a: t(f"task.action.{a}") for a in ("done", "reopen")},
        ),
        Column("done_on", t("task.col.done_on"), "date"),
        Column("note", t("task.col.note")),
    ]
    report = Report(
        name="task_history",
        title=title,
        data=rows,
        tables=[ReportTable("task_history", title, columns, rows)],
        sheet=t("task.history_sheet"),
    )
    if not rows:
        report.warnings.append(("task.no_history", {}))
    return report
