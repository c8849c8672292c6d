"""The Typer application: global options, the command tree, and typed errors turned into exit codes.

Command modules import only Typer and the standard library at the top; everything heavy is imported
inside the command that needs it, so ``thidua --help`` and a cron ``check`` start fast.
"""

from __future__ import annotations

import os
import sqlite3
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import click
import typer

from thidua_cli import __version__
from thidua_cli.commands.group import Group
from thidua_cli.errors import EXIT_INTERRUPTED, EXIT_PIPE_CLOSED, ThiduaError
from thidua_cli.state import AppState
from thidua_cli.text.frame import use_language
from thidua_cli.text.help import HELP_LANG, h, language_of


class _Root(Group):
    """Runs the whole command chain, so every typed error ends here as one sentence and a code.

    Commands are loaded on first use (``COMMANDS``); listing them for ``--help`` needs only their
    names and help texts.
    """

    def main(self, args: Sequence[str] | None = None, *rest: Any, **extra: Any) -> Any:
        # Click's own words (usage, usage errors) follow this command line's language, before
        # anything of it is parsed.
        use_language(language_of(sys.argv[1:] if args is None else args))
        return super().main(args, *rest, **extra)

    def list_commands(self, ctx: Any) -> list[str]:
        return [*self.commands, *(name for name in COMMANDS if name not in self.commands)]

    def get_command(self, ctx: Any, cmd_name: str) -> Any:
        command = self.commands.get(cmd_name)
        if command is None and cmd_name in COMMANDS:
            command = self.commands[cmd_name] = load_command(cmd_name)
        return command

    def format_commands(self, ctx: Any, formatter: Any) -> None:
        # The listing only reads each command's name and help: a stand-in spares the import.
        listed = self.commands
        try:
            self.commands = {
                name: self.commands.get(name) or _listed(name) for name in self.list_commands(ctx)
            }
            super().format_commands(ctx, formatter)
        finally:
            self.commands = listed

    def make_context(self, *args: Any, **kwargs: Any) -> Any:
        try:
            return super().make_context(*args, **kwargs)
        except KeyboardInterrupt:
            raise _interrupted() from None

    def invoke(self, ctx: Any) -> Any:
        try:
            return super().invoke(ctx)
        except KeyboardInterrupt:
            # Click would say "Aborted!" and exit 1, the code of "findings" to a cron script.
            raise _interrupted() from None
        except BrokenPipeError:
            # Click would exit 1, the code of "findings".
            raise _reader_gone() from None
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


def _interrupted() -> Exception:
    sys.stderr.write("\n")  # ends the line the terminal's ^C was echoed on
    return typer.Exit(EXIT_INTERRUPTED)


def _reader_gone() -> Exception:
    """The reader of standard output closed it (``| head``): stop quietly, exit 141.

    Standard output now leads nowhere, so that Python's own flush at exit cannot fail again and
    print a traceback of its own.
    """
    try:
        nowhere = os.open(os.devnull, os.O_WRONLY)
        os.dup2(nowhere, sys.stdout.fileno())
        os.close(nowhere)
    except (OSError, ValueError):  # no descriptor behind sys.stdout (a test's capture)
        pass
    return typer.Exit(EXIT_PIPE_CLOSED)


def _listed(name: str) -> Any:
    from typer.core import TyperCommand

    return TyperCommand(name, help=h(COMMANDS[name][2]), rich_markup_mode=None)


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
    options_metavar=h("meta.options"),
    subcommand_metavar=h("meta.command"),
)


# A day: a writer that waits longer is stuck, not queued.
MAX_BUSY_TIMEOUT_S = 86_400


def _version(value: bool) -> None:
    if value:
        typer.echo(f"thidua {__version__}")
        raise typer.Exit()


