import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from thidua_cli.ingest.dates import DateParser, parse_time_of_day
from thidua_cli.ingest.vocab import FieldError


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("05/06/2021", "2021-06-05"),
        ("5/6/2021", "2021-06-05"),
        ("05-06-2021", "2021-06-05"),
        ("5-6-2021", "2021-06-05"),
        ("05.06.2021", "2021-06-05"),
        ("5.6.2021", "2021-06-05"),
        ("31/12/2021", "2021-12-31"),
        ("29/02/2024", "2024-02-29"),
        (" 05/06/2021 ", "2021-06-05"),
        ("05/06/2021 08:30", "2021-06-05 08:30:00"),
        ("05/06/2021 8:30", "2021-06-05 08:30:00"),
        ("05/06/2021 08:30:15", "2021-06-05 08:30:15"),
        ("5/6/2021 8:05:09", "2021-06-05 08:05:09"),
        ("05-06-2021 23:59:59", "2021-06-05 23:59:59"),
        ("05.06.2021 00:00", "2021-06-05 00:00:00"),
        ("05/06/2021   08:30", "2021-06-05 08:30:00"),
        ("05/06/2021T08:30", "2021-06-05 08:30:00"),
        ("05/06/2021 08:30:15.250", "2021-06-05 08:30:15"),
        ("05/06/2021 08h30", "2021-06-05 08:30:00"),
        ("08:30 05/06/2021", "2021-06-05 08:30:00"),
        ("2021-06-05", "2021-06-05"),
        ("2021-6-5", "2021-06-05"),
        ("2021-06-05 08:30", "2021-06-05 08:30:00"),
        ("2021-06-05 08:30:15", "2021-06-05 08:30:15"),
        ("2021-06-05T08:30:15", "2021-06-05 08:30:15"),
        ("", None),
        ("   ", None),
        (None, None),
    ],
)
def test_text_forms(value, expected):
    parse = DateParser()
    assert parse(value) == expected
    # The second reading comes from the memo and must agree with the first.
    assert parse(value) == expected


def test_day_comes_first_never_the_month():
    parse = DateParser()
    assert parse("05/06/2021") == "2021-06-05"
    assert parse("12/01/2021") == "2021-01-12"
    with pytest.raises(FieldError) as caught:
        parse("12/31/2021")
    assert caught.value.key == "ingest.reason.no_such_date"


@pytest.mark.parametrize(
    ("value", "key"),
    [
        ("31/02/2021", "ingest.reason.no_such_date"),
        ("29/02/2021", "ingest.reason.no_such_date"),
        ("31/04/2021", "ingest.reason.no_such_date"),
        ("00/06/2021", "ingest.reason.no_such_date"),
        ("05/13/2021", "ingest.reason.no_such_date"),
        ("05/00/2021", "ingest.reason.no_such_date"),
        ("2021-13-01", "ingest.reason.no_such_date"),
        ("2021-02-30", "ingest.reason.no_such_date"),
        ("05/06/21", "ingest.reason.bad_date"),
        ("05/06/0021", "ingest.reason.year_out_of_range"),
        ("05/06/1899", "ingest.reason.year_out_of_range"),
        ("05/06/2101", "ingest.reason.year_out_of_range"),
        ("05/06-2021", "ingest.reason.bad_date"),
        ("2021/06/05", "ingest.reason.bad_date"),
        ("20210605", "ingest.reason.bad_date"),
        ("44352", "ingest.reason.bad_date"),
        ("June 5, 2021", "ingest.reason.bad_date"),
        ("hôm nay", "ingest.reason.bad_date"),
        ("05/06/2021 25:00", "ingest.reason.bad_time"),
        ("05/06/2021 24:00", "ingest.reason.bad_time"),
        ("05/06/2021 08:60", "ingest.reason.bad_time"),
        ("05/06/2021 08:30:60", "ingest.reason.bad_time"),
        ("05/06/2021 8:3", "ingest.reason.bad_time"),
        ("05/06/2021 08:30 SA", "ingest.reason.bad_time"),
        ("2021-06-05T08:30:00+07:00", "ingest.reason.bad_time"),
        ("31/02/2021 08:30", "ingest.reason.no_such_date"),
    ],
)
def test_refused(value, key):
    parse = DateParser()
    for _ in range(2):  # a refused value is never memoised as valid
        with pytest.raises(FieldError) as caught:
            parse(value)
        assert caught.value.key == key


