"""Award candidates for a small office: two units, six officers in post, each criterion deciding.

Bộ phận Một cửa: Lê Văn An (meets everything), Trần Thị Chi (handled no dossier), Đỗ Văn Em (his
only initiative was rejected). Tổ Văn bằng: Phạm Thị Bình (one late dossier), Vũ Thị Dung (two of
three citizens satisfied), Hồ Văn Giang (an upheld complaint). Also Ngô Thị Hà, no longer in post,
and Ông Văn Khách, seconded and not on the roster, each with a dossier of Tổ Văn bằng.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

import pytest

from conftest import Cli, dossier, write_csv

UNIT_A = "Bộ phận Một cửa"
UNIT_B = "Tổ Văn bằng"
STAFF = [
    ["Lê Văn An", UNIT_A, "Tổ trưởng", "x"],
    ["Trần Thị Chi", UNIT_A, "Chuyên viên", "x"],
    ["Đỗ Văn Em", UNIT_A, "Chuyên viên", "x"],
    ["Phạm Thị Bình", UNIT_B, "Tổ trưởng", "x"],
    ["Vũ Thị Dung", UNIT_B, "Chuyên viên", "x"],
    ["Hồ Văn Giang", UNIT_B, "Chuyên viên", "x"],
    ["Ngô Thị Hà", UNIT_B, "Chuyên viên", ""],
]


def handled(
    code: str, officer: str, unit: str, received: str, due: str, finished: str = ""
) -> dict[str, str]:
    return dossier(code, received, officer=officer, unit=unit, due=due, finished=finished)


DOSSIERS = [
    handled("A0", "Lê Văn An", UNIT_A, "20/05/2021", "25/05/2021", "24/05/2021"),  # before June
    handled("A1", "Lê Văn An", UNIT_A, "01/06/2021", "10/06/2021", "04/06/2021"),
    handled("A2", "Lê Văn An", UNIT_A, "02/06/2021", "10/06/2021", "08/06/2021"),
    handled("A3", "Lê Văn An", UNIT_A, "03/06/2021", "10/06/2021", "10/06/2021"),
    dossier("A9", "03/06/2021", officer="Lê Văn An", unit=UNIT_A, status="Đã rút hồ sơ"),
    handled("E0", "Đỗ Văn Em", UNIT_A, "20/05/2021", "21/05/2021", "26/05/2021"),  # late in May
    handled("E1", "Đỗ Văn Em", UNIT_A, "07/06/2021", "15/06/2021", "09/06/2021"),
    handled("B1", "Phạm Thị Bình", UNIT_B, "01/06/2021", "04/06/2021", "08/06/2021"),
    handled("B2", "Phạm Thị Bình", UNIT_B, "07/06/2021", "15/06/2021", "10/06/2021"),
    handled("D1", "Vũ Thị Dung", UNIT_B, "07/06/2021", "15/06/2021", "11/06/2021"),
    handled("D2", "Vũ Thị Dung", UNIT_B, "25/06/2021", "05/07/2021"),  # open, in time
    handled("G1", "Hồ Văn Giang", UNIT_B, "14/06/2021", "17/06/2021", "17/06/2021"),
    handled("H1", "Ngô Thị Hà", UNIT_B, "01/06/2021", "04/06/2021", "02/06/2021"),
    handled("K1", "Ông Văn Khách", UNIT_B, "01/06/2021", "04/06/2021", "03/06/2021"),
]

SURVEY_HEADER = ["Mã hồ sơ", "Cán bộ", "Ngày đánh giá", "Mức độ hài lòng", "Góp ý"]
SURVEYS = [
    ["A1", "Lê Văn An", "05/06/2021", "Rất hài lòng", ""],
    ["A2", "Lê Văn An", "09/06/2021", "Rất hài lòng", ""],
    ["A3", "Lê Văn An", "11/06/2021", "Hài lòng", ""],
    ["A3", "Lê Văn An", "12/06/2021", "Rất hài lòng", ""],
    ["A3", "Lê Văn An", "02/07/2021", "Không hài lòng", "sau đợt thi đua"],
    ["", "Trần Thị Chi", "03/06/2021", "Hài lòng", "hướng dẫn tận tình"],
    ["", "Trần Thị Chi", "04/06/2021", "Hài lòng", ""],
    ["", "Trần Thị Chi", "07/06/2021", "Rất hài lòng", ""],
    ["E1", "Đỗ Văn Em", "10/06/2021", "Hài lòng", ""],
    ["E1", "Đỗ Văn Em", "11/06/2021", "Hài lòng", ""],
    ["E1", "Đỗ Văn Em", "14/06/2021", "Rất hài lòng", ""],
    ["B1", "Phạm Thị Bình", "09/06/2021", "Hài lòng", ""],
    ["B2", "Phạm Thị Bình", "11/06/2021", "Hài lòng", ""],
    ["B2", "Phạm Thị Bình", "12/06/2021", "Rất hài lòng", ""],
    ["D1", "Vũ Thị Dung", "12/06/2021", "Hài lòng", ""],
    ["D1", "Vũ Thị Dung", "14/06/2021", "Bình thường", "phải chờ lâu"],
    ["D1", "Vũ Thị Dung", "15/06/2021", "Rất hài lòng", ""],
    ["G1", "Hồ Văn Giang", "18/06/2021", "Hài lòng", ""],
    ["G1", "Hồ Văn Giang", "19/06/2021", "Hài lòng", ""],
    ["G1", "Hồ Văn Giang", "21/06/2021", "Rất hài lòng", ""],
]

COMPLAINT_HEADER = [
    "Ngày phản ánh",
    "Cán bộ bị phản ánh",
    "Mã hồ sơ",
    "Nội dung phản ánh",
    "Kết quả xác minh",
]
COMPLAINTS = [
    ["15/06/2021", "Hồ Văn Giang", "G1", "Yêu cầu nộp giấy tờ ngoài quy định", "Có cơ sở"],
    ["05/06/2021", "Lê Văn An", "A1", "Trả lời cộc lốc", "Không có cơ sở"],
    ["20/06/2021", "Lê Văn An", "A3", "Không nghe điện thoại", "Đang xác minh"],
    ["05/07/2021", "Phạm Thị Bình", "B1", "Trả kết quả trễ", "Có cơ sở"],  # after the campaign
]

INITIATIVE_HEADER = [
    "Đơn vị/cá nhân",
    "Tên sáng kiến",
    "Loại",
    "Ngày đăng ký",
    "Tình trạng",
    "Ngày quyết định",
    "Số quyết định",
]
INITIATIVES = [
    [UNIT_A, "Mô hình nhắn tin hẹn trả", "Mô hình", "05/06/2021", "Đã đăng ký", "", ""],
    [
        "Lê Văn An",
        "Phiếu hẹn có mã QR",
        "Sáng kiến",
        "07/06/2021",
        "Được công nhận",
        "25/06/2021",
        "125/QĐ-GDĐT",
    ],
    ["Trần Thị Chi", "Bảng hướng dẫn bằng hình", "Sáng kiến", "08/06/2021", "", "", ""],
    ["Đỗ Văn Em", "Sổ tay tra cứu", "Sáng kiến", "08/06/2021", "Không công nhận", "20/06/2021", ""],
    ["Phạm Thị Bình", "Tra cứu sổ gốc", "Giải pháp", "09/06/2021", "Đã đăng ký", "", ""],
    ["Vũ Thị Dung", "Mẫu đơn điền sẵn", "Sáng kiến", "10/06/2021", "Đang thẩm định", "", ""],
    ["Hồ Văn Giang", "Lịch hẹn trực tuyến", "Giải pháp", "11/06/2021", "Đã đăng ký", "", ""],
]

CAMPAIGN = """
[campaign]
code = "TD-06/2021"
name = "Tháng cao điểm cải cách hành chính"
reference = "Kế hoạch thử nghiệm"
start = 2021-06-01
end = 2021-06-30
min_answers = {min_answers}

