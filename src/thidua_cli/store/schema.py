"""The schema, declared here and nowhere else, as numbered migrations (sqlite-utils ``Migrations``).

``PRAGMA user_version`` mirrors the number of migrations applied. It lets every command see in one
cheap read whether the file is current, older (migrate) or newer than this program (refuse, exit 3),
without importing sqlite-utils on the hot path.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from thidua_cli.errors import DatabaseError

if TYPE_CHECKING:
    from sqlite_utils import Database

Statements = tuple[str, ...]
# A migration that SQL alone cannot write: a function of the connection, inside the migrations'
# transaction.
Step = Callable[[sqlite3.Connection], None]


def _old_answer_key(code: str, day: str, officer: str, rating: int, comment: str) -> str:
    """The key answers were stored under before migration 0010: a digest of what they said."""
    text = "\x1f".join((code, day, officer, str(rating), comment))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


# How many repetitions of one answer within a file migration 0010 looks for when it works out
# whether an answer's officer was written in its file (see ``_rekey_answers``).
_REPEATS_SOUGHT = 50


def _rekey_answers(conn: sqlite3.Connection) -> None:
    """Answers keyed by what a corrected export cannot change; the officer as written; questions.

    Before, an answer's key was a digest of its dossier code, day, officer as written, rating and
    comment (a repeat of the same within one file digested again with its number), and ``officer``
    held the written officer or else the dossier's. The digest tells which: the officer is kept
    where the digest was made with it, and cleared where it was made without (the reports take the
    dossier's again). A key made any other way keeps its officer. The new key is the day, the
    dossier code, that officer and no question, numbered by ``id`` (the order they were stored in)
    among the answers sharing them, as an import numbers the rows of a file; an export's own id
    keeps its key. ``unit`` goes (the reports read it from the dossier), which takes rebuilding the
    table: SQLite's DROP COLUMN is younger than some SQLite a Python 3.11 may carry.
    """
    cleared = []
    rows = conn.execute(
        "SELECT id, survey_key, coalesce(dossier_code, ''), answered_on, officer, rating, "
        "coalesce(comment, '') FROM surveys "
        "WHERE officer IS NOT NULL AND survey_key NOT LIKE 'id:%'"
    )
    for row_id, key, code, day, officer, rating, comment in rows.fetchall():
        written = _old_answer_key(code, day, officer, rating, comment)
        if key == written:
            continue
        blank = _old_answer_key(code, day, "", rating, comment)
        if key == blank:
            cleared.append(row_id)
            continue
        for times in range(2, _REPEATS_SOUGHT + 1):
            if key == _old_answer_key(blank, day, str(times), rating, comment):
                cleared.append(row_id)
                break
            if key == _old_answer_key(written, day, str(times), rating, comment):
                break
    for start in range(0, len(cleared), 500):
        chunk = cleared[start : start + 500]
        conn.execute(
            f"UPDATE surveys SET officer = NULL WHERE id IN ({', '.join('?' * len(chunk))})", chunk
        )
    conn.execute(
        """CREATE TABLE surveys_rekeyed (
            id INTEGER PRIMARY KEY,
            survey_key TEXT NOT NULL UNIQUE,
            dossier_code TEXT,
            officer TEXT,
            answered_on TEXT NOT NULL,
            rating INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 5),
            rating_raw TEXT,
            comment TEXT,
            question TEXT,
            import_id INTEGER REFERENCES imports(id),
            import_line INTEGER
        )"""
    )
    conn.execute(
        """
        INSERT INTO surveys_rekeyed
          (id, survey_key, dossier_code, officer, answered_on, rating, rating_raw, comment,
           import_id, import_line)
        SELECT id,
               CASE WHEN survey_key LIKE 'id:%' THEN survey_key
                    ELSE answered_on || char(31) || coalesce(dossier_code, '') || char(31)
                         || coalesce(officer, '') || char(31) || char(31)
                         || row_number() OVER (
                              PARTITION BY survey_key LIKE 'id:%', answered_on, dossier_code,
                                           officer
                              ORDER BY id)
               END,
               dossier_code, officer, answered_on, rating, rating_raw, comment, import_id,
               import_line
        FROM surveys
        """
    )
    conn.execute("DROP TABLE surveys")
    conn.execute("ALTER TABLE surveys_rekeyed RENAME TO surveys")
    conn.execute("CREATE INDEX surveys_answered ON surveys (answered_on, rating)")
    # The versions of an answer kept for undo share its key and written officer: neither is
    # something an import changes.
    if conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'history_surveys'"
    ).fetchone():
        conn.execute(
            "UPDATE history_surveys SET (survey_key, officer) = "
            "(SELECT s.survey_key, s.officer FROM surveys s WHERE s.id = history_surveys.row_id) "
            "WHERE row_id IN (SELECT id FROM surveys)"
        )


# The school year of an enrolment row imported on a day (``domain.school_year.enrolment_year_of``,
# written in SQL): from March of Y the enrolment of Y-(Y+1), before it that of (Y-1)-Y.
_ENROLMENT_YEAR = """
  CASE WHEN CAST(substr({day}, 6, 2) AS INTEGER) >= 3
       THEN CAST(substr({day}, 1, 4) AS INTEGER) || '-' || (CAST(substr({day}, 1, 4) AS INTEGER) + 1)
       ELSE (CAST(substr({day}, 1, 4) AS INTEGER) - 1) || '-' || CAST(substr({day}, 1, 4) AS INTEGER)
  END"""


def _enrolment_by_school_year(conn: sqlite3.Connection) -> None:
    """Enrolment rows carry their school year, part of their key, so next year's figures for the
    same school, level and stage are new rows instead of replacing this year's.

    A row stored before gets the school year whose enrolment was under way when it was imported
    (offices import the figures during the enrolment season): its import's date, else that of
    the database's latest import, else today. The versions kept for undo get their import's year
    the same way, so an undo restores a whole row. Rebuilt, because SQLite cannot change a UNIQUE
    constraint in place; each row keeps its id.
    """
    latest = "coalesce((SELECT max(imported_at) FROM imports), date('now'))"
    year_of = _ENROLMENT_YEAR.format(
        day=f"coalesce((SELECT i.imported_at FROM imports i WHERE i.id = e.import_id), {latest})"
    )
    conn.execute(
        """CREATE TABLE enrollment_by_year (
            id INTEGER PRIMARY KEY,
            school_year TEXT NOT NULL,
            school TEXT NOT NULL,
            level TEXT NOT NULL,
            stage TEXT NOT NULL,
            total INTEGER NOT NULL CHECK (total >= 0),
            online INTEGER NOT NULL CHECK (online >= 0 AND online <= total),
            import_id INTEGER REFERENCES imports(id),
            import_line INTEGER,
            UNIQUE (school_year, school, level, stage)
        )"""
    )
    conn.execute(
        "INSERT INTO enrollment_by_year "
        "(id, school_year, school, level, stage, total, online, import_id, import_line) "
        f"SELECT e.id, {year_of}, e.school, e.level, e.stage, e.total, e.online, e.import_id, "
        "e.import_line FROM enrollment e"
    )
    conn.execute("DROP TABLE enrollment")
    conn.execute("ALTER TABLE enrollment_by_year RENAME TO enrollment")
    if conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'history_enrollment'"
    ).fetchone():
        conn.execute("ALTER TABLE history_enrollment ADD COLUMN school_year")
        conn.execute(f"UPDATE history_enrollment AS e SET school_year = {year_of}")


def _versions_keyed_by_import(conn: sqlite3.Connection) -> None:
    """The versions kept for undo get ids that say which import replaced them and which row
    they were (``store.imports.version_ids``), instead of two indexes."""
    from thidua_cli.store.imports import key_versions_by_import

    key_versions_by_import(conn)


# Each entry is one migration, applied in order and never edited once released: a change to the
# schema is a new entry at the end.
MIGRATIONS: list[tuple[str, Statements | Step]] = [
    (
        "0001_foundation",
        (
            """CREATE TABLE meta (
                key TEXT PRIMARY KEY,
                value TEXT NOT NULL
            )""",
            """CREATE TABLE imports (
                id INTEGER PRIMARY KEY,
                kind TEXT NOT NULL,
                file_name TEXT NOT NULL,
                sha256 TEXT NOT NULL,
                imported_at TEXT NOT NULL,
                rows_read INTEGER NOT NULL DEFAULT 0,
                inserted INTEGER NOT NULL DEFAULT 0,
                updated INTEGER NOT NULL DEFAULT 0,
                unchanged INTEGER NOT NULL DEFAULT 0,
                rejected INTEGER NOT NULL DEFAULT 0,
                undone_at TEXT
            )""",
            """CREATE TABLE procedures (
                id INTEGER PRIMARY KEY,
                code TEXT,
                name TEXT NOT NULL,
                name_key TEXT NOT NULL UNIQUE,
                days INTEGER NOT NULL CHECK (days >= 0),
                cutoff TEXT,
                field TEXT,
                import_id INTEGER REFERENCES imports(id),
                import_line INTEGER
            )""",
            "CREATE INDEX procedures_code ON procedures (code)",
            # received_on/finish_on are the day parts, kept as columns so reports can index them.
            # due_date/due_source are derived (store.deadlines.refresh) from the recorded date or
            # the procedure, the calendar and the supplement policy.
            """CREATE TABLE dossiers (
                id INTEGER PRIMARY KEY,
                code TEXT NOT NULL UNIQUE,
                procedure TEXT NOT NULL,
                procedure_code TEXT,
                procedure_key TEXT NOT NULL,
                field TEXT,
                applicant TEXT,
                channel TEXT CHECK (channel IN ('direct', 'online', 'postal')),
                received_at TEXT NOT NULL,
                received_on TEXT NOT NULL,
                due_recorded TEXT,
                finished_at TEXT,
                returned_at TEXT,
                finish_on TEXT,
                officer TEXT,
                unit TEXT,
                state TEXT NOT NULL,
                status_raw TEXT,
                supplement_requested_at TEXT,
                supplement_received_at TEXT,
                apology INTEGER NOT NULL DEFAULT 0,
                rescheduled_date TEXT,
                note TEXT,
                due_date TEXT,
                due_source TEXT CHECK (due_source IN ('recorded', 'computed')),
                import_id INTEGER REFERENCES imports(id),
                import_line INTEGER
            )""",
            "CREATE INDEX dossiers_received ON dossiers (received_on)",
            "CREATE INDEX dossiers_open ON dossiers (state, finish_on, due_date)",
            "CREATE INDEX dossiers_import ON dossiers (import_id)",
            # The previous version of every row an import changed, so `imports undo` can restore it.
            """CREATE TABLE dossier_history (
                import_id INTEGER NOT NULL,
                code TEXT NOT NULL,
                old_row TEXT
            )""",
            "CREATE INDEX dossier_history_import ON dossier_history (import_id)",
            """CREATE TABLE calendar_overrides (
                day TEXT PRIMARY KEY,
                kind TEXT NOT NULL CHECK (kind IN ('off', 'work')),
                note TEXT NOT NULL DEFAULT ''
            )""",
            # One row per calendar day; ordinal counts working days up to and including the day, so
            # the N-th working day after E is the working day whose ordinal is ordinal(E) + N.
            """CREATE TABLE workdays (
                day TEXT PRIMARY KEY,
                working INTEGER NOT NULL,
                ordinal INTEGER NOT NULL
            ) WITHOUT ROWID""",
            "CREATE INDEX workdays_ordinal ON workdays (ordinal, working, day)",
            """CREATE TABLE settings (
                key TEXT PRIMARY KEY,
                value TEXT NOT NULL
            )""",
        ),
    ),
    (
        "0002_campaigns_surveys",
        (
            # source is the campaign file as loaded: the campaign is read back from it, so the
            # columns beside it are only there to list campaigns without parsing each one.
            """CREATE TABLE campaigns (
                code TEXT PRIMARY KEY,
                name TEXT NOT NULL,
                reference TEXT NOT NULL DEFAULT '',
                start TEXT NOT NULL,
                "end" TEXT NOT NULL,
                min_answers INTEGER NOT NULL DEFAULT 5,
                source TEXT NOT NULL,
                loaded_at TEXT NOT NULL,
                file_name TEXT
            )""",
            # officer and unit are resolved at import (the file's officer, else the dossier's);
            # rating is on the five-level scale, 5 best, satisfied = 4 or 5.
            """CREATE TABLE surveys (
                id INTEGER PRIMARY KEY,
                survey_key TEXT NOT NULL UNIQUE,
                dossier_code TEXT,
                officer TEXT,
                unit TEXT,
                answered_on TEXT NOT NULL,
                rating INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 5),
                comment TEXT,
                import_id INTEGER REFERENCES imports(id),
                import_line INTEGER
            )""",
            "CREATE INDEX surveys_answered ON surveys (answered_on, rating)",
            "CREATE INDEX surveys_officer ON surveys (officer, answered_on)",
            "CREATE INDEX surveys_unit ON surveys (unit, answered_on)",
            "CREATE INDEX surveys_dossier ON surveys (dossier_code)",
            "CREATE INDEX surveys_import ON surveys (import_id)",
        ),
    ),
    (
        "0003_emulation_records",
        (
            # name is the officer's name in NFC with single spaces: the form dossiers and surveys
            # carry, so matching is plain equality and can use the index.
            """CREATE TABLE staff (
                id INTEGER PRIMARY KEY,
                name TEXT NOT NULL UNIQUE,
                unit TEXT NOT NULL,
                role TEXT NOT NULL CHECK (role IN ('head', 'deputy', 'staff')),
                active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
                import_id INTEGER REFERENCES imports(id),
                import_line INTEGER
            )""",
            "CREATE INDEX staff_unit ON staff (unit, active)",
            # owner_kind is NULL while the owner names neither an officer nor a unit we know.
            """CREATE TABLE initiatives (
                id INTEGER PRIMARY KEY,
                owner TEXT NOT NULL,
                owner_kind TEXT CHECK (owner_kind IN ('officer', 'unit')),
                title TEXT NOT NULL,
                title_key TEXT NOT NULL,
                kind TEXT CHECK (kind IN ('initiative', 'model', 'solution')),
                registered_on TEXT NOT NULL,
                status TEXT NOT NULL
                    CHECK (status IN ('registered', 'under_review', 'recognized', 'rejected')),
                decided_on TEXT,
                decision_no TEXT,
                import_id INTEGER REFERENCES imports(id),
                import_line INTEGER,
                UNIQUE (owner, title_key)
            )""",
            """CREATE TABLE complaints (
                id INTEGER PRIMARY KEY,
                date TEXT NOT NULL,
                officer TEXT NOT NULL,
                content_digest TEXT NOT NULL,
                dossier_code TEXT,
                content TEXT NOT NULL,
                outcome TEXT NOT NULL CHECK (outcome IN ('upheld', 'dismissed', 'pending')),
                import_id INTEGER REFERENCES imports(id),
                import_line INTEGER,
                UNIQUE (date, officer, content_digest)
            )""",
            "CREATE INDEX complaints_officer ON complaints (officer, outcome, date)",
            """CREATE TABLE enrollment (
                id INTEGER PRIMARY KEY,
                school TEXT NOT NULL,
                level TEXT NOT NULL,
                stage TEXT NOT NULL,
                total INTEGER NOT NULL CHECK (total >= 0),
                online INTEGER NOT NULL CHECK (online >= 0 AND online <= total),
                import_id INTEGER REFERENCES imports(id),
                import_line INTEGER,
                UNIQUE (school, level, stage)
            )""",
        ),
    ),
    (
        "0004_import_history",
        (
            # Never written; replaced by a history table beside every imported table, built from
            # the live schema by store.imports.install_history after the migrations run.
            "DROP TABLE dossier_history",
            # An undo is recorded as an import of kind 'undo' naming the import it reverted.
            "ALTER TABLE imports ADD COLUMN undo_of INTEGER REFERENCES imports(id)",
            "ALTER TABLE imports ADD COLUMN deleted INTEGER NOT NULL DEFAULT 0",
            # 1 when the import kept the previous version of every row it changed: the imports
            # made before this migration did not, so they cannot be undone exactly.
            "ALTER TABLE imports ADD COLUMN history INTEGER NOT NULL DEFAULT 0",
        ),
    ),
    (
        "0005_indexes_the_queries_use",
        (
            # Every index is paid for on every imported row. These served no query: nothing asks
            # for one state, and an import's own rows (its counts, an undo) are found by a scan,
            # rare and quick enough at a million rows.
            "DROP INDEX dossiers_open",
            "DROP INDEX dossiers_import",
            "DROP INDEX surveys_officer",
            "DROP INDEX surveys_unit",
            "DROP INDEX surveys_dossier",
            "DROP INDEX surveys_import",
        ),
    ),
    (
        "0006_campaign_tasks",
        (
            # A campaign's tasks as its file last listed them, with the progress recorded against
            # each: loading the file again rewrites title, owner and due date and keeps done_on and
            # note for every code still listed. owner_key is the owner folded, for --owner.
            """CREATE TABLE tasks (
                campaign TEXT NOT NULL REFERENCES campaigns(code) ON DELETE CASCADE,
                code TEXT NOT NULL,
                position INTEGER NOT NULL,
                title TEXT NOT NULL,
                owner TEXT NOT NULL,
                owner_key TEXT NOT NULL,
                due TEXT NOT NULL,
                evidence TEXT NOT NULL DEFAULT '',
                done_on TEXT,
                note TEXT,
                PRIMARY KEY (campaign, code)
            ) WITHOUT ROWID""",
            # Every change of a task's progress, dated; a task dropped from its file takes its
            # history with it.
            """CREATE TABLE task_history (
                id INTEGER PRIMARY KEY,
                campaign TEXT NOT NULL,
                code TEXT NOT NULL,
                action TEXT NOT NULL CHECK (action IN ('done', 'reopen')),
                done_on TEXT,
                note TEXT,
                recorded_at TEXT NOT NULL,
                FOREIGN KEY (campaign, code) REFERENCES tasks (campaign, code) ON DELETE CASCADE
            )""",
            "CREATE INDEX task_history_task ON task_history (campaign, code)",
        ),
    ),
    (
        "0007_office_vocabularies",
        (
            # The labels an office taught (thidua vocab add): label_key is the label folded, as
            # the importer compares labels; word is the program's word it means.
            """CREATE TABLE vocabulary (
                vocabulary TEXT NOT NULL,
                label_key TEXT NOT NULL,
                label TEXT NOT NULL,
                word TEXT NOT NULL,
                added_at TEXT NOT NULL,
                PRIMARY KEY (vocabulary, label_key)
            ) WITHOUT ROWID""",
            # Every change, dated: previous is the word the label meant before (NULL when new),
            # word the one after (NULL when removed); rederived counts the stored rows read again.
            """CREATE TABLE vocabulary_changes (
                id INTEGER PRIMARY KEY,
                vocabulary TEXT NOT NULL,
                label TEXT NOT NULL,
                previous TEXT,
                word TEXT,
                changed_at TEXT NOT NULL,
                rederived INTEGER NOT NULL DEFAULT 0
            )""",
            # The label each mapped value was read from, so a label the office teaches or
            # changes later is read again in the rows already stored (dossiers keep status_raw).
            "ALTER TABLE dossiers ADD COLUMN channel_raw TEXT",
            "ALTER TABLE surveys ADD COLUMN rating_raw TEXT",
            "ALTER TABLE complaints ADD COLUMN outcome_raw TEXT",
            "ALTER TABLE staff ADD COLUMN active_raw TEXT",
            "ALTER TABLE initiatives ADD COLUMN status_raw TEXT",
        ),
    ),
    (
        "0008_import_profiles",
        (
            # Import profiles saved by name (thidua profile save): source is the TOML as written,
            # read again at each use; kind and description only list them.
            """CREATE TABLE profiles (
                name TEXT PRIMARY KEY,
                source TEXT NOT NULL,
                kind TEXT,
                description TEXT NOT NULL DEFAULT '',
                saved_at TEXT NOT NULL
            )""",
        ),
    ),
    (
        "0009_row_digests",
        (
            # The digest of the export row each dossier was last read from, so a re-import skips
            # the rows that did not change (importing.unchanged). No index: a re-import finds a
            # dossier's digest through its code. NULL for dossiers imported before: their first
            # re-import reads them in full and stores their digests.
            "ALTER TABLE dossiers ADD COLUMN row_digest INTEGER",
        ),
    ),
    ("0010_answers_keyed_by_what_cannot_change", _rekey_answers),
    (
        "0011_staff_title",
        (
            # The title as the roster writes it ("Tổ trưởng", "Phó Trưởng phòng"), beside the
            # role it reads as: a proposal for commendation prints the title. NULL for a roster
            # imported before, until it is imported again.
            "ALTER TABLE staff ADD COLUMN title TEXT",
        ),
    ),
    ("0012_enrolment_by_school_year", _enrolment_by_school_year),
    ("0013_versions_keyed_by_import", _versions_keyed_by_import),
]

SCHEMA_VERSION = len(MIGRATIONS)


def _migration(statements: Statements | Step) -> Callable[[Database], None]:
    def apply(db: Database) -> None:
        if callable(statements):
            statements(db.conn)
            return
        for statement in statements:
            db.execute(statement)

    return apply


def ensure_current(conn: sqlite3.Connection, path: Path | str) -> None:
    """Refuse a newer file; bring an older (or new, empty) one up to date."""
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version > SCHEMA_VERSION:
        raise DatabaseError(
            "db.newer_schema", path=str(path), found=version, supported=SCHEMA_VERSION
        )
    if version == SCHEMA_VERSION:
        return
    from sqlite_utils import Database
    from sqlite_utils.migrations import Migrations

    migrations = Migrations("thidua")
    for name, statements in MIGRATIONS:
        migrations(name=name)(_migration(statements))
    db = Database(conn)
    # One transaction for every pending migration and the version bump, so a crash leaves the old
    # schema or the new one, never a mix; IMMEDIATE makes a second process opening a new file at
    # the same moment wait, then find the work done.
    conn.execute("BEGIN IMMEDIATE")
    try:
        if conn.execute("PRAGMA user_version").fetchone()[0] < SCHEMA_VERSION:
            migrations.apply(db)
            from thidua_cli.store.imports import install_history

            install_history(conn)
            conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
