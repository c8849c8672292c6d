"""``thidua task``: statuses at a date, progress recorded with its history and kept across a
reload, the owner filter, the daily check's task lists and the ``tasks_done`` target."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from conftest import Cli, dossier

CAMPAIGN = "12/KH-THU"

FILE = """\
[campaign]
code = "12/KH-THU"
name = "Tháng thử nghiệm"
start = 2021-06-01
end = 2021-06-30

[[phases]]
code = "P1"
start = 2021-06-01
end = 2021-06-15

[[phases]]
code = "P2"
start = 2021-06-16
end = 2021-06-30

[[targets]]
metric = "tasks_done"
op = "=="
value = 1
tasks = ["T01", "T02", "T03"]
label = "Có kế hoạch, tổ chức triển khai và phát động phong trào"

[[tasks]]
code = "T01"
title = "Quán triệt kế hoạch đến toàn thể công chức, viên chức"
owner = "Trưởng phòng"
due = 2021-06-04
evidence = "Biên bản họp"

[[tasks]]
code = "T02"
title = "Đăng tải kế hoạch trên cổng thông tin điện tử"
owner = "Văn phòng"
due = "10/06/2021"

[[tasks]]
code = "T03"
title = "Báo cáo sơ kết giai đoạn 1"
owner = "Phó Trưởng phòng"
due = 2021-06-17

