"""The online-enrolment row checker: school, level, stage, applications in total and online."""

from __future__ import annotations

from typing import Any

from thidua_cli.ingest import vocab
from thidua_cli.ingest.rows import RowChecker
from thidua_cli.ingest.staff import person_name

FIELDS: tuple[str, ...] = ("school", "level", "stage", "total", "online", "import_line")


class EnrollmentBuilder:
    def __call__(self, c: RowChecker) -> tuple[Any, ...] | None:
        school = c.text("school", required=True)
        level = c.text("level", required=True)
        stage = c.text("stage", required=True)
        total = c.convert("total", vocab.integer, required=True)
        online = c.convert("online", vocab.integer, required=True)
        if total is not None and online is not None and online > total:
            c.fail("online", str(online), "enrollment.reason.online_above_total", total=total)
        if c.errors or school is None or level is None or stage is None:
            return None
        return (person_name(school), person_name(level), person_name(stage), total, online, c.line)
