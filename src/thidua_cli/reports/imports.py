"""The record of every import as a report."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from thidua_cli.reports.model import Column, Report, ReportTable

COUNTS = ("rows_read", "inserted", "updated", "unchanged", "rejected")
# What each `thidua import` subcommand reads (importers.kind).
KINDS = ("dossiers", "procedures", "surveys", "staff", "initiatives", "complaints", "enrollment")


def imports_report(rows: list[dict[str, Any]], t: Callable[..., str]) -> Report:
    columns = [
        Column("id", t("col.id"), "int", identifier=True),
        Column("kind", t("col.kind"), labels={k: t(f"imports.kind.{k}") for k in KINDS}),
        Column("file_name", t("col.file_name"), identifier=True),
        Column("imported_at", t("col.imported_at"), "time"),
        *(Column(key, t(f"col.{key}"), "int") for key in COUNTS),
        # An undo's counts: the rows it restored are "updated", the rows it removed "deleted".
        Column("deleted", t("undo.col.deleted"), "int"),
        Column("sha256", t("col.sha256"), identifier=True),
        Column("undone_at", t("undo.col.undone_at"), "time"),
    ]
    title = t("imports.title")
    return Report(
        name="imports",
        title=title,
        data=rows,
        tables=[ReportTable("imports", title, columns, rows)],
    )
