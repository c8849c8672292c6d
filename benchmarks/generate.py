"""Deterministic exports of a whole city's one-stop offices, April 2019 to 2021, for the benchmarks.

``python benchmarks/generate.py [--out DIR] [--rows N]`` writes, into ``benchmarks/data/`` by default:

- ``ho-so-2021.csv``: N dossiers (1,000,000 by default) as the one-stop software exports them:
  UTF-8 with a BOM, two title lines above the Vietnamese header row, an ``STT`` column, receipt
  dates ``dd/mm/yyyy HH:MM:SS``, appointment dates day first (some agencies add ``17:00:00``),
  about 15 % of the dossiers still open, supplement requests, withdrawals, apology letters;
- ``ho-so-2021-cap-nhat.csv``: the same dossiers exported again later, every row changed (another
  officer took each dossier over, and results were recorded at other times of the day), so
  importing it over the first one updates every row;
- ``ho-so-2021-5pct.csv``: the first export again with one dossier in twenty (every twentieth
  row, 5 %) changed as in the later export, the rest byte for byte the same: the daily re-import
  of a whole year's export, in which most rows did not change;
- ``ho-so-2021-100k.csv``: every tenth dossier (100,000 at the default size: the same span and
  mix), for the memory-flatness figure;
- ``khao-sat-2021.csv``: 300,000 satisfaction answers (three tenths of N) about finished dossiers,
  some from kiosks without a dossier code or officer;
- ``thu-tuc.csv``: the procedure list (code, name, statutory days, cut-off, field).

Everything comes from one seeded ``random.Random`` and a fixed calendar: two runs write the same
bytes, and no clock is read. All people are made up from common Vietnamese name parts.
"""

from __future__ import annotations

import argparse
import bisect
import csv
import itertools
import random
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

SEED = 20_211_231
YEAR = 2021
ROWS = 1_000_000
SURVEY_SHARE = 0.3
SMALL_SHARE = 0.1
DEFAULT_OUT = Path(__file__).resolve().parent / "data"

DOSSIERS_FILE = "ho-so-2021.csv"
UPDATED_FILE = "ho-so-2021-cap-nhat.csv"
CHANGED_FILE = "ho-so-2021-5pct.csv"
# One dossier in CHANGED_EVERY changes in CHANGED_FILE.
CHANGED_EVERY = 20
SMALL_FILE = "ho-so-2021-100k.csv"
SURVEYS_FILE = "khao-sat-2021.csv"
PROCEDURES_FILE = "thu-tuc.csv"

HEADER = [
    "STT",
    "Mã hồ sơ",
    "Tên thủ tục",
    "Mã TTHC",
    "Lĩnh vực",
    "Tên tổ chức, cá nhân",
    "Kênh tiếp nhận",
    "Ngày tiếp nhận",
    "Ngày hẹn trả",
    "Ngày có kết quả",
    "Ngày trả kết quả",
    "Cán bộ xử lý",
    "Đơn vị xử lý",
    "Trạng thái",
    "Ngày yêu cầu bổ sung",
    "Ngày nhận đủ hồ sơ bổ sung",
    "Phiếu xin lỗi",
    "Ngày hẹn lại",
    "Ghi chú",
]
SURVEY_HEADER = ["Mã hồ sơ", "Cán bộ", "Ngày đánh giá", "Mức độ hài lòng", "Góp ý"]

# Weekdays off (Tết, Giỗ Tổ, 30/4 and 1/5, Quốc khánh, with the observed and swapped days).
DAYS_OFF = frozenset(
    date(year, month, day)
    for year, month, day in (
        (2019, 4, 15),
        (2019, 4, 29),
        (2019, 4, 30),
        (2019, 5, 1),
        (2019, 9, 2),
        (2020, 1, 1),
        (2020, 1, 23),
        (2020, 1, 24),
        (2020, 1, 27),
        (2020, 1, 28),
        (2020, 1, 29),
        (2020, 4, 2),
        (2020, 4, 30),
        (2020, 5, 1),
        (2020, 9, 2),
        (2021, 1, 1),
        (2021, 2, 10),
        (2021, 2, 11),
        (2021, 2, 12),
        (2021, 2, 15),
        (2021, 2, 16),
        (2021, 4, 21),
        (2021, 4, 30),
        (2021, 5, 3),
        (2021, 9, 2),
        (2021, 9, 3),
    )
)
# 33 months: about 30,000 dossiers a month at the default size, June 2021 (the sample campaign)
# and the whole of 2021 among them.
FIRST = date(2019, 4, 1)
LAST = date(YEAR, 12, 31)
SPAN_DAYS = (LAST - FIRST).days
# The export was taken at the end of the last day: nothing later is recorded in it.
EXPORT_CLOSE = 17 * 3600


