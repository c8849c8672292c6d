"""``thidua demo``: import the shipped sample month into a database of its own and show the reports."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from functools import partial
from pathlib import Path
from typing import Any

import typer

from thidua_cli.commands.options import state
from thidua_cli.state import AppState
from thidua_cli.text import formats
from thidua_cli.text.help import h

AS_OF = "2021-07-01"
MONTH = ("2021-06-01", "2021-06-30")
# (import kind, file) in the order a clerk would load them: procedures first, for the deadlines.
SAMPLE_IMPORTS = (
    # The roster before the dossiers, so the import names the officer who is not on it.
    ("staff", "can-bo.csv"),
    ("procedures", "procedures.csv"),
    ("dossiers", "ho-so-2021-06.csv"),
    ("dossiers", "ho-so-2021-06-bo-phan-mot-cua.csv"),
    ("dossiers", "ho-so-bo-sung-2021-06.xlsx"),
    ("surveys", "khao-sat-2021-06.csv"),
    ("initiatives", "sang-kien-2021.csv"),
    ("complaints", "phan-anh-2021-06.csv"),
    ("enrollment", "tuyen-sinh-2021.csv"),
)
CAMPAIGN_FILE = "campaign-486-KH-GDDT-2021.toml"
CAMPAIGN = "486/KH-GDĐT"
# The progress the sample office recorded against the campaign's tasks (code, done_on, note).
TASK_PROGRESS_FILE = "tien-do-nhiem-vu-2021.csv"
# The invented office's identity on its papers, as `thidua config set` would store it.
SAMPLE_OFFICE = {
    "office_parent": "Ủy ban nhân dân Quận 25",
    "office_name": "Phòng Giáo dục và Đào tạo",
    "place": "Quận 25",
    "signer_title": "Trưởng phòng",
    "signer_name": "Lê Thị Minh Thư",
    "report_recipient": "Ủy ban nhân dân Quận 25",
    "recipients": "Như trên; Phòng Nội vụ Quận 25; Lưu: VT, Tổ Tổ chức cán bộ",
}
# The papers the demo ends with, in the demo's folder.
REVIEW_FILE = "bao-cao-tong-ket.docx"
PROPOSAL_FILE = "danh-sach-de-nghi-khen-thuong.docx"


def sample_dir() -> Path:
    """The sample data shipped with the package (the repository's ``sample_data/``)."""
    from importlib.resources import files

    return Path(str(files("thidua_cli.sample_data")))


def demo(
    ctx: typer.Context,
    directory: Path = typer.Option(
        Path("thidua-demo"), "--dir", help=h("demo.opt.dir"), file_okay=False
    ),
) -> None:
    from thidua_cli.commands import check_cmd, form06_cmd, import_cmd
    from thidua_cli.files import make_folder

    outer = state(ctx)
    make_folder(directory)
    db_path = directory / "thidua-demo.db"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db_path}{suffix}").unlink(missing_ok=True)
    demo_state = AppState(
        db_path=db_path,
        lang=outer.lang,
        quiet=outer.quiet,
        color=outer.color,
        busy_timeout=outer.busy_timeout,
        repeat_warnings=False,
    )
    root = ctx.find_root()
    root.obj = demo_state
    try:
        demo_state.say("demo.start", path=str(db_path))
        data = sample_dir()
        for kind_name, file_name in SAMPLE_IMPORTS:
            _step(partial(import_cmd.run, ctx, kind_name, data / file_name))
        _office_identity(demo_state)
        from thidua_cli.commands import campaign_cmd, compliance_cmd, task_cmd

        # Loaded before the check, which lists the campaign's tasks due soon beside the dossiers.
        campaign_cmd.load_campaign(demo_state, data / CAMPAIGN_FILE)
        progress = _task_progress(data / TASK_PROGRESS_FILE)
        task_cmd.record_progress(demo_state, CAMPAIGN, progress)
        demo_state.say("task.demo_recorded", count=len(progress), file=TASK_PROGRESS_FILE)
        _heading(demo_state, "demo.section.check", as_of=date.fromisoformat(AS_OF))
        _step(lambda: check_cmd.check(ctx, as_of=AS_OF, within=2, fmt="table", output=None))
        _heading(
            demo_state,
            "demo.section.form06",
            start=date.fromisoformat(MONTH[0]),
            end=date.fromisoformat(MONTH[1]),
        )
        _step(
            lambda: form06_cmd.form06(
                ctx,
                start=MONTH[0],
                end=MONTH[1],
                by="field",
                as_of=AS_OF,
                fmt="table",
                output=None,
            )
        )
        _heading(
            demo_state, "task.demo_section", campaign=CAMPAIGN, as_of=date.fromisoformat(AS_OF)
        )
        _step(
            lambda: task_cmd.list_(
                ctx, campaign=CAMPAIGN, as_of=AS_OF, owner=None, fmt="table", output=None
            )
        )
        _heading(demo_state, "compliance.demo_section", code=CAMPAIGN)
        _step(
            lambda: compliance_cmd.compliance(
                ctx, campaign=CAMPAIGN, as_of=AS_OF, strict=False, fmt="table", output=None
            )
        )
        from thidua_cli.commands import awards_cmd

        _heading(demo_state, "awards.demo_section", campaign=CAMPAIGN)
        _step(
            lambda: awards_cmd.awards(ctx, campaign=CAMPAIGN, as_of=AS_OF, fmt="table", output=None)
        )
        _monthly_batch(demo_state, directory / "bao-cao")
        from thidua_cli.commands import review_cmd

        review = directory / REVIEW_FILE
        _heading(demo_state, "review.demo_section", campaign=CAMPAIGN)
        _step(
            lambda: review_cmd.review(
                ctx, campaign=CAMPAIGN, stage="tong-ket", as_of=AS_OF, fmt=None, output=review
            )
        )
        # The list the review's section III proposes, as the paper sent with it.
        proposal = directory / PROPOSAL_FILE
        _heading(demo_state, "proposal.demo_section", campaign=CAMPAIGN)
        _step(
            lambda: awards_cmd.awards(
                ctx, campaign=CAMPAIGN, as_of=AS_OF, fmt=None, output=proposal
            )
        )
        demo_state.say("demo.done", path=str(db_path))
    finally:
        demo_state.close()
        root.obj = outer


