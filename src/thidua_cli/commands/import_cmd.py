"""``thidua import KIND FILE``: read an export into the database."""

from __future__ import annotations

from pathlib import Path

import typer

from thidua_cli.commands.group import Group
from thidua_cli.commands.options import state
from thidua_cli.errors import EXIT_FINDINGS
from thidua_cli.text.help import h

app = typer.Typer(cls=Group, no_args_is_help=True)

FILE = typer.Argument(..., help=h("opt.file"), show_default=False)
ENCODING = typer.Option(None, "--encoding", help=h("import.opt.encoding"))
DELIMITER = typer.Option(None, "--delimiter", help=h("import.opt.delimiter"))
SHEET = typer.Option(None, "--sheet", help=h("import.opt.sheet"))
MAP = typer.Option([], "--map", help=h("import.opt.map"), metavar=h("meta.mapping"))
DRY_RUN = typer.Option(False, "--dry-run", help=h("import.opt.dry_run"))
SKIP_INVALID = typer.Option(False, "--skip-invalid", help=h("import.opt.skip_invalid"))
REJECTS = typer.Option(None, "--rejects", help=h("import.opt.rejects"), dir_okay=False)


def run(
    ctx: typer.Context,
    kind_name: str,
    file: Path,
    encoding: str | None,
    delimiter: str | None,
    sheet: str | None,
    mapping: list[str],
    dry_run: bool,
    skip_invalid: bool,
    rejects: Path | None,
    *,
    scale: int = 5,
) -> None:
    """Shared body of every ``import`` subcommand: run the pipeline, report, set the exit code."""
    from thidua_cli.importers import kind
    from thidua_cli.ingest.headers import parse_mapping
    from thidua_cli.pipeline import ImportOptions, run_import
    from thidua_cli.ui.render import describe_row_error, import_summary, row_errors

    app_state = state(ctx)
    options = ImportOptions(
        encoding=encoding,
        delimiter=delimiter,
        sheet=sheet,
        mapping=parse_mapping(mapping),
        dry_run=dry_run,
        skip_invalid=skip_invalid,
        rejects=rejects,
    )
    result = run_import(
        app_state.db(create=True),
        file,
        kind(kind_name, scale=scale),
        options,
        describe=lambda e: describe_row_error(e, app_state.lang),
        reason_header=app_state.t("col.reason"),
    )
    if result.unknown_columns:
        app_state.warn("import.unknown_columns", columns=", ".join(result.unknown_columns))
    for key, params in result.warnings:
        app_state.warn(key, **params)
    if result.errors:
        # Invalid rows are findings: shown even with --quiet, on stderr.
        app_state.err.print(row_errors(result.errors, result.rejected, app_state.t, app_state.lang))
    if not app_state.quiet or result.rejected:
        app_state.err.print(import_summary(result, app_state.t))
    if rejects is not None and result.rejected:
        app_state.say("import.rejects_written", path=str(rejects), count=result.rejected)
    if result.findings:
        raise typer.Exit(EXIT_FINDINGS)


def _add_kind(name: str, help_key: str) -> None:
    """One ``thidua import NAME FILE`` subcommand; every kind takes the same reading options."""

    def command(
        ctx: typer.Context,
        file: Path = FILE,
        encoding: str | None = ENCODING,
        delimiter: str | None = DELIMITER,
        sheet: str | None = SHEET,
        mapping: list[str] = MAP,
        dry_run: bool = DRY_RUN,
        skip_invalid: bool = SKIP_INVALID,
        rejects: Path | None = REJECTS,
    ) -> None:
        run(ctx, name, file, encoding, delimiter, sheet, mapping, dry_run, skip_invalid, rejects)

    app.command(name, help=h(help_key))(command)


for _name, _help_key in (
    ("dossiers", "import.dossiers.help"),
    ("procedures", "import.procedures.help"),
    ("staff", "import.staff.help"),
    ("initiatives", "import.initiatives.help"),
    ("complaints", "import.complaints.help"),
    ("enrollment", "import.enrollment.help"),
):
    _add_kind(_name, _help_key)


@app.command("surveys", help=h("survey.import_help"))
def import_surveys(
    ctx: typer.Context,
    file: Path = FILE,
    encoding: str | None = ENCODING,
    delimiter: str | None = DELIMITER,
    sheet: str | None = SHEET,
    mapping: list[str] = MAP,
    dry_run: bool = DRY_RUN,
    skip_invalid: bool = SKIP_INVALID,
    rejects: Path | None = REJECTS,
    scale: int = typer.Option(5, "--scale", min=3, max=5, help=h("survey.opt.scale")),
) -> None:
    run(
        ctx,
        "surveys",
        file,
        encoding,
        delimiter,
        sheet,
        mapping,
        dry_run,
        skip_invalid,
        rejects,
        scale=scale,
    )
