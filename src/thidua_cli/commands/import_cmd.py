"""``thidua import KIND FILE``: read an export into the database.

One subcommand per import kind (``importing.kinds``), built from its declaration when asked for:
every kind takes the same reading options, plus the options it declares itself.
"""

from __future__ import annotations

import inspect
import os
import shlex
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer

from thidua_cli.commands.group import Group
from thidua_cli.commands.options import state
from thidua_cli.errors import EXIT_FINDINGS
from thidua_cli.text.help import h

if TYPE_CHECKING:
    from thidua_cli.importing.kind import UnknownLabel
    from thidua_cli.state import AppState


class _Kinds(Group):
    """The group's subcommands are built from the kinds' declarations, not registered one by one."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        from thidua_cli.importing import kinds

        super().__init__(*args, **kwargs)
        for kind in kinds.all_kinds():
            self.commands.setdefault(kind.name, _command(kind.name, kind.help_key, kind.options))


app = typer.Typer(cls=_Kinds, no_args_is_help=True)


def run(
    ctx: typer.Context,
    kind_name: str,
    file: Path,
    *,
    encoding: str | None = None,
    delimiter: str | None = None,
    sheet: str | None = None,
    mapping: Sequence[str] = (),
    dry_run: bool = False,
    skip_invalid: bool = False,
    rejects: Path | None = None,
    profile: str | None = None,
    kind_options: dict[str, Any] | None = None,
) -> None:
    """Shared body of every ``import`` subcommand: run the pipeline, report, set the exit code."""
    from thidua_cli.importing import kinds
    from thidua_cli.importing.pipeline import run_import
    from thidua_cli.importing.profiles import find_profile, import_options
    from thidua_cli.ingest.headers import parse_mapping
    from thidua_cli.ui.render import (
        describe_row_error,
        import_summary,
        row_errors,
        unknown_labels,
    )

    app_state = state(ctx)
    conn = app_state.db(create=True)
    options = import_options(
        find_profile(conn, profile, lang=app_state.lang) if profile else None,
        kind_name,
        encoding=encoding,
        delimiter=delimiter,
        sheet=sheet,
        mapping=parse_mapping(list(mapping)),
        dry_run=dry_run,
        skip_invalid=skip_invalid,
        rejects=rejects,
        kind_options=kind_options or {},
    )
    result = run_import(
        conn,
        file,
        kinds.get(kind_name),
        options,
        describe=lambda e: describe_row_error(e, app_state.lang),
        reason_header=app_state.t("col.reason"),
    )
    hinted = {header for header, _, _ in result.column_hints}
    plain = [header for header in result.unknown_columns if header not in hinted]
    if plain:
        app_state.warn("import.unknown_columns", columns=", ".join(plain))
    for header, name, shown in result.column_hints:
        mapping = shlex.quote(f"{name}={header}")
        app_state.warn("import.ignored_looks_like", header=header, column=shown, mapping=mapping)
    for key, params in result.warnings:
        app_state.warn(key, **params)
    if result.errors:
        # Invalid rows are findings: shown even with --quiet, on stderr.
        app_state.err.print(row_errors(result.errors, result.rejected, app_state.t, app_state.lang))
    # Grouped by column, the most frequent label first.
    found = sorted(result.unknown_labels.values(), key=lambda u: (u.column, -u.count, u.lines))
    if found:
        app_state.err.print(unknown_labels(found, app_state.t, app_state.lang))
    if not app_state.quiet or result.rejected:
        app_state.err.print(import_summary(result, app_state.t))
    if rejects is not None and result.rejected:
        app_state.say("import.rejects_written", path=str(rejects), count=result.rejected)
    if found:
        _teaching(app_state, found)
    if result.findings:
        raise typer.Exit(EXIT_FINDINGS)


def _teaching(app_state: AppState, found: list[UnknownLabel]) -> None:
    """The commands that teach the unknown labels, one a line, never wrapped: copied as they are."""
    from thidua_cli.commands.choices import VOCABULARY
    from thidua_cli.importing.vocabulary import teach_command
    from thidua_cli.ingest.vocab import VOCABULARIES

    program = "thidua"
    if app_state.db_path != Path(os.environ.get("THIDUA_DB") or "thidua.db"):
        program += " --db " + shlex.quote(str(app_state.db_path))
    lines = [app_state.t("import.unknown_labels_teach")]
    lines.extend(
        teach_command(
            label, program, VOCABULARY.shown(label.vocabulary, app_state.lang), app_state.lang
        )
        for label in found
    )
    for name in dict.fromkeys(label.vocabulary for label in found):
        words = VOCABULARIES[name].choices().listed(app_state.lang)
        said = VOCABULARY.label(name, app_state.lang)
        lines.append(app_state.t("import.unknown_labels_words", name=said, words=words))
    for line in lines:
        app_state.err.print(line, soft_wrap=True, highlight=False, markup=False)


def _command(name: str, help_key: str, own_options: Sequence[Any]) -> Any:
    """The click command ``thidua import NAME``: the shared options, then the kind's own."""
    import typer.main

    def command(
        ctx: typer.Context,
        file: Path,
        encoding: str | None,
        delimiter: str | None,
        sheet: str | None,
        mapping: list[str],
        dry_run: bool,
        skip_invalid: bool,
        rejects: Path | None,
        profile: str | None,
        **kind_options: Any,
    ) -> None:
        run(
            ctx,
            name,
            file,
            encoding=encoding,
            delimiter=delimiter,
            sheet=sheet,
            mapping=mapping,
            dry_run=dry_run,
            skip_invalid=skip_invalid,
            rejects=rejects,
            profile=profile,
            kind_options=kind_options,
        )

    shared: list[tuple[str, Any, Any]] = [
        ("ctx", typer.Context, inspect.Parameter.empty),
        ("file", Path, typer.Argument(..., help=h("opt.file"), show_default=False)),
        ("encoding", str | None, typer.Option(None, "--encoding", help=h("import.opt.encoding"))),
        (
            "delimiter",
            str | None,
            typer.Option(None, "--delimiter", help=h("import.opt.delimiter")),
        ),
        ("sheet", str | None, typer.Option(None, "--sheet", help=h("import.opt.sheet"))),
        (
            "mapping",
            list[str],
            typer.Option([], "--map", help=h("import.opt.map"), metavar=h("meta.mapping")),
        ),
        ("dry_run", bool, typer.Option(False, "--dry-run", help=h("import.opt.dry_run"))),
        (
            "skip_invalid",
            bool,
            typer.Option(False, "--skip-invalid", help=h("import.opt.skip_invalid")),
        ),
        (
            "rejects",
            Path | None,
            # A folder is refused where the file is written, in the catalogue's words.
            typer.Option(None, "--rejects", help=h("import.opt.rejects")),
        ),
        (
            "profile",
            str | None,
            typer.Option(
                None, "--profile", help=h("import.opt.profile"), metavar=h("meta.profile")
            ),
        ),
    ]
    own = [
        (
            option.name,
            str | None,
            typer.Option(
                None,
                option.flag,
                help=h(option.help_key),
                metavar=h(option.metavar_key) if option.metavar_key else None,
            ),
        )
        if option.text
        else (
            option.name,
            int,
            typer.Option(
                option.default,
                option.flag,
                min=option.minimum,
                max=option.maximum,
                help=h(option.help_key),
            ),
        )
        for option in own_options
    ]
    parameters = [
        inspect.Parameter(
            pname, inspect.Parameter.POSITIONAL_OR_KEYWORD, default=default, annotation=kind
        )
        for pname, kind, default in (*shared, *own)
    ]
    # Typer reads a command's parameters from its signature and type hints: these are the
    # shared ones and the kind's own, which ``command`` receives in ``kind_options``.
    command.__signature__ = inspect.Signature(parameters)  # type: ignore[attr-defined]
    command.__annotations__ = {pname: kind for pname, kind, _ in (*shared, *own)}
    single = typer.Typer(add_completion=False, rich_markup_mode=None)
    single.command(name, help=h(help_key))(command)
    return typer.main.get_command(single)
