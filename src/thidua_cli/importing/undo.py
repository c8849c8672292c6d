"""Undoing an import, and keeping right what other tables derive from the rows it restored."""

from __future__ import annotations

import sqlite3

from thidua_cli.importing import kinds
from thidua_cli.importing.kind import Notice, Upkeep
from thidua_cli.store.imports import UndoResult, undo_import


def undo(conn: sqlite3.Connection, import_id: int) -> tuple[UndoResult, list[Notice]]:
    """Revert import ``import_id`` in the caller's transaction; the upkeep's notices with it."""
    done = undo_import(conn, import_id)
    upkeep: list[Upkeep] = []
    for table in done.tables:
        for kind in kinds.by_table(table):
            for step in (*kind.upkeep, *kind.upkeep_after_undo):
                if step not in upkeep:
                    upkeep.append(step)
    notices: list[Notice] = []
    for step in upkeep:
        notices.extend(step(conn))
    return done, notices