@dataclass(frozen=True)
class Procedure:
    code: str
    name: str
    days: int
    cutoff: str
    field: str
    weight: float
    # Some procedures wait for the applicant to pay fees or taxes.
    payment: bool = False


EDU = "Giáo dục và Đào tạo"
PROCEDURES = [
    # The sample office's procedures (the campaign's focus names some of them).
    Procedure(
        "1.004442",
        "Thành lập trường trung học cơ sở công lập hoặc cho phép thành lập trường trung học cơ sở tư thục",
        25,
        "",
        "Giáo dục và Đào tạo thuộc hệ thống giáo dục quốc dân",
        0.2,
    ),
    Procedure(
        "GD-01",
        "Thành lập trường mẫu giáo, trường mầm non, nhà trẻ công lập hoặc cho phép thành lập trường mẫu giáo, trường mầm non, nhà trẻ dân lập, tư thục",
        25,
        "",
        "Giáo dục mầm non",
        0.3,
    ),
    Procedure("GD-02", "Cho phép trường trung học cơ sở hoạt động giáo dục", 20, "", EDU, 0.2),
    Procedure("GD-03", "Cho phép trường tiểu học hoạt động giáo dục", 20, "", EDU, 0.2),
    Procedure("1.010020", "Cấp bản sao văn bằng, chứng chỉ từ sổ gốc", 0, "15:00", EDU, 4.0),
    Procedure("2.001914", "Chỉnh sửa nội dung văn bằng, chứng chỉ", 5, "", EDU, 1.5),
    Procedure("GD-05", "Chuyển trường đối với học sinh trung học cơ sở", 3, "", EDU, 3.0),
    # The other fields of a district's one-stop desk (local codes: the list is invented).
    Procedure("HT-01", "Đăng ký khai sinh", 0, "15:00", "Hộ tịch", 9.0),
    Procedure("HT-02", "Đăng ký kết hôn", 3, "", "Hộ tịch", 3.0),
    Procedure("HT-03", "Đăng ký khai tử", 0, "15:00", "Hộ tịch", 2.0),
    Procedure("HT-04", "Cấp bản sao trích lục hộ tịch", 0, "15:00", "Hộ tịch", 6.0),
    Procedure("HT-05", "Xác nhận tình trạng hôn nhân", 3, "", "Hộ tịch", 5.0),
    Procedure("HT-06", "Thay đổi, cải chính, bổ sung thông tin hộ tịch", 3, "", "Hộ tịch", 2.0),
    Procedure(
        "CT-01", "Chứng thực bản sao từ bản chính giấy tờ, văn bản", 0, "15:00", "Chứng thực", 12.0
    ),
    Procedure(
        "CT-02", "Chứng thực chữ ký trong các giấy tờ, văn bản", 0, "15:00", "Chứng thực", 6.0
    ),
    Procedure(
        "CT-03",
        "Chứng thực hợp đồng, giao dịch liên quan đến tài sản là động sản",
        2,
        "",
        "Chứng thực",
        2.0,
    ),
    Procedure(
        "DD-01",
        "Đăng ký, cấp Giấy chứng nhận quyền sử dụng đất lần đầu",
        30,
        "",
        "Đất đai",
        3.0,
        True,
    ),
    Procedure(
        "DD-02",
        "Đăng ký biến động quyền sử dụng đất do chuyển nhượng, tặng cho",
        10,
        "",
        "Đất đai",
        6.0,
        True,
    ),
    Procedure("DD-03", "Tách thửa hoặc hợp thửa đất", 20, "", "Đất đai", 2.0, True),
    Procedure("DD-04", "Chuyển mục đích sử dụng đất", 25, "", "Đất đai", 1.5, True),
    Procedure("XD-01", "Cấp giấy phép xây dựng nhà ở riêng lẻ", 15, "", "Xây dựng", 4.0),
    Procedure("XD-02", "Cấp giấy phép sửa chữa, cải tạo công trình", 15, "", "Xây dựng", 1.0),
    Procedure(
        "KD-01",
        "Đăng ký thành lập hộ kinh doanh",
        3,
        "",
        "Thành lập và hoạt động của hộ kinh doanh",
        5.0,
    ),
    Procedure(
        "KD-02",
        "Đăng ký thay đổi nội dung đăng ký hộ kinh doanh",
        3,
        "",
        "Thành lập và hoạt động của hộ kinh doanh",
        2.0,
    ),
    Procedure(
        "KD-03",
        "Cấp Giấy chứng nhận đủ điều kiện an toàn thực phẩm",
        20,
        "",
        "An toàn thực phẩm",
        1.0,
        True,
    ),
    Procedure("LD-01", "Giải quyết trợ cấp xã hội hằng tháng", 15, "", "Bảo trợ xã hội", 2.0),
    Procedure(
        "LD-02",
        "Xác nhận hộ gia đình làm nông nghiệp có mức sống trung bình",
        7,
        "",
        "Bảo trợ xã hội",
        1.0,
    ),
    Procedure("LD-03", "Đăng ký hoạt động cơ sở trợ giúp xã hội", 20, "", "Bảo trợ xã hội", 0.3),
    Procedure(
        "MT-01", "Xác nhận đăng ký kế hoạch bảo vệ môi trường", 10, "", "Môi trường", 0.6, True
    ),
    Procedure("VH-01", "Cấp giấy phép kinh doanh karaoke", 5, "", "Văn hóa", 0.4, True),
    Procedure("YT-01", "Cấp giấy phép hoạt động đối với trạm y tế", 30, "", "Y tế", 0.2),
    Procedure(
        "TN-01", "Giải quyết tranh chấp đất đai thuộc thẩm quyền cấp huyện", 45, "", "Đất đai", 0.4
    ),
]
# A procedure the office's list does not know: its dossiers without an appointment date stay so.
UNLISTED = Procedure(
    "GD-09", "Cấp giấy phép tổ chức hoạt động dạy thêm, học thêm", 10, "", EDU, 0.5
)

