"""The procedure row checker: code, name, statutory working days, cut-off hour, field."""

from __future__ import annotations

from typing import Any

from thidua_cli.ingest import vocab
from thidua_cli.ingest.dates import parse_time_of_day
from thidua_cli.ingest.dossiers import procedure_key, squeeze
from thidua_cli.ingest.rows import RowChecker

FIELDS: tuple[str, ...] = ("code", "name", "name_key", "days", "cutoff", "field", "import_line")


class ProcedureBuilder:
    def __init__(self) -> None:
        # A procedure file is small: remembering its codes catches one code given to two names.
        self._codes: dict[str, tuple[str, int]] = {}

    def __call__(self, c: RowChecker) -> tuple[Any, ...] | None:
        name = c.text("name", required=True)
        days = c.convert("days", vocab.integer, required=True)
        cutoff = c.convert("cutoff", parse_time_of_day)
        code = c.text("code")
        if name and code:
            key = procedure_key(squeeze(name))
            seen = self._codes.get(code)
            if seen is not None and seen[0] != key:
                c.fail("code", code, "import.reason.code_for_two_procedures", first_line=seen[1])
            else:
                self._codes[code] = (key, c.line)
        if c.errors or name is None:
            return None
        name = squeeze(name)
        return (
            code,
            name,
            procedure_key(name),
            days,
            cutoff.strftime("%H:%M:%S") if cutoff else None,
            c.text("field"),
            c.line,
        )
