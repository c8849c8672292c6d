"""Generate the sample data set of thidua-cli.

The data describe an invented one-stop office (Bộ phận Một cửa) of the education office of an
invented district ("Quận 25") during the peak month of plan 486/KH-GDĐT (01/6-01/7/2021).
Every person, school and applicant is made up from common Vietnamese name parts.

Run ``python sample_data/generate.py``: every file is written next to this script, and a second run
writes the same bytes (fixed random seed, no clock).
"""

from __future__ import annotations

import csv
import io
import random
import unicodedata
import zipfile
from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path

OUT = Path(__file__).resolve().parent
SEED = 4862021

DISTRICT = "Quận 25"
OFFICE = "Phòng Giáo dục và Đào tạo"
AGENCY_MAIN = "000.00.21.H29"
AGENCY_LEGACY = "000.20.21.H29"

FIRST_DAY = date(2021, 5, 17)
LAST_DAY = date(2021, 6, 30)
AS_OF = date(2021, 7, 1)
PHASE1 = (date(2021, 6, 1), date(2021, 6, 15))
PHASE2 = (date(2021, 6, 16), date(2021, 7, 1))

# Weekdays that were days off in 2021 around the sample period (none between 4/5 and 1/9).
DAYS_OFF = frozenset({date(2021, 4, 30), date(2021, 5, 3), date(2021, 9, 2), date(2021, 9, 3)})

# ---------------------------------------------------------------------------------------------
# Working days
# ---------------------------------------------------------------------------------------------


def is_working_day(d: date) -> bool:
    return d.weekday() < 5 and d not in DAYS_OFF


def next_working_day(d: date) -> date:
    d += timedelta(days=1)
    while not is_working_day(d):
        d += timedelta(days=1)
    return d


def prev_working_day(d: date) -> date:
    d -= timedelta(days=1)
    while not is_working_day(d):
        d -= timedelta(days=1)
    return d


def add_working_days(d: date, n: int) -> date:
    for _ in range(n):
        d = next_working_day(d)
    return d


def effective_day(received: datetime, cutoff: time | None) -> date:
    """The day counting starts from: a non-working day or a receipt after the cut-off moves on."""
    d = received.date()
    if not is_working_day(d):
        return next_working_day(d)
    if cutoff is not None and received.time() > cutoff:
        return next_working_day(d)
    return d


def statutory_due(received: datetime, days: int, cutoff: time | None) -> date:
    """The N-th working day after the effective receipt day (N = 0: that day itself)."""
    return add_working_days(effective_day(received, cutoff), days)


def working_days(start: date, end: date) -> list[date]:
    out = []
    d = start
    while d <= end:
        if is_working_day(d):
            out.append(d)
        d += timedelta(days=1)
    return out


# ---------------------------------------------------------------------------------------------
# Procedures, units, officers
# ---------------------------------------------------------------------------------------------

F_SYSTEM = "Giáo dục và Đào tạo thuộc hệ thống giáo dục quốc dân"
F_SECONDARY = "Giáo dục trung học"
F_PRIMARY = "Giáo dục tiểu học"
F_PRESCHOOL = "Giáo dục mầm non"
F_DIPLOMA = "Hệ thống văn bằng, chứng chỉ"

U_DESK = "Bộ phận Một cửa"
U_STAFF = "Tổ Tổ chức cán bộ"
U_PRIMARY = "Tổ Giáo dục Tiểu học"
U_SECONDARY = "Tổ Giáo dục Trung học"
U_PRESCHOOL = "Tổ Giáo dục Mầm non"
UNITS = [U_DESK, U_STAFF, U_PRIMARY, U_SECONDARY, U_PRESCHOOL]


@dataclass(frozen=True)
class Procedure:
    key: str
    code: str
    name: str
    days: int | None
    cutoff: time | None
    field: str
    unit: str


PROCEDURES = [
    Procedure(
        "thcs_found",
        "1.004442",
        "Thành lập trường trung học cơ sở công lập hoặc cho phép thành lập trường trung học "
        "cơ sở tư thục",
        25,
        None,
        F_SYSTEM,
        U_SECONDARY,
    ),
    Procedure(
        "mn_found",
        "GD-01",
        "Thành lập trường mẫu giáo, trường mầm non, nhà trẻ công lập hoặc cho phép thành lập "
        "trường mẫu giáo, trường mầm non, nhà trẻ dân lập, tư thục",
        25,
        None,
        F_PRESCHOOL,
        U_PRESCHOOL,
    ),
    Procedure(
        "thcs_allow",
        "GD-02",
        "Cho phép trường trung học cơ sở hoạt động giáo dục",
        20,
        None,
        F_SECONDARY,
        U_SECONDARY,
    ),
    Procedure(
        "thcs_reopen",
        "1.004475",
        "Cho phép trường trung học cơ sở hoạt động trở lại",
        20,
        None,
        F_SECONDARY,
        U_SECONDARY,
    ),
    Procedure(
        "th_allow",
        "GD-03",
        "Cho phép trường tiểu học hoạt động giáo dục",
        20,
        None,
        F_PRIMARY,
        U_PRIMARY,
    ),
    Procedure(
        "mn_allow",
        "GD-04",
        "Cho phép trường mẫu giáo, trường mầm non, nhà trẻ hoạt động giáo dục",
        20,
        None,
        F_PRESCHOOL,
        U_PRESCHOOL,
    ),
    Procedure(
        "copy",
        "1.010020",
        "Cấp bản sao văn bằng, chứng chỉ từ sổ gốc",
        0,
        time(15, 0),
        F_DIPLOMA,
        U_DESK,
    ),
    Procedure(
        "fix",
        "2.001914",
        "Chỉnh sửa nội dung văn bằng, chứng chỉ",
        5,
        None,
        F_DIPLOMA,
        U_SECONDARY,
    ),
    Procedure(
        "transfer",
        "GD-05",
        "Chuyển trường đối với học sinh trung học cơ sở",
        3,
        None,
        F_SECONDARY,
        U_SECONDARY,
    ),
]
PROC = {p.key: p for p in PROCEDURES}
# Exported by the one-stop software but missing from procedures.csv: no appointment date either.
TUTORING = Procedure(
    "tutoring",
    "",
    "Cấp giấy phép, gia hạn giấy phép tổ chức hoạt động dạy thêm, học thêm đối với cấp trung "
    "học cơ sở",
    None,
    None,
    F_SECONDARY,
    U_SECONDARY,
)

FAMILY = [
    "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng",
    "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Trương", "Đinh", "Lâm", "Mai",
]  # fmt: skip
MALE_MIDDLE = ["Văn", "Minh", "Quốc", "Hữu", "Đức", "Thanh", "Hoàng", "Gia", "Công", "Tấn"]
FEMALE_MIDDLE = ["Thị", "Ngọc", "Thu", "Mỹ", "Thanh", "Kim", "Bảo", "Phương", "Hồng", "Khánh"]
MALE_GIVEN = [
    "An", "Bình", "Cường", "Dũng", "Duy", "Hải", "Hiếu", "Hoàng", "Hùng", "Khang",
    "Khoa", "Long", "Lộc", "Nam", "Nghĩa", "Phát", "Phúc", "Quân", "Sơn", "Tài",
    "Thắng", "Thịnh", "Tín", "Toàn", "Trí", "Trung", "Tuấn", "Việt", "Vinh", "Khôi",
]  # fmt: skip
FEMALE_GIVEN = [
    "Anh", "Châu", "Diệp", "Dung", "Duyên", "Giang", "Hà", "Hạnh", "Hằng", "Hiền",
    "Hoa", "Hương", "Lan", "Liên", "Linh", "Loan", "Mai", "My", "Nga", "Ngân",
    "Nhung", "Oanh", "Phượng", "Quyên", "Thảo", "Thủy", "Trang", "Trâm", "Uyên", "Vân",
    "Vy", "Xuân", "Yến",
]  # fmt: skip