@app.callback()
def root(
    ctx: typer.Context,
    db: Path = typer.Option(
        None,
        "--db",
        envvar="THIDUA_DB",
        help=h("cli.opt.db"),
        show_default=False,
        # The help says where the value comes from; Click would name the variable in English.
        show_envvar=False,
        metavar=h("meta.file"),
    ),
    lang: str = typer.Option(
        "vi",
        "--lang",
        envvar="THIDUA_LANG",
        help=h("cli.opt.lang"),
        show_default=False,
        show_envvar=False,
        click_type=click.Choice(["vi", "en"]),
    ),
    quiet: bool = typer.Option(False, "--quiet", "-q", help=h("cli.opt.quiet")),
    no_color: bool = typer.Option(False, "--no-color", help=h("cli.opt.no_color")),
    redact: bool = typer.Option(False, "--redact", help=h("export.opt.redact")),
    busy_timeout: float = typer.Option(
        30.0,
        "--busy-timeout",
        envvar="THIDUA_BUSY_TIMEOUT",
        help=h("cli.opt.busy_timeout"),
        metavar=h("meta.seconds"),
        show_default=False,
        show_envvar=False,
    ),
    version: bool = typer.Option(
        False, "--version", callback=_version, is_eager=True, help=h("cli.opt.version")
    ),
) -> None:
    # inf and nan parse as floats; SQLite takes whole milliseconds.
    if not 0 <= busy_timeout <= MAX_BUSY_TIMEOUT_S:
        raise typer.BadParameter(
            h("cli.bad_busy_timeout", value=busy_timeout, most=MAX_BUSY_TIMEOUT_S),
            param_hint="--busy-timeout",
        )
    ctx.obj = AppState(
        db_path=db if db is not None else Path("thidua.db"),
        lang=lang,
        quiet=quiet,
        color=not no_color,
        busy_timeout=busy_timeout,
        redact=redact,
    )


# Every command, imported only when it runs or its own help is asked for: `thidua --help` and a
# cron `check` then load one command module, not all of them. name -> (module in
# thidua_cli.commands, attribute, help key); an attribute that is a Typer app is a command group.
COMMANDS: dict[str, tuple[str, str, str]] = {
    # Listed in this order by --help: single commands first, then groups.
    "dossiers": ("dossiers_cmd", "dossiers", "dossiers.help"),
    "check": ("check_cmd", "check", "check.help"),
    "demo": ("demo_cmd", "demo", "demo.help"),
    "backup": ("db_cmd", "backup", "backup.help"),
    "staff": ("staff_cmd", "staff", "staff.help"),
    "complaints": ("complaints_cmd", "complaints", "complaint.help"),
    "awards": ("awards_cmd", "awards", "awards.help"),
    "import": ("import_cmd", "app", "import.help"),
    "imports": ("imports_cmd", "app", "imports.help"),
    "vocab": ("vocab_cmd", "app", "vocab.help"),
    "profile": ("profile_cmd", "app", "profile.help"),
    "report": ("report_cmd", "app", "report.help"),
    "calendar": ("calendar_cmd", "app", "calendar.help"),
    "config": ("config_cmd", "app", "config.help"),
    "db": ("db_cmd", "app", "dbcheck.group_help"),
    "campaign": ("campaign_cmd", "app", "campaign.help"),
    "initiative": ("initiative_cmd", "app", "initiative.help"),
    "task": ("task_cmd", "app", "task.help"),
}


def load_command(name: str) -> Any:
    """The click command ``name``, built as ``add_typer`` / ``app.command`` would build it."""
    from importlib import import_module

    import typer.main

    module_name, attribute, help_key = COMMANDS[name]
    target = getattr(import_module(f"thidua_cli.commands.{module_name}"), attribute)
    command: Any
    if isinstance(target, typer.Typer):
        # Plain help like the root's, as add_typer passes the parent's markup mode down.
        target.rich_markup_mode = None
        command = typer.main.get_group(target)
        command.help = h(help_key)
    else:
        single = typer.Typer(add_completion=False, rich_markup_mode=None)
        single.command(name, help=h(help_key))(target)
        command = typer.main.get_command(single)
    command.name = name
    in_help_language(command)
    with_headers(command)
    return command


def with_headers(command: click.Command) -> None:
    """Every command with --format takes --headers too (a CSV headed with labels)."""
    from thidua_cli.commands.options import headers_option

    if isinstance(command, click.Group):
        for sub in command.commands.values():
            with_headers(sub)
    names = {opt for param in command.params for opt in getattr(param, "opts", ())}
    if "--format" in names and "--headers" not in names:
        command.params.append(headers_option())


