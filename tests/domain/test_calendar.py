import subprocess
import sys
from datetime import date, timedelta

import holidays
import pytest
from hypothesis import given
from hypothesis import strategies as st

from thidua_cli.domain.calendar import KNOWN_OVERRIDES, Override, WorkingCalendar

CAL = WorkingCalendar.from_years(range(2018, 2028))


def naive_is_working(days_off: set[date], working: set[date], day: date) -> bool:
    return day in working or (day.weekday() < 5 and day not in days_off)


def naive_add(days_off: set[date], working: set[date], day: date, n: int) -> date:
    current = day
    if n == 0:
        while not naive_is_working(days_off, working, current):
            current += timedelta(days=1)
        return current
    while n:
        current += timedelta(days=1)
        n -= naive_is_working(days_off, working, current)
    return current


def naive_between(days_off: set[date], working: set[date], a: date, b: date) -> int:
    lo, hi, sign = (a, b, 1) if a <= b else (b, a, -1)
    count = sum(
        naive_is_working(days_off, working, lo + timedelta(days=i))
        for i in range(1, (hi - lo).days + 1)
    )
    return sign * count


# --- official days --------------------------------------------------------------------------


def test_2021_weekday_days_off_match_the_published_list() -> None:
    # The 2021 list of weekday days off from the domain notes.
    assert [d for d, _ in CAL.days_off_in_year(2021)] == [
        date(2021, 1, 1),
        date(2021, 2, 10),
        date(2021, 2, 11),
        date(2021, 2, 12),
        date(2021, 2, 15),
        date(2021, 2, 16),
        date(2021, 4, 21),
        date(2021, 4, 30),
        date(2021, 5, 3),
        date(2021, 9, 2),
        date(2021, 9, 3),
    ]


@pytest.mark.parametrize(
    ("day", "working"),
    [
        (date(2021, 2, 9), True),  # Tue, the working day before Tết 2021
        (date(2021, 2, 10), False),  # Wed, 29 Tết
        (date(2021, 2, 16), False),  # Tue, mùng 5
        (date(2021, 2, 17), True),  # Wed, back to work
        (date(2021, 5, 3), False),  # Mon, observed for Sat 1/5/2021
        (date(2020, 9, 2), False),  # Wed, Quốc khánh 2020 (one day only before 2021)
        (date(2020, 9, 3), True),  # Thu after Quốc khánh 2020
        (date(2021, 9, 3), False),  # Fri, the adjacent Quốc khánh day from 2021 on
        (date(2025, 5, 2), False),  # Fri, swapped off in 2025
        (date(2025, 4, 26), True),  # Sat, worked in exchange
        (date(2026, 8, 31), False),  # Mon, swapped off in 2026
        (date(2026, 8, 22), True),  # Sat, worked in exchange
        (date(2026, 1, 2), False),  # Fri, swapped off for New Year 2026 (shipped override)
        (date(2026, 1, 10), True),  # Sat, worked in exchange (shipped override)
        (date(2019, 1, 5), True),  # Sat, worked for the 31/12/2018 swap
        (date(2019, 5, 4), True),  # Sat, worked for the 29/4/2019 swap
        (date(2024, 5, 4), True),  # Sat, worked for the 29/4/2024 swap
        (date(2021, 6, 12), False),  # an ordinary Saturday
    ],
)
def test_official_working_days(day: date, working: bool) -> None:
    assert CAL.is_working_day(day) is working


def test_make_up_days_listed_per_year() -> None:
    assert [d for d, _ in CAL.make_up_days_in_year(2025)] == [date(2025, 4, 26)]
    assert [d for d, _ in CAL.make_up_days_in_year(2026)] == [date(2026, 1, 10), date(2026, 8, 22)]
    assert CAL.make_up_days_in_year(2021) == []


def test_names_are_vietnamese_whatever_the_locale() -> None:
    names = dict(CAL.days_off_in_year(2021))
    assert names[date(2021, 9, 2)] == "Quốc khánh"
    english = WorkingCalendar.from_years([2021], language="en_US")
    assert dict(english.days_off_in_year(2021))[date(2021, 9, 2)] == "National Day"


