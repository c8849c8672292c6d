"""Dates as a person types them on the command line: day first, always.

``01/07/2021``, ``1/7/2021`` (also with ``-`` or ``.``) and ISO ``2021-07-01`` are the first of
July; a month is ``06/2021``, ``6/2021`` or ``2021-06``. A two-digit year is never guessed, nor a
month written first: ``07/31/2021`` is refused as having no month 31, which says what went wrong.
"""

from __future__ import annotations

import calendar
import re
from datetime import date
from typing import Any

_DAY_FIRST = re.compile(r"([0-9]{1,2})([/.-])([0-9]{1,2})\2([0-9]{4})")
_ISO_DAY = re.compile(r"([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})")
_MONTH_FIRST = re.compile(r"([0-9]{1,2})[/.-]([0-9]{4})")
_ISO_MONTH = re.compile(r"([0-9]{4})-([0-9]{1,2})")


class DateTextError(ValueError):
    """What a typed date lacks, as a catalogue key and its parameters."""

    def __init__(self, key: str, /, **params: Any) -> None:
        super().__init__(key)
        self.key = key
        self.params = params


def read_day(typed: str) -> date:
    """The day ``typed`` names; :class:`DateTextError` when it names none."""
    text = typed.strip()
    match = _DAY_FIRST.fullmatch(text)
    if match is not None:
        day, month, year = int(match.group(1)), int(match.group(3)), int(match.group(4))
    elif (match := _ISO_DAY.fullmatch(text)) is not None:
        year, month, day = int(match.group(1)), int(match.group(2)), int(match.group(3))
    else:
        raise DateTextError("date.unreadable", value=typed)
    if year < 1:
        raise DateTextError("date.unreadable", value=typed)
    if not 1 <= month <= 12:
        raise DateTextError("date.no_such_month", value=typed, month=month)
    days = calendar.monthrange(year, month)[1]
    if not 1 <= day <= days:
        raise DateTextError("date.no_such_day", value=typed, month=month, year=year, days=days)
    return date(year, month, day)


def read_month(typed: str) -> tuple[int, int]:
    """(year, month) of ``typed``: ``06/2021``, ``6/2021`` or ``2021-06``."""
    text = typed.strip()
    match = _MONTH_FIRST.fullmatch(text)
    if match is not None:
        month, year = int(match.group(1)), int(match.group(2))
    elif (match := _ISO_MONTH.fullmatch(text)) is not None:
        year, month = int(match.group(1)), int(match.group(2))
    else:
        raise DateTextError("month.unreadable", value=typed)
    if not 1 <= month <= 12 or year < 1:
        raise DateTextError("month.no_such_month", value=typed, month=month)
    return year, month
