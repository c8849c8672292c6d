"""Import profiles: one source's columns, labels, encoding, delimiter, title lines and dates in a
TOML file or saved by name; the command line over the profile, the profile over the office."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import Cli, write_csv

SAMPLE = Path(__file__).resolve().parents[2] / "sample_data"
PROVINCIAL = SAMPLE / "ho-so-he-thong-tinh-2021-06.csv"
PROFILE = SAMPLE / "he-thong-tinh.toml"

SAME = (
    "SELECT count(*) FROM dossiers p JOIN other.dossiers d USING (code) "
    "WHERE p.state IS d.state AND p.channel IS d.channel "
    "AND substr(p.received_at, 1, 16) IS substr(d.received_at, 1, 16) "
    "AND p.due_date IS d.due_date AND p.due_source IS d.due_source AND p.finish_on IS d.finish_on "
    "AND p.officer IS d.officer AND p.unit IS d.unit AND p.procedure IS d.procedure"
)


def test_the_sample_profile_reads_the_provincial_export_as_the_main_one(
    tmp_path: Path,
) -> None:
    """Every dossier of the provincial export, read through the profile, says what the same
    dossier of the office's own export says."""
    main, provincial = Cli(tmp_path / "main.db"), Cli(tmp_path / "tinh.db")
    for cli in (main, provincial):
        assert cli("import", "procedures", str(SAMPLE / "procedures.csv")).exit_code == 0
    assert main("import", "dossiers", str(SAMPLE / "ho-so-2021-06.csv")).exit_code == 0
    # Its headers are known, but not its two-digit years nor two of its labels.
    without = provincial("--lang", "en", "import", "dossiers", str(PROVINCIAL))
    assert without.exit_code == 1
    assert provincial.rows("SELECT count(*) FROM dossiers") == [(0,)]
    result = provincial("import", "dossiers", str(PROVINCIAL), "--profile", str(PROFILE))
    assert result.exit_code == 0, result.stderr
    rows = provincial.rows("SELECT count(*) FROM dossiers")[0][0]
    assert rows == 24
    import sqlite3

    with sqlite3.connect(provincial.db) as conn:
        conn.execute("ATTACH ? AS other", (str(main.db),))
        assert conn.execute(SAME).fetchone()[0] == rows
    conn.close()


def test_a_saved_profile_is_used_by_name_today_and_tomorrow(cli: Cli) -> None:
    saved = cli("--lang", "en", "profile", "save", "tinh", str(PROFILE))
    assert saved.exit_code == 0, saved.stderr
    assert "Saved the import profile 'tinh'" in saved.stderr
    for _ in range(2):
        result = cli("import", "dossiers", str(PROVINCIAL), "--profile", "tinh")
        assert result.exit_code == 0, result.stderr
    assert cli.rows("SELECT inserted, unchanged FROM imports ORDER BY id") == [(24, 0), (0, 24)]
    listed = cli.json("profile", "list")
    assert [(p["name"], p["kind"]) for p in listed] == [("tinh", "dossiers")]
    assert listed[0]["description"].startswith("Hệ thống thông tin")
    shown = cli("profile", "show", "tinh")
    assert shown.stdout == PROFILE.read_text(encoding="utf-8")
    assert cli("profile", "remove", "tinh").exit_code == 0
    gone = cli("--lang", "en", "import", "dossiers", str(PROVINCIAL), "--profile", "tinh")
    assert gone.exit_code == 2
    assert "There is no import profile 'tinh'" in " ".join(gone.stderr.split())


HEADER = ["Số HS", "Thủ tục", "Lúc nộp", "Tình trạng", "Kênh nộp"]


def _profile(tmp_path: Path, text: str, name: str = "p.toml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_the_command_line_comes_before_the_profile_and_the_profile_before_the_office(
    cli: Cli, tmp_path: Path
) -> None:
    export = write_csv(
        tmp_path / "x.csv",
        ["Số HS", "Thủ tục", "Lúc nộp", "Ngày nhận", "Tình trạng", "Kênh nộp"],
        [["A-1", "Chuyển trường", "01/06/2021", "02/06/2021", "Treo", "Qua Zalo"]],
        delimiter=";",
    )
    profile = _profile(
        tmp_path,
        """
delimiter = ","
[columns]
code = "Số HS"
procedure = "Thủ tục"
received_at = "Lúc nộp"
channel = "Kênh nộp"
[values.status]
"Treo" = "stopped"
""",
    )
    # The office taught both labels otherwise; the profile's word wins for its own label.
    assert cli("vocab", "add", "status", "Treo", "withdrawn").exit_code == 0
    assert cli("vocab", "add", "channel", "Qua Zalo", "postal").exit_code == 0
    # The profile's "," is wrong for this file: --delimiter on the command line wins.
    wrong = cli("import", "dossiers", str(export), "--profile", str(profile))
    assert wrong.exit_code == 3
    result = cli(
        "import",
        "dossiers",
        str(export),
        "--profile",
        str(profile),
        "--delimiter",
        ";",
        "--map",
        "received_at=Ngày nhận",
    )
    assert result.exit_code == 0, result.stderr
    assert cli.rows("SELECT state, channel, received_on FROM dossiers") == [
        ("stopped", "postal", "2021-06-02")
    ]


