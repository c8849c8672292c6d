"""Enrolment by school year: next year's import does not overwrite this one, and a campaign
judges the school year it names.

Trường Mầm non Sơn Ca, "Bổ sung": 11 of 14 online in 2021-2022, 14 of 14 in 2022-2023.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from conftest import Cli, write_csv

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
HEADER = ["Năm học", "Trường", "Cấp học", "Giai đoạn", "Tổng số hồ sơ", "Số hồ sơ trực tuyến"]
SCHOOL = ["Trường Mầm non Sơn Ca", "Mầm non", "Bổ sung"]
CAMPAIGN = """
[campaign]
code = "TS"
name = "Tuyển sinh trực tuyến"
start = 2021-06-01
end = 2021-07-31
{year}

[[targets]]
metric = "online_enrollment_rate"
op = "=="
value = 1
"""


def load(cli: Cli, tmp_path: Path, year: str = "") -> None:
    path = tmp_path / "ts.toml"
    path.write_text(CAMPAIGN.format(year=year), encoding="utf-8")
    result = cli("campaign", "load", str(path))
    assert result.exit_code == 0, result.stderr


@pytest.fixture
def two_years(cli: Cli, tmp_path: Path) -> Cli:
    this = write_csv(tmp_path / "ts-2021.csv", HEADER, [["Năm học 2021-2022", *SCHOOL, 14, 11]])
    assert cli("import", "enrollment", str(this)).exit_code == 0
    # Next year's export has no year column: --year says it.
    following = write_csv(tmp_path / "ts-2022.csv", HEADER[1:], [[*SCHOOL, 14, 14]])
    result = cli("import", "enrollment", str(following), "--year", "2022/2023")
    assert result.exit_code == 0, result.stderr
    return cli


def test_next_year_is_kept_beside_this_year(two_years: Cli) -> None:
    assert two_years.rows(
        "SELECT school_year, total, online FROM enrollment ORDER BY school_year"
    ) == [("2021-2022", 14, 11), ("2022-2023", 14, 14)]


def test_a_campaign_judges_the_school_year_it_names(two_years: Cli, tmp_path: Path) -> None:
    load(two_years, tmp_path, 'school_year = "2022-2023"')
    data = two_years.json("report", "enrollment", "--campaign", "TS")
    assert data["school_year"] == "2022-2023"
    assert (data["target"]["actual"], data["target"]["met"]) == (1.0, True)
    compliance = two_years.json("report", "compliance", "--campaign", "TS", "--as-of", "2021-08-01")
    (target,) = compliance["overall"]["targets"]
    assert target["actual"] == 1.0


def test_without_a_year_a_june_campaign_judges_the_coming_school_year(
    two_years: Cli, tmp_path: Path
) -> None:
    load(two_years, tmp_path)
    data = two_years.json("report", "enrollment", "--campaign", "TS")
    assert data["school_year"] == "2021-2022"
    assert (data["target"]["actual"], data["target"]["met"]) == (pytest.approx(11 / 14), False)
    shown = two_years("report", "enrollment", "--campaign", "TS", env={"COLUMNS": "200"})
    assert "năm học 2021-2022" in shown.stdout
    assert "2022-2023" in " ".join(shown.stderr.split())  # the other year is named


def test_the_review_says_the_year_it_counts(two_years: Cli, tmp_path: Path) -> None:
    load(two_years, tmp_path, 'school_year = "2022-2023"')
    review = two_years(
        "report",
        "review",
        "--campaign",
        "TS",
        "--stage",
        "tong-ket",
        "--as-of",
        "2021-08-01",
        "--format",
        "md",
    )
    assert review.exit_code in (0, 1), review.stderr
    said = " ".join(review.stdout.split())
    assert "Năm học 2022-2023, 1 trường tiếp nhận 14 hồ sơ tuyển sinh, trong đó 14 hồ sơ" in said


def test_the_report_shows_the_latest_year_or_the_one_asked(two_years: Cli) -> None:
    assert two_years.json("report", "enrollment")["school_year"] == "2022-2023"
    asked = two_years.json("report", "enrollment", "--year", "2021-2022")
    assert [(r["school_year"], r["online"]) for r in asked["rows"]] == [("2021-2022", 11)]
    wrong = two_years("report", "enrollment", "--year", "năm sau")
    assert wrong.exit_code == 2
    assert '"năm sau"' in wrong.stderr and "Traceback" not in wrong.output


def test_an_unreadable_school_year_names_file_line_column_and_value(
    cli: Cli, tmp_path: Path
) -> None:
    path = write_csv(
        tmp_path / "sai.csv", HEADER, [["2021-2022", *SCHOOL, 14, 11], ["2021-2023", *SCHOOL, 9, 9]]
    )
    rejects = tmp_path / "loai.csv"
    result = cli("import", "enrollment", str(path), "--rejects", str(rejects))
    assert result.exit_code == 1
    said = " ".join(result.stderr.split())
    assert "sai.csv" in said and "2021-2023" in said and "Năm học" in said
    assert "dòng 3, cột 'Năm học', giá trị '2021-2023': không phải một năm học" in (
        rejects.read_text(encoding="utf-8-sig")
    )
    assert "Traceback" not in result.output
    assert cli.rows("SELECT count(*) FROM enrollment") == [(0,)]


def test_an_unreadable_year_option_is_a_usage_error(cli: Cli, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "ts.csv", HEADER[1:], [[*SCHOOL, 14, 11]])
    result = cli("import", "enrollment", str(path), "--year", "2021")
    assert result.exit_code == 2
    assert '--year phải là một năm học, ví dụ "2021-2022", không phải "2021"' in " ".join(
        result.stderr.split()
    )


def test_without_any_year_the_import_says_which_it_took(cli: Cli, tmp_path: Path) -> None:
    from datetime import date

    from thidua_cli.domain.school_year import enrolment_year_of

    path = write_csv(tmp_path / "ts.csv", HEADER[1:], [[*SCHOOL, 14, 11]])
    result = cli("import", "enrollment", str(path))
    assert result.exit_code == 0, result.stderr
    year = enrolment_year_of(date.today())
    assert f"các dòng được ghi cho năm học {year}" in " ".join(result.stderr.split())
    assert cli.rows("SELECT school_year FROM enrollment") == [(year,)]


def test_a_campaign_file_with_an_unreadable_school_year_names_its_line(
    cli: Cli, tmp_path: Path
) -> None:
    path = tmp_path / "ts.toml"
    path.write_text(CAMPAIGN.format(year='school_year = "2021"'), encoding="utf-8")
    result = cli("campaign", "load", str(path))
    assert result.exit_code == 3
    said = " ".join(result.stderr.split())
    assert "dòng 7" in said and '"2021"' in said and "năm học" in said


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("2021-2022", "2021-2022"),
        ("2021 – 2022", "2021-2022"),
        ("Năm học 2021/2022", "2021-2022"),
        ("2021-22", "2021-2022"),
        ("1999-00", "1999-2000"),
        ("2021-2023", None),
        ("2022-2021", None),
        ("2021", None),
    ],
)
def test_school_years_as_offices_write_them(text: str, year: str | None) -> None:
    from thidua_cli.domain.school_year import school_year

    assert school_year(text) == year


def test_an_older_database_gives_its_enrolment_the_year_of_its_imports(tmp_path: Path) -> None:
    """The fixture's enrolment row was written with no import; the database's latest import is
    of June 2021, so the row is the enrolment for 2021-2022."""
    db = tmp_path / "thidua.db"
    shutil.copyfile(FIXTURES / "schema-v11.db", db)
    cli = Cli(db)
    assert cli("check", "--as-of", "2021-06-15").exit_code in (0, 1)
    with sqlite3.connect(db) as conn:
        rows = conn.execute("SELECT school_year, school, stage FROM enrollment").fetchall()
    conn.close()
    assert rows == [("2021-2022", "Trường Mầm non Sơn Ca", "Bổ sung")]


def test_the_migration_takes_each_row_s_import_date(tmp_path: Path) -> None:
    """A row imported in February belongs to the enrolment under way then (the year before's
    school year); one imported in May, to the coming one; the versions kept for undo too."""
    from thidua_cli.store.db import connect

    db = tmp_path / "thidua.db"
    shutil.copyfile(FIXTURES / "schema-v11.db", db)
    with sqlite3.connect(db) as conn:
        conn.execute(
            "INSERT INTO imports (id, kind, file_name, sha256, imported_at, history) VALUES "
            "(20, 'enrollment', 'a.csv', 'x', '2022-02-10T09:00:00', 1), "
            "(21, 'enrollment', 'b.csv', 'y', '2022-05-10T09:00:00', 1)"
        )
        conn.execute(
            "INSERT INTO enrollment (school, level, stage, total, online, import_id) VALUES "
            "('Trường A', 'Tiểu học', 'Đợt 1', 10, 9, 20), ('Trường B', 'THCS', 'Đợt 1', 8, 8, 21)"
        )
        # The history table as an older version built it beside the table.
        conn.execute(
            "CREATE TABLE history_enrollment (history_id INTEGER PRIMARY KEY, changed_by INTEGER "
            "NOT NULL, row_id INTEGER NOT NULL, id, school, level, stage, total, online, "
            "import_id, import_line)"
        )
        conn.execute(
            "INSERT INTO history_enrollment (changed_by, row_id, id, school, level, stage, total, "
            "online, import_id) VALUES (21, 99, 99, 'Trường C', 'THCS', 'Đợt 2', 5, 4, 20)"
        )
    conn.close()
    connect(db).close()
    with sqlite3.connect(db) as conn:
        years = dict(conn.execute("SELECT school, school_year FROM enrollment").fetchall())
        kept = conn.execute("SELECT school_year FROM history_enrollment").fetchall()
    conn.close()
    assert years["Trường A"] == "2021-2022"
    assert years["Trường B"] == "2022-2023"
    assert kept == [("2021-2022",)]
