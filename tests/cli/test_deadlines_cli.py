"""Deadlines, statuses, `check` and form 06 on a small hand-checked export (June 2021).

June 2021 has no holidays: Tue 1, Fri 4, Sat 5, Mon 7, Mon 14, Tue 15 (the reference date),
Wed 16, Thu 17, Fri 18. Procedures: transfer 3 working days; copies 0 days with a 15:00 cut-off;
correction 5 days.
"""

from __future__ import annotations

import json
import re
from datetime import date

import pytest

from conftest import Cli, dossier

COPIES = "Cấp bản sao văn bằng, chứng chỉ từ sổ gốc"
CORRECTION = "Chỉnh sửa nội dung văn bằng, chứng chỉ"

ROWS = [
    # code, row, expected (due, due_source, status, working_days_late) at 2021-06-15
    (
        "A",
        dossier(
            "A", "01/06/2021 09:00", finished="03/06/2021", channel="Trực tuyến", officer="Lê Mai"
        ),
        ("2021-06-04", "computed", "early", 0),
    ),
    (
        "B",
        dossier(
            "B", "04/06/2021 16:00", finished="09/06/2021", channel="Trực tuyến", officer="Lê Mai"
        ),
        ("2021-06-09", "computed", "on_time", 0),
    ),
    (
        "C",
        dossier(
            "C",
            "04/06/2021 15:30",
            COPIES,
            finished="08/06/2021",
            channel="Bưu chính",
            officer="Phan Tùng",
        ),
        ("2021-06-07", "computed", "late", 1),
    ),
    (
        "D",
        dossier("D", "05/06/2021 10:00", COPIES, finished="07/06/2021", officer="Phan Tùng"),
        ("2021-06-07", "computed", "on_time", 0),
    ),
    (
        "E",
        dossier("E", "07/06/2021 08:00", CORRECTION, officer="Phan Tùng"),
        ("2021-06-14", "computed", "overdue", 1),
    ),
    (
        "F",
        dossier("F", "08/06/2021", due="16/06/2021", officer="Lê Mai"),
        ("2021-06-16", "recorded", "in_time", 0),
    ),
    (
        "G",
        dossier("G", "08/06/2021", due="18/06/2021", officer="Lê Mai"),
        ("2021-06-18", "recorded", "in_time", 0),
    ),
    (
        "H",
        dossier("H", "02/06/2021", status="Đã rút hồ sơ"),
        ("2021-06-07", "computed", "withdrawn", 0),
    ),
    (
        "I",
        dossier("I", "02/06/2021", status="Không được tiếp nhận"),
        ("2021-06-07", "computed", "not_received", 0),
    ),
    (
        "J",
        dossier("J", "02/06/2021", "Thủ tục không có trong danh mục"),
        (None, None, "no_due_date", 0),
    ),
    (
        "K",
        dossier(
            "K",
            "01/06/2021 10:00",
            supplement_requested="02/06/2021",
            supplement_received="08/06/2021 10:00",
            finished="11/06/2021",
        ),
        ("2021-06-11", "computed", "on_time", 0),
    ),
    (
        "L",
        dossier("L", "09/06/2021", supplement_requested="10/06/2021", status="Chờ bổ sung hồ sơ"),
        (None, None, "in_time", 0),
    ),
    (
        "M",
        dossier("M", "01/06/2021", status="Từ chối giải quyết", finished="07/06/2021"),
        ("2021-06-04", "computed", "late", 1),
    ),
    (
        "N",
        dossier("N", "14/06/2021", finished="16/06/2021", officer="Phan Tùng"),
        ("2021-06-17", "computed", "in_time", 0),
    ),
    (
        "O",
        dossier("O", "03/06/2021", due="10/06/2021", apology="Có", officer="Lê Mai"),
        ("2021-06-10", "recorded", "overdue", 3),
    ),
]


