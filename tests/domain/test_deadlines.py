from datetime import date, datetime, time

import pytest

from thidua_cli.domain.calendar import WorkingCalendar
from thidua_cli.domain.deadlines import (
    CLASSIFICATIONS,
    Deadline,
    Procedure,
    SupplementPolicy,
    classify,
    computed_due_date,
    deadline,
    effective_receipt_day,
    finish_date,
)

CAL = WorkingCalendar.from_years(range(2019, 2028))
CUTOFF = time(15, 0)

# --- effective receipt day ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("received_at", "cutoff", "expected"),
    [
        (datetime(2021, 6, 7, 14, 59), CUTOFF, date(2021, 6, 7)),  # Mon before the cut-off
        (datetime(2021, 6, 7, 15, 0), CUTOFF, date(2021, 6, 7)),  # exactly 15:00 is not after
        (datetime(2021, 6, 7, 15, 0, 1), CUTOFF, date(2021, 6, 8)),  # one second later is
        (datetime(2021, 6, 7, 15, 1), CUTOFF, date(2021, 6, 8)),  # Mon 15:01 → Tue
        (datetime(2021, 6, 11, 16, 0), CUTOFF, date(2021, 6, 14)),  # Fri 16:00 → Mon
        (datetime(2021, 2, 9, 16, 0), CUTOFF, date(2021, 2, 17)),  # eve of Tết → after Tết
        (datetime(2021, 2, 9, 10, 0), CUTOFF, date(2021, 2, 9)),  # eve of Tết, morning
        (date(2021, 6, 11), CUTOFF, date(2021, 6, 11)),  # a date alone is never late
        (datetime(2021, 6, 7, 23, 0), None, date(2021, 6, 7)),  # no cut-off
        (datetime(2021, 6, 12, 9, 0), None, date(2021, 6, 14)),  # Sat → Mon
        (datetime(2021, 6, 12, 16, 0), CUTOFF, date(2021, 6, 14)),  # Sat after 15:00 → Mon too
        (date(2021, 4, 30), None, date(2021, 5, 4)),  # holiday Fri 30/4 → Tue 4/5
        (date(2021, 5, 1), None, date(2021, 5, 4)),  # holiday Sat 1/5 → Tue 4/5
        (datetime(2025, 4, 26, 10, 0), CUTOFF, date(2025, 4, 26)),  # a make-up Sat is worked
        (datetime(2025, 4, 25, 16, 0), CUTOFF, date(2025, 4, 26)),  # Fri late → make-up Sat
    ],
)
def test_effective_receipt_day(
    received_at: datetime | date, cutoff: time | None, expected: date
) -> None:
    assert effective_receipt_day(received_at, cutoff, CAL) == expected


# --- computed due date ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("received_at", "procedure", "expected"),
    [
        # Tết 2021 (Wed 10/2 – Tue 16/2 off): Wed 17, Thu 18, Fri 19.
        (datetime(2021, 2, 9, 9, 0), Procedure(3), date(2021, 2, 19)),
        # The eve of Tết after the cut-off: counts from Wed 17/2, so Thu 18, Fri 19, Mon 22.
        (datetime(2021, 2, 9, 16, 0), Procedure(3, CUTOFF), date(2021, 2, 22)),
        # 30/4–3/5/2021 off: from Thu 29/4, Tue 4/5 is the 1st.
        (datetime(2021, 4, 29, 9, 0), Procedure(1), date(2021, 5, 4)),
        # Quốc khánh 2020, Wed 2/9 only: Thu 3/9, Fri 4/9.
        (date(2020, 9, 1), Procedure(2), date(2020, 9, 4)),
        # Quốc khánh 2021, Thu 2/9 and Fri 3/9: Mon 6/9.
        (date(2021, 9, 1), Procedure(1), date(2021, 9, 6)),
        # 2025 swap: Sat 26/4 (1), Mon 28/4 (2), Tue 29/4 (3), Mon 5/5 (4).
        (date(2025, 4, 25), Procedure(4), date(2025, 5, 5)),
        # 2026 swap: Sat 22/8 is worked, so a 1-day procedure from Fri 21/8 ends that Saturday.
        (date(2026, 8, 21), Procedure(1), date(2026, 8, 22)),
        # 2026 swap: Sat 29/8 – Wed 2/9 off, so Thu 3/9.
        (date(2026, 8, 28), Procedure(1), date(2026, 9, 3)),
        # 0-day procedures: the effective receipt day itself.
        (datetime(2021, 6, 7, 10, 0), Procedure(0, CUTOFF), date(2021, 6, 7)),
        (datetime(2021, 6, 11, 16, 0), Procedure(0, CUTOFF), date(2021, 6, 14)),  # Fri late
        (date(2021, 6, 12), Procedure(0), date(2021, 6, 14)),  # received on Saturday
        (date(2021, 2, 12), Procedure(0), date(2021, 2, 17)),  # received on Tết
        # Received on Saturday: Mon 14/6 is the effective day, Tue 15/6 the 1st.
        (date(2021, 6, 12), Procedure(1), date(2021, 6, 15)),
    ],
)
def test_computed_due_date(
    received_at: datetime | date, procedure: Procedure, expected: date
) -> None:
    assert computed_due_date(received_at, procedure, CAL) == expected


