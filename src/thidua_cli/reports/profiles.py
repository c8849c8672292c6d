"""The import profiles saved in the database, as a report."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from thidua_cli.reports.model import Column, Report, ReportTable


def profiles_report(rows: list[dict[str, Any]], t: Callable[..., str]) -> Report:
    columns = [
        Column("name", t("profile.col.name")),
        Column("kind", t("col.kind")),
        Column("description", t("profile.col.description")),
        Column("saved_at", t("profile.col.saved_at"), "time"),
    ]
    title = t("profile.title")
    return Report(
        name="profiles",
        title=title,
        data=rows,
        tables=[ReportTable("profiles", title, columns, rows)],
    )
