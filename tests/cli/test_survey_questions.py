"""Satisfaction about one question: a survey export asking several things, a campaign that names
the one its target and its award rules count ("thái độ"), and every format saying so.

Two officers of "Một cửa", both in post; six dossiers finished early in June 2021. Each citizen
answered two questions about their dossier:

  dossier  officer    Thái độ giao tiếp, ứng xử   Thời gian giải quyết
  D1..D3   Lê Mai     Rất hài lòng                 Hài lòng, Bình thường, Không hài lòng
  D4..D6   Phan Tùng  Hài lòng                     Rất hài lòng

Attitude: 6 of 6 satisfied (100%); every answer: 10 of 12 (83%). Lê Mai's attitude: 3 of 3,
every answer of hers: 4 of 6.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import docx
import openpyxl
import pytest

from conftest import Cli, dossier, write_csv

CODE = "7/KH-TD"
ATTITUDE = "Thái độ giao tiếp, ứng xử của công chức"
TIME = "Thời gian giải quyết hồ sơ"
UNIT = "Một cửa"
OFFICERS = {"D1": "Lê Mai", "D2": "Lê Mai", "D3": "Lê Mai"} | dict.fromkeys(
    ("D4", "D5", "D6"), "Phan Tùng"
)
TIME_RATINGS = {"D1": "Hài lòng", "D2": "Bình thường", "D3": "Không hài lòng"}
HEADER = ["Mã hồ sơ", "Cán bộ", "Ngày đánh giá", "Câu hỏi", "Mức độ hài lòng", "Góp ý"]
ANSWERS = [
    row
    for code, officer in OFFICERS.items()
    for row in (
        [
            code,
            officer,
            "10/06/2021",
            ATTITUDE,
            "Rất hài lòng" if officer == "Lê Mai" else "Hài lòng",
            "",
        ],
        [code, officer, "10/06/2021", TIME, TIME_RATINGS.get(code, "Rất hài lòng"), ""],
    )
]

CAMPAIGN = f"""
[campaign]
code = "{CODE}"
name = "Tháng phục vụ"
start = 2021-06-01
end = 2021-06-30
min_answers = 3

[[targets]]
metric = "satisfaction_rate"
op = ">"
value = 0.95
question = "thái độ"
label = "Hài lòng với thái độ phục vụ"

[awards]
rank = ["satisfaction_rate"]

