"""Biểu 06 as it is sent: the dossiers it leaves out for having no deadline are said under the
form in every format and listed by code, in the report and in the monthly batch.

The sample month (``thidua demo``) holds three such dossiers: two of a procedure missing from the
office's list, received without an appointment date (sample_data/README.md).
"""

from __future__ import annotations

import csv
import io
import json
from html.parser import HTMLParser
from pathlib import Path

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
