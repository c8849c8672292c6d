"""Emulation records behind the campaign metrics: staff conduct, online enrolment, initiatives.

Each metric function answers one target metric for a period, or None when there is no data to
judge (no roster, no enrolment figures): a missing record is "no data", never "met".

Officer names are stored in one form everywhere (NFC, single spaces; ``text.normalize.person_name``),
so matching a dossier, survey or complaint to the roster is plain equality.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import date
from typing import Any

from thidua_cli.errors import UsageError

# An initiative counts at a date when it was registered by then and not yet rejected by then: a
# rejection decided after the date leaves it registered at the date.
REGISTERED_AT = """
  i.registered_on <= :end
  AND NOT (i.status = 'rejected' AND (i.decided_on IS NULL OR i.decided_on <= :end))
"""
RECOGNIZED_AT = """
  i.registered_on <= :end AND i.status = 'recognized'
  AND (i.decided_on IS NULL OR i.decided_on <= :end)
"""
# Registered and refused by the council by the end: what REGISTERED_AT leaves out.
REJECTED_AT = """
  i.registered_on <= :end AND i.status = 'rejected'
  AND (i.decided_on IS NULL OR i.decided_on <= :end)
"""


def conduct_rate(conn: sqlite3.Connection, start: date, end: date) -> float | None:
    """Share of active staff with no upheld complaint dated in [start, end]."""
    row = conn.execute(
        """
        SELECT count(*) AS active,
               sum(NOT EXISTS (SELECT 1 FROM complaints c
                               WHERE c.officer = s.name AND c.outcome = 'upheld'
                                 AND c.date BETWEEN :start AND :end)) AS clean
        FROM staff s WHERE s.active = 1
        """,
        {"start": start.isoformat(), "end": end.isoformat()},
    ).fetchone()
    if not row["active"]:
        return None
    return float(row["clean"]) / float(row["active"])


def lowest_enrollment_rate(conn: sqlite3.Connection, year: str | None = None) -> float | None:
    """The lowest online share over every school and enrolment stage (online / total) of the
    school year ``year`` (every year when None)."""
    row = conn.execute(
        "SELECT min(CAST(online AS REAL) / total) FROM enrollment "
        "WHERE total > 0 AND (:year IS NULL OR school_year = :year)",
        {"year": year},
    ).fetchone()
    return None if row[0] is None else float(row[0])


def initiatives_registered(conn: sqlite3.Connection, start: date, end: date) -> int | None:
    """Initiatives registered on or before ``end`` and not rejected by then.

    None only when nothing could be counted: no initiative was ever recorded and there is no
    roster. With a roster, 0 is a real answer (the units were asked to register and did not).
    ``start`` is not a bound: an initiative registered before the campaign still stands in it.
    """
    row = conn.execute(
        f"""
        SELECT (SELECT count(*) FROM initiatives i WHERE {REGISTERED_AT}) AS registered,
               EXISTS (SELECT 1 FROM initiatives) AS any_initiative,
               EXISTS (SELECT 1 FROM staff) AS any_staff
        """,
        {"end": end.isoformat()},
    ).fetchone()
    if not row["any_initiative"] and not row["any_staff"]:
        return None
    return int(row["registered"])


# --- the roster -------------------------------------------------------------------------------


def has_roster(conn: sqlite3.Connection) -> bool:
    return conn.execute("SELECT EXISTS (SELECT 1 FROM staff)").fetchone()[0] == 1


def list_staff(conn: sqlite3.Connection, unit: str | None = None) -> list[dict[str, Any]]:
    """The roster, unit by unit (heads first), with the dossiers each officer holds."""
    # One grouped pass over the dossiers: a count per officer would scan them once per person.
    sql = """
        SELECT s.name, s.unit, s.role, s.active, COALESCE(d.dossiers, 0) AS dossiers
        FROM staff s
        LEFT JOIN (SELECT officer, count(*) AS dossiers FROM dossiers
                   WHERE officer IN (SELECT name FROM staff) GROUP BY officer) d
          ON d.officer = s.name
        WHERE (:unit IS NULL OR s.unit = :unit)
        ORDER BY s.unit COLLATE vi, CASE s.role WHEN 'head' THEN 0 WHEN 'deputy' THEN 1 ELSE 2 END,
                 s.name COLLATE vi_name
    """
    rows = []
    for row in conn.execute(sql, {"unit": unit}):
        item = dict(row)
        item["active"] = bool(item["active"])
        rows.append(item)
    return rows


def officers_not_on_roster(
    conn: sqlite3.Connection, *, import_id: int | None = None
) -> list[dict[str, Any]]:
    """Officer names in dossiers and survey answers that match nobody on the roster.

    Empty when there is no roster at all (nothing to match against). With ``import_id``, only the
    names in the rows that import wrote.
    """
    if not has_roster(conn):
        return []
    which = "" if import_id is None else "AND import_id = :import_id"
    sql = f"""
        SELECT officer AS name, sum(dossiers) AS dossiers, sum(answers) AS answers FROM (
          SELECT officer, 1 AS dossiers, 0 AS answers FROM dossiers
          WHERE officer IS NOT NULL {which}
          UNION ALL
          SELECT officer, 0, 1 FROM surveys WHERE officer IS NOT NULL {which}
        )
        WHERE officer NOT IN (SELECT name FROM staff)
        GROUP BY officer ORDER BY officer COLLATE vi_name
    """
    return [dict(row) for row in conn.execute(sql, {"import_id": import_id})]


def complaint_officers_not_on_roster(conn: sqlite3.Connection, import_id: int) -> list[str]:
    if not has_roster(conn):
        return []
    return [
        row[0]
        for row in conn.execute(
            "SELECT DISTINCT officer FROM complaints WHERE import_id = ? "
            "AND officer NOT IN (SELECT name FROM staff) ORDER BY officer COLLATE vi_name",
            (import_id,),
        )
    ]


def complaint_dossiers_unknown(conn: sqlite3.Connection, import_id: int) -> list[str]:
    """Dossier codes named by complaints of this import that no imported dossier has."""
    return [
        row[0]
        for row in conn.execute(
            "SELECT DISTINCT c.dossier_code FROM complaints c WHERE c.import_id = ? "
            "AND c.dossier_code IS NOT NULL "
            "AND NOT EXISTS (SELECT 1 FROM dossiers d WHERE d.code = c.dossier_code) "
            "AND EXISTS (SELECT 1 FROM dossiers) ORDER BY c.dossier_code",
            (import_id,),
        )
    ]


# --- initiatives ------------------------------------------------------------------------------

# Who an owner is: an officer on the roster, else a unit of the roster or of the dossiers.
_OWNER_KIND = """
  CASE WHEN EXISTS (SELECT 1 FROM staff s WHERE s.name = {owner}) THEN 'officer'
       WHEN EXISTS (SELECT 1 FROM staff s WHERE s.unit = {owner})
         OR EXISTS (SELECT 1 FROM dossiers d WHERE d.unit = {owner}) THEN 'unit'
  END
