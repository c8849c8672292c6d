"""Online enrolment: per school, level and stage, the applications in total and online."""

from __future__ import annotations

from thidua_cli.importing.kind import ImportKind, Run, Values
from thidua_cli.ingest import vocab
from thidua_cli.ingest.headers import TableSpec, column
from thidua_cli.ingest.rows import RowChecker
from thidua_cli.text.normalize import person_name

COLUMNS = TableSpec(
    "enrollment",
    (
        column("school", "Trường", "Tên trường", required=True),
        column("level", "Cấp học", "Bậc học", required=True),
        column("stage", "Giai đoạn", "Đợt tuyển sinh", "Đợt", required=True),
        column("total", "Tổng số hồ sơ", "Tổng số", required=True),
        column(
            "online",
            "Số hồ sơ trực tuyến",
            "Trực tuyến",
            "Tổng số hồ sơ trực tuyến",
            "Số hồ sơ nộp trực tuyến",
            "Hồ sơ trực tuyến",
            required=True,
        ),
    ),
)

FIELDS: tuple[str, ...] = ("school", "level", "stage", "total", "online", "import_line")


class EnrollmentBuilder:
    def __call__(self, c: RowChecker) -> Values | None:
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


def _builder(run: Run) -> EnrollmentBuilder:
    return EnrollmentBuilder()


KIND = ImportKind(
    name="enrollment",
    help_key="import.enrollment.help",
    columns=COLUMNS,
    table="enrollment",
    fields=FIELDS,
    key=("school", "level", "stage"),
    make_builder=_builder,
)