def in_help_language(command: click.Command) -> None:
    """The usage line and the names of values in the help language: Click's are English words."""
    command.options_metavar = h("meta.options")
    if isinstance(command, click.Group):
        command.subcommand_metavar = h("meta.command")
        for sub in command.commands.values():
            in_help_language(sub)
    for param in command.params:
        if param.metavar is None and not getattr(param, "is_flag", False):
            named = VALUE_NAMES.get(param.name or "")
            param.metavar = h(named) if named else _value_name(param.type)


# What an option's or argument's value is, by its name, for the usage line and --help.
VALUE_NAMES = {
    "campaign": "meta.campaign",
    "code": "meta.code",
    "officer": "meta.officer",
    "unit": "meta.unit",
    "owner": "meta.owner",
    "procedure": "meta.procedure",
    "note": "meta.note",
    "within": "meta.days",
    "year": "meta.year",
    "scale": "meta.levels",
    "encoding": "meta.encoding",
    "delimiter": "meta.delimiter",
    "sheet": "meta.sheet",
    "decision_no": "meta.decision_no",
    "kind": "meta.kind",
    "key": "meta.key",
    "value": "meta.value",
    "title": "meta.title",
    "name": "meta.name",
    "vocabulary": "meta.vocabulary",
    "label": "meta.label",
    "word": "meta.word",
}


def _value_name(kind: click.ParamType) -> str | None:
    if isinstance(kind, click.Path):
        return h("meta.dir") if not kind.file_okay else h("meta.file")
    if isinstance(kind, click.types.IntParamType | click.types.FloatParamType):
        return h("meta.number")
    if isinstance(kind, click.types.StringParamType):
        return h("meta.text")
    return None  # a Choice lists its values, which are the words to type


def main() -> None:
    """The program: every outcome is an exit code of the contract, never a traceback."""
    try:
        app()
    except KeyboardInterrupt:
        sys.stderr.write("\n")
        sys.exit(EXIT_INTERRUPTED)
    except ThiduaError as exc:  # raised before a command ran (e.g. while parsing)
        from thidua_cli.ui.render import print_error

        print_error(exc, lang=HELP_LANG, color="NO_COLOR" not in os.environ)
        sys.exit(exc.exit_code)
    except Exception as exc:
        sys.exit(crashed(exc))


def crashed(exc: BaseException) -> int:
    """An error nobody foresaw: its traceback goes to a log file, the user reads one sentence
    naming that file, and the exit code (70) tells a cron script it was not "findings"."""
    import traceback

    from thidua_cli.errors import EXIT_SOFTWARE
    from thidua_cli.text.messages import text

    details = "".join(traceback.format_exception(exc))
    log = _crash_log(f"thidua {__version__}\nargv: {sys.argv!r}\n\n{details}")
    if log is None:
        # Nowhere to keep the traceback: its last line at least.
        detail = "".join(traceback.format_exception_only(exc)).strip().replace("\n", " ")
        sys.stderr.write(text("crash.no_log", HELP_LANG, detail=detail) + "\n")
    else:
        kind = type(exc).__name__
        sys.stderr.write(text("crash.logged", HELP_LANG, kind=kind, log=str(log)) + "\n")
    return EXIT_SOFTWARE


def crash_log_folder() -> Path:
    """``$XDG_STATE_HOME/thidua`` (by default ``~/.local/state/thidua``): logs a person keeps."""
    base = os.environ.get("XDG_STATE_HOME") or os.path.join(
        os.path.expanduser("~"), ".local", "state"
    )
    return Path(base) / "thidua"


def _crash_log(content: str) -> Path | None:
    import tempfile
    import time

    stamp = time.strftime("%Y%m%d-%H%M%S")
    for folder in (crash_log_folder(), Path(tempfile.gettempdir())):
        try:
            folder.mkdir(parents=True, exist_ok=True, mode=0o700)
            # mkstemp: a name of its own, readable by its owner only (a traceback may quote data).
            fd, name = tempfile.mkstemp(prefix=f"thidua-crash-{stamp}-", suffix=".log", dir=folder)
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                handle.write(content)
            return Path(name)
        except OSError:
            continue
    return None
