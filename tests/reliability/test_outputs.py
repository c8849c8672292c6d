"""Every file thidua writes: never over what it reads or keeps, into special files as they are,
and nothing left behind by a run that was killed.

Real files throughout: symlinks, hard links, FIFOs, /dev/null, /dev/stdout, processes killed with
SIGKILL and interrupted with SIGINT.
"""

from __future__ import annotations

import contextlib
import json
import os
import shlex
import signal
import stat
import subprocess
import sys
import threading
from collections.abc import Callable
from pathlib import Path

import pytest

from conftest import DOSSIER_HEADER, Cli, dossier, write_csv
from reliability.conftest import (
    SANDBOX,
    count,
    file_digest,
    in_namespace,
    integrity,
    program_env,
    run_thidua,
    write_generated,
)
from thidua_cli import files
from thidua_cli.errors import UsageError
from thidua_cli.files import TEMPORARY_PREFIX, Kept


def _program(db: Path, *args: str) -> list[str]:
    """The command line of the real program on ``db``."""
    return [sys.executable, "-m", "thidua_cli", "--db", str(db), *args]


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.rglob(f"{TEMPORARY_PREFIX}*"))


@pytest.fixture
def month(with_procedures: Cli, tmp_path: Path) -> Cli:
    export = write_generated(tmp_path / "thang-6.csv", 200)
    assert with_procedures("import", "dossiers", str(export)).exit_code == 0
    return with_procedures


@pytest.fixture
def bad_export(tmp_path: Path) -> Path:
    """One valid row and one without its receipt date."""
    rows = [dossier("H29-OK-1", "01/06/2021"), dossier("H29-BAD-1", "")]
    return write_csv(
        tmp_path / "co-loi.csv",
        DOSSIER_HEADER,
        [[r.get(h, "") for h in DOSSIER_HEADER] for r in rows],
    )


# --- 1. nothing the run reads or keeps is ever written over -------------------------------------

# Each writer of the program, given the path to write.
WRITERS: dict[str, Callable[[Path, Path], tuple[str, ...]]] = {
    "rejects": lambda out, export: (
        "import",
        "dossiers",
        str(export),
        "--skip-invalid",
        "--rejects",
        str(out),
    ),
    "csv": lambda out, export: ("dossiers", "--format", "csv", "-o", str(out)),
    "xlsx": lambda out, export: (
        "report",
        "form06",
        "--from",
        "2021-01-01",
        "--to",
        "2021-12-31",
        "--format",
        "xlsx",
        "-o",
        str(out),
    ),
    "table": lambda out, export: (
        "check",
        "--as-of",
        "2021-06-01",
        "--format",
        "table",
        "-o",
        str(out),
    ),
    "backup": lambda out, export: ("backup", str(out)),
}


def _database_path(db: Path, tmp_path: Path, how: str) -> Path:
    """A name for the live database or its journal, written the way ``how`` says."""
    if how == "same":
        return db
    if how == "relative":
        return Path(os.path.relpath(db, Path.cwd()))
    if how == "symlink":
        link = tmp_path / "lien-ket.db"
        link.symlink_to(db)
        return link
    if how == "hardlink":
        hard = tmp_path / "cung-inode.db"
        os.link(db, hard)
        return hard
    if how == "folder-symlink":
        folder = tmp_path / "thu-muc-lien-ket"
        folder.symlink_to(db.parent)
        return folder / db.name
    return Path(f"{db}{how}")  # -wal, -shm


@pytest.mark.parametrize("writer", list(WRITERS))
@pytest.mark.parametrize(
    "how", ["same", "relative", "symlink", "hardlink", "folder-symlink", "-wal", "-shm"]
)
def test_no_writer_replaces_the_live_database_or_its_journal(
    month: Cli,
    tmp_path: Path,
    bad_export: Path,
    monkeypatch: pytest.MonkeyPatch,
    writer: str,
    how: str,
) -> None:
    monkeypatch.chdir(tmp_path)
    target = _database_path(month.db, tmp_path, how)
    before, rows = file_digest(month.db), count(month.db)
    result = month("--lang", "en", *WRITERS[writer](target, bad_export))
    assert result.exit_code == 2, result.stderr
    said = _one_line(result.stderr)
    assert said.startswith(f"Error: Will not write to {target}: it is the live database"), said
    assert said.endswith("choose another file.") and said.count("Error:") == 1
    assert file_digest(month.db) == before
    assert (count(month.db), integrity(month.db)) == (rows, "ok")
    assert _leftovers(tmp_path) == []


