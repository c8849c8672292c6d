"""Sending a report to stdout (or ``--output``) in the chosen format."""

from __future__ import annotations

import sys
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

from thidua_cli.state import AppState


def emit(
    app_state: AppState,
    fmt: str,
    *,
    json_data: Callable[[], object],
    csv_rows: Callable[[], tuple[Sequence[Mapping[str, Any]], Sequence[str]]],
    table: Callable[[], Any],
    output: Path | None = None,
) -> None:
    """JSON and CSV carry nothing but the data; a table is for people."""
    from thidua_cli.reports.export import write_csv, write_json

    if fmt == "json":
        _write(output, lambda s: write_json(s, json_data()), bom=False)
    elif fmt == "csv":
        rows, columns = csv_rows()
        # A CSV file meant for Excel gets a BOM so Vietnamese text opens right; a pipe does not.
        _write(output, lambda s: write_csv(s, rows, columns, bom=output is not None), bom=False)
    else:
        renderable = table()
        if output is not None:
            from rich.console import Console

            with output.open("w", encoding="utf-8") as handle:
                Console(file=handle, width=160, no_color=True).print(renderable)
        else:
            app_state.out.print(renderable)


def _write(output: Path | None, write: Callable[[Any], None], *, bom: bool) -> None:
    if output is None:
        write(sys.stdout)
        sys.stdout.flush()
        return
    import os
    import tempfile

    directory = output.parent if str(output.parent) else Path(".")
    fd, tmp = tempfile.mkstemp(prefix=".thidua-", dir=directory)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            write(handle)
        os.replace(tmp, output)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