# Received Mon 7/6/2021, 5 working days: original deadline Mon 14/6/2021.
RECEIVED = datetime(2021, 6, 7, 9, 0)
FIVE_DAYS = Procedure(5, CUTOFF)


@pytest.mark.parametrize(
    ("requested", "completed", "policy", "expected"),
    [
        # Complete Fri 11/6 morning: restart counts 14, 15, 16, 17, 18 → Fri 18/6.
        (date(2021, 6, 9), datetime(2021, 6, 11, 10, 0), "restart", date(2021, 6, 18)),
        # Extend: waited Thu 10 and Fri 11 (after the request day, up to completion): 2 days
        # after Mon 14/6 → Wed 16/6.
        (date(2021, 6, 9), datetime(2021, 6, 11, 10, 0), "extend", date(2021, 6, 16)),
        # Complete Fri 11/6 after 15:00 counts from Mon 14/6: restart → Mon 21/6.
        (date(2021, 6, 9), datetime(2021, 6, 11, 16, 0), "restart", date(2021, 6, 21)),
        # Extend: waited Thu 10, Fri 11, Mon 14: 3 days after Mon 14/6 → Thu 17/6.
        (date(2021, 6, 9), datetime(2021, 6, 11, 16, 0), "extend", date(2021, 6, 17)),
        # Completed the same day as requested: nothing waited under extend.
        (date(2021, 6, 9), date(2021, 6, 9), "extend", date(2021, 6, 14)),
        # Completed on a Saturday: effective Mon 14/6; restart → Mon 21/6.
        (date(2021, 6, 9), date(2021, 6, 12), "restart", date(2021, 6, 21)),
        # A receipt dated before the request (bad data) extends by nothing.
        (date(2021, 6, 9), date(2021, 6, 8), "extend", date(2021, 6, 14)),
    ],
)
def test_supplement_policies(
    requested: date, completed: datetime | date, policy: SupplementPolicy, expected: date
) -> None:
    due = computed_due_date(
        RECEIVED,
        FIVE_DAYS,
        CAL,
        supplement_requested=requested,
        supplement_received=completed,
        policy=policy,
    )
    assert due == expected


def test_supplement_across_tet_2021() -> None:
    # Received Mon 1/2/2021, 5 days: Tue 2, Wed 3, Thu 4, Fri 5, Mon 8/2 → Mon 8/2.
    assert computed_due_date(date(2021, 2, 1), Procedure(5), CAL) == date(2021, 2, 8)
    # Requested Wed 3/2, complete Wed 17/2: waited Thu 4, Fri 5, Mon 8, Tue 9, Wed 17 = 5 days;
    # 5 working days after Mon 8/2 → Tue 9, Wed 17, Thu 18, Fri 19, Mon 22/2.
    extended = computed_due_date(
        date(2021, 2, 1),
        Procedure(5),
        CAL,
        supplement_requested=date(2021, 2, 3),
        supplement_received=date(2021, 2, 17),
        policy="extend",
    )
    assert extended == date(2021, 2, 22)
    # Restart from Wed 17/2: Thu 18, Fri 19, Mon 22, Tue 23, Wed 24/2.
    restarted = computed_due_date(
        date(2021, 2, 1),
        Procedure(5),
        CAL,
        supplement_requested=date(2021, 2, 3),
        supplement_received=date(2021, 2, 17),
    )
    assert restarted == date(2021, 2, 24)