"""


def owner_kind_lookup(conn: sqlite3.Connection) -> Callable[[str], str | None]:
    """A function telling ``officer``, ``unit`` or None for an owner, for one import."""
    officers = {row[0] for row in conn.execute("SELECT name FROM staff")}
    units = {row[0] for row in conn.execute("SELECT DISTINCT unit FROM staff")}
    units.update(
        row[0] for row in conn.execute("SELECT DISTINCT unit FROM dossiers WHERE unit IS NOT NULL")
    )

    def kind(owner: str) -> str | None:
        if owner in officers:
            return "officer"
        if owner in units:
            return "unit"
        return None

    return kind


def refresh_owner_kinds(conn: sqlite3.Connection) -> None:
    """Classify owners again after the roster changed; runs in the caller's transaction."""
    conn.execute(
        f"UPDATE initiatives SET owner_kind = ({_OWNER_KIND.format(owner='initiatives.owner')}) "
        f"WHERE owner_kind IS NOT ({_OWNER_KIND.format(owner='initiatives.owner')})"
    )


def unknown_owners(conn: sqlite3.Connection, import_id: int | None = None) -> list[str]:
    return [
        row[0]
        for row in conn.execute(
            "SELECT DISTINCT owner FROM initiatives WHERE owner_kind IS NULL "
            "AND (:import_id IS NULL OR import_id = :import_id) ORDER BY owner COLLATE vi",
            {"import_id": import_id},
        )
    ]