[awards]
rank = ["initiatives_recognized", "early_share", "satisfaction_rate", "dossiers_handled"]

[[awards.individual]]
criterion = "dossiers_handled"
op = ">="
value = 1

[[awards.individual]]
criterion = "late_count"
op = "=="
value = 0

[[awards.individual]]
criterion = "satisfaction_rate"
op = ">"
value = 0.95

[[awards.individual]]
criterion = "upheld_complaints"
op = "=="
value = 0

[[awards.individual]]
criterion = "initiatives_registered"
op = ">="
value = 1

[[awards.unit]]
criterion = "on_time_rate"
op = ">="
value = 1.0

[[awards.unit]]
criterion = "satisfaction_rate"
op = ">"
value = 0.95

[[awards.unit]]
criterion = "members_with_upheld_complaints"
op = "=="
value = 0

[[awards.unit]]
criterion = "initiatives_registered"
op = ">="
value = 1
"""

# The same office judged by other rules: no initiative or complaint criterion, a lower bar.
LENIENT = """
[campaign]
code = "TD-LENIENT"
name = "Đợt thi đua khác"
start = 2021-06-01
end = 2021-06-30
min_answers = 3

[awards]
rank = ["dossiers_handled", "early_share"]

[[awards.individual]]
criterion = "late_count"
op = "=="
value = 0
if_no_data = "ignore"