FAMILY = [
    "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng",
    "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Lâm", "Trương", "Mai",
]  # fmt: skip
MIDDLE = [
    "Văn", "Thị", "Minh", "Ngọc", "Quốc", "Thu", "Hữu", "Mỹ", "Đức", "Thanh",
    "Hoàng", "Kim", "Gia", "Bảo", "Công", "Phương", "Tấn", "Hồng", "Khánh", "Xuân",
]  # fmt: skip
GIVEN = [
    "An", "Anh", "Bình", "Châu", "Chi", "Cường", "Dũng", "Duy", "Giang", "Hà",
    "Hải", "Hạnh", "Hiếu", "Hoa", "Hùng", "Hương", "Khang", "Khoa", "Lan", "Linh",
    "Loan", "Long", "Mai", "Minh", "My", "Nam", "Nga", "Ngân", "Nhung", "Phong",
    "Phúc", "Phượng", "Quân", "Quyên", "Sơn", "Tâm", "Thảo", "Thắng", "Thư", "Toàn",
    "Trang", "Trí", "Trinh", "Tuấn", "Uyên", "Vân", "Việt", "Vinh", "Vy", "Yến",
]  # fmt: skip
COMPANY_KINDS = ["Công ty TNHH", "Công ty cổ phần", "Hộ kinh doanh", "Trường Mầm non", "Hợp tác xã"]
COMPANY_NAMES = [
    "Hoa Sen", "Bình Minh", "Sao Mai", "Phú Thịnh", "Thành Công", "An Phát", "Hướng Dương",
    "Tân Tiến", "Đại Dương", "Hòa Bình", "Trường Sơn", "Sơn Ca", "Vạn Phúc", "Kim Long",
]  # fmt: skip
UNIT_NAMES = [
    "Bộ phận Một cửa",
    "Phòng Tư pháp",
    "Phòng Tài nguyên và Môi trường",
    "Phòng Quản lý đô thị",
    "Phòng Tài chính - Kế hoạch",
    "Phòng Giáo dục và Đào tạo",
    "Phòng Lao động - Thương binh và Xã hội",
    "Phòng Văn hóa và Thông tin",
]
CHANNELS = (("Trực tuyến", 0.55), ("Trực tiếp", 0.40), ("Bưu chính công ích", 0.05))
RATINGS = (
    ("Rất hài lòng", 0.58),
    ("Hài lòng", 0.32),
    ("Bình thường", 0.06),
    ("Không hài lòng", 0.03),
    ("Rất không hài lòng", 0.01),
)
COMMENTS_GOOD = [
    "Cán bộ hướng dẫn tận tình, chu đáo.",
    "Trả kết quả sớm hơn hẹn.",
    "Thủ tục nhanh gọn.",
    "Thái độ phục vụ tốt.",
]
COMMENTS_BAD = [
    "Hướng dẫn chưa rõ ràng, phải đi lại nhiều lần.",
    "Trả kết quả trễ so với ngày hẹn.",
    "Thời gian chờ đợi lâu.",
]
NOTES = ["", "", "", "", "", "", "", "", "Hồ sơ nộp qua dịch vụ bưu chính", "Đã liên hệ người nộp"]


