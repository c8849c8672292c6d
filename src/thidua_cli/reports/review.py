"""The review report of a campaign (báo cáo sơ kết / tổng kết), as the office files it.

Nothing here counts a dossier or judges a target: the figures are those of the reports that
already hold them (compliance, tasks, satisfaction, enrolment, awards) and of the records behind
the initiative and complaint lists, built once and kept whole in the JSON under their own names.
This module only words them, in the order of a review (domain.md, "Documents an office files"):

I.   the results: tasks done and not, each target with its figure and verdict per phase and the
     whole campaign, dossiers per unit, initiatives, satisfaction, online enrolment, conduct;
II.  the assessment: strengths (targets met, tasks done on time), shortcomings (targets missed,
     late dossiers and their officers, upheld complaints, tasks not done on time), and a line for
     the causes the office knows;
III. the proposal for commendation (the awards report's list, with the form of commendation);
IV.  the next steps, left for the office to write.

The interim review (sơ kết) counts up to ``as_of``; so does the final one, which is normally run
on or after the campaign's last day.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import date
from typing import Any

from thidua_cli.domain.campaign import RATE_NAMES, TASK_STATUSES, Campaign
from thidua_cli.reports.document import Bullets, Document, Heading, Paragraph, TableBlock
from thidua_cli.reports.model import Column, Report, ReportTable

T = Callable[..., str]
STAGES = ("so-ket", "tong-ket")
ROMAN = ("I", "II", "III", "IV")


def build_review(
    conn: sqlite3.Connection, campaign: Campaign, stage: str, as_of: date, t: T, lang: str
) -> Report:
    from thidua_cli.reports.awards import awards_report
    from thidua_cli.reports.compliance import build_compliance
    from thidua_cli.reports.enrollment import enrollment_report
    from thidua_cli.reports.satisfaction import build_satisfaction
    from thidua_cli.reports.tasks import build_task_list
    from thidua_cli.store.emulation import list_complaints, list_initiatives
    from thidua_cli.store.reference import office

    counted_to = min(campaign.end, as_of)
    parts = {
        "tasks": build_task_list(conn, as_of, t, campaign=campaign.code),
        "compliance": build_compliance(conn, campaign, as_of, t)[0],
        "satisfaction": build_satisfaction(conn, t, by="officer", campaign=campaign, until=as_of),
        "enrollment": enrollment_report(conn, t, campaign),
        "awards": awards_report(conn, campaign, t, until=as_of),
    }
    initiatives = [
        i for i in list_initiatives(conn) if i["registered_on"] <= counted_to.isoformat()
    ]
    upheld = list_complaints(conn, start=campaign.start, end=counted_to, outcome="upheld")
    data: dict[str, Any] = {
        "campaign": campaign.code,
        "name": campaign.name,
        "reference": campaign.reference,
        "stage": stage,
        "as_of": as_of.isoformat(),
        "start": campaign.start.isoformat(),
        "counted_to": counted_to.isoformat(),
        "tasks": parts["tasks"].data,
        "compliance": parts["compliance"].data,
        "initiatives": initiatives,
        "upheld_complaints": upheld,
        "satisfaction": parts["satisfaction"].data,
        "enrollment": parts["enrollment"].data,
        "awards": parts["awards"].data,
    }
    writer = _Writer(campaign, data, parts, t, lang)
    data["assessment"] = {"strengths": writer.strengths(), "shortcomings": writer.shortcomings()}
    title = t(f"review.subject.{stage}", code=campaign.code, name=campaign.name)
    document = Document(
        kind=t("review.kind"),
        symbol="BC",
        subject=title,
        office=office(conn),
        day=as_of,
        body=writer.body(),
    )
    document.addressee = document.office.report_recipient
    report = Report(
        name="review",
        title=title,
        data=data,
        tables=writer.tables,
        sheet=t("review.sheet"),
        document=document,
        document_formats=frozenset({"table", "md", "html", "docx"}),
    )
    for part in parts.values():
        # The parts read the same records: a warning two of them give is said once.
        report.warnings.extend(w for w in part.warnings if w not in report.warnings)
    if stage == "tong-ket" and as_of < campaign.end:
        report.warnings.append(("review.final_too_early", {"end": campaign.end, "as_of": as_of}))
    return report


def _day(value: date | str) -> date:
    """A day for a message, which writes it in the reader's language."""
    return value if isinstance(value, date) else date.fromisoformat(value)


