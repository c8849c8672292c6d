"""Rich views of campaigns, the satisfaction report and the compliance report."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from rich.console import Group
from rich.table import Table
from rich.text import Text

from thidua_cli.reports.exporters.cells import shown
from thidua_cli.reports.model import Report
from thidua_cli.reports.wording import focus_text, requirement_phrase
from thidua_cli.ui.render import day_first, percent

T = Callable[..., str]

MET_STYLE = {True: "green", False: "bold red", None: "dim"}


def requirement(metric: str, op: str, value: float, t: T) -> str:
    """``yêu cầu > 95%`` or ``cần bằng 0``, as a person reads a target."""
    return requirement_phrase(op, value, metric, t)


def _span(start: str, end: str) -> str:
    return f"{day_first(start)}–{day_first(end)}"


# --- campaigns --------------------------------------------------------------------------------


def campaign_list_view(rows: list[dict[str, Any]], t: T) -> Table:
    table = Table(title=t("campaign.list_title", count=len(rows)), title_justify="left")
    for key in ("code", "name", "period", "loaded_at", "file_name"):
        table.add_column(t(f"campaign.col.{key}"), overflow="fold")
    for row in rows:
        table.add_row(
            row["code"],
            row["name"],
            _span(row["start"], row["end"]),
            row["loaded_at"].replace("T", " "),
            row["file_name"] or "",
        )
    return table


def campaign_view(data: dict[str, Any], t: T) -> Group:
    """A campaign as loaded: its phases and focus, its targets and its award rules."""
    parts: list[Any] = [
        Text(f"{data['code']} — {data['name']}", style="bold"),
    ]
    if data["reference"]:
        parts.append(Text(data["reference"], style="dim"))
    parts.append(
        Text(
            t(
                "campaign.period_line",
                period=_span(data["start"], data["end"]),
                count=data["min_answers"],
            )
        )
    )
    phases = Table(title=t("campaign.phases_title"), title_justify="left")
    for key in ("code", "name", "period", "focus"):
        phases.add_column(t(f"campaign.col.{key}"), overflow="fold")
    for phase in data["phases"]:
        phases.add_row(
            phase["code"],
            phase["name"],
            _span(phase["start"], phase["end"]),
            focus_text(phase["focus"], t),
        )
    parts.append(phases)
    targets = Table(title=t("campaign.targets_title"), title_justify="left")
    for key in ("label", "metric", "requirement", "applies_to", "focus"):
        targets.add_column(t(f"campaign.col.{key}"), overflow="fold")
    for target in data["targets"]:
        targets.add_row(
            target["label"] or t(f"compliance.metric.{target['metric']}"),
            target["metric"],
            requirement(target["metric"], target["op"], target["value"], t),
            ", ".join(target["phases"]) or t("campaign.every_phase"),
            focus_text(target["focus"], t),
        )
    parts.append(targets)
    awards = data["awards"]
    for who in ("individual", "unit"):
        if not awards[who]:
            continue
        rules = Table(title=t(f"campaign.awards_{who}_title"), title_justify="left")
        for key in ("label", "criterion", "requirement"):
            rules.add_column(t(f"campaign.col.{key}"), overflow="fold")
        for rule in awards[who]:
            shown = requirement(rule["criterion"], rule["op"], rule["value"], t)
            if rule["min_answers"]:
                shown += " " + t("campaign.min_answers_note", count=rule["min_answers"])
            rules.add_row(rule["label"], rule["criterion"], shown)
        parts.append(rules)
    if awards["rank"]:
        parts.append(Text(t("campaign.rank_line", keys=", ".join(awards["rank"]))))
    if data["tasks"]:
        tasks = Table(title=t("task.plan_title"), title_justify="left")
        for key in ("code", "title", "owner", "due", "evidence"):
            tasks.add_column(t(f"task.col.{key}"), overflow="fold", no_wrap=key in ("code", "due"))
        for task in data["tasks"]:
            tasks.add_row(
                task["code"], task["title"], task["owner"], day_first(task["due"]), task["evidence"]
            )
        parts.append(tasks)
    return Group(*parts)


# --- satisfaction -----------------------------------------------------------------------------


def _rate_cell(value: float | None, few: bool) -> Text:
    if value is None:
        return Text("n/a", style="dim")
    return Text(percent(value) + (" *" if few else ""), style="dim" if few else "")


def satisfaction_view(data: dict[str, Any], title: str, t: T) -> Group:
    by = data["by"]
    table = Table(
        title=title,
        title_justify="left",
        caption=t(
            "satisfaction.caption",
            count=data["min_answers"],
            target=f"{data['target'] * 100:g}%",
        ),
        caption_justify="left",
    )
    table.add_column(t(f"satisfaction.group.{by}"), overflow="fold")
    for key in ("answers", "satisfied", "rate"):
        table.add_column(t(f"satisfaction.col.{key}"), justify="right", no_wrap=True)
    levels = list(data["total"]["levels"])
    for level in levels:
        table.add_column(t(f"satisfaction.level.{level}"), justify="right")

    def add(name: str, row: dict[str, Any], style: str = "") -> None:
        rate_cell = _rate_cell(row["rate"], row["few_answers"])
        if row["rate"] is not None and not row["few_answers"] and row["rate"] <= data["target"]:
            rate_cell.stylize("bold red")
        table.add_row(
            name,
            str(row["answers"]),
            str(row["satisfied"]),
            rate_cell,
            *(str(row["levels"][level]) for level in levels),
            style=style,
        )

    for row in data["rows"]:
        name = row[by]
        if by == "channel" and name:
            name = t(f"campaign.channel.{name}")
        add(name or t("satisfaction.unknown_group"), row)
    table.add_section()
    add(t("satisfaction.total"), data["total"], style="bold")
    parts: list[Any] = [table]
    comments = data["comments"]
    if comments:
        parts.append(Text(t("satisfaction.comments_title", count=len(comments)), style="bold"))
        for c in comments:
            who = c["officer"] or t("satisfaction.unknown_group")
            level = t(f"satisfaction.level.{c['level']}")
            code = f" ({c['dossier_code']})" if c["dossier_code"] else ""
            parts.append(Text(f"  • {day_first(c['date'])} {who}{code}, {level}: {c['comment']}"))
    return Group(*parts)


# --- compliance -------------------------------------------------------------------------------


def _scope_name(scope: dict[str, Any], t: T) -> str:
    return str(scope["code"]) if scope["code"] else t("compliance.overall")


def _focused(scopes: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The targets with a focus, each once (a target may apply to several phases)."""
    found: dict[str, dict[str, Any]] = {}
    for scope in scopes:
        for target in scope["targets"]:
            if "focus" in target:
                found.setdefault(f"{target['label']}|{target['metric']}", target)
    return list(found.values())


