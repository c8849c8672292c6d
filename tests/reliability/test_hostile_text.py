"""Data is never markup and never control codes: an officer named ``[/] An``, a procedure
``[mức độ 3] …``, an applicant ``<script>``, a cell holding ``ESC ] 0 ; title BEL``.

Every command that prints them is run as a real process, its output read as bytes: no escape
character reaches the terminal, no bracket is lost, nothing crashes.
"""

from __future__ import annotations

import csv
import io
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import DOSSIER_HEADER, PROCEDURES, Cli, dossier, write_csv
from reliability.conftest import program_env

SAMPLE_CAMPAIGN = (
    Path(__file__).resolve().parents[2] / "sample_data" / "campaign-486-KH-GDDT-2021.toml"
)
MARKUP_OFFICER = "[/] An"
PROCEDURE = "[mức độ 3] Cấp giấy phép hoạt động giáo dục"
APPLICANT = "<script>alert(1)</script>"
TITLE = "\x1b]0;title\x07"
RED = "\x1b[31m"
ESCAPE_OFFICER = f"{TITLE}{RED}Lê Hoàng"
FIELD = "[lĩnh vực] Giáo dục"


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> Cli:
    folder = tmp_path_factory.mktemp("hostile")
    cli = Cli(folder / "thidua.db")
    procedures = write_csv(
        folder / "thu-tuc.csv",
        ["code", "name", "days", "cutoff", "field"],
        [*PROCEDURES, ("9.001", PROCEDURE, "5", "", FIELD)],
    )
    assert cli("import", "procedures", str(procedures)).exit_code == 0
    rows = [
        {
            **dossier(
                "H29-T-1",
                "01/06/2021",
                procedure=PROCEDURE,
                officer=MARKUP_OFFICER,
                unit="[bold]Tổ[/bold] Một cửa",
                applicant=APPLICANT,
                due="04/06/2021",
                finished="10/06/2021",
                status="Đã trả kết quả",
            ),
            "Ghi chú": f"{TITLE} ghi chú {RED}đỏ",
        },
        dossier("H29-T-2", "02/06/2021", officer=ESCAPE_OFFICER, due="03/06/2021"),
        dossier("H29-T-3", "02/06/2021", officer=MARKUP_OFFICER, due="30/06/2021"),
    ]
    header = [*DOSSIER_HEADER, "Ghi chú"]
    export = write_csv(folder / "ho-so.csv", header, [[r.get(h, "") for h in header] for r in rows])
    assert cli("import", "dossiers", str(export)).exit_code == 0
    staff = write_csv(
        folder / "can-bo.csv",
        ["name", "unit", "role"],
        [(MARKUP_OFFICER, "[bold]Tổ[/bold] Một cửa", "staff"), (ESCAPE_OFFICER, "Tổ", "staff")],
    )
    assert cli("import", "staff", str(staff)).exit_code == 0
    surveys = write_csv(
        folder / "khao-sat.csv",
        ["Mã hồ sơ", "Cán bộ", "Ngày đánh giá", "Mức độ hài lòng", "Góp ý"],
        [
            ("H29-T-1", MARKUP_OFFICER, "11/06/2021", "Hài lòng", f"[red]tốt[/red] {TITLE}"),
            ("H29-T-2", ESCAPE_OFFICER, "11/06/2021", "Rất hài lòng", "ổn"),
        ],
    )
    assert cli("import", "surveys", str(surveys)).exit_code == 0
    campaign = SAMPLE_CAMPAIGN.read_text(encoding="utf-8")
    campaign = campaign.replace(
        '"Cấp bản sao văn bằng, chứng chỉ từ sổ gốc",', f'"{PROCEDURE}",', 1
    ).replace('owner = "Trưởng phòng"', f'owner = "{MARKUP_OFFICER}"', 1)
    path = folder / "chien-dich.toml"
    path.write_text(campaign, encoding="utf-8")
    assert cli("campaign", "load", str(path)).exit_code == 0
    return cli