[[awards.individual]]
criterion = "satisfaction_rate"
op = ">"
value = 0.6

[[awards.unit]]
criterion = "members_with_upheld_complaints"
op = "<="
value = 1

[[awards.unit]]
criterion = "satisfaction_rate"
op = ">"
value = 0.85
"""


def load(cli: Cli, tmp_path: Path, text: str, name: str) -> None:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    result = cli("campaign", "load", str(path))
    assert result.exit_code == 0, result.stderr


@pytest.fixture
def office(cli: Cli, tmp_path: Path, procedures_csv: Path, make_dossiers: Any) -> Cli:
    def imported(kind: str, path: Path) -> None:
        result = cli("import", kind, str(path))
        assert result.exit_code == 0, result.stderr

    imported(
        "staff",
        write_csv(tmp_path / "cb.csv", ["Họ và tên", "Đơn vị", "Chức vụ", "Đang công tác"], STAFF),
    )
    imported("procedures", procedures_csv)
    imported("dossiers", make_dossiers(DOSSIERS))
    imported("surveys", write_csv(tmp_path / "ks.csv", SURVEY_HEADER, SURVEYS))
    imported("complaints", write_csv(tmp_path / "pa.csv", COMPLAINT_HEADER, COMPLAINTS))
    imported("initiatives", write_csv(tmp_path / "sk.csv", INITIATIVE_HEADER, INITIATIVES))
    load(cli, tmp_path, CAMPAIGN.format(min_answers=3), "td.toml")
    return cli


def criteria(**values: Any) -> dict[str, dict[str, Any]]:
    """criterion -> {value, required, met}, from criterion=(value, met) with the rules' texts."""
    required = {
        "dossiers_handled": "≥ 1",
        "late_count": "= 0",
        "satisfaction_rate": "> 95%",
        "upheld_complaints": "= 0",
        "initiatives_registered": "≥ 1",
        "on_time_rate": "≥ 100%",
        "members_with_upheld_complaints": "= 0",
    }
    return {
        name: {
            "value": pytest.approx(v) if isinstance(v, float) else v,
            "required": required[name],
            "met": met,
        }
        for name, (v, met) in values.items()
    }


def person(
    name: str, unit: str, eligible: bool, reasons: list[str], **values: Any
) -> dict[str, Any]:
    return {
        "name": name,
        "unit": unit,
        "eligible": eligible,
        "criteria": criteria(**values),
        "reasons": reasons,
    }


