"""`thidua vocab`: labels an office teaches, the unknown ones an import reports, and the stored
rows read again when a label's meaning changes."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import Cli, dossier, write_csv

NEVER_SEEN = [
    dossier("H-01", "01/06/2021 08:00", status="Hồ sơ tạm dừng", channel="Trực tuyến", due="04/06/2021"),
    dossier("H-02", "01/06/2021 09:00", status="Chờ thẩm định hồ sơ", channel="Qua Zalo"),
    dossier("H-03", "02/06/2021 10:00", status="Hồ sơ tạm dừng", channel="Trực tiếp"),
    dossier("H-04", "02/06/2021 10:30", status="Đang xử lý", channel="Zalo OA"),
    dossier("H-05", "03/06/2021 11:00", status="Hồ sơ tạm dừng", channel="Trực tiếp"),
    dossier("H-06", "03/06/2021 14:00", status="Đã trả kết quả", channel="Trực tiếp",
            finished="04/06/2021", returned="04/06/2021"),
]  # fmt: skip


def _teaching_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith("thidua ")]


def _shell(line: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """The line as a clerk pastes it into a terminal: a real shell, the installed program."""
    env = {**os.environ, "THIDUA_LANG": "en"}
    env["PATH"] = os.path.dirname(sys.executable) + os.pathsep + env.get("PATH", "")
    env.pop("THIDUA_DB", None)
    return subprocess.run(
        ["/bin/sh", "-c", line], cwd=cwd, env=env, capture_output=True, text=True, timeout=120
    )


def test_unknown_labels_are_grouped_with_counts_lines_and_the_commands_that_teach_them(
    cli: Cli, make_dossiers
) -> None:
    export = make_dossiers(NEVER_SEEN)
    result = cli("--lang", "en", "import", "dossiers", str(export))
    assert result.exit_code == 1
    assert cli.rows("SELECT count(*) FROM dossiers") == [(0,)]
    grouped = {
        cells[1]: cells[2:]
        for line in result.stderr.splitlines()
        if (cells := [c.strip() for c in line.split("│")[1:-1]]) and len(cells) == 5
    }
    assert grouped["Hồ sơ tạm dừng"] == ["Dossier status", "3", "2, 4, 6"]
    assert grouped["Chờ thẩm định hồ sơ"] == ["Dossier status", "1", "3"]
    assert grouped["Qua Zalo"] == ["Channel", "1", "3"]
    assert grouped["Zalo OA"] == ["Channel", "1", "5"]
    commands = _teaching_lines(result.stderr)
    db = str(cli.db)
    assert commands == [
        f"thidua --db {db} vocab add channel 'Qua Zalo' ...",
        f"thidua --db {db} vocab add channel 'Zalo OA' ...",
        f"thidua --db {db} vocab add status 'Hồ sơ tạm dừng' stopped",
        f"thidua --db {db} vocab add status 'Chờ thẩm định hồ sơ' processing",
    ]
    # The words each vocabulary allows, for the "..." to fill in.
    assert "words of Channel: online, postal, direct" in result.stderr


def test_in_vietnamese_a_vocabulary_is_named_and_typed_in_vietnamese(
    cli: Cli, make_dossiers
) -> None:
    export = make_dossiers(NEVER_SEEN)
    result = cli("import", "dossiers", str(export))
    assert result.exit_code == 1
    assert "│ Kênh nộp " in result.stderr and "│ Tình trạng hồ sơ " in result.stderr
    db = str(cli.db)
    assert _teaching_lines(result.stderr) == [
        f"thidua --db {db} vocab add kenh-nop 'Qua Zalo' ...",
        f"thidua --db {db} vocab add kenh-nop 'Zalo OA' ...",
        f"thidua --db {db} vocab add tinh-trang-ho-so 'Hồ sơ tạm dừng' dung-xu-ly",
        f"thidua --db {db} vocab add tinh-trang-ho-so 'Chờ thẩm định hồ sơ' dang-xu-ly",
    ]
    assert "từ của Kênh nộp: truc-tuyen, buu-chinh, truc-tiep" in result.stderr
    taught = cli("vocab", "add", "tinh-trang-ho-so", "Hồ sơ tạm dừng", "dung-xu-ly")
    assert taught.exit_code == 0, taught.stderr
    assert "Tình trạng hồ sơ: 'Hồ sơ tạm dừng' từ nay đọc là Dừng xử lý." in taught.stderr
    for typed, word in (
        ("Kênh nộp", "Trực tuyến"),
        ("kenh-nop", "truc tuyen"),
        ("channel", "online"),
    ):
        assert cli("vocab", "add", typed, "Qua Zalo", word).exit_code == 0
    assert cli.rows("SELECT word FROM vocabulary WHERE label = 'Qua Zalo'") == [("online",)]
    wrong = cli("vocab", "add", "kenh-nop", "Qua Zalo", "zalo")
    assert wrong.exit_code == 2
    assert "chọn một trong: truc-tuyen, buu-chinh, truc-tiep" in wrong.stderr
    listed = cli("vocab", "list", "kenh-nop", env={"COLUMNS": "100"}).stdout
    assert "Kênh nộp" in listed and "channel" not in listed
    assert "Trực tuyến" in listed and "online" not in listed
    assert re.search(r"\d\d:\d\d \d\d/\d\d/\d{4}", listed), listed  # a time as people read it
    assert "channel,Qua Zalo,online" in cli("vocab", "list", "-f", "csv").stdout


def test_an_export_of_labels_never_seen_imports_after_the_printed_commands(
    cli: Cli, make_dossiers, tmp_path: Path
) -> None:
    """One copy-paste, one re-run, and the next day's export with no option at all."""
    export = make_dossiers(NEVER_SEEN)
    refused = cli("--lang", "en", "import", "dossiers", str(export))
    assert refused.exit_code == 1
    for line in _teaching_lines(refused.stderr):
        # The clerk fills in the words left to choose, and pastes the lines as they are.
        done = _shell(line.replace(" ...", " online"), tmp_path)
        assert done.returncode == 0, done.stderr
    again = cli("import", "dossiers", str(export))
    assert again.exit_code == 0, again.stderr
    assert cli.rows("SELECT code, state, channel FROM dossiers ORDER BY code") == [
        ("H-01", "stopped", "online"),
        ("H-02", "processing", "online"),
        ("H-03", "stopped", "direct"),
        ("H-04", "processing", "online"),
        ("H-05", "stopped", "direct"),
        ("H-06", "returned", "direct"),
    ]
    next_day = make_dossiers(
        [
            *NEVER_SEEN,
            dossier("H-07", "04/06/2021 08:00", status="Hồ sơ tạm dừng", channel="Qua Zalo"),
        ],
        name="ho-so-ngay-sau.csv",
    )
    tomorrow = cli("import", "dossiers", str(next_day))
    assert tomorrow.exit_code == 0, tomorrow.stderr
    assert cli.rows("SELECT state, channel FROM dossiers WHERE code = 'H-07'") == [
        ("stopped", "online")
    ]


