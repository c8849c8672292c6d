"""Survey import and the satisfaction report, on a small hand-checked set of answers (June 2021).

Dossiers: D1 transfer, online, Lê Mai (Một cửa); D2 copies, in person, Phan Tùng (Tổ Văn bằng);
D3 correction, postal, Lê Mai. Answers, with what the report must make of them:

  1 D1 "Lê  Mai"   02/06 Rất hài lòng                 officer squeezed
  2 D1 (empty)     03/06 Hài lòng                     officer and unit from D1
  3 D3 Lê Mai      04/06 Bình thường    "Chờ lâu"     not satisfied, comment listed
  4 D2 (empty)     05/06 Không hài lòng "Hướng dẫn…"  Phan Tùng from D2, comment listed
  5 D2 Phan Tùng   10/06 rat_hai_long
  6 D2 Phan Tùng   20/06 very_dissatisfied            no comment: nothing to list
  7 X-404 Vũ Hà    21/06 Hài lòng                     unknown dossier: kept, no unit
  8 (none)         22/06 Rất hài lòng   "Tốt"         no officer at all
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import Cli, dossier, write_csv

SAMPLE = Path(__file__).parents[2] / "sample_data"
COPIES = "Cấp bản sao văn bằng, chứng chỉ từ sổ gốc"
CORRECTION = "Chỉnh sửa nội dung văn bằng, chứng chỉ"
HEADER = ["Mã hồ sơ", "Cán bộ", "Ngày đánh giá", "Mức độ hài lòng", "Góp ý"]
ANSWERS = [
    ["D1", "Lê  Mai", "02/06/2021", "Rất hài lòng", ""],
    ["D1", "", "03/06/2021", "Hài lòng", ""],
    ["D3", "Lê Mai", "04/06/2021", "Bình thường", "Chờ lâu"],
    ["D2", "", "05/06/2021", "Không hài lòng", "Hướng dẫn chưa rõ"],
    ["D2", "Phan Tùng", "10/06/2021", "rat_hai_long", ""],
    ["D2", "Phan Tùng", "20/06/2021", "very_dissatisfied", ""],
    ["X-404", "Vũ Hà", "21/06/2021", "Hài lòng", ""],
    ["", "", "22/06/2021", "Rất hài lòng", "Tốt"],
]
NO_LEVELS = dict.fromkeys(
    ("very_satisfied", "satisfied", "neutral", "dissatisfied", "very_dissatisfied"), 0
)


def levels(**counts: int) -> dict[str, int]:
    return {**NO_LEVELS, **counts}


@pytest.fixture
def answered(cli: Cli, procedures_csv: Path, make_dossiers, tmp_path: Path) -> Cli:
    assert cli("import", "procedures", str(procedures_csv)).exit_code == 0
    rows = [
        dossier("D1", "01/06/2021", channel="Trực tuyến", officer="Lê Mai", unit="Một cửa"),
        dossier(
            "D2", "01/06/2021", COPIES, channel="Trực tiếp", officer="Phan Tùng", unit="Tổ Văn bằng"
        ),
        dossier(
            "D3", "01/06/2021", CORRECTION, channel="Bưu chính", officer="Lê Mai", unit="Một cửa"
        ),
    ]
    assert cli("import", "dossiers", str(make_dossiers(rows))).exit_code == 0
    result = cli("import", "surveys", str(write_csv(tmp_path / "khao-sat.csv", HEADER, ANSWERS)))
    assert result.exit_code == 0, result.stderr
    return cli


def test_import_resolves_officers_and_units_and_warns(
    cli: Cli, procedures_csv: Path, make_dossiers, tmp_path: Path
) -> None:
    cli("import", "procedures", str(procedures_csv))
    cli(
        "import",
        "dossiers",
        str(make_dossiers([dossier("D1", "01/06/2021", officer="Lê Mai", unit="Một cửa")])),
    )
    path = write_csv(tmp_path / "khao-sat.csv", HEADER, ANSWERS[:2] + ANSWERS[6:])
    result = cli("import", "surveys", str(path))
    assert result.exit_code == 0, result.stderr
    assert "1 phiếu ghi mã hồ sơ chưa có trong cơ sở dữ liệu" in result.stderr
    assert "1 phiếu không xác định được cán bộ" in result.stderr
    # Stored as the file says (the officer's spaces squeezed) ...
    assert cli.rows(
        "SELECT dossier_code, officer, answered_on, rating, comment FROM surveys ORDER BY id"
    ) == [
        ("D1", "Lê Mai", "2021-06-02", 5, None),
        ("D1", None, "2021-06-03", 4, None),
        ("X-404", "Vũ Hà", "2021-06-21", 4, None),
        (None, None, "2021-06-22", 5, "Tốt"),
    ]
    # ... and counted for the dossier's officer and unit when none is written.
    data = cli.json("report", "satisfaction", "--by", "unit")
    assert [(r["unit"], r["answers"]) for r in data["rows"]] == [("Một cửa", 2), (None, 2)]
    data = cli.json("report", "satisfaction")
    assert [(r["officer"], r["answers"]) for r in data["rows"]] == [
        ("Vũ Hà", 1),
        ("Lê Mai", 2),
        (None, 1),
    ]


def test_answers_imported_before_their_dossiers_count_once_the_dossiers_arrive(
    cli: Cli, procedures_csv: Path, make_dossiers, tmp_path: Path
) -> None:
    assert cli("import", "procedures", str(procedures_csv)).exit_code == 0
    answers = write_csv(tmp_path / "khao-sat.csv", HEADER, ANSWERS[:4])
    result = cli("import", "surveys", str(answers))
    assert "4 phiếu ghi mã hồ sơ chưa có" in result.stderr
    assert [r["officer"] for r in cli.json("report", "satisfaction")["rows"]] == ["Lê Mai", None]
    rows = [
        dossier("D1", "01/06/2021", officer="Lê Mai", unit="Một cửa"),
        dossier("D2", "01/06/2021", COPIES, officer="Phan Tùng", unit="Tổ Văn bằng"),
        dossier("D3", "01/06/2021", CORRECTION, officer="Lê Mai", unit="Một cửa"),
    ]
    assert cli("import", "dossiers", str(make_dossiers(rows))).exit_code == 0
    data = cli.json("report", "satisfaction", "--by", "unit")
    assert [(r["unit"], r["answers"]) for r in data["rows"]] == [
        ("Một cửa", 3),
        ("Tổ Văn bằng", 1),
    ]


def test_import_is_idempotent(answered: Cli, tmp_path: Path) -> None:
    result = answered("import", "surveys", str(tmp_path / "khao-sat.csv"))
    assert result.exit_code == 0
    assert "thêm mới 0, cập nhật 0, không đổi 8" in result.stderr
    assert answered.rows("SELECT count(*) FROM surveys") == [(8,)]


def test_a_corrected_export_imported_again_counts_each_answer_once(
    answered: Cli, tmp_path: Path
) -> None:
    corrected = [list(row) for row in ANSWERS]
    corrected[2][3:] = ["Hài lòng", "Đã được giải thích lại"]  # rating and comment corrected
    corrected[3][4] = "Hướng dẫn chưa rõ ràng"  # comment corrected
    path = write_csv(tmp_path / "khao-sat-sua.csv", HEADER, corrected)
    result = answered("import", "surveys", str(path))
    assert result.exit_code == 0, result.stderr
    assert "thêm mới 0, cập nhật 2, không đổi 6" in result.stderr
    assert answered.rows("SELECT count(*) FROM surveys") == [(8,)]
    assert answered.rows(
        "SELECT dossier_code, rating, comment FROM surveys WHERE answered_on IN "
        "('2021-06-04', '2021-06-05') ORDER BY answered_on"
    ) == [("D3", 4, "Đã được giải thích lại"), ("D2", 2, "Hướng dẫn chưa rõ ràng")]
    total = answered.json("report", "satisfaction")["total"]
    assert (total["answers"], total["satisfied"]) == (8, 6)


def test_undoing_a_corrected_export_gives_back_the_answers_it_changed(
    answered: Cli, tmp_path: Path
) -> None:
    before = answered.rows("SELECT * FROM surveys ORDER BY id")
    corrected = [list(row) for row in ANSWERS]
    corrected[5][3:] = ["Rất hài lòng", "Nhầm mức đánh giá"]
    corrected.append(["D1", "Lê Mai", "23/06/2021", "Hài lòng", ""])
    path = write_csv(tmp_path / "khao-sat-sua.csv", HEADER, corrected)
    result = answered("import", "surveys", str(path))
    assert "thêm mới 1, cập nhật 1, không đổi 7" in result.stderr
    assert answered.rows("SELECT rating FROM surveys WHERE answered_on = '2021-06-20'") == [(5,)]
    last = answered.rows("SELECT max(id) FROM imports")[0][0]
    assert answered("imports", "undo", str(last)).exit_code == 0
    assert answered.rows("SELECT * FROM surveys ORDER BY id") == before


def test_kiosk_answers_without_a_dossier_on_one_day_stay_apart(cli: Cli, tmp_path: Path) -> None:
    kiosk = [
        ["", "Lê Mai", "22/06/2021", "Rất hài lòng", ""],
        ["", "Lê Mai", "22/06/2021", "Bình thường", "Chờ hơi lâu"],
        ["", "", "22/06/2021", "Hài lòng", ""],
        ["", "", "22/06/2021", "Hài lòng", ""],
    ]
    path = write_csv(tmp_path / "kiosk.csv", HEADER, kiosk)
    result = cli("import", "surveys", str(path))
    assert result.exit_code == 0, result.stderr
    assert cli.rows("SELECT count(*) FROM surveys") == [(4,)]
    assert "2 phiếu" in result.stderr  # the second of each pair is numbered, not merged
    kiosk[1][3:] = ["Không hài lòng", "Chờ quá lâu"]
    fixed = write_csv(tmp_path / "kiosk-sua.csv", HEADER, kiosk)
    again = cli("import", "surveys", str(fixed))
    assert "thêm mới 0, cập nhật 1, không đổi 3" in again.stderr
    assert cli.rows("SELECT rating, comment FROM surveys ORDER BY id") == [
        (5, None),
        (2, "Chờ quá lâu"),
        (4, None),
        (4, None),
    ]


def test_an_id_column_keys_the_answers_so_a_correction_updates(cli: Cli, tmp_path: Path) -> None:
    header = ["Mã đánh giá", *HEADER]
    first = write_csv(tmp_path / "a.csv", header, [["K1", *ANSWERS[7]], ["K2", *ANSWERS[6]]])
    assert cli("import", "surveys", str(first)).exit_code == 0
    fixed = write_csv(
        tmp_path / "b.csv",
        header,
        [["K1", "", "", "22/06/2021", "Hài lòng", "Tốt"], ["K2", *ANSWERS[6]]],
    )
    result = cli("import", "surveys", str(fixed))
    assert "thêm mới 0, cập nhật 1, không đổi 1" in result.stderr
    assert cli.rows("SELECT survey_key, rating FROM surveys ORDER BY survey_key") == [
        ("id:K1", 4),
        ("id:K2", 4),
    ]


def test_identical_answers_in_one_file_are_each_kept(cli: Cli, tmp_path: Path) -> None:
    kiosk = [["", "Lê Mai", "22/06/2021", "Rất hài lòng", ""]] * 3
    path = write_csv(tmp_path / "kiosk.csv", HEADER, kiosk)
    result = cli("import", "surveys", str(path))
    assert result.exit_code == 0
    assert "2 phiếu" in result.stderr
    assert cli.rows("SELECT count(DISTINCT survey_key) FROM surveys") == [(3,)]
    again = cli("import", "surveys", str(path))
    assert "thêm mới 0, cập nhật 0, không đổi 3" in again.stderr


@pytest.mark.parametrize(
    ("scale", "answers", "stored"),
    [
        ("5", ["1", "2", "3", "4", "5"], [1, 2, 3, 4, 5]),
        ("4", ["1", "2", "3", "4"], [1, 2, 4, 5]),
        ("3", ["1", "2", "3"], [2, 3, 4]),
    ],
)
def test_numeric_ratings_on_each_scale(
    cli: Cli, tmp_path: Path, scale: str, answers: list[str], stored: list[int]
) -> None:
    rows = [["", "Lê Mai", f"0{i + 1}/06/2021", a, ""] for i, a in enumerate(answers)]
    path = write_csv(tmp_path / "so.csv", HEADER, rows)
    assert cli("import", "surveys", str(path), "--scale", scale).exit_code == 0
    assert [r[0] for r in cli.rows("SELECT rating FROM surveys ORDER BY answered_on")] == stored


def test_a_rating_outside_the_scale_refuses_the_file_with_line_and_column(
    cli: Cli, tmp_path: Path
) -> None:
    rows = [["", "Lê Mai", "01/06/2021", "4", ""], ["", "Lê Mai", "02/06/2021", "4", ""]]
    path = write_csv(tmp_path / "so.csv", HEADER, rows)
    result = cli("--lang", "en", "import", "surveys", str(path), "--scale", "3")
    assert result.exit_code == 1
    assert "Mức độ hài lòng" in result.stderr and "rating outside the 1–3 scale" in result.stderr
    assert cli.rows("SELECT count(*) FROM surveys") == [(0,)]
    bad = write_csv(tmp_path / "bad.csv", HEADER, [["", "A", "31/06/2021", "Tạm được", ""]])
    result = cli("--lang", "en", "import", "surveys", str(bad))
    assert result.exit_code == 1
    assert "31/06/2021" in result.stderr and "Tạm được" in result.stderr


def test_a_scale_other_than_3_4_or_5_is_a_usage_error(cli: Cli, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "so.csv", HEADER, [["", "A", "01/06/2021", "1", ""]])
    assert cli("import", "surveys", str(path), "--scale", "10").exit_code == 2


def test_a_file_without_the_rating_column_fails_whole(cli: Cli, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "so.csv", ["Mã hồ sơ", "Ngày đánh giá"], [["D1", "01/06/2021"]])
    result = cli("import", "surveys", str(path))
    assert result.exit_code == 3
    assert "rating" in result.stderr


def test_report_by_officer(answered: Cli) -> None:
    data = answered.json("report", "satisfaction")
    assert (data["campaign"], data["from"], data["to"], data["by"], data["min_answers"]) == (
        None,
        None,
        None,
        "officer",
        5,
    )
    assert data["rows"] == [
        # By given name, in Vietnamese order: Hà, Mai, Tùng.
        {
            "officer": "Vũ Hà",
            "answers": 1,
            "satisfied": 1,
            "rate": 1.0,
            "few_answers": True,
            "levels": levels(satisfied=1),
        },
        {
            "officer": "Lê Mai",
            "answers": 3,
            "satisfied": 2,
            "rate": pytest.approx(2 / 3),
            "few_answers": True,
            "levels": levels(very_satisfied=1, satisfied=1, neutral=1),
        },
        {
            "officer": "Phan Tùng",
            "answers": 3,
            "satisfied": 1,
            "rate": pytest.approx(1 / 3),
            "few_answers": True,
            "levels": levels(very_satisfied=1, dissatisfied=1, very_dissatisfied=1),
        },
        {
            "officer": None,
            "answers": 1,
            "satisfied": 1,
            "rate": 1.0,
            "few_answers": True,
            "levels": levels(very_satisfied=1),
        },
    ]
    assert data["total"] == {
        "answers": 8,
        "satisfied": 5,
        "rate": 0.625,
        "few_answers": False,
        "levels": levels(
            very_satisfied=3, satisfied=2, neutral=1, dissatisfied=1, very_dissatisfied=1
        ),
    }
    assert data["comments"] == [
        {
            "date": "2021-06-04",
            "officer": "Lê Mai",
            "unit": "Một cửa",
            "dossier_code": "D3",
            "question": None,
            "rating": 3,
            "level": "neutral",
            "comment": "Chờ lâu",
        },
        {
            "date": "2021-06-05",
            "officer": "Phan Tùng",
            "unit": "Tổ Văn bằng",
            "dossier_code": "D2",
            "question": None,
            "rating": 2,
            "level": "dissatisfied",
            "comment": "Hướng dẫn chưa rõ",
        },
    ]


TRANSFER = "Chuyển trường đối với học sinh trung học cơ sở"


@pytest.mark.parametrize(
    ("by", "expected"),
    [
        ("unit", [("Một cửa", 3, 2), ("Tổ Văn bằng", 3, 1), (None, 2, 2)]),
        ("channel", [("direct", 3, 1), ("online", 2, 2), ("postal", 1, 0), (None, 2, 2)]),
        # Names in code-point order, as SQLite sorts them; answers 7 and 8 have no dossier.
        # Vietnamese order: "Cấp" before "Chỉnh" before "Chuyển" (â before h).
        ("procedure", [(COPIES, 3, 1), (CORRECTION, 1, 0), (TRANSFER, 2, 2), (None, 2, 2)]),
    ],
)
def test_report_by_other_groups(
    answered: Cli, by: str, expected: list[tuple[str | None, int, int]]
) -> None:
    data = answered.json("report", "satisfaction", "--by", by)
    assert [(r[by], r["answers"], r["satisfied"]) for r in data["rows"]] == expected
    assert sum(r["answers"] for r in data["rows"]) == data["total"]["answers"] == 8


def test_report_for_a_period(answered: Cli) -> None:
    data = answered.json("report", "satisfaction", "--from", "2021-06-01", "--to", "2021-06-15")
    assert (data["from"], data["to"]) == ("2021-06-01", "2021-06-15")
    assert (data["total"]["answers"], data["total"]["satisfied"], data["total"]["rate"]) == (
        5,
        3,
        0.6,
    )
    assert [r["officer"] for r in data["rows"]] == ["Lê Mai", "Phan Tùng"]


def test_report_for_a_campaign_uses_its_period_and_minimum(answered: Cli, tmp_path: Path) -> None:
    path = tmp_path / "kh.toml"
    path.write_text(
        '[campaign]\ncode = "7/KH"\nstart = 2021-06-01\nend = 2021-06-15\nmin_answers = 3\n'
        '[[targets]]\nmetric = "satisfaction_rate"\nop = ">="\nvalue = 0.9\n',
        encoding="utf-8",
    )
    assert answered("campaign", "load", str(path)).exit_code == 0
    data = answered.json("report", "satisfaction", "--campaign", "7/KH")
    assert (data["campaign"], data["from"], data["to"], data["min_answers"], data["target"]) == (
        "7/KH",
        "2021-06-01",
        "2021-06-15",
        3,
        0.9,
    )
    rows = {r["officer"]: r for r in data["rows"]}
    assert (rows["Lê Mai"]["answers"], rows["Lê Mai"]["few_answers"]) == (3, False)
    assert (rows["Phan Tùng"]["answers"], rows["Phan Tùng"]["few_answers"]) == (2, True)


def test_report_table_marks_few_answers_and_lists_comments(answered: Cli) -> None:
    result = answered("report", "satisfaction", "--by", "officer")
    assert result.exit_code == 0
    assert "Lê Mai" in result.stdout and "66,7% *" in result.stdout
    assert "Tổng cộng" in result.stdout and "62,5%" in result.stdout
    assert "(không rõ)" in result.stdout
    assert "04/06/2021 Lê Mai (D3), Bình thường: Chờ lâu" in result.stdout
    assert "Chỉ tiêu 95%" in result.stdout  # the chart's reference line


def test_report_csv_has_one_row_per_group_and_the_levels(answered: Cli) -> None:
    result = answered("report", "satisfaction", "--by", "unit", "--format", "csv")
    lines = result.stdout.splitlines()
    assert lines[0] == (
        "unit,answers,satisfied,rate,few_answers,level_very_satisfied,level_satisfied,"
        "level_neutral,level_dissatisfied,level_very_dissatisfied"
    )
    assert "Tổ Văn bằng,3,1,0.3333333333333333,true,1,0,0,1,1" in lines


@pytest.mark.parametrize(
    "args",
    [
        ("--by", "weather"),
        ("--campaign", "7/KH", "--from", "2021-06-01"),
        ("--campaign", "99/KH"),
        ("--from", "2021-06-30", "--to", "2021-06-01"),
        ("--from", "31/06/2021"),  # June has 30 days
    ],
)
def test_bad_options_are_usage_errors(answered: Cli, args: tuple[str, ...]) -> None:
    result = answered("report", "satisfaction", *args)
    assert result.exit_code == 2
    assert "Traceback" not in result.output


def test_the_sample_month_tells_its_story(cli: Cli) -> None:
    for kind, name in [
        ("procedures", "procedures.csv"),
        ("dossiers", "ho-so-2021-06.csv"),
        ("dossiers", "ho-so-2021-06-bo-phan-mot-cua.csv"),
        ("dossiers", "ho-so-bo-sung-2021-06.xlsx"),
        ("surveys", "khao-sat-2021-06.csv"),
    ]:
        result = cli("import", kind, str(SAMPLE / name))
        assert result.exit_code == 0, result.stderr
    # Each citizen answered three questions; the story is told by the attitude question.
    every = cli.json("report", "satisfaction", "--by", "question")
    assert {r["question"]: (r["answers"], r["satisfied"]) for r in every["rows"]} == {
        "Kết quả giải quyết thủ tục hành chính": (230, 222),
        "Thái độ giao tiếp, ứng xử của công chức": (230, 222),
        "Thời gian giải quyết hồ sơ": (230, 206),
    }
    data = cli.json("report", "satisfaction", "--question", "thái độ")
    assert (data["total"]["answers"], data["total"]["satisfied"]) == (230, 222)
    assert round(data["total"]["rate"], 3) == 0.965
    rows = {r["officer"]: r for r in data["rows"]}
    khang = rows["Đinh Tấn Khang"]
    assert (khang["answers"], khang["satisfied"], khang["rate"]) == (60, 54, 0.9)
    assert (khang["levels"]["neutral"], khang["levels"]["dissatisfied"]) == (4, 2)
    assert (rows["Võ Gia Dũng"]["answers"], rows["Võ Gia Dũng"]["few_answers"]) == (3, True)
    assert None not in rows  # the 23 answers without an officer took the dossier's
    assert "Phan Phương Loan" in rows and "Phan Phương  Loan" not in rows
    others = [r for name, r in rows.items() if name not in ("Đinh Tấn Khang", "Võ Gia Dũng")]
    assert all(r["rate"] > 0.95 for r in others)
    assert len(data["comments"]) == 8
    assert sum(c["officer"] == "Đinh Tấn Khang" for c in data["comments"]) == 6