EXPECTED_INDIVIDUALS = [
    person(
        "Lê Văn An",
        UNIT_A,
        True,
        [],
        dossiers_handled=(3, True),
        late_count=(0, True),
        satisfaction_rate=(1.0, True),
        upheld_complaints=(0, True),
        initiatives_registered=(1, True),
    ),
    # The others miss one criterion each, ranked by the campaign's keys: early share first.
    person(
        "Đỗ Văn Em",
        UNIT_A,
        False,
        # Not "registered 0": the one registered was rejected, and the reason says so.
        [
            "Có 1 sáng kiến đã đăng ký nhưng không được Hội đồng sáng kiến công nhận, không còn "
            "sáng kiến nào đang xét."
        ],
        dossiers_handled=(1, True),
        late_count=(0, True),
        satisfaction_rate=(1.0, True),
        upheld_complaints=(0, True),
        initiatives_registered=(0, False),
    ),
    person(
        "Vũ Thị Dung",
        UNIT_B,
        False,
        ["Tỷ lệ phiếu đánh giá hài lòng đạt 66,7%, chưa vượt mức 95%."],
        dossiers_handled=(2, True),
        late_count=(0, True),
        satisfaction_rate=(2 / 3, False),
        upheld_complaints=(0, True),
        initiatives_registered=(1, True),
    ),
    person(
        "Phạm Thị Bình",
        UNIT_B,
        False,
        ["Có 1 hồ sơ giải quyết trễ hạn hoặc đang quá hạn."],
        dossiers_handled=(2, True),
        late_count=(1, False),
        satisfaction_rate=(1.0, True),
        upheld_complaints=(0, True),
        initiatives_registered=(1, True),
    ),
    person(
        "Hồ Văn Giang",
        UNIT_B,
        False,
        ["Có 1 phản ánh về thái độ, tác phong được xác minh là có cơ sở."],
        dossiers_handled=(1, True),
        late_count=(0, True),
        satisfaction_rate=(1.0, True),
        upheld_complaints=(1, False),
        initiatives_registered=(1, True),
    ),
    person(
        "Trần Thị Chi",
        UNIT_A,
        False,
        # No dossier: none to count late ones in, which is no data (not met by default).
        [
            "Không trực tiếp giải quyết hồ sơ nào trong đợt thi đua.",
            "Không có hồ sơ nào trong đợt thi đua để xét việc giải quyết đúng hạn.",
        ],
        dossiers_handled=(0, False),
        late_count=(None, False),
        satisfaction_rate=(1.0, True),
        upheld_complaints=(0, True),
        initiatives_registered=(1, True),
    ),
]

EXPECTED_UNITS = [
    {
        "name": UNIT_A,
        "eligible": True,
        "reasons": [],
        "criteria": criteria(
            on_time_rate=(1.0, True),
            satisfaction_rate=(1.0, True),
            members_with_upheld_complaints=(0, True),
            initiatives_registered=(1, True),
        ),
    },
    {
        "name": UNIT_B,
        "eligible": False,
        "reasons": [
            "Tỷ lệ hồ sơ giải quyết trước hạn, đúng hạn đạt 83,3%, chưa đạt mức 100%.",
            "Tỷ lệ phiếu đánh giá hài lòng đạt 88,9%, chưa vượt mức 95%.",
            "Có 1 cán bộ bị phản ánh có cơ sở về thái độ, tác phong.",
            "Chưa đăng ký sáng kiến, mô hình nào.",
        ],
        "criteria": criteria(
            on_time_rate=(5 / 6, False),
            satisfaction_rate=(8 / 9, False),
            members_with_upheld_complaints=(1, False),
            initiatives_registered=(0, False),
        ),
    },
]


def test_every_candidate_with_every_criterion_value_and_reason(office: Cli) -> None:
    result = office("awards", "--campaign", "TD-06/2021", "--format", "json")
    assert result.exit_code == 0, result.stderr
    import json

    data = json.loads(result.stdout)
    assert data["campaign"] == "TD-06/2021"
    assert data["individuals"] == EXPECTED_INDIVIDUALS
    assert data["units"] == EXPECTED_UNITS


