"""Procedures, settings and deadline upkeep: the reference data every deadline depends on."""

from __future__ import annotations

import sqlite3
from datetime import time
from typing import TYPE_CHECKING

from thidua_cli.domain.office import OFFICE_KEYS, Office, split_recipients
from thidua_cli.errors import UsageError

if TYPE_CHECKING:
    from thidua_cli.domain.resolver import DeadlineResolver, ProcedureIndex

SETTINGS: dict[str, tuple[str, ...]] = {
    # How a supplement request moves a computed deadline (domain.md, "Deadlines").
    "supplement_policy": ("restart", "extend"),
}
DEFAULTS = {"supplement_policy": "restart"}
# Settings that hold any text (the office's identity on its papers); empty by default.
TEXT_SETTINGS = OFFICE_KEYS
# Settings a deadline depends on: changing one recomputes the stored deadlines.
DEADLINE_SETTINGS = frozenset({"supplement_policy"})


def get_setting(conn: sqlite3.Connection, key: str) -> str:
    row = conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
    return str(row[0]) if row else DEFAULTS.get(key, "")


def set_setting(conn: sqlite3.Connection, key: str, value: str) -> str:
    """Store ``value`` for ``key``; returns the value as stored (a text setting is NFC with its
    spaces tidied; an empty one is removed, so it reads as not set)."""
    if key in TEXT_SETTINGS:
        from thidua_cli.text.normalize import nfc

        value = " ".join(nfc(value).split())
        if key == "recipients":
            value = "; ".join(split_recipients(value))
        if not value:
            conn.execute("DELETE FROM settings WHERE key = ?", (key,))
            return value
    elif key not in SETTINGS:
        known = ", ".join([*SETTINGS, *TEXT_SETTINGS])
        raise UsageError("config.unknown_key", key=key, keys=known)
    elif value not in SETTINGS[key]:
        raise UsageError("config.bad_value", key=key, value=value, values=", ".join(SETTINGS[key]))
    conn.execute(
        "INSERT INTO settings (key, value) VALUES (?, ?) "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (key, value),
    )
    return value


def all_settings(conn: sqlite3.Connection) -> dict[str, str]:
    return {key: get_setting(conn, key) for key in (*SETTINGS, *TEXT_SETTINGS)}


def office(conn: sqlite3.Connection) -> Office:
    """The office's identity for the headers and signature blocks of its papers."""
    return Office.from_settings({key: get_setting(conn, key) for key in OFFICE_KEYS})


def procedure_index(conn: sqlite3.Connection) -> ProcedureIndex:
    from thidua_cli.domain.deadlines import Procedure
    from thidua_cli.domain.resolver import ProcedureIndex

    by_code: dict[str, Procedure] = {}
    by_key: dict[str, Procedure] = {}
    for code, key, days, cutoff in conn.execute(
        "SELECT code, name_key, days, cutoff FROM procedures"
    ):
        procedure = Procedure(days=days, cutoff=time.fromisoformat(cutoff) if cutoff else None)
        if code:
            by_code[code] = procedure
        by_key[key] = procedure
    return ProcedureIndex(by_code=by_code, by_key=by_key)


def deadline_resolver(conn: sqlite3.Connection) -> DeadlineResolver:
    """Everything a deadline depends on, read once; call inside the import's transaction."""
    from thidua_cli.domain.resolver import DeadlineResolver
    from thidua_cli.store.calendar import ensure_workdays, stored_calendar

    ensure_workdays(conn)
    policy = get_setting(conn, "supplement_policy")
    return DeadlineResolver(
        stored_calendar(conn),
        procedure_index(conn),
        policy="extend" if policy == "extend" else "restart",
    )


def refresh_deadlines(conn: sqlite3.Connection) -> int:
    """Recompute every stored deadline after the calendar, procedures or policy changed.

    Returns the number of dossiers whose deadline moved. Runs in the caller's transaction.
    """
    resolve = deadline_resolver(conn)
    changed: list[tuple[str | None, str | None, int]] = []
    total = 0
    cursor = conn.execute(
        "SELECT id, due_recorded, received_at, procedure_code, procedure_key, "
        "supplement_requested_at, supplement_received_at, due_date, due_source FROM dossiers"
    )
    while True:
        rows = cursor.fetchmany(10_000)
        if not rows:
            break
        for row in rows:
            due, source = resolve(row[1], row[2], row[3], row[4], row[5], row[6])
            if due != row[7] or source != row[8]:
                changed.append((due, source, row[0]))
        if len(changed) >= 10_000:
            total += _apply(conn, changed)
            changed = []
    return total + _apply(conn, changed)


def _apply(conn: sqlite3.Connection, changed: list[tuple[str | None, str | None, int]]) -> int:
    conn.executemany("UPDATE dossiers SET due_date = ?, due_source = ? WHERE id = ?", changed)
    return len(changed)