def test_a_valid_part_is_remembered_without_hiding_a_bad_one():
    parse = DateParser()
    assert parse("05/06/2021 08:30") == "2021-06-05 08:30:00"
    with pytest.raises(FieldError):
        parse("05/06/2021 08:61")
    with pytest.raises(FieldError):
        parse("32/06/2021 08:30")
    assert parse("05/06/2021") == "2021-06-05"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (dt.datetime(2021, 6, 5), "2021-06-05"),
        (dt.datetime(2021, 6, 5, 8, 30), "2021-06-05 08:30:00"),
        (dt.datetime(2021, 6, 5, 8, 30, 15), "2021-06-05 08:30:15"),
        # Excel's float noise: 08:30 stored as a fraction of a day comes back a hair early.
        (dt.datetime(2021, 6, 5, 8, 29, 59, 999500), "2021-06-05 08:30:00"),
        (dt.datetime(2021, 6, 5, 8, 30, 0, 200000), "2021-06-05 08:30:00"),
        (dt.date(2021, 6, 5), "2021-06-05"),
        (44352, "2021-06-05"),
        (44352.0, "2021-06-05"),
        (44352.5, "2021-06-05 12:00:00"),
        (44352.354166666664, "2021-06-05 08:30:00"),
        (61, "1900-03-01"),
    ],
)
def test_native_values(value, expected):
    assert DateParser()(value) == expected


@pytest.mark.parametrize(
    "value",
    [0, -1, 2958466, float("nan"), float("inf"), True, dt.time(8, 30), b"05/06/2021"],
)
def test_native_values_refused(value):
    with pytest.raises(FieldError):
        DateParser()(value)


@pytest.mark.parametrize("value", [dt.date(1899, 12, 31), dt.datetime(2101, 1, 1, 8, 0), 80000])
def test_native_years_out_of_range(value):
    with pytest.raises(FieldError) as caught:
        DateParser()(value)
    assert caught.value.key == "ingest.reason.year_out_of_range"


def test_memo_is_bounded():
    parse = DateParser()
    first = dt.date(1900, 1, 1)
    for offset in range(70_000):
        day = first + dt.timedelta(days=offset)
        assert parse(f"{day:%d/%m/%Y}") == parse(f"{day:%d-%m-%Y}") == day.isoformat()
    assert len(parse._dates) <= 100_000


dates = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31))
clocks = st.times().map(lambda value: value.replace(microsecond=0))


@given(dates, st.sampled_from(["/", "-", "."]), st.booleans())
def test_any_day_first_date_reads_back(day, separator, padded):
    text = (
        f"{day.day:02d}{separator}{day.month:02d}{separator}{day.year}"
        if padded
        else f"{day.day}{separator}{day.month}{separator}{day.year}"
    )
    assert DateParser()(text) == day.isoformat()


@given(dates, clocks)
def test_any_date_and_time_reads_back(day, clock):
    moment = dt.datetime.combine(day, clock)
    parse = DateParser()
    assert parse(f"{moment:%d/%m/%Y %H:%M:%S}") == moment.isoformat(sep=" ")
    assert parse(moment.isoformat()) == moment.isoformat(sep=" ")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("15:00", dt.time(15, 0)),
        ("15:30", dt.time(15, 30)),
        ("15h", dt.time(15, 0)),
        ("15h00", dt.time(15, 0)),
        ("15H30", dt.time(15, 30)),
        ("15g30", dt.time(15, 30)),
        ("15 giờ", dt.time(15, 0)),
        ("15", dt.time(15, 0)),
        ("8", dt.time(8, 0)),
        ("15:00:00", dt.time(15, 0)),
        ("16.30", dt.time(16, 30)),
        (15, dt.time(15, 0)),
        (15.0, dt.time(15, 0)),
        (0.625, dt.time(15, 0)),
        (dt.time(15, 0), dt.time(15, 0)),
        (dt.datetime(1899, 12, 30, 15, 0), dt.time(15, 0)),
    ],
)
def test_time_of_day(value, expected):
    assert parse_time_of_day(value) == expected


@pytest.mark.parametrize("value", ["25:00", "15:75", "chiều", "", "3 PM", "15:0", 24, None])
def test_time_of_day_refused(value):
    with pytest.raises(FieldError) as caught:
        parse_time_of_day(value)
    assert caught.value.key == "ingest.reason.bad_time_of_day"