COMMANDS = [
    ("check", "--as-of", "2021-07-01"),
    ("dossiers", "--as-of", "2021-07-01"),
    ("report", "form06", "--from", "2021-06-01", "--to", "2021-06-30", "--by", "officer"),
    ("report", "form06", "--from", "2021-06-01", "--to", "2021-06-30", "--by", "field"),
    ("report", "compliance", "--campaign", "486/KH-GDĐT", "--as-of", "2021-07-01"),
    ("report", "satisfaction", "--by", "officer"),
    ("campaign", "show", "486/KH-GDĐT"),
    ("awards", "--campaign", "486/KH-GDĐT", "--as-of", "2021-07-01"),
    ("staff",),
    ("task", "list", "--campaign", "486/KH-GDĐT", "--as-of", "2021-07-01"),
]


def _run(db: Path, *args: str, colour: bool = True) -> subprocess.CompletedProcess[bytes]:
    """The program writing to pipes, as a person's terminal would receive it (colours on)."""
    env = program_env({"THIDUA_LANG": "vi"})
    env.pop("NO_COLOR", None)
    if colour:
        env["FORCE_COLOR"] = "1"
    return subprocess.run(
        [sys.executable, "-m", "thidua_cli", "--db", str(db), *args],
        capture_output=True,
        env=env,
        timeout=120,
    )


def _without_colours(raw: bytes) -> str:
    """The output without the colour codes the program itself writes (SGR: ESC [ … m)."""
    import re

    return re.sub(r"\x1b\[[0-9;]*m", "", raw.decode("utf-8"))


@pytest.mark.parametrize("args", COMMANDS, ids=" ".join)
def test_data_reaches_the_terminal_as_text(hostile: Cli, args: tuple[str, ...]) -> None:
    done = _run(hostile.db, *args)
    assert done.returncode in (0, 1), done.stderr.decode()
    for stream in (done.stdout, done.stderr):
        shown = _without_colours(stream)
        assert "Traceback" not in shown and "MarkupError" not in shown
        # The data's own escapes are shown, not obeyed: no ESC is left, no BEL, no C1 control.
        assert "\x1b" not in shown and "\x07" not in shown
        assert not any("\x80" <= ch <= "\x9f" for ch in shown)
    out = _without_colours(done.stdout)
    if MARKUP_OFFICER in "".join(args) or args[0] in ("dossiers", "staff") or "officer" in args:
        assert MARKUP_OFFICER in out
    if args[0] == "dossiers" or "field" in args:
        assert ("[mức độ 3]" in out) or ("[lĩnh vực]" in out)


def test_what_is_left_of_an_escape_is_plain_text_in_a_whole_cell(hostile: Cli) -> None:
    out = _without_colours(_run(hostile.db, "staff").stdout)
    # The escape characters are gone, the rest of the name shows, and the table keeps its
    # shape: every line of it as wide as the others.
    assert "]0;title[31mLê Hoàng" in out
    table = [line for line in out.splitlines() if line.startswith(("┃", "│", "┏", "└"))]
    assert len({len(line) for line in table}) == 1


def test_a_message_holding_a_line_break_stays_one_line(hostile: Cli, tmp_path: Path) -> None:
    # An unknown column whose header carries a line break and an escape: named in a warning.
    header = [*DOSSIER_HEADER, "Cột lạ\nLỗi: giả mạo \x1b[2J"]
    rows = [[*[dossier("H29-T-9", "01/06/2021").get(h, "") for h in DOSSIER_HEADER], "x"]]
    export = write_csv(tmp_path / "them.csv", header, rows)
    done = _run(hostile.db, "import", "dossiers", str(export), "--dry-run", colour=False)
    err = done.stderr.decode("utf-8")
    assert "\x1b" not in err
    warning = [line for line in err.splitlines() if "Cột lạ" in line]
    assert len(warning) == 1 and "␊Lỗi: giả mạo ␛[2J" in warning[0]
    assert not any(line.startswith("Lỗi: giả mạo") for line in err.splitlines())


def test_markdown_escapes_what_would_be_html(hostile: Cli, tmp_path: Path) -> None:
    target = tmp_path / "ho-so.md"
    assert hostile("dossiers", "--as-of", "2021-07-01", "-o", str(target)).exit_code == 0
    text = target.read_text(encoding="utf-8")
    assert "<script>" not in text and "&lt;script&gt;alert(1)&lt;/script&gt;" in text
    assert "[/] An" in text and "[mức độ 3]" in text


