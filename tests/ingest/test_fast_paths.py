"""The importers' fast paths against their careful checkers: same values, same rows refused.

A text export's common row skips the careful checker (``fast_row``); any row the fast path is not
sure about goes through the checker, which reports what is wrong. These tables and generated rows
hold the two to the same answers.
"""

from __future__ import annotations

from datetime import time
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import DOSSIER_HEADER, PROCEDURES
from thidua_cli.domain.calendar import WorkingCalendar
from thidua_cli.domain.deadlines import Procedure
from thidua_cli.domain.resolver import DeadlineResolver, ProcedureIndex
from thidua_cli.importing.kinds.dossiers import COLUMNS as DOSSIERS
from thidua_cli.importing.kinds.dossiers import DossierBuilder
from thidua_cli.importing.kinds.procedures import procedure_key
from thidua_cli.importing.kinds.surveys import COLUMNS as SURVEYS
from thidua_cli.importing.kinds.surveys import SurveyBuilder, _Occurrences
from thidua_cli.ingest.dates import DateParser
from thidua_cli.ingest.headers import match_headers
from thidua_cli.ingest.rows import RowChecker, check_row
from thidua_cli.ingest.vocab import FieldError
from thidua_cli.text.normalize import squeeze

CALENDAR = WorkingCalendar.from_years([2021])
INDEX = ProcedureIndex(
    by_code={
        code: Procedure(days=int(days), cutoff=time.fromisoformat(cutoff) if cutoff else None)
        for code, _, days, cutoff, _ in PROCEDURES
    },
    by_key={
        procedure_key(squeeze(name)): Procedure(
            days=int(days), cutoff=time.fromisoformat(cutoff) if cutoff else None
        )
        for _, name, days, cutoff, _ in PROCEDURES
    },
)

# What the export's cells may hold, per column of DOSSIER_HEADER (plus a note column): the common
# values, their untidy spellings, and values the checker refuses.
DOSSIER_CELLS: dict[str, list[str]] = {
    "Mã hồ sơ": ["H29-0001", " H29-0002 ", "", "  ", "\ufeffH29-0003", "H29-0004\u200b", "\u200b"],
    "Tên thủ tục": [
        PROCEDURES[0][1],
        PROCEDURES[1][1],
        f"  {PROCEDURES[3][1].replace(' ', '  ')} ",
        "Thủ tục không có trong danh mục",
        "",
        f"\u200e{PROCEDURES[2][1]}\u200f",
        "\ufeff",
    ],
    "Mã TTHC": ["", "1.002", " 1.003 ", "9.999", "\u200b1.002"],
    "Lĩnh vực": ["", "Giáo dục", " Hộ tịch ", "Giáo\u00ad dục"],
    "Tên tổ chức, cá nhân": [
        "Nguyễn Văn An",
        "Nguyễn  Văn\tAn",
        " Trần Thị Bé ",
        "",
        "Lê\xa0Văn",
        "Trần\u200d Thị Bé",
    ],
    "Kênh tiếp nhận": ["Trực tuyến", "trực tiếp", "2", "Bưu chính", "", "bằng bồ câu"],
    "Ngày tiếp nhận": [
        "01/06/2021 09:00",
        "01/06/2021 09:00:15",
        "04/06/2021 16:00:00",
        "05/06/2021",
        "2021-06-07 08:00",
        " 07/06/2021 08:00 ",
        "7/6/2021 8:00",
        "07/06/2021 25:00:00",
        "31/02/2021 08:00:00",
        "abc",
        "",
    ],
    "Ngày hẹn trả": ["", "04/06/2021", "16/06/2021 17:00:00", "01/05/2021", "xx"],
    "Ngày có kết quả": ["", "03/06/2021", "09/06/2021 10:00:00", "01/01/2021", "32/01/2021"],
    "Ngày trả kết quả": ["", "03/06/2021 15:00", "10/06/2021", "02/06/2021 08:00:00"],
    "Cán bộ xử lý": ["Lê Mai", " Phan  Tùng ", "", "Lê\u200b Mai", "\u2060"],
    "Đơn vị xử lý": ["Bộ phận Một cửa", "", " Tổ  Trung học ", "\ufeffBộ phận Một cửa"],
    "Trạng thái": ["", "Đã trả kết quả", "Đang xử lý", "Đã rút hồ sơ", "10", "không rõ"],
    "Ngày yêu cầu bổ sung": ["", "02/06/2021", "31/05/2021"],
    "Ngày nhận đủ hồ sơ bổ sung": ["", "08/06/2021", "01/06/2021"],
    "Phiếu xin lỗi": ["", "Có", "x", "không", "có lẽ"],
    "Ngày hẹn lại": ["", "20/06/2021", "bad"],
    "Ghi chú": ["", "Ghi chú", "  "],
}
HEADERS = list(DOSSIER_CELLS)
assert set(DOSSIER_HEADER) <= set(HEADERS)