@pytest.mark.parametrize(
    ("start", "n", "expected"),
    [
        # Tết 2021: Wed 10/2 – Tue 16/2 off.
        (date(2021, 2, 9), 3, date(2021, 2, 19)),  # Wed 17, Thu 18, Fri 19
        (date(2021, 2, 5), 3, date(2021, 2, 17)),  # Mon 8, Tue 9, Wed 17
        (date(2021, 2, 9), 1, date(2021, 2, 17)),  # the whole Tết week skipped
        # 30/4–3/5/2021: Fri 30/4 off, Sat 1/5, Sun 2/5, Mon 3/5 observed.
        (date(2021, 4, 29), 1, date(2021, 5, 4)),  # Tue 4/5
        (date(2021, 4, 29), 2, date(2021, 5, 5)),  # Wed 5/5
        # Quốc khánh 2020: Wed 2/9 only.
        (date(2020, 9, 1), 1, date(2020, 9, 3)),  # Thu 3/9
        (date(2020, 9, 1), 2, date(2020, 9, 4)),  # Fri 4/9
        # Quốc khánh 2021: Thu 2/9 and Fri 3/9.
        (date(2021, 9, 1), 1, date(2021, 9, 6)),  # Mon 6/9
        # 2025 swap: Sat 26/4 worked, Wed 30/4 – Fri 2/5 off.
        (date(2025, 4, 25), 1, date(2025, 4, 26)),  # the make-up Saturday
        (date(2025, 4, 25), 2, date(2025, 4, 28)),  # Mon 28/4
        (date(2025, 4, 25), 4, date(2025, 5, 5)),  # Tue 29/4 is 3rd, then Mon 5/5
        # 2026 swap: Sat 22/8 worked, Mon 31/8 – Wed 2/9 off.
        (date(2026, 8, 21), 1, date(2026, 8, 22)),  # the make-up Saturday
        (date(2026, 8, 28), 1, date(2026, 9, 3)),  # Thu 3/9
        # New Year 2026: Thu 1/1 and Fri 2/1 off, Sat 10/1 worked.
        (date(2025, 12, 31), 1, date(2026, 1, 5)),  # Mon 5/1
        (date(2026, 1, 9), 1, date(2026, 1, 10)),  # the make-up Saturday
        # From a non-working day the next working day is the first.
        (date(2021, 6, 12), 1, date(2021, 6, 14)),  # Sat → Mon
        (date(2021, 6, 12), 0, date(2021, 6, 14)),  # 0 from Sat is the next working day
        (date(2021, 6, 14), 0, date(2021, 6, 14)),  # 0 from a working day is that day
        (date(2021, 6, 7), 5, date(2021, 6, 14)),  # a plain week
    ],
)
def test_add_working_days(start: date, n: int, expected: date) -> None:
    assert CAL.add_working_days(start, n) == expected


def test_add_working_days_refuses_negative_n() -> None:
    with pytest.raises(ValueError):
        CAL.add_working_days(date(2021, 6, 7), -1)


@pytest.mark.parametrize(
    ("day", "on_or_after", "next_day"),
    [
        (date(2021, 6, 7), date(2021, 6, 7), date(2021, 6, 8)),  # Mon
        (date(2021, 6, 11), date(2021, 6, 11), date(2021, 6, 14)),  # Fri → Mon
        (date(2021, 6, 12), date(2021, 6, 14), date(2021, 6, 14)),  # Sat
        (date(2021, 2, 10), date(2021, 2, 17), date(2021, 2, 17)),  # inside Tết
        (date(2025, 4, 25), date(2025, 4, 25), date(2025, 4, 26)),  # Fri → make-up Sat
    ],
)
def test_on_or_after_and_next(day: date, on_or_after: date, next_day: date) -> None:
    assert CAL.on_or_after(day) == on_or_after
    assert CAL.next_working_day(day) == next_day


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        (date(2021, 2, 9), date(2021, 2, 19), 3),  # Wed 17, Thu 18, Fri 19
        (date(2021, 2, 19), date(2021, 2, 9), -3),  # mirrored
        (date(2021, 6, 11), date(2021, 6, 12), 0),  # Fri → Sat
        (date(2021, 6, 7), date(2021, 6, 7), 0),
        (date(2025, 4, 25), date(2025, 5, 5), 4),  # Sat 26, Mon 28, Tue 29, Mon 5/5
        # 2021 has 261 weekdays; (1/1, 31/12] drops Fri 1/1 and the 10 other weekday days off.
        (date(2021, 1, 1), date(2021, 12, 31), 250),
    ],
)
def test_working_days_between(a: date, b: date, expected: int) -> None:
    assert CAL.working_days_between(a, b) == expected