@pytest.fixture
def june(cli: Cli, procedures_csv, make_dossiers) -> Cli:
    assert cli("import", "procedures", str(procedures_csv)).exit_code == 0
    result = cli("import", "dossiers", str(make_dossiers([r for _, r, _ in ROWS])))
    assert result.exit_code == 0, result.stderr
    return cli


def test_every_dossier_has_its_hand_checked_deadline_and_status(june: Cli) -> None:
    listed = {d["code"]: d for d in june.json("dossiers", "--as-of", "2021-06-15")}
    for code, _, (due, source, status, late) in ROWS:
        got = listed[code]
        assert (got["due_date"], got["due_source"], got["status"], got["working_days_late"]) == (
            due,
            source,
            status,
            late,
        ), code
    assert listed["N"]["finished_at"] is None  # finished after the reference date
    assert listed["A"]["finished_at"] == "2021-06-03"
    assert set(listed["A"]) == {
        "code",
        "procedure",
        "officer",
        "unit",
        "channel",
        "received_at",
        "due_date",
        "due_source",
        "finished_at",
        "status",
        "working_days_late",
        "apology",
    }
    assert listed["O"]["apology"] is True and listed["A"]["apology"] is False


def test_sql_classification_matches_the_domain_reference(june: Cli) -> None:
    """The SQL of the store and the pure domain function agree on every dossier and day."""
    from thidua_cli.domain.calendar import WorkingCalendar
    from thidua_cli.domain.deadlines import classify

    cal = WorkingCalendar.from_years([2021])
    stored = june.rows(
        "SELECT code, state, received_on, due_date, finish_on, supplement_requested_at, "
        "supplement_received_at FROM dossiers"
    )
    for day in range(1, 31):
        as_of = date(2021, 6, day)
        listed = {d["code"]: d for d in june.json("dossiers", "--as-of", as_of.isoformat())}
        for code, state, received, due, finish, requested, supplied in stored:
            if date.fromisoformat(received) > as_of:
                assert code not in listed
                continue
            expected = classify(
                status=state,
                received=date.fromisoformat(received),
                due=date.fromisoformat(due) if due else None,
                finished=date.fromisoformat(finish) if finish else None,
                as_of=as_of,
                cal=cal,
                suspended=bool(requested and not supplied),
            )
            assert (listed[code]["status"], listed[code]["working_days_late"]) == expected, (
                code,
                as_of,
            )


def test_status_filter_and_officer_filter(june: Cli) -> None:
    overdue = june.json("dossiers", "--as-of", "2021-06-15", "--status", "overdue")
    assert [d["code"] for d in overdue] == ["O", "E"]  # by receipt date
    mine = june.json("dossiers", "--as-of", "2021-06-15", "--officer", "Lê  Mai")
    assert {d["code"] for d in mine} == {"A", "B", "F", "G", "O"}


def test_bad_status_filter_is_a_usage_error(june: Cli) -> None:
    assert june("dossiers", "--status", "finished").exit_code == 2


def test_check_lists_and_exit_code(june: Cli) -> None:
    result = june("check", "--as-of", "2021-06-15", "--format", "json")
    assert result.exit_code == 1
    import json

    data = json.loads(result.stdout)
    assert data["as_of"] == "2021-06-15"
    assert [d["code"] for d in data["overdue"]] == ["O", "E"]
    assert [d["code"] for d in data["due_soon"]] == ["F", "N"]
    assert [d["code"] for d in data["apology_needed"]] == ["E", "F"]


def test_check_is_quiet_and_exits_0_when_all_is_well(june: Cli) -> None:
    result = june("--quiet", "check", "--as-of", "2021-05-31")
    assert result.exit_code == 0
    assert result.stdout == ""


def test_check_table_tells_who_must_send_an_apology(june: Cli) -> None:
    result = june("check", "--as-of", "2021-06-15")
    assert result.exit_code == 1
    assert "Phiếu xin lỗi" in result.stdout
    # One line per dossier: the officer, the code, the date.
    assert re.search(r"Phan Tùng +│ E +│ 14/06/2021", result.stdout), result.stdout