_INITIATIVE_COLUMNS = """
  i.id, i.owner, i.owner_kind,
  CASE i.owner_kind WHEN 'officer' THEN (SELECT s.unit FROM staff s WHERE s.name = i.owner)
                    WHEN 'unit' THEN i.owner END AS unit,
  i.title, i.kind, i.registered_on, i.status, i.decided_on, i.decision_no
"""


def list_initiatives(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    return [
        dict(row)
        for row in conn.execute(
            f"SELECT {_INITIATIVE_COLUMNS} FROM initiatives i ORDER BY i.registered_on, i.id"
        )
    ]


def get_initiative(conn: sqlite3.Connection, initiative_id: int) -> dict[str, Any]:
    row = conn.execute(
        f"SELECT {_INITIATIVE_COLUMNS} FROM initiatives i WHERE i.id = ?", (initiative_id,)
    ).fetchone()
    if row is None:
        raise UsageError("initiative.no_such_id", id=initiative_id)
    return dict(row)


def units_without_initiative(conn: sqlite3.Connection) -> list[str]:
    """Units with someone in post that registered nothing, neither as a unit nor through a member.

    A rejected initiative was still registered: the plan asks units to take part, not to win.
    """
    return [
        row[0]
        for row in conn.execute(
            """
            SELECT DISTINCT s.unit FROM staff s
            WHERE s.active = 1
              AND NOT EXISTS (SELECT 1 FROM initiatives i WHERE i.owner_kind = 'unit'
                              AND i.owner = s.unit)
              AND NOT EXISTS (SELECT 1 FROM initiatives i JOIN staff m ON m.name = i.owner
                              WHERE i.owner_kind = 'officer' AND m.unit = s.unit)
            ORDER BY s.unit COLLATE vi
            """
        )
    ]


def add_initiative(
    conn: sqlite3.Connection,
    *,
    owner: str,
    title: str,
    title_key: str,
    kind: str | None,
    registered_on: date,
    status: str,
    decided_on: date | None,
    decision_no: str | None,
) -> int:
    """A new initiative; UsageError when the owner already registered one with this title."""
    owner_kind = owner_kind_lookup(conn)(owner)
    try:
        cursor = conn.execute(
            "INSERT INTO initiatives (owner, owner_kind, title, title_key, kind, registered_on, "
            "status, decided_on, decision_no) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                owner,
                owner_kind,
                title,
                title_key,
                kind,
                registered_on.isoformat(),
                status,
                decided_on.isoformat() if decided_on else None,
                decision_no,
            ),
        )
    except sqlite3.IntegrityError:
        raise UsageError("initiative.already_registered", owner=owner, title=title) from None
    assert cursor.lastrowid is not None
    return cursor.lastrowid


def set_initiative_status(
    conn: sqlite3.Connection,
    initiative_id: int,
    status: str,
    decided_on: date | None,
    decision_no: str | None,
) -> None:
    conn.execute(
        "UPDATE initiatives SET status = ?, decided_on = ?, decision_no = ? WHERE id = ?",
        (
            status,
            decided_on.isoformat() if decided_on else None,
            decision_no,
            initiative_id,
        ),
    )


# --- complaints -------------------------------------------------------------------------------


