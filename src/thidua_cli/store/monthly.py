"""Aggregates of the monthly batch that no other report computes: the week-by-week results."""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta
from typing import Any


def weekly_results(conn: sqlite3.Connection, start: date, end: date) -> list[dict[str, Any]]:
    """Dossiers finished in [start, end], per week (Monday to Sunday): early, on time, late.

    The same dossiers as form 06's column (7): with a deadline, neither withdrawn nor refused
    at the desk, finished within the period; so the weeks add up to the form's total. Weeks are
    numbered from 0, the week holding ``start``; a week without any finished dossier is absent.
    """
    monday = start - timedelta(days=start.weekday())
    sql = """
      SELECT CAST((julianday(d.finish_on) - julianday(:monday)) / 7 AS INTEGER) AS week,
             count(*) AS finished,
             sum(d.finish_on < d.due_date) AS early,
             sum(d.finish_on = d.due_date) AS on_time,
             sum(d.finish_on > d.due_date) AS late
      FROM dossiers d
      WHERE d.finish_on BETWEEN :a AND :b
        AND d.due_date IS NOT NULL
        AND d.state NOT IN ('withdrawn', 'not_received')
      GROUP BY week
      ORDER BY week
    """
    params = {"monday": monday.isoformat(), "a": start.isoformat(), "b": end.isoformat()}
    return [
        {key: int(row[key] or 0) for key in ("week", "finished", "early", "on_time", "late")}
        for row in conn.execute(sql, params)
    ]