def _dossier_paths(headers: list[str]) -> tuple[Any, Any, RowChecker]:
    positions = match_headers(headers, DOSSIERS, None, source="t.csv").positions
    fast = DossierBuilder(DeadlineResolver(CALENDAR, INDEX)).fast_row(positions, len(headers))
    careful = DossierBuilder(DeadlineResolver(CALENDAR, INDEX))
    return fast, careful, RowChecker(positions, headers)


@settings(max_examples=400, deadline=None)
@given(st.tuples(*(st.sampled_from(cells) for cells in DOSSIER_CELLS.values())))
def test_a_dossier_row_reads_the_same_on_both_paths(cells: tuple[str, ...]) -> None:
    fast, careful, checker = _dossier_paths(HEADERS)
    quick = fast(7, list(cells))
    checked = check_row(7, list(cells), checker, careful)
    # The rules are one definition: the same values, down to the empty ones.
    assert quick == checked.values


@settings(max_examples=150, deadline=None)
@given(st.tuples(*(st.sampled_from(cells) for cells in list(DOSSIER_CELLS.values())[:8])))
def test_columns_missing_from_the_export_read_as_empty_on_both_paths(
    cells: tuple[str, ...],
) -> None:
    fast, careful, checker = _dossier_paths(HEADERS[:8])
    checked = check_row(3, list(cells), checker, careful)
    assert fast(3, list(cells)) == checked.values


def test_the_common_row_takes_the_fast_path_and_others_the_careful_one() -> None:
    fast, _, _ = _dossier_paths(HEADERS)
    row = [cells[0] for cells in DOSSIER_CELLS.values()]
    values = fast(2, list(row))
    assert values is not None
    assert values[0] == "H29-0001" and values[-1] == 2
    assert fast(2, [*row, "an extra cell"]) is None  # another width: the checker decides
    bad = list(row)
    bad[HEADERS.index("Ngày tiếp nhận")] = "31/02/2021 08:00:00"
    assert fast(2, bad) is None


def test_the_fast_path_leaves_the_row_as_it_found_it() -> None:
    fast, _, _ = _dossier_paths(HEADERS[:8])
    row = [cells[0] for cells in list(DOSSIER_CELLS.values())[:8]]
    before = list(row)
    fast(2, row)
    assert row == before


# --- surveys -------------------------------------------------------------------------------------

SURVEY_HEADERS = ["Mã hồ sơ", "Cán bộ", "Ngày đánh giá", "Mức độ hài lòng", "Góp ý", "Tiêu chí"]
SURVEY_CELLS = [
    ["H29-1", " H29-2 ", "H29-unknown", ""],
    ["Lê Mai", " Phan  Tùng ", ""],
    ["22/06/2021", " 23/06/2021 ", "2021-06-24", "31/06/2021", "", "hôm qua"],
    ["Rất hài lòng", "hài lòng", "3", " Bình thường ", "9", "", "tạm được"],
    ["", "Tốt", " Chậm  quá "],
    ["", "Thái độ", " Thời  gian "],
]