def test_form06_first_half_of_june(june: Cli) -> None:
    data = june.json("report", "form06", "--from", "2021-06-01", "--to", "2021-06-15")
    total = data["total"]
    assert total == {
        "received_total": 12,
        "received_online": 2,
        "received_direct_postal": 10,
        "carried_over": 0,
        "finished_total": 6,
        "finished_early": 1,
        "finished_on_time": 3,
        "finished_late": 2,
        "open_total": 6,
        "open_in_time": 4,
        "open_overdue": 2,
    }
    fields = {row["field"]: row for row in data["rows"]}
    assert fields["Văn bằng, chứng chỉ"]["received_total"] == 3  # C, D, E
    assert sum(r["received_total"] for r in data["rows"]) == 12


def test_form06_second_half_carries_over(june: Cli) -> None:
    data = june.json("report", "form06", "--from", "2021-06-16", "--to", "2021-06-30")
    assert data["total"] == {
        "received_total": 6,
        "received_online": 0,
        "received_direct_postal": 0,
        "carried_over": 6,
        "finished_total": 1,
        "finished_early": 1,
        "finished_on_time": 0,
        "finished_late": 0,
        "open_total": 5,
        "open_in_time": 1,
        "open_overdue": 4,
    }


def test_form06_identities_hold_for_every_period_and_grouping(june: Cli) -> None:
    for start, end in [
        ("2021-06-01", "2021-06-30"),
        ("2021-06-05", "2021-06-09"),
        ("2021-06-15", "2021-06-15"),
    ]:
        for by in ("field", "unit", "officer", "procedure"):
            data = june.json("report", "form06", "--from", start, "--to", end, "--by", by)
            for row in [*data["rows"], data["total"]]:
                assert (
                    row["received_total"]
                    == (
                        row["received_online"] + row["received_direct_postal"] + row["carried_over"]
                    )
                    == row["finished_total"] + row["open_total"]
                )
                assert row["finished_total"] == (
                    row["finished_early"] + row["finished_on_time"] + row["finished_late"]
                )
                assert row["open_total"] == row["open_in_time"] + row["open_overdue"]


def test_form06_warns_about_dossiers_without_deadline(june: Cli) -> None:
    result = june("report", "form06", "--from", "2021-06-01", "--to", "2021-06-30")
    assert result.exit_code == 0
    assert "J" in result.stderr and "không có hạn" in result.stderr
    assert "(3) Tổng số hồ sơ tiếp nhận" in result.stdout


def test_extend_policy_moves_the_supplement_deadline(june: Cli) -> None:
    result = june("config", "set", "supplement_policy", "extend")
    assert result.exit_code == 0
    k = {d["code"]: d for d in june.json("dossiers", "--as-of", "2021-06-15")}["K"]
    # Received Tue 1/6 → due Fri 4/6; waited Thu 3, Fri 4, Mon 7, Tue 8 (4 working days) → Thu 10/6.
    assert (k["due_date"], k["status"], k["working_days_late"]) == ("2021-06-10", "late", 1)
    june("config", "set", "supplement_policy", "restart")
    k = {d["code"]: d for d in june.json("dossiers", "--as-of", "2021-06-15")}["K"]
    assert k["due_date"] == "2021-06-11"


def test_bad_setting_is_a_usage_error(june: Cli) -> None:
    assert june("config", "set", "supplement_policy", "sometimes").exit_code == 2


def test_calendar_override_moves_computed_deadlines(june: Cli) -> None:
    result = june("calendar", "set", "2021-06-03", "off", "--note", "Nghỉ đột xuất (thử)")
    assert result.exit_code == 0, result.stderr
    a = {d["code"]: d for d in june.json("dossiers", "--as-of", "2021-06-15")}["A"]
    assert a["due_date"] == "2021-06-07"  # Wed 2, (Thu 3 off), Fri 4, Mon 7
    assert june("calendar", "unset", "2021-06-03").exit_code == 0
    a = {d["code"]: d for d in june.json("dossiers", "--as-of", "2021-06-15")}["A"]
    assert a["due_date"] == "2021-06-04"
    assert june("calendar", "unset", "2021-06-03").exit_code == 2