# Invented names of the schools that apply for a permission (by level); the public schools of
# tuyen-sinh-2021.csv are named in write_enrollment.
SCHOOL_NAMES = {
    "Trường Mầm non": [
        "Thỏ Ngọc", "Hoa Cúc", "Búp Măng", "Ánh Trăng", "Hoa Hồng", "Măng Non", "Hoa Mai",
        "Sóc Nâu", "Hoa Lan", "Cầu Vồng", "Ong Vàng", "Chim Én", "Gấu Bông", "Bé Ngoan",
    ],
    "Trường Tiểu học": ["Trí Đức", "Nam Phong", "Ngôi Sao Xanh", "Tuệ Minh", "Thiên Ân"],
    "Trường THCS": [
        "Trí Đức", "Nam Phong", "Tuệ Minh", "Ngôi Sao Xanh", "Đông Phương", "Rạng Đông",
        "Tân Tiến",
    ],
}  # fmt: skip
COMPANIES = [
    "Công ty TNHH Giáo dục Trí Đức",
    "Công ty Cổ phần Đầu tư Giáo dục Nam Phong",
    "Công ty TNHH Mầm non Bé Yêu",
    "Công ty TNHH Giáo dục Ánh Sao",
    "Công ty Cổ phần Giáo dục Hạt Giống Nhỏ",
]

CHANNEL_LABEL = {"direct": "Trực tiếp", "online": "Trực tuyến", "postal": "Bưu chính công ích"}
CHANNEL_CODE = {"direct": "1", "online": "2", "postal": "3"}
# Channel weights per procedure: (direct, online, postal).
CHANNEL_WEIGHTS = {
    "copy": (80, 12, 8),
    "transfer": (16, 82, 2),
    "fix": (55, 35, 10),
    "thcs_found": (70, 30, 0),
    "mn_found": (70, 30, 0),
    "thcs_allow": (40, 60, 0),
    "thcs_reopen": (40, 60, 0),
    "th_allow": (40, 60, 0),
    "mn_allow": (40, 60, 0),
    "tutoring": (50, 50, 0),
}


