"""A campaign's tasks and the progress recorded against them.

The tasks themselves come from the campaign file (``save_tasks`` mirrors them on every load); only
``done_on``, ``note`` and the history are the office's own records, and they outlive a reload for
every code the file still lists. Statuses are not stored: they depend on the reference date and
are the domain's (``domain.campaign.task_status``).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from thidua_cli.domain.campaign import Task
from thidua_cli.errors import UsageError

_COLUMNS = "campaign, code, title, owner, due, evidence, done_on, note"


@dataclass(frozen=True)
class TaskSync:
    """What loading a campaign file did to its stored tasks."""

    total: int
    kept: int  # codes already stored: their progress stays
    removed: tuple[str, ...]  # codes no longer in the file
    lost_progress: tuple[str, ...]  # of those, the ones that had been recorded as done


def save_tasks(conn: sqlite3.Connection, campaign: str, tasks: Sequence[Task]) -> TaskSync:
    """Store the file's tasks for ``campaign``: rewrite what the file says, keep the progress of
    every code still there, drop the others. Runs in the caller's transaction."""
    from thidua_cli.text.normalize import fold

    stored = {
        row["code"]: row["done_on"]
        for row in conn.execute("SELECT code, done_on FROM tasks WHERE campaign = ?", (campaign,))
    }
    listed = {task.code for task in tasks}
    removed = tuple(sorted(code for code in stored if code not in listed))
    conn.executemany(
        "DELETE FROM tasks WHERE campaign = ? AND code = ?", [(campaign, c) for c in removed]
    )
    conn.executemany(
        """INSERT INTO tasks (campaign, code, position, title, owner, owner_key, due, evidence)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?)
           ON CONFLICT (campaign, code) DO UPDATE SET
             position = excluded.position, title = excluded.title, owner = excluded.owner,
             owner_key = excluded.owner_key, due = excluded.due, evidence = excluded.evidence""",
        [
            (
                campaign,
                task.code,
                position,
                task.title,
                task.owner,
                fold(task.owner),
                task.due.isoformat(),
                task.evidence,
            )
            for position, task in enumerate(tasks)
        ],
    )
    return TaskSync(
        total=len(tasks),
        kept=sum(code in stored for code in listed),
        removed=removed,
        lost_progress=tuple(code for code in removed if stored[code] is not None),
    )


def stored_tasks(
    conn: sqlite3.Connection, campaign: str | None = None, owner: str | None = None
) -> list[dict[str, Any]]:
    """Tasks as stored (dates ISO), campaign by campaign in the order of their files.

    ``owner`` matches the owner as written in the file, ignoring case, diacritics and spacing: a
    role ("Trưởng phòng"), a unit or a person.
    """
    from thidua_cli.text.normalize import fold

    sql = f"""SELECT {_COLUMNS} FROM tasks
              WHERE (:campaign IS NULL OR campaign = :campaign)
                AND (:owner IS NULL OR owner_key = :owner)
              ORDER BY (SELECT start FROM campaigns c WHERE c.code = campaign), campaign, position"""
    params = {"campaign": campaign, "owner": None if owner is None else fold(owner)}
    return [dict(row) for row in conn.execute(sql, params)]


def owners(conn: sqlite3.Connection, campaign: str | None = None) -> list[str]:
    """The owners tasks name, as written, for a hint when ``--owner`` matches none."""
    return [
        str(row[0])
        for row in conn.execute(
            "SELECT DISTINCT owner FROM tasks WHERE (:c IS NULL OR campaign = :c) ORDER BY owner COLLATE vi",
            {"c": campaign},
        )
    ]


def find_task(conn: sqlite3.Connection, campaign: str, code: str) -> dict[str, Any]:
    """The task ``code`` of ``campaign``: exactly, else the one code equal to it once folded
    (``t01`` for ``T01``)."""
    from thidua_cli.text.normalize import fold, nfc

    wanted = " ".join(nfc(code).split())
    rows = {row["code"]: dict(row) for row in stored_tasks(conn, campaign)}
    if wanted in rows:
        return rows[wanted]
    folded = [row for key, row in rows.items() if fold(key) == fold(wanted)]
    if len(folded) == 1:
        return folded[0]
    if not rows:
        raise UsageError("task.none", campaign=campaign)
    raise UsageError("task.unknown", code=code, campaign=campaign, known=", ".join(rows))


def record(
    conn: sqlite3.Connection,
    campaign: str,
    code: str,
    *,
    done_on: date | None,
    note: str | None,
    recorded_at: datetime,
) -> None:
    """Mark the task done on ``done_on``, or open again when None, and keep the change in its
    history. Runs in the caller's transaction."""
    day = None if done_on is None else done_on.isoformat()
    conn.execute(
        "UPDATE tasks SET done_on = ?, note = ? WHERE campaign = ? AND code = ?",
        (day, note, campaign, code),
    )
    conn.execute(
        """INSERT INTO task_history (campaign, code, action, done_on, note, recorded_at)
           VALUES (?, ?, ?, ?, ?, ?)""",
        (
            campaign,
            code,
            "reopen" if done_on is None else "done",
            day,
            note,
            recorded_at.isoformat(timespec="seconds"),
        ),
    )


def history(
    conn: sqlite3.Connection, campaign: str, code: str | None = None
) -> list[dict[str, Any]]:
    """Every recorded change of the campaign's tasks (or of one), oldest first."""
    sql = """SELECT h.campaign, h.code, t.title, h.action, h.done_on, h.note, h.recorded_at
             FROM task_history h JOIN tasks t ON t.campaign = h.campaign AND t.code = h.code
             WHERE h.campaign = :campaign AND (:code IS NULL OR h.code = :code)
             ORDER BY h.id"""
    return [dict(row) for row in conn.execute(sql, {"campaign": campaign, "code": code})]


def tasks_to_check(conn: sqlite3.Connection, as_of: date, within: int) -> list[dict[str, Any]]:
    """Tasks of every campaign not done at ``as_of`` and due by the ``within``-th working day
    after it (the same horizon as the dossiers' "due soon"), earliest due first."""
    from thidua_cli.store.queries import ordinal

    horizon = ordinal(conn, as_of) + within
    sql = f"""SELECT {_COLUMNS} FROM tasks
              WHERE (done_on IS NULL OR done_on > :as_of)
                AND due <= coalesce((SELECT max(day) FROM workdays WHERE ordinal <= :horizon),
                                    :as_of)
              ORDER BY due, campaign, position"""
    return [
        dict(row) for row in conn.execute(sql, {"as_of": as_of.isoformat(), "horizon": horizon})
    ]
