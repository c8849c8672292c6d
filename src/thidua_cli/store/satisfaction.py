"""Survey answers: who a survey row is about, and the satisfaction aggregates, all in SQL.

A rating is on the five-level scale (5 best); satisfied means 4 or 5 ("Hài lòng" or better), so
"Bình thường" counts as an answer but not as satisfied.

An answer stores the officer its file wrote. Who it counts for is resolved when it is read
(``ATTRIBUTED``): that officer, else its dossier's; the dossier's unit, else the unit the roster
gives that officer. An answer imported before its dossier therefore counts as soon as the dossier
arrives, and an import pays no lookup per answer.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from datetime import date
from typing import Any

from thidua_cli.errors import UsageError

SATISFIED_FROM = 4
LEVELS = (
    (5, "very_satisfied"),
    (4, "satisfied"),
    (3, "neutral"),
    (2, "dissatisfied"),
    (1, "very_dissatisfied"),
)

# The answers with who they count for: ``FROM {ATTRIBUTED}`` names the answer ``s``, its dossier
# ``d`` (when stored) and its officer's roster entry ``r``; ``WHO`` and ``UNIT_OF`` read them.
ATTRIBUTED = """surveys s
  LEFT JOIN dossiers d ON d.code = s.dossier_code
  LEFT JOIN staff r ON r.name = coalesce(s.officer, d.officer)"""
WHO = "coalesce(s.officer, d.officer)"
UNIT_OF = "coalesce(d.unit, r.unit)"

# What a grouping reads; procedure and channel come from the answer's dossier.
GROUPS = {
    "officer": WHO,
    "unit": UNIT_OF,
    "procedure": "d.procedure",
    "channel": "d.channel",
    "question": "s.question",
}

_COUNTS = ", ".join(
    [
        "count(*) AS answers",
        f"coalesce(sum(s.rating >= {SATISFIED_FROM}), 0) AS satisfied",
        *(f"coalesce(sum(s.rating = {level}), 0) AS level_{level}" for level, _ in LEVELS),
    ]
)


def unlinked_answers(conn: sqlite3.Connection, import_id: int) -> tuple[int, int]:
    """Of the answers an import wrote: those naming a dossier that is not stored, and those
    left without an officer (none written, and none from a dossier).

    The first looks only in the dossier codes' index; only answers without a written officer
    read their dossier's row.
    """
    row = conn.execute(
        """
        SELECT
          coalesce(sum(CASE WHEN s.dossier_code IS NOT NULL THEN NOT EXISTS (
                         SELECT 1 FROM dossiers d WHERE d.code = s.dossier_code) END), 0),
          coalesce(sum(CASE WHEN s.officer IS NULL THEN (
                         SELECT d.officer FROM dossiers d WHERE d.code = s.dossier_code) IS NULL
                       END), 0)
        FROM surveys s
        WHERE s.import_id = ?
        """,
        (import_id,),
    ).fetchone()
    return int(row[0]), int(row[1])


def questions(
    conn: sqlite3.Connection, start: date | None = None, end: date | None = None
) -> list[str | None]:
    """The questions the answers dated in [start, end] rate (None for answers naming none)."""
    where, params = _period(start, end)
    sql = f"SELECT DISTINCT s.question FROM surveys s WHERE {where} ORDER BY s.question"
    return [row[0] for row in conn.execute(sql, params)]


def question_clause(only: Sequence[str | None] | None) -> tuple[str, dict[str, Any]]:
    """SQL keeping the answers ``s`` that rate one of the questions ``only`` lists (None in it
    stands for the answers naming no question); every answer when ``only`` is None."""
    if only is None:
        return "1", {}
    named = [q for q in only if q is not None]
    params = {f"question{n}": q for n, q in enumerate(named)}
    either = []
    if named:
        either.append(f"s.question IN ({', '.join(':' + name for name in params)})")
    if None in only:
        either.append("s.question IS NULL")
    return (f"({' OR '.join(either)})" if either else "0"), params


def _period(
    start: date | None, end: date | None, only: Sequence[str | None] | None = None
) -> tuple[str, dict[str, Any]]:
    """The WHERE clause of the answers dated in [start, end], of the questions ``only`` lists."""
    clause, params = question_clause(only)
    clauses = [clause]
    if start is not None:
        clauses.append("s.answered_on >= :start")
        params["start"] = start.isoformat()
    if end is not None:
        clauses.append("s.answered_on <= :end")
        params["end"] = end.isoformat()
    return " AND ".join(clauses), params


def _counts(row: sqlite3.Row) -> dict[str, Any]:
    return {
        "answers": int(row["answers"]),
        "satisfied": int(row["satisfied"]),
        "levels": {name: int(row[f"level_{level}"]) for level, name in LEVELS},
    }


def satisfaction_total(
    conn: sqlite3.Connection,
    start: date | None = None,
    end: date | None = None,
    only: Sequence[str | None] | None = None,
) -> dict[str, Any]:
    """Answers, satisfied and the count at each level, for answers dated in [start, end]
    (of the questions ``only`` lists, when given)."""
    where, params = _period(start, end, only)
    row = conn.execute(f"SELECT {_COUNTS} FROM surveys s WHERE {where}", params).fetchone()
    return _counts(row)


def satisfaction_by(
    conn: sqlite3.Connection,
    by: str,
    start: date | None = None,
    end: date | None = None,
    only: Sequence[str | None] | None = None,
) -> list[dict[str, Any]]:
    """The counts of ``satisfaction_total`` per officer, unit, procedure, channel or question.

    Each row's ``group`` is None for answers whose group is unknown (no officer, or no dossier).
    """
    expression = GROUPS.get(by)
    if expression is None:
        raise UsageError("report.bad_group", value=by, allowed=", ".join(GROUPS))
    where, params = _period(start, end, only)
    sql = f"""
      SELECT {expression} AS grp, {_COUNTS}
      FROM {ATTRIBUTED}
      WHERE {where}
      GROUP BY grp ORDER BY grp IS NULL, grp COLLATE {"vi_name" if by == "officer" else "vi"}
    """
    return [{"group": row["grp"], **_counts(row)} for row in conn.execute(sql, params)]


def unsatisfied_comments(
    conn: sqlite3.Connection,
    start: date | None = None,
    end: date | None = None,
    only: Sequence[str | None] | None = None,
) -> list[dict[str, Any]]:
    """The comments left with answers that are not satisfied (3 or below), oldest first."""
    where, params = _period(start, end, only)
    sql = f"""
      SELECT s.answered_on AS date, {WHO} AS officer, {UNIT_OF} AS unit,
             s.dossier_code AS dossier_code, s.question AS question, s.rating AS rating,
             s.comment AS comment
      FROM {ATTRIBUTED}
      WHERE {where} AND s.rating < {SATISFIED_FROM} AND coalesce(s.comment, '') <> ''
      ORDER BY s.answered_on, officer, s.id
    """
    return [dict(row) for row in conn.execute(sql, params)]