def test_officers_left_out_are_named_on_stderr(office: Cli) -> None:
    result = office("awards", "--campaign", "TD-06/2021", "--format", "json")
    assert "không có trong danh sách cán bộ, nên không được xét: Ông Văn Khách (1 hồ sơ)" in (
        " ".join(result.stderr.split())
    )
    assert "không còn công tác, nên không được xét: Ngô Thị Hà (1 hồ sơ)" in (
        " ".join(result.stderr.split())
    )
    names = [p["name"] for p in office.json("awards", "--campaign", "TD-06/2021")["individuals"]]
    assert "Ngô Thị Hà" not in names and "Ông Văn Khách" not in names


def test_other_rules_in_the_campaign_file_change_the_outcome(office: Cli, tmp_path: Path) -> None:
    load(office, tmp_path, LENIENT, "khac.toml")
    data = office.json("awards", "--campaign", "TD-LENIENT")
    # Ranked by dossiers handled, then by the share finished early.
    assert [(p["name"], p["eligible"]) for p in data["individuals"]] == [
        ("Lê Văn An", True),
        ("Vũ Thị Dung", True),
        ("Đỗ Văn Em", True),
        ("Hồ Văn Giang", True),
        ("Trần Thị Chi", True),
        ("Phạm Thị Bình", False),
    ]
    assert data["individuals"][1]["criteria"]["satisfaction_rate"] == {
        "value": pytest.approx(2 / 3),
        "required": "> 60%",
        "met": True,
    }
    assert data["individuals"][5]["reasons"] == ["Có 1 hồ sơ giải quyết trễ hạn hoặc đang quá hạn."]
    # Trần Thị Chi handled no dossier: the rule ignores what it has no data for.
    chi = data["individuals"][4]
    assert chi["criteria"]["late_count"] == {"value": None, "required": "= 0", "met": None}
    # Tổ Văn bằng has more dossiers, so it ranks first once both units are eligible.
    assert [(u["name"], u["eligible"], u["reasons"]) for u in data["units"]] == [
        (UNIT_B, True, []),
        (UNIT_A, True, []),
    ]
    assert data["units"][0]["criteria"]["members_with_upheld_complaints"] == {
        "value": 1,
        "required": "≤ 1",
        "met": True,
    }


def test_a_higher_minimum_of_answers_makes_a_rate_undefined(office: Cli, tmp_path: Path) -> None:
    load(office, tmp_path, CAMPAIGN.format(min_answers=4), "td.toml")
    data = office.json("awards", "--campaign", "TD-06/2021")
    by_name = {p["name"]: p for p in data["individuals"]}
    assert by_name["Lê Văn An"]["eligible"] is True  # four answers: enough
    assert by_name["Đỗ Văn Em"]["criteria"]["satisfaction_rate"] == {
        "value": None,
        "required": "> 95%",
        "met": False,
    }
    assert by_name["Đỗ Văn Em"]["reasons"] == [
        "Mới có 3 phiếu khảo sát, chưa đủ 4 phiếu để đánh giá mức độ hài lòng.",
        "Có 1 sáng kiến đã đăng ký nhưng không được Hội đồng sáng kiến công nhận, không còn "
        "sáng kiến nào đang xét.",
    ]


def test_reasons_in_english(office: Cli) -> None:
    result = office("--lang", "en", "awards", "--campaign", "TD-06/2021", "--format", "json")
    import json

    data = json.loads(result.stdout)
    assert data["individuals"][2]["reasons"] == ["Satisfied answers: 66.7%, not above 95%."]
    assert (
        data["units"][1]["reasons"][0] == "Dossiers finished early or on time: 83.3%, below 100%."
    )