# --- the calendar ------------------------------------------------------------------------------


def _is_working(day: date) -> bool:
    return day.weekday() < 5 and day not in DAYS_OFF


class Calendar:
    """Working days of the year and a little past it, by ordinal."""

    def __init__(self) -> None:
        self.days = [FIRST + timedelta(days=i) for i in range((LAST - FIRST).days + 1 + 200)]
        self.working = [d for d in self.days if _is_working(d)]
        self._ordinal = {d: i for i, d in enumerate(self.working)}
        # For every calendar day: the ordinal of the first working day on or after it.
        self.next_ordinal = {d: bisect.bisect_left(self.working, d) for d in self.days}

    def effective(self, day: date, after_cutoff: bool) -> int:
        """The ordinal of the day counting starts from (a non-working day moves on)."""
        ordinal = self.next_ordinal[day]
        if after_cutoff and self.working[ordinal] == day:
            ordinal += 1
        return ordinal

    def day(self, ordinal: int) -> date:
        return self.working[ordinal]

    def ordinal(self, day: date) -> int:
        return self._ordinal[day]


# --- the city ----------------------------------------------------------------------------------


@dataclass
class Agency:
    code: str
    weight: float
    units: list[str]
    officers: list[tuple[str, str]]  # (name, unit)
    due_with_time: bool


def _person(rng: random.Random) -> str:
    return f"{rng.choice(FAMILY)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}"


def _agencies(rng: random.Random) -> list[Agency]:
    agencies = []
    seen: set[str] = set()
    for number in range(40):
        units = [*rng.sample(UNIT_NAMES[1:], 3), UNIT_NAMES[0]]
        officers = []
        for _ in range(rng.randrange(10, 40)):
            name = _person(rng)
            while name in seen:
                name = _person(rng)
            seen.add(name)
            officers.append((name, rng.choice(units)))
        agencies.append(
            Agency(
                code=f"000.{number // 10:02d}.{20 + number % 10:02d}.H29",
                weight=rng.uniform(0.5, 2.0),
                units=units,
                officers=officers,
                due_with_time=number % 3 == 0,
            )
        )
    return agencies


def _applicant(rng: random.Random) -> str:
    if rng.random() < 0.12:
        return f"{rng.choice(COMPANY_KINDS)} {rng.choice(COMPANY_NAMES)} {rng.randrange(1, 999)}"
    return _person(rng)


def _clock(seconds: int) -> str:
    return f"{seconds // 3600:02d}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"


def _day_text(day: date) -> str:
    return f"{day.day:02d}/{day.month:02d}/{day.year}"


def _weighted(rng: random.Random, choices: list[object], cumulative: list[float]) -> object:
    return choices[bisect.bisect(cumulative, rng.random() * cumulative[-1])]


def _cumulative(weights: list[float]) -> list[float]:
    return list(itertools.accumulate(weights))


def _day_counts(total: int) -> list[tuple[date, int]]:
    """How many dossiers each day of the year receives: weekends and holidays only online ones."""
    days = [FIRST + timedelta(days=i) for i in range((LAST - FIRST).days + 1)]
    weights = [1.0 if _is_working(d) else 0.06 for d in days]
    scale = total / sum(weights)
    exact = [w * scale for w in weights]
    counts = [int(x) for x in exact]
    # Largest remainders, ties broken by date: the total is exact and the split deterministic.
    order = sorted(range(len(days)), key=lambda i: (counts[i] - exact[i], i))
    for i in order[: total - sum(counts)]:
        counts[i] += 1
    return list(zip(days, counts, strict=True))


