"""Dossier lists and the report aggregates, in SQL: one query for a million dossiers.

Every status comes from ``store.status`` (the rules of ``domain.deadlines.classify``, in SQL once).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date
from typing import Any

from thidua_cli.store.status import COUNTED, FINISHED, OPEN, in_sql, late_days_sql, status_sql

# The reference date's working-day ordinal is bound as :as_of_ord (see ``ordinal``).
STATUS_SQL = status_sql(":as_of")
LATE_DAYS_SQL = late_days_sql(":as_of", ":as_of_ord")

DOSSIER_COLUMNS = f"""
  d.code AS code, d.procedure AS procedure, d.officer AS officer, d.unit AS unit,
  d.channel AS channel, d.received_on AS received_at, d.due_date AS due_date,
  d.due_source AS due_source,
  CASE WHEN d.finish_on <= :as_of THEN d.finish_on END AS finished_at,
  {STATUS_SQL} AS status, {LATE_DAYS_SQL} AS working_days_late, d.apology AS apology,
  d.applicant AS applicant, d.rescheduled_date AS rescheduled_date, d.state AS state,
  d.note AS note,
  COALESCE(d.field, (SELECT p.field FROM procedures p WHERE p.name_key = d.procedure_key))
    AS field
"""


def ordinal(conn: sqlite3.Connection, day: date) -> int:
    """The working-day ordinal of ``day`` (working days up to and including it)."""
    row = conn.execute("SELECT ordinal FROM workdays WHERE day = ?", (day.isoformat(),)).fetchone()
    if row is None:
        from thidua_cli.store.calendar import ensure_workdays

        ensure_workdays(conn)
        row = conn.execute(
            "SELECT ordinal FROM workdays WHERE day = ?", (day.isoformat(),)
        ).fetchone()
    if row is None:
        from thidua_cli.errors import UsageError

        raise UsageError("cli.date_out_of_range", value=day)
    return int(row[0])


@dataclass
class DossierFilter:
    status: str | None = None
    officer: str | None = None
    unit: str | None = None
    procedure: str | None = None
    received_from: date | None = None
    received_to: date | None = None


def list_dossiers(
    conn: sqlite3.Connection, as_of: date, where: DossierFilter | None = None
) -> list[dict[str, Any]]:
    """Dossiers received on or before ``as_of``, classified at ``as_of``."""
    where = where or DossierFilter()
    clauses = ["d.received_on <= :as_of"]
    params: dict[str, Any] = {"as_of": as_of.isoformat(), "as_of_ord": ordinal(conn, as_of)}
    # Compared as the import stored them (text.normalize), whatever the clerk pasted.
    from thidua_cli.text.normalize import code_of, fold, person_name

    if where.officer:
        clauses.append("d.officer = :officer")
        params["officer"] = person_name(where.officer)
    if where.unit:
        clauses.append("d.unit = :unit")
        params["unit"] = person_name(where.unit)
    if where.procedure:
        clauses.append("(d.procedure_code = :procedure OR d.procedure_key = :procedure_key)")
        params["procedure"] = code_of(where.procedure)
        params["procedure_key"] = fold(where.procedure)
    if where.received_from:
        clauses.append("d.received_on >= :received_from")
        params["received_from"] = where.received_from.isoformat()
    if where.received_to:
        clauses.append("d.received_on <= :received_to")
        params["received_to"] = where.received_to.isoformat()
    sql = f"SELECT {DOSSIER_COLUMNS} FROM dossiers d WHERE {' AND '.join(clauses)}"
    if where.status:
        sql = f"SELECT * FROM ({sql}) WHERE status = :status"
        params["status"] = where.status
    sql += " ORDER BY received_at, code"
    return dossier_rows(conn.execute(sql, params))


# Columns whose texts repeat from one dossier to the next (a procedure, an officer, a day).
SHARED_COLUMNS = frozenset(
    {
        "procedure", "officer", "unit", "channel", "received_at", "due_date", "due_source",
        "finished_at", "status", "state", "field", "rescheduled_date",
    }
)  # fmt: skip


def dossier_rows(cursor: sqlite3.Cursor) -> list[dict[str, Any]]:
    """The cursor's dossiers as dicts, ``apology`` as a bool.

    Each distinct text of a repeating column is kept once and shared by every row that has it: a
    month's lists run to a hundred thousand dossiers, and the same few thousand names and days
    would otherwise be held once per row.
    """
    names = [column[0] for column in cursor.description]
    shared_at = [index for index, name in enumerate(names) if name in SHARED_COLUMNS]
    memo: dict[Any, Any] = {}
    share = memo.setdefault
    rows = []
    for row in cursor:
        values = list(row)
        for index in shared_at:
            value = values[index]
            values[index] = share(value, value)
        item = dict(zip(names, values, strict=True))
        if "apology" in item:
            item["apology"] = bool(item["apology"])
        rows.append(item)
    return rows


@dataclass
class CheckResult:
    as_of: date
    overdue: list[dict[str, Any]]
    due_soon: list[dict[str, Any]]
    apology_needed: list[dict[str, Any]]


def check(conn: sqlite3.Connection, as_of: date, within: int) -> CheckResult:
    """Open dossiers that need attention at ``as_of``, in one pass over the open ones."""
    as_of_ord = ordinal(conn, as_of)
    params = {"as_of": as_of.isoformat(), "as_of_ord": as_of_ord, "within": within}
    # Only dossiers open at the reference date, so their lateness is that of LATE_DAYS_SQL for an
    # open dossier, read with one join to the calendar. The columns are the contract's (see
    # ``reports.dossiers.JSON_FIELDS``) and the deadline's ordinal.
    sql = f"""
      SELECT d.code AS code, d.procedure AS procedure, d.officer AS officer, d.unit AS unit,
             d.channel AS channel, d.received_on AS received_at, d.due_date AS due_date,
             d.due_source AS due_source, NULL AS finished_at,
             {STATUS_SQL} AS status,
             CASE {STATUS_SQL} WHEN 'overdue' THEN max(1, :as_of_ord - w.ordinal) ELSE 0 END
               AS working_days_late,
             d.apology AS apology, w.ordinal AS due_ord
      FROM dossiers d LEFT JOIN workdays w ON w.day = d.due_date
      WHERE d.state NOT IN ('withdrawn', 'not_received')
        AND d.due_date IS NOT NULL
        AND (d.finish_on IS NULL OR d.finish_on > :as_of)
        AND d.received_on <= :as_of
        AND d.due_date <= (SELECT min(day) FROM workdays
                           WHERE working = 1 AND ordinal = :as_of_ord + max(:within, 1))
      ORDER BY d.due_date, d.code
    """
    overdue: list[dict[str, Any]] = []
    due_soon: list[dict[str, Any]] = []
    apology: list[dict[str, Any]] = []
    soon_until = as_of_ord + within
    apology_until = as_of_ord + 1
    for item in dossier_rows(conn.execute(sql, params)):
        due_ord = item.pop("due_ord")
        if item["status"] == "overdue":
            overdue.append(item)
        elif due_ord <= soon_until:
            due_soon.append(item)
        if not item["apology"] and due_ord <= apology_until:
            apology.append(item)
    return CheckResult(as_of, overdue, due_soon, apology)


FORM06_KEYS = (
    "received_total",
    "received_online",
    "received_direct_postal",
    "carried_over",
    "finished_total",
    "finished_early",
    "finished_on_time",
    "finished_late",
    "open_total",
    "open_in_time",
    "open_overdue",
)

FORM06_GROUPS = {
    "field": "COALESCE(d.field, (SELECT p.field FROM procedures p "
    "WHERE p.name_key = d.procedure_key), '')",
    "unit": "COALESCE(d.unit, '')",
    "officer": "COALESCE(d.officer, '')",
    "procedure": "d.procedure",
}


# Dossiers a period of form 06 looks at: received by its end, not finished before its start.
_FORM06_SCOPE = """
  d.received_on <= :b AND (d.finish_on IS NULL OR d.finish_on >= :a)
  AND d.state NOT IN ('withdrawn', 'not_received')