def _survey_paths() -> tuple[SurveyBuilder, Any, SurveyBuilder, RowChecker]:
    positions = match_headers(SURVEY_HEADERS, SURVEYS, None, source="t.csv").positions
    quick = SurveyBuilder()
    careful = SurveyBuilder()
    return (
        quick,
        quick.fast_row(positions, len(SURVEY_HEADERS)),
        careful,
        RowChecker(positions, SURVEY_HEADERS),
    )


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(*(st.sampled_from(cells) for cells in SURVEY_CELLS)), max_size=12))
def test_a_file_of_answers_reads_the_same_on_both_paths(rows: list[tuple[str, ...]]) -> None:
    quick, fast, careful, checker = _survey_paths()
    for line, cells in enumerate(rows, start=2):
        values = fast(line, list(cells))
        if values is None:
            # The pipeline's order: a row the fast path passes on goes through the checker.
            values = check_row(line, list(cells), checker, quick).values
        assert values == check_row(line, list(cells), checker, careful).values
    assert quick.repeated == careful.repeated


def test_identical_answers_get_distinct_keys_in_the_same_order_on_both_paths() -> None:
    quick, fast, careful, checker = _survey_paths()
    kiosk = ["", "Lê Mai", "22/06/2021", "Rất hài lòng", "", "Thái độ"]
    keys = [fast(n, list(kiosk)) for n in (2, 3, 4)]
    expected = [check_row(n, list(kiosk), checker, careful).values for n in (2, 3, 4)]
    assert keys == expected
    assert len({values[0] for values in keys if values}) == 3
    assert quick.repeated == careful.repeated == 2


def test_occurrences_count_every_key_through_their_growth() -> None:
    seen = _Occurrences()
    keys = [f"2021-06-{n % 30 + 1:02d}\x1fH29-{n}" for n in range(20_000)]
    assert all(seen.number(key) == 1 for key in keys)
    assert [seen.number(key) for key in keys[::7]] == [2] * len(keys[::7])
    assert seen.number(keys[0]) == 3
    assert seen.repeated == len(keys[::7]) + 1


# --- dates ---------------------------------------------------------------------------------------

_DAY = st.integers(0, 32).map(str) | st.integers(0, 32).map(lambda d: f"{d:02d}")
_YEAR = st.sampled_from(["1899", "1900", "2021", "2024", "2100", "2101", "21"])
_CLOCK = st.tuples(st.integers(0, 25), st.integers(0, 61), st.integers(0, 61) | st.none()).map(
    lambda t: f"{t[0]:02d}:{t[1]:02d}" + ("" if t[2] is None else f":{t[2]:02d}")
)
_DATE_TEXT = st.tuples(_DAY, st.sampled_from("/-."), _DAY, _YEAR).map(
    lambda p: f"{p[0]}{p[1]}{p[2]}{p[1]}{p[3]}"
)
_CELL = st.one_of(
    _DATE_TEXT,
    st.tuples(_DATE_TEXT, st.sampled_from([" ", "  ", "T", " x"]), _CLOCK).map("".join),
    st.tuples(st.sampled_from(["", " "]), _DATE_TEXT, st.sampled_from(["", " "])).map("".join),
    st.text(max_size=20),
)


def _read(read: Any, text: str) -> object:
    try:
        return read(text)
    except FieldError as exc:
        return ("error", exc.key)


@settings(max_examples=500, deadline=None)
@given(st.lists(_CELL, min_size=1, max_size=8))
def test_the_text_reader_reads_as_the_parser_does(cells: list[str]) -> None:
    # The same cells twice: the second time through, the memo answers.
    parser, reference = DateParser(), DateParser()
    read = parser.text_reader()
    for text in cells + cells:
        assert _read(read, text) == _read(reference, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("05/06/2021 08:30:15", "2021-06-05 08:30:15"),
        ("05/06/2021 08:30", "2021-06-05 08:30:00"),
        ("05/06/2021 23:59:59", "2021-06-05 23:59:59"),
        ("05/06/2021 24:00:00", ("error", "ingest.reason.bad_time")),
        ("05/06/2021 08:60", ("error", "ingest.reason.bad_time")),
    ],
)
def test_a_date_seen_before_reads_its_time_without_the_parser(text: str, expected: object) -> None:
    parser = DateParser()
    read = parser.text_reader()
    assert read("05/06/2021") == "2021-06-05"  # the day is now remembered
    assert _read(read, text) == expected