def compliance_view(report: Report, t: T, lang: str) -> Group:
    data, title = report.data, report.title
    scopes = [*data["phases"], data["overall"]]
    parts: list[Any] = [
        Text(title, style="bold"),
        Text(
            t(
                "compliance.period_line",
                period=_span(data["start"], data["end"]),
                as_of=day_first(data["overall"]["counted_to"] or data["as_of"]),
            ),
            style="dim",
        ),
    ]
    counts = Table(title=t("compliance.phases_title"), title_justify="left")
    counts.add_column(t("compliance.col.scope"), no_wrap=True)
    counts.add_column(t("compliance.col.period"), no_wrap=True)
    for key in ("finished", "early", "on_time", "late", "open_in_time", "open_overdue"):
        heading = t(f"status.{key}") if key in ("early", "on_time", "late") else None
        counts.add_column(heading or t(f"compliance.col.{key}"), justify="right")
    for key in ("on_time_rate", "online_share", "satisfaction_rate"):
        counts.add_column(t(f"compliance.col.{key}"), justify="right")
    for scope in scopes:
        d = scope["dossiers"]
        online = scope["online"]
        answers = scope["satisfaction"]
        counts.add_row(
            _scope_name(scope, t),
            _span(scope["start"], scope["end"]),
            str(d["finished"]),
            str(d["early"]),
            str(d["on_time"]),
            Text(str(d["late"]), style="red" if d["late"] else ""),
            str(d["open_in_time"]),
            Text(str(d["open_overdue"]), style="bold red" if d["open_overdue"] else ""),
            percent(scope["on_time_rate"]),
            f"{online['online']}/{online['received']} ({percent(online['rate'])})",
            _rate_cell(answers["rate"], answers["few_answers"])
            + Text(f" ({answers['satisfied']}/{answers['answers']})"),
            style="bold" if scope["code"] is None else "",
        )
    focus_lines = [
        f"{target['label'] or target['metric']}: {focus_text(target['focus'], t)}"
        for target in _focused(scopes)
    ]
    counts.caption = "\n".join([*focus_lines, t("compliance.overall_note")])
    counts.caption_justify = "left"
    parts.append(counts)

    # The targets as the report's own table has them, so the words are those of every format.
    judged = report.table("targets")
    columns = {c.key: c for c in judged.columns}
    targets = Table(
        title=judged.title,
        title_justify="left",
        caption=judged.note or None,
        caption_justify="left",
    )
    for key in ("scope", "label", "requirement", "actual", "met"):
        targets.add_column(columns[key].heading, justify="right" if key == "actual" else "left")
    few = {_scope_name(scope, t) for scope in scopes if scope["satisfaction"]["few_answers"]}
    for row in judged.rows:
        style = MET_STYLE[row["met"]]
        actual = shown(row, columns["actual"], lang)
        if (
            row["metric"] == "satisfaction_rate"
            and row["scope"] in few
            and row["actual"] is not None
        ):
            actual += " *"
        targets.add_row(
            *(shown(row, columns[key], lang) for key in ("scope", "label", "requirement")),
            Text(actual, style=style),
            Text(shown(row, columns["met"], lang), style=style),
        )
    if not targets.row_count:
        parts.append(Text(t("compliance.no_targets"), style="dim"))
    else:
        parts.append(targets)

    for by, heading in (("unit", "col.unit"), ("officer", "col.officer")):
        rows = data[f"by_{by}"]
        if not rows:
            continue
        table = Table(title=t(f"compliance.by_{by}_title"), title_justify="left")
        table.add_column(t(heading), overflow="fold")
        for key in ("finished", "early", "on_time", "late", "open_in_time", "open_overdue"):
            label = t(f"status.{key}") if key in ("early", "on_time", "late") else None
            table.add_column(label or t(f"compliance.col.{key}"), justify="right")
        table.add_column(t("compliance.col.on_time_rate"), justify="right")
        table.add_column(t("compliance.col.satisfaction_rate"), justify="right")
        for row in rows:
            bad = bool(row["late"] or row["open_overdue"])
            table.add_row(
                row[by] or t("compliance.unknown"),
                str(row["finished"]),
                str(row["early"]),
                str(row["on_time"]),
                Text(str(row["late"]), style="red" if row["late"] else ""),
                str(row["open_in_time"]),
                Text(str(row["open_overdue"]), style="bold red" if row["open_overdue"] else ""),
                Text(percent(row["on_time_rate"]), style="red" if bad else ""),
                _rate_cell(row["satisfaction_rate"], row["few_answers"])
                + Text(f" ({row['satisfied']}/{row['answers']})"),
            )
        parts.append(table)

    late = data["late_dossiers"]
    if late:
        parts.append(late_view(late, t))
    else:
        parts.append(Text(t("compliance.no_late"), style="green"))
    return Group(*parts)


