"""What the values of a column look like: day-first dates, times of day, a vocabulary's labels.

An import ignores the columns it does not recognise by their header; when one of them holds
values like those of a column the file lacks (times of day in a procedures file: the cut-off
hour), the import names it with the ``--map`` that would read it. Only a sample of the first
rows is looked at, and most of its values must agree.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence

from thidua_cli.ingest.vocab import VOCABULARIES, FieldError

# Rows looked at, and the share of their non-empty values that must look right.
SAMPLE_ROWS = 200
_AGREEING = 0.8
_FEWEST = 2

_DAY_FIRST_DATE = re.compile(
    r"\s*[0-9]{1,2}[/.-][0-9]{1,2}[/.-][0-9]{4}\b.*|\s*[0-9]{4}-[0-9]{2}-[0-9]{2}\b.*"
)
_TIME_OF_DAY = re.compile(r"\s*(?:[01]?[0-9]|2[0-3])(?:[:hg][0-5][0-9](?::[0-5][0-9])?|h)\s*")


def _is_date(value: object) -> bool:
    if isinstance(value, dt.date | dt.datetime):
        return True
    if not isinstance(value, str) or not _DAY_FIRST_DATE.fullmatch(value):
        return False
    from thidua_cli.ingest.dates import DateParser

    try:
        return DateParser()(value) is not None
    except FieldError:
        return False


def _is_time(value: object) -> bool:
    if isinstance(value, dt.time):
        return True
    return isinstance(value, str) and _TIME_OF_DAY.fullmatch(value) is not None


def _reads(parse: Callable[[object], object]) -> Callable[[object], bool]:
    def test(value: object) -> bool:
        try:
            parse(value)
        except FieldError:
            return False
        # A bare number reads as a code in several vocabularies: it says nothing of the column.
        return isinstance(value, str) and any(char.isalpha() for char in value)

    return test


def looks_like(looks: str, values: Sequence[object]) -> bool:
    """Whether most of ``values`` (empty ones aside) look like ``looks``: "date", "time", or the
    name of a vocabulary."""
    test: Callable[[object], bool]
    if looks == "date":
        test = _is_date
    elif looks == "time":
        test = _is_time
    elif looks in VOCABULARIES:
        test = _reads(VOCABULARIES[looks].parse)
    else:
        return False
    present = [v for v in values if v is not None and not (isinstance(v, str) and not v.strip())]
    if len(present) < _FEWEST:
        return False
    return sum(1 for value in present if test(value)) >= _AGREEING * len(present)