# --- the dossiers ------------------------------------------------------------------------------


@dataclass
class Dossier:
    """One row of the export, as the generator decides it before writing any variant."""

    number: int
    agency: int
    code: str
    procedure: Procedure
    applicant: str
    channel: str
    received: date
    received_clock: int
    due: date | None
    finished: date | None
    finished_clock: int
    returned: date | None
    returned_clock: int
    officer: int
    status: str
    supplement_requested: date | None
    supplement_received: date | None
    apology: bool
    rescheduled: date | None
    note: str


class City:
    def __init__(self, rows: int, seed: int = SEED) -> None:
        self.rows = rows
        self.seed = seed
        rng = random.Random(seed)
        self.calendar = Calendar()
        self.agencies = _agencies(rng)
        self.agency_weights = _cumulative([a.weight for a in self.agencies])
        self.procedures = [*PROCEDURES, UNLISTED]
        self.procedure_weights = _cumulative([p.weight for p in self.procedures])
        self.channel_weights = _cumulative([w for _, w in CHANNELS])

    def dossiers(self) -> Iterator[Dossier]:
        """Every dossier of the year in receipt order; the same sequence on every call."""
        rng = random.Random(self.seed + 1)
        calendar = self.calendar
        number = 0
        for day, count in _day_counts(self.rows):
            working = _is_working(day)
            sequence = [0] * len(self.agencies)
            receipts = []
            for _ in range(count):
                online = not working or rng.random() < 0.55
                if working and not online:
                    clock = rng.randrange(7 * 3600 + 1800, 17 * 3600)
                elif working:
                    clock = rng.randrange(6 * 3600, 23 * 3600)
                else:
                    clock = rng.randrange(7 * 3600, 22 * 3600)
                receipts.append((clock, online))
            receipts.sort()
            for clock, online in receipts:
                number += 1
                agency_index = bisect.bisect(
                    self.agency_weights, rng.random() * self.agency_weights[-1]
                )
                sequence[agency_index] += 1
                yield self._dossier(
                    rng, calendar, number, agency_index, sequence[agency_index], day, clock, online
                )

    def _dossier(
        self,
        rng: random.Random,
        calendar: Calendar,
        number: int,
        agency_index: int,
        sequence: int,
        day: date,
        clock: int,
        online: bool,
    ) -> Dossier:
        agency = self.agencies[agency_index]
        procedure = self.procedures[
            bisect.bisect(self.procedure_weights, rng.random() * self.procedure_weights[-1])
        ]
        if online:
            channel = "Trực tuyến"
        else:
            channel = "Bưu chính công ích" if rng.random() < 0.1 else "Trực tiếp"
        officer = rng.randrange(len(agency.officers))
        after_cutoff = bool(procedure.cutoff) and clock > 15 * 3600
        start = calendar.effective(day, after_cutoff)
        requested = received = None
        status = ""
        due_ordinal: int | None = start + procedure.days
        # How far into the export's span: recent dossiers are more often still waiting.
        late_in_year = (day - FIRST).days / SPAN_DAYS
        if procedure.days > 0 and rng.random() < 0.22:
            # A supplement request; the processing time restarts once the dossier is complete.
            requested_ordinal = start + rng.randrange(0, procedure.days // 2 + 1)
            requested = calendar.day(requested_ordinal)
            if rng.random() < 0.5 + 0.5 * late_in_year:
                status = "Chờ bổ sung hồ sơ"
                due_ordinal = None
            else:
                received_ordinal = requested_ordinal + rng.randrange(1, 8)
                received = calendar.day(received_ordinal)
                due_ordinal = received_ordinal + procedure.days
        roll = rng.random()
        if status:
            pass
        elif roll < 0.01:
            status = "Đã rút hồ sơ"
        elif roll < 0.015:
            status = "Không được tiếp nhận"
        elif roll < 0.035:
            # Never finished: forgotten, or waiting in someone's tray.
            status = "Chờ ký duyệt" if rng.random() < 0.3 else "Đang xử lý"
        elif procedure.payment and roll < 0.03 + 0.9 * late_in_year**3:
            status = "Chờ thực hiện nghĩa vụ tài chính"
        due = calendar.day(due_ordinal) if due_ordinal is not None else None

        finished = returned = None
        finished_clock = returned_clock = 0
        apology = False
        rescheduled = None
        if not status and due_ordinal is not None:
            outcome = rng.random()
            lowest = (calendar.ordinal(received) + 1) if received else start
            if outcome < 0.66 and due_ordinal > lowest:
                finish_ordinal = rng.randrange(lowest, due_ordinal)
            elif outcome < 0.965:
                finish_ordinal = due_ordinal
            else:
                finish_ordinal = due_ordinal + rng.randrange(1, 6)
                apology = rng.random() < 0.5
            if apology:
                rescheduled = calendar.day(finish_ordinal + rng.randrange(0, 3))
            finished_day = calendar.day(finish_ordinal)
            finished_clock = rng.randrange(8 * 3600, 17 * 3600)
            if finished_day == day and finished_clock <= clock:
                finished_clock = min(clock + 600, 86_399)
            if finished_day > LAST or (finished_day == LAST and finished_clock > EXPORT_CLOSE):
                status = "Đang xử lý"
            else:
                finished = finished_day
                if rng.random() < 0.85:
                    returned = calendar.day(finish_ordinal + rng.randrange(0, 3))
                    returned_clock = rng.randrange(8 * 3600, 17 * 3600)
                    if returned == finished and returned_clock < finished_clock:
                        returned_clock = finished_clock
                    if returned > LAST:
                        returned = None
                status = "Đã trả kết quả" if returned else "Đã xử lý xong"
        if status in ("Đang xử lý", "Chờ ký duyệt") and due and due <= LAST and rng.random() < 0.4:
            apology = True
            rescheduled = calendar.day(calendar.ordinal(due) + rng.randrange(3, 10))
        # The appointment date is left empty now and then: the tool computes it.
        if procedure is UNLISTED or (due is not None and rng.random() < 0.03):
            recorded_due = None
        else:
            recorded_due = due
        return Dossier(
            number=number,
            agency=agency_index,
            code=f"{agency.code}-{day:%y%m%d}-{sequence:04d}",
            procedure=procedure,
            applicant=_applicant(rng),
            channel=channel,
            received=day,
            received_clock=clock,
            due=recorded_due,
            finished=finished,
            finished_clock=finished_clock,
            returned=returned,
            returned_clock=returned_clock,
            officer=officer,
            status=status,
            supplement_requested=requested,
            supplement_received=received,
            apology=apology,
            rescheduled=rescheduled,
            note=rng.choice(NOTES),
        )

    def row(self, d: Dossier, variant: int, number: int) -> list[str]:
        """The export row of ``d``; variant 1 is the later export where every row changed."""
        agency = self.agencies[d.agency]
        # Another officer took the dossier over (every agency has ten or more).
        officer, unit = agency.officers[(d.officer + variant) % len(agency.officers)]
        due = ""
        if d.due is not None:
            due = _day_text(d.due) + (" 17:00:00" if agency.due_with_time else "")
        finished = returned = ""
        if d.finished is not None:
            clock = d.finished_clock
            if variant and d.finished != d.received:
                # The result was recorded at another time of the same day.
                clock = (clock + 1234 * variant) % 86_400
            finished = f"{_day_text(d.finished)} {_clock(clock)}"
        if d.returned is not None:
            returned = f"{_day_text(d.returned)} {_clock(d.returned_clock)}"
        return [
            str(number),
            d.code,
            d.procedure.name,
            d.procedure.code,
            d.procedure.field,
            d.applicant,
            d.channel,
            f"{_day_text(d.received)} {_clock(d.received_clock)}",
            due,
            finished,
            returned,
            officer,
            unit,
            d.status,
            _day_text(d.supplement_requested) if d.supplement_requested else "",
            _day_text(d.supplement_received) if d.supplement_received else "",
            "Có" if d.apology else "",
            _day_text(d.rescheduled) if d.rescheduled else "",
            d.note,
        ]


# --- writing -----------------------------------------------------------------------------------


def _title(rows: int) -> list[list[str]]:
    blank = [""] * (len(HEADER) - 1)
    return [
        ["ỦY BAN NHÂN DÂN THÀNH PHỐ - HỆ THỐNG THÔNG TIN GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH", *blank],
        [f"DANH SÁCH {rows:,} HỒ SƠ TIẾP NHẬN TỪ {FIRST:%d/%m/%Y} ĐẾN {LAST:%d/%m/%Y}", *blank],
    ]


def write_all(out: Path, rows: int = ROWS, *, quiet: bool = False) -> dict[str, int]:
    """Write every file into ``out``; returns a few counts that describe them."""
    out.mkdir(parents=True, exist_ok=True)
    city = City(rows)
    small_every = round(1 / SMALL_SHARE)
    survey_rng = random.Random(SEED + 2)
    rating_weights = _cumulative([w for _, w in RATINGS])
    # (code, officer, day handed over) of the dossiers an answer may be about.
    candidates: list[tuple[str, str, date]] = []
    stats = {
        "rows": 0,
        "open": 0,
        "supplements": 0,
        "withdrawn": 0,
        "small_rows": 0,
        "changed_rows": 0,
    }
    open_statuses = {
        "Đang xử lý",
        "Chờ ký duyệt",
        "Chờ bổ sung hồ sơ",
        "Chờ thực hiện nghĩa vụ tài chính",
    }
    # About 72 % of the dossiers are handed over; half of those are candidates, 300k chosen.
    survey_chance = 0.5

    names = [out / DOSSIERS_FILE, out / UPDATED_FILE, out / CHANGED_FILE, out / SMALL_FILE]
    handles = [p.open("w", encoding="utf-8-sig", newline="") for p in names]
    try:
        big, updated, changed, small = (csv.writer(h, lineterminator="\r\n") for h in handles)
        for writer, count in (
            (big, rows),
            (updated, rows),
            (changed, rows),
            (small, rows // small_every),
        ):
            writer.writerows(_title(count))
            writer.writerow(HEADER)
        for d in city.dossiers():
            stats["rows"] += 1
            first = city.row(d, 0, d.number)
            later = city.row(d, 1, d.number)
            big.writerow(first)
            updated.writerow(later)
            if d.number % CHANGED_EVERY == 0:
                stats["changed_rows"] += 1
                changed.writerow(later)
            else:
                changed.writerow(first)
            # Every tenth dossier: the same year, agencies and mix, a tenth of the rows.
            if d.number % small_every == 0:
                stats["small_rows"] += 1
                small.writerow(city.row(d, 0, stats["small_rows"]))
            if d.status in open_statuses:
                stats["open"] += 1
            if d.supplement_requested:
                stats["supplements"] += 1
            if d.status == "Đã rút hồ sơ":
                stats["withdrawn"] += 1
            if d.returned is not None and survey_rng.random() < survey_chance:
                officer = city.agencies[d.agency].officers[d.officer][0]
                candidates.append((d.code, officer, d.returned))
    finally:
        for handle in handles:
            handle.close()

    answers = round(rows * SURVEY_SHARE)
    chosen = sorted(survey_rng.sample(range(len(candidates)), min(answers, len(candidates))))
    with (out / SURVEYS_FILE).open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\r\n")
        writer.writerow(SURVEY_HEADER)
        for index in chosen:
            code, officer, day = candidates[index]
            label = _weighted(survey_rng, [r for r, _ in RATINGS], rating_weights)
            satisfied = label in ("Rất hài lòng", "Hài lòng")
            comment = ""
            if survey_rng.random() < 0.15:
                comment = survey_rng.choice(COMMENTS_GOOD if satisfied else COMMENTS_BAD)
            kiosk = survey_rng.random()
            if kiosk < 0.05:
                # A kiosk answer: no dossier code, and often no officer either.
                code = ""
                if kiosk < 0.03:
                    officer = ""
            elif kiosk < 0.15:
                officer = ""  # taken from the dossier
            writer.writerow([code, officer, _day_text(day), label, comment])
    stats["surveys"] = len(chosen)

    with (out / PROCEDURES_FILE).open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["code", "name", "days", "cutoff", "field"])
        for p in PROCEDURES:
            writer.writerow([p.code, p.name, p.days, p.cutoff, p.field])
    if not quiet:
        share = stats["open"] / max(stats["rows"], 1)
        print(
            f"{stats['rows']:,} dossiers ({share:.1%} open, {stats['supplements']:,} with a "
            f"supplement request, {stats['withdrawn']:,} withdrawn), "
            f"{stats['small_rows']:,} in the small file, {stats['surveys']:,} survey answers "
            f"-> {out}",
            file=sys.stderr,
        )
    return stats


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--rows", type=int, default=ROWS)
    args = parser.parse_args(argv)
    write_all(args.out, args.rows)


if __name__ == "__main__":
    main()
