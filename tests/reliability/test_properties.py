"""Property-based tests: every parser takes any text without crashing and reads what it should in
every spelling, and the working-day arithmetic keeps its laws on any day, at any distance, with
any set of holidays and make-up days."""

from __future__ import annotations

import re
import string
import unicodedata
from datetime import date, time, timedelta
from functools import lru_cache
from pathlib import Path

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from thidua_cli.domain.calendar import WorkingCalendar
from thidua_cli.errors import CampaignFileError, InputFileError, UsageError
from thidua_cli.importing.kinds.dossiers import COLUMNS as DOSSIERS
from thidua_cli.importing.kinds.procedures import COLUMNS as PROCEDURES
from thidua_cli.ingest import vocab
from thidua_cli.ingest.campaign_file import parse_campaign
from thidua_cli.ingest.dates import DateParser
from thidua_cli.ingest.headers import TableSpec, match_headers
from thidua_cli.ingest.vocab import FieldError, fold

PROPERTY = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
ISO = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}( [0-9]{2}:[0-9]{2}:[0-9]{2})?")
DAYS = st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31))
# Text as exports hold it, and text as no export would: control characters, marks, surrogates
# excluded only because a Python str from a decoded file cannot hold them.
ANY_TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=40)


def _strip_marks(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in decomposed if unicodedata.category(c) != "Mn")


@st.composite
def spellings(draw: st.DrawFn, label: str) -> str:
    """``label`` as exports and clerks write it: any case, with or without diacritics, spaces
    turned into underscores or hyphens or doubled, padded."""
    text = draw(st.sampled_from([label, _strip_marks(label)]))
    text = draw(st.sampled_from([text, text.upper(), text.lower(), text.title()]))
    joiner = draw(st.sampled_from([" ", "_", "-", "  "]))
    text = joiner.join(text.split(" "))
    return draw(st.sampled_from(["", " ", "  "])) + text + draw(st.sampled_from(["", " "]))


# --- dates ---------------------------------------------------------------------------------------


@PROPERTY
@given(day=DAYS, sep=st.sampled_from("/-."), padded=st.booleans(), clock=st.none() | st.times())
def test_a_day_first_date_reads_back_as_the_same_day(
    day: date, sep: str, padded: bool, clock: time | None
) -> None:
    d, m = (f"{day.day:02d}", f"{day.month:02d}") if padded else (str(day.day), str(day.month))
    text = f"{d}{sep}{m}{sep}{day.year:04d}"
    expected = day.isoformat()
    if clock is not None:
        text += f" {clock:%H:%M:%S}"
        expected += f" {clock:%H:%M:%S}"
    result = DateParser()(text)
    assert result is not None and result == expected


@PROPERTY
@given(day=DAYS)
def test_an_iso_date_reads_back_as_the_same_day(day: date) -> None:
    assert DateParser()(day.isoformat()) == day.isoformat()


@PROPERTY
@given(
    day=st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)).filter(
        lambda d: d.day <= 12 and d.day != d.month
    )
)
def test_an_ambiguous_date_is_never_read_month_first(day: date) -> None:
    text = f"{day.day:02d}/{day.month:02d}/{day.year}"
    assert DateParser()(text) == day.isoformat()


@PROPERTY
@given(value=ANY_TEXT)
def test_any_text_is_a_valid_date_or_a_field_error(value: str) -> None:
    try:
        result = DateParser()(value)
    except FieldError as exc:
        assert exc.key.startswith("ingest.reason.")
        return
    if result is not None:
        assert ISO.fullmatch(result), result
        date.fromisoformat(result[:10])


@PROPERTY
@given(value=st.one_of(st.floats(allow_nan=True, allow_infinity=True), st.integers()))
def test_any_number_is_an_excel_date_or_a_field_error(value: float) -> None:
    try:
        result = DateParser()(value)
    except FieldError:
        return
    assert result is not None and ISO.fullmatch(result)
    assert 1900 <= int(result[:4]) <= 2100


@PROPERTY
@given(
    values=st.lists(st.one_of(ANY_TEXT, DAYS.map(lambda d: d.strftime("%d/%m/%Y"))), max_size=30)
)
def test_the_date_memo_never_mixes_two_values(values: list[str]) -> None:
    """One parser reads a whole file and remembers what it read: it must answer each value as a
    fresh parser does, whatever came before it."""
    shared = DateParser()

    def outcome(parser: DateParser, value: str) -> str | None:
        try:
            return parser(value)
        except FieldError as exc:
            return f"error {exc.key}"

    for value in values:
        assert outcome(shared, value) == outcome(DateParser(), value)


