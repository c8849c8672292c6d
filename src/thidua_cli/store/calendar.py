"""The working-day calendar as a table, and the user's overrides.

``workdays`` holds one row per day from ``FIRST_YEAR`` to ``LAST_YEAR`` with a running working-day
ordinal, so SQL can count working days with a join. It is rebuilt from the domain calendar whenever
its inputs change (the overrides, the shipped swaps, the ``holidays`` package version); a stamp in
``meta`` records which inputs built it.
"""

from __future__ import annotations

import hashlib
import sqlite3
from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from thidua_cli.domain.calendar import Override, WorkingCalendar

FIRST_YEAR = 2000
LAST_YEAR = 2050
STAMP_KEY = "calendar_stamp"


def overrides(conn: sqlite3.Connection) -> list[Override]:
    from thidua_cli.domain.calendar import Override

    return [
        Override(date.fromisoformat(r[0]), r[1], r[2])
        for r in conn.execute("SELECT day, kind, note FROM calendar_overrides ORDER BY day")
    ]


def set_override(conn: sqlite3.Connection, day: date, kind: str, note: str) -> None:
    conn.execute(
        "INSERT INTO calendar_overrides (day, kind, note) VALUES (?, ?, ?) "
        "ON CONFLICT (day) DO UPDATE SET kind = excluded.kind, note = excluded.note",
        (day.isoformat(), kind, note),
    )


def unset_override(conn: sqlite3.Connection, day: date) -> bool:
    cursor = conn.execute("DELETE FROM calendar_overrides WHERE day = ?", (day.isoformat(),))
    return cursor.rowcount > 0


def _stamp(user: list[Override]) -> str:
    from importlib.metadata import version

    from thidua_cli.domain.calendar import KNOWN_OVERRIDES

    digest = hashlib.sha256()
    digest.update(version("holidays").encode())
    for o in (*KNOWN_OVERRIDES, *user):
        digest.update(f"{o.day.isoformat()}|{o.kind}|{o.note}\n".encode())
    return digest.hexdigest()


def build_calendar(conn: sqlite3.Connection) -> WorkingCalendar:
    from thidua_cli.domain.calendar import WorkingCalendar

    return WorkingCalendar.from_years(range(FIRST_YEAR, LAST_YEAR + 1), overrides(conn))


def ensure_workdays(conn: sqlite3.Connection) -> bool:
    """Rebuild ``workdays`` when its inputs changed; True when it was rebuilt.

    Runs inside the caller's transaction, or in one of its own when the caller has none: a read-only
    command (``check`` on a new database) may be the first to need the table while another process
    builds it, and a rebuild split over many autocommitted statements would collide with that one.
    """
    if conn.in_transaction:
        return _ensure_workdays(conn)
    from thidua_cli.store.db import transaction

    with transaction(conn):
        return _ensure_workdays(conn)


def _ensure_workdays(conn: sqlite3.Connection) -> bool:
    stamp = _stamp(overrides(conn))
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (STAMP_KEY,)).fetchone()
    if row is not None and row[0] == stamp:
        return False
    calendar = build_calendar(conn)
    conn.execute("DELETE FROM workdays")
    conn.executemany(
        "INSERT INTO workdays (day, working, ordinal) VALUES (?, ?, ?)",
        (
            (d.isoformat(), 1 if working else 0, ordinal)
            for d, working, ordinal in calendar.ordinals(
                date(FIRST_YEAR, 1, 1), date(LAST_YEAR, 12, 31)
            )
        ),
    )
    conn.execute(
        "INSERT INTO meta (key, value) VALUES (?, ?) "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (STAMP_KEY, stamp),
    )
    return True


def stored_calendar(conn: sqlite3.Connection) -> WorkingCalendar:
    """The calendar the deadlines were computed with, read back from ``workdays`` (no lunar maths)."""
    from thidua_cli.domain.calendar import WorkingCalendar

    days_off: list[date] = []
    make_up: list[date] = []
    for day, working in conn.execute(
        "SELECT day, working FROM workdays WHERE (working = 0) = (strftime('%w', day) NOT IN "
        "('0', '6'))"
    ):
        (make_up if working else days_off).append(date.fromisoformat(day))
    return WorkingCalendar(days_off=days_off, working_days=make_up)