def test_a_label_changed_later_is_read_again_in_the_stored_rows_and_back(
    cli: Cli, make_dossiers
) -> None:
    export = make_dossiers(
        [
            dossier("R-1", "01/06/2021", status="Từ chối"),
            dossier("R-2", "01/06/2021", status="TỪ CHỐI"),
            dossier("R-3", "01/06/2021", status="Đang xử lý"),
        ]
    )
    assert cli("import", "dossiers", str(export)).exit_code == 0
    states = "SELECT code, state FROM dossiers ORDER BY code"
    assert cli.rows(states) == [("R-1", "stopped"), ("R-2", "stopped"), ("R-3", "processing")]

    taught = cli("--lang", "en", "vocab", "add", "status", "tu choi", "not_received")
    assert taught.exit_code == 0, taught.stderr
    assert "now reads as Not received (was Stopped)" in taught.stderr
    assert "Read 2 stored rows" in taught.stderr
    assert cli.rows(states) == [
        ("R-1", "not_received"),
        ("R-2", "not_received"),
        ("R-3", "processing"),
    ]

    forgot = cli("--lang", "en", "vocab", "remove", "status", "Từ chối")
    assert forgot.exit_code == 0, forgot.stderr
    assert "reads as the built-in Stopped again" in forgot.stderr
    assert cli.rows(states) == [("R-1", "stopped"), ("R-2", "stopped"), ("R-3", "processing")]

    history = cli.json("vocab", "history")
    assert [(h["label"], h["previous"], h["word"], h["rederived"]) for h in history] == [
        ("tu choi", "stopped", "not_received", 2),
        ("tu choi", "not_received", "stopped", 2),
    ]
    assert all(h["changed_at"] for h in history)


