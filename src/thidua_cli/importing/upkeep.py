"""Hooks several kinds share: deadlines kept right, officers checked against the roster."""

from __future__ import annotations

import sqlite3
from typing import Any

from thidua_cli.importing.kind import Notice, Run


def refresh_deadlines(conn: sqlite3.Connection) -> list[Notice]:
    """Every computed deadline again, after procedures or dossiers changed behind them."""
    from thidua_cli.store.reference import refresh_deadlines as refresh

    moved = refresh(conn)
    return [("import.deadlines_moved", {"count": moved})] if moved else []


def refresh_owner_kinds(conn: sqlite3.Connection) -> list[Notice]:
    """Whether each initiative's owner is an officer or a unit, after the roster changed."""
    from thidua_cli.store.emulation import refresh_owner_kinds as refresh

    refresh(conn)
    return []


def officers_named(rows: list[dict[str, Any]]) -> str:
    return ", ".join(f"{r['name']} ({r['dossiers']}/{r['answers']})" for r in rows)


def warn_officers_not_on_roster(run: Run) -> None:
    """The officers this import's rows name that nobody on the roster is."""
    from thidua_cli.store.emulation import officers_not_on_roster

    if not run.outcome.changed:
        # It wrote no row (a re-import of an unchanged export): no need to read the table's.
        return
    unknown = officers_not_on_roster(run.conn, import_id=run.import_id)
    if unknown:
        run.warn("staff.not_on_roster", count=len(unknown), names=officers_named(unknown))