# --- headers -------------------------------------------------------------------------------------


def _owner(spec: TableSpec, alias: str) -> str:
    """The column an alias names: the first in spec order, as the header matcher decides."""
    return next(c.name for c in spec.columns if any(fold(a) == fold(alias) for a in c.aliases))


@st.composite
def export_headers(draw: st.DrawFn, spec: TableSpec) -> tuple[list[str], dict[str, int]]:
    """A header row: some of the spec's columns under any alias and spelling, in any order,
    among columns the spec does not know."""
    chosen = draw(st.lists(st.sampled_from(spec.columns), unique_by=lambda c: c.name, min_size=1))
    headers: list[str] = []
    expected: dict[str, int] = {}
    for column in chosen:
        alias = draw(st.sampled_from(column.aliases))
        assume(_owner(spec, alias) == column.name)
        expected[column.name] = len(headers)
        headers.append(draw(spellings(alias)))
    extra = draw(st.lists(st.integers(0, 99), max_size=5))
    for number in extra:
        position = draw(st.integers(0, len(headers)))
        headers.insert(position, f"Cột phụ {number}")
        expected = {k: v + (v >= position) for k, v in expected.items()}
    return headers, expected


@PROPERTY
@given(data=st.data(), spec=st.sampled_from([DOSSIERS, PROCEDURES]))
def test_every_spelling_of_every_alias_finds_its_column(
    data: st.DataObject, spec: TableSpec
) -> None:
    headers, expected = data.draw(export_headers(spec))
    required = {c.name for c in spec.columns if c.required}
    try:
        match = match_headers(headers, spec, None, source="x.csv")
    except InputFileError as exc:
        assert exc.key in ("ingest.missing_columns", "ingest.no_header_row")
        assert not required <= set(expected)
        return
    for name, position in expected.items():
        assert match.positions[name] == position, (name, headers)


@PROPERTY
@given(
    headers=st.lists(ANY_TEXT, max_size=12),
    mapping=st.dictionaries(ANY_TEXT, ANY_TEXT, max_size=3),
)
def test_any_header_row_and_mapping_is_matched_or_refused_in_words(
    headers: list[str], mapping: dict[str, str]
) -> None:
    try:
        match = match_headers(headers, DOSSIERS, mapping or None, source="x.csv")
    except (InputFileError, UsageError) as exc:
        assert exc.key.startswith("ingest.")
        return
    assert all(0 <= p < len(headers) for p in match.positions.values())
    assert len(set(match.positions.values())) == len(match.positions)


# --- vocabularies ----------------------------------------------------------------------------------

CHANNEL_LABELS = {
    "Trực tiếp": "direct",
    "Trực tuyến": "online",
    "Bưu chính": "postal",
    "Nộp trực tuyến mức độ 4": "online",
    "Qua dịch vụ bưu chính công ích": "postal",
    "direct": "direct",
    "online": "online",
    "postal": "postal",
}
STATUS_LABELS = {
    "Đang xử lý": "processing",
    "Chờ bổ sung hồ sơ": "waiting_supplement",
    "Đã rút hồ sơ": "withdrawn",
    "Không được tiếp nhận": "not_received",
    "Đã xử lý xong": "finished",
    "Đã trả kết quả": "returned",
    "Từ chối giải quyết": "stopped",
    "Yêu cầu thực hiện nghĩa vụ tài chính": "waiting_payment",
}
RATING_LABELS = {
    "Rất hài lòng": 5,
    "Hài lòng": 4,
    "Bình thường": 3,
    "Không hài lòng": 2,
    "Rất không hài lòng": 1,
}


@PROPERTY
@given(data=st.data(), label=st.sampled_from(sorted(CHANNEL_LABELS)))
def test_a_channel_label_in_any_spelling(data: st.DataObject, label: str) -> None:
    assert vocab.channel(data.draw(spellings(label))) == CHANNEL_LABELS[label]


@PROPERTY
@given(code=st.integers(1, 3), form=st.sampled_from(["{}", " {} ", "{}.0", "float", "int"]))
def test_a_channel_code_in_any_form(code: int, form: str) -> None:
    value: object = float(code) if form == "float" else code if form == "int" else form.format(code)
    assert vocab.channel(value) == ("direct", "online", "postal")[code - 1]