class Names:
    """Unique invented person names."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.used: set[str] = set()

    def person(self, female: bool | None = None) -> str:
        rng = self.rng
        while True:
            is_female = rng.random() < 0.5 if female is None else female
            family = rng.choice(FAMILY)
            if is_female:
                parts = [family, rng.choice(FEMALE_MIDDLE)]
                if rng.random() < 0.3:
                    parts.append(rng.choice(["Thu", "Ngọc", "Thanh", "Mỹ", "Kim"]))
                parts.append(rng.choice(FEMALE_GIVEN))
            else:
                parts = [family, rng.choice(MALE_MIDDLE)]
                if rng.random() < 0.2:
                    parts.append(rng.choice(["Minh", "Quốc", "Anh", "Hoàng"]))
                parts.append(rng.choice(MALE_GIVEN))
            if len(set(parts)) < len(parts):
                continue
            name = " ".join(parts)
            if name not in self.used:
                self.used.add(name)
                return name


@dataclass
class Officer:
    name: str
    unit: str
    role: str  # Tổ trưởng, Tổ phó, Chuyên viên
    active: bool = True
    in_roster: bool = True


def make_officers(names: Names) -> dict[str, Officer]:
    """Keys are story roles; the names are drawn at random."""
    spec = [
        ("desk_head", U_DESK, "Tổ trưởng", False),
        ("desk_a", U_DESK, "Chuyên viên", True),
        ("desk_b", U_DESK, "Chuyên viên", False),
        ("staff_head", U_STAFF, "Tổ trưởng", True),
        ("staff_a", U_STAFF, "Chuyên viên", False),
        ("primary_head", U_PRIMARY, "Tổ trưởng", False),
        ("primary_a", U_PRIMARY, "Chuyên viên", True),
        ("sec_head", U_SECONDARY, "Tổ trưởng", False),
        ("sec_deputy", U_SECONDARY, "Tổ phó", True),
        ("sec_x", U_SECONDARY, "Chuyên viên", False),
        ("sec_w", U_SECONDARY, "Chuyên viên", True),
        ("pre_head", U_PRESCHOOL, "Tổ trưởng", True),
        ("pre_y", U_PRESCHOOL, "Chuyên viên", True),
        ("pre_gone", U_PRESCHOOL, "Chuyên viên", False),
        ("guest", U_SECONDARY, "Chuyên viên", True),
    ]
    out = {}
    for key, unit, role, female in spec:
        out[key] = Officer(names.person(female), unit, role)
    out["pre_gone"].active = False  # transferred to another office at the end of May
    out["guest"].in_roster = False  # seconded for the peak month, never added to the roster
    return out


# ---------------------------------------------------------------------------------------------
# Dossiers
# ---------------------------------------------------------------------------------------------


@dataclass
class Dossier:
    proc: Procedure
    received: datetime
    officer: str
    channel: str
    applicant: str
    target: str = "csv"  # csv | xlsx | legacy
    status: str = "returned"  # returned|finished|processing|waiting|refused|withdrawn|not_received
    due: date | None = None
    blank_due: bool = False
    finished: date | None = None
    returned: date | None = None
    supp_requested: date | None = None
    supp_received: date | None = None
    apology: bool = False
    rescheduled: date | None = None
    note: str = ""
    tag: str = ""
    code: str = ""
    unit: str = ""

    @property
    def rec_day(self) -> date:
        return self.received.date()


class Builder:
    def __init__(self, rng: random.Random, names: Names, officers: dict[str, Officer]) -> None:
        self.rng = rng
        self.names = names
        self.off = officers
        self.school_pools: dict[str, list[str]] = {}

    # -- helpers ---------------------------------------------------------------------------

    def office_time(self, d: date, earliest: time | None = None, late_only: bool = False) -> time:
        rng = self.rng
        slots = [m for m in range(7 * 60 + 30, 11 * 60 + 30)] + list(range(13 * 60, 17 * 60))
        if late_only:
            slots = list(range(15 * 60 + 1, 17 * 60))
        if earliest is not None:
            floor = earliest.hour * 60 + earliest.minute + 5
            later = [m for m in slots if m >= floor]
            slots = later or [17 * 60]
        m = rng.choice(slots)
        return time(m // 60, m % 60)

    def receipt(self, d: date, channel: str, late: bool = False) -> datetime:
        """A receipt time on day d; online dossiers sometimes arrive out of office hours."""
        rng = self.rng
        if channel == "online" and not late:
            roll = rng.random()
            if roll < 0.05:
                # weekend submission, counted from Monday
                sat = d + timedelta(days=(5 - d.weekday()) % 7)
                day = sat + timedelta(days=rng.choice([0, 1]))
                if day <= LAST_DAY:
                    return datetime.combine(day, time(rng.randint(7, 21), rng.randint(0, 59)))
            if roll < 0.09:
                return datetime.combine(d, time(rng.randint(17, 21), rng.randint(0, 59)))
        return datetime.combine(d, self.office_time(d, late_only=late))

    def channel(self, key: str) -> str:
        w = CHANNEL_WEIGHTS[key]
        return self.rng.choices(["direct", "online", "postal"], weights=w)[0]

    def school(self, prefix: str) -> str:
        """A school name of that level; private ones carry "tư thục"."""
        pool = self.school_pools.get(prefix)
        if not pool:
            pool = list(SCHOOL_NAMES[prefix])
            self.rng.shuffle(pool)
            self.school_pools[prefix] = pool
        name = pool.pop()
        if name in ("Rạng Đông", "Tân Tiến") or self.rng.random() < 0.5:
            return f"{prefix} {name}"
        return f"{prefix} tư thục {name}"

    def applicant(self, key: str) -> str:
        rng = self.rng
        if key in ("copy", "fix", "transfer"):
            return self.names.person()
        if key == "thcs_found":
            return rng.choice([f"Ủy ban nhân dân Phường {rng.randint(1, 14)}", *COMPANIES[:2]])
        if key == "mn_found":
            return rng.choice([*COMPANIES[2:], self.names.person(True)])
        if key in ("thcs_allow", "thcs_reopen"):
            return self.school("Trường THCS")
        if key == "th_allow":
            return self.school("Trường Tiểu học")
        if key == "mn_allow":
            return self.school("Trường Mầm non")
        return self.school("Trường THCS")

    def officer_for(self, key: str) -> str:
        o = self.off
        pick = {
            "copy": [("desk_head", 20), ("desk_a", 40), ("desk_b", 40)],
            "transfer": [("sec_deputy", 32), ("sec_x", 32), ("sec_w", 32), ("sec_head", 4)],
            "fix": [("sec_head", 20), ("sec_deputy", 20), ("sec_x", 35), ("sec_w", 25)],
            "thcs_found": [("sec_head", 60), ("sec_deputy", 40)],
            "thcs_allow": [("sec_head", 60), ("sec_deputy", 40)],
            "thcs_reopen": [("sec_head", 60), ("sec_deputy", 40)],
            "th_allow": [("primary_a", 100)],
            "mn_found": [("pre_head", 40), ("pre_y", 60)],
            "mn_allow": [("pre_head", 40), ("pre_y", 60)],
        }[key]
        keys = [k for k, _ in pick]
        weights = [w for _, w in pick]
        return o[self.rng.choices(keys, weights=weights)[0]].name

    def new(
        self,
        key: str,
        day: date,
        officer: str | None = None,
        channel: str | None = None,
        late: bool = False,
        target: str = "csv",
    ) -> Dossier:
        proc = PROC.get(key, TUTORING)
        ch = channel or self.channel(key)
        received = self.receipt(day, ch, late=late)
        d = Dossier(
            proc=proc,
            received=received,
            officer=officer or self.officer_for(key),
            channel=ch,
            applicant=self.applicant(key),
            target=target,
        )
        if proc.days is not None:
            d.due = statutory_due(received, proc.days, proc.cutoff)
        return d

    def start_day(self, d: Dossier) -> date:
        day = d.rec_day
        return day if is_working_day(day) else next_working_day(day)

    def finish_early(self, d: Dossier, base: date | None = None) -> bool:
        """Pick a finish day strictly before the deadline; False if impossible."""
        assert d.due is not None
        start = base or self.start_day(d)
        end = min(prev_working_day(d.due), LAST_DAY)
        if start > end:
            return False
        days = working_days(start, end)
        if d.proc.days and d.proc.days >= 5 and len(days) > 2:
            days = days[len(days) // 3 :]
        d.finished = self.rng.choice(days)
        return True

    def hand_over(self, d: Dossier, keep_open: float = 0.06) -> None:
        """Set the hand-over date (or leave the result waiting at the desk)."""
        assert d.finished is not None
        rng = self.rng
        if d.finished >= date(2021, 6, 21) and rng.random() < keep_open:
            d.status = "finished"
            d.returned = None
            return
        lag = 0 if d.proc.key == "copy" else rng.choices([0, 1, 2], weights=[60, 30, 10])[0]
        r = d.finished
        for _ in range(lag):
            nxt = next_working_day(r)
            if nxt > LAST_DAY:
                break
            r = nxt
        d.status = "returned"
        d.returned = r


def receipt_days(rng: random.Random, n: int, start: date, end: date) -> list[date]:
    days = working_days(start, end)
    weights = [0.6 if d.month == 5 else 1.0 for d in days]
    return sorted(rng.choices(days, weights=weights, k=n))


def build_main(b: Builder) -> list[Dossier]:
    """The dossiers of the main export (CSV) and of its supplementary XLSX export."""
    rng = b.rng
    o = b.off
    out: list[Dossier] = []

    # --- story dossiers -------------------------------------------------------------------
    def story(key: str, day: date, officer: str, tag: str, channel: str | None = None) -> Dossier:
        d = b.new(key, day, officer=officer, channel=channel)
        d.tag = tag
        out.append(d)
        return d

    x, y = o["sec_x"].name, o["pre_y"].name

    # finished late, all in phase 2: officer X (4) and officer Y (2)
    for key, day, extra in [
        ("fix", date(2021, 6, 14), 2),
        ("transfer", date(2021, 6, 17), 2),
        ("transfer", date(2021, 6, 21), 1),
        ("fix", date(2021, 6, 18), 2),
    ]:
        d = story(key, day, x, "late", channel="direct")
        assert d.due is not None
        d.finished = add_working_days(d.due, extra)
        b.hand_over(d, keep_open=0)
    for day, extra in [(date(2021, 5, 19), 2), (date(2021, 5, 21), 3)]:
        d = story("mn_allow", day, y, "late", channel="online")
        assert d.due is not None
        d.finished = add_working_days(d.due, extra)
        b.hand_over(d, keep_open=0)

    # open at 30/06 and overdue at 01/07
    d = story("transfer", date(2021, 6, 23), x, "overdue", channel="online")
    d = story("th_allow", date(2021, 5, 28), o["primary_a"].name, "overdue", channel="direct")
    d.apology, d.rescheduled = True, date(2021, 7, 9)
    d = story("mn_found", date(2021, 5, 24), o["pre_head"].name, "overdue", channel="direct")
    d.apology, d.rescheduled = True, date(2021, 7, 12)
    d.note = "Chờ ý kiến thẩm định của phòng Tài chính - Kế hoạch"
    story("fix", date(2021, 6, 21), o["sec_w"].name, "overdue", channel="postal")

    # open, due on 1-2/7, no apology letter
    story("transfer", date(2021, 6, 28), o["sec_deputy"].name, "due_soon", channel="online")
    story("transfer", date(2021, 6, 29), x, "due_soon", channel="online")
    story("fix", date(2021, 6, 24), o["sec_head"].name, "due_soon", channel="direct")
    story("fix", date(2021, 6, 25), o["sec_w"].name, "due_soon", channel="online")
    # open, due 2/7, apology already sent
    d = story("fix", date(2021, 6, 25), x, "apology", channel="direct")
    d.apology, d.rescheduled = True, date(2021, 7, 8)
    d.note = "Chờ xác minh sổ gốc năm 2009"
    # waiting for supplements
    d = story("thcs_found", date(2021, 6, 7), o["sec_head"].name, "waiting", channel="direct")
    d.supp_requested = date(2021, 6, 10)
    d = story("mn_allow", date(2021, 6, 17), y, "waiting", channel="online")
    d.supp_requested = date(2021, 6, 22)
    # other open dossiers, in time
    story("thcs_found", date(2021, 6, 15), o["sec_deputy"].name, "open", channel="direct")
    story("th_allow", date(2021, 6, 21), o["primary_a"].name, "open", channel="online")
    story("fix", date(2021, 6, 29), o["sec_deputy"].name, "open", channel="online")
    d = story("transfer", date(2021, 6, 30), o["sec_w"].name, "open", channel="direct")
    d.received = datetime.combine(d.rec_day, time(14, 0))
    d.due = statutory_due(d.received, d.proc.days or 0, None)
    for d in out:
        if d.tag in ("overdue", "due_soon", "apology", "open"):
            d.status = "processing"
        elif d.tag == "waiting":
            d.status = "waiting"

    # supplement requested, complete dossier received, then finished (deadline restarted)
    for key, day in [
        ("fix", date(2021, 5, 25)),
        ("fix", date(2021, 6, 2)),
        ("fix", date(2021, 6, 16)),
        ("transfer", date(2021, 6, 3)),
        ("transfer", date(2021, 6, 22)),
        ("mn_allow", date(2021, 5, 20)),
        ("th_allow", date(2021, 5, 26)),
        ("thcs_allow", date(2021, 5, 27)),
    ]:
        d = story(key, day, b.officer_for(key), "supplement")
        start = b.start_day(d)
        d.supp_requested = add_working_days(start, rng.choice([1, 2]))
        d.supp_received = add_working_days(d.supp_requested, rng.choice([1, 2, 3, 4]))
        d.due = add_working_days(d.supp_received, d.proc.days or 0)
        if not b.finish_early(d, base=d.supp_received):
            d.finished = d.due
        b.hand_over(d, keep_open=0)
    # one of them finished exactly on the restarted deadline
    last = next(d for d in out if d.tag == "supplement")
    assert last.due is not None and last.due <= LAST_DAY
    last.finished = last.due
    b.hand_over(last, keep_open=0)

    # refused after appraisal (a finish, judged like the others)
    d = story("fix", date(2021, 6, 8), o["sec_deputy"].name, "refused", channel="direct")
    d.finished, d.status = date(2021, 6, 10), "refused"
    d.note = "Không có căn cứ chỉnh sửa: thông tin trên văn bằng khớp với sổ gốc"
    d = story("mn_found", date(2021, 5, 26), y, "refused", channel="direct")
    d.finished, d.status = date(2021, 6, 17), "refused"
    d.note = "Chưa đáp ứng điều kiện về cơ sở vật chất theo quy định"

    # withdrawn by the applicant
    for key, day in [
        ("transfer", date(2021, 5, 31)),
        ("transfer", date(2021, 6, 9)),
        ("transfer", date(2021, 6, 23)),
        ("copy", date(2021, 6, 4)),
        ("fix", date(2021, 6, 11)),
    ]:
        d = story(key, day, b.officer_for(key), "withdrawn")
        d.status = "withdrawn"
        when = next_working_day(d.rec_day)
        d.note = f"Công dân có đơn xin rút hồ sơ ngày {when:%d/%m/%Y}"

    # never received (turned away at the desk)
    d = story("copy", date(2021, 6, 10), o["desk_b"].name, "not_received", channel="direct")
    d.status, d.due = "not_received", None
    d.note = "Văn bằng tốt nghiệp THPT thuộc thẩm quyền của Sở Giáo dục và Đào tạo"
    d = story("fix", date(2021, 6, 22), o["desk_a"].name, "not_received", channel="postal")
    d.status, d.due = "not_received", None
    d.note = "Thành phần hồ sơ không đúng quy định, đã hướng dẫn công dân"
    for d in out:
        if d.tag == "not_received":
            d.unit = U_DESK

    # a procedure missing from the procedure list: no appointment date at all
    for day, officer, fin in [
        (date(2021, 6, 2), o["sec_head"].name, date(2021, 6, 11)),
        (date(2021, 6, 9), o["sec_deputy"].name, date(2021, 6, 18)),
        (date(2021, 6, 24), o["sec_head"].name, None),
    ]:
        d = story("tutoring", day, officer, "no_procedure", channel="direct")
        d.applicant = b.school("Trường THCS")
        if fin is None:
            d.status = "processing"
        else:
            d.finished = fin
            b.hand_over(d, keep_open=0)

    # a seconded officer missing from the roster
    for day in [date(2021, 6, 7), date(2021, 6, 15), date(2021, 6, 22)]:
        d = story("transfer", day, o["guest"].name, "guest", channel="online")
        b.finish_early(d)
        b.hand_over(d)
    # the officer who left at the end of May: two dossiers of May
    for day in [date(2021, 5, 17), date(2021, 5, 18)]:
        d = story("mn_allow", day, o["pre_gone"].name, "gone", channel="direct")
        d.finished = add_working_days(d.rec_day, 8)
        b.hand_over(d, keep_open=0)

    # --- ordinary dossiers ----------------------------------------------------------------
    n_story = len(out)
    mix = [
        ("copy", 48),
        ("transfer", 127),
        ("fix", 60),
        ("thcs_found", 5),
        ("mn_found", 6),
        ("thcs_allow", 5),
        ("thcs_reopen", 2),
        ("th_allow", 9),
        ("mn_allow", 12),
    ]
    total = 320 - n_story
    assert sum(n for _, n in mix) == total, (sum(n for _, n in mix), total)
    ordinary: list[Dossier] = []
    primary_head_left = 3
    for key, n in mix:
        long = PROC[key].days is not None and (PROC[key].days or 0) >= 20
        end = date(2021, 6, 4) if long else LAST_DAY
        for day in receipt_days(rng, n, FIRST_DAY, end):
            late = key == "copy" and rng.random() < 0.22
            officer = None
            if key == "th_allow" and primary_head_left > 0:
                officer = o["primary_head"].name
                primary_head_left -= 1
            ordinary.append(b.new(key, day, officer=officer, late=late))
    # Decide who finishes exactly on the deadline: every copy received before the cut-off
    # (same-day procedure), some copies after it, and a few others.
    on_time_target = 60
    forced = 0
    for d in ordinary:
        assert d.due is not None
        if d.proc.key == "copy":
            if (
                effective_day(d.received, d.proc.cutoff) == d.rec_day
                or not is_working_day(d.rec_day)
                or d.received.time() >= time(17)
                or rng.random() < 0.35
            ):
                d.finished = d.due
                forced += 1
            else:
                d.finished = d.rec_day  # received after 15:00, done before closing: early
    story_on_time = sum(1 for d in out if d.finished is not None and d.finished == d.due)
    candidates = [
        d
        for d in ordinary
        if d.proc.key != "copy" and d.due is not None and d.due <= LAST_DAY and d.proc.days
    ]
    rng.shuffle(candidates)
    extra = max(0, on_time_target - forced - story_on_time)
    for d in candidates[:extra]:
        d.finished = d.due
    for d in ordinary:
        if d.finished is None and not b.finish_early(d):
            assert d.due is not None
            d.finished = d.due
        b.hand_over(d)
    # the appointment date left empty on about 5% of rows: the tool computes it
    blanks = [d for d in ordinary if d.proc.key == "copy" and d.received.time() > time(15)][:3]
    blanks += [d for d in ordinary if not is_working_day(d.rec_day)][:2]
    rest = [d for d in ordinary if d not in blanks]
    rng.shuffle(rest)
    for d in blanks + rest[: 16 - len(blanks)]:
        d.blank_due = True
    out.extend(ordinary)

    # --- the supplementary XLSX export: 15 more dossiers of June -------------------------
    xmix = ["copy"] * 4 + ["transfer"] * 6 + ["fix"] * 3 + ["mn_allow", "thcs_allow"]
    xdays = receipt_days(rng, len(xmix), date(2021, 6, 1), date(2021, 6, 29))
    rng.shuffle(xmix)
    for key, day in zip(xmix, xdays, strict=True):
        if key in ("mn_allow", "thcs_allow"):
            day = date(2021, 6, 18) if key == "thcs_allow" else date(2021, 6, 3)
        d = b.new(key, day, target="xlsx")
        d.tag = "xlsx"
        if key == "thcs_allow":
            d.officer = o["sec_head"].name
            d.status = "processing"
            d.tag = "open"
        elif key == "copy":
            d.finished = d.due
            b.hand_over(d)
        else:
            if not b.finish_early(d):
                d.finished = d.due
            b.hand_over(d)
        out.append(d)
    next(d for d in out if d.target == "xlsx" and d.proc.key == "transfer").blank_due = True

    for d in out:
        if not d.unit:
            d.unit = unit_of(b.off, d.officer)
    return out


def build_legacy(b: Builder) -> list[Dossier]:
    """About 40 dossiers of June from the older software (Windows-1258, national codes)."""
    rng = b.rng
    out: list[Dossier] = []
    mix = ["copy"] * 14 + ["transfer"] * 16 + ["fix"] * 8
    days = receipt_days(rng, len(mix), date(2021, 6, 1), date(2021, 6, 29))
    rng.shuffle(mix)
    for key, day in zip(mix, days, strict=True):
        late = key == "copy" and rng.random() < 0.2
        out.append(b.new(key, day, target="legacy", late=late))
    # two permissions for kindergartens: one done in June, one still open (due in July)
    out.append(b.new("mn_allow", date(2021, 6, 2), target="legacy", channel="direct"))
    still_open = b.new("mn_allow", date(2021, 6, 21), target="legacy", channel="online")
    still_open.status = "processing"
    out.append(still_open)
    withdrawn = next(d for d in out if d.proc.key == "transfer")
    withdrawn.status = "withdrawn"
    for d in out:
        d.tag = {"processing": "open", "withdrawn": "withdrawn"}.get(d.status, "legacy")
        if d.status != "returned":
            continue
        assert d.due is not None
        if d.proc.key == "copy":
            same_evening = is_working_day(d.rec_day) and d.received.time() < time(17)
            early = effective_day(d.received, d.proc.cutoff) != d.rec_day and same_evening
            d.finished = d.rec_day if early else d.due
        elif not b.finish_early(d):
            d.finished = d.due
        b.hand_over(d)
    for d in out:
        d.unit = unit_of(b.off, d.officer)
    return out


def unit_of(officers: dict[str, Officer], name: str) -> str:
    for off in officers.values():
        if off.name == name:
            return off.unit
    raise KeyError(name)


def assign_codes(dossiers: list[Dossier], agency: str) -> None:
    per_day: Counter[date] = Counter()
    for d in sorted(dossiers, key=lambda x: x.received):
        per_day[d.rec_day] += 1
        d.code = f"{agency}-{d.rec_day:%y%m%d}-{per_day[d.rec_day]:04d}"


# ---------------------------------------------------------------------------------------------
# Classification (the rules of the domain notes), used for the self-check
# ---------------------------------------------------------------------------------------------


def deadline(d: Dossier) -> date | None:
    if d.due is not None:
        return d.due
    if d.proc.days is None:
        return None
    return statutory_due(d.received, d.proc.days, d.proc.cutoff)


def classify(d: Dossier, as_of: date) -> str:
    if d.status == "withdrawn":
        return "withdrawn"
    if d.status == "not_received":
        return "not_received"
    due = deadline(d)
    if due is None:
        return "no_due_date"
    fin = d.finished or d.returned
    if fin is not None and fin <= as_of:
        if fin < due:
            return "early"
        return "on_time" if fin == due else "late"
    return "in_time" if as_of <= due else "overdue"


def self_check(main: list[Dossier], legacy: list[Dossier]) -> None:
    everything = main + legacy
    for d in everything:
        for when in (d.finished, d.returned, d.supp_requested, d.supp_received):
            assert when is None or when >= d.rec_day, d
        if d.status in ("refused", "withdrawn", "not_received"):
            assert d.returned is None, d
        if d.finished is not None:
            assert d.finished <= LAST_DAY, d
    # phase 1 is clean: nothing finished late in it, nothing open and overdue at its end
    for d in everything:
        fin = d.finished
        if fin is not None and PHASE1[0] <= fin <= PHASE1[1]:
            assert classify(d, PHASE1[1]) in ("early", "on_time", "no_due_date"), d
        if d.rec_day <= PHASE1[1] and (fin is None or fin > PHASE1[1]):
            assert classify(d, PHASE1[1]) != "overdue", d
    at = Counter(classify(d, AS_OF) for d in everything)
    assert 5 <= at["late"] <= 8, at
    assert 3 <= at["overdue"] <= 5, at
    assert 15 <= at["in_time"] + at["overdue"] <= 20, at
    late_officers = {d.officer for d in everything if classify(d, AS_OF) == "late"}
    assert len(late_officers) == 2, late_officers


# ---------------------------------------------------------------------------------------------
# Writers
# ---------------------------------------------------------------------------------------------


def fmt_d(d: date | None) -> str:
    return "" if d is None else f"{d:%d/%m/%Y}"


def csv_text(rows: list[list[str]], delimiter: str = ",", crlf: bool = False) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, delimiter=delimiter, lineterminator="\r\n" if crlf else "\n")
    writer.writerows(rows)
    return buf.getvalue()


def write_text(name: str, text: str, bom: bool = False) -> None:
    data = text.encode("utf-8")
    if bom:
        data = b"\xef\xbb\xbf" + data
    (OUT / name).write_bytes(data)


MAIN_HEADER = [
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
STATUS_LABEL = {
    "processing": "Đang xử lý",
    "waiting": "Chờ bổ sung hồ sơ",
    "finished": "Đã có kết quả",
    "returned": "Đã trả kết quả",
    "withdrawn": "Đã rút hồ sơ",
    "not_received": "Không được tiếp nhận",
    "refused": "Từ chối giải quyết",
}
STATUS_CODE = {
    "processing": "4",
    "waiting": "5",
    "finished": "9",
    "returned": "10",
    "withdrawn": "7",
    "not_received": "3",
}


def messy(rng: random.Random, name: str) -> str:
    """Officer names as clerks type them: a double space or a trailing space now and then."""
    roll = rng.random()
    if roll < 0.06:
        parts = name.split(" ")
        i = rng.randrange(1, len(parts))
        return " ".join(parts[:i]) + "  " + " ".join(parts[i:])
    if roll < 0.11:
        return name + " "
    return name


def main_row(d: Dossier, stt: int, officer: str) -> list[str]:
    note = d.note
    if not note and d.channel == "postal" and d.status == "returned":
        note = "Trả kết quả qua dịch vụ bưu chính công ích"
    return [
        str(stt),
        d.code,
        d.proc.name,
        d.proc.code,
        d.proc.field,
        d.applicant,
        CHANNEL_LABEL[d.channel],
        f"{d.received:%d/%m/%Y %H:%M}",
        "" if d.blank_due else fmt_d(d.due),
        fmt_d(d.finished),
        fmt_d(d.returned),
        officer,
        d.unit,
        STATUS_LABEL[d.status],
        fmt_d(d.supp_requested),
        fmt_d(d.supp_received),
        "Có" if d.apology else "",
        fmt_d(d.rescheduled),
        note,
    ]


def write_main_csv(rng: random.Random, dossiers: list[Dossier]) -> None:
    rows = sorted((d for d in dossiers if d.target == "csv"), key=lambda d: d.code)
    width = len(MAIN_HEADER)
    assert all(FIRST_DAY <= d.rec_day <= LAST_DAY for d in rows)
    table = [
        [f"PHÒNG GIÁO DỤC VÀ ĐÀO TẠO {DISTRICT.upper()}"] + [""] * (width - 1),
        [f"DANH SÁCH HỒ SƠ TIẾP NHẬN TỪ {fmt_d(FIRST_DAY)} ĐẾN {fmt_d(LAST_DAY)}"]
        + [""] * (width - 1),
        MAIN_HEADER,
    ]
    for i, d in enumerate(rows, start=1):
        table.append(main_row(d, i, messy(rng, d.officer)))
    write_text("ho-so-2021-06.csv", csv_text(table, crlf=True), bom=True)


def write_main_xlsx(dossiers: list[Dossier]) -> None:
    from openpyxl import Workbook
    from openpyxl.utils import get_column_letter
    from openpyxl.writer.excel import ExcelWriter

    rows = sorted((d for d in dossiers if d.target == "xlsx"), key=lambda d: d.code)
    wb = Workbook()
    ws = wb.active
    ws.title = "Hồ sơ"
    ws.append(MAIN_HEADER)
    date_cols = {8, 9, 10, 11, 15, 16, 18}
    stamp = {9: time(17, 0), 10: time(16, 0), 11: time(16, 30), 15: time(10, 0), 16: time(14, 0)}
    for i, d in enumerate(rows, start=1):
        values: list[object] = list(main_row(d, i, d.officer))
        values[0] = i
        for col in date_cols:
            text = values[col - 1]
            if not text:
                values[col - 1] = None
            elif col == 8:
                values[col - 1] = d.received.replace(second=0, microsecond=0)
            else:
                day = datetime.strptime(str(text), "%d/%m/%Y")
                values[col - 1] = datetime.combine(day.date(), stamp.get(col, time(8, 0)))
        # a result is never stamped before the receipt, nor handed over before it was ready
        if isinstance(values[9], datetime):
            values[9] = max(values[9], d.received + timedelta(minutes=20))
            if isinstance(values[10], datetime):
                values[10] = max(values[10], values[9] + timedelta(minutes=10))
        ws.append(values)
    for row in ws.iter_rows(min_row=2):
        for cell in row:
            if cell.column in date_cols and cell.value is not None:
                cell.number_format = "dd/mm/yyyy hh:mm"
    widths = [6, 26, 60, 11, 34, 32, 18, 17, 17, 17, 17, 24, 24, 20, 17, 17, 12, 17, 40]
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    fixed = datetime(2021, 7, 1, 8, 0, 0)
    wb.properties.created = fixed
    wb.properties.modified = fixed
    wb.properties.creator = "Bộ phận Một cửa"
    wb.properties.lastModifiedBy = "Bộ phận Một cửa"
    raw = io.BytesIO()
    with zipfile.ZipFile(raw, "w", zipfile.ZIP_DEFLATED) as archive:
        ExcelWriter(wb, archive).write_data()
    # Re-pack with fixed member dates so that the file is byte-for-byte reproducible.
    fixed_zip = io.BytesIO()
    with (
        zipfile.ZipFile(raw) as src,
        zipfile.ZipFile(fixed_zip, "w", zipfile.ZIP_DEFLATED) as dst,
    ):
        for info in src.infolist():
            member = zipfile.ZipInfo(info.filename, date_time=(2021, 7, 1, 8, 0, 0))
            member.compress_type = zipfile.ZIP_DEFLATED
            member.external_attr = 0o600 << 16
            dst.writestr(member, src.read(info.filename))
    (OUT / "ho-so-bo-sung-2021-06.xlsx").write_bytes(fixed_zip.getvalue())


TONE_MARKS = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


# The same office's dossiers as the province's one-stop system exports them, for the import
# profile example (he-thong-tinh.toml): headers of its own, two-digit years, its own labels.
PROVINCIAL_FILE = "ho-so-he-thong-tinh-2021-06.csv"
PROVINCIAL_HEADER = [
    "Mã biên nhận",
    "Tên dịch vụ công",
    "Mã thủ tục",
    "Người nộp",
    "Cách thức nộp",
    "Thời điểm nộp",
    "Hạn trả kết quả",
    "Thời điểm có kết quả",
    "Thời điểm trả",
    "Người thụ lý",
    "Phòng thụ lý",
    "Tình trạng xử lý",
]
PROVINCIAL_CHANNEL = {
    "direct": "Trực tiếp",
    "online": "Nộp qua ứng dụng VNeID",
    "postal": "Bưu chính công ích",
}
PROVINCIAL_STATUS = {
    "processing": "Đang giải quyết tại phòng",
    "waiting": "Chờ công dân bổ sung",
    "finished": "Đã giải quyết xong",
    "returned": "Đã trả kết quả cho công dân",
    "withdrawn": "Công dân rút hồ sơ",
    "not_received": "Từ chối tiếp nhận",
    "refused": "Từ chối giải quyết",
}
PROVINCIAL_ROWS = 24


def write_provincial(dossiers: list[Dossier]) -> None:
    """Every 13th dossier of the main CSV, the way the provincial system writes it."""
    rows = sorted((d for d in dossiers if d.target == "csv"), key=lambda d: d.code)[::13]
    rows = rows[:PROVINCIAL_ROWS]
    width = len(PROVINCIAL_HEADER)

    def short(day: date | None) -> str:
        return f"{day:%d/%m/%y}" if day is not None else ""

    table = [
        [f"UBND {DISTRICT.upper()}"] + [""] * (width - 1),
        ["HỆ THỐNG THÔNG TIN GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH"] + [""] * (width - 1),
        [f"Danh sách hồ sơ từ {short(FIRST_DAY)} đến {short(LAST_DAY)}"] + [""] * (width - 1),
        PROVINCIAL_HEADER,
    ]
    for d in rows:
        table.append(
            [
                d.code,
                d.proc.name,
                d.proc.code,
                d.applicant,
                PROVINCIAL_CHANNEL[d.channel],
                f"{d.received:%d/%m/%y %H:%M}",
                "" if d.blank_due else short(d.due),
                short(d.finished),
                short(d.returned),
                d.officer,
                d.unit,
                PROVINCIAL_STATUS[d.status],
            ]
        )
    write_text(PROVINCIAL_FILE, csv_text(table, delimiter=";", crlf=True), bom=True)


def encode_cp1258(text: str) -> bytes:
    """Encode NFC text as Windows-1258 does: precomposed where it can, combining tones elsewhere."""
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        parts = unicodedata.normalize("NFD", ch)
        base = parts[0]
        shape = "".join(m for m in parts[1:] if m not in TONE_MARKS)
        tones = "".join(m for m in parts[1:] if m in TONE_MARKS)
        composed = unicodedata.normalize("NFC", base + shape)
        try:
            out += composed.encode("cp1258")
        except UnicodeEncodeError:
            out += (base + shape).encode("cp1258")
        out += tones.encode("cp1258")
    return bytes(out)


def write_legacy(rng: random.Random, dossiers: list[Dossier]) -> None:
    header = [
        "MaHoSo",
        "MaTTHC",
        "TenTTHC",
        "TenLinhVuc",
        "ChuHoSo",
        "KenhThucHien",
        "NgayTiepNhan",
        "NgayHenTra",
        "NgayKetThucXuLy",
        "NgayTra",
        "TrangThaiHoSo",
        "DonViXuLy",
        "NguoiXuLy",
    ]

    def stamp(day: date | None, after: datetime | None = None) -> str:
        if day is None:
            return ""
        floor = after.time() if after is not None and after.date() == day else None
        slots = [m for m in range(8 * 60, 16 * 60 + 50)]
        if floor is not None:
            slots = [m for m in slots if m > floor.hour * 60 + floor.minute + 10] or [17 * 60]
        m = rng.choice(slots)
        moment = datetime.combine(day, time(m // 60, m % 60, rng.randint(0, 59)))
        return f"{moment:%d-%m-%Y %H:%M:%S}"

    rows = [header]
    for d in sorted(dossiers, key=lambda x: x.code):
        fin = stamp(d.finished, d.received)
        fin_dt = datetime.strptime(fin, "%d-%m-%Y %H:%M:%S") if fin else None
        rows.append(
            [
                d.code,
                d.proc.code,
                d.proc.name,
                d.proc.field,
                d.applicant,
                CHANNEL_CODE[d.channel],
                f"{d.received:%d-%m-%Y %H:%M:%S}",
                "" if d.due is None else f"{d.due:%d-%m-%Y} 17:00:00",
                fin,
                stamp(d.returned, fin_dt),
                STATUS_CODE[d.status],
                d.unit,
                d.officer,
            ]
        )
    text = csv_text(rows, delimiter=";", crlf=True)
    data = encode_cp1258(text)
    assert unicodedata.normalize("NFC", data.decode("cp1258")) == text, "cp1258 round trip"
    assert data != text.encode("utf-8")
    (OUT / "ho-so-2021-06-bo-phan-mot-cua.csv").write_bytes(data)


def write_procedures() -> None:
    rows = [["code", "name", "days", "cutoff", "field"]]
    for p in PROCEDURES:
        cutoff = "" if p.cutoff is None else f"{p.cutoff:%H:%M}"
        rows.append([p.code, p.name, str(p.days), cutoff, p.field])
    write_text("procedures.csv", csv_text(rows))


def write_staff(officers: dict[str, Officer]) -> None:
    rows = [["Họ và tên", "Đơn vị", "Chức vụ", "Đang công tác"]]
    order = {u: i for i, u in enumerate(UNITS)}
    rank = {"Tổ trưởng": 0, "Tổ phó": 1, "Chuyên viên": 2}
    listed = [o for o in officers.values() if o.in_roster]
    for off in sorted(listed, key=lambda o: (order[o.unit], rank[o.role], o.name)):
        rows.append([off.name, off.unit, off.role, "x" if off.active else ""])
    write_text("can-bo.csv", csv_text(rows))


COMMENTS_GOOD = [
    "Cán bộ hướng dẫn tận tình, chu đáo.",
    "Giải quyết nhanh, trả kết quả trước hẹn.",
    "Thái độ niềm nở, lịch sự.",
    "Nộp hồ sơ trực tuyến thuận tiện, không phải đi lại.",
    "Cảm ơn cán bộ đã hỗ trợ kịp thời.",
]
COMMENTS_NEUTRAL = [
    "Thời gian chờ tại quầy hơi lâu.",
    "Nên bổ sung hướng dẫn chi tiết trên cổng dịch vụ công.",
]
COMMENTS_BAD = [
    "Hướng dẫn chưa rõ ràng, phải đi lại nhiều lần.",
    "Trả kết quả chậm so với giấy hẹn, không được báo trước.",
    "Mong cán bộ giải thích cụ thể hơn về thành phần hồ sơ cần bổ sung.",
]


# The survey form's questions, in the order a kiosk asks them. The plan measures the first.
QUESTIONS = (
    "Thái độ giao tiếp, ứng xử của công chức",
    "Thời gian giải quyết hồ sơ",
    "Kết quả giải quyết thủ tục hành chính",
)


def time_rating(rng: random.Random, d: Dossier) -> str:
    """How the citizen rated the time taken: a late result is felt."""
    if d.tag == "late":
        return rng.choice(["Không hài lòng", "Bình thường"])
    return rng.choices(["Rất hài lòng", "Hài lòng", "Bình thường"], [55, 37, 8])[0]


def result_rating(rng: random.Random) -> str:
    return rng.choices(["Rất hài lòng", "Hài lòng", "Bình thường"], [60, 37, 3])[0]


def write_survey(
    rng: random.Random, officers: dict[str, Officer], dossiers: list[Dossier]
) -> list[tuple[Dossier, str]]:
    june = (date(2021, 6, 1), LAST_DAY)
    eligible = [
        d
        for d in dossiers
        if d.target in ("csv", "legacy")
        and d.status == "returned"  # rated when the result is handed over
        and d.finished is not None
        and june[0] <= d.finished <= june[1]
        and d.tag not in ("guest", "no_procedure")
    ]
    eligible.sort(key=lambda d: d.code)
    rng.shuffle(eligible)
    x = officers["sec_x"].name
    head = officers["primary_head"].name
    must = [d for d in eligible if d.tag == "late" and d.officer == x]
    chosen: list[Dossier] = list(must)
    per = Counter(d.officer for d in chosen)
    cap = {head: 3}  # the head of the primary unit has too few answers to be rated
    # first at least five answers for everyone else, then fill up to 230 at random
    for floor in (5, 10**6):
        for d in eligible:
            if len(chosen) >= 230:
                break
            if d in chosen or per[d.officer] >= min(floor, cap.get(d.officer, floor)):
                continue
            chosen.append(d)
            per[d.officer] += 1
    ratings: dict[str, str] = {}
    comments: dict[str, str] = {}
    for d in chosen:
        ratings[d.code] = "Rất hài lòng" if rng.random() < 0.64 else "Hài lòng"
        if rng.random() < 0.12:
            comments[d.code] = rng.choice(COMMENTS_GOOD)
    # officer X: clearly below 95%
    xs = [d for d in chosen if d.officer == x]
    late_x = [d for d in xs if d.tag == "late"]
    others_x = [d for d in xs if d.tag != "late"]
    for d in late_x[:2]:
        ratings[d.code] = "Không hài lòng"
        comments[d.code] = COMMENTS_BAD[1]
    for d in late_x[2:]:
        ratings[d.code] = "Bình thường"
        comments[d.code] = COMMENTS_BAD[2]
    for d in others_x[:2]:
        ratings[d.code] = "Bình thường"
        comments[d.code] = COMMENTS_BAD[0]
    # three more neutral answers, each on an officer with more than 20 answers (stays above 95%)
    per_officer = Counter(d.officer for d in chosen)
    busy = sorted(name for name, n in per_officer.items() if n > 20 and name != x)
    for name in busy[:3]:
        d = next(d for d in chosen if d.officer == name)
        ratings[d.code] = "Bình thường"
        comments[d.code] = rng.choice(COMMENTS_NEUTRAL)

    answers = []
    for d in chosen:
        last = d.returned or d.finished
        assert last is not None
        day = last if rng.random() < 0.7 else min(next_working_day(last), LAST_DAY)
        answers.append((d, day))
    answers.sort(key=lambda a: (a[1], a[0].code))
    blank = set(rng.sample(range(len(answers)), k=len(answers) // 10))
    respaced = officers["desk_a"].name
    respaced_done = False
    # Each citizen answers the three questions of the survey form; the story above is told by the
    # attitude question, the one the plan measures. The other two draw from a generator of their
    # own, so every file written after this one stays as it was.
    others = random.Random(SEED + 1)
    rows = [["Mã hồ sơ", "Cán bộ", "Ngày đánh giá", "Câu hỏi", "Mức độ hài lòng", "Góp ý"]]
    for i, (d, day) in enumerate(answers):
        officer = "" if i in blank else d.officer
        if officer == respaced and not respaced_done:
            parts = officer.split(" ")
            officer = " ".join(parts[:-1]) + "  " + parts[-1]
            respaced_done = True
        said = [ratings[d.code], time_rating(others, d), result_rating(others)]
        for question, rating in zip(QUESTIONS, said, strict=True):
            comment = comments.get(d.code, "") if question == QUESTIONS[0] else ""
            rows.append([d.code, officer, fmt_d(day), question, rating, comment])
    assert respaced_done
    write_text("khao-sat-2021-06.csv", csv_text(rows, crlf=True), bom=True)
    return [(d, ratings[d.code]) for d, _ in answers]


def write_initiatives(officers: dict[str, Officer]) -> None:
    o = officers
    rows = [
        [
            "Đơn vị/cá nhân",
            "Tên sáng kiến",
            "Loại",
            "Ngày đăng ký",
            "Tình trạng",
            "Ngày quyết định",
            "Số quyết định",
        ],
        [
            U_DESK,
            "Mô hình “Một cửa thân thiện”: nhắn tin báo ngày trả kết quả cho công dân",
            "Mô hình",
            "07/06/2021",
            "Được công nhận",
            "25/06/2021",
            "125/QĐ-GDĐT",
        ],
        [
            U_PRIMARY,
            "Mô hình hướng dẫn tuyển sinh trực tuyến đầu cấp bằng video ngắn",
            "Mô hình",
            "08/06/2021",
            "Được công nhận",
            "25/06/2021",
            "126/QĐ-GDĐT",
        ],
        [
            U_SECONDARY,
            "Mô hình số hóa sổ gốc cấp bằng tốt nghiệp THCS để cấp bản sao trong ngày",
            "Mô hình",
            "09/06/2021",
            "Đang thẩm định",
            "",
            "",
        ],
        [
            U_PRESCHOOL,
            "Mô hình bản đồ số mạng lưới cơ sở giáo dục mầm non ngoài công lập",
            "Mô hình",
            "10/06/2021",
            "Đã đăng ký",
            "",
            "",
        ],
        [
            o["desk_head"].name,
            "Phiếu kiểm tra thành phần hồ sơ có mã QR tra cứu tiến độ",
            "Sáng kiến",
            "11/06/2021",
            "Được công nhận",
            "25/06/2021",
            "127/QĐ-GDĐT",
        ],
        [
            o["sec_deputy"].name,
            "Bảng tra cứu nhanh sổ gốc theo năm tốt nghiệp và trường",
            "Sáng kiến",
            "14/06/2021",
            "Không công nhận",
            "25/06/2021",
            "",
        ],
        [
            o["pre_y"].name,
            "Sổ tay hướng dẫn hồ sơ cho phép hoạt động giáo dục trường mầm non",
            "Sáng kiến",
            "15/06/2021",
            "Đang thẩm định",
            "",
            "",
        ],
        [
            o["desk_a"].name,
            "Bảng hướng dẫn thành phần hồ sơ các thủ tục thường gặp, đặt tại quầy một cửa",
            "Sáng kiến",
            "16/06/2021",
            "Đã đăng ký",
            "",
            "",
        ],
        [
            o["desk_b"].name,
            "Sổ theo dõi ngày hẹn trả kết quả dùng chung giữa bộ phận một cửa và các tổ",
            "Sáng kiến",
            "17/06/2021",
            "Đang thẩm định",
            "",
            "",
        ],
    ]
    write_text("sang-kien-2021.csv", csv_text(rows))


def write_complaints(officers: dict[str, Officer], dossiers: list[Dossier]) -> None:
    o = officers

    def pick(
        officer: str,
        tag: str | None = None,
        key: str | None = None,
        since: date = date(2021, 6, 1),
    ) -> Dossier:
        for d in sorted(dossiers, key=lambda d: d.code):
            if d.officer != officer or d.target != "csv":
                continue
            if d.finished is None or not since <= d.finished < LAST_DAY:
                continue
            if tag is not None and d.tag != tag:
                continue
            if key is not None and d.proc.key != key:
                continue
            if d.status not in ("returned", "finished"):
                continue
            return d
        raise LookupError(officer)

    upheld = pick(o["sec_x"].name, tag="late")
    dismissed = pick(o["desk_a"].name, key="copy")
    pending = pick(o["sec_w"].name, key="transfer", since=date(2021, 6, 21))
    dismissed2 = pick(o["pre_head"].name, key="mn_allow")
    rows = [
        [
            "Ngày phản ánh",
            "Cán bộ bị phản ánh",
            "Mã hồ sơ",
            "Nội dung phản ánh",
            "Kết quả xác minh",
        ],
        [
            fmt_d(next_working_day(dismissed.finished or dismissed.rec_day)),
            o["desk_a"].name,
            dismissed.code,
            "Công dân phản ánh cán bộ tiếp nhận trả lời cộc lốc khi hỏi về lệ phí cấp bản sao",
            "Không có cơ sở",
        ],
        [
            fmt_d(next_working_day(dismissed2.finished or dismissed2.rec_day)),
            o["pre_head"].name,
            dismissed2.code,
            "Nhà trường phản ánh cán bộ yêu cầu nộp thêm giấy tờ ngoài quy định",
            "Không có cơ sở",
        ],
        [
            fmt_d(next_working_day(upheld.finished or upheld.rec_day)),
            o["sec_x"].name,
            upheld.code,
            "Công dân phản ánh cán bộ hướng dẫn không đầy đủ, phải bổ sung giấy tờ nhiều lần "
            "và trả kết quả trễ hẹn mà không thông báo",
            "Có cơ sở",
        ],
        [
            fmt_d(next_working_day(pending.finished or pending.rec_day)),
            o["sec_w"].name,
            pending.code,
            "Phụ huynh phản ánh không liên hệ được cán bộ thụ lý qua số điện thoại trên giấy hẹn",
            "Đang xác minh",
        ],
    ]
    rows[1:] = sorted(rows[1:], key=lambda r: datetime.strptime(r[0], "%d/%m/%Y"))
    write_text("phan-anh-2021-06.csv", csv_text(rows))


def write_enrollment(rng: random.Random) -> None:
    schools = [
        ("Trường Mầm non Hoa Sen", "Mầm non"),
        ("Trường Mầm non Họa Mi", "Mầm non"),
        ("Trường Mầm non Sơn Ca", "Mầm non"),
        ("Trường Mầm non Vàng Anh", "Mầm non"),
        ("Trường Tiểu học Sao Mai", "Tiểu học"),
        ("Trường Tiểu học Bình Minh", "Tiểu học"),
        ("Trường Tiểu học Ánh Dương", "Tiểu học"),
        ("Trường THCS Hướng Dương", "THCS"),
        ("Trường THCS Tân Tiến", "THCS"),
        ("Trường THCS Rạng Đông", "THCS"),
    ]
    sizes = {
        "Mầm non": [(110, 180), (25, 60), (6, 16)],
        "Tiểu học": [(240, 360), (40, 80), (10, 22)],
        "THCS": [(300, 460), (50, 90), (10, 25)],
    }
    # The enrolment of June 2021 is for the school year 2021-2022.
    rows = [["Năm học", "Trường", "Cấp học", "Giai đoạn", "Tổng số hồ sơ", "Số hồ sơ trực tuyến"]]
    for school, level in schools:
        for stage, (lo, hi) in zip(["Đợt 1", "Đợt 2", "Bổ sung"], sizes[level], strict=True):
            total = rng.randint(lo, hi)
            online = total
            if school == "Trường Mầm non Sơn Ca" and stage == "Bổ sung":
                total, online = 14, 11  # three families applied on paper
            rows.append(["2021-2022", school, level, stage, str(total), str(online)])
    write_text("tuyen-sinh-2021.csv", csv_text(rows))


# The progress the office recorded against the campaign's tasks (code, day done, note), as a clerk
# types it with `thidua task done`; the demo records it the same way. The story, as of 01/07: every
# task done on time but T07 (the deputy's progress report, two days late) and T13 (the final review,
# due on 01/07 itself, still open).
TASK_PROGRESS = [
    ("T01", date(2021, 6, 4), "Lễ phát động ngày 04/6/2021"),
    ("T02", date(2021, 6, 7), "Biên bản họp giao ban ngày 07/6/2021"),
    ("T03", date(2021, 6, 8), ""),
    ("T04", date(2021, 6, 9), "Văn bản hướng dẫn đăng ký sáng kiến"),
    ("T05", date(2021, 6, 11), "5/5 tổ đã nộp bản đăng ký thi đua"),
    ("T06", date(2021, 6, 14), ""),
    ("T07", date(2021, 6, 18), "Nộp trễ 2 ngày"),
    ("T08", date(2021, 6, 18), ""),
    ("T09", date(2021, 6, 25), ""),
    ("T10", date(2021, 6, 24), "Tờ trình Hội đồng thẩm định"),
    ("T11", date(2021, 6, 25), "Quyết định công nhận sáng kiến ngày 25/6/2021"),
    ("T12", date(2021, 6, 30), ""),
]
CAMPAIGN_FILE = "campaign-486-KH-GDDT-2021.toml"


def write_task_progress() -> None:
    """The recorded progress, checked against the campaign file's tasks and the story above."""
    import tomllib

    tasks = {
        t["code"]: t["due"]
        for t in tomllib.loads((OUT / CAMPAIGN_FILE).read_text(encoding="utf-8"))["tasks"]
    }
    done = {code: day for code, day, _ in TASK_PROGRESS}
    assert set(done) <= set(tasks), set(done) - set(tasks)
    late = sorted(code for code, day in done.items() if day > tasks[code])
    still_open = sorted(code for code in tasks if code not in done and tasks[code] >= AS_OF)
    overdue = sorted(code for code in tasks if code not in done and tasks[code] < AS_OF)
    assert (late, still_open, overdue) == (["T07"], ["T13"], []), (late, still_open, overdue)
    assert all(day <= AS_OF for day in done.values())
    rows = [["code", "done_on", "note"]]
    rows += [[code, fmt_d(day), note] for code, day, note in TASK_PROGRESS]
    write_text("tien-do-nhiem-vu-2021.csv", csv_text(rows))


# ---------------------------------------------------------------------------------------------


def main() -> None:
    rng = random.Random(SEED)
    names = Names(rng)
    officers = make_officers(names)
    builder = Builder(rng, names, officers)
    main_dossiers = build_main(builder)
    legacy = build_legacy(builder)
    assign_codes(main_dossiers, AGENCY_MAIN)
    assign_codes(legacy, AGENCY_LEGACY)
    self_check(main_dossiers, legacy)

    write_procedures()
    write_staff(officers)
    write_main_csv(rng, main_dossiers)
    write_main_xlsx(main_dossiers)
    write_provincial(main_dossiers)
    write_legacy(rng, legacy)
    write_survey(rng, officers, main_dossiers + legacy)
    write_initiatives(officers)
    write_complaints(officers, main_dossiers)
    write_enrollment(rng)
    write_task_progress()


if __name__ == "__main__":
    main()
