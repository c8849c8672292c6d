"""Dates typed on the command line: day first, ISO, never month first, never a guessed year."""

from __future__ import annotations

from datetime import date

import pytest

from thidua_cli.text.dates import DateTextError, read_day, read_month


@pytest.mark.parametrize(
    ("typed", "day"),
    [
        ("01/07/2021", date(2021, 7, 1)),
        ("1/7/2021", date(2021, 7, 1)),
        ("01-07-2021", date(2021, 7, 1)),
        ("1.7.2021", date(2021, 7, 1)),
        ("2021-07-01", date(2021, 7, 1)),
        ("2021-7-1", date(2021, 7, 1)),
        (" 12/06/2021 ", date(2021, 6, 12)),  # 12 June, never 6 December
        ("29/2/2024", date(2024, 2, 29)),
    ],
)
def test_a_typed_day_is_read_day_first(typed: str, day: date) -> None:
    assert read_day(typed) == day


@pytest.mark.parametrize(
    ("typed", "key", "params"),
    [
        ("31/06/2021", "date.no_such_day", {"month": 6, "year": 2021, "days": 30}),
        ("2021-06-31", "date.no_such_day", {"month": 6, "year": 2021, "days": 30}),
        ("29/02/2021", "date.no_such_day", {"month": 2, "year": 2021, "days": 28}),
        ("0/1/2021", "date.no_such_day", {"month": 1, "year": 2021, "days": 31}),
        ("07/31/2021", "date.no_such_month", {"month": 31}),  # month first: refused, not guessed
        ("1/7/21", "date.unreadable", {}),  # a two-digit year is never guessed
        ("01/07/0000", "date.unreadable", {}),
        ("01/07-2021", "date.unreadable", {}),
        ("hôm nay", "date.unreadable", {}),
        ("", "date.unreadable", {}),
    ],
)
def test_a_day_that_does_not_exist_says_why(typed: str, key: str, params: dict[str, int]) -> None:
    with pytest.raises(DateTextError) as caught:
        read_day(typed)
    assert caught.value.key == key
    assert caught.value.params == {"value": typed, **params}


@pytest.mark.parametrize(
    ("typed", "month"),
    [
        ("06/2021", (2021, 6)),
        ("6/2021", (2021, 6)),
        ("2021-06", (2021, 6)),
        ("12-2024", (2024, 12)),
    ],
)
def test_a_typed_month(typed: str, month: tuple[int, int]) -> None:
    assert read_month(typed) == month


@pytest.mark.parametrize(
    ("typed", "key"),
    [
        ("13/2021", "month.no_such_month"),
        ("2021-00", "month.no_such_month"),
        ("06/21", "month.unreadable"),
        ("01/06/2021", "month.unreadable"),
        ("../x", "month.unreadable"),
    ],
)
def test_a_month_that_does_not_exist(typed: str, key: str) -> None:
    with pytest.raises(DateTextError) as caught:
        read_month(typed)
    assert caught.value.key == key