@PROPERTY
@given(data=st.data(), label=st.sampled_from(sorted(STATUS_LABELS)))
def test_a_status_label_in_any_spelling_with_or_without_its_code(
    data: st.DataObject, label: str
) -> None:
    text = data.draw(spellings(label))
    prefix = data.draw(st.sampled_from(["", "4 - ", "9. ", "10) "]))
    assert vocab.status(prefix + text) == STATUS_LABELS[label]


@PROPERTY
@given(code=st.integers(-5, 20))
def test_a_status_code_is_read_only_when_it_is_a_national_one(code: int) -> None:
    try:
        word = vocab.status(str(code))
    except FieldError:
        assert not 1 <= code <= 10
        return
    assert 1 <= code <= 10 and word


@PROPERTY
@given(data=st.data(), label=st.sampled_from(sorted(RATING_LABELS)))
def test_a_rating_label_in_any_spelling(data: st.DataObject, label: str) -> None:
    assert vocab.rating(data.draw(spellings(label))) == RATING_LABELS[label]


@PROPERTY
@given(scale=st.sampled_from([3, 4, 5]), low=st.integers(1, 5), high=st.integers(1, 5))
def test_ratings_keep_their_order_on_every_scale(scale: int, low: int, high: int) -> None:
    assume(low <= high <= scale)
    assert 1 <= vocab.rating(str(low), scale) <= vocab.rating(str(high), scale) <= 5


@PROPERTY
@given(value=ANY_TEXT, which=st.sampled_from(["channel", "status", "rating", "yes_no", "outcome"]))
def test_any_text_is_a_known_word_or_a_field_error(value: str, which: str) -> None:
    parse = getattr(vocab, which)
    allowed: dict[str, set[object]] = {
        "channel": {"direct", "online", "postal"},
        "status": {
            "received",
            "not_received",
            "processing",
            "waiting_supplement",
            "waiting_payment",
            "withdrawn",
            "stopped",
            "finished",
            "returned",
        },
        "rating": {1, 2, 3, 4, 5},
        "yes_no": {True, False},
        "outcome": {"upheld", "dismissed", "pending"},
    }
    try:
        result = parse(value)
    except FieldError as exc:
        assert exc.key.startswith("ingest.reason.")
        return
    assert result in allowed[which]


@PROPERTY
@given(data=st.data())
def test_dissatisfied_never_reads_as_satisfied(data: st.DataObject) -> None:
    label = data.draw(st.sampled_from(["Không hài lòng", "Rất không hài lòng", "Chưa hài lòng"]))
    assert vocab.rating(data.draw(spellings(label))) <= 2


# --- campaign files --------------------------------------------------------------------------------

SAMPLE_CAMPAIGN = (
    Path(__file__).resolve().parents[2] / "sample_data" / "campaign-486-KH-GDDT-2021.toml"
).read_text(encoding="utf-8")
# Words as a plan names itself: letters (Vietnamese too), digits, single spaces, "/" and "-".
SAFE_TEXT = st.text(
    string.ascii_letters + string.digits + "/-ăâđêôơưạảấầẩẫậắằẳẵặ", min_size=1, max_size=12
)
WORDS = st.lists(SAFE_TEXT, min_size=1, max_size=4).map(" ".join)


def _parsed_or_refused(text: str) -> object:
    try:
        return parse_campaign(text, file="c.toml", lang="en")
    except CampaignFileError as exc:
        assert exc.problems, "a refused file names at least one mistake"
        lines = max(1, len(text.splitlines()))
        for line, problem in exc.problems:
            assert line is None or 1 <= line <= lines + 1, (line, problem)
            assert problem.strip()
        return exc


@PROPERTY
@given(text=st.text(max_size=300))
def test_any_text_is_a_campaign_or_a_list_of_mistakes(text: str) -> None:
    _parsed_or_refused(text)


@PROPERTY
@given(data=st.data())
def test_a_damaged_sample_campaign_is_read_or_refused_line_by_line(data: st.DataObject) -> None:
    lines = SAMPLE_CAMPAIGN.splitlines()
    for _ in range(data.draw(st.integers(1, 4))):
        at = data.draw(st.integers(0, len(lines) - 1))
        action = data.draw(st.sampled_from(["drop", "double", "cut", "garble"]))
        if action == "drop":
            del lines[at]
        elif action == "double":
            lines.insert(at, lines[at])
        elif action == "cut":
            lines[at] = lines[at][: data.draw(st.integers(0, len(lines[at])))]
        else:
            lines[at] = data.draw(ANY_TEXT) + lines[at]
        if not lines:
            break
    _parsed_or_refused("\n".join(lines))