def test_the_rejects_header_row_is_as_inert_as_its_cells(hostile: Cli, tmp_path: Path) -> None:
    header = [*DOSSIER_HEADER, '=HYPERLINK("http://x")', "@SUM(A1)"]
    rows = [[*[dossier("H29-T-8", "").get(h, "") for h in DOSSIER_HEADER], "=1+1", "+2"]]
    export = write_csv(tmp_path / "loi.csv", header, rows)
    rejects = tmp_path / "loai.csv"
    result = hostile("import", "dossiers", str(export), "--skip-invalid", "--rejects", str(rejects))
    assert result.exit_code == 1
    written = list(csv.reader(io.StringIO(rejects.read_text(encoding="utf-8-sig"))))
    assert written[0][-3:-1] == ['\'=HYPERLINK("http://x")', "'@SUM(A1)"]
    assert written[1][-3:-1] == ["'=1+1", "'+2"]
    assert all(not cell.startswith(("=", "+", "-", "@")) for row in written for cell in row)


def _on_a_terminal(db: Path, *args: str) -> tuple[int, str]:
    """The program with its standard output on a real terminal (a pseudo-terminal), as a clerk
    typing the command sees it."""
    import os
    import pty

    main, follower = pty.openpty()
    process = subprocess.Popen(
        [sys.executable, "-m", "thidua_cli", "--db", str(db), *args],
        stdout=follower,
        stderr=subprocess.DEVNULL,
        env=program_env({"THIDUA_LANG": "vi"}),
    )
    os.close(follower)
    received = bytearray()
    while True:
        try:
            chunk = os.read(main, 65536)
        except OSError:  # the program ended: the terminal is closed
            break
        if not chunk:
            break
        received += chunk
    os.close(main)
    return process.wait(timeout=120), received.decode("utf-8")


@pytest.mark.parametrize("fmt", ["csv", "md", "html", "json"])
@pytest.mark.parametrize("output", [None, "/dev/stdout", "-"])
def test_a_text_format_on_a_terminal_shows_escapes_and_never_sends_them(
    hostile: Cli, fmt: str, output: str | None
) -> None:
    args = ["dossiers", "--as-of", "2021-07-01", "--format", fmt]
    code, shown = _on_a_terminal(hostile.db, *args, *(["-o", output] if output else []))
    assert code == 0, shown
    assert "\x1b" not in shown and "\x07" not in shown
    assert not any("\x80" <= ch <= "\x9f" for ch in shown)
    if fmt != "json":  # JSON writes ESC as \u001b, which a terminal shows as it is
        assert "␛]0;title␇" in shown


def test_a_text_format_in_a_file_keeps_the_data_as_it_is(hostile: Cli, tmp_path: Path) -> None:
    # A file is the data, for another program to read: only a terminal gets symbols.
    target = tmp_path / "ho-so.csv"
    assert hostile("dossiers", "--as-of", "2021-07-01", "-o", str(target)).exit_code == 0
    assert TITLE in target.read_text(encoding="utf-8-sig")


def test_control_characters_in_settings_and_data_reach_the_papers_as_symbols(
    hostile: Cli, tmp_path: Path
) -> None:
    import zipfile

    settings = {
        "office_name": f"[bold]PHÒNG[/] GD {TITLE}<script>",
        "signer_name": "Nguyễn\x07 Văn An",
        "recipients": f"Như trên;{RED}Lưu: VT",
    }
    for name, value in settings.items():
        assert hostile("config", "set", name, value).exit_code == 0
    assert (
        hostile(
            "task",
            "done",
            "T01",
            "--campaign",
            "486/KH-GDĐT",
            "--on",
            "03/06/2021",
            "--note",
            f"[red]biên bản[/red] {TITLE}",
        ).exit_code
        == 0
    )
    papers = {
        "review": ("report", "review", "--campaign", "486/KH-GDĐT", "--stage", "tong-ket"),
        "proposal": ("awards", "--campaign", "486/KH-GDĐT"),
    }
    for name, args in papers.items():
        paper = tmp_path / f"{name}.docx"
        result = hostile(*args, "--as-of", "2021-07-01", "-o", str(paper))
        assert result.exit_code == 0, result.stderr
        with zipfile.ZipFile(paper) as word:
            xml = word.read("word/document.xml").decode("utf-8")
        # The office's name is printed in capitals, as the decree sets it.
        assert "␛]0;TITLE␇" in xml.upper() and "[BOLD]PHÒNG[/] GD" in xml.upper()
        assert "Nguyễn␇ Văn An" in xml
        assert "&LT;SCRIPT&GT;" in xml.upper() and "<SCRIPT>" not in xml.upper()
