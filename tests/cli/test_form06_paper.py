"""Biểu 06 as it is sent: the official form's header and signature block in the workbook and the
HTML page, from the office's identity (``thidua config set``); and the dossiers it leaves out for
having no deadline, said under the form in every format and listed by code, in the report and in
the monthly batch.

The sample month (``thidua demo``) holds three such dossiers: two of a procedure missing from the
office's list, received without an appointment date (sample_data/README.md).
"""

from __future__ import annotations

import csv
import io
import json
import shutil
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from conftest import Cli

PERIOD = ("report", "form06", "--from", "01/06/2021", "--to", "30/06/2021")
LEFT_OUT = "3 hồ sơ chưa xác định được thời hạn, không tính vào biểu"


class Notes(HTMLParser):
    """The lines under the tables of an HTML page (``p.note``)."""

    def __init__(self) -> None:
        super().__init__()
        self.notes: list[str] = []
        self._inside = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._inside = tag == "p" and ("class", "note") in attrs
        if self._inside:
            self.notes.append("")

    def handle_endtag(self, tag: str) -> None:
        self._inside = False

    def handle_data(self, data: str) -> None:
        if self._inside:
            self.notes[-1] += data


def html_notes(path: Path) -> list[str]:
    page = Notes()
    page.feed(path.read_text(encoding="utf-8"))
    return page.notes


def sheet_texts(path: Path, sheet: int = 0) -> list[str]:
    book = openpyxl.load_workbook(path)
    return [
        str(cell.value)
        for row in book.worksheets[sheet].iter_rows()
        for cell in row
        if isinstance(cell.value, str)
    ]


@pytest.fixture(scope="module")
def left_out(sample: Cli) -> list[str]:
    """The codes the form leaves out, from the dossiers' own statuses: no deadline at all."""
    listed = sample.json("dossiers", "--as-of", "30/06/2021")
    codes = sorted(
        d["code"]
        for d in listed
        if d["status"] == "no_due_date" and "2021-06-01" <= d["received_at"] <= "2021-06-30"
    )
    assert len(codes) == 3
    return codes


def test_json_lists_the_dossiers_left_out_and_counts_none_of_them(
    sample: Cli, left_out: list[str]
) -> None:
    data = sample.json(*PERIOD)
    assert data["without_deadline"] == left_out
    counted = sample.json("dossiers", "--as-of", "30/06/2021")
    in_scope = [
        d
        for d in counted
        if d["received_at"] <= "2021-06-30"
        and (d["finished_at"] is None or d["finished_at"] >= "2021-06-01")
        and d["status"] not in ("withdrawn", "not_received", "no_due_date")
    ]
    assert data["total"]["received_total"] == len(in_scope)


def test_every_format_says_under_the_form_how_many_were_left_out_and_which(
    sample: Cli, left_out: list[str], tmp_path: Path
) -> None:
    sentence = f"{LEFT_OUT}: {', '.join(left_out)}."
    table = sample(*PERIOD, env={"COLUMNS": "400"})
    assert table.exit_code == 0, table.stderr
    # The caption wraps at the table's width, between words.
    assert sentence in " ".join(table.stdout.split())

    paths = {fmt: tmp_path / f"bieu-06.{fmt}" for fmt in ("md", "html", "xlsx", "csv")}
    for path in paths.values():
        assert sample(*PERIOD, "-o", str(path)).exit_code == 0
    assert f"\n{sentence}\n" in paths["md"].read_text(encoding="utf-8")
    assert sentence in html_notes(paths["html"])
    texts = sheet_texts(paths["xlsx"])
    assert sentence in texts
    # Under the form: after its total row.
    assert texts.index(sentence) > texts.index("Tổng cộng")
    rows = list(csv.reader(io.StringIO(paths["csv"].read_text(encoding="utf-8-sig"))))
    assert rows[-2][0] == "total"
    assert rows[-1][:2] == ["without_deadline", "3"]
    assert all(cell == "" for cell in rows[-1][2:])


def test_english_says_it_in_english(sample: Cli, tmp_path: Path) -> None:
    path = tmp_path / "form-06.md"
    assert sample("--lang", "en", *PERIOD, "-o", str(path)).exit_code == 0
    assert "3 dossiers without a known deadline, not counted in the form:" in path.read_text(
        encoding="utf-8"
    )


def test_a_period_without_such_dossiers_has_no_note_and_an_empty_list(
    sample: Cli, tmp_path: Path
) -> None:
    period = ("report", "form06", "--from", "01/05/2021", "--to", "31/05/2021")
    data = sample.json(*period)
    assert data["without_deadline"] == []
    path = tmp_path / "bieu-06.html"
    assert sample(*period, "-o", str(path)).exit_code == 0
    assert not [line for line in html_notes(path) if "chưa xác định được thời hạn" in line]
    rows = list(csv.reader(io.StringIO(sample(*period, "--format", "csv").stdout)))
    assert rows[-1][0] == "total"


