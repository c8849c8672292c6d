"""Working days of a Vietnamese public office.

A working day is Monday to Friday, minus public holidays, observed days and swapped days off,
plus make-up days (usually Saturdays) that are worked instead. Public holidays come from the
`holidays` package; `KNOWN_OVERRIDES` adds the government decisions it misses, and users add their
own on top.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Literal

__all__ = ["KNOWN_OVERRIDES", "Override", "WorkingCalendar"]

OverrideKind = Literal["off", "work"]


@dataclass(frozen=True)
class Override:
    """One government (or user) decision that changes whether a day is worked.

    `note` names the source document, so a clerk can check the decision.
    """

    day: date
    kind: OverrideKind
    note: str


# Only decisions the `holidays` package gets wrong belong here; a test checks that each entry
# still disagrees with the package, so an upstream fix shows up as a failing test instead of a
# silent duplicate. Every year 2019-2026 was compared with the published schedules for public
# servants; the package already has the other swaps (29/4/2019 with 4/5/2019, 29/4/2024 with
# 4/5/2024, 2/5/2025 with 26/4/2025, 31/8/2026 with 22/8/2026) and the observed days.
_NEW_YEAR_2026 = (
    "Văn bản 12729/VPCP-KGVX ngày 25/12/2025: nghỉ Tết Dương lịch 01/01–04/01/2026, "
    "hoán đổi ngày làm việc thứ Sáu 02/01/2026 sang thứ Bảy 10/01/2026"
)

KNOWN_OVERRIDES: tuple[Override, ...] = (
    Override(date(2026, 1, 2), "off", _NEW_YEAR_2026),
    Override(date(2026, 1, 10), "work", _NEW_YEAR_2026),
)

_MAKE_UP_LABELS = {"vi": "Ngày làm bù", "en_US": "Make-up working day"}


def _weekdays_through(day_number: int) -> int:
    """Monday-to-Friday days among proleptic ordinals 1..day_number."""
    # Ordinal 1 (0001-01-01) is a Monday, so every whole week from there holds five weekdays.
    weeks, rest = divmod(day_number, 7)
    return weeks * 5 + min(rest, 5)


def _day_with_weekday_count(count: int) -> int:
    """The first ordinal through which `count` (>= 1) Monday-to-Friday days have passed."""
    weeks, rest = divmod(count - 1, 5)
    return weeks * 7 + rest + 1


class WorkingCalendar:
    """Working-day arithmetic over explicit sets of days off and make-up days.

    A day is a working day when it is Monday to Friday and not in `days_off`, or when it is in
    `working_days` (a make-up day wins over a day off on the same date).

    The calendar knows only the days it was given: outside them, every Monday to Friday counts
    as a working day and only weekends are off. Build it from a generous range of years (the
    earliest receipt year to a year past the latest deadline) so that no holiday is missed.

    Arithmetic counts from a fixed epoch (a closed form for weekdays, corrected by binary search
    over the exceptions), so each call costs a few microseconds whatever the distance, and the
    same numbers can be stored for SQL with `ordinals`.
    """

    __slots__ = ("_names", "_off", "_off_numbers", "_work", "_work_numbers")

    def __init__(
        self,
        days_off: Iterable[date] = (),
        working_days: Iterable[date] = (),
        names: Mapping[date, str] | None = None,
    ) -> None:
        self._work = frozenset(working_days)
        self._off = frozenset(days_off)
        self._names = dict(names or {})
        # Only exceptions that change the weekday rule move the count: a day off on a weekend, or
        # a make-up day on a weekday, changes nothing.
        self._off_numbers = sorted(
            d.toordinal() for d in self._off if d.weekday() < 5 and d not in self._work
        )
        self._work_numbers = sorted(d.toordinal() for d in self._work if d.weekday() >= 5)

    @classmethod
    def from_years(
        cls,
        years: Iterable[int],
        overrides: Iterable[Override] = (),
        *,
        language: str = "vi",
    ) -> WorkingCalendar:
        """The official calendar for `years`: the package's holidays (observed days and the
        swaps it knows included), then `KNOWN_OVERRIDES` for those years, then `overrides`.

        Later entries win, so a user override beats both the shipped table and the package.
        `language` picks the language of the holiday names ("vi" or "en_US"); it is explicit
        because the package would otherwise follow the process locale.
        """
        # Importing `holidays` takes tens of milliseconds; only building a calendar pays it.
        import holidays

        wanted = sorted(set(years))
        days_off: set[date] = set()
        working_days: set[date] = set()
        names: dict[date, str] = {}
        if wanted:
            official = holidays.country_holidays("VN", years=wanted, language=language)
            for day, name in official.items():
                days_off.add(day)
                names[day] = name
            make_up_label = _MAKE_UP_LABELS.get(language, _MAKE_UP_LABELS["en_US"])
            # The package lists every make-up Saturday it knows whatever years were asked for;
            # keep the ones inside the range so the calendar covers exactly its years.
            for day in getattr(official, "weekend_workdays", ()):
                if day.year in wanted:
                    working_days.add(day)
                    names[day] = make_up_label
        shipped = (o for o in KNOWN_OVERRIDES if o.day.year in wanted)
        for override in (*shipped, *overrides):
            if override.kind == "off":
                days_off.add(override.day)
                working_days.discard(override.day)
            else:
                working_days.add(override.day)
                days_off.discard(override.day)
            names[override.day] = override.note
        return cls(days_off, working_days, names)

    def _works(self, number: int) -> bool:
        day = date.fromordinal(number)
        if day in self._work:
            return True
        return day.weekday() < 5 and day not in self._off

    def _rank(self, number: int) -> int:
        """Working days from the epoch up to and including ordinal `number`."""
        return (
            _weekdays_through(number)
            - bisect_right(self._off_numbers, number)
            + bisect_right(self._work_numbers, number)
        )

    def is_working_day(self, day: date) -> bool:
        if day in self._work:
            return True
        return day.weekday() < 5 and day not in self._off

    def on_or_after(self, day: date) -> date:
        """`day` itself when it is a working day, else the next working day."""
        return day if self.is_working_day(day) else self.add_working_days(day, 1)

    def next_working_day(self, day: date) -> date:
        """The first working day strictly after `day`."""
        return self.add_working_days(day, 1)

    def add_working_days(self, day: date, n: int) -> date:
        """The n-th working day after `day`, the day after `day` being the first candidate.

        n = 0 gives `on_or_after(day)`: "the same day" for a receipt on a non-working day means
        the next working day. So for a non-working `day`, n = 0 and n = 1 give the same date;
        deadline code always starts from a working day, where n = 0 is `day` itself.
        For n >= 1, `working_days_between(day, result) == n`. Negative n is refused: counting
        back is not symmetric with the half-open interval and nothing needs it.
        """
        if n < 0:
            raise ValueError(f"n must be >= 0, got {n}")
        if n == 0:
            return self.on_or_after(day)
        start = day.toordinal()
        target = self._rank(start) + n
        # Start from the answer for a plain Monday-to-Friday week, then walk over the few
        # exceptions in between; the answer is the first day whose rank reaches the target.
        candidate = _day_with_weekday_count(_weekdays_through(start) + n)
        rank = self._rank(candidate)
        if rank < target:
            while rank < target:
                candidate += 1
                rank += self._works(candidate)
        else:
            while rank - self._works(candidate) >= target:
                rank -= self._works(candidate)
                candidate -= 1
        return date.fromordinal(candidate)

    def working_days_between(self, start: date, end: date) -> int:
        """Working days d with start < d <= end; negative (mirrored) when end < start."""
        return self._rank(end.toordinal()) - self._rank(start.toordinal())

    def days_off_in_year(self, year: int) -> list[tuple[date, str]]:
        """Monday-to-Friday days off in `year` with their names, for display."""
        return sorted(
            (d, self._names.get(d, ""))
            for d in self._off
            if d.year == year and d.weekday() < 5 and d not in self._work
        )

    def make_up_days_in_year(self, year: int) -> list[tuple[date, str]]:
        """Days declared as worked in `year` (make-up Saturdays, cancelled days off)."""
        return sorted((d, self._names.get(d, "")) for d in self._work if d.year == year)

    def ordinals(self, start: date, end: date) -> Iterator[tuple[date, bool, int]]:
        """Every day from `start` to `end` inclusive, with is_working and a running count of
        working days from `start` up to and including that day.

        Stored as a table, it turns deadline arithmetic into joins: the N-th working day after
        a working day E is the working day whose ordinal is ordinal(E) + N, and
        `working_days_between(a, b)` is ordinal(b) - ordinal(a).
        """
        first, last = start.toordinal(), end.toordinal()
        running = 0
        for number in range(first, last + 1):
            working = self._works(number)
            running += working
            yield date.fromordinal(number), working, running