def test_csv_is_the_proposal_list_and_the_batch_adds_the_candidates(
    office: Cli, tmp_path: Path
) -> None:
    result = office("awards", "--campaign", "TD-06/2021", "--format", "csv")
    assert result.exit_code == 0
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert list(rows[0]) == ["list", "no", "name", "achievements", "form", "title", "unit"]
    assert [(r["list"], r["no"], r["name"], r["title"], r["unit"]) for r in rows] == [
        ("proposal_units", "1", UNIT_A, "", ""),
        ("proposal_individuals", "1", "Lê Văn An", "Tổ trưởng", UNIT_A),
    ]
    # The evidence for the council: one row per candidate, each criterion's value, requirement
    # (the operator as a word: a cell starting with "=" would be a formula) and verdict.
    out = tmp_path / "bao-cao"
    batch = office(
        "report", "monthly", "--month", "2021-06", "--campaign", "TD-06/2021", "--out", str(out)
    )
    assert batch.exit_code == 0, batch.stderr
    (evidence,) = out.rglob("bao-cao-2021-06-awards-candidates.csv")
    lines = evidence.read_text(encoding="utf-8-sig").splitlines()
    header = lines[0].split(",")
    assert header[:8] == [
        "kind",
        "rank",
        "name",
        "unit",
        "eligible",
        "dossiers_handled",
        "dossiers_handled_required",
        "dossiers_handled_met",
    ]
    assert header[-1] == "reasons"
    assert len(lines) == 1 + 6 + 2
    assert lines[1].startswith("individual,1,Lê Văn An,Bộ phận Một cửa,true,3,ge 1,true,")
    assert lines[6].startswith("individual,,Trần Thị Chi,Bộ phận Một cửa,false,0,ge 1,false,")
    assert lines[6].endswith(
        ",Không trực tiếp giải quyết hồ sơ nào trong đợt thi đua. Không có hồ sơ nào trong đợt "
        "thi đua để xét việc giải quyết đúng hạn."
    )
    assert lines[7].startswith("unit,1,Bộ phận Một cửa,,true,")


def test_table_for_people(office: Cli) -> None:
    result = office("--lang", "en", "awards", "--campaign", "TD-06/2021")
    assert result.exit_code == 0
    assert "individuals (1 of 6 eligible)" in result.stdout
    assert "units (1 of 2 eligible)" in result.stdout
    assert "the emulation council decides" in result.stdout


def test_unknown_campaign_and_missing_option_are_usage_errors(office: Cli) -> None:
    assert office("awards", "--campaign", "KHÔNG-CÓ").exit_code == 2
    assert office("awards").exit_code == 2


def test_without_a_roster_nobody_is_considered(cli: Cli, tmp_path: Path) -> None:
    load(cli, tmp_path, CAMPAIGN.format(min_answers=3), "td.toml")
    result = cli("awards", "--campaign", "TD-06/2021", "--format", "json")
    assert result.exit_code == 0
    assert "thidua import staff" in result.stderr
    import json

    assert json.loads(result.stdout) == {
        "campaign": "TD-06/2021",
        "individuals": [],
        "units": [],
        "proposal": {"individuals": [], "units": []},
    }