@pytest.mark.parametrize("how", ["same", "symlink", "hardlink"])
def test_rejects_never_go_over_the_file_being_imported(
    month: Cli, tmp_path: Path, bad_export: Path, how: str
) -> None:
    target = {"same": bad_export, "symlink": tmp_path / "l.csv", "hardlink": tmp_path / "h.csv"}[
        how
    ]
    if how == "symlink":
        target.symlink_to(bad_export)
    if how == "hardlink":
        os.link(bad_export, target)
    before, rows = file_digest(bad_export), count(month.db)
    result = month(
        "--lang",
        "en",
        "import",
        "dossiers",
        str(bad_export),
        "--skip-invalid",
        "--rejects",
        str(target),
    )
    assert result.exit_code == 2
    assert f"Will not write to {target}: it is {bad_export}, which this command reads" in _one_line(
        result.stderr
    )
    assert file_digest(bad_export) == before
    assert count(month.db) == rows  # refused before anything was imported


def test_the_issue_case_rejects_over_the_database_says_nothing_false(
    month: Cli, bad_export: Path
) -> None:
    """It once said "the database is unchanged", then wrote the rejects over it."""
    before = file_digest(month.db)
    result = month(
        "--lang", "en", "import", "dossiers", str(bad_export), "--rejects", str(month.db)
    )
    assert result.exit_code == 2
    assert "unchanged" not in result.stderr and "rejected" not in result.stderr
    assert file_digest(month.db) == before
    assert month("check", "--as-of", "2021-06-01", "--format", "json").exit_code in (0, 1)


def test_a_monthly_batch_never_replaces_the_folder_holding_the_database(
    month: Cli, tmp_path: Path
) -> None:
    out = tmp_path / "bao-cao"
    (out / "2021-06").mkdir(parents=True)
    inside = out / "2021-06" / "thidua.db"
    month.db.rename(inside)
    result = Cli(inside)(
        "--lang", "en", "report", "monthly", "--month", "2021-06", "--out", str(out)
    )
    assert result.exit_code == 2
    assert "it is replaced whole, and it holds" in _one_line(result.stderr)
    assert integrity(inside) == "ok"
    assert {p.name for p in (out / "2021-06").iterdir()} <= {
        "thidua.db",
        "thidua.db-wal",
        "thidua.db-shm",
    }


def test_the_guard_compares_inodes_not_only_names(tmp_path: Path) -> None:
    db = tmp_path / "a" / "thidua.db"
    db.parent.mkdir()
    db.write_bytes(b"x")
    elsewhere = tmp_path / "b" / "copy.db"
    elsewhere.parent.mkdir()
    os.link(db, elsewhere)
    with pytest.raises(UsageError):
        Kept(db).refuse(elsewhere)
    Kept(db).refuse(tmp_path / "b" / "other.db")  # a different file is fine
    Kept(db).refuse(Path("-"))  # standard output is never the database


# --- 2. special files are written to, not replaced ------------------------------------------------


def _read_fifo_in_background(fifo: Path) -> tuple[threading.Thread, list[bytes]]:
    got: list[bytes] = []

    def read() -> None:
        with fifo.open("rb") as handle:
            got.append(handle.read())

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    return reader, got


@pytest.mark.parametrize("fmt", ["csv", "json", "xlsx", "table"])
def test_a_fifo_is_written_through_and_stays_a_fifo(month: Cli, tmp_path: Path, fmt: str) -> None:
    fifo = tmp_path / "ong"
    os.mkfifo(fifo)
    reader, got = _read_fifo_in_background(fifo)
    result = month("dossiers", "--format", fmt, "-o", str(fifo))
    reader.join(timeout=60)
    assert result.exit_code == 0, result.stderr
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)
    if fmt == "xlsx":
        assert got[0].startswith(b"PK")
    else:
        assert "H29-G-0000001" in got[0].decode("utf-8")
    assert _leftovers(tmp_path) == []


def test_a_backup_into_a_fifo(month: Cli, tmp_path: Path) -> None:
    fifo = tmp_path / "ong"
    os.mkfifo(fifo)
    reader, got = _read_fifo_in_background(fifo)
    assert month("backup", str(fifo)).exit_code == 0
    reader.join(timeout=60)
    copy = tmp_path / "tu-ong.db"
    copy.write_bytes(got[0])
    assert count(copy) == 200 and integrity(copy) == "ok"
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)


