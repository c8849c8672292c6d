"""A dossier's status at a reference date, in SQL: the one definition every query uses.

The rules are those of ``domain.deadlines.classify`` (the reference; a test runs both over every
kind of dossier and day): withdrawn and never-received dossiers stand apart; one with no deadline
is ``no_due_date``, unless it waits for a supplement the applicant has not brought yet (its clock
stands still, so it is open and in time); one finished on or before the reference date is early,
on time or late against its deadline; one still open is in time or overdue.

Each function takes the SQL of the reference date (a bound parameter such as ``:as_of``) and
reads the dossier as ``d``. A report counts statuses from ``status_sql`` (``sum(status =
'early')``) instead of comparing dates again.
"""

from __future__ import annotations

FINISHED = ("early", "on_time", "late")
OPEN = ("in_time", "overdue")
# The statuses a report counts: every dossier with a deadline (or a suspended one), at a date.
COUNTED = (*FINISHED, *OPEN)


def in_sql(statuses: tuple[str, ...]) -> str:
    """``('early', 'on_time')``: a list for ``status IN ...``, from our own fixed words."""
    return "(" + ", ".join(f"'{status}'" for status in statuses) + ")"


def suspended_sql(ref: str) -> str:
    """Waiting at ``ref`` for the applicant's supplement, with no deadline known yet."""
    return f"""(d.due_date IS NULL AND d.supplement_requested_at IS NOT NULL
  AND d.supplement_received_at IS NULL AND (d.finish_on IS NULL OR d.finish_on > {ref}))"""


def status_sql(ref: str) -> str:
    """The status of dossier ``d`` at the date ``ref``: one of ``domain.deadlines.CLASSIFICATIONS``."""
    return f"""CASE
  WHEN d.state = 'withdrawn' THEN 'withdrawn'
  WHEN d.state = 'not_received' THEN 'not_received'
  WHEN d.due_date IS NULL THEN
    CASE WHEN {suspended_sql(ref)} THEN 'in_time' ELSE 'no_due_date' END
  WHEN d.finish_on IS NOT NULL AND d.finish_on <= {ref} THEN
    CASE WHEN d.finish_on < d.due_date THEN 'early'
         WHEN d.finish_on = d.due_date THEN 'on_time'
         ELSE 'late' END
  WHEN {ref} <= d.due_date THEN 'in_time'
  ELSE 'overdue'
END"""


def late_days_sql(ref: str, ref_ordinal: str) -> str:
    """Working days after the deadline up to the finish (late) or to ``ref`` (overdue), else 0.

    ``ref_ordinal`` is the working-day ordinal of ``ref`` (``queries.ordinal``). A dossier late by
    the day rule with no working day in between (a Saturday result) counts 1.
    """
    deadline = "(SELECT ordinal FROM workdays WHERE day = d.due_date)"
    finish = "(SELECT ordinal FROM workdays WHERE day = d.finish_on)"
    return f"""CASE {status_sql(ref)}
  WHEN 'late' THEN max(1, {finish} - {deadline})
  WHEN 'overdue' THEN max(1, {ref_ordinal} - {deadline})
  ELSE 0
END"""
