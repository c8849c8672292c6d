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


def _survey_kind(scale: int) -> ImportKind:
    """Survey answers; numeric ratings are read on a scale of ``scale`` levels."""
    from thidua_cli.ingest.surveys import FIELDS, SurveyBuilder

    # The builder is made once the database is open; the hook afterwards reads what it counted.
    made: list[SurveyBuilder] = []

    def make(conn: sqlite3.Connection) -> Callable[[RowChecker], tuple[Any, ...] | None]:
        made.append(SurveyBuilder(scale))
        return made[-1]

    def after(conn: sqlite3.Connection, result: ImportResult) -> None:
        from thidua_cli.store.satisfaction import unlinked_answers

        assert result.import_id is not None
        unknown, without_officer = unlinked_answers(conn, result.import_id)
        if unknown:
            result.warnings.append(("survey.unknown_dossiers", {"count": unknown}))
        if without_officer:
            result.warnings.append(("survey.without_officer", {"count": without_officer}))
        builder = made[-1]
        if builder.repeated:
            result.warnings.append(("survey.repeated", {"count": builder.repeated}))
        _warn_officers_not_on_roster(conn, result)

    return ImportKind(
        name="surveys",
        spec_name="SURVEYS",
        make_builder=make,
        table="surveys",
        fields=FIELDS,
        key=("survey_key",),
        after_write=after,
    )


def kind(name: str, *, scale: int = 5) -> ImportKind:
    """The import kind called ``name`` (the subcommand of ``thidua import``).

    ``scale`` is the number of levels of a survey file's numeric ratings (5, 4 or 3).
    """
    if name == "dossiers":
        return ImportKind(
            name="dossiers",
            spec_name="DOSSIERS",
            make_builder=_dossier_builder,
            table="dossiers",
            fields=_dossier_fields(),
            key=("code",),
            after_write=_warn_officers_not_on_roster,
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
    if name == "surveys":
        return _survey_kind(scale)
    if name in EMULATION_KINDS:
        return _emulation_kind(name)
    raise KeyError(name)


# --- the emulation records: staff, initiatives, complaints, online enrolment --------------------

# import kind -> (header spec, table, key columns)
EMULATION_KINDS: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "staff": ("STAFF", "staff", ("name",)),
    "initiatives": ("INITIATIVES", "initiatives", ("owner", "title_key")),
    "complaints": ("COMPLAINTS", "complaints", ("date", "officer", "content_digest")),
    "enrollment": ("ENROLLMENT", "enrollment", ("school", "level", "stage")),
}


def _emulation_kind(name: str) -> ImportKind:
    from importlib import import_module

    spec_name, table, key = EMULATION_KINDS[name]
    module = import_module(f"thidua_cli.ingest.{name}")
    builders: dict[str, Callable[[sqlite3.Connection], Any]] = {
        "staff": lambda conn: module.StaffBuilder(),
        "initiatives": _initiative_builder,
        "complaints": lambda conn: module.ComplaintBuilder(),
        "enrollment": lambda conn: module.EnrollmentBuilder(),
    }
    hooks: dict[str, Callable[[sqlite3.Connection, ImportResult], None]] = {
        "staff": _after_staff,
        "initiatives": _after_initiatives,
        "complaints": _after_complaints,
    }
    return ImportKind(
        name=name,
        spec_name=spec_name,
        make_builder=builders[name],
        table=table,
        fields=module.FIELDS,
        key=key,
        after_write=hooks.get(name),
    )


def _initiative_builder(conn: sqlite3.Connection) -> Callable[[RowChecker], tuple[Any, ...] | None]:
    from thidua_cli.ingest.initiatives import InitiativeBuilder
    from thidua_cli.store.emulation import owner_kind_lookup

    return InitiativeBuilder(owner_kind_lookup(conn))


def _names(rows: list[dict[str, Any]]) -> str:
    return ", ".join(f"{r['name']} ({r['dossiers']}/{r['answers']})" for r in rows)


def _warn_officers_not_on_roster(conn: sqlite3.Connection, result: ImportResult) -> None:
    from thidua_cli.store.emulation import officers_not_on_roster

    unknown = officers_not_on_roster(conn, import_id=result.import_id)
    if unknown:
        result.warnings.append(
            ("staff.not_on_roster", {"count": len(unknown), "names": _names(unknown)})
        )


def _after_staff(conn: sqlite3.Connection, result: ImportResult) -> None:
    from thidua_cli.store.emulation import officers_not_on_roster, refresh_owner_kinds

    refresh_owner_kinds(conn)
    unknown = officers_not_on_roster(conn)
    if unknown:
        result.warnings.append(
            ("staff.not_on_roster", {"count": len(unknown), "names": _names(unknown)})
        )


def _after_initiatives(conn: sqlite3.Connection, result: ImportResult) -> None:
    from thidua_cli.store.emulation import unknown_owners

    unknown = unknown_owners(conn, result.import_id)
    if unknown:
        result.warnings.append(("initiative.unknown_owners", {"names": ", ".join(unknown)}))


def _after_complaints(conn: sqlite3.Connection, result: ImportResult) -> None:
    from thidua_cli.store.emulation import (
        complaint_dossiers_unknown,
        complaint_officers_not_on_roster,
    )

    assert result.import_id is not None
    officers = complaint_officers_not_on_roster(conn, result.import_id)
    if officers:
        result.warnings.append(("complaint.officers_not_on_roster", {"names": ", ".join(officers)}))
    codes = complaint_dossiers_unknown(conn, result.import_id)
    if codes:
        result.warnings.append(("complaint.unknown_dossiers", {"codes": ", ".join(codes)}))