@pytest.mark.parametrize(
    "args", [("dossiers", "--format", "csv"), ("dossiers", "--format", "xlsx"), ("backup",)]
)
def test_dev_null_stays_a_device(month: Cli, args: tuple[str, ...]) -> None:
    argv = [*args, "/dev/null"] if args[0] == "backup" else [*args, "-o", "/dev/null"]
    result = month(*argv)
    assert result.exit_code == 0, result.stderr
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)


def test_a_symlink_is_followed_and_its_target_replaced(month: Cli, tmp_path: Path) -> None:
    real = tmp_path / "that-muc" / "ho-so.csv"
    real.parent.mkdir()
    real.write_text("cũ")
    link = tmp_path / "ho-so.csv"
    link.symlink_to(real)
    assert month("dossiers", "--format", "csv", "-o", str(link)).exit_code == 0
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert "H29-G-0000001" in real.read_text(encoding="utf-8-sig")
    dangling = tmp_path / "moi.csv"
    dangling.symlink_to(tmp_path / "that-muc" / "chua-co.csv")
    assert month("dossiers", "--format", "csv", "-o", str(dangling)).exit_code == 0
    assert dangling.is_symlink()
    assert (
        (tmp_path / "that-muc" / "chua-co.csv").read_text(encoding="utf-8-sig").startswith("code")
    )
    assert _leftovers(tmp_path) == []


def test_dash_is_standard_output(month: Cli) -> None:
    result = month("dossiers", "--format", "csv", "-o", "-")
    assert result.exit_code == 0
    assert result.stdout.startswith("code,")  # no BOM on a pipe
    assert not Path("-").exists()
    table = month("dossiers", "-o", "-")
    assert "H29-G-0000001" in table.stdout


def test_dev_stdout_of_a_real_process(month: Cli) -> None:
    done = run_thidua(month.db, "dossiers", "--format", "json", "-o", "/dev/stdout")
    assert done.returncode == 0, done.stderr
    assert len(json.loads(done.stdout)) == 200
    binary = subprocess.run(
        _program(month.db, "dossiers", "--format", "xlsx", "-o", "/dev/stdout"),
        capture_output=True,
        env=program_env(),
        timeout=120,
    )
    assert binary.returncode == 0, binary.stderr
    assert binary.stdout.startswith(b"PK")


@pytest.mark.parametrize("output", [[], ["-o", "-"]], ids=["no-output", "dash"])
def test_a_workbook_goes_to_standard_output_when_that_is_a_pipe(
    month: Cli, output: list[str]
) -> None:
    import io
    import zipfile

    done = subprocess.run(
        _program(month.db, "dossiers", "--format", "xlsx", *output),
        capture_output=True,
        env=program_env(),
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    with zipfile.ZipFile(io.BytesIO(done.stdout)) as workbook:
        assert "xl/workbook.xml" in workbook.namelist()


def _on_a_terminal(db: Path, *args: str) -> tuple[int, bytes, str]:
    """The real program with its standard output on a pseudo-terminal, as a clerk types it."""
    import pty

    main, follower = pty.openpty()
    process = subprocess.Popen(
        _program(db, *args), stdout=follower, stderr=subprocess.PIPE, env=program_env()
    )
    os.close(follower)
    shown = bytearray()
    with contextlib.suppress(OSError):  # the program ended: the terminal is closed
        while chunk := os.read(main, 65536):
            shown += chunk
    os.close(main)
    assert process.stderr is not None
    stderr = process.stderr.read().decode()
    return process.wait(timeout=120), bytes(shown), stderr


@pytest.mark.parametrize(
    "args",
    [
        ("dossiers", "--format", "xlsx"),
        ("dossiers", "--format", "xlsx", "-o", "-"),
        ("dossiers", "--format", "xlsx", "-o", "/dev/stdout"),
        ("backup", "-"),
        ("backup", "/dev/stdout"),
    ],
    ids=["xlsx", "xlsx-dash", "xlsx-dev-stdout", "backup-dash", "backup-dev-stdout"],
)
def test_a_binary_file_is_never_put_on_a_terminal(month: Cli, args: tuple[str, ...]) -> None:
    code, shown, stderr = _on_a_terminal(month.db, *args)
    assert code == 2, stderr
    assert b"PK" not in shown and b"SQLite format" not in shown
    assert stderr.count("\n") == 1 and ("Excel" in stderr or "binary" in stderr)


def test_dev_stdout_appended_to_a_file_keeps_what_was_there(month: Cli, tmp_path: Path) -> None:
    log = tmp_path / "nhat-ky.txt"
    log.write_text("dòng cũ\n")
    with log.open("a") as handle:
        done = subprocess.run(
            _program(month.db, "dossiers", "--format", "csv", "-o", "/dev/stdout"),
            stdout=handle,
            stderr=subprocess.PIPE,
            env=program_env(),
            timeout=120,
        )
    assert done.returncode == 0
    text = log.read_text(encoding="utf-8")
    assert text.startswith("dòng cũ\n") and "H29-G-0000001" in text


def test_ctrl_c_while_writing_to_a_reader_is_130_and_quiet(
    with_procedures: Cli, tmp_path: Path
) -> None:
    """A real SIGINT to a real process, caught in the middle of writing its output."""
    export = write_generated(tmp_path / "lon.csv", 3000)
    assert with_procedures("import", "dossiers", str(export)).exit_code == 0
    fifo = tmp_path / "ong"
    os.mkfifo(fifo)
    child = subprocess.Popen(
        _program(with_procedures.db, "dossiers", "--format", "json", "-o", str(fifo)),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=program_env(),
    )
    with fifo.open("rb") as reader:
        assert reader.read(1) == b"["  # the program is writing, far from done (about 1 MB)
        child.send_signal(signal.SIGINT)
        _, stderr = child.communicate(timeout=60)
    assert child.returncode == 130
    assert "Traceback" not in stderr and "Aborted" not in stderr
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)


