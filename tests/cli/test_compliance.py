"""``thidua report compliance`` on a hand-checked month (June 2021, no holidays in it).

Campaign 12/KH-THU, 01/06–30/06, at least 3 answers for a rate; phases P1 (01/06–15/06) and P2
(16/06–30/06) count every dossier. Targets: on-time rate = 100% (everywhere), and in P1 over its
focus (copies by the code 1.002 and corrections by name, received in person); no late dossier
(P2), satisfaction > 95% (everywhere), online share >= 50% (P2).

  code  procedure   channel  received  due    finished  officer    counts in
  A1    copies      direct   02/06     02/06  02/06     Lê Mai     P1 on time (focus)
  A2    correction  direct   03/06     10/06  08/06     Lê Mai     P1 early (focus)
  A3    correction  online   03/06     10/06  11/06     Phan Tùng  P1 late (not in focus: online)
  A4    transfer    direct   04/06     09/06  07/06     Phan Tùng  P1 early (not in focus)
  A5    correction  direct   11/06     18/06  17/06     Lê Mai     P1 in time (focus); P2 early
  A6    correction  postal   07/06     14/06  -         Phan Tùng  P1 overdue (not in focus); P2
  A7    copies (no code)     09/06     09/06  10/06     Lê Mai     P1 late (focus)
  A8    copies      direct   08/06     withdrawn                   nowhere
  B1    transfer    online   16/06     21/06  18/06     Lê Mai     P2 early
  B2    transfer    online   17/06     22/06  22/06     Phan Tùng  P2 on time
  B3    correction  direct   21/06     28/06  -         Lê Mai     P2 overdue
  B4    transfer    online   25/06     30/06  -         Phan Tùng  P2 in time
  B5    transfer    direct   28/06     waits for a supplement      P2 in time (no officer)
  B6    unknown procedure    20/06     no deadline at all          left out, with a warning

Units: Lê Mai is in "Một cửa", Phan Tùng in "Tổ Văn bằng". Survey answers, all in P2: A5 Lê Mai
very satisfied; B1 (officer from the dossier) satisfied; B2 Phan Tùng neutral "Chờ lâu"; an
unknown dossier rated by Vũ Hà very satisfied.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from conftest import Cli, dossier, write_csv

SAMPLE = Path(__file__).parents[2] / "sample_data"
COPIES = "Cấp bản sao văn bằng, chứng chỉ từ sổ gốc"
CORRECTION = "Chỉnh sửa nội dung văn bằng, chứng chỉ"
TRANSFER = "Chuyển trường đối với học sinh trung học cơ sở"
LE = {"officer": "Lê Mai", "unit": "Một cửa"}
PHAN = {"officer": "Phan Tùng", "unit": "Tổ Văn bằng"}
DIRECT, ONLINE, POSTAL = "Trực tiếp", "Trực tuyến", "Bưu chính"

ROWS = [
    dossier(
        "A1",
        "02/06/2021 09:00",
        COPIES,
        procedure_code="1.002",
        channel=DIRECT,
        due="02/06/2021",
        finished="02/06/2021",
        **LE,
    ),
    dossier(
        "A2",
        "03/06/2021",
        CORRECTION,
        channel=DIRECT,
        due="10/06/2021",
        finished="08/06/2021",
        **LE,
    ),
    dossier(
        "A3",
        "03/06/2021",
        CORRECTION,
        channel=ONLINE,
        due="10/06/2021",
        finished="11/06/2021",
        **PHAN,
    ),
    dossier(
        "A4",
        "04/06/2021",
        TRANSFER,
        channel=DIRECT,
        due="09/06/2021",
        finished="07/06/2021",
        **PHAN,
    ),
    dossier(
        "A5",
        "11/06/2021",
        CORRECTION,
        channel=DIRECT,
        due="18/06/2021",
        finished="17/06/2021",
        **LE,
    ),
    dossier("A6", "07/06/2021", CORRECTION, channel=POSTAL, due="14/06/2021", **PHAN),
    dossier(
        "A7", "09/06/2021", COPIES, channel=DIRECT, due="09/06/2021", finished="10/06/2021", **LE
    ),
    dossier("A8", "08/06/2021", COPIES, channel=DIRECT, status="Đã rút hồ sơ", **LE),
    dossier(
        "B1", "16/06/2021", TRANSFER, channel=ONLINE, due="21/06/2021", finished="18/06/2021", **LE
    ),
    dossier(
        "B2",
        "17/06/2021",
        TRANSFER,
        channel=ONLINE,
        due="22/06/2021",
        finished="22/06/2021",
        **PHAN,
    ),
    dossier("B3", "21/06/2021", CORRECTION, channel=DIRECT, due="28/06/2021", **LE),
    dossier("B4", "25/06/2021", TRANSFER, channel=ONLINE, due="30/06/2021", **PHAN),
    dossier(
        "B5",
        "28/06/2021",
        TRANSFER,
        channel=DIRECT,
        supplement_requested="29/06/2021",
        status="Chờ bổ sung hồ sơ",
    ),
    dossier("B6", "20/06/2021", "Thủ tục không có trong danh mục", channel=DIRECT, **LE),
]

SURVEYS = [
    ["A5", "Lê Mai", "17/06/2021", "Rất hài lòng", ""],
    ["B1", "", "18/06/2021", "Hài lòng", ""],
    ["B2", "Phan Tùng", "22/06/2021", "Bình thường", "Chờ lâu"],
    ["ZZ-404", "Vũ Hà", "23/06/2021", "Rất hài lòng", ""],
]

CAMPAIGN = """\
[campaign]
code = "12/KH-THU"
name = "Tháng thử nghiệm"
start = 2021-06-01
end = 2021-06-30
min_answers = 3

