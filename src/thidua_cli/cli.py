"""The Typer application: global options, the command tree, and typed errors turned into exit codes.

Command modules import only Typer and the standard library at the top; everything heavy is imported
inside the command that needs it, so ``thidua --help`` and a cron ``check`` start fast.
"""

from __future__ import annotations

import os
import sqlite3
import sys
from pathlib import Path
from typing import Any

import typer
from typer.core import TyperGroup

from thidua_cli import __version__
from thidua_cli.errors import EXIT_FAILURE, ThiduaError
from thidua_cli.state import AppState
from thidua_cli.ui.help import HELP_LANG, h


class _Root(TyperGroup):
    """Runs the whole command chain, so every typed error ends here as one sentence and a code."""

    def invoke(self, ctx: Any) -> Any:
        try:
            return super().invoke(ctx)
        except ThiduaError as exc:
            _report(ctx, exc)
            ctx.exit(exc.exit_code)
        except sqlite3.Error as exc:
            from thidua_cli.store.db import translate

            state = ctx.obj if isinstance(ctx.obj, AppState) else None
            path = state.db_path if state else ""
            error = translate(exc, path)
            _report(ctx, error)
            ctx.exit(error.exit_code)
        finally:
            if isinstance(ctx.obj, AppState):
                ctx.obj.close()


def _report(ctx: typer.Context, exc: ThiduaError) -> None:
    from thidua_cli.ui.render import print_error

    state = ctx.obj if isinstance(ctx.obj, AppState) else None
    print_error(exc, lang=state.lang if state else HELP_LANG, color=state.color if state else True)


app = typer.Typer(
    cls=_Root,
    name="thidua",
    help=h("cli.help"),
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"thidua {__version__}")
        raise typer.Exit()


@app.callback()
def root(
    ctx: typer.Context,
    db: Path = typer.Option(
        None, "--db", envvar="THIDUA_DB", help=h("cli.opt.db"), show_default=False
    ),
    lang: str = typer.Option(
        "vi", "--lang", envvar="THIDUA_LANG", help=h("cli.opt.lang"), show_default=True
    ),
    quiet: bool = typer.Option(False, "--quiet", "-q", help=h("cli.opt.quiet")),
    no_color: bool = typer.Option(False, "--no-color", help=h("cli.opt.no_color")),
    redact: bool = typer.Option(False, "--redact", help=h("export.opt.redact")),
    busy_timeout: float = typer.Option(
        30.0, "--busy-timeout", envvar="THIDUA_BUSY_TIMEOUT", help=h("cli.opt.busy_timeout")
    ),
    version: bool = typer.Option(
        False, "--version", callback=_version, is_eager=True, help=h("cli.opt.version")
    ),
) -> None:
    if lang not in ("vi", "en"):
        raise typer.BadParameter(h("cli.bad_lang", value=lang), param_hint="--lang")
    if busy_timeout < 0:
        raise typer.BadParameter(str(busy_timeout), param_hint="--busy-timeout")
    ctx.obj = AppState(
        db_path=db if db is not None else Path("thidua.db"),
        lang=lang,
        quiet=quiet,
        color=not no_color,
        busy_timeout=busy_timeout,
        redact=redact,
    )


def _register() -> None:
    from thidua_cli.commands import (
        calendar_cmd,
        check_cmd,
        config_cmd,
        demo_cmd,
        dossiers_cmd,
        import_cmd,
        imports_cmd,
        report_cmd,
    )

    app.add_typer(import_cmd.app, name="import", help=h("import.help"))
    app.add_typer(imports_cmd.app, name="imports", help=h("imports.help"))
    app.command("dossiers", help=h("dossiers.help"))(dossiers_cmd.dossiers)
    app.command("check", help=h("check.help"))(check_cmd.check)
    app.add_typer(report_cmd.app, name="report", help=h("report.help"))
    app.add_typer(calendar_cmd.app, name="calendar", help=h("calendar.help"))
    app.add_typer(config_cmd.app, name="config", help=h("config.help"))
    app.command("demo", help=h("demo.help"))(demo_cmd.demo)

    from thidua_cli.commands import db_cmd

    app.add_typer(db_cmd.app, name="db", help=h("dbcheck.group_help"))
    app.command("backup", help=h("backup.help"))(db_cmd.backup)

    from thidua_cli.commands import campaign_cmd

    app.add_typer(campaign_cmd.app, name="campaign", help=h("campaign.help"))

    from thidua_cli.commands import awards_cmd, complaints_cmd, initiative_cmd, staff_cmd

    app.command("staff", help=h("staff.help"))(staff_cmd.staff)
    app.add_typer(initiative_cmd.app, name="initiative", help=h("initiative.help"))
    app.command("complaints", help=h("complaint.help"))(complaints_cmd.complaints)
    app.command("awards", help=h("awards.help"))(awards_cmd.awards)


_register()


def main() -> None:
    try:
        app()
    except KeyboardInterrupt:
        sys.stderr.write("\n")
        sys.exit(130)
    except ThiduaError as exc:  # raised before a command ran (e.g. while parsing)
        from thidua_cli.ui.render import print_error

        print_error(exc, lang=HELP_LANG, color="NO_COLOR" not in os.environ)
        sys.exit(exc.exit_code)
    except OSError as exc:
        sys.stderr.write(f"{exc.strerror or exc}\n")
        sys.exit(EXIT_FAILURE)