def test_ordinals_table() -> None:
    rows = list(CAL.ordinals(date(2021, 2, 8), date(2021, 2, 18)))
    assert rows == [
        (date(2021, 2, 8), True, 1),  # Mon
        (date(2021, 2, 9), True, 2),  # Tue
        (date(2021, 2, 10), False, 2),  # Tết starts
        (date(2021, 2, 11), False, 2),
        (date(2021, 2, 12), False, 2),
        (date(2021, 2, 13), False, 2),
        (date(2021, 2, 14), False, 2),
        (date(2021, 2, 15), False, 2),
        (date(2021, 2, 16), False, 2),
        (date(2021, 2, 17), True, 3),
        (date(2021, 2, 18), True, 4),
    ]
    assert list(CAL.ordinals(date(2021, 2, 9), date(2021, 2, 8))) == []


def test_outside_the_built_years_only_weekends_are_off() -> None:
    cal = WorkingCalendar.from_years([2021])
    assert cal.is_working_day(date(2030, 1, 1))  # New Year 2030 is unknown to this calendar
    assert not cal.is_working_day(date(2030, 1, 5))  # a Saturday
    assert cal.add_working_days(date(2030, 1, 4), 1) == date(2030, 1, 7)


def test_the_calendar_covers_only_the_years_it_was_built_for() -> None:
    cal = WorkingCalendar.from_years([2025])
    # The package reports the 5/1/2019 make-up Saturday whatever years are asked for.
    assert cal.make_up_days_in_year(2019) == []
    assert not cal.is_working_day(date(2019, 1, 5))
    # Shipped overrides for other years stay out too.
    assert cal.is_working_day(date(2026, 1, 2))


def test_tiny_calendar_from_explicit_sets() -> None:
    cal = WorkingCalendar(days_off=[date(2021, 6, 8)], working_days=[date(2021, 6, 12)])
    assert cal.add_working_days(date(2021, 6, 7), 1) == date(2021, 6, 9)  # Tue off
    assert cal.add_working_days(date(2021, 6, 11), 1) == date(2021, 6, 12)  # Sat worked
    assert cal.days_off_in_year(2021) == [(date(2021, 6, 8), "")]


def test_a_make_up_day_wins_over_a_day_off_on_the_same_date() -> None:
    cal = WorkingCalendar(days_off=[date(2021, 6, 8)], working_days=[date(2021, 6, 8)])
    assert cal.is_working_day(date(2021, 6, 8))
    assert cal.working_days_between(date(2021, 6, 7), date(2021, 6, 9)) == 2
    assert cal.days_off_in_year(2021) == []


# --- overrides ------------------------------------------------------------------------------


@pytest.mark.parametrize("override", KNOWN_OVERRIDES, ids=lambda o: o.day.isoformat())
def test_every_shipped_override_corrects_the_package(override: Override) -> None:
    official = holidays.country_holidays("VN", years=override.day.year)
    assert override.note.strip()
    if override.kind == "off":
        assert override.day.weekday() < 5
        assert override.day not in official
    else:
        weekend_workdays: set[date] = getattr(official, "weekend_workdays", set())
        if override.day.weekday() >= 5:
            assert override.day not in weekend_workdays
        else:
            assert override.day in official


def test_shipped_overrides_are_unique_and_in_range() -> None:
    days = [o.day for o in KNOWN_OVERRIDES]
    assert len(days) == len(set(days))
    assert all(2019 <= d.year <= 2026 for d in days)


def test_package_still_has_the_swaps_we_rely_on() -> None:
    # These swaps are not shipped as overrides because the package has them; an older package
    # would lose them silently.
    cal = WorkingCalendar.from_years([2019, 2024, 2025, 2026])
    for off, worked in [
        (date(2019, 4, 29), date(2019, 5, 4)),
        (date(2024, 4, 29), date(2024, 5, 4)),
        (date(2025, 5, 2), date(2025, 4, 26)),
        (date(2026, 8, 31), date(2026, 8, 22)),
    ]:
        assert not cal.is_working_day(off)
        assert cal.is_working_day(worked)


