"""The one SQL definition of a dossier's status (``store.status``) against the domain's reference,
``domain.deadlines.classify``, and every aggregate that counts statuses against the same reference.

The grid holds every kind of dossier the rules tell apart: each state, with and without a
deadline, finished before, on, after the deadline (a Saturday too) or not at all, with a supplement
asked for and brought or not; each is classified on every day of June 2021 (no holidays).
"""

from __future__ import annotations

import itertools
import sqlite3
from collections import Counter
from datetime import date, timedelta
from pathlib import Path

import pytest

from thidua_cli.domain.deadlines import classify
from thidua_cli.store.calendar import stored_calendar
from thidua_cli.store.db import connect
from thidua_cli.store.queries import ordinal
from thidua_cli.store.status import late_days_sql, status_sql

STATES = ("processing", "finished", "stopped", "waiting_supplement", "withdrawn", "not_received")
DUE = (None, "2021-06-10")
FINISH = (None, "2021-06-03", "2021-06-10", "2021-06-11", "2021-06-12", "2021-06-16")
SUPPLEMENT = ((None, None), ("2021-06-04", None), ("2021-06-04", "2021-06-07"))
DAYS = [date(2021, 6, 1) + timedelta(days=n) for n in range(30)]
OFFICERS = ("Lê Mai", "Trần An")


@pytest.fixture(scope="module")
def grid(tmp_path_factory: pytest.TempPathFactory) -> sqlite3.Connection:
    path: Path = tmp_path_factory.mktemp("status") / "t.db"
    conn = connect(path, create=True)
    rows = [
        {
            "code": f"G{number:03d}",
            "officer": OFFICERS[number % 2],
            "state": state,
            "due": due,
            "finish": finish,
            "asked": asked,
            "brought": brought,
        }
        for number, (state, due, finish, (asked, brought)) in enumerate(
            itertools.product(STATES, DUE, FINISH, SUPPLEMENT)
        )
    ]
    conn.executemany(
        """INSERT INTO dossiers (code, procedure, procedure_key, received_at, received_on,
             due_date, finish_on, officer, unit, state, supplement_requested_at,
             supplement_received_at)
           VALUES (:code, 'Thủ tục', 'thu tuc', '2021-06-01 08:00', '2021-06-01', :due, :finish,
                   :officer, 'Tổ một', :state, :asked, :brought)""",
        rows,
    )
    conn.executemany(
        "INSERT INTO staff (name, unit, role, active) VALUES (?, 'Tổ một', 'staff', 1)",
        [(name,) for name in OFFICERS],
    )
    conn.commit()
    return conn


def reference(conn: sqlite3.Connection, day: date) -> dict[str, tuple[str, int]]:
    """Every dossier's (status, working days late) at ``day`` by ``classify``."""
    cal = stored_calendar(conn)
    found = {}
    for code, state, due, finish, asked, brought in conn.execute(
        "SELECT code, state, due_date, finish_on, supplement_requested_at, "
        "supplement_received_at FROM dossiers"
    ):
        found[code] = classify(
            status=state,
            received=date(2021, 6, 1),
            due=date.fromisoformat(due) if due else None,
            finished=date.fromisoformat(finish) if finish else None,
            as_of=day,
            cal=cal,
            suspended=bool(asked and not brought),
        )
    return found


def finished_in(conn: sqlite3.Connection, start: date, end: date) -> set[str]:
    return {
        code
        for (code,) in conn.execute(
            "SELECT code FROM dossiers WHERE finish_on IS NULL OR finish_on >= ?",
            (start.isoformat(),),
        )
    }


def test_the_grid_holds_every_status(grid: sqlite3.Connection) -> None:
    seen = {status for day in DAYS for status, _ in reference(grid, day).values()}
    assert seen == {
        "early", "on_time", "late", "in_time", "overdue", "withdrawn", "not_received", "no_due_date"
    }  # fmt: skip


@pytest.mark.parametrize("day", DAYS, ids=str)
def test_status_and_lateness_in_sql_are_the_domain_rules(
    grid: sqlite3.Connection, day: date
) -> None:
    sql = f"SELECT d.code, {status_sql(':r')}, {late_days_sql(':r', ':o')} FROM dossiers d"
    params = {"r": day.isoformat(), "o": ordinal(grid, day)}
    stored = {code: (status, late) for code, status, late in grid.execute(sql, params)}
    assert stored == reference(grid, day)


@pytest.mark.parametrize(
    ("start", "end"),
    [(date(2021, 6, 1), date(2021, 6, 9)), (date(2021, 6, 11), date(2021, 6, 30))],
    ids=["before the deadline", "after it"],
)
def test_every_count_of_a_period_is_the_domain_rules(
    grid: sqlite3.Connection, start: date, end: date
) -> None:
    """Form 06, a campaign's scope, the award figures and the weekly results all count what
    ``classify`` says at the period's end, for the dossiers not finished before it starts."""
    from thidua_cli.store.awards import individual_facts
    from thidua_cli.store.compliance import Scope, scope_counts
    from thidua_cli.store.monthly import weekly_results
    from thidua_cli.store.queries import form06_rows, without_deadline

    statuses = reference(grid, end)
    scoped = finished_in(grid, start, end)
    expected = Counter(statuses[code][0] for code in scoped)
    officer_of = dict(grid.execute("SELECT code, officer FROM dossiers").fetchall())

    (form,) = form06_rows(grid, start, end, "unit")
    assert (form["finished_early"], form["finished_on_time"], form["finished_late"]) == (
        expected["early"],
        expected["on_time"],
        expected["late"],
    )
    assert (form["open_in_time"], form["open_overdue"]) == (
        expected["in_time"],
        expected["overdue"],
    )
    missing = {row["code"] for row in without_deadline(grid, start, end)}
    assert missing == {code for code in scoped if statuses[code][0] == "no_due_date"}

    counts = Counter[str]()
    for group in scope_counts(grid, [Scope(start, end)]):
        counts.update(group["scopes"][0])
    assert counts["early"] == expected["early"]
    assert counts["late"] == expected["late"]
    assert counts["open_in_time"] == expected["in_time"]
    assert counts["open_overdue"] == expected["overdue"]
    assert counts["no_deadline"] == expected["no_due_date"]

    for facts in individual_facts(grid, start, end):
        mine = Counter(statuses[c][0] for c in scoped if officer_of[c] == facts.name)
        assert facts.values["late_count"] == mine["late"] + mine["overdue"]
        finished = mine["early"] + mine["on_time"] + mine["late"]
        assert facts.values["dossiers_handled"] == finished + mine["in_time"] + mine["overdue"]
        rate = (mine["early"] + mine["on_time"]) / finished if finished else None
        assert facts.values["on_time_rate"] == rate

    weeks = weekly_results(grid, start, end)
    finished_within = Counter(
        statuses[code][0]
        for (code,) in grid.execute(
            "SELECT code FROM dossiers WHERE finish_on BETWEEN ? AND ?",
            (start.isoformat(), end.isoformat()),
        )
    )
    assert sum(w["early"] for w in weeks) == finished_within["early"]
    assert sum(w["on_time"] for w in weeks) == finished_within["on_time"]
    assert sum(w["late"] for w in weeks) == finished_within["late"]