def test_the_monthly_batch_names_each_dossier_left_out(
    sample: Cli, left_out: list[str], tmp_path: Path
) -> None:
    result = sample(
        "report",
        "monthly",
        "--month",
        "06/2021",
        "--campaign",
        "486/KH-GDĐT",
        "--as-of",
        "01/07/2021",
        "--out",
        str(tmp_path),
    )
    assert result.exit_code == 0, result.stderr
    folder = tmp_path / "2021-06"
    data = json.loads((folder / "bao-cao-2021-06-form06.json").read_text(encoding="utf-8"))
    assert data["without_deadline"] == left_out
    listed = list(
        csv.DictReader(
            io.StringIO(
                (folder / "bao-cao-2021-06-form06-without-deadline.csv").read_text("utf-8-sig")
            )
        )
    )
    assert [row["code"] for row in listed] == left_out
    assert all(row["procedure"] and row["received_at"].startswith("2021-06") for row in listed)
    sentence = f"{LEFT_OUT}: {', '.join(left_out)}."
    assert sentence in html_notes(folder / "bao-cao-2021-06.html")
    book = openpyxl.load_workbook(folder / "bao-cao-2021-06.xlsx")
    form = next(s for s in book.worksheets if s.title.startswith("Biểu 06"))
    assert sentence in [c.value for row in form.iter_rows() for c in row]
    # The batch's form is the form as sent, dated as asked.
    texts = [str(c.value) for row in form.iter_rows() for c in row if isinstance(c.value, str)]
    assert texts[: len(HEADER)] == HEADER
    assert texts[-len(FOOTER) :] == FOOTER
    page = Frame()
    page.feed((folder / "bao-cao-2021-06.html").read_text(encoding="utf-8"))
    assert page.parts["form-head"] == HEAD_COLUMNS
    assert page.parts["form-foot"] == FOOT_COLUMNS


# --- the official header and footer ---------------------------------------------------------

# The sample's identity is set by ``thidua demo`` (an invented office and head).
HEADER = [
    "Biểu số 06/VPCP/KSTT",
    "TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT TTHC TẠI CƠ QUAN, ĐƠN VỊ TRỰC TIẾP GIẢI QUYẾT TTHC",
    "Đơn vị báo cáo: Phòng Giáo dục và Đào tạo (Ủy ban nhân dân Quận 25)",
    "Ban hành kèm theo Thông tư số 01/2020/TT-VPCP",
    "Kỳ báo cáo: tháng 6 năm 2021",
    "Đơn vị nhận báo cáo: Ủy ban nhân dân Quận 25",
    "(Từ ngày 01 tháng 6 năm 2021 đến ngày 30 tháng 6 năm 2021)",
    "Đơn vị tính: hồ sơ",
]
FOOTER = [
    "Quận 25, ngày 01 tháng 7 năm 2021",
    "NGƯỜI LẬP BIỂU",
    "THỦ TRƯỞNG ĐƠN VỊ",
    "(Ký, ghi rõ họ tên)",
    "(Ký, đóng dấu, ghi rõ họ tên)",
    "Lê Thị Minh Thư",
]


# The same texts as an HTML page reads them, block by block: the form's number, its title and
# period, who reports to whom; then the date and each signature.
HEAD_COLUMNS = [HEADER[i] for i in (0, 3, 1, 4, 6, 2, 5)]
FOOT_COLUMNS = [FOOTER[i] for i in (0, 1, 3, 2, 4, 5)]


class Frame(HTMLParser):
    """The texts of the form's header and footer on an HTML page, in reading order."""

    def __init__(self) -> None:
        super().__init__()
        self.parts: dict[str, list[str]] = {}
        self._part = ""
        self._depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        classes = (dict(attrs).get("class") or "").split()
        if not self._part:
            for part in ("form-head", "form-unit", "form-foot"):
                if part in classes:
                    self._part, self._depth = part, 0
                    self.parts.setdefault(part, [])
        if self._part and tag == "div":
            self._depth += 1

    def handle_endtag(self, tag: str) -> None:
        if self._part == "form-unit" and tag == "p":
            self._part = ""
        elif self._part and tag == "div":
            self._depth -= 1
            if self._depth == 0:
                self._part = ""

    def handle_data(self, data: str) -> None:
        if self._part and data.strip():
            self.parts[self._part].append(data.strip())