def test_user_overrides_win_over_shipped_ones_and_the_package() -> None:
    cal = WorkingCalendar.from_years(
        [2025, 2026],
        [
            Override(date(2026, 1, 2), "work", "office decision"),  # against a shipped override
            Override(date(2025, 5, 2), "work", "office decision"),  # against the package
            Override(date(2025, 4, 26), "off", "office decision"),  # cancels a make-up Saturday
            Override(date(2025, 6, 6), "off", "local holiday"),  # a new weekday off
        ],
    )
    assert cal.is_working_day(date(2026, 1, 2))
    assert cal.is_working_day(date(2025, 5, 2))
    assert not cal.is_working_day(date(2025, 4, 26))
    assert not cal.is_working_day(date(2025, 6, 6))
    assert (date(2025, 6, 6), "local holiday") in cal.days_off_in_year(2025)


def test_the_later_of_two_user_overrides_wins() -> None:
    cal = WorkingCalendar.from_years(
        [2021],
        [Override(date(2021, 6, 8), "off", "first"), Override(date(2021, 6, 8), "work", "second")],
    )
    assert cal.is_working_day(date(2021, 6, 8))


def test_importing_the_calendar_does_not_import_holidays() -> None:
    code = "import sys, thidua_cli.domain.calendar; print('holidays' in sys.modules)"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"


# --- properties -----------------------------------------------------------------------------

days_2019_2027 = st.dates(min_value=date(2019, 1, 1), max_value=date(2027, 12, 31))
small_n = st.integers(min_value=0, max_value=80)


@given(day=days_2019_2027, n=st.integers(min_value=1, max_value=80))
def test_adding_then_counting_back_gives_n(day: date, n: int) -> None:
    assert CAL.working_days_between(day, CAL.add_working_days(day, n)) == n


@given(day=days_2019_2027, n=small_n)
def test_results_are_working_days(day: date, n: int) -> None:
    result = CAL.add_working_days(day, n)
    assert CAL.is_working_day(result)
    assert result >= day


@given(day=days_2019_2027, n=st.integers(min_value=1, max_value=80))
def test_more_days_land_later(day: date, n: int) -> None:
    assert CAL.add_working_days(day, n) < CAL.add_working_days(day, n + 1)


@given(a=days_2019_2027, b=days_2019_2027, n=small_n)
def test_order_is_preserved(a: date, b: date, n: int) -> None:
    first, second = sorted((a, b))
    assert CAL.add_working_days(first, n) <= CAL.add_working_days(second, n)


@given(a=days_2019_2027, b=days_2019_2027)
def test_between_is_antisymmetric(a: date, b: date) -> None:
    assert CAL.working_days_between(a, b) == -CAL.working_days_between(b, a)


window = st.dates(min_value=date(2021, 5, 1), max_value=date(2021, 8, 31))


@given(
    days_off=st.sets(window, max_size=40),
    working=st.sets(window, max_size=20),
    day=st.dates(min_value=date(2021, 4, 1), max_value=date(2021, 9, 30)),
    other=st.dates(min_value=date(2021, 4, 1), max_value=date(2021, 9, 30)),
    n=st.integers(min_value=0, max_value=40),
)
def test_arithmetic_matches_a_day_by_day_walk(
    days_off: set[date], working: set[date], day: date, other: date, n: int
) -> None:
    cal = WorkingCalendar(days_off, working)
    assert cal.is_working_day(day) == naive_is_working(days_off, working, day)
    assert cal.add_working_days(day, n) == naive_add(days_off, working, day, n)
    assert cal.working_days_between(day, other) == naive_between(days_off, working, day, other)


@given(
    days_off=st.sets(window, max_size=40),
    working=st.sets(window, max_size=20),
    start=st.dates(min_value=date(2021, 4, 1), max_value=date(2021, 6, 30)),
    length=st.integers(min_value=0, max_value=120),
)
def test_ordinals_agree_with_working_days_between(
    days_off: set[date], working: set[date], start: date, length: int
) -> None:
    cal = WorkingCalendar(days_off, working)
    rows = list(cal.ordinals(start, start + timedelta(days=length)))
    assert len(rows) == length + 1
    first_day, first_working, first_ordinal = rows[0]
    assert first_ordinal == int(first_working)
    for day, is_working, ordinal in rows:
        assert is_working == cal.is_working_day(day)
        assert ordinal - first_ordinal == cal.working_days_between(first_day, day)