def test_procedures_imported_after_dossiers_give_them_deadlines(
    cli: Cli, procedures_csv, make_dossiers
) -> None:
    cli("import", "dossiers", str(make_dossiers([ROWS[0][1]])))
    assert cli.json("dossiers", "--as-of", "2021-06-15")[0]["status"] == "no_due_date"
    result = cli("import", "procedures", str(procedures_csv))
    assert result.exit_code == 0
    assert cli.json("dossiers", "--as-of", "2021-06-15")[0]["status"] == "early"


def test_check_table_never_cuts_a_dossier_code(cli: Cli, procedures_csv, make_dossiers) -> None:
    """The code is what the clerk copies into the one-stop software: it stays whole in cron mail."""
    code = "000.00.21.H29-210607-0003"
    long_name = "Thủ tục có tên rất dài " * 4
    cli("import", "procedures", str(procedures_csv))
    cli(
        "import",
        "dossiers",
        str(
            make_dossiers(
                [dossier(code, "07/06/2021", long_name, due="10/06/2021", officer="Lê Mai")]
            )
        ),
    )
    result = cli("check", "--as-of", "2021-06-15", env={"COLUMNS": "132"})
    assert result.exit_code == 1
    assert code in result.stdout
    # Every date as a Vietnamese office writes it, the heading's too; never ISO.
    assert "Kiểm tra hạn giải quyết ngày 15/06/2021" in result.stdout
    assert "10/06/2021" in result.stdout and "2021-06" not in result.stdout


@pytest.mark.parametrize("typed", ["15/06/2021", "15/6/2021", "15-06-2021", "15.6.2021"])
def test_dates_are_typed_as_an_office_writes_them(june: Cli, typed: str) -> None:
    assert june.json("check", "--as-of", typed) == june.json("check", "--as-of", "2021-06-15")
    assert june.json("dossiers", "--as-of", typed, "--from", "1/6/2021", "--to", "4/6/2021") == (
        june.json("dossiers", "--as-of", "2021-06-15", "--from", "2021-06-01", "--to", "2021-06-04")
    )


def test_check_as_of_the_first_of_july_written_day_first(june: Cli) -> None:
    result = june("check", "--as-of", "01/07/2021", "--format", "json")
    assert result.exit_code == 1, result.stderr
    assert json.loads(result.stdout)["as_of"] == "2021-07-01"


@pytest.mark.parametrize(
    ("typed", "says"),
    [
        ("2021-06-31", "Không có ngày 2021-06-31: tháng 6/2021 chỉ có 30 ngày."),
        ("31/06/2021", "Không có ngày 31/06/2021: tháng 6/2021 chỉ có 30 ngày."),
        ("06/15/2021", "năm không có tháng 15 (ngày viết trước, rồi đến tháng)"),
        ("15/6/21", "'15/6/21' không phải là một ngày: hãy gõ ngày/tháng/năm"),
    ],
)
def test_a_date_that_cannot_be_is_a_usage_error_saying_why(
    june: Cli, typed: str, says: str
) -> None:
    result = june("check", "--as-of", typed)
    assert result.exit_code == 2
    assert says in result.stderr
    assert "YYYY" not in result.stderr


def test_calendar_days_are_typed_day_first(june: Cli) -> None:
    assert june("calendar", "set", "3/6/2021", "off").exit_code == 0
    a = {d["code"]: d for d in june.json("dossiers", "--as-of", "15/06/2021")}["A"]
    assert a["due_date"] == "2021-06-07"
    assert june("calendar", "unset", "03/06/2021").exit_code == 0
    assert june("calendar", "set", "31/6/2021", "off").exit_code == 2