[[awards.individual]]
criterion = "satisfaction_rate"
op = ">"
value = 0.95
question = "Thái độ"
label = "Trên 95% hài lòng về thái độ"
"""


@pytest.fixture
def asked(cli: Cli, procedures_csv: Path, make_dossiers: Any, tmp_path: Path) -> Cli:
    assert cli("import", "procedures", str(procedures_csv)).exit_code == 0
    staff = write_csv(
        tmp_path / "cb.csv",
        ["Họ và tên", "Đơn vị", "Chức vụ", "Đang công tác"],
        [["Lê Mai", UNIT, "Chuyên viên", "x"], ["Phan Tùng", UNIT, "Chuyên viên", "x"]],
    )
    assert cli("import", "staff", str(staff)).exit_code == 0
    rows = [
        dossier(
            code, "01/06/2021", officer=officer, unit=UNIT, due="10/06/2021", finished="04/06/2021"
        )
        for code, officer in OFFICERS.items()
    ]
    assert cli("import", "dossiers", str(make_dossiers(rows))).exit_code == 0
    survey = write_csv(tmp_path / "khao-sat.csv", HEADER, ANSWERS)
    result = cli("import", "surveys", str(survey))
    assert result.exit_code == 0, result.stderr
    load(cli, tmp_path, CAMPAIGN)
    return cli


def load(cli: Cli, tmp_path: Path, text: str) -> None:
    path = tmp_path / "ke-hoach.toml"
    path.write_text(text, encoding="utf-8")
    result = cli("campaign", "load", str(path))
    assert result.exit_code == 0, result.stderr


def compliance(cli: Cli, *args: str, env: dict[str, str] | None = None) -> Any:
    return cli("report", "compliance", "--campaign", CODE, "--as-of", "2021-07-01", *args, env=env)


def test_the_target_counts_the_answers_to_its_question_only(asked: Cli) -> None:
    data = asked.json("report", "compliance", "--campaign", CODE, "--as-of", "2021-07-01")
    overall = data["overall"]
    assert overall["satisfaction"] == {
        "question": "thái độ",
        "answers": 6,
        "satisfied": 6,
        "rate": 1.0,
        "few_answers": False,
    }
    (target,) = overall["targets"]
    assert target["question"] == "thái độ"
    assert (target["actual"], target["met"]) == (1.0, True)
    by_officer = {row["officer"]: row for row in data["by_officer"]}
    assert (by_officer["Lê Mai"]["answers"], by_officer["Lê Mai"]["satisfied"]) == (3, 3)


def test_without_a_question_every_answer_counts(asked: Cli, tmp_path: Path) -> None:
    load(asked, tmp_path, CAMPAIGN.replace('question = "thái độ"\n', ""))
    data = asked.json("report", "compliance", "--campaign", CODE, "--as-of", "2021-07-01")
    (target,) = data["overall"]["targets"]
    assert "question" not in target
    assert target["actual"] == pytest.approx(10 / 12)
    assert target["met"] is False


def test_every_format_says_which_question_the_target_counts(asked: Cli, tmp_path: Path) -> None:
    def written(suffix: str) -> Path:
        path = tmp_path / f"tuan-thu{suffix}"
        result = compliance(asked, "-o", str(path))
        assert result.exit_code in (0, 1), result.stderr
        return path

    said = "câu hỏi “thái độ”"
    screen = compliance(asked, "--format", "table", env={"COLUMNS": "200"})
    assert said in " ".join(screen.stdout.split())
    assert said in written(".md").read_text(encoding="utf-8")
    assert said in written(".html").read_text(encoding="utf-8")
    book = openpyxl.load_workbook(written(".xlsx"), read_only=True)
    cells = [
        str(c) for ws in book.worksheets for row in ws.iter_rows(values_only=True) for c in row
    ]
    assert any(said in c for c in cells)
    rows = list(csv.DictReader(io.StringIO(written(".csv").read_text(encoding="utf-8-sig"))))
    assert [row["question"] for row in rows if row["metric"] == "satisfaction_rate"] == ["thái độ"]


def test_award_rules_count_their_question(asked: Cli, tmp_path: Path) -> None:
    data = asked.json("awards", "--campaign", CODE)
    people = {p["name"]: p["criteria"]["satisfaction_rate"] for p in data["individuals"]}
    assert people["Lê Mai"] == {
        "value": 1.0,
        "required": "> 95%",
        "met": True,
        "question": "Thái độ",
    }
    sheet = tmp_path / "khen.csv"
    assert asked("awards", "--campaign", CODE, "-o", str(sheet)).exit_code in (0, 1)
    rows = list(csv.DictReader(io.StringIO(sheet.read_text(encoding="utf-8-sig"))))
    assert "phiếu đánh giá hài lòng về Thái độ (3 phiếu)" in rows[0]["achievements"]
    screen = asked("awards", "--campaign", CODE, "--format", "md")
    assert "câu hỏi “Thái độ”" in screen.stdout


def test_without_the_question_the_award_rule_counts_every_answer(
    asked: Cli, tmp_path: Path
) -> None:
    load(asked, tmp_path, CAMPAIGN.replace('question = "Thái độ"\n', ""))
    data = asked.json("awards", "--campaign", CODE)
    people = {p["name"]: p["criteria"]["satisfaction_rate"] for p in data["individuals"]}
    assert people["Lê Mai"]["value"] == pytest.approx(4 / 6)
    assert "question" not in people["Lê Mai"]


def test_the_review_says_which_question(asked: Cli, tmp_path: Path) -> None:
    target = tmp_path / "bao-cao.docx"
    result = asked(
        "report",
        "review",
        "--campaign",
        CODE,
        "--stage",
        "tong-ket",
        "--as-of",
        "2021-07-01",
        "-o",
        str(target),
    )
    assert result.exit_code in (0, 1), result.stderr
    document = docx.Document(str(target))
    text = [p.text for p in document.paragraphs] + [
        cell.text for table in document.tables for row in table.rows for cell in row.cells
    ]
    assert any("câu hỏi “thái độ”" in line for line in text)


def test_the_satisfaction_report_of_a_campaign_or_a_question(asked: Cli) -> None:
    data = asked.json("report", "satisfaction", "--campaign", CODE)
    assert data["question"] == "thái độ"
    assert data["questions"] == [ATTITUDE]
    assert (data["total"]["answers"], data["total"]["satisfied"]) == (6, 6)
    timely = asked.json("report", "satisfaction", "--question", "thời gian")
    assert timely["questions"] == [TIME]
    assert (timely["total"]["answers"], timely["total"]["satisfied"]) == (6, 4)
    every = asked.json("report", "satisfaction")
    assert (every["question"], every["total"]["answers"]) == (None, 12)
    screen = asked("report", "satisfaction", "--campaign", CODE, env={"COLUMNS": "200"})
    assert f"Chỉ tính phiếu trả lời câu hỏi: {ATTITUDE}." in " ".join(screen.stdout.split())


def test_a_question_no_answer_names_has_no_data_and_says_so(asked: Cli, tmp_path: Path) -> None:
    load(asked, tmp_path, CAMPAIGN.replace('"thái độ"', '"kết quả"'))
    result = compliance(asked, "--format", "json")
    (target,) = json.loads(result.stdout)["overall"]["targets"]
    assert (target["actual"], target["met"]) == (None, None)
    said = " ".join(result.stderr.split())
    assert 'không phiếu nào trả lời câu hỏi "kết quả"' in said
    assert ATTITUDE in said and TIME in said


def test_a_one_question_export_keeps_working(
    cli: Cli, procedures_csv: Path, make_dossiers: Any, tmp_path: Path
) -> None:
    """An export without a question column: the campaign's question counts every answer, and a
    warning says so."""
    assert cli("import", "procedures", str(procedures_csv)).exit_code == 0
    rows = [dossier("D1", "01/06/2021", officer="Lê Mai", due="10/06/2021", finished="04/06/2021")]
    assert cli("import", "dossiers", str(make_dossiers(rows))).exit_code == 0
    survey = write_csv(
        tmp_path / "khao-sat.csv",
        ["Mã hồ sơ", "Cán bộ", "Ngày đánh giá", "Mức độ hài lòng"],
        [["D1", "Lê Mai", "10/06/2021", "Hài lòng"]] * 4
        + [["D1", "Lê Mai", "11/06/2021", "Rất hài lòng"]],
    )
    assert cli("import", "surveys", str(survey)).exit_code == 0
    load(cli, tmp_path, CAMPAIGN)
    result = compliance(cli, "--format", "json")
    assert result.exit_code in (0, 1), result.stderr
    overall = json.loads(result.stdout)["overall"]
    assert (overall["satisfaction"]["answers"], overall["targets"][0]["met"]) == (5, True)
    assert "tính trên mọi phiếu" in " ".join(result.stderr.split())


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            '[[targets]]\nmetric = "late_count"\nop = "=="\nvalue = 0\nquestion = "thái độ"\n',
            "'question' chỉ dùng cho tỷ lệ hài lòng",
        ),
        (
            '[[targets]]\nmetric = "satisfaction_rate"\nop = ">"\nvalue = 0.9\nquestion = 3\n',
            "question",
        ),
    ],
)
def test_a_question_where_none_belongs_is_refused_with_its_line(
    cli: Cli, tmp_path: Path, text: str, said: str
) -> None:
    head = CAMPAIGN.split("[[targets]]")[0]
    path = tmp_path / "sai.toml"
    path.write_text(head + text, encoding="utf-8")
    result = cli("campaign", "load", str(path))
    assert result.exit_code == 3, result.output
    message = " ".join(result.stderr.split())
    assert said in message and "sai.toml" in message and "dòng 13" in message
    assert "Traceback" not in result.output


def test_the_councils_sheet_names_the_question_of_each_candidate(asked: Cli) -> None:
    """The candidates sheet (the monthly batch's CSV for the council) has the question column."""
    from thidua_cli.reports.awards import awards_report
    from thidua_cli.reports.campaigns import get_campaign
    from thidua_cli.store.db import connect
    from thidua_cli.text.messages import text

    conn = connect(asked.db)
    try:
        report = awards_report(
            conn, get_campaign(conn, CODE), lambda key, **params: text(key, "vi", **params)
        )
    finally:
        conn.close()
    (sheet,) = [table for table in report.tables if table.name == "candidates"]
    assert "satisfaction_question" in [column.key for column in sheet.columns]
    assert {row["name"]: row["satisfaction_question"] for row in sheet.rows} == {
        "Lê Mai": "Thái độ",
        "Phan Tùng": "Thái độ",
    }
