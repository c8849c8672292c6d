"""Aggregates of the monthly batch that no other report computes: the week-by-week results."""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta
from typing import Any

from thidua_cli.store.status import FINISHED, in_sql, status_sql


def weekly_results(conn: sqlite3.Connection, start: date, end: date) -> list[dict[str, Any]]:
    """Dossiers finished in [start, end], per week (Monday to Sunday): early, on time, late.

    The same dossiers as form 06's column (7): with a deadline, neither withdrawn nor refused
    at the desk, finished within the period; so the weeks add up to the form's total. Weeks are
    numbered from 0, the week holding ``start``; a week without any finished dossier is absent.
    """
    monday = start - timedelta(days=start.weekday())
    sql = f"""
      SELECT week, count(*) AS finished, sum(status = 'early') AS early,
             sum(status = 'on_time') AS on_time, sum(status = 'late') AS late
      FROM (SELECT CAST((julianday(d.finish_on) - julianday(:monday)) / 7 AS INTEGER) AS week,
                   {status_sql(":b")} AS status
            FROM dossiers d WHERE d.finish_on BETWEEN :a AND :b)
      WHERE status IN {in_sql(FINISHED)}
      GROUP BY week
      ORDER BY week
    """
    params = {"monday": monday.isoformat(), "a": start.isoformat(), "b": end.isoformat()}
    return [
        {key: int(row[key] or 0) for key in ("week", "finished", "early", "on_time", "late")}
        for row in conn.execute(sql, params)
    ]
