"""A small, hand-checked June 2021 for the export and monthly-batch tests.

June 2021 has no holidays. Weeks of the batch: 1 = 01–06/06, 2 = 07–13, 3 = 14–20, 4 = 21–27,
5 = 28–30. At 30/06:

| code | received | due | finished | status | week | unit |
| --- | --- | --- | --- | --- | --- | --- |
| H | 20/05 | 02/06 | 01/06 | early (carried over) | 1 | Bộ phận Một cửa |
| A | 01/06 online | 04/06 | 03/06 | early | 1 | Tổ Trung học |
| B | 02/06 | 04/06 | 04/06 | on time | 1 | Tổ Trung học |
| C | 07/06 | 09/06 | 10/06 | late | 2 | Tổ Tiểu học |
| D | 08/06 | 11/06 | 09/06 | early | 2 | Tổ Tiểu học |
| E | 14/06 | 16/06 | 16/06 | on time | 3 | Tổ Tiểu học |
| F | 21/06 | 25/06 | open | overdue | | Tổ Trung học |
| G | 28/06 | 05/07 | open | in time | | Bộ phận Một cửa |
| I | 03/06 | | | withdrawn | | Tổ Trung học |

Form 06 for June: (3) 8 = (4) 1 online + (5) 6 + (6) 1 carried over = (7) 6 + (11) 2;
(8) 3, (9) 2, (10) 1; (12) 1, (13) 1. D's applicant is a spreadsheet formula; G's applicant is a
named person; F's note carries a phone number and an e-mail address.
"""

from __future__ import annotations

import csv
import io
from html.parser import HTMLParser
from pathlib import Path

import openpyxl

from conftest import DOSSIER_HEADER, Cli, dossier, write_csv

FORMULA = '=HYPERLINK("http://x")'
PERSON = "Nguyễn Văn An"
PERSON_MASKED = "N*** V*** A**"
PHONE = "0912 345 678"
EMAIL = "an.nguyen@example.com"
NOTE = f"Gọi {PHONE} hoặc {EMAIL}"

ROWS = [
    dossier("H", "20/05/2021", due="02/06/2021", finished="01/06/2021", unit="Bộ phận Một cửa"),
    dossier(
        "A",
        "01/06/2021",
        due="04/06/2021",
        finished="03/06/2021",
        unit="Tổ Trung học",
        channel="Trực tuyến",
        officer="Lê Mai",
    ),
    dossier("B", "02/06/2021", due="04/06/2021", finished="04/06/2021", unit="Tổ Trung học"),
    dossier("C", "07/06/2021", due="09/06/2021", finished="10/06/2021", unit="Tổ Tiểu học"),
    dossier(
        "D",
        "08/06/2021",
        due="11/06/2021",
        finished="09/06/2021",
        unit="Tổ Tiểu học",
        applicant=FORMULA,
    ),
    dossier("E", "14/06/2021", due="16/06/2021", finished="16/06/2021", unit="Tổ Tiểu học"),
    {**dossier("F", "21/06/2021", due="25/06/2021", unit="Tổ Trung học"), "Ghi chú": NOTE},
    dossier("G", "28/06/2021", due="05/07/2021", unit="Bộ phận Một cửa", applicant=PERSON),
    dossier("I", "03/06/2021", status="Đã rút hồ sơ", unit="Tổ Trung học"),
]


def load_june(cli: Cli, folder: Path, procedures_csv: Path) -> None:
    header = [*DOSSIER_HEADER, "Ghi chú"]
    export = write_csv(
        folder / "ho-so-thang-6.csv", header, [[row.get(h, "") for h in header] for row in ROWS]
    )
    assert cli("import", "procedures", str(procedures_csv)).exit_code == 0
    result = cli("import", "dossiers", str(export))
    assert result.exit_code == 0, result.output + result.stderr


# --- reading what the exports wrote ---


class Tables(HTMLParser):
    """The text of every table cell of an HTML page, by the table's ``data-table`` name."""

    def __init__(self) -> None:
        super().__init__()
        self.tables: dict[str, list[list[str]]] = {}
        self.current: str | None = None
        self.row: list[str] | None = None
        self.cell: list[str] | None = None
        self.tags: list[str] = []
        self.links: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        self.tags.append(tag)
        for name in ("src", "href"):
            if attributes.get(name):
                self.links.append(str(attributes[name]))
        if tag == "table":
            self.current = str(attributes.get("data-table"))
            self.tables[self.current] = []
        elif tag == "tr" and self.current is not None:
            self.row = []
        elif tag in ("td", "th") and self.row is not None:
            self.cell = []

    def handle_endtag(self, tag: str) -> None:
        if tag in ("td", "th") and self.row is not None and self.cell is not None:
            self.row.append("".join(self.cell).strip())
            self.cell = None
        elif tag == "tr" and self.current is not None and self.row is not None:
            self.tables[self.current].append(self.row)
            self.row = None
        elif tag == "table":
            self.current = None

    def handle_data(self, data: str) -> None:
        if self.cell is not None:
            self.cell.append(data)


def html_tables(path: Path) -> Tables:
    parser = Tables()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


def xlsx_texts(path: Path) -> list[str]:
    book = openpyxl.load_workbook(path)
    return [
        str(cell.value)
        for sheet in book.worksheets
        for row in sheet.iter_rows()
        for cell in row
        if cell.value is not None
    ]


def csv_rows(path: Path) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8-sig"))))
