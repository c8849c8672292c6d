"""Campaigns as loaded: the campaign file's text is kept and read back, so it is the one truth."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from typing import TYPE_CHECKING, Any

from thidua_cli.errors import UsageError

if TYPE_CHECKING:
    from thidua_cli.domain.campaign import Campaign


def save_campaign(conn: sqlite3.Connection, campaign: Campaign, source: str, file_name: str) -> str:
    """Insert or update the campaign; returns ``inserted``, ``updated`` or ``unchanged``."""
    row = conn.execute("SELECT source FROM campaigns WHERE code = ?", (campaign.code,)).fetchone()
    if row is not None and row[0] == source:
        return "unchanged"
    conn.execute(
        """INSERT INTO campaigns
             (code, name, reference, start, "end", min_answers, source, loaded_at, file_name)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
           ON CONFLICT (code) DO UPDATE SET
             name = excluded.name, reference = excluded.reference, start = excluded.start,
             "end" = excluded."end", min_answers = excluded.min_answers,
             source = excluded.source, loaded_at = excluded.loaded_at,
             file_name = excluded.file_name""",
        (
            campaign.code,
            campaign.name,
            campaign.reference,
            campaign.start.isoformat(),
            campaign.end.isoformat(),
            campaign.min_answers,
            source,
            datetime.now().isoformat(timespec="seconds"),
            file_name,
        ),
    )
    return "inserted" if row is None else "updated"


def list_campaigns(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    return [
        dict(row)
        for row in conn.execute(
            """SELECT code, name, reference, start, "end" AS end, min_answers, loaded_at,
                      file_name
               FROM campaigns ORDER BY start, code"""
        )
    ]


def find_code(conn: sqlite3.Connection, code: str) -> str:
    """The stored code ``code`` names: exactly, else the one code equal to it once folded.

    Folding lets a clerk type ``486/KH-GDDT`` for ``486/KH-GDĐT`` on a keyboard without Telex.
    """
    from thidua_cli.text.normalize import fold, nfc

    wanted = " ".join(nfc(code).split())
    codes = [str(r[0]) for r in conn.execute("SELECT code FROM campaigns ORDER BY code")]
    if wanted in codes:
        return wanted
    folded = [c for c in codes if fold(c) == fold(wanted)]
    if len(folded) == 1:
        return folded[0]
    if not codes:
        raise UsageError("campaign.none_loaded", code=code)
    raise UsageError("campaign.unknown", code=code, known=", ".join(codes))


def campaign_source(conn: sqlite3.Connection, code: str) -> tuple[str, str]:
    """The stored TOML text of the campaign ``code`` (see ``find_code``) and its file's name."""
    found = find_code(conn, code)
    row = conn.execute(
        "SELECT source, file_name FROM campaigns WHERE code = ?", (found,)
    ).fetchone()
    return str(row["source"]), str(row["file_name"] or found)


def unmatched_procedures(conn: sqlite3.Connection, names: list[str]) -> list[str]:
    """Those of ``names`` (procedure names or codes) that match no procedure and no dossier."""
    from thidua_cli.text.normalize import fold

    unmatched = []
    for name in names:
        found = conn.execute(
            """SELECT EXISTS (SELECT 1 FROM procedures WHERE code = :code OR name_key = :key)
                   OR EXISTS (SELECT 1 FROM dossiers WHERE procedure_code = :code)
                   OR EXISTS (SELECT 1 FROM dossiers WHERE procedure_key = :key)""",
            {"code": name, "key": fold(name)},
        ).fetchone()[0]
        if not found:
            unmatched.append(name)
    return unmatched
