"""Dates, times, numbers and sizes as people read them, in each language's conventions.

Vietnamese: dates ``01/07/2021``, times ``14:05 01/07/2021``, a decimal comma and dot thousands
(``96,5%``, ``1.544``). English: ``1 Jul 2021``, ``1 Jul 2021 14:05``, ``96.5%``, ``1,544``.
Every format for people (terminal tables, messages, Markdown, HTML, the workbook's text) writes
through these functions; JSON and CSV keep ISO dates and plain numbers.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_MONTH_NAMES = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
# (thousands, decimal) separators.
_SEPARATORS = {"vi": (".", ","), "en": (",", ".")}


class Rate(float):
    """A fraction to be read as a percentage: a message shows ``Rate(0.95)`` as ``95%``."""


def number(value: float, lang: str, *, decimals: int | None = None) -> str:
    """``1.544`` / ``1,544``; a fraction with ``decimals`` places (default: as few as it needs,
    at most two)."""
    thousands, point = _SEPARATORS.get(lang, _SEPARATORS["vi"])
    if isinstance(value, int) and not decimals:
        text = f"{value:,}"  # exact, however large
    elif decimals is None:
        decimals = 0 if float(value).is_integer() else 2
        text = f"{value:,.{decimals}f}".rstrip("0").rstrip(".") if decimals else f"{value:,.0f}"
    else:
        text = f"{value:,.{decimals}f}"
    return text.translate({ord(","): thousands, ord("."): point})


def percent(rate: float, lang: str, *, decimals: int = 1, exact: bool = False) -> str:
    """A fraction as a percentage: ``0.965`` → ``96,5%``; ``exact`` drops a zero decimal
    (``95%``), for a target people wrote as a round number."""
    value = rate * 100
    if exact and round(value, decimals) == round(value):
        decimals = 0
    return number(value, lang, decimals=decimals) + "%"


def rate(value: float | None, lang: str) -> str:
    """A rate in percent, or the words for a rate nothing defines (never 0% or 100%)."""
    if value is None:
        from thidua_cli.text.messages import text

        return text("export.na", lang)
    return percent(value, lang)


def as_date(value: Any) -> date | None:
    """A date, a date-time, or an ISO text (``2021-07-01``, ``2021-07-01T09:30:00``) as a date."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str) and len(value) >= 10:
        try:
            return date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None


def as_moment(value: Any) -> datetime | None:
    """A date-time or an ISO date-time text as a date-time (a bare date is None)."""
    if isinstance(value, datetime):
        return value
    if isinstance(value, str) and len(value) > 10:
        try:
            return datetime.fromisoformat(value)
        except ValueError:
            return None
    return None


def day(value: Any, lang: str) -> str:
    """``01/07/2021`` / ``1 Jul 2021``; text that is no date is returned as it is."""
    found = as_date(value)
    if found is None:
        return "" if value is None else str(value)
    if lang == "en":
        return f"{found.day} {_MONTHS[found.month - 1]} {found.year}"
    return found.strftime("%d/%m/%Y")


def day_of_month(value: Any, lang: str) -> str:
    """A day without its year, where the year goes without saying: ``01/06`` / ``1 Jun``."""
    found = as_date(value)
    if found is None:
        return "" if value is None else str(value)
    if lang == "en":
        return f"{found.day} {_MONTHS[found.month - 1]}"
    return found.strftime("%d/%m")


def moment(value: Any, lang: str) -> str:
    """A time of day on a date: ``14:05 01/07/2021`` / ``1 Jul 2021 14:05``."""
    found = as_moment(value)
    if found is None:
        return day(value, lang)
    clock = found.strftime("%H:%M")
    return f"{day(found, lang)} {clock}" if lang == "en" else f"{clock} {day(found, lang)}"


def day_in_words(value: date, lang: str) -> str:
    """A date as an administrative document writes it: "ngày 04 tháng 6 năm 2021" / "4 June 2021".

    Nghị định 30/2020/NĐ-CP (Phụ lục I): a day below 10 and the months 1 and 2 take a leading
    zero, so that nothing can be written in front of them; the other months do not.
    """
    if lang == "en":
        return f"{value.day} {_MONTH_NAMES[value.month - 1]} {value.year}"
    month_shown = f"{value.month:02d}" if value.month < 3 else str(value.month)
    return f"ngày {value.day:02d} tháng {month_shown} năm {value.year}"


def month_in_words(year: int, month_number: int, lang: str) -> str:
    """A month as a paper names a period: "tháng 6 năm 2021" / "June 2021"."""
    if lang == "en":
        return f"{_MONTH_NAMES[month_number - 1]} {year}"
    return f"tháng {month_number} năm {year}"


def span(start: Any, end: Any, lang: str) -> str:
    """Two days as a period: ``01/06/2021–30/06/2021``."""
    return f"{day(start, lang)}–{day(end, lang)}"


def month(year: int, month_number: int, lang: str) -> str:
    """``06/2021`` / ``June 2021``."""
    if lang == "en":
        return f"{_MONTH_NAMES[month_number - 1]} {year}"
    return f"{month_number:02d}/{year}"


def size(count: int, lang: str) -> str:
    """A file's size: ``1.020 KB``, ``1,5 MB`` / ``1,020 KB``, ``1.5 MB``."""
    if count < 1024 * 1024:
        kilobytes = count / 1024
        return number(kilobytes, lang, decimals=1 if kilobytes < 10 else 0) + " KB"
    return number(count / 1024 / 1024, lang, decimals=1) + " MB"


def formatted(value: Any, lang: str) -> Any:
    """A message's parameter as people read it: a date, a time or a number in ``lang``'s way;
    anything else as it is."""
    if isinstance(value, bool):
        return value
    if isinstance(value, Rate):
        return percent(value, lang, exact=True)
    if isinstance(value, datetime):
        return moment(value, lang)
    if isinstance(value, date):
        return day(value, lang)
    if isinstance(value, int | float):
        return number(value, lang)
    return value