@PROPERTY
@given(
    code=WORDS,
    name=WORDS,
    start=st.dates(min_value=date(2000, 1, 1), max_value=date(2049, 1, 1)),
    length=st.integers(0, 400),
    cut=st.integers(0, 400),
)
def test_a_written_campaign_reads_back(
    code: str, name: str, start: date, length: int, cut: int
) -> None:
    end = start + timedelta(days=length)
    middle = start + timedelta(days=min(cut, length))
    text = (
        f'[campaign]\ncode = "{code}"\nname = "{name}"\nstart = {start}\nend = {end}\n\n'
        f'[[phases]]\ncode = "P1"\nstart = {start}\nend = {middle}\n'
    )
    campaign = parse_campaign(text, lang="en")
    assert (campaign.code, campaign.name) == (code, name)
    assert (campaign.start, campaign.end) == (start, end)
    assert [(p.start, p.end) for p in campaign.phases] == [(start, middle)]


# --- working days ----------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _official() -> WorkingCalendar:
    return WorkingCalendar.from_years(range(2018, 2028))


WORK_DAYS = st.dates(min_value=date(2019, 1, 1), max_value=date(2026, 6, 30))
EXCEPTIONS = st.lists(
    st.dates(min_value=date(2020, 1, 1), max_value=date(2021, 12, 31)), max_size=40
)


@st.composite
def calendars(draw: st.DrawFn) -> WorkingCalendar:
    """The official calendar, or one with arbitrary days off and make-up days."""
    if draw(st.booleans()):
        return _official()
    return WorkingCalendar(days_off=draw(EXCEPTIONS), working_days=draw(EXCEPTIONS))


def _step_by_step(cal: WorkingCalendar, day: date, n: int) -> date:
    while n:
        day += timedelta(days=1)
        n -= cal.is_working_day(day)
    return day


@PROPERTY
@given(cal=calendars(), day=WORK_DAYS, n=st.integers(1, 250))
def test_adding_n_working_days_then_counting_back_gives_n(
    cal: WorkingCalendar, day: date, n: int
) -> None:
    result = cal.add_working_days(day, n)
    assert cal.working_days_between(day, result) == n
    assert result > day
    assert cal.is_working_day(result)
    assert result == _step_by_step(cal, day, n)


@PROPERTY
@given(cal=calendars(), day=WORK_DAYS)
def test_zero_working_days_is_the_day_itself_or_the_next_working_day(
    cal: WorkingCalendar, day: date
) -> None:
    result = cal.add_working_days(day, 0)
    assert cal.is_working_day(result) and result >= day
    assert result == day or cal.working_days_between(day, result) == 1


@PROPERTY
@given(cal=calendars(), a=WORK_DAYS, b=WORK_DAYS, n=st.integers(0, 120), m=st.integers(0, 120))
def test_working_day_arithmetic_preserves_order(
    cal: WorkingCalendar, a: date, b: date, n: int, m: int
) -> None:
    first, second = sorted((a, b))
    assert cal.add_working_days(first, n) <= cal.add_working_days(second, n)
    low, high = sorted((n, m))
    assert cal.add_working_days(first, low) <= cal.add_working_days(first, high)


@PROPERTY
@given(cal=calendars(), a=WORK_DAYS, b=WORK_DAYS, c=WORK_DAYS)
def test_counting_working_days_adds_up_and_mirrors(
    cal: WorkingCalendar, a: date, b: date, c: date
) -> None:
    assert cal.working_days_between(a, b) == -cal.working_days_between(b, a)
    assert cal.working_days_between(a, b) + cal.working_days_between(b, c) == (
        cal.working_days_between(a, c)
    )


@PROPERTY
@given(cal=calendars(), start=WORK_DAYS, span=st.integers(0, 90))
def test_the_stored_ordinals_count_as_the_calendar_does(
    cal: WorkingCalendar, start: date, span: int
) -> None:
    """`workdays.ordinal` turns deadlines into joins in SQL; it must agree with the arithmetic."""
    rows = list(cal.ordinals(start, start + timedelta(days=span)))
    for day, working, ordinal in rows:
        assert working == cal.is_working_day(day)
        assert ordinal - rows[0][2] == cal.working_days_between(start, day)