def texts_around_the_table(path: Path) -> tuple[list[str], list[list[Any]], list[str]]:
    """The texts of the sheet above the form's heading rows, the numbered row, and the texts
    below its last note, row by row, left to right."""
    sheet = openpyxl.load_workbook(path).worksheets[0]
    rows = [[c.value for c in row] for row in sheet.iter_rows()]
    heading = next(i for i, row in enumerate(rows) if row[:2] == ["STT", "Lĩnh vực"])
    total = next(i for i, row in enumerate(rows) if "Tổng cộng" in row)
    above = [v for row in rows[: heading - 1] for v in row if isinstance(v, str) and v]
    below = [v for row in rows[total + 1 :] for v in row if isinstance(v, str) and v]
    return above, rows[heading + 1], below


def test_the_workbook_is_the_form_as_sent(sample: Cli, tmp_path: Path) -> None:
    path = tmp_path / "bieu-06.xlsx"
    assert sample(*PERIOD, "--as-of", "01/07/2021", "-o", str(path)).exit_code == 0
    above, numbers, below = texts_around_the_table(path)
    # Read row by row: number, title and reporting unit side by side, then the next line of each.
    assert above == HEADER
    assert numbers == [f"({n})" for n in range(1, 14)]
    assert below[0].startswith("(3) = (4)+(5)+(6)")
    assert below[1].startswith(LEFT_OUT)
    assert below[2:] == FOOTER


def test_the_html_page_is_the_form_as_sent(sample: Cli, tmp_path: Path) -> None:
    path = tmp_path / "bieu-06.html"
    assert sample(*PERIOD, "--as-of", "01/07/2021", "-o", str(path)).exit_code == 0
    page = Frame()
    page.feed(path.read_text(encoding="utf-8"))
    assert page.parts == {
        "form-head": HEAD_COLUMNS,
        "form-unit": ["Đơn vị tính: hồ sơ"],
        "form-foot": FOOT_COLUMNS,
    }
    assert '<tr class="numbers"><th>(1)</th><th>(2)</th><th>(3)</th>' in path.read_text("utf-8")


def test_the_header_follows_the_identity_the_office_sets(sample: Cli, tmp_path: Path) -> None:
    own = Cli(tmp_path / "thidua.db")
    shutil.copyfile(sample.db, own.db)
    for key, value in {
        "office_name": "Phòng Giáo dục và Đào tạo",
        "office_parent": "",
        "report_recipient": "Văn phòng Ủy ban nhân dân Quận 25",
        "place": "",
        "signer_name": "Trần Văn Mẫu",
    }.items():
        assert own("config", "set", key, value).exit_code == 0
    path = tmp_path / "bieu-06.xlsx"
    quarter = ("report", "form06", "--from", "01/04/2021", "--to", "30/06/2021")
    assert own(*quarter, "--as-of", "05/07/2021", "-o", str(path)).exit_code == 0
    above, _, below = texts_around_the_table(path)
    assert "Đơn vị báo cáo: Phòng Giáo dục và Đào tạo" in above
    assert "Đơn vị nhận báo cáo: Văn phòng Ủy ban nhân dân Quận 25" in above
    assert "Kỳ báo cáo: quý II năm 2021" in above
    assert "(Từ ngày 01 tháng 4 năm 2021 đến ngày 30 tháng 6 năm 2021)" in above
    # A place the office has not set is a dotted line for the clerk.
    assert "……………, ngày 05 tháng 7 năm 2021" in below
    assert below[-1] == "Trần Văn Mẫu"


def test_a_period_that_is_no_month_is_given_by_its_days_and_english_reads_english(
    sample: Cli, tmp_path: Path
) -> None:
    path = tmp_path / "form-06.html"
    half = ("report", "form06", "--from", "01/06/2021", "--to", "15/06/2021")
    assert sample("--lang", "en", *half, "--as-of", "16/06/2021", "-o", str(path)).exit_code == 0
    page = Frame()
    page.feed(path.read_text(encoding="utf-8"))
    assert page.parts["form-head"] == [
        "Form No. 06/VPCP/KSTT",
        "Issued with Circular No. 01/2020/TT-VPCP",
        "ADMINISTRATIVE PROCEDURES RECEIVED AND RESOLVED BY THE AGENCY THAT RESOLVES THEM",
        "(From 1 June 2021 to 15 June 2021)",
        "Reporting unit: Phòng Giáo dục và Đào tạo (Ủy ban nhân dân Quận 25)",
        "Reported to: Ủy ban nhân dân Quận 25",
    ]
    assert page.parts["form-foot"][:2] == ["Quận 25, 16 June 2021", "PREPARED BY"]