def list_complaints(
    conn: sqlite3.Connection,
    *,
    start: date | None = None,
    end: date | None = None,
    officer: str | None = None,
    outcome: str | None = None,
) -> list[dict[str, Any]]:
    """Complaints, oldest first, with the officer's unit from the roster (None when unmatched)."""
    sql = """
        SELECT c.date, c.officer, s.unit AS unit, c.dossier_code, c.content, c.outcome
        FROM complaints c LEFT JOIN staff s ON s.name = c.officer
        WHERE (:start IS NULL OR c.date >= :start) AND (:end IS NULL OR c.date <= :end)
          AND (:officer IS NULL OR c.officer = :officer)
          AND (:outcome IS NULL OR c.outcome = :outcome)
        ORDER BY c.date, c.officer, c.id
    """
    params = {
        "start": start.isoformat() if start else None,
        "end": end.isoformat() if end else None,
        "officer": officer,
        "outcome": outcome,
    }
    return [dict(row) for row in conn.execute(sql, params)]


def complaint_counts(
    conn: sqlite3.Connection, *, start: date | None = None, end: date | None = None
) -> list[dict[str, Any]]:
    """Per officer: upheld, pending and dismissed complaints in the period."""
    sql = """
        SELECT c.officer AS officer, s.unit AS unit,
               sum(c.outcome = 'upheld') AS upheld,
               sum(c.outcome = 'pending') AS pending,
               sum(c.outcome = 'dismissed') AS dismissed
        FROM complaints c LEFT JOIN staff s ON s.name = c.officer
        WHERE (:start IS NULL OR c.date >= :start) AND (:end IS NULL OR c.date <= :end)
        GROUP BY c.officer ORDER BY c.officer COLLATE vi_name
    """
    params = {
        "start": start.isoformat() if start else None,
        "end": end.isoformat() if end else None,
    }
    return [dict(row) for row in conn.execute(sql, params)]


# --- online enrolment -------------------------------------------------------------------------


def enrollment_years(conn: sqlite3.Connection) -> list[str]:
    """The school years enrolment figures are stored for, oldest first."""
    sql = "SELECT DISTINCT school_year FROM enrollment ORDER BY school_year"
    return [row[0] for row in conn.execute(sql)]


def enrollment_rows(conn: sqlite3.Connection, year: str | None = None) -> list[dict[str, Any]]:
    """Every school and stage of the school year ``year`` (every year when None) with its online
    rate (None when no application at all)."""
    sql = """
        SELECT school_year, school, level, stage, total, online,
               CASE WHEN total > 0 THEN CAST(online AS REAL) / total END AS rate
        FROM enrollment WHERE :year IS NULL OR school_year = :year
        ORDER BY school_year, level, school COLLATE vi, id
    """
    return [dict(row) for row in conn.execute(sql, {"year": year})]


def enrollment_levels(conn: sqlite3.Connection, year: str | None = None) -> list[dict[str, Any]]:
    """Per level: applications, online ones, and the lowest stage rate with where it was seen."""
    sql = """
        WITH rated AS (
          SELECT level, school, stage, total, online,
                 CASE WHEN total > 0 THEN CAST(online AS REAL) / total END AS rate,
                 row_number() OVER (
                   PARTITION BY level
                   ORDER BY CASE WHEN total > 0 THEN CAST(online AS REAL) / total END IS NULL,
                            CAST(online AS REAL) / total, school, stage) AS place
          FROM enrollment WHERE :year IS NULL OR school_year = :year
        )
        SELECT r.level, sum(r.total) AS total, sum(r.online) AS online,
               min(r.rate) AS lowest_rate,
               max(CASE WHEN r.place = 1 AND r.rate IS NOT NULL THEN r.school END) AS lowest_school,
               max(CASE WHEN r.place = 1 AND r.rate IS NOT NULL THEN r.stage END) AS lowest_stage
        FROM rated r GROUP BY r.level ORDER BY r.level
    """
    return [dict(row) for row in conn.execute(sql, {"year": year})]
