"""The kinds of files ``thidua import`` reads: each one's row checker and destination table."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import Any

from thidua_cli.ingest.rows import RowChecker
from thidua_cli.pipeline import ImportKind, ImportResult


def _dossier_builder(conn: sqlite3.Connection) -> Callable[[RowChecker], tuple[Any, ...] | None]:
    from thidua_cli.ingest.dossiers import DossierBuilder
    from thidua_cli.store.reference import deadline_resolver

    return DossierBuilder(deadline_resolver(conn))


def _procedure_builder(conn: sqlite3.Connection) -> Callable[[RowChecker], tuple[Any, ...] | None]:
    from thidua_cli.ingest.procedures import ProcedureBuilder

    return ProcedureBuilder()


def _refresh_all_deadlines(conn: sqlite3.Connection, result: ImportResult) -> None:
    from thidua_cli.store.reference import refresh_deadlines

    if result.inserted or result.updated:
        moved = refresh_deadlines(conn)
        if moved:
            result.warnings.append(("import.deadlines_moved", {"count": moved}))


def _dossier_fields() -> tuple[str, ...]:
    from thidua_cli.ingest.dossiers import FIELDS

    return FIELDS


def _procedure_fields() -> tuple[str, ...]:
    from thidua_cli.ingest.procedures import FIELDS

    return FIELDS


def kind(name: str) -> ImportKind:
    """The import kind called ``name`` (the subcommand of ``thidua import``)."""
    if name == "dossiers":
        return ImportKind(
            name="dossiers",
            spec_name="DOSSIERS",
            make_builder=_dossier_builder,
            table="dossiers",
            fields=_dossier_fields(),
            key=("code",),
        )
    if name == "procedures":
        return ImportKind(
            name="procedures",
            spec_name="PROCEDURES",
            make_builder=_procedure_builder,
            table="procedures",
            fields=_procedure_fields(),
            key=("name_key",),
            after_write=_refresh_all_deadlines,
        )
    raise KeyError(name)