# --- 10. nothing left behind by a run that was killed ---------------------------------------------

PAUSED = """
import importlib, sys
fifo, target, *argv = sys.argv[1:]
module_name, attributes = target.split(":")
owner = importlib.import_module(module_name)
*path, name = attributes.split(".")
for part in path:
    owner = getattr(owner, part)
original = getattr(owner, name)
def paused(*args, **kwargs):
    with open(fifo, "rb") as handle:  # waits for the test, which kills the process meanwhile
        handle.read()
    return original(*args, **kwargs)
setattr(owner, name, paused)
from thidua_cli.__main__ import main
sys.argv = ["thidua", *argv]
main()
"""


def _kill_when_paused(tmp_path: Path, target: str, *argv: str) -> None:
    """Run thidua until it reaches ``target`` (module:attribute), then SIGKILL it there."""
    fifo = tmp_path / "dung"
    os.mkfifo(fifo)
    child = subprocess.Popen(
        [sys.executable, "-c", PAUSED, str(fifo), target, *argv],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=program_env(),
    )

    def unblock_if_it_ends_first() -> None:
        child.wait()
        with contextlib.suppress(OSError):
            os.close(os.open(fifo, os.O_RDONLY | os.O_NONBLOCK))

    threading.Thread(target=unblock_if_it_ends_first, daemon=True).start()
    with fifo.open("wb"):  # returns once the program waits at the pause
        assert child.poll() is None, child.communicate()
        child.kill()
        child.wait(timeout=60)
    assert child.returncode == -signal.SIGKILL
    fifo.unlink()


def test_a_killed_backup_leaves_a_temporary_that_the_next_backup_removes(
    month: Cli, tmp_path: Path
) -> None:
    folder = tmp_path / "sao-luu"
    folder.mkdir()
    (folder / "ghi-chu.txt").write_text("của người dùng")
    (folder / ".thidua-ghi-chu").write_text("cũng của người dùng")
    old = folder / "thidua-hom-qua.db"
    assert month("backup", str(old)).exit_code == 0
    before = file_digest(old)
    _kill_when_paused(
        tmp_path, "thidua_cli.files:Replacement.commit", "--db", str(month.db), "backup", str(old)
    )
    left = _leftovers(folder)
    assert len(left) == 1 and left[0].endswith(".db")
    assert file_digest(old) == before  # the older backup is whole
    assert (folder / left[0]).stat().st_size > 100_000
    assert month("backup", str(folder / "thidua-hom-nay.db")).exit_code == 0
    assert _leftovers(folder) == []
    assert sorted(p.name for p in folder.iterdir()) == [
        ".thidua-ghi-chu",
        "ghi-chu.txt",
        "thidua-hom-nay.db",
        "thidua-hom-qua.db",
    ]
    assert (folder / "ghi-chu.txt").read_text() == "của người dùng"