def test_a_word_that_contradicts_the_row_is_not_forced_on_it(cli: Cli, make_dossiers) -> None:
    # "finished" needs a finish date, as on import: the row without one keeps its state.
    export = make_dossiers(
        [
            dossier("F-1", "01/06/2021", status="Tạm dừng", finished="03/06/2021"),
            dossier("F-2", "01/06/2021", status="Tạm dừng"),
        ]
    )
    assert cli("import", "dossiers", str(export)).exit_code == 0
    result = cli("--lang", "en", "vocab", "add", "status", "Tạm dừng", "finished")
    assert result.exit_code == 0
    assert "1 stored rows with this label keep their value" in " ".join(result.stderr.split())
    assert cli.rows("SELECT code, state FROM dossiers ORDER BY code") == [
        ("F-1", "finished"),
        ("F-2", "stopped"),
    ]


def test_a_forgotten_label_leaves_its_rows_and_refuses_the_next_import(
    cli: Cli, make_dossiers
) -> None:
    export = make_dossiers([dossier("Z-1", "01/06/2021", status="Hồ sơ treo")])
    assert cli("vocab", "add", "status", "Hồ sơ treo", "stopped").exit_code == 0
    assert cli("import", "dossiers", str(export)).exit_code == 0
    result = cli("--lang", "en", "vocab", "remove", "status", "Hồ sơ treo")
    assert result.exit_code == 0
    assert "later imports treat it as unknown" in result.stderr
    assert "1 stored rows with this label keep their value" in " ".join(result.stderr.split())
    assert cli.rows("SELECT state FROM dossiers") == [("stopped",)]
    assert cli("import", "dossiers", str(export)).exit_code == 1


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (["add", "colour", "Đỏ", "red"], "There is no vocabulary 'colour'"),
        (["add", "status", "Hồ sơ treo", "paused"], "choose one of: received, not_received"),
        (["add", "status", "11", "stopped"], "has no letters"),
        (["add", "channel", " ", "online"], "has no letters"),
        (["remove", "status", "Chưa dạy"], "was not taught"),
        (["list", "colour"], "There is no vocabulary 'colour'"),
    ],
)
def test_mistakes_are_usage_errors(cli: Cli, args: list[str], said: str) -> None:
    cli.create()
    result = cli("--lang", "en", "vocab", *args)
    assert result.exit_code == 2
    assert said in " ".join(result.stderr.split())


def test_a_label_the_program_already_reads_is_not_stored(cli: Cli) -> None:
    result = cli("--lang", "en", "vocab", "add", "status", "ĐÃ TRẢ KẾT QUẢ", "returned")
    assert result.exit_code == 0
    assert "already reads 'ĐÃ TRẢ KẾT QUẢ' as Returned" in " ".join(result.stderr.split())
    assert cli.json("vocab", "list") == []