@pytest.mark.parametrize("policy", ["restart", "extend"])
def test_waiting_for_a_supplement_has_no_deadline(policy: SupplementPolicy) -> None:
    due = computed_due_date(
        RECEIVED,
        FIVE_DAYS,
        CAL,
        supplement_requested=date(2021, 6, 9),
        policy=policy,
    )
    assert due is None


@pytest.mark.parametrize("policy", ["restart", "extend"])
def test_a_supplement_receipt_without_a_request_is_ignored(policy: SupplementPolicy) -> None:
    due = computed_due_date(
        RECEIVED,
        FIVE_DAYS,
        CAL,
        supplement_received=date(2021, 6, 11),
        policy=policy,
    )
    assert due == date(2021, 6, 14)


def test_negative_processing_time_is_refused() -> None:
    with pytest.raises(ValueError):
        computed_due_date(RECEIVED, Procedure(-1), CAL)


# --- deadline -------------------------------------------------------------------------------


def test_recorded_due_date_wins() -> None:
    result = deadline(
        date(2021, 6, 30),
        RECEIVED,
        FIVE_DAYS,
        CAL,
        supplement_requested=date(2021, 6, 9),
    )
    assert result == Deadline(date(2021, 6, 30), "recorded")


def test_recorded_due_datetime_is_reduced_to_its_day() -> None:
    result = deadline(datetime(2021, 6, 30, 17, 0), RECEIVED, None, CAL)
    assert result == Deadline(date(2021, 6, 30), "recorded")


def test_computed_when_the_procedure_is_known() -> None:
    assert deadline(None, RECEIVED, FIVE_DAYS, CAL) == Deadline(date(2021, 6, 14), "computed")


def test_computed_with_a_supplement() -> None:
    result = deadline(
        None,
        RECEIVED,
        FIVE_DAYS,
        CAL,
        supplement_requested=date(2021, 6, 9),
        supplement_received=date(2021, 6, 11),
        policy="extend",
    )
    assert result == Deadline(date(2021, 6, 16), "computed")


def test_no_deadline_without_procedure_or_while_waiting() -> None:
    assert deadline(None, RECEIVED, None, CAL) == Deadline(None, None)
    waiting = deadline(None, RECEIVED, FIVE_DAYS, CAL, supplement_requested=date(2021, 6, 9))
    assert waiting == Deadline(None, None)


# --- finish date ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("finished_at", "returned_at", "expected"),
    [
        (datetime(2021, 6, 10, 16, 30), datetime(2021, 6, 14, 8, 0), date(2021, 6, 10)),
        (None, datetime(2021, 6, 14, 8, 0), date(2021, 6, 14)),
        (date(2021, 6, 10), None, date(2021, 6, 10)),
        (None, None, None),
    ],
)
def test_finish_date(
    finished_at: datetime | date | None, returned_at: datetime | date | None, expected: date | None
) -> None:
    assert finish_date(finished_at, returned_at) == expected


# --- classify -------------------------------------------------------------------------------

MON_7 = date(2021, 6, 7)  # a receipt day in an ordinary week
DUE_MON_14 = date(2021, 6, 14)
DUE_FRI_11 = date(2021, 6, 11)