def test_a_killed_monthly_batch_leaves_the_old_batch_whole_and_is_cleaned_next_time(
    month: Cli, tmp_path: Path
) -> None:
    out = tmp_path / "bao-cao"
    out.mkdir()
    mine = {"ghi-chu.txt": "của người dùng", "bao-cao-2021-06.xlsx": "một tệp cũ của người dùng"}
    for name, text in mine.items():
        (out / name).write_text(text)
    assert month("report", "monthly", "--month", "2021-06", "--out", str(out)).exit_code == 0
    batch = out / "2021-06"
    old = {p.name: file_digest(p) for p in batch.iterdir()}
    month("import", "dossiers", str(write_generated(tmp_path / "them.csv", 10, prefix="T")))
    _kill_when_paused(
        tmp_path,
        "thidua_cli.reports.exporters.json_out:write",
        "--db",
        str(month.db),
        "report",
        "monthly",
        "--month",
        "2021-06",
        "--out",
        str(out),
    )
    left = _leftovers(out)
    assert left, "the killed run was building its folder"
    # A reader still sees the whole old batch, untouched.
    assert {p.name: file_digest(p) for p in batch.iterdir()} == old
    assert month("report", "monthly", "--month", "2021-06", "--out", str(out)).exit_code == 0
    assert _leftovers(out) == []
    assert sorted(p.name for p in out.iterdir()) == ["2021-06", *sorted(mine)]
    for name, text in mine.items():
        assert (out / name).read_text() == text
    assert {p.name for p in batch.iterdir()} == set(old)
    assert {p.name: file_digest(p) for p in batch.iterdir()} != old  # the new batch


def test_a_running_writers_temporary_is_left_alone(tmp_path: Path) -> None:
    with files.replacing(tmp_path / "a.csv", Kept()) as temporary:
        temporary.write_text("đang ghi")
        journal = Path(f"{temporary}-journal")
        journal.write_text("nhật ký")
        # Another run writing into the same folder at this moment.
        assert files.remove_stale(tmp_path) == []
        assert temporary.exists() and journal.exists()
        journal.unlink()
    assert (tmp_path / "a.csv").read_text() == "đang ghi"
    # What a killed run leaves: a temporary no one holds, its journal, a journal alone.
    for name in (".thidua-tmp-x1.db", ".thidua-tmp-x1.db-journal", ".thidua-tmp-x2.db-wal"):
        (tmp_path / name).write_text("bỏ lại")
    (tmp_path / ".thidua-tmp-x3").mkdir()
    (tmp_path / ".thidua-tmp-x3" / "bao-cao.csv").write_text("bỏ lại")
    (tmp_path / ".thidua-backup-abc123.db").write_text("bản sao lưu dở của phiên bản cũ")
    (tmp_path / "thidua-tmp-khong-an.txt").write_text("của người dùng")
    removed = files.remove_stale(tmp_path)
    assert sorted(removed) == [
        ".thidua-backup-abc123.db",
        ".thidua-tmp-x1.db",
        ".thidua-tmp-x2.db-wal",
        ".thidua-tmp-x3",
    ]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.csv", "thidua-tmp-khong-an.txt"]


# --- 12. what cannot be written says where ---------------------------------------------------------


def _immutable(folder: Path) -> Callable[[], None]:
    done = subprocess.run(["chattr", "+i", str(folder)], capture_output=True)
    if done.returncode != 0:
        pytest.skip("chattr +i is not allowed here")
    return lambda: subprocess.run(["chattr", "-i", str(folder)], check=True)


@pytest.mark.parametrize("writer", ["rejects", "csv", "monthly", "backup"])
def test_a_folder_that_cannot_be_written_is_named(
    month: Cli, tmp_path: Path, bad_export: Path, writer: str
) -> None:
    locked = tmp_path / "khoa"
    locked.mkdir()
    target = locked / "ra.csv"
    argv = {
        "rejects": WRITERS["rejects"](target, bad_export),
        "csv": WRITERS["csv"](target, bad_export),
        "backup": WRITERS["backup"](target, bad_export),
        "monthly": ("report", "monthly", "--month", "2021-06", "--out", str(locked)),
    }[writer]
    unlock = _immutable(locked)
    try:
        result = month("--lang", "en", *argv)
    finally:
        unlock()
    assert result.exit_code == 3, result.stderr
    said = _one_line(result.stderr)
    assert f"the folder {locked} may not be written to" in said, said
    assert "Traceback" not in said
    assert list(locked.iterdir()) == []


