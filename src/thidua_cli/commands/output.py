"""Sending a report to stdout (or ``--output``) in the chosen format.

Every report command builds a ``Report`` and hands it to ``emit``; the format comes from
``--format``, else from ``--output``'s extension, else it is the terminal table. JSON, CSV,
Markdown and HTML may go to stdout (nothing but the data); a workbook or a Word file goes to
stdout only when that is a file or a pipe, never to a terminal.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, overload

from thidua_cli.errors import UsageError
from thidua_cli.state import AppState

if TYPE_CHECKING:
    from thidua_cli.reports.model import Report


def resolve_format(fmt: str | None, output: Path | None) -> str:
    """``--format`` when given; else the one ``--output``'s extension names; else ``table``."""
    from thidua_cli.commands.choices import FORMAT, allowed
    from thidua_cli.reports.exporters import EXTENSIONS, format_for

    if fmt is not None:
        chosen = FORMAT.read(fmt)
        if chosen is None:
            raise UsageError("opt.bad_format", value=fmt, formats=allowed(FORMAT))
        return chosen
    if output is None:
        return "table"
    inferred = format_for(output)
    if inferred is None:
        raise UsageError(
            "export.unknown_extension",
            path=str(output),
            formats=allowed(FORMAT, "|"),
            extensions=", ".join(EXTENSIONS),
        )
    return inferred


@overload
def emit(
    app_state: AppState, report: Report, fmt: str | None, output: Path | None = None
) -> None: ...


@overload
def emit(
    app_state: AppState,
    report: str | None,
    *,
    json_data: Callable[[], object],
    csv_rows: Callable[[], tuple[Sequence[Mapping[str, Any]], Sequence[str]]],
    table: Callable[[], Any],
    output: Path | None = None,
) -> None: ...


def emit(
    app_state: AppState,
    report: Report | str | None,
    fmt: str | None = None,
    output: Path | None = None,
    *,
    json_data: Callable[[], object] | None = None,
    csv_rows: Callable[[], tuple[Sequence[Mapping[str, Any]], Sequence[str]]] | None = None,
    table: Callable[[], Any] | None = None,
) -> None:
    """Write ``report`` as ``fmt`` to ``output`` (stdout when None).

    The older form ``emit(app_state, fmt, json_data=..., csv_rows=..., table=...)`` still works
    for commands not yet building a ``Report``: their rows become a one-table report.
    """
    from thidua_cli.reports.model import Report

    if not isinstance(report, Report):
        fmt = resolve_format(report, output)
        assert json_data is not None and csv_rows is not None and table is not None
        report = _legacy_report(fmt, json_data, csv_rows, table)
    else:
        fmt = resolve_format(fmt, output)
    write_report(app_state, report, fmt, output)


def _legacy_report(
    fmt: str,
    json_data: Callable[[], object],
    csv_rows: Callable[[], tuple[Sequence[Mapping[str, Any]], Sequence[str]]],
    table: Callable[[], Any],
) -> Report:
    from thidua_cli.reports.model import Column, Kind, Report, ReportTable

    if fmt == "json":
        return Report(name="data", title="", data=json_data())
    if fmt == "table":
        return Report(name="data", title="", data=None, custom_table=table)
    rows, keys = csv_rows()
    listed = [dict(r) for r in rows]

    def kind(key: str) -> Kind:
        sample = next((r[key] for r in listed if r.get(key) is not None), None)
        if isinstance(sample, bool) or not isinstance(sample, int | float):
            return "text"
        return "int" if isinstance(sample, int) else "number"

    columns = [Column(key, key, kind(key)) for key in keys]
    return Report(
        name="data", title="", data=None, tables=[ReportTable("data", "", columns, listed)]
    )


def write_report(app_state: AppState, report: Report, fmt: str, output: Path | None) -> None:
    """The one place a report leaves the program: masked first when ``--redact`` is on."""
    from thidua_cli.reports.exporters import BINARY

    if fmt == "docx" and report.document is None:
        raise UsageError("export.no_document")
    if app_state.csv_headers is not None and fmt != "csv":
        raise UsageError("csv.headers_not_csv", format=fmt)
    target = output
    if fmt in BINARY:
        from thidua_cli.files import STDOUT, is_terminal

        # Without --output (or with -o -) a workbook goes to standard output when that is a file
        # or a pipe (``> x.xlsx``, ``| ssh ...``); a terminal would show its bytes as garbage.
        target = output if output is not None else Path(STDOUT)
        if is_terminal(target):
            raise UsageError(f"export.{fmt}_needs_output")
    if app_state.redact:
        from thidua_cli.reports.redact import redact

        redact(report)
    for key, params in report.warnings:
        app_state.warn(key, **params)
    if fmt == "table":
        _table(app_state, report, output)
    elif fmt == "xlsx":
        from thidua_cli.files import replacing
        from thidua_cli.reports.exporters.xlsx import write_workbook

        assert target is not None
        with replacing(target, app_state.kept()) as temporary:
            write_workbook(temporary, [report], app_state.lang)
    elif fmt == "docx":
        from thidua_cli.files import replacing
        from thidua_cli.reports.exporters.docx_out import write_document

        assert target is not None and report.document is not None
        with replacing(target, app_state.kept()) as temporary:
            write_document(temporary, report.document, app_state.lang)
    else:
        writer = text_writer(
            report, fmt, app_state.lang, bom=output is not None, headers=app_state.csv_headers
        )
        if output is None:
            from thidua_cli.files import write_stdout

            write_stdout(writer)
        else:
            from thidua_cli.files import write_text

            write_text(output, app_state.kept(), writer)
    if output is not None:
        app_state.say("export.written", path=str(output))


def text_writer(
    report: Report, fmt: str, lang: str, *, bom: bool, headers: str | None = None
) -> Callable[[IO[str]], None]:
    """The function that writes ``report`` as the text format ``fmt`` to a stream."""
    if fmt == "json":
        from thidua_cli.reports.exporters import json_out

        return lambda stream: json_out.write(report, stream)
    if fmt == "csv":
        from thidua_cli.reports.exporters import csv_out

        # A file meant for Excel gets a BOM so Vietnamese text opens right; a pipe does not.
        return lambda stream: csv_out.write(report, stream, bom=bom, headers=headers)
    if fmt == "md":
        from thidua_cli.reports.exporters import markdown

        return lambda stream: markdown.write(report, stream, lang)
    if fmt == "html":
        from thidua_cli.reports.exporters import html

        return lambda stream: html.write(report, stream, lang)
    raise UsageError("opt.bad_format", value=fmt, formats="json, csv, md, html")


def _table(app_state: AppState, report: Report, output: Path | None) -> None:
    from thidua_cli.ui.report_view import report_bars, report_view

    renderable = report_view(report, app_state.lang)
    # Bars are for a person looking at the table; --quiet keeps the output to the findings.
    bars = None if app_state.quiet else report_bars(report, app_state.lang)
    if output is None:
        app_state.out.print(renderable)
        if bars is not None:
            app_state.out.print(bars)
        return
    from thidua_cli.files import write_text
    from thidua_cli.ui.console import print_plain

    write_text(output, app_state.kept(), lambda handle: print_plain(handle, renderable, bars))
