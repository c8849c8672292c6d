"""Survey answers: who a survey row is about, and the satisfaction aggregates, all in SQL.

A rating is on the five-level scale (5 best); satisfied means 4 or 5 ("Hài lòng" or better), so
"Bình thường" counts as an answer but not as satisfied.
"""

from __future__ import annotations

import sqlite3
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

# What a grouping reads; procedure and channel come from the answer's dossier.
GROUPS = {
    "officer": "s.officer",
    "unit": "s.unit",
    "procedure": "d.procedure",
    "channel": "d.channel",
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
    left without an officer (none written, and none from a dossier)."""
    row = conn.execute(
        """
        SELECT
          coalesce(sum(s.dossier_code IS NOT NULL AND s.unit IS NULL
                       AND NOT EXISTS (SELECT 1 FROM dossiers d WHERE d.code = s.dossier_code)), 0),
          coalesce(sum(s.officer IS NULL), 0)
        FROM surveys s WHERE s.import_id = ?
        """,
        (import_id,),
    ).fetchone()
    return int(row[0]), int(row[1])


def _period(start: date | None, end: date | None) -> tuple[str, dict[str, Any]]:
    clauses = ["1"]
    params: dict[str, Any] = {}
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
    conn: sqlite3.Connection, start: date | None = None, end: date | None = None
) -> dict[str, Any]:
    """Answers, satisfied and the count at each level, for answers dated in [start, end]."""
    where, params = _period(start, end)
    row = conn.execute(f"SELECT {_COUNTS} FROM surveys s WHERE {where}", params).fetchone()
    return _counts(row)


def satisfaction_by(
    conn: sqlite3.Connection, by: str, start: date | None = None, end: date | None = None
) -> list[dict[str, Any]]:
    """The counts of ``satisfaction_total`` per officer, unit, procedure or channel.

    Each row's ``group`` is None for answers whose group is unknown (no officer, or no dossier).
    """
    expression = GROUPS.get(by)
    if expression is None:
        raise UsageError("report.bad_group", value=by, allowed=", ".join(GROUPS))
    where, params = _period(start, end)
    join = (
        "LEFT JOIN dossiers d ON d.code = s.dossier_code" if by in ("procedure", "channel") else ""
    )
    sql = f"""
      SELECT {expression} AS grp, {_COUNTS}
      FROM surveys s {join}
      WHERE {where}
      GROUP BY grp ORDER BY grp IS NULL, grp COLLATE {"vi_name" if by == "officer" else "vi"}
    """
    return [{"group": row["grp"], **_counts(row)} for row in conn.execute(sql, params)]


def unsatisfied_comments(
    conn: sqlite3.Connection, start: date | None = None, end: date | None = None
) -> list[dict[str, Any]]:
    """The comments left with answers that are not satisfied (3 or below), oldest first."""
    where, params = _period(start, end)
    sql = f"""
      SELECT s.answered_on AS date, s.officer AS officer, s.unit AS unit,
             s.dossier_code AS dossier_code, s.rating AS rating, s.comment AS comment
      FROM surveys s
      WHERE {where} AND s.rating < {SATISFIED_FROM} AND coalesce(s.comment, '') <> ''
      ORDER BY s.answered_on, s.officer, s.id
    """
    return [dict(row) for row in conn.execute(sql, params)]
