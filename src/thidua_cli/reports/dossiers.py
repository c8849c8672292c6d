"""The dossier list as a report: every dossier with its deadline and status at a date."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import date
from typing import Any

from thidua_cli.domain.deadlines import CLASSIFICATIONS
from thidua_cli.reports.model import Column, Report, ReportTable

T = Callable[..., str]

# Every status a dossier can have (the domain's classification).
STATUSES = CLASSIFICATIONS

# The contract's JSON fields, in order.
JSON_FIELDS = (
    "code",
    "procedure",
    "officer",
    "unit",
    "channel",
    "received_at",
    "due_date",
    "due_source",
    "finished_at",
    "status",
    "working_days_late",
    "apology",
)
CHANNELS = ("direct", "online", "postal")


def contract_view(row: dict[str, Any]) -> dict[str, Any]:
    return {key: row[key] for key in JSON_FIELDS}


def dossier_columns(t: T, *, extra: bool = False) -> list[Column]:
    """The contract's fields as columns; ``extra`` adds the applicant (personal), the field and
    the clerk's note."""
    columns = [
        Column("code", t("col.code"), identifier=True),
        Column("procedure", t("col.procedure")),
        Column("officer", t("col.officer")),
        Column("unit", t("col.unit")),
        Column("channel", t("export.col.channel"), labels=channel_labels(t)),
        Column("received_at", t("col.received_at"), "date"),
        Column("due_date", t("col.due_date"), "date"),
        Column(
            "due_source",
            t("export.col.due_source"),
            labels={s: t(f"export.due_source.{s}") for s in ("recorded", "computed")},
        ),
        Column("finished_at", t("col.finished_at"), "date"),
        Column("status", t("col.status"), labels=status_labels(t)),
        Column("working_days_late", t("col.working_days_late"), "int"),
        Column("apology", t("export.col.apology"), "bool"),
    ]
    if extra:
        columns += [
            Column("applicant", t("export.col.applicant"), personal=True),
            Column("field", t("export.col.field")),
            Column("note", t("export.col.note")),
        ]
    return columns


def status_labels(t: T) -> dict[str, str]:
    return {s: t(f"status.{s}") for s in STATUSES}


def channel_labels(t: T) -> dict[str, str]:
    return {c: t(f"export.channel.{c}") for c in CHANNELS}


def dossiers_report(rows: list[dict[str, Any]], as_of: date, t: T) -> Report:
    title = t("dossiers.title", as_of=as_of, count=len(rows))
    return Report(
        name="dossiers",
        title=title,
        data=[contract_view(r) for r in rows],
        tables=[ReportTable("dossiers", title, dossier_columns(t, extra=True), rows)],
        sheet=t("export.sheet.dossiers"),
    )


def build_dossiers_report(conn: sqlite3.Connection, as_of: date, where: Any, t: T) -> Report:
    """Dossiers received on or before ``as_of`` (narrowed by ``where``, a ``DossierFilter``)."""
    from thidua_cli.store.queries import list_dossiers

    return dossiers_report(list_dossiers(conn, as_of, where), as_of, t)