[[tasks]]
code = "T04"
title = "Đăng ký mô hình, sáng kiến"
owner = "Tổ Giáo dục Trung học"
due = 2021-06-25
"""

JSON_KEYS = ["campaign", "code", "title", "owner", "due", "done_on", "status", "note"]


@pytest.fixture
def office(cli: Cli, tmp_path: Path) -> Cli:
    path = tmp_path / "ke-hoach.toml"
    path.write_text(FILE, encoding="utf-8")
    result = cli("campaign", "load", str(path))
    assert result.exit_code == 0, result.stderr
    assert "Kế hoạch có 4 nhiệm vụ." in result.stderr
    return cli


def statuses(cli: Cli, *args: str) -> dict[str, tuple[str | None, str]]:
    listed = cli.json("task", "list", "--campaign", CAMPAIGN, *args)
    assert all(list(task) == JSON_KEYS for task in listed)
    return {task["code"]: (task["done_on"], task["status"]) for task in listed}


def test_the_list_gives_each_task_its_status_at_the_date(office: Cli) -> None:
    assert (
        office("task", "done", "T01", "--campaign", CAMPAIGN, "--on", "2021-06-04").exit_code == 0
    )
    assert (
        office("task", "done", "t02", "--campaign", CAMPAIGN, "--on", "2021-06-11").exit_code == 0
    )
    assert statuses(office, "--as-of", "2021-06-17") == {
        "T01": ("2021-06-04", "done"),  # on its due day
        "T02": ("2021-06-11", "done_late"),
        "T03": (None, "open"),  # due on the reference date itself
        "T04": (None, "open"),
    }
    assert statuses(office, "--as-of", "2021-06-18")["T03"] == (None, "overdue")
    # Done after the reference date: not done at it.
    assert statuses(office, "--as-of", "2021-06-10")["T02"] == (None, "open")
    assert statuses(office, "--as-of", "2021-06-10")["T01"] == ("2021-06-04", "done")
    listed = office.json("task", "list", "--campaign", "12/kh-thu", "--as-of", "2021-06-17")
    assert listed[0] == {
        "campaign": CAMPAIGN,
        "code": "T01",
        "title": "Quán triệt kế hoạch đến toàn thể công chức, viên chức",
        "owner": "Trưởng phòng",
        "due": "2021-06-04",
        "done_on": "2021-06-04",
        "status": "done",
        "note": None,
    }
    table = office("task", "list", "--campaign", CAMPAIGN, "--as-of", "2021-06-18")
    assert table.exit_code == 0
    assert "Hoàn thành trễ hạn" in table.stdout and "Quá hạn" in table.stdout
    assert "4 nhiệm vụ: 1 hoàn thành đúng hạn, 1 hoàn thành trễ hạn" in table.stdout


def test_done_and_reopen_keep_a_dated_history(office: Cli) -> None:
    done = office(
        "task", "done", "T02", "--campaign", CAMPAIGN, "--on", "2021-06-09", "--note", "Tin số 12"
    )
    assert done.exit_code == 0
    assert "hoàn thành ngày 09/06/2021, hạn 10/06/2021: Hoàn thành đúng hạn" in done.stderr
    again = office("task", "done", "T02", "--campaign", CAMPAIGN, "--on", "2021-06-09")
    assert "không thay đổi" in again.stderr  # the same record twice writes nothing
    reopened = office("task", "reopen", "T02", "--campaign", CAMPAIGN, "--note", "Tin bị gỡ")
    assert reopened.exit_code == 0 and "Đã mở lại nhiệm vụ T02" in reopened.stderr
    assert "không có gì để mở lại" in office("task", "reopen", "T02", "--campaign", CAMPAIGN).stderr
    office("task", "done", "T02", "--campaign", CAMPAIGN, "--on", "2021-06-14")
    assert office.rows("SELECT done_on, note FROM tasks WHERE code = 'T02'") == [
        ("2021-06-14", "Tin bị gỡ")
    ]
    history = office.json("task", "history", "T02", "--campaign", CAMPAIGN)
    assert [(h["action"], h["done_on"], h["note"]) for h in history] == [
        ("done", "2021-06-09", "Tin số 12"),
        ("reopen", None, "Tin bị gỡ"),
        ("done", "2021-06-14", "Tin bị gỡ"),
    ]
    assert all(len(h["recorded_at"]) == 19 for h in history)
    assert statuses(office, "--as-of", "2021-06-30")["T02"] == ("2021-06-14", "done_late")


def test_reloading_the_file_keeps_progress_of_unchanged_codes(office: Cli, tmp_path: Path) -> None:
    office("task", "done", "T01", "--campaign", CAMPAIGN, "--on", "2021-06-03", "--note", "BB 01")
    office("task", "done", "T04", "--campaign", CAMPAIGN, "--on", "2021-06-20")
    # T01's due date moves, T04 leaves the file, T05 arrives.
    edited = (
        FILE.replace("due = 2021-06-04", "due = 2021-06-02")
        .replace('code = "T04"', 'code = "T05"')
        .replace("Đăng ký mô hình, sáng kiến", "Đăng ký sáng kiến")
    )
    path = tmp_path / "ke-hoach.toml"
    path.write_text(edited, encoding="utf-8")
    result = office("campaign", "load", str(path))
    assert result.exit_code == 0, result.stderr
    assert "giữ tiến độ đã ghi của 3 nhiệm vụ, bỏ 1 nhiệm vụ" in result.stderr
    assert "Tiến độ đã ghi của nhiệm vụ T04 bị bỏ" in result.stderr
    after = statuses(office, "--as-of", "2021-06-30")
    assert after["T01"] == ("2021-06-03", "done_late")  # the new due date judges the old record
    assert "T04" not in after and after["T05"] == (None, "overdue")
    assert office.rows("SELECT note FROM tasks WHERE code = 'T01'") == [("BB 01",)]
    assert office.rows("SELECT count(*) FROM task_history WHERE code = 'T04'") == [(0,)]


def test_owners_are_matched_as_written(office: Cli, tmp_path: Path) -> None:
    def codes(owner: str) -> list[str]:
        return [t["code"] for t in office.json("task", "list", "--owner", owner)]

    assert codes("Trưởng phòng") == ["T01"]
    assert codes("truong phong") == ["T01"]  # case and diacritics aside
    assert codes("Phó  Trưởng phòng") == ["T03"]
    assert codes("Tổ Giáo dục Trung học") == ["T04"]
    # A person, as written, in another campaign: --owner without --campaign reads them all.
    other = tmp_path / "ca-nhan.toml"
    other.write_text(
        '[campaign]\ncode = "13/KH-THU"\nstart = 2021-06-01\nend = 2021-06-30\n\n'
        '[[tasks]]\ncode = "C01"\ntitle = "Báo cáo mô hình “Một cửa thân thiện”"\n'
        'owner = "Dương Hữu Hùng"\ndue = 2021-06-20\n',
        encoding="utf-8",
    )
    assert office("campaign", "load", str(other)).exit_code == 0
    assert codes("duong huu hung") == ["C01"] and codes("Dương Hữu Hùng") == ["C01"]
    result = office("task", "list", "--owner", "Tổ Tiểu học")
    assert result.exit_code == 0
    said = " ".join(result.stderr.split())
    assert "Không có nhiệm vụ nào của 'Tổ Tiểu học'" in said
    for owner in ("Phó Trưởng phòng", "Trưởng phòng", "Tổ Giáo dục Trung học", "Văn phòng"):
        assert owner in said


def test_mistakes_are_one_sentence_each(office: Cli, cli: Cli, tmp_path: Path) -> None:
    unknown = office("task", "done", "T9", "--campaign", CAMPAIGN)
    assert unknown.exit_code == 2
    assert "không có nhiệm vụ 'T9'; các mã có: T01, T02, T03, T04" in unknown.stderr
    no_campaign = office("task", "done", "T01", "--campaign", "99/KH")
    assert no_campaign.exit_code == 2 and "Không có kế hoạch '99/KH'" in no_campaign.stderr
    bad_day = office("task", "done", "T01", "--campaign", CAMPAIGN, "--on", "2021-02-30")
    assert bad_day.exit_code == 2 and "Traceback" not in bad_day.output
    assert office.rows("SELECT count(*) FROM task_history") == [(0,)]
    blank = tmp_path / "trong.toml"
    blank.write_text(FILE.replace('owner = "Văn phòng"', 'owner = " "'), encoding="utf-8")
    refused = office("campaign", "load", str(blank))
    assert refused.exit_code == 3
    assert "dòng 34: 'owner' phải là một chuỗi không rỗng, không phải \" \"" in refused.stderr
    missing = Cli(tmp_path / "none.db")("task", "list")
    assert missing.exit_code == 3 and not (tmp_path / "none.db").exists()


def test_check_lists_tasks_of_every_campaign_and_keeps_its_exit_code(
    office: Cli, procedures_csv: Path, make_dossiers: Callable[..., Path]
) -> None:
    office("task", "done", "T01", "--campaign", CAMPAIGN, "--on", "2021-06-04")
    # Thursday 17/06: T02 overdue, T03 due today; T04 (25/06) is beyond two working days.
    data = office.json("check", "--as-of", "2021-06-17")
    assert [t["code"] for t in data["tasks_overdue"]] == ["T02"]
    assert [t["code"] for t in data["tasks_due_soon"]] == ["T03"]
    assert list(data["tasks_overdue"][0]) == JSON_KEYS
    assert office("check", "--as-of", "2021-06-17").exit_code == 0  # tasks never make it 1
    # Wednesday 23/06 with --within 2: Thursday and Friday; T04 on Friday 25/06 is due soon.
    assert [t["code"] for t in office.json("check", "--as-of", "2021-06-23")["tasks_due_soon"]] == [
        "T04"
    ]
    assert office.json("check", "--as-of", "2021-06-23", "--within", "1")["tasks_due_soon"] == []
    table = office("check", "--as-of", "2021-06-17")
    assert "Nhiệm vụ quá hạn (1)" in table.stdout and "Đăng tải kế hoạch" in table.stdout
    csv_text = office("check", "--as-of", "2021-06-17", "--format", "csv").stdout
    assert csv_text.splitlines()[0].startswith("list,code,procedure,")
    assert any(line.startswith("tasks_overdue,T02,") for line in csv_text.splitlines())
    office("import", "procedures", str(procedures_csv))
    office("import", "dossiers", str(make_dossiers([dossier("A", "01/06/2021", due="04/06/2021")])))
    assert office("check", "--as-of", "2021-06-17").exit_code == 1  # an overdue dossier does


def test_tasks_done_judges_each_phase_and_the_whole_campaign(office: Cli) -> None:
    def actual(as_of: str) -> list[float | None]:
        data = office.json("report", "compliance", "--campaign", CAMPAIGN, "--as-of", as_of)
        scopes = [*data["phases"], data["overall"]]
        return [scope["targets"][0]["actual"] for scope in scopes]

    assert actual("2021-06-03") == [None, None, None]  # nothing due yet: no data, not 100%
    office("task", "done", "T01", "--campaign", CAMPAIGN, "--on", "2021-06-04")
    office("task", "done", "T02", "--campaign", CAMPAIGN, "--on", "2021-06-11")
    # P1 names T01 (on time) and T02 (late); P2 names T03, not due until 17/06.
    assert actual("2021-06-16") == [0.5, None, 0.5]
    office("task", "done", "T03", "--campaign", CAMPAIGN, "--on", "2021-06-17")
    data = office.json("report", "compliance", "--campaign", CAMPAIGN, "--as-of", "2021-06-30")
    p1, p2 = (phase["targets"][0] for phase in data["phases"])
    overall = data["overall"]["targets"][0]
    assert (p1["actual"], p1["met"]) == (0.5, False)
    assert (p2["actual"], p2["met"]) == (1.0, True)
    assert overall["actual"] == pytest.approx(2 / 3) and overall["met"] is False


SAMPLE_DATA = Path(__file__).parents[2] / "sample_data"
SECTION_III_ROLES = {
    "Trưởng phòng",
    "Phó Trưởng phòng",
    "Các tổ chuyên môn",
    "Văn phòng",
    "Công chức đầu mối cải cách hành chính",
}


def test_the_sample_gives_section_iii_tasks_by_role_with_the_demo_progress(
    cli: Cli, tmp_path: Path
) -> None:
    import csv
    from collections import Counter

    result = cli("demo", "--dir", str(tmp_path / "demo"))
    assert result.exit_code == 0, result.stderr
    assert "Đã ghi tiến độ của 12 nhiệm vụ theo tien-do-nhiem-vu-2021.csv" in result.stderr
    demo = Cli(tmp_path / "demo" / "thidua-demo.db")
    tasks = demo.json("task", "list", "--campaign", "486/KH-GDĐT", "--as-of", "2021-07-01")
    # Roles as the plan writes them, never a person: no name on the roster appears in the file.
    assert {t["owner"] for t in tasks} == SECTION_III_ROLES
    with (SAMPLE_DATA / "can-bo.csv").open(encoding="utf-8") as handle:
        roster = {row["Họ và tên"] for row in csv.DictReader(handle)}
    campaign_text = (SAMPLE_DATA / "campaign-486-KH-GDDT-2021.toml").read_text(encoding="utf-8")
    assert not [name for name in roster if name in campaign_text]
    assert all("2021-06-01" <= t["due"] <= "2021-07-01" for t in tasks)
    # The story: every task done on time but one late and one still open at 01/07.
    assert Counter(t["status"] for t in tasks) == {"done": 11, "done_late": 1, "open": 1}
    assert [t["code"] for t in tasks if t["status"] != "done"] == ["T07", "T13"]
    # II.4a: the plan, its dissemination and launch, all done on time.
    data = demo.json("report", "compliance", "--campaign", "486/KH-GDĐT", "--as-of", "2021-07-01")
    judged = [t for t in data["overall"]["targets"] if t["metric"] == "tasks_done"]
    assert [(t["actual"], t["met"]) for t in judged] == [(1.0, True)]
    check = demo.json("check", "--as-of", "2021-07-01")
    assert [t["code"] for t in check["tasks_due_soon"]] == ["T13"] and not check["tasks_overdue"]


def test_campaign_show_lists_the_tasks_with_their_evidence(office: Cli) -> None:
    data = office.json("campaign", "show", CAMPAIGN)
    assert data["tasks"][0] == {
        "code": "T01",
        "title": "Quán triệt kế hoạch đến toàn thể công chức, viên chức",
        "owner": "Trưởng phòng",
        "due": "2021-06-04",
        "evidence": "Biên bản họp",
    }
    assert data["targets"][0]["tasks"] == ["T01", "T02", "T03"]
    shown = office("campaign", "show", CAMPAIGN)
    assert shown.exit_code == 0
    assert "Nhiệm vụ theo kế hoạch" in shown.stdout and "Biên bản họp" in shown.stdout
