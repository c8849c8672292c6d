"""Deadlines of administrative-procedure dossiers and their classification.

This module is the reference for the same rules written in SQL: keep every rule small, exact and
written down in the docstring that owns it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Literal

from thidua_cli.domain.calendar import WorkingCalendar

__all__ = [
    "CLASSIFICATIONS",
    "Deadline",
    "DeadlineSource",
    "Procedure",
    "SupplementPolicy",
    "classify",
    "computed_due_date",
    "deadline",
    "effective_receipt_day",
    "finish_date",
]

SupplementPolicy = Literal["restart", "extend"]
DeadlineSource = Literal["recorded", "computed"]

CLASSIFICATIONS = (
    "early",
    "on_time",
    "late",
    "in_time",
    "overdue",
    "withdrawn",
    "not_received",
    "no_due_date",
)

_PASS_THROUGH = frozenset({"withdrawn", "not_received"})
_KNOWN_STATUSES = _PASS_THROUGH | {
    "received",
    "processing",
    "waiting_supplement",
    "waiting_payment",
    "stopped",
    "finished",
    "returned",
}


@dataclass(frozen=True)
class Procedure:
    """Statutory processing time in working days (0 = same day) and an optional cut-off hour."""

    days: int
    cutoff: time | None = None


@dataclass(frozen=True)
class Deadline:
    due: date | None
    source: DeadlineSource | None


def _day_of(moment: datetime | date) -> date:
    # datetime is a subclass of date; a datetime would never equal a date in calendar lookups.
    return moment.date() if isinstance(moment, datetime) else moment


def effective_receipt_day(
    received_at: datetime | date, cutoff: time | None, cal: WorkingCalendar
) -> date:
    """The working day a receipt counts from.

    A receipt on a non-working day counts as received on the next working day. With a cut-off,
    a receipt strictly later than the cut-off time counts as received on the next working day
    after the receipt day: with 15:00, a dossier stamped 15:00:00 is still received that day,
    15:00:01 is not, because "after 15:00" in the procedures excludes 15:00 itself. A date
    without a time is never after the cut-off.
    """
    day = _day_of(received_at)
    after_cutoff = (
        cutoff is not None and isinstance(received_at, datetime) and received_at.time() > cutoff
    )
    return cal.next_working_day(day) if after_cutoff else cal.on_or_after(day)


def computed_due_date(
    received_at: datetime | date,
    procedure: Procedure,
    cal: WorkingCalendar,
    *,
    supplement_requested: date | None = None,
    supplement_received: datetime | date | None = None,
    policy: SupplementPolicy = "restart",
) -> date | None:
    """The statutory deadline: the N-th working day after the effective receipt day (N = 0:
    that day itself), counting from the day after receipt (Bộ luật Dân sự 2015, Điều 147).

    Supplement requests count only when `supplement_requested` is known; a supplement receipt
    date without a request date is ignored under both policies, so that the rule is the same
    whichever dates an export happens to carry. The complete dossier's receipt follows the same
    cut-off rule as the first receipt, under both policies.

    - ``restart`` (Nghị định 61/2018, Điều 19.4): N is counted again from the effective day of
      the complete dossier.
    - ``extend``: the original deadline moves by the working days spent waiting, that is the
      working days d with request day < d <= effective day of the complete dossier. The request
      day was still a processing day; the day the dossier became complete was not. A receipt
      dated before the request (bad data) extends by nothing.

    While a request is waiting for the applicant the result is None under both policies: the
    processing time is suspended and the office cannot yet know its deadline, so the dossier
    shows as waiting, never as overdue.
    """
    if procedure.days < 0:
        raise ValueError(f"processing time must be >= 0 working days, got {procedure.days}")
    received = effective_receipt_day(received_at, procedure.cutoff, cal)
    if supplement_requested is None:
        return cal.add_working_days(received, procedure.days)
    if supplement_received is None:
        return None
    complete = effective_receipt_day(supplement_received, procedure.cutoff, cal)
    if policy == "restart":
        return cal.add_working_days(complete, procedure.days)
    waiting = max(0, cal.working_days_between(_day_of(supplement_requested), complete))
    return cal.add_working_days(cal.add_working_days(received, procedure.days), waiting)


def deadline(
    recorded_due: date | None,
    received_at: datetime | date,
    procedure: Procedure | None,
    cal: WorkingCalendar,
    *,
    supplement_requested: date | None = None,
    supplement_received: datetime | date | None = None,
    policy: SupplementPolicy = "restart",
) -> Deadline:
    """The recorded appointment date when present (it already reflects supplements and the
    office's decisions); else the computed one when the procedure is known; else none."""
    if recorded_due is not None:
        return Deadline(_day_of(recorded_due), "recorded")
    if procedure is None:
        return Deadline(None, None)
    due = computed_due_date(
        received_at,
        procedure,
        cal,
        supplement_requested=supplement_requested,
        supplement_received=supplement_received,
        policy=policy,
    )
    return Deadline(due, "computed" if due is not None else None)


def finish_date(
    finished_at: datetime | date | None, returned_at: datetime | date | None
) -> date | None:
    """The day the result was ready; when only the hand-over is known, the hand-over day."""
    if finished_at is not None:
        return _day_of(finished_at)
    if returned_at is not None:
        return _day_of(returned_at)
    return None


def classify(
    *,
    status: str,
    received: date,
    due: date | None,
    finished: date | None,
    as_of: date,
    cal: WorkingCalendar,
    suspended: bool = False,
) -> tuple[str, int]:
    """(classification, working_days_late) of one dossier at `as_of`.

    `suspended` says the office asked for a supplement and the applicant has not brought it yet:
    the computed deadline is unknown (the clock stands still, Nghị định 61/2018 Điều 19.4), so
    the open dossier is in time rather than a dossier without a deadline.

    Rules, in order:

    1. ``withdrawn`` and ``not_received`` pass through with 0.
    2. No deadline: ``no_due_date``, 0.
    3. A finish date on or before `as_of` makes the dossier finished, whatever its status (so a
       ``stopped`` dossier, refused after appraisal, is judged like any finish); a finish after
       `as_of` is ignored and the dossier is open at `as_of`. A finished status without a finish
       date cannot be judged as a finish and is treated as open.
    4. Finished: finish < due ``early``, finish == due ``on_time``, finish > due ``late``.
    5. Open: as_of <= due ``in_time``, else ``overdue``.

    `working_days_late` is 0 unless late or overdue; then it is
    ``cal.working_days_between(due, end)`` with `end` the finish date (late) or `as_of`
    (overdue), but at least 1: days are compared at day granularity, so a result on the
    Saturday after a Friday deadline is late although no working day has passed.

    `received` is taken so that callers pass the whole record; no rule needs it today.
    """
    if status not in _KNOWN_STATUSES:
        raise ValueError(f"unknown dossier status: {status!r}")
    if status in _PASS_THROUGH:
        return status, 0
    if due is None:
        if suspended and (finished is None or finished > as_of):
            return "in_time", 0
        return "no_due_date", 0
    if finished is not None and finished <= as_of:
        if finished < due:
            return "early", 0
        if finished == due:
            return "on_time", 0
        return "late", max(1, cal.working_days_between(due, finished))
    if as_of <= due:
        return "in_time", 0
    return "overdue", max(1, cal.working_days_between(due, as_of))
