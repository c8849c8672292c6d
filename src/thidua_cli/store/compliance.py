"""The dossier side of a campaign's compliance, in SQL: counts per period, per group, the late list.

A period [a, b] counts, by the form-06 rules (``queries.form06``), the dossiers finished within it
(early / on time / late against their deadline) and those still open at b (in time / overdue); a
dossier waiting for a supplement the applicant has not brought has no deadline yet and is in time.
Withdrawn and never-received dossiers are left out, and so are dossiers without any deadline
(counted apart, so the report can say so).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from thidua_cli.store.status import FINISHED, status_sql

DOSSIER_KEYS = ("finished", "early", "on_time", "late", "open_in_time", "open_overdue")
# What ``scope_counts`` gives for each scope: the form-06 counts above, the dossiers received within
# the scope's dates and how many of them online (the focus aside), and those without any deadline.
COUNT_KEYS = (*DOSSIER_KEYS, "received", "online", "no_deadline")


@dataclass(frozen=True)
class Scope:
    """The dossiers a phase looks at: a period and an optional focus (procedures, channels)."""

    start: date
    end: date
    procedures: tuple[str, ...] = ()
    channels: tuple[str, ...] = ()


def _focus(scope: Scope, i: int, params: dict[str, Any]) -> str:
    from thidua_cli.text.normalize import code_of, fold

    clauses = []
    if scope.procedures:
        codes = ", ".join(f":p{i}_{j}" for j in range(len(scope.procedures)))
        keys = ", ".join(f":k{i}_{j}" for j in range(len(scope.procedures)))
        for j, name in enumerate(scope.procedures):
            params[f"p{i}_{j}"] = code_of(name)
            params[f"k{i}_{j}"] = fold(name)
        # A name matches the folded procedure name; a code matches the dossier's procedure code,
        # or, when the export left it out, the code the procedure list gives that name.
        clauses.append(
            f"(d.procedure_code IN ({codes}) OR d.procedure_key IN ({keys})"
            f" OR d.procedure_key IN (SELECT p.name_key FROM procedures p WHERE p.code IN ({codes})))"
        )
    if scope.channels:
        names = ", ".join(f":c{i}_{j}" for j in range(len(scope.channels)))
        for j, channel in enumerate(scope.channels):
            params[f"c{i}_{j}"] = channel
        # An export without a channel column leaves it empty; such a dossier counts as in person,
        # as on form 06.
        clauses.append(f"coalesce(d.channel, 'direct') IN ({names})")
    return " AND ".join(clauses) or "1"


# The count each status of ``store.status`` adds to.
_COUNTED_AS = {
    "early": "early",
    "on_time": "on_time",
    "late": "late",
    "in_time": "open_in_time",
    "overdue": "open_overdue",
    "no_due_date": "no_deadline",
}


def _class(i: int, focus: str) -> str:
    """SQL giving a dossier's status at the end of scope ``i`` (bounds :a{i}, :b{i}); NULL when
    out of scope.

    A comparison with a NULL column is NULL, not false, and ``NOT NULL`` is NULL too: the scope
    test is coalesced so a dossier with no procedure code is out of a focus on codes, not in.
    """
    a, b = f":a{i}", f":b{i}"
    return f"""CASE
      WHEN NOT coalesce(d.received_on <= {b} AND (d.finish_on IS NULL OR d.finish_on >= {a})
                        AND {focus}, 0) THEN NULL
      ELSE {status_sql(b)}
    END"""


def scope_counts(conn: sqlite3.Connection, scopes: Sequence[Scope]) -> list[dict[str, Any]]:
    """Every scope's ``COUNT_KEYS`` per (unit, officer), in one pass over the dossiers.

    Each row is ``{"unit", "officer", "scopes": [counts of scope 0, counts of scope 1, ...]}``;
    a phase's totals and the breakdowns are sums of these few rows. The pass classes each dossier
    once per scope (finished early / on time / late, open in time / overdue, no deadline), then
    SQL counts the dossiers of each combination: a campaign report asks for every phase and the
    whole campaign, per unit and per officer, and one scan of a million dossiers costs far less
    than one per figure.
    """
    if not scopes:
        return []
    params: dict[str, Any] = {}
    columns: list[str] = []
    reached: list[str] = []
    for i, scope in enumerate(scopes):
        params[f"a{i}"], params[f"b{i}"] = scope.start.isoformat(), scope.end.isoformat()
        reached.append(
            f"(d.received_on <= :b{i} AND (d.finish_on IS NULL OR d.finish_on >= :a{i}))"
        )
        columns.append(f"{_class(i, _focus(scope, i, params))} AS s{i}")
        columns.append(f"coalesce(d.received_on BETWEEN :a{i} AND :b{i}, 0) AS r{i}")
    keys = ", ".join(["unit", "officer", "online", *(f"s{i}, r{i}" for i in range(len(scopes)))])
    sql = f"""
      SELECT d.unit AS unit, d.officer AS officer, coalesce(d.channel = 'online', 0) AS online,
             {", ".join(columns)}, count(*) AS n
      FROM dossiers d
      WHERE d.state NOT IN ('withdrawn', 'not_received') AND ({" OR ".join(reached)})
      GROUP BY {keys}
    """
    groups: dict[tuple[str | None, str | None], list[dict[str, int]]] = {}
    for row in conn.execute(sql, params):
        counts = groups.setdefault(
            (row["unit"], row["officer"]), [dict.fromkeys(COUNT_KEYS, 0) for _ in scopes]
        )
        n = int(row["n"])
        for i, scope_counts_ in enumerate(counts):
            kind = row[f"s{i}"]
            if kind is not None:
                scope_counts_[_COUNTED_AS[kind]] += n
                if kind in FINISHED:
                    scope_counts_["finished"] += n
            if row[f"r{i}"]:
                scope_counts_["received"] += n
                if row["online"]:
                    scope_counts_["online"] += n
    return [
        {"unit": unit, "officer": officer, "scopes": counts}
        for (unit, officer), counts in groups.items()
    ]


def without_deadline(conn: sqlite3.Connection, scope: Scope, limit: int) -> list[str]:
    """The first ``limit`` codes of dossiers in scope with no deadline at all, for a warning."""
    from thidua_cli.store import queries

    return [str(r["code"]) for r in queries.without_deadline(conn, scope.start, scope.end, limit)]


def late_dossiers(conn: sqlite3.Connection, start: date, end: date) -> list[dict[str, Any]]:
    """Dossiers finished late in [start, end] or open and overdue at ``end``, by officer.

    Each is a dossier of ``queries.list_dossiers`` classified at ``end`` (status, working days
    late, apology).
    """
    from thidua_cli.store.queries import DOSSIER_COLUMNS, dossier_rows, ordinal

    params = {
        "a": start.isoformat(),
        "as_of": end.isoformat(),
        "as_of_ord": ordinal(conn, end),
    }
    sql = f"""
      SELECT * FROM (
        SELECT {DOSSIER_COLUMNS} FROM dossiers d
        WHERE d.state NOT IN ('withdrawn', 'not_received') AND d.due_date IS NOT NULL
          AND d.received_on <= :as_of AND (d.finish_on IS NULL OR d.finish_on >= :a))
      WHERE status IN ('late', 'overdue')
      ORDER BY officer IS NULL, officer COLLATE vi_name, due_date, code
    """
    return dossier_rows(conn.execute(sql, params))