def test_title_lines_and_a_source_date_format(cli: Cli, tmp_path: Path) -> None:
    export = tmp_path / "x.csv"
    export.write_text(
        "Mã hồ sơ,Tên thủ tục,Ngày tiếp nhận\n"  # a title line that looks like a header
        "Báo cáo tháng 6,,\n"
        "Số HS,Thủ tục,Lúc nộp\n"
        "A-1,Chuyển trường,01/06/21 08:30\n"
        "A-2,Chuyển trường,02/06/21\n",
        encoding="utf-8",
    )
    profile = _profile(
        tmp_path,
        """
skip_lines = 2
date_format = ["dd/mm/yy HH:MM", "dd/mm/yy"]
[columns]
code = "Số HS"
procedure = "Thủ tục"
received_at = "Lúc nộp"
""",
    )
    mapped = ["--map", "code=Số HS", "--map", "procedure=Thủ tục", "--map", "received_at=Lúc nộp"]
    # Without the profile the first line is taken for the header, and two-digit years refused.
    assert cli("import", "dossiers", str(export), *mapped).exit_code == 3
    result = cli("import", "dossiers", str(export), "--profile", str(profile))
    assert result.exit_code == 0, result.stderr
    assert cli.rows("SELECT code, received_at, import_line FROM dossiers ORDER BY code") == [
        ("A-1", "2021-06-01 08:30:00", 4),
        ("A-2", "2021-06-02", 5),
    ]


def test_two_digit_years_are_still_refused_without_the_profile(cli: Cli, make_dossiers) -> None:
    from conftest import dossier

    export = make_dossiers([dossier("A-1", "01/06/21")])
    assert cli("import", "dossiers", str(export)).exit_code == 1


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("colour = 'red'\n", "line 1: unknown key 'colour'"),
        ("kind = 'hồ sơ'\n", "line 1: 'kind' = hồ sơ is no import kind"),
        (
            "\n\n[values.status]\n'Treo' = 'paused'\n",
            "line 4: 'paused' is not a word of the status",
        ),
        ("[values.colour]\n'Đỏ' = 'red'\n", "line 1: There is no vocabulary 'colour'"),
        ("date_format = 'mm/dd/yyyy'\n", "dates are never read month first"),
        ("skip_lines = -1\n", "'skip_lines' = -1 must be a number of title lines"),
        ("encoding = 'klingon'\n", "line 1: Unknown encoding for --encoding: klingon"),
        ("delimiter = ';;'\n", "line 1: Invalid --delimiter: ;;"),
        ("kind = 'dossiers'\n[columns\n", "line 2: TOML syntax error"),
        (
            "a = " + "[" * 5000 + "]" * 5000 + "\n",
            "line 1: arrays or tables nested too deep (over 64 levels)",
        ),
    ],
)
def test_mistakes_in_a_profile_are_listed_with_their_lines(
    cli: Cli, tmp_path: Path, make_dossiers, text: str, said: str
) -> None:
    from conftest import dossier

    export = make_dossiers([dossier("A-1", "01/06/2021")])
    profile = _profile(tmp_path, text)
    result = cli("--lang", "en", "import", "dossiers", str(export), "--profile", str(profile))
    assert result.exit_code == 2, result.stderr
    assert "Traceback" not in result.stderr
    assert said in " ".join(result.stderr.split())
    assert cli.rows("SELECT count(*) FROM dossiers") == [(0,)]
    saving = cli("--lang", "en", "profile", "save", "p", str(profile))
    assert saving.exit_code == 2
    assert cli.rows("SELECT count(*) FROM profiles") == [(0,)]


def test_a_profile_for_another_kind_is_refused(cli: Cli, tmp_path: Path) -> None:
    staff = write_csv(tmp_path / "can-bo.csv", ["Họ và tên", "Đơn vị"], [["Lê Mai", "Tổ A"]])
    result = cli("--lang", "en", "import", "staff", str(staff), "--profile", str(PROFILE))
    assert result.exit_code == 2
    assert "is for thidua import dossiers, not staff" in " ".join(result.stderr.split())


@pytest.mark.parametrize("name", ["../p", "p.toml", "a b", ""])
def test_a_saved_profile_needs_a_plain_name(cli: Cli, name: str) -> None:
    assert cli("profile", "save", name, str(PROFILE)).exit_code == 2


def test_listing_profiles_never_creates_a_database(cli: Cli) -> None:
    assert cli("profile", "list").exit_code == 3
    assert not cli.db.exists()
    assert cli("profile", "save", "tinh", str(PROFILE)).exit_code == 0
    assert cli.db.exists()
