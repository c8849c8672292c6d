"""Deadlines for many dossiers at once: the pure rules of ``deadlines`` behind a memo.

An export of a million dossiers has only a few thousand distinct (receipt day, time side of the
cut-off, procedure) combinations, so each deadline is computed once and looked up after that.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, time

from thidua_cli.domain.calendar import WorkingCalendar
from thidua_cli.domain.deadlines import Procedure, SupplementPolicy, computed_due_date

# Deadlines remembered at most; a city's year needs some tens of thousands of keys, and a memo that
# keeps growing with the file would make an import's memory grow with it.
MEMO_LIMIT = 8_192


def to_moment(value: str) -> datetime | date:
    """An ISO date or date-time string, as the store keeps them, back to a value."""
    if len(value) > 10:
        return datetime.fromisoformat(value)
    return date.fromisoformat(value)


@dataclass
class ProcedureIndex:
    """Procedures by code and by folded name: a dossier matches by code, else by name."""

    by_code: Mapping[str, Procedure]
    by_key: Mapping[str, Procedure]

    def find(self, code: str | None, key: str) -> Procedure | None:
        if code and code in self.by_code:
            return self.by_code[code]
        return self.by_key.get(key)


class DeadlineResolver:
    def __init__(
        self,
        calendar: WorkingCalendar,
        procedures: ProcedureIndex,
        policy: SupplementPolicy = "restart",
        first_day: date = date(2000, 1, 1),
        last_day: date = date(2050, 12, 31),
    ) -> None:
        self.calendar = calendar
        self.procedures = procedures
        self.policy = policy
        self.first = first_day.isoformat()
        self.last = last_day.isoformat()
        self._memo: dict[tuple[object, ...], date | None] = {}

    def __call__(
        self,
        due_recorded: str | None,
        received_at: str,
        procedure_code: str | None,
        procedure_key: str,
        supplement_requested: str | None,
        supplement_received: str | None,
    ) -> tuple[str | None, str | None]:
        """(due date ISO, due_source) for one dossier; (None, None) when it cannot be known."""
        if due_recorded:
            return due_recorded, "recorded"
        procedure = self.procedures.find(procedure_code, procedure_key)
        if procedure is None:
            return None, None
        if not (self.first <= received_at[:10] <= self.last):
            return None, None
        key = (
            self._moment_key(received_at, procedure.cutoff),
            procedure,
            supplement_requested[:10] if supplement_requested else None,
            self._moment_key(supplement_received, procedure.cutoff)
            if supplement_received
            else None,
        )
        if key in self._memo:
            due = self._memo[key]
        else:
            due = computed_due_date(
                to_moment(received_at),
                procedure,
                self.calendar,
                supplement_requested=date.fromisoformat(supplement_requested[:10])
                if supplement_requested
                else None,
                supplement_received=to_moment(supplement_received) if supplement_received else None,
                policy=self.policy,
            )
            if len(self._memo) >= MEMO_LIMIT:
                self._memo.clear()
            self._memo[key] = due
        return (due.isoformat(), "computed") if due else (None, None)

    @staticmethod
    def _moment_key(value: str, cutoff: time | None) -> tuple[str, bool]:
        """The day and which side of the cut-off the time falls: all a deadline depends on."""
        if cutoff is None or len(value) <= 10:
            return value[:10], False
        return value[:10], value[11:19] > cutoff.strftime("%H:%M:%S")