"""
FORM06_STATUS = status_sql(":b")


def form06(
    conn: sqlite3.Connection, start: date, end: date, by: str = "field"
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Biểu 06 rows per group for the period, and the dossiers left out for having no deadline."""
    return form06_rows(conn, start, end, by), without_deadline(conn, start, end)


def form06_rows(
    conn: sqlite3.Connection, start: date, end: date, by: str = "field"
) -> list[dict[str, Any]]:
    """Biểu 06 rows per group for the period.

    A dossier counts when received on or before ``end`` and not finished before ``start``:
    it was received in the period (online / direct and postal) or carried over, and it either
    finished in the period (early / on time / late) or is open at ``end`` (in time / overdue). So
    (3) = (4)+(5)+(6) = (7)+(11) holds by construction. A dossier with no channel counts as direct.
    """
    group = FORM06_GROUPS.get(by)
    if group is None:
        from thidua_cli.errors import UsageError

        raise UsageError("report.bad_group", value=by, allowed=", ".join(FORM06_GROUPS))
    sql = f"""
      SELECT grp,
        count(*) AS received_total,
        sum(received_on >= :a AND channel = 'online') AS received_online,
        sum(received_on >= :a AND channel IS NOT 'online') AS received_direct_postal,
        sum(received_on < :a) AS carried_over,
        sum(status IN {in_sql(FINISHED)}) AS finished_total,
        sum(status = 'early') AS finished_early,
        sum(status = 'on_time') AS finished_on_time,
        sum(status = 'late') AS finished_late,
        sum(status IN {in_sql(OPEN)}) AS open_total,
        sum(status = 'in_time') AS open_in_time,
        sum(status = 'overdue') AS open_overdue
      FROM (SELECT {group} AS grp, d.received_on AS received_on, d.channel AS channel,
                   {FORM06_STATUS} AS status
            FROM dossiers d WHERE {_FORM06_SCOPE})
      WHERE status IN {in_sql(COUNTED)}
      GROUP BY grp ORDER BY grp COLLATE {"vi_name" if by == "officer" else "vi"}
    """
    rows = []
    for row in conn.execute(sql, {"a": start.isoformat(), "b": end.isoformat()}):
        item = {"group": row["grp"]}
        item.update({key: int(row[key] or 0) for key in FORM06_KEYS})
        rows.append(item)
    return rows


def without_deadline(
    conn: sqlite3.Connection, start: date, end: date, limit: int = -1
) -> list[dict[str, Any]]:
    """The dossiers of the period that form 06 leaves out for having no deadline at all (not
    even a suspended one), by code; the first ``limit`` of them when it is not negative.

    Sorted after the search ("+d.code"): walking the whole table in code order through its
    unique index, which SQLite otherwise prefers, reads every dossier (2 s on a million) to find
    a few.
    """
    return [
        dict(r)
        for r in conn.execute(
            f"SELECT d.code, d.procedure, d.received_on FROM dossiers d "
            f"WHERE {_FORM06_SCOPE} AND d.due_date IS NULL "
            f"AND {FORM06_STATUS} = 'no_due_date' ORDER BY +d.code LIMIT :limit",
            {"a": start.isoformat(), "b": end.isoformat(), "limit": limit},
        )
    ]


def form06_total(rows: list[dict[str, Any]]) -> dict[str, int]:
    return {key: sum(int(r[key]) for r in rows) for key in FORM06_KEYS}