def late_view(rows: list[dict[str, Any]], t: T) -> Table:
    """The late and overdue dossiers with their officer, and whether the apology was sent."""
    from thidua_cli.ui.render import status_style

    table = Table(title=t("compliance.late_title", count=len(rows)), title_justify="left")
    # A dossier code is what the clerk searches for: never cut it.
    width = max(len(str(row["code"])) for row in rows)
    table.add_column(t("col.code"), no_wrap=True, min_width=width)
    table.add_column(t("col.procedure"), no_wrap=True, overflow="ellipsis", max_width=30)
    table.add_column(t("col.officer"), no_wrap=True, min_width=12)
    table.add_column(t("col.due_date"), no_wrap=True)
    table.add_column(t("col.finished_at"), no_wrap=True)
    table.add_column(t("col.status"), no_wrap=True)
    table.add_column(t("col.working_days_late"), justify="right", no_wrap=True)
    table.add_column(t("compliance.col.apology"), no_wrap=True)
    for row in rows:
        status = str(row["status"])
        table.add_row(
            str(row["code"]),
            str(row["procedure"]),
            row["officer"] or t("compliance.unknown"),
            day_first(row["due_date"]),
            day_first(row["finished_at"]),
            Text(t(f"status.{status}"), style=status_style(status)),
            str(row["working_days_late"]),
            t("compliance.apology_sent") if row["apology"] else "",
        )
    return table
