"""Dates and times as exports write them, read day first, always.

A dossier export has four date columns and up to a million rows, but few distinct days: the parser
remembers each date text it has read, so the common case is one dictionary lookup.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Callable

from thidua_cli.ingest.vocab import FieldError

_DAY_FIRST = re.compile(r"([0-9]{1,2})([/.-])([0-9]{1,2})\2([0-9]{4})")
_YEAR_FIRST = re.compile(r"([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})")
_FIRST_YEAR = 1900
_LAST_YEAR = 2100
_CACHE_LIMIT = 8_192
# Excel's day 0; serials past 60 are right, and years before 1900 are refused anyway.
_EXCEL_EPOCH = dt.datetime(1899, 12, 30)
_LAST_EXCEL_SERIAL = 2958465  # 9999-12-31
_MIDNIGHT = dt.time()
# A time after a 10-character date, already written as the parser writes it (seconds may be
# missing): the common date-time cell then needs no memo of its times, which could grow to every
# second of the day.
_CANONICAL_CLOCK = re.compile(r" (?:[01][0-9]|2[0-3]):[0-5][0-9](?::[0-5][0-9])?")


def _check_year(year: int) -> None:
    if not _FIRST_YEAR <= year <= _LAST_YEAR:
        raise FieldError("ingest.reason.year_out_of_range", first=_FIRST_YEAR, last=_LAST_YEAR)


def _parse_date_text(text: str) -> str:
    match = _DAY_FIRST.fullmatch(text)
    if match is not None:
        day, month, year = int(match.group(1)), int(match.group(3)), int(match.group(4))
    else:
        match = _YEAR_FIRST.fullmatch(text)
        if match is None:
            raise FieldError("ingest.reason.bad_date")
        year, month, day = int(match.group(1)), int(match.group(2)), int(match.group(3))
    _check_year(year)
    try:
        dt.date(year, month, day)
    except ValueError:
        raise FieldError("ingest.reason.no_such_date") from None
    return f"{year:04d}-{month:02d}-{day:02d}"


def _two_digits(text: str, limit: int) -> bool:
    return len(text) == 2 and text.isascii() and text.isdigit() and int(text) <= limit


def _parse_time_text(text: str) -> str:
    """``HH:MM:SS`` for ``H:MM``, ``HH:MM``, ``HH:MM:SS`` (a fraction of a second is dropped)."""
    parts = text.replace("h", ":").split(":")
    if len(parts) == 2:
        hour, minute, second = parts[0], parts[1], "00"
    elif len(parts) == 3:
        hour, minute, second = parts
        whole, dot, fraction = second.partition(".")
        if dot:
            if not (fraction.isascii() and fraction.isdigit()):
                raise FieldError("ingest.reason.bad_time")
            second = whole
    else:
        raise FieldError("ingest.reason.bad_time")
    if not (
        1 <= len(hour) <= 2
        and hour.isascii()
        and hour.isdigit()
        and int(hour) <= 23
        and _two_digits(minute, 59)
        and _two_digits(second, 59)
    ):
        raise FieldError("ingest.reason.bad_time")
    return f"{int(hour):02d}:{minute}:{second}"


def _from_datetime(value: dt.datetime) -> str:
    _check_year(value.year)
    # Excel stores times as fractions of a day, so 08:30 may come back as 08:29:59.999.
    if value.microsecond >= 500_000:
        value += dt.timedelta(seconds=1)
        _check_year(value.year)
    value = value.replace(microsecond=0, tzinfo=None)
    if value.time() == _MIDNIGHT:
        return value.date().isoformat()
    return value.isoformat(sep=" ")


# A source's own way of writing dates (an import profile's ``date_format``), in these tokens.
_FORMAT_TOKENS = (
    ("yyyy", "year", r"[0-9]{4}"),
    ("yy", "short_year", r"[0-9]{2}"),
    ("dd", "day", r"[0-9]{1,2}"),
    ("mm", "month", r"[0-9]{1,2}"),
    ("HH", "hour", r"[0-9]{1,2}"),
    ("MM", "minute", r"[0-9]{2}"),
    ("SS", "second", r"[0-9]{2}"),
)


def date_format(pattern: str) -> re.Pattern[str]:
    """The expression of a date format such as ``dd/mm/yy HH:MM`` or ``yyyymmdd``.

    Tokens: ``dd`` day, ``mm`` month, ``yyyy`` or ``yy`` (20yy) year, ``HH`` hour, ``MM`` minute,
    ``SS`` second; anything else stands for itself, a space for any run of spaces. A format must
    say day, month and year, and may not put the month before the day unless the year leads (a
    month-first date is never read). Raises FieldError with the reason.
    """
    parts: list[str] = []
    order: list[str] = []
    at = 0
    while at < len(pattern):
        for token, group, expression in _FORMAT_TOKENS:
            if pattern.startswith(token, at):
                if group in order:
                    raise FieldError("ingest.reason.format_repeats", token=token)
                parts.append(f"(?P<{group}>{expression})")
                order.append(group)
                at += len(token)
                break
        else:
            char = pattern[at]
            parts.append(r"\s+" if char == " " else re.escape(char))
            at += 1
    year = "year" if "year" in order else "short_year"
    if not {"day", "month"} <= set(order) or year not in order:
        raise FieldError("ingest.reason.format_incomplete")
    if "year" in order and "short_year" in order:
        raise FieldError("ingest.reason.format_repeats", token="yy")
    if order.index("month") < order.index("day") and order.index(year) > order.index("month"):
        raise FieldError("ingest.reason.format_month_first")
    if ("minute" in order and "hour" not in order) or ("second" in order and "minute" not in order):
        raise FieldError("ingest.reason.format_incomplete")
    return re.compile("".join(parts))


def _by_format(match: re.Match[str]) -> str:
    found = match.groupdict()
    year = int(found["year"]) if found.get("year") else 2000 + int(found["short_year"])
    _check_year(year)
    try:
        day = dt.date(year, int(found["month"]), int(found["day"]))
    except ValueError:
        raise FieldError("ingest.reason.no_such_date") from None
    if found.get("hour") is None:
        return day.isoformat()
    hour, minute = int(found["hour"]), int(found.get("minute") or 0)
    second = int(found.get("second") or 0)
    if hour > 23 or minute > 59 or second > 59:
        raise FieldError("ingest.reason.bad_time")
    return f"{day.isoformat()} {hour:02d}:{minute:02d}:{second:02d}"


class DateParser:
    """Reads one cell into ``YYYY-MM-DD`` or ``YYYY-MM-DD HH:MM:SS``; None for an empty cell.

    Accepts dd/mm/yyyy, dd-mm-yyyy and dd.mm.yyyy (one- or two-digit day and month), ISO
    yyyy-mm-dd, each optionally with a time (``HH:MM[:SS]``, after a space or ``T``, or before the
    date as some portals print it), native dates and datetimes, and Excel serial numbers. A value
    that cannot be read raises :class:`FieldError`. Never month first, never a two-digit year.
    """

    __slots__ = ("_dates", "_formats", "_times")

    def __init__(self, source_formats: tuple[re.Pattern[str], ...] = ()) -> None:
        # Raw cell text or date part -> ISO date, "" for a blank cell (None means "not seen").
        self._dates: dict[str, str] = {}
        self._times: dict[str, str] = {}
        # The source's own ways of writing dates (``date_format``), tried before the usual ones.
        self._formats = source_formats

    def __call__(self, value: object) -> str | None:
        if type(value) is str:
            # The common shapes, "dd/mm/yyyy" and "dd/mm/yyyy HH:MM:SS", seen before: lookups only.
            if len(value) <= 10:
                known = self._dates.get(value)
                if known is not None:
                    return known or None
            else:
                day = self._dates.get(value[:10])
                if day and _CANONICAL_CLOCK.fullmatch(value, 10):
                    return day + value[10:] if len(value) == 19 else day + value[10:] + ":00"
                date_text, space, time_text = value.partition(" ")
                if space:
                    day = self._dates.get(date_text)
                    clock = self._times.get(time_text)
                    if day and clock:
                        return day + " " + clock
            return self._parse_text(value)
        if value is None:
            return None
        return self._parse_object(value)

    def text_reader(self) -> Callable[[str], str | None]:
        """This parser as a function of text cells only, for a loop over a million of them.

        The common shapes are read from local names (no attribute lookups); everything else,
        and every first sight of a date, goes through the parser itself.
        """
        dates_get = self._dates.get
        clock_after_date = _CANONICAL_CLOCK.fullmatch
        parse = self.__call__

        def read(value: str) -> str | None:
            if len(value) > 10:
                day = dates_get(value[:10])
                if day and clock_after_date(value, 10):
                    return day + value[10:] if len(value) == 19 else day + value[10:] + ":00"
            else:
                known = dates_get(value)
                if known is not None:
                    return known or None
            return parse(value)

        return read

    def _remember_date(self, text: str, iso: str) -> None:
        if len(self._dates) >= _CACHE_LIMIT:
            self._dates.clear()
        self._dates[text] = iso

    def _date_part(self, text: str) -> str:
        iso = self._dates.get(text)
        if not iso:
            iso = _parse_date_text(text)
            self._remember_date(text, iso)
        return iso

    def _time_part(self, text: str) -> str:
        clock = self._times.get(text)
        if clock is None:
            clock = _parse_time_text(text)
            if len(self._times) >= _CACHE_LIMIT:
                self._times.clear()
            self._times[text] = clock
        return clock

    def _parse_text(self, value: str) -> str | None:
        known = self._dates.get(value)
        if known is not None:
            return known or None
        text = value.strip()
        if not text:
            self._remember_date(value, "")
            return None
        for source_format in self._formats:
            match = source_format.fullmatch(text)
            if match is not None:
                iso = _by_format(match)
                self._remember_date(value, iso)
                return iso
        cut = text.find(" ")
        if cut < 0:
            cut = text.find("T")
            if cut < 0:
                iso = _parse_date_text(text)
                self._remember_date(value, iso)
                return iso
        first, rest = text[:cut], text[cut + 1 :].lstrip()
        # Dates never hold ":" or "h"; a first part that does is the time ("08:30 05/06/2021").
        if ":" in first or "h" in first:
            first, rest = rest, first
        return f"{self._date_part(first)} {self._time_part(rest)}"

    def _parse_object(self, value: object) -> str:
        if isinstance(value, dt.datetime):
            return _from_datetime(value)
        if isinstance(value, dt.date):
            _check_year(value.year)
            return value.isoformat()
        if isinstance(value, int | float) and not isinstance(value, bool):
            if not (math.isfinite(value) and 1 <= value <= _LAST_EXCEL_SERIAL):
                raise FieldError("ingest.reason.bad_date")
            return _from_datetime(_EXCEL_EPOCH + dt.timedelta(days=value))
        raise FieldError("ingest.reason.bad_date")


_TIME_OF_DAY = re.compile(r"([0-9]{1,2})(?:(?:h|g|giờ|:|\.)([0-9]{2})?(?::([0-9]{2}))?)?")


def parse_time_of_day(value: object) -> dt.time:
    """A cut-off hour such as ``15:00``, ``15h``, ``15h00``, ``15g30`` or ``15``.

    Excel time cells (a ``time``, or a fraction of a day) are accepted as they are.
    """
    if isinstance(value, dt.datetime):
        return value.time().replace(microsecond=0)
    if isinstance(value, dt.time):
        return value.replace(microsecond=0)
    if isinstance(value, float) and 0 < value < 1:
        seconds = round(value * 86400)
        return dt.time(seconds // 3600 % 24, seconds // 60 % 60, seconds % 60)
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str):
        raise FieldError("ingest.reason.bad_time_of_day")
    match = _TIME_OF_DAY.fullmatch(value.strip().lower().replace(" ", ""))
    if match is None:
        raise FieldError("ingest.reason.bad_time_of_day")
    hour = int(match.group(1))
    minute = int(match.group(2) or 0)
    second = int(match.group(3) or 0)
    if hour > 23 or minute > 59 or second > 59:
        raise FieldError("ingest.reason.bad_time_of_day")
    return dt.time(hour, minute, second)