@pytest.mark.parametrize(
    ("status", "due", "finished", "as_of", "expected"),
    [
        # Pass-through, whatever the dates say.
        ("withdrawn", DUE_MON_14, None, date(2021, 6, 30), ("withdrawn", 0)),
        ("not_received", DUE_MON_14, date(2021, 6, 20), date(2021, 6, 30), ("not_received", 0)),
        # No deadline.
        ("processing", None, None, date(2021, 6, 30), ("no_due_date", 0)),
        ("finished", None, date(2021, 6, 10), date(2021, 6, 30), ("no_due_date", 0)),
        # Finished.
        ("finished", DUE_MON_14, date(2021, 6, 11), date(2021, 6, 30), ("early", 0)),
        ("finished", DUE_MON_14, DUE_MON_14, date(2021, 6, 30), ("on_time", 0)),  # deadline day
        ("returned", DUE_MON_14, date(2021, 6, 15), date(2021, 6, 30), ("late", 1)),  # Tue 15
        ("returned", DUE_MON_14, date(2021, 6, 10), date(2021, 6, 30), ("early", 0)),
        # Saturday after a Friday deadline: late, 0 working days between, reported as 1.
        ("finished", DUE_FRI_11, date(2021, 6, 12), date(2021, 6, 30), ("late", 1)),
        ("finished", DUE_FRI_11, date(2021, 6, 14), date(2021, 6, 30), ("late", 1)),  # Mon 14
        # A stopped dossier (refused after appraisal) with a finish date is a finish.
        ("stopped", DUE_MON_14, date(2021, 6, 11), date(2021, 6, 30), ("early", 0)),
        ("stopped", DUE_MON_14, date(2021, 6, 16), date(2021, 6, 30), ("late", 2)),  # Tue, Wed
        # A stopped dossier without a finish date is still open.
        ("stopped", DUE_MON_14, None, date(2021, 6, 16), ("overdue", 2)),
        # Open, every open status.
        ("received", DUE_MON_14, None, date(2021, 6, 10), ("in_time", 0)),
        ("processing", DUE_MON_14, None, DUE_MON_14, ("in_time", 0)),  # as_of on the deadline
        ("waiting_supplement", DUE_MON_14, None, date(2021, 6, 15), ("overdue", 1)),
        ("waiting_payment", DUE_MON_14, None, date(2021, 6, 18), ("overdue", 4)),  # Tue–Fri
        # A finished status without a finish date is judged as open.
        ("finished", DUE_MON_14, None, date(2021, 6, 15), ("overdue", 1)),
        # A finish after as_of: open at as_of.
        ("finished", DUE_MON_14, date(2021, 6, 20), date(2021, 6, 13), ("in_time", 0)),
        ("finished", DUE_MON_14, date(2021, 6, 20), date(2021, 6, 16), ("overdue", 2)),
        # A finish on as_of counts as finished.
        ("finished", DUE_MON_14, date(2021, 6, 16), date(2021, 6, 16), ("late", 2)),
        # Overdue on the Saturday/Sunday after a Friday deadline: 1.
        ("processing", DUE_FRI_11, None, date(2021, 6, 12), ("overdue", 1)),
        ("processing", DUE_FRI_11, None, date(2021, 6, 13), ("overdue", 1)),
        ("processing", DUE_FRI_11, None, date(2021, 6, 15), ("overdue", 2)),  # Mon, Tue
        # Across 30/4–3/5/2021: due Thu 29/4, as_of Wed 5/5 → Tue 4, Wed 5.
        ("processing", date(2021, 4, 29), None, date(2021, 5, 5), ("overdue", 2)),
        # Across Tết 2021: due Tue 9/2, as_of Thu 18/2 → Wed 17, Thu 18.
        ("processing", date(2021, 2, 9), None, date(2021, 2, 18), ("overdue", 2)),
        # Across Tết 2021: finished Fri 19/2 after a Tue 9/2 deadline → 3.
        ("finished", date(2021, 2, 9), date(2021, 2, 19), date(2021, 2, 28), ("late", 3)),
        # On a holiday after the deadline: Fri 30/4/2021 after Thu 29/4 → still 1.
        ("finished", date(2021, 4, 29), date(2021, 4, 30), date(2021, 5, 31), ("late", 1)),
    ],
)
def test_classify(
    status: str,
    due: date | None,
    finished: date | None,
    as_of: date,
    expected: tuple[str, int],
) -> None:
    result = classify(
        status=status, received=MON_7, due=due, finished=finished, as_of=as_of, cal=CAL
    )
    assert result == expected
    assert result[0] in CLASSIFICATIONS


def test_classify_refuses_unknown_statuses() -> None:
    with pytest.raises(ValueError):
        classify(status="done", received=MON_7, due=DUE_MON_14, finished=None, as_of=MON_7, cal=CAL)