def _office_identity(app_state: AppState) -> None:
    """The sample office's header and signature block, set as `thidua config set` would."""
    from thidua_cli.store.db import transaction
    from thidua_cli.store.reference import set_setting

    conn = app_state.db(create=True)
    with transaction(conn, app_state.db_path):
        for key, value in SAMPLE_OFFICE.items():
            set_setting(conn, key, value)


def _task_progress(file: Path) -> list[tuple[str, date, str | None]]:
    """The sample's recorded progress: ``code,done_on,note`` with dates day first."""
    import csv

    with file.open(encoding="utf-8", newline="") as handle:
        return [
            (
                row["code"],
                datetime.strptime(row["done_on"], "%d/%m/%Y").date(),
                row["note"] or None,
            )
            for row in csv.DictReader(handle)
        ]


def _step(action: Callable[[], Any]) -> None:
    """Run one part of the demo; its findings (exit 1) are the point of the demo, not a stop."""
    try:
        action()
    except typer.Exit as exc:
        if exc.exit_code not in (0, 1):
            raise


def _heading(app_state: AppState, key: str, **params: Any) -> None:
    from thidua_cli.ui.progress import section_rule

    section_rule(app_state.out, app_state.t(key, **params))


SAMPLE_MONTH = "2021-06"
SAMPLE_CAMPAIGN = "486/KH-GDĐT"


def _monthly_batch(app_state: AppState, out: Path) -> None:
    """The month's batch of every report, with the sample campaign's once it is loaded."""
    import sqlite3

    from thidua_cli.commands.monthly_cmd import run_monthly
    from thidua_cli.errors import ThiduaError
    from thidua_cli.reports.monthly import month_period

    campaign: str | None = SAMPLE_CAMPAIGN
    try:
        from thidua_cli.reports.campaigns import get_campaign

        get_campaign(app_state.db(), SAMPLE_CAMPAIGN)
    except (ImportError, ThiduaError, sqlite3.Error):
        campaign = None
    june = formats.month(2021, 6, app_state.lang)
    _heading(app_state, "monthly.demo_heading", month=june, path=str(out))
    run_monthly(app_state, month_period(SAMPLE_MONTH), campaign, out, day=date.fromisoformat(AS_OF))