class _Writer:
    """The review's sentences and tables, from the parts' data."""

    def __init__(
        self,
        campaign: Campaign,
        data: dict[str, Any],
        parts: dict[str, Report],
        t: T,
        lang: str,
    ) -> None:
        self.campaign = campaign
        self.data = data
        self.parts = parts
        self.t = t
        self.lang = lang
        self.tables: list[ReportTable] = []
        self.numbered = 0

    # --- the parts of the body --------------------------------------------------------------

    def body(self) -> list[Any]:
        t = self.t
        reference = self.campaign.reference or t("review.plan", code=self.campaign.code)
        blocks: list[Any] = [
            Paragraph(
                t(
                    f"review.opening.{self.data['stage']}",
                    reference=reference,
                    start=_day(self.data["start"]),
                    end=_day(self.data["counted_to"]),
                )
            ),
            self._section(1, "review.section.results"),
            *self._tasks(),
            *self._targets(),
            *self._initiatives(),
            *self._satisfaction(),
            *self._enrollment(),
            *self._conduct(),
            self._section(2, "review.section.assessment"),
            self._sub("review.strengths"),
            Bullets(tuple(self.data["assessment"]["strengths"] or [t("review.none_found")])),
            self._sub("review.shortcomings"),
            Bullets(tuple(self.data["assessment"]["shortcomings"] or [t("review.none_found")])),
            Paragraph(t("review.causes"), blank_lines=2),
            self._section(3, "review.section.proposal"),
            *self._proposal(),
            self._section(4, "review.section.next"),
            Paragraph("", blank_lines=4),
            Paragraph(t("review.closing", code=self.campaign.code)),
        ]
        return blocks

    def _figure(self, metric: str, value: float | None) -> str:
        """A target's figure as people read it: a rate in percent, a count whole."""
        from thidua_cli.text.formats import number, rate

        if metric in RATE_NAMES or value is None:
            return rate(value, self.lang)
        return number(value, self.lang)

    def _section(self, number: int, key: str) -> Heading:
        self.numbered = 0
        return Heading(f"{ROMAN[number - 1]}. {self.t(key).upper()}", 1)

    def _sub(self, key: str) -> Heading:
        """The next numbered heading of the section: "1. Ưu điểm", "2. Hạn chế"."""
        self.numbered += 1
        return Heading(f"{self.numbered}. {self.t(key)}", 2)

    def _table(self, table: ReportTable) -> ReportTable:
        """Keep a table the document shows, so CSV and Excel carry it too."""
        self.tables.append(table)
        return table

    def _tasks(self) -> list[Any]:
        t = self.t
        tasks = self.data["tasks"]
        blocks: list[Any] = [self._sub("review.results.tasks")]
        if not tasks:
            return [*blocks, Paragraph(t("review.no_tasks"))]
        counts = {s: sum(task["status"] == s for task in tasks) for s in TASK_STATUSES}
        blocks.append(
            Paragraph(
                t(
                    "review.tasks_summary",
                    total=len(tasks),
                    finished=counts["done"] + counts["done_late"],
                    **counts,
                )
            )
        )
        table = self._table(self.parts["tasks"].tables[0])
        keys = ("title", "owner", "due", "done_on", "status")
        blocks.append(TableBlock(table, keys))
        return blocks

    def _targets(self) -> list[Any]:
        t = self.t
        compliance = self.parts["compliance"]
        overall = self.data["compliance"]["overall"]
        counts = overall["dossiers"]
        blocks: list[Any] = [self._sub("review.results.targets")]
        if overall["counted_to"] is not None:
            blocks.append(
                Paragraph(
                    t(
                        "review.dossiers_summary",
                        start=_day(overall["start"]),
                        end=_day(overall["counted_to"]),
                        open=counts["open_in_time"] + counts["open_overdue"],
                        rate=self._figure("on_time_rate", overall["on_time_rate"]),
                        **counts,
                    )
                )
            )
        targets = self._table(compliance.table("targets"))
        blocks.append(
            TableBlock(targets, _keys(targets, ("scope", "label", "requirement", "actual", "met")))
        )
        phases = self._table(compliance.table("phases"))
        phase_keys = (
            "scope",
            "finished",
            "early",
            "on_time",
            "late",
            "open_in_time",
            "open_overdue",
            "on_time_rate",
        )
        blocks.append(TableBlock(phases, phase_keys, title=t("review.by_phase"), row_numbers=False))
        by_unit = self._table(compliance.table("by_unit"))
        if by_unit.rows:
            unit_keys = (
                "unit",
                "finished",
                "early",
                "on_time",
                "late",
                "open_overdue",
                "on_time_rate",
                "satisfaction_rate",
            )
            blocks.append(TableBlock(by_unit, unit_keys, title=t("review.by_unit")))
        return blocks

    def _initiatives(self) -> list[Any]:
        t = self.t
        rows = self.data["initiatives"]
        blocks: list[Any] = [self._sub("review.results.initiatives")]
        if not rows:
            return [*blocks, Paragraph(t("review.no_initiatives"))]
        statuses = {s: sum(r["status"] == s for r in rows) for s in _INITIATIVE_STATUSES}
        blocks.append(Paragraph(t("review.initiatives_summary", total=len(rows), **statuses)))
        labels = {s: t(f"initiative.status.{s}") for s in _INITIATIVE_STATUSES}
        table = self._table(
            ReportTable(
                "initiatives",
                t("review.results.initiatives"),
                [
                    Column("owner", t("initiative.col.owner")),
                    Column("title", t("initiative.col.title")),
                    Column("registered_on", t("initiative.col.registered_on"), "date"),
                    Column("status", t("initiative.col.status"), labels=labels),
                    Column("decision_no", t("initiative.col.decision_no"), identifier=True),
                ],
                rows,
            )
        )
        blocks.append(TableBlock(table, ("owner", "title", "status", "decision_no")))
        return blocks

    def _satisfaction(self) -> list[Any]:
        t = self.t
        data = self.data["satisfaction"]
        total = data["total"]
        blocks: list[Any] = [self._sub("review.results.satisfaction")]
        if not total["answers"]:
            return [*blocks, Paragraph(t("review.no_answers"))]
        target = _target(self.data["compliance"]["overall"], "satisfaction_rate")
        blocks.append(
            Paragraph(
                t(
                    "review.satisfaction_summary",
                    answers=total["answers"],
                    satisfied=total["satisfied"],
                    rate=self._figure("satisfaction_rate", total["rate"]),
                )
                + (f" ({_required(target, t)})." if target else ".")
            )
        )
        below = self._below_target()
        if below:
            blocks.append(Paragraph(t("review.satisfaction_below", officers=below)))
        return blocks

    def _below_target(self) -> str:
        data = self.data["satisfaction"]
        return ", ".join(
            f"{row['officer']} ({self._figure('satisfaction_rate', row['rate'])})"
            for row in data["rows"]
            if row["officer"]
            and not row["few_answers"]
            and row["rate"] is not None
            and row["rate"] <= data["target"]
        )

    def _enrollment(self) -> list[Any]:
        t = self.t
        data = self.data["enrollment"]
        blocks: list[Any] = [self._sub("review.results.enrollment")]
        if not data["rows"]:
            return [*blocks, Paragraph(t("review.no_enrollment"))]
        totals = sum(r["total"] for r in data["rows"]), sum(r["online"] for r in data["rows"])
        blocks.append(
            Paragraph(
                t(
                    "review.enrollment_summary",
                    year=data["school_year"],
                    schools=len({r["school"] for r in data["rows"]}),
                    total=totals[0],
                    online=totals[1],
                    lowest=self._figure("online_enrollment_rate", data["lowest_rate"]),
                )
            )
        )
        below = data["below_full"]
        if below:
            blocks.append(
                Paragraph(
                    t(
                        "review.enrollment_below",
                        schools="; ".join(
                            f"{r['school']}, {r['stage']} ({r['online']}/{r['total']})"
                            for r in below
                        ),
                    )
                )
            )
        return blocks

    def _conduct(self) -> list[Any]:
        t = self.t
        blocks: list[Any] = [self._sub("review.results.conduct")]
        conduct = _target(self.data["compliance"]["overall"], "conduct_rate")
        upheld = self.data["upheld_complaints"]
        if conduct is not None and conduct["actual"] is not None:
            blocks.append(
                Paragraph(
                    t("review.conduct_rate", rate=self._figure("conduct_rate", conduct["actual"]))
                )
            )
        if upheld:
            blocks.append(
                Paragraph(t("review.upheld", count=len(upheld), officers=_officers(upheld)))
            )
        else:
            blocks.append(Paragraph(t("review.no_upheld")))
        return blocks

    def _proposal(self) -> list[Any]:
        """The awards report's proposal list, units apart from individuals."""
        from thidua_cli.reports.proposal import proposal_blocks, proposal_tables

        t = self.t
        proposal = self.data["awards"]["proposal"]
        if not (proposal["units"] or proposal["individuals"]):
            return [Paragraph(t("review.no_proposal"))]
        for table in proposal_tables(proposal, t).values():
            if table.rows:
                self._table(table)
        intro = t(
            "review.proposal_intro",
            units=len(proposal["units"]),
            individuals=len(proposal["individuals"]),
        )
        return [Paragraph(intro), *proposal_blocks(proposal, t, numbered=False)]

    # --- the assessment ---------------------------------------------------------------------

    def strengths(self) -> list[str]:
        t = self.t
        found: list[str] = []
        met = [
            target["label"] or t(f"compliance.metric.{target['metric']}")
            for target in self.data["compliance"]["overall"]["targets"]
            if target["met"] is True
        ]
        if met:
            found.append(t("review.strength.targets", targets="; ".join(met)))
        tasks = self.data["tasks"]
        done = sum(task["status"] == "done" for task in tasks)
        if done:
            found.append(t("review.strength.tasks", done=done, total=len(tasks)))
        clean = [
            row["unit"]
            for row in self.data["compliance"]["by_unit"]
            if row["unit"] and row["finished"] and row["late_count"] == 0
        ]
        if clean:
            found.append(t("review.strength.units", units=", ".join(clean)))
        return found

    def shortcomings(self) -> list[str]:
        t = self.t
        found: list[str] = []
        compliance = self.data["compliance"]
        # A target missed in several scopes is one line naming each scope with its figure.
        missed: dict[tuple[str, str], list[str]] = {}
        for scope in [*compliance["phases"], compliance["overall"]]:
            for target in scope["targets"]:
                if target["met"] is False:
                    name = target["label"] or t(f"compliance.metric.{target['metric']}")
                    where = scope["code"] or t("compliance.overall").lower()
                    missed.setdefault((name, _required(target, t)), []).append(
                        f"{where} {self._figure(target['metric'], target['actual'])}"
                    )
        for (name, required), figures in missed.items():
            found.append(
                t(
                    "review.shortcoming.target",
                    target=name,
                    actual="; ".join(figures),
                    required=required,
                )
            )
        late = compliance["late_dossiers"]
        if late:
            found.append(t("review.shortcoming.late", count=len(late), officers=_officers(late)))
        upheld = self.data["upheld_complaints"]
        if upheld:
            found.append(t("review.upheld", count=len(upheld), officers=_officers(upheld)))
        below = self._below_target()
        if below:
            found.append(t("review.satisfaction_below", officers=below))
        for task in self.data["tasks"]:
            if task["status"] != "done":
                found.append(
                    t(
                        f"review.shortcoming.task_{task['status']}",
                        code=task["code"],
                        title=task["title"],
                        owner=task["owner"],
                        due=_day(task["due"]),
                        done_on=_day(task["done_on"]) if task["done_on"] else None,
                    )
                )
        return found


_INITIATIVE_STATUSES = ("registered", "under_review", "recognized", "rejected")


def _keys(table: ReportTable, wanted: tuple[str, ...]) -> tuple[str, ...]:
    present = {column.key for column in table.columns}
    return tuple(key for key in wanted if key in present)


def _target(scope: dict[str, Any], metric: str) -> dict[str, Any] | None:
    return next((t for t in scope["targets"] if t["metric"] == metric), None)


def _required(target: dict[str, Any], t: T) -> str:
    from thidua_cli.reports.wording import requirement_phrase

    return requirement_phrase(
        target["op"], target["target"], target["metric"], t, target.get("question") or ""
    )


def _officers(rows: list[dict[str, Any]]) -> str:
    """ "Đinh Tấn Khang (4), Dương Bảo Giang (2)": each officer once, with their count."""
    counts: dict[str, int] = {}
    for row in rows:
        name = row["officer"] or "?"
        counts[name] = counts.get(name, 0) + 1
    return ", ".join(f"{name} ({count})" if count > 1 else name for name, count in counts.items())