def test_demo_prints_the_award_candidates_of_the_sample_campaign(cli: Cli, tmp_path: Path) -> None:
    folder = tmp_path / "demo"
    result = cli("demo", "--dir", str(folder))
    assert result.exit_code == 0, result.stderr
    assert "Đề xuất khen thưởng – 486/KH-GDĐT" in result.stdout
    stderr = " ".join(result.stderr.split())
    # The roster is loaded first, so the dossier import names the officer who is not on it.
    assert "không có trong danh sách cán bộ (số hồ sơ/số phiếu): Lâm Hồng Hằng (3/0)" in stderr
    demo = Cli(folder / "thidua-demo.db")
    data = demo.json("awards", "--campaign", "486/KH-GDDT")
    people = {p["name"]: p for p in data["individuals"]}
    # The sample story (sample_data/README.md).
    assert "Vũ Minh Toàn" not in people and "Lâm Hồng Hằng" not in people
    khang = people["Đinh Tấn Khang"]
    assert khang["eligible"] is False
    assert khang["criteria"]["satisfaction_rate"]["value"] == pytest.approx(54 / 60)
    assert khang["criteria"]["upheld_complaints"] == {"value": 1, "required": "= 0", "met": False}
    # Three answers are too few to judge; the sample's rule ignores what has no data.
    vo = people["Võ Gia Dũng"]
    assert vo["criteria"]["satisfaction_rate"]["met"] is None
    assert vo["reasons"] == ["Chưa đăng ký sáng kiến, mô hình nào."]
    # The personnel team handles no dossier and is judged on conduct and initiatives alone.
    for name in ("Lý Thị Uyên", "Huỳnh Gia Sơn"):
        criteria = people[name]["criteria"]
        assert (criteria["late_count"]["met"], criteria["satisfaction_rate"]["met"]) == (None, None)
        assert criteria["upheld_complaints"]["met"] is True
        assert people[name]["reasons"] == ["Chưa đăng ký sáng kiến, mô hình nào."]
    # Her only initiative was rejected: said so, not "registered 0".
    assert people["Phạm Ngọc Lan"]["reasons"] == [
        "Có 1 sáng kiến đã đăng ký nhưng không được Hội đồng sáng kiến công nhận, không còn "
        "sáng kiến nào đang xét."
    ]
    assert [p["name"] for p in data["individuals"] if p["eligible"]] == [
        "Dương Hữu Hùng",
        "Lê Văn Quân",
        "Phan Phương Loan",
    ]
    units = {u["name"]: u for u in data["units"]}
    assert units["Tổ Tổ chức cán bộ"]["criteria"]["initiatives_registered"]["value"] == 0
    assert (
        units["Tổ Giáo dục Trung học"]["criteria"]["members_with_upheld_complaints"]["value"] == 1
    )
    # A unit holding an overdue dossier is not proposed, though all it finished was on time.
    primary = units["Tổ Giáo dục Tiểu học"]
    assert primary["criteria"]["on_time_rate"]["met"] is True
    assert primary["criteria"]["late_count"] == {"value": 1, "required": "= 0", "met": False}
    assert primary["eligible"] is False
    assert [u["name"] for u in data["units"] if u["eligible"]] == ["Bộ phận Một cửa"]


def test_the_proposal_lists_those_proposed_as_an_office_sends_them(
    office: Cli, tmp_path: Path
) -> None:
    text = CAMPAIGN.format(min_answers=3).replace(
        "[awards]\n", '[awards]\nform = "Giấy khen của Chủ tịch UBND quận"\n'
    )
    load(office, tmp_path, text, "td.toml")
    data = office.json("awards", "--campaign", "TD-06/2021")
    form = "Giấy khen của Chủ tịch UBND quận"
    assert data["proposal"] == {
        "individuals": [
            {
                "no": 1,
                "name": "Lê Văn An",
                "title": "Tổ trưởng",  # as the roster writes it; the role reads "head"
                "unit": UNIT_A,
                "achievements": "Trực tiếp giải quyết 3 hồ sơ; không có hồ sơ trễ hạn; 100% phiếu "
                "đánh giá hài lòng (4 phiếu); không bị phản ánh có cơ sở về thái độ, tác phong; "
                "đăng ký 1 sáng kiến, mô hình.",
                "form": form,
            }
        ],
        "units": [
            {
                "no": 1,
                "name": UNIT_A,
                "achievements": "100% hồ sơ giải quyết trước hạn, đúng hạn; 100% phiếu đánh giá "
                "hài lòng (10 phiếu); không có cán bộ bị phản ánh có cơ sở; đăng ký 1 sáng kiến, "
                "mô hình.",
                "form": form,
            }
        ],
    }
    assert office.rows("SELECT role, title FROM staff WHERE name = 'Lê Văn An'") == [
        ("head", "Tổ trưởng")
    ]
    english = office("--lang", "en", "awards", "--campaign", "TD-06/2021", "--format", "json")
    import json

    (person,) = json.loads(english.stdout)["proposal"]["individuals"]
    assert person["achievements"].startswith("Dossiers handled: 3; none late; 100% of answers")
    assert person["form"] == form  # the campaign file's words, in any language
