"""The figures behind award candidates, per officer and per unit, over a campaign's span.

Dossiers count by the form-06 rules (``store.queries.form06``) over the whole campaign: received on
or before its end, finished within it or still open at its end; withdrawn and never-received ones
are left out, and so are those without a deadline unless they wait for the applicant's supplement
(open and in time). Survey answers, complaints and initiatives count by their own dates.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from datetime import date
from typing import Any

from thidua_cli.domain.awards import Facts
from thidua_cli.domain.campaign import rate
from thidua_cli.store.emulation import RECOGNIZED_AT, REGISTERED_AT, REJECTED_AT
from thidua_cli.store.satisfaction import ATTRIBUTED, UNIT_OF, WHO, question_clause
from thidua_cli.store.status import COUNTED, FINISHED, in_sql, status_sql

# The campaign's dossiers with their status at its end (``store.status``), those without any
# deadline left out.
_SCOPED = f"""
  SELECT officer, unit, status FROM (
    SELECT d.officer AS officer, COALESCE(d.unit, s.unit) AS unit, {status_sql(":end")} AS status
    FROM dossiers d LEFT JOIN staff s ON s.name = d.officer
    WHERE d.received_on <= :end AND (d.finish_on IS NULL OR d.finish_on >= :start))
  WHERE status IN {in_sql(COUNTED)}
"""

_DOSSIER_FIGURES = f"""
  count(*) AS handled,
  sum(status IN {in_sql(FINISHED)}) AS finished,
  sum(status = 'early') AS early,
  sum(status = 'on_time') AS on_time,
  sum(status IN ('late', 'overdue')) AS late
"""

# Satisfied = rating 4 or 5 of 5; who an answer counts for is ``store.satisfaction``'s rule.
# ``{questions}`` is the clause that keeps the answers of the questions an award rule names.
_ANSWERS = f"""
  SELECT {WHO} AS officer, {UNIT_OF} AS unit, s.rating >= 4 AS satisfied
  FROM {ATTRIBUTED}
  WHERE s.answered_on BETWEEN :start AND :end AND {{questions}}
"""

_INDIVIDUALS = f"""
  WITH scoped AS ({_SCOPED}),
  dossier_figures AS (SELECT officer, {_DOSSIER_FIGURES} FROM scoped GROUP BY officer),
  answer_figures AS (
    SELECT officer, count(*) AS answers, sum(satisfied) AS satisfied
    FROM ({_ANSWERS}) GROUP BY officer
  ),
  upheld AS (
    SELECT officer, count(*) AS upheld FROM complaints
    WHERE outcome = 'upheld' AND date BETWEEN :start AND :end GROUP BY officer
  ),
  owned AS (
    SELECT i.owner AS officer, sum({REGISTERED_AT}) AS registered,
           sum({RECOGNIZED_AT}) AS recognized, sum({REJECTED_AT}) AS rejected
    FROM initiatives i WHERE i.owner_kind = 'officer' GROUP BY i.owner
  )
  SELECT s.name AS name, s.unit AS unit, s.title AS title,
         COALESCE(f.handled, 0) AS handled, COALESCE(f.finished, 0) AS finished,
         COALESCE(f.early, 0) AS early, COALESCE(f.on_time, 0) AS on_time,
         COALESCE(f.late, 0) AS late,
         COALESCE(a.answers, 0) AS answers, COALESCE(a.satisfied, 0) AS satisfied,
         COALESCE(u.upheld, 0) AS upheld,
         COALESCE(o.registered, 0) AS registered, COALESCE(o.recognized, 0) AS recognized,
         COALESCE(o.rejected, 0) AS rejected
  FROM staff s
  LEFT JOIN dossier_figures f ON f.officer = s.name
  LEFT JOIN answer_figures a ON a.officer = s.name
  LEFT JOIN upheld u ON u.officer = s.name
  LEFT JOIN owned o ON o.officer = s.name
  WHERE s.active = 1
  ORDER BY s.unit COLLATE vi, s.name COLLATE vi_name