def test_a_demo_folder_that_cannot_be_made_is_named(tmp_path: Path) -> None:
    locked = tmp_path / "khoa"
    locked.mkdir()
    unlock = _immutable(locked)
    try:
        result = Cli(tmp_path / "none.db")("--lang", "en", "demo", "--dir", str(locked / "demo"))
    finally:
        unlock()
    assert result.exit_code == 3
    assert f"the folder {locked} may not be written to" in _one_line(result.stderr)


def test_an_out_folder_that_cannot_be_made_is_named(month: Cli, tmp_path: Path) -> None:
    locked = tmp_path / "khoa"
    locked.mkdir()
    unlock = _immutable(locked)
    try:
        result = month(
            "--lang",
            "en",
            "report",
            "monthly",
            "--month",
            "2021-06",
            "--out",
            str(locked / "moi" / "bao-cao"),
        )
    finally:
        unlock()
    assert result.exit_code == 3
    assert f"the folder {locked} may not be written to" in _one_line(result.stderr)


@pytest.mark.parametrize("writer", ["rejects", "csv", "backup"])
def test_a_folder_given_as_the_file_to_write_says_it_is_a_folder(
    month: Cli, tmp_path: Path, bad_export: Path, writer: str
) -> None:
    result = month("--lang", "en", *WRITERS[writer](tmp_path, bad_export))
    assert result.exit_code == 2
    assert f"{tmp_path} is a folder; give the name of a file" in _one_line(result.stderr)


@pytest.mark.parametrize("command", [("import", "dossiers"), ("campaign", "load")])
def test_a_folder_given_as_the_file_to_read_says_it_is_a_folder(
    month: Cli, tmp_path: Path, command: tuple[str, ...]
) -> None:
    result = month("--lang", "en", *command, str(tmp_path))
    assert result.exit_code == 2
    assert f"{tmp_path} is a folder, not a file" in _one_line(result.stderr)


def test_a_full_disk_during_backup_names_the_backup_not_the_database(
    month: Cli, tmp_path: Path
) -> None:
    """A real full disk: a tiny tmpfs mounted in a user namespace, half the database's size."""
    size_kb = month.db.stat().st_size // 1024
    assert size_kb > 600
    disk = tmp_path / "dia-nho"
    disk.mkdir()
    target = disk / "thidua.db"
    before = file_digest(month.db)
    program = shlex.join(_program(month.db, "backup", str(target)))
    listing = shlex.join(["ls", "-A", str(disk)])
    done = in_namespace(
        f"mount -t tmpfs -o size={size_kb // 2}k tmpfs {shlex.quote(str(disk))}",
        f'{program}; echo "exit=$?" >&2; {listing}',
    )
    if done is None:
        pytest.skip(SANDBOX)
    assert "exit=3" in done.stderr, done.stderr
    said = _one_line(done.stderr.replace("exit=3", ""))
    assert said == (
        f"Error: Cannot write {target}: the disk holding {disk} is full; any earlier file there "
        "is left as it was."
    ), said
    assert done.stdout == ""  # nothing left on the full disk, not even a temporary
    assert file_digest(month.db) == before


def test_a_word_document_never_replaces_the_database(tmp_path: Path) -> None:
    folder = tmp_path / "demo"
    assert Cli(tmp_path / "none.db")("demo", "--dir", str(folder)).exit_code == 0
    demo = Cli(folder / "thidua-demo.db")
    before = file_digest(demo.db)
    link = tmp_path / "bao-cao.docx"
    link.symlink_to(demo.db)
    for target in (demo.db, link):
        result = demo(
            "--lang", "en", "report", "review", "--campaign", "486/KH-GDĐT", "--stage", "tong-ket",
            "-f", "docx", "-o", str(target),
        )  # fmt: skip
        assert result.exit_code == 2
        assert "it is the live database" in _one_line(result.stderr)
    assert file_digest(demo.db) == before
