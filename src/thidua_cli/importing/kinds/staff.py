"""The staff roster: name, unit, role (head, deputy, staff) and the title as written, in post or
not.

Officer names are matched by plain equality everywhere (dossiers, answers, complaints), so the
roster stores them as every table does (``text.normalize.person_name``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from thidua_cli.importing.kind import ImportKind, Run, Values, VocabColumn
from thidua_cli.importing.upkeep import officers_named, refresh_owner_kinds
from thidua_cli.ingest import vocab
from thidua_cli.ingest.headers import TableSpec, column
from thidua_cli.ingest.rows import RowChecker
from thidua_cli.text.normalize import person_name

COLUMNS = TableSpec(
    "staff",
    (
        column("name", "Họ và tên", "Họ tên", required=True),
        column("unit", "Đơn vị", "Bộ phận", "Tổ", required=True),
        column("role", "Chức vụ"),
        column("active", "Đang công tác", "Hoạt động"),
    ),
)

FIELDS: tuple[str, ...] = (
    "name",
    "unit",
    "role",
    "title",
    "active",
    "active_raw",
    "import_line",
)


class StaffBuilder:
    def __init__(self, active: Callable[[Any], bool] = vocab.yes_no) -> None:
        self.active = active

    def __call__(self, c: RowChecker) -> Values | None:
        name = c.text("name", required=True)
        unit = c.text("unit", required=True)
        role = c.convert("role", vocab.role) or "staff"
        # A roster without the column lists people in post; with it, an empty cell means
        # "no longer in post", as the sample's "Đang công tác" column is filled in.
        active = bool(c.convert("active", self.active)) if "active" in c.positions else True
        if c.errors or name is None or unit is None:
            return None
        return (
            person_name(name),
            person_name(unit),
            role,
            # As written: the role keeps what the rules need, the title what a paper prints.
            c.text("role"),
            1 if active else 0,
            c.text("active"),
            c.line,
        )


def _builder(run: Run) -> StaffBuilder:
    return StaffBuilder(run.reader("active"))


def _after_write(run: Run) -> None:
    # The whole roster against every stored name: a new roster may leave old names without one.
    from thidua_cli.store.emulation import officers_not_on_roster

    unknown = officers_not_on_roster(run.conn)
    if unknown:
        run.warn("staff.not_on_roster", count=len(unknown), names=officers_named(unknown))


KIND = ImportKind(
    name="staff",
    help_key="import.staff.help",
    columns=COLUMNS,
    table="staff",
    fields=FIELDS,
    key=("name",),
    make_builder=_builder,
    vocabularies=(VocabColumn("active", "active", "active", "active_raw"),),
    after_write=(_after_write,),
    # Whether an initiative's owner is an officer or a unit follows the roster.
    upkeep=(refresh_owner_kinds,),
)