"""

_UNITS = f"""
  WITH scoped AS ({_SCOPED}),
  candidates AS (SELECT DISTINCT unit FROM staff WHERE active = 1),
  dossier_figures AS (SELECT unit, {_DOSSIER_FIGURES} FROM scoped GROUP BY unit),
  answer_figures AS (
    SELECT unit, count(*) AS answers, sum(satisfied) AS satisfied
    FROM ({_ANSWERS}) GROUP BY unit
  ),
  upheld AS (
    SELECT s.unit AS unit, count(DISTINCT s.name) AS members
    FROM staff s JOIN complaints c ON c.officer = s.name
    WHERE c.outcome = 'upheld' AND c.date BETWEEN :start AND :end
    GROUP BY s.unit
  ),
  owned AS (
    SELECT i.owner AS unit, sum({REGISTERED_AT}) AS registered,
           sum({RECOGNIZED_AT}) AS recognized, sum({REJECTED_AT}) AS rejected
    FROM initiatives i WHERE i.owner_kind = 'unit' GROUP BY i.owner
  )
  SELECT c.unit AS name,
         COALESCE(f.handled, 0) AS handled, COALESCE(f.finished, 0) AS finished,
         COALESCE(f.early, 0) AS early, COALESCE(f.on_time, 0) AS on_time,
         COALESCE(f.late, 0) AS late,
         COALESCE(a.answers, 0) AS answers, COALESCE(a.satisfied, 0) AS satisfied,
         COALESCE(u.members, 0) AS upheld,
         COALESCE(o.registered, 0) AS registered, COALESCE(o.recognized, 0) AS recognized,
         COALESCE(o.rejected, 0) AS rejected
  FROM candidates c
  LEFT JOIN dossier_figures f ON f.unit = c.unit
  LEFT JOIN answer_figures a ON a.unit = c.unit
  LEFT JOIN upheld u ON u.unit = c.unit
  LEFT JOIN owned o ON o.unit = c.unit
  ORDER BY c.unit COLLATE vi
"""


def _values(row: sqlite3.Row, complaints_key: str) -> dict[str, float | int | None]:
    finished = int(row["finished"])
    handled = int(row["handled"])
    return {
        "dossiers_handled": handled,
        # No dossier at all: no data, as in the compliance report ("none late" of nothing).
        "late_count": int(row["late"]) if handled else None,
        "on_time_rate": rate(int(row["early"]) + int(row["on_time"]), finished),
        "early_share": rate(int(row["early"]), finished),
        "satisfaction_rate": rate(int(row["satisfied"]), int(row["answers"])),
        complaints_key: int(row["upheld"]),
        "initiatives_registered": int(row["registered"]),
        "initiatives_recognized": int(row["recognized"]),
        # Not a criterion: says why "registered none" when something was, and was rejected.
        "initiatives_rejected": int(row["rejected"]),
    }


def _params(start: date, end: date) -> dict[str, str]:
    return {"start": start.isoformat(), "end": end.isoformat()}


def _with_questions(
    sql: str, start: date, end: date, only: Sequence[str | None] | None
) -> tuple[str, dict[str, str]]:
    clause, params = question_clause(only)
    return sql.replace("{questions}", clause), {**_params(start, end), **params}


def individual_facts(
    conn: sqlite3.Connection,
    start: date,
    end: date,
    only: Sequence[str | None] | None = None,
) -> list[Facts]:
    """Every officer in post on the roster, with the figures the individual criteria name;
    satisfaction from the answers to the questions ``only`` lists, when given."""
    return [
        Facts(
            name=row["name"],
            unit=row["unit"],
            title=row["title"],
            values=_values(row, "upheld_complaints"),
            answers=int(row["answers"]),
        )
        for row in conn.execute(*_with_questions(_INDIVIDUALS, start, end, only))
    ]


def unit_facts(
    conn: sqlite3.Connection,
    start: date,
    end: date,
    only: Sequence[str | None] | None = None,
) -> list[Facts]:
    """Every unit with someone in post, with the figures the unit criteria name."""
    return [
        Facts(
            name=row["name"],
            values=_values(row, "members_with_upheld_complaints"),
            answers=int(row["answers"]),
        )
        for row in conn.execute(*_with_questions(_UNITS, start, end, only))
    ]


def officers_left_out(conn: sqlite3.Connection, start: date, end: date) -> list[dict[str, Any]]:
    """Officers with dossiers in the campaign who are not candidates: not on the roster (``reason``
    ``not_on_roster``) or no longer in post (``inactive``). Empty without a roster."""
    sql = f"""
      SELECT sc.officer AS name, count(*) AS dossiers,
             CASE WHEN s.name IS NULL THEN 'not_on_roster' ELSE 'inactive' END AS reason
      FROM ({_SCOPED}) sc LEFT JOIN staff s ON s.name = sc.officer
      WHERE sc.officer IS NOT NULL AND (s.name IS NULL OR s.active = 0)
        AND EXISTS (SELECT 1 FROM staff)
      GROUP BY sc.officer ORDER BY reason, sc.officer COLLATE vi_name
    """
    return [dict(row) for row in conn.execute(sql, _params(start, end))]