[[phases]]
code = "P1"
name = "Giai đoạn 1"
start = 2021-06-01
end = 2021-06-15

[[phases]]
code = "P2"
name = "Giai đoạn 2"
start = 2021-06-16
end = 2021-06-30

[[targets]]
metric = "on_time_rate"
op = "=="
value = 1
label = "100% đúng hạn"

[[targets]]
metric = "on_time_rate"
op = "=="
value = 1
phases = ["P1"]
label = "Thủ tục trọng tâm: 100% đúng hạn"
focus.procedures = ["1.002", "Chỉnh sửa nội dung văn bằng, chứng chỉ"]
focus.channels = ["direct"]

[[targets]]
metric = "late_count"
op = "=="
value = 0
phases = ["P2"]

[[targets]]
metric = "satisfaction_rate"
op = ">"
value = 0.95

[[targets]]
metric = "online_rate"
op = ">="
value = 0.5
phases = ["P2"]
"""

AS_OF = "2021-07-15"


def load_campaign(cli: Cli, path: Path, text: str = CAMPAIGN) -> None:
    path.write_text(text, encoding="utf-8")
    result = cli("campaign", "load", str(path))
    assert result.exit_code == 0, result.stderr


@pytest.fixture
def month(cli: Cli, procedures_csv: Path, make_dossiers, tmp_path: Path) -> Cli:
    assert cli("import", "procedures", str(procedures_csv)).exit_code == 0
    result = cli("import", "dossiers", str(make_dossiers(ROWS)))
    assert result.exit_code == 0, result.stderr
    surveys = write_csv(
        tmp_path / "khao-sat.csv",
        ["Mã hồ sơ", "Cán bộ", "Ngày đánh giá", "Mức độ hài lòng", "Góp ý"],
        SURVEYS,
    )
    assert cli("import", "surveys", str(surveys)).exit_code == 0
    load_campaign(cli, tmp_path / "ke-hoach.toml")
    return cli


def report(cli: Cli, *args: str) -> dict[str, Any]:
    data: dict[str, Any] = cli.json(
        "report", "compliance", "--campaign", "12/KH-THU", "--as-of", AS_OF, *args
    )
    return data


def target(metric: str, op: str, value: float, actual: float | None, met: bool | None, label=""):
    return {
        "metric": metric,
        "op": op,
        "target": value,
        "actual": actual,
        "met": met,
        "label": label,
    }


def test_the_fixture_dossiers_classify_as_the_table_says(month: Cli) -> None:
    listed = {d["code"]: d for d in month.json("dossiers", "--as-of", "2021-06-30")}
    assert {c: listed[c]["status"] for c in listed} == {
        "A1": "on_time",
        "A2": "early",
        "A3": "late",
        "A4": "early",
        "A5": "early",
        "A6": "overdue",
        "A7": "late",
        "A8": "withdrawn",
        "B1": "early",
        "B2": "on_time",
        "B3": "overdue",
        "B4": "in_time",
        "B5": "in_time",
        "B6": "no_due_date",
    }


def test_every_number_of_both_phases_and_the_whole_campaign(month: Cli) -> None:
    data = report(month)
    assert (data["campaign"], data["start"], data["end"], data["as_of"]) == (
        "12/KH-THU",
        "2021-06-01",
        "2021-06-30",
        AS_OF,
    )
    p1, p2 = data["phases"]
    overall = data["overall"]

    assert (p1["code"], p1["start"], p1["end"], p1["counted_to"]) == (
        "P1",
        "2021-06-01",
        "2021-06-15",
        "2021-06-15",
    )
    assert p1["dossiers"] == {
        "finished": 5,  # A1, A2, A3, A4, A7: the phase counts every dossier
        "early": 2,
        "on_time": 1,
        "late": 2,
        "open_in_time": 1,  # A5
        "open_overdue": 1,  # A6
    }
    assert p1["online"] == {"received": 7, "online": 1, "rate": pytest.approx(1 / 7)}
    assert p1["satisfaction"] == {
        "question": None,
        "answers": 0,
        "satisfied": 0,
        "rate": None,
        "few_answers": True,
    }
    focused = target(
        "on_time_rate",
        "==",
        1.0,
        pytest.approx(2 / 3),  # the focus: A1 on time, A2 early, A7 late
        False,
        "Thủ tục trọng tâm: 100% đúng hạn",
    )
    focused["focus"] = {
        "procedures": ["1.002", "Chỉnh sửa nội dung văn bằng, chứng chỉ"],
        "channels": ["direct"],
    }
    assert p1["targets"] == [
        target("on_time_rate", "==", 1.0, 0.6, False, "100% đúng hạn"),
        focused,
        # No answer dated in P1: no data, never "met".
        target("satisfaction_rate", ">", 0.95, None, None),
    ]

    assert (p2["code"], p2["start"], p2["end"]) == ("P2", "2021-06-16", "2021-06-30")
    assert p2["dossiers"] == {
        "finished": 3,  # A5, B1 early; B2 on time
        "early": 2,
        "on_time": 1,
        "late": 0,
        "open_in_time": 2,  # B4, and B5 waiting for its supplement
        "open_overdue": 2,  # A6, B3
    }
    assert p2["online"] == {"received": 6, "online": 3, "rate": 0.5}
    assert p2["satisfaction"] == {
        "question": None,
        "answers": 4,
        "satisfied": 3,
        "rate": 0.75,
        "few_answers": False,
    }
    assert p2["targets"] == [
        target("on_time_rate", "==", 1.0, 1.0, True, "100% đúng hạn"),
        target("late_count", "==", 0, 2, False),
        target("satisfaction_rate", ">", 0.95, 0.75, False),
        target("online_rate", ">=", 0.5, 0.5, True),
    ]

    assert (overall["code"], overall["start"], overall["end"]) == (None, "2021-06-01", "2021-06-30")
    assert overall["dossiers"] == {
        "finished": 8,
        "early": 4,  # A2, A4, A5, B1
        "on_time": 2,  # A1, B2
        "late": 2,  # A3, A7
        "open_in_time": 2,  # B4, B5
        "open_overdue": 2,  # A6, B3
    }
    assert (overall["on_time_rate"], overall["late_count"]) == (0.75, 4)
    assert overall["online"] == {"received": 13, "online": 4, "rate": pytest.approx(4 / 13)}
    assert overall["targets"] == [
        target("on_time_rate", "==", 1.0, 0.75, False, "100% đúng hạn"),
        target("satisfaction_rate", ">", 0.95, 0.75, False),
    ]


def test_breakdown_by_unit_and_by_officer(month: Cli) -> None:
    data = report(month)
    lemai = {
        "finished": 5,
        "early": 3,
        "on_time": 1,
        "late": 1,
        "open_in_time": 0,
        "open_overdue": 1,
        "on_time_rate": 0.8,
        "late_count": 2,
        "answers": 2,
        "satisfied": 2,
        "satisfaction_rate": 1.0,
        "few_answers": True,
    }
    phan = {
        "finished": 3,
        "early": 1,
        "on_time": 1,
        "late": 1,
        "open_in_time": 1,
        "open_overdue": 1,
        "on_time_rate": pytest.approx(2 / 3),
        "late_count": 2,
        "answers": 1,
        "satisfied": 0,
        "satisfaction_rate": 0.0,
        "few_answers": True,
    }
    nothing = dict.fromkeys(("finished", "early", "on_time", "late", "open_overdue"), 0)
    # People by given name, in Vietnamese order: Hà, Mai, Tùng.
    assert data["by_officer"] == [
        {
            "officer": "Vũ Hà",  # answers only: no dossier, so no dossier figures
            **nothing,
            "open_in_time": 0,
            "on_time_rate": None,
            "late_count": None,
            "answers": 1,
            "satisfied": 1,
            "satisfaction_rate": 1.0,
            "few_answers": True,
        },
        {"officer": "Lê Mai", **lemai},
        {"officer": "Phan Tùng", **phan},
        {
            "officer": None,  # B5
            **nothing,
            "open_in_time": 1,
            "on_time_rate": None,
            "late_count": 0,
            "answers": 0,
            "satisfied": 0,
            "satisfaction_rate": None,
            "few_answers": True,
        },
    ]
    assert data["by_unit"] == [
        {"unit": "Một cửa", **lemai},
        {"unit": "Tổ Văn bằng", **phan},
        {
            "unit": None,  # B5, and the answer about an unknown dossier
            **nothing,
            "open_in_time": 1,
            "on_time_rate": None,
            "late_count": 0,
            "answers": 1,
            "satisfied": 1,
            "satisfaction_rate": 1.0,
            "few_answers": True,
        },
    ]


def test_late_and_overdue_dossiers_are_listed_with_their_officer(month: Cli) -> None:
    late = report(month)["late_dossiers"]
    assert [
        (
            d["code"],
            d["officer"],
            d["status"],
            d["due_date"],
            d["finished_at"],
            d["working_days_late"],
        )
        for d in late
    ] == [
        ("A7", "Lê Mai", "late", "2021-06-09", "2021-06-10", 1),
        ("B3", "Lê Mai", "overdue", "2021-06-28", None, 2),
        ("A3", "Phan Tùng", "late", "2021-06-10", "2021-06-11", 1),
        ("A6", "Phan Tùng", "overdue", "2021-06-14", None, 12),
    ]
    assert late[0]["apology"] is False and late[0]["unit"] == "Một cửa"


def test_the_whole_campaign_agrees_with_form_06(month: Cli) -> None:
    overall = report(month)["overall"]["dossiers"]
    total = month.json("report", "form06", "--from", "2021-06-01", "--to", "2021-06-30")["total"]
    assert overall == {
        "finished": total["finished_total"],
        "early": total["finished_early"],
        "on_time": total["finished_on_time"],
        "late": total["finished_late"],
        "open_in_time": total["open_in_time"],
        "open_overdue": total["open_overdue"],
    }


def test_exit_codes_and_warnings(month: Cli, tmp_path: Path) -> None:
    plain = month("report", "compliance", "--campaign", "12/KH-THU", "--format", "json")
    assert plain.exit_code == 0
    assert "1 hồ sơ không có hạn giải quyết nên không được tính: B6" in plain.stderr
    assert "6 chỉ tiêu không đạt." in plain.stderr
    strict = month("report", "compliance", "--campaign", "12/KH-THU", "--strict")
    assert strict.exit_code == 1
    load_campaign(
        month,
        tmp_path / "de.toml",
        CAMPAIGN.replace('code = "12/KH-THU"', 'code = "13/KH-THU"').split("[[targets]]")[0]
        + '[[targets]]\nmetric = "online_rate"\nop = ">="\nvalue = 0.1\n',
    )
    met = month("report", "compliance", "--campaign", "13/KH-THU", "--strict", "--format", "json")
    assert met.exit_code == 0
    assert "không đạt" not in met.stderr
    assert all(t["met"] for t in json.loads(met.stdout)["overall"]["targets"])


def test_unknown_or_missing_campaign_is_a_usage_error(month: Cli) -> None:
    assert month("report", "compliance", "--campaign", "99/KH").exit_code == 2
    assert month("report", "compliance").exit_code == 2
    assert month("report", "compliance", "--campaign", "12/KH-THU", "--as-of", "x").exit_code == 2


def test_a_running_campaign_is_counted_up_to_the_reference_date(month: Cli) -> None:
    data = month.json("report", "compliance", "--campaign", "12/KH-THU", "--as-of", "2021-06-20")
    p1, p2 = data["phases"]
    assert p1["counted_to"] == "2021-06-15"
    assert p2["counted_to"] == "2021-06-20" == data["overall"]["counted_to"]
    # At 20/06: A5 and B1 finished early; B2 (due 22/06) open in time; A6 overdue.
    assert p2["dossiers"] == {
        "finished": 2,
        "early": 2,
        "on_time": 0,
        "late": 0,
        "open_in_time": 1,
        "open_overdue": 1,
    }
    assert p2["satisfaction"]["answers"] == 2  # 17/06 and 18/06


def test_a_campaign_not_started_has_no_data(month: Cli) -> None:
    data = month.json("report", "compliance", "--campaign", "12/KH-THU", "--as-of", "2021-05-31")
    for scope in [*data["phases"], data["overall"]]:
        assert scope["counted_to"] is None
        assert set(scope["dossiers"].values()) == {0}
        assert [(t["actual"], t["met"]) for t in scope["targets"]] == [(None, None)] * len(
            scope["targets"]
        )
    assert data["late_dossiers"] == [] and data["by_officer"] == []


def test_emulation_metrics_are_asked_for_each_phase(
    month: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from thidua_cli.store import emulation

    asked: list[tuple[str, object]] = []

    def conduct(conn: object, start: date, end: date) -> float:
        asked.append(("conduct", (start, end)))
        return 1.0 if start.day == 16 else 0.9

    def initiatives(conn: object, start: date, end: date) -> int | None:
        asked.append(("initiatives", (start, end)))
        return None

    monkeypatch.setattr(emulation, "conduct_rate", conduct)
    monkeypatch.setattr(emulation, "initiatives_registered", initiatives)
    monkeypatch.setattr(emulation, "lowest_enrollment_rate", lambda conn, year: 11 / 14)
    extra = (
        '[[targets]]\nmetric = "conduct_rate"\nop = "=="\nvalue = 1\n'
        '[[targets]]\nmetric = "initiatives_registered"\nop = ">="\nvalue = 1\nphases = ["P1"]\n'
        '[[targets]]\nmetric = "online_enrollment_rate"\nop = "=="\nvalue = 1\nphases = ["P2"]\n'
    )
    load_campaign(month, tmp_path / "ke-hoach.toml", CAMPAIGN + extra)
    data = report(month)
    p1, p2 = ({t["metric"]: (t["actual"], t["met"]) for t in p["targets"]} for p in data["phases"])
    overall = {t["metric"]: (t["actual"], t["met"]) for t in data["overall"]["targets"]}
    assert p1["conduct_rate"] == (0.9, False)
    assert p1["initiatives_registered"] == (None, None)
    assert p2["conduct_rate"] == (1.0, True)
    assert p2["online_enrollment_rate"] == (pytest.approx(11 / 14), False)
    assert overall["conduct_rate"] == (0.9, False)
    assert ("conduct", (date(2021, 6, 1), date(2021, 6, 15))) in asked
    assert ("conduct", (date(2021, 6, 16), date(2021, 6, 30))) in asked
    assert ("initiatives", (date(2021, 6, 1), date(2021, 6, 15))) in asked


def test_the_table_shows_results_in_words(month: Cli) -> None:
    result = month(
        "report", "compliance", "--campaign", "12/KH-THU", "--as-of", AS_OF, env={"COLUMNS": "200"}
    )
    assert result.exit_code == 0
    out = result.stdout
    assert "Kết quả thực hiện kế hoạch 12/KH-THU: Tháng thử nghiệm" in out
    assert "số liệu tính đến 30/06/2021" in out
    assert "Không đạt" in out and "Đạt" in out and "Chưa có số liệu" in out
    assert "66,7%" in out and "chưa có số liệu" in out
    assert "4/13 (30,8%)" in out  # received online over the whole campaign
    assert "Hồ sơ trễ hạn và đang quá hạn (4)" in out
    for code in ("A7", "B3", "A3", "A6"):
        assert code in out
    assert "Toàn kế hoạch" in out and "Theo cán bộ" in out and "Theo đơn vị" in out
    english = month(
        "--lang", "en", "report", "compliance", "--campaign", "12/KH-THU", "--as-of", AS_OF
    )
    assert "Not met" in english.stdout and "No data" in english.stdout


def test_csv_lists_every_target_of_every_phase(month: Cli) -> None:
    result = month(
        "report", "compliance", "--campaign", "12/KH-THU", "--as-of", AS_OF, "--format", "csv"
    )
    lines = result.stdout.splitlines()
    assert lines[0] == "scope,label,metric,op,target,actual,met,question"
    assert len(lines) == 1 + 3 + 4 + 2
    # The operator is a word in CSV: a cell starting with "=" would be a formula to Excel.
    assert "P2,Số hồ sơ trễ hạn,late_count,eq,0,2,false," in lines
    assert "P1,Tỷ lệ hài lòng,satisfaction_rate,gt,0.95,,," in lines


def test_other_formats_carry_the_report(month: Cli, tmp_path: Path) -> None:
    markdown = month(
        "report", "compliance", "--campaign", "12/KH-THU", "--as-of", AS_OF, "--format", "md"
    )
    assert markdown.exit_code == 0
    assert "Tháng thử nghiệm" in markdown.stdout and "Phan Tùng" in markdown.stdout
    sheet = tmp_path / "ket-qua.xlsx"
    result = month(
        "report", "compliance", "--campaign", "12/KH-THU", "--as-of", AS_OF, "-o", str(sheet)
    )
    assert result.exit_code == 0 and sheet.stat().st_size > 0


def test_the_sample_campaign_on_the_sample_month(tmp_path: Path) -> None:
    """The story of sample_data/README.md, on the database ``thidua demo`` builds."""
    cli = Cli(tmp_path / "demo" / "thidua-demo.db")
    assert cli("demo", "--dir", str(tmp_path / "demo")).exit_code == 0
    result = cli(
        "report",
        "compliance",
        "--campaign",
        "486/KH-GDĐT",
        "--as-of",
        "2021-07-01",
        "--format",
        "json",
        "--strict",
    )
    assert result.exit_code == 1
    data = json.loads(result.stdout)
    gd1, gd2 = data["phases"]
    # The README's story: phase 1 is clean; phase 2 has 6 late and 4 overdue. A phase counts
    # every dossier; only the focus target narrows to the urgent procedures received in person.
    assert gd1["dossiers"] == {
        "finished": 123,
        "early": 94,
        "on_time": 29,
        "late": 0,
        "open_in_time": 41,
        "open_overdue": 0,
    }
    assert gd2["dossiers"] == {
        "finished": 173,
        "early": 137,
        "on_time": 30,
        "late": 6,
        "open_in_time": 13,
        "open_overdue": 4,
    }
    assert data["overall"]["dossiers"] == {
        "finished": 296,
        "early": 231,
        "on_time": 59,
        "late": 6,
        "open_in_time": 13,
        "open_overdue": 4,
    }
    verdicts = {
        (scope["code"], t["metric"], "focus" in t): (t["actual"], t["met"])
        for scope in [*data["phases"], data["overall"]]
        for t in scope["targets"]
    }
    # Section II.2, judged in both phases and over the whole campaign (sample_data/README.md).
    assert verdicts[("GD1", "on_time_rate", False)] == (1.0, True)
    assert verdicts[("GD1", "late_count", False)] == (0, True)
    assert verdicts[("GD2", "on_time_rate", False)] == (pytest.approx(167 / 173), False)
    assert verdicts[("GD2", "late_count", False)] == (10, False)
    assert verdicts[(None, "on_time_rate", False)] == (pytest.approx(290 / 296), False)
    assert verdicts[(None, "late_count", False)] == (10, False)
    # Phase 1's focus: 35 urgent dossiers received in person, all early or on time.
    assert verdicts[("GD1", "on_time_rate", True)] == (1.0, True)
    assert ("GD2", "on_time_rate", True) not in verdicts
    focus = next(t for t in gd1["targets"] if "focus" in t)["focus"]
    assert focus["channels"] == ["direct"] and len(focus["procedures"]) == 4
    assert verdicts[("GD1", "satisfaction_rate", False)] == (1.0, True)  # 88 of 88
    assert verdicts[("GD2", "satisfaction_rate", False)] == (pytest.approx(134 / 142), False)
    assert verdicts[(None, "satisfaction_rate", False)] == (pytest.approx(222 / 230), True)
    for scope in ("GD1", "GD2", None):
        assert verdicts[(scope, "online_enrollment_rate", False)] == (pytest.approx(11 / 14), False)
    assert verdicts[("GD1", "conduct_rate", False)] == (1.0, True)
    assert verdicts[("GD2", "conduct_rate", False)] == (pytest.approx(12 / 13), False)
    assert verdicts[(None, "conduct_rate", False)] == (pytest.approx(12 / 13), False)
    unmet = sorted(
        (scope or "", metric) for (scope, metric, _), (_, met) in verdicts.items() if met is False
    )
    assert unmet == [
        ("", "conduct_rate"),
        ("", "late_count"),
        ("", "on_time_rate"),
        ("", "online_enrollment_rate"),
        ("GD1", "online_enrollment_rate"),
        ("GD2", "conduct_rate"),
        ("GD2", "late_count"),
        ("GD2", "on_time_rate"),
        ("GD2", "online_enrollment_rate"),
        ("GD2", "satisfaction_rate"),
    ]
    assert data["overall"]["online"] == {
        "received": 276,
        "online": 148,
        "rate": pytest.approx(148 / 276),
    }
    khang = next(r for r in data["by_officer"] if r["officer"] == "Đinh Tấn Khang")
    assert (khang["late"], khang["answers"], khang["satisfaction_rate"]) == (4, 60, 0.9)
    late_officers = [d["officer"] for d in data["late_dossiers"] if d["status"] == "late"]
    assert sorted(late_officers) == ["Dương Bảo Giang"] * 2 + ["Đinh Tấn Khang"] * 4


def test_a_focus_on_codes_and_channels_reads_missing_values_safely(
    cli: Cli, procedures_csv: Path, make_dossiers, tmp_path: Path
) -> None:
    """No channel counts as in person (as on form 06); no procedure code matches through the
    procedure list; a code nothing carries matches nothing."""
    cli("import", "procedures", str(procedures_csv))
    rows = [
        dossier("C1", "02/06/2021", COPIES, due="02/06/2021", finished="02/06/2021"),
        dossier("C2", "02/06/2021", TRANSFER, due="07/06/2021", finished="04/06/2021"),
        dossier(
            "C3", "03/06/2021", COPIES, channel=ONLINE, due="03/06/2021", finished="03/06/2021"
        ),
    ]
    assert cli("import", "dossiers", str(make_dossiers(rows))).exit_code == 0
    load_campaign(cli, tmp_path / "ke-hoach.toml")
    p1 = report(cli)["phases"][0]
    assert p1["dossiers"]["finished"] == 3  # the phase counts them all
    # The focus: C1 only. C2 is not in focus, C3 was received online.
    focused = next(t for t in p1["targets"] if "focus" in t)
    assert focused["actual"] == 1.0 and focused["met"] is True
    assert p1["online"] == {"received": 3, "online": 1, "rate": pytest.approx(1 / 3)}