def test_list_shows_the_taught_labels_and_on_request_the_built_in_ones(cli: Cli) -> None:
    assert cli("vocab", "add", "rating", "Tạm được", "neutral").exit_code == 0
    assert cli("vocab", "add", "outcome", "Đúng sự thật", "upheld").exit_code == 0
    taught = cli.json("vocab", "list")
    assert [(r["vocabulary"], r["label"], r["word"], r["source"]) for r in taught] == [
        ("outcome", "Đúng sự thật", "upheld", "office"),
        ("rating", "Tạm được", "neutral", "office"),
    ]
    assert all(r["added_at"] for r in taught)
    ratings = cli.json("vocab", "list", "rating", "--builtin")
    assert {"label": "Rất hài lòng", "word": "very_satisfied"}.items() <= next(
        r for r in ratings if r["label"] == "Rất hài lòng"
    ).items()
    assert {r["vocabulary"] for r in ratings} == {"rating"}


def test_listing_never_creates_a_database_and_teaching_does(cli: Cli) -> None:
    assert cli("vocab", "list").exit_code == 3
    assert not cli.db.exists()
    assert cli("vocab", "add", "channel", "Qua Zalo", "online").exit_code == 0
    assert cli.db.exists()


# Each vocabulary, taught through the import of the kind that reads it.
KINDS = [
    (
        "surveys",
        ["Mã hồ sơ", "Ngày đánh giá", "Mức độ hài lòng"],
        ["H-1", "22/06/2021", "Tạm được"],
        ("rating", "neutral"),
        "SELECT rating, rating_raw FROM surveys",
        [(3, "Tạm được")],
    ),
    (
        "complaints",
        ["Ngày phản ánh", "Cán bộ bị phản ánh", "Nội dung phản ánh", "Kết quả xác minh"],
        ["05/06/2021", "Lê Thị Mai", "Hẹn trả chậm", "Đúng sự thật"],
        ("outcome", "upheld"),
        "SELECT outcome, outcome_raw FROM complaints",
        [("upheld", "Đúng sự thật")],
    ),
    (
        "staff",
        ["Họ và tên", "Đơn vị", "Đang công tác"],
        ["Lê Thị Mai", "Bộ phận Một cửa", "Nghỉ hưu"],
        ("active", "no"),
        "SELECT active, active_raw FROM staff",
        [(0, "Nghỉ hưu")],
    ),
    (
        "initiatives",
        ["Đơn vị/cá nhân", "Tên sáng kiến", "Ngày đăng ký", "Tình trạng"],
        ["Lê Thị Mai", "Số hóa sổ gốc", "01/06/2021", "Đã nghiệm thu"],
        ("initiative_status", "recognized"),
        "SELECT status, status_raw FROM initiatives",
        [("recognized", "Đã nghiệm thu")],
    ),
]


@pytest.mark.parametrize(
    ("kind", "header", "row", "teach", "query", "stored"), KINDS, ids=[k[0] for k in KINDS]
)
def test_every_vocabulary_is_taught_the_same_way(
    cli: Cli, tmp_path: Path, kind, header, row, teach, query, stored
) -> None:
    path = write_csv(tmp_path / f"{kind}.csv", header, [row])
    refused = cli("--lang", "en", "import", kind, str(path))
    assert refused.exit_code == 1
    vocabulary, word = teach
    label = row[-1]
    assert any(
        line.startswith(f"thidua --db {cli.db} vocab add {vocabulary} '{label}'")
        for line in refused.stderr.splitlines()
    ), refused.stderr
    assert cli("vocab", "add", vocabulary, label, word).exit_code == 0
    imported = cli("import", kind, str(path))
    assert imported.exit_code == 0, imported.stderr
    assert cli.rows(query) == stored


def test_every_word_has_a_label_in_both_languages_and_no_two_vocabularies_share_one() -> None:
    """A table of all vocabularies labels its words from one table (reports.vocab.word_labels)."""
    from thidua_cli.ingest.vocab import VOCABULARIES

    seen: dict[str, str] = {}
    for name, vocab in VOCABULARIES.items():
        words = vocab.choices()
        for word in vocab.words:
            assert word not in seen, (word, name, seen.get(word))
            seen[word] = name
            for lang in ("vi", "en"):
                label = words.label(word, lang)
                assert label and "." not in label, (name, word, lang, label)
            # What --help and the printed commands show is read back as the same word.
            assert words.read(words.shown(word, "vi")) == word
            assert words.read(words.label(word, "vi")) == word
