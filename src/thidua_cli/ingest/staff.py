"""The staff roster row checker: name, unit, role (head, deputy, staff), in post or not."""

from __future__ import annotations

from typing import Any

from thidua_cli.ingest import vocab
from thidua_cli.ingest.dossiers import squeeze
from thidua_cli.ingest.rows import RowChecker
from thidua_cli.text.normalize import nfc

FIELDS: tuple[str, ...] = ("name", "unit", "role", "active", "import_line")


def person_name(text: str) -> str:
    """A name as every table stores it: NFC, single spaces, so "Lê Văn  Quân" is "Lê Văn Quân"."""
    return squeeze(nfc(text))


class StaffBuilder:
    def __call__(self, c: RowChecker) -> tuple[Any, ...] | None:
        name = c.text("name", required=True)
        unit = c.text("unit", required=True)
        role = c.convert("role", vocab.role) or "staff"
        # A roster without the column lists people in post; with it, an empty cell means
        # "no longer in post", as the sample's "Đang công tác" column is filled in.
        active = bool(c.convert("active", vocab.yes_no)) if "active" in c.positions else True
        if c.errors or name is None or unit is None:
            return None
        return (person_name(name), person_name(unit), role, 1 if active else 0, c.line)
