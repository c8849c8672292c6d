"""Rich views of campaigns, the satisfaction report and the compliance report.

Every table is a ``FitTable`` (every value whole at any width), every date and number is written
by ``text/formats.py`` in the reader's language, and what a colour says is also said by a mark:
✗ beside a rate that misses its target, * beside one from too few answers.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from rich.console import Group
from rich.text import Text

from thidua_cli.reports.exporters.cells import shown
from thidua_cli.reports.model import Report
from thidua_cli.reports.wording import focus_text, requirement_phrase
from thidua_cli.text import formats
from thidua_cli.ui.fit import Cell, FitColumn, FitTable

T = Callable[..., str]

MET_STYLE = {True: "green", False: "bold red", None: "dim"}
MISSED = "✗"
FEW = "*"
COUNTS = ("finished", "early", "on_time", "late", "open_in_time", "open_overdue")


def requirement(metric: str, op: str, value: float, t: T, question: str | None = None) -> str:
    """``yêu cầu > 95%`` or ``cần bằng 0``, as a person reads a target (with the survey question
    a satisfaction target counts)."""
    return requirement_phrase(op, value, metric, t, question or "")


def _count(value: int, lang: str, style: str = "") -> Text:
    return Text(formats.number(value, lang), style=style)


# --- campaigns --------------------------------------------------------------------------------


def campaign_list_view(rows: list[dict[str, Any]], t: T, lang: str) -> FitTable:
    columns = [
        FitColumn(t("campaign.col.code"), whole=True),
        FitColumn(t("campaign.col.name")),
        FitColumn(t("campaign.col.period"), whole=True),
        FitColumn(t("campaign.col.loaded_at"), whole=True),
        FitColumn(t("campaign.col.file_name"), whole=True),
    ]
    lines: list[list[Cell]] = [
        [
            row["code"],
            row["name"],
            formats.span(row["start"], row["end"], lang),
            formats.moment(row["loaded_at"], lang),
            row["file_name"] or "",
        ]
        for row in rows
    ]
    return FitTable(columns, lines, title=t("campaign.list_title", count=len(rows)))


def campaign_view(data: dict[str, Any], t: T, lang: str) -> Group:
    """A campaign as loaded: its phases and focus, its targets and its award rules."""
    parts: list[Any] = [Text(f"{data['code']} — {data['name']}", style="bold")]
    if data["reference"]:
        parts.append(Text(data["reference"], style="dim"))
    period = formats.span(data["start"], data["end"], lang)
    parts.append(Text(t("campaign.period_line", period=period, count=data["min_answers"])))
    if data.get("school_year"):
        parts.append(Text(t("campaign.school_year_line", year=data["school_year"])))
    phases = FitTable(
        [
            FitColumn(t("campaign.col.code"), whole=True),
            FitColumn(t("campaign.col.name")),
            FitColumn(t("campaign.col.period"), whole=True),
            FitColumn(t("campaign.col.focus")),
        ],
        [
            [
                phase["code"],
                phase["name"],
                formats.span(phase["start"], phase["end"], lang),
                focus_text(phase["focus"], t),
            ]
            for phase in data["phases"]
        ],
        title=t("campaign.phases_title"),
    )
    parts.append(phases)
    targets = FitTable(
        [
            FitColumn(t("campaign.col.label")),
            FitColumn(t("campaign.col.metric")),
            FitColumn(t("campaign.col.requirement")),
            FitColumn(t("campaign.col.applies_to")),
            FitColumn(t("campaign.col.focus")),
        ],
        [
            [
                target["label"] or t(f"compliance.metric.{target['metric']}"),
                t(f"compliance.metric.{target['metric']}"),
                requirement(
                    target["metric"], target["op"], target["value"], t, target.get("question")
                ),
                ", ".join(target["phases"]) or t("campaign.every_phase"),
                focus_text(target["focus"], t),
            ]
            for target in data["targets"]
        ],
        title=t("campaign.targets_title"),
    )
    parts.append(targets)
    awards = data["awards"]
    for who in ("individual", "unit"):
        if not awards[who]:
            continue
        rows = []
        for rule in awards[who]:
            said = requirement(
                rule["criterion"], rule["op"], rule["value"], t, rule.get("question")
            )
            if rule["min_answers"]:
                said += " " + t("campaign.min_answers_note", count=rule["min_answers"])
            rows.append([rule["label"], t(f"awards.criterion.{rule['criterion']}"), said])
        parts.append(
            FitTable(
                [
                    FitColumn(t(f"campaign.col.{key}"))
                    for key in ("label", "criterion", "requirement")
                ],
                rows,
                title=t(f"campaign.awards_{who}_title"),
            )
        )
    if awards["rank"]:
        keys = ", ".join(t(f"awards.criterion.{key}") for key in awards["rank"])
        parts.append(Text(t("campaign.rank_line", keys=keys)))
    if awards.get("form"):
        parts.append(Text(t("campaign.award_form_line", form=awards["form"])))
    if data["tasks"]:
        parts.append(
            FitTable(
                [
                    FitColumn(t(f"task.col.{key}"), whole=key in ("code", "due"))
                    for key in ("code", "title", "owner", "due", "evidence")
                ],
                [
                    [
                        task["code"],
                        task["title"],
                        task["owner"],
                        formats.day(task["due"], lang),
                        task["evidence"],
                    ]
                    for task in data["tasks"]
                ],
                title=t("task.plan_title"),
            )
        )
    return Group(*parts)


# --- satisfaction -----------------------------------------------------------------------------


def _rate_cell(value: float | None, few: bool, lang: str, *, missed: bool = False) -> Text:
    """A satisfaction rate: * when from too few answers (grey), ✗ when it misses the target."""
    if value is None:
        return Text(formats.rate(None, lang), style="dim")
    shown_rate = formats.percent(value, lang)
    if few:
        return Text(f"{shown_rate} {FEW}", style="dim")
    if missed:
        return Text(f"{shown_rate} {MISSED}", style="bold red")
    return Text(shown_rate)


def satisfaction_view(data: dict[str, Any], title: str, t: T, lang: str) -> FitTable:
    by = data["by"]
    target = formats.Rate(data["target"])
    levels = list(data["total"]["levels"])
    columns = [
        FitColumn(t(f"satisfaction.group.{by}")),
        *(
            FitColumn(t(f"satisfaction.col.{key}"), "right", whole=True)
            for key in ("answers", "satisfied", "rate")
        ),
        *(FitColumn(t(f"satisfaction.level.{level}"), "right", whole=True) for level in levels),
    ]

    def line(name: str, row: dict[str, Any]) -> list[Cell]:
        rate = row["rate"]
        missed = rate is not None and rate <= data["target"]
        return [
            name,
            _count(row["answers"], lang),
            _count(row["satisfied"], lang),
            _rate_cell(rate, row["few_answers"], lang, missed=missed),
            *(_count(row["levels"][level], lang) for level in levels),
        ]

    rows = []
    for row in data["rows"]:
        name = row[by]
        if by == "channel" and name:
            name = t(f"campaign.channel.{name}")
        rows.append(line(name or t("satisfaction.unknown_group"), row))
    caption = t("satisfaction.caption", count=data["min_answers"], target=target)
    if data["questions"]:
        caption += " " + t("satisfaction.question_note", questions="; ".join(data["questions"]))
    comments = data["comments"]
    if comments:
        said = [t("satisfaction.comments_title", count=len(comments))]
        for c in comments:
            who = c["officer"] or t("satisfaction.unknown_group")
            level = t(f"satisfaction.level.{c['level']}")
            code = f" ({c['dossier_code']})" if c["dossier_code"] else ""
            day = formats.day(c["date"], lang)
            about = f" – {c['question']}" if c.get("question") else ""
            said.append(f"  • {day} {who}{code}, {level}{about}: {c['comment']}")
        caption += "\n" + "\n".join(said)
    return FitTable(
        columns,
        rows,
        title=title,
        caption=caption,
        total=line(t("satisfaction.total"), data["total"]),
    )


# --- compliance -------------------------------------------------------------------------------


def _scope_name(scope: dict[str, Any], t: T) -> str:
    return str(scope["code"]) if scope["code"] else t("compliance.overall")


def _count_headings(t: T) -> list[str]:
    return [
        t(f"status.{key}") if key in ("early", "on_time", "late") else t(f"compliance.col.{key}")
        for key in COUNTS
    ]


def _counts(d: dict[str, int], lang: str) -> list[Cell]:
    return [
        _count(d["finished"], lang),
        _count(d["early"], lang),
        _count(d["on_time"], lang),
        _count(d["late"], lang, "red" if d["late"] else ""),
        _count(d["open_in_time"], lang),
        _count(d["open_overdue"], lang, "bold red" if d["open_overdue"] else ""),
    ]


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
    counted_to = data["overall"]["counted_to"] or data["as_of"]
    parts: list[Any] = [
        Text(title, style="bold"),
        Text(
            t(
                "compliance.period_line",
                period=formats.span(data["start"], data["end"], lang),
                as_of=formats.as_date(counted_to),
            ),
            style="dim",
        ),
    ]
    numbers = [FitColumn(heading, "right", whole=True) for heading in _count_headings(t)]
    rates = [
        FitColumn(t(f"compliance.col.{key}"), "right", whole=True)
        for key in ("on_time_rate", "online_share", "satisfaction_rate")
    ]
    count_rows: list[list[Cell]] = []
    styles: list[str | None] = []
    for scope in scopes:
        online = scope["online"]
        answers = scope["satisfaction"]
        count_rows.append(
            [
                _scope_name(scope, t),
                formats.span(scope["start"], scope["end"], lang),
                *_counts(scope["dossiers"], lang),
                formats.rate(scope["on_time_rate"], lang),
                f"{formats.number(online['online'], lang)}/{formats.number(online['received'], lang)}"
                f" ({formats.rate(online['rate'], lang)})",
                _rate_cell(answers["rate"], answers["few_answers"], lang)
                + Text(
                    f" ({formats.number(answers['satisfied'], lang)}/"
                    f"{formats.number(answers['answers'], lang)})"
                ),
            ]
        )
        styles.append("bold" if scope["code"] is None else None)
    focus_lines = [
        *(f"{phase['code']}: {phase['name']}" for phase in data["phases"] if phase.get("name")),
        *(
            f"{target['label'] or target['metric']}: {focus_text(target['focus'], t)}"
            for target in _focused(scopes)
        ),
    ]
    parts.append(
        FitTable(
            [
                FitColumn(t("compliance.col.scope")),
                FitColumn(t("compliance.col.period"), whole=True),
                *numbers,
                *rates,
            ],
            count_rows,
            title=t("compliance.phases_title"),
            caption="\n".join([*focus_lines, t("compliance.overall_note")]),
            row_styles=styles,
        )
    )

    # The targets as the report's own table has them, so the words are those of every format.
    judged = report.table("targets")
    columns = {c.key: c for c in judged.columns}
    few = {_scope_name(scope, t) for scope in scopes if scope["satisfaction"]["few_answers"]}
    target_rows: list[list[Cell]] = []
    for row in judged.rows:
        style = MET_STYLE[row["met"]]
        actual = shown(row, columns["actual"], lang)
        if (
            row["metric"] == "satisfaction_rate"
            and row["scope"] in few
            and row["actual"] is not None
        ):
            actual += f" {FEW}"
        target_rows.append(
            [
                *(shown(row, columns[key], lang) for key in ("scope", "label", "requirement")),
                Text(actual, style=style),
                Text(shown(row, columns["met"], lang), style=style),
            ]
        )
    if not target_rows:
        parts.append(Text(t("compliance.no_targets"), style="dim"))
    else:
        parts.append(
            FitTable(
                [
                    FitColumn(columns["scope"].heading),
                    FitColumn(columns["label"].heading),
                    FitColumn(columns["requirement"].heading),
                    FitColumn(columns["actual"].heading, "right", whole=True),
                    FitColumn(columns["met"].heading),
                ],
                target_rows,
                title=judged.title,
                caption=judged.note or None,
            )
        )

    for by, heading in (("unit", "col.unit"), ("officer", "col.officer")):
        rows = data[f"by_{by}"]
        if not rows:
            continue
        lines: list[list[Cell]] = []
        for row in rows:
            lines.append(
                [
                    row[by] or t("compliance.unknown"),
                    *_counts(row, lang),
                    formats.rate(row["on_time_rate"], lang),
                    _rate_cell(row["satisfaction_rate"], row["few_answers"], lang)
                    + Text(
                        f" ({formats.number(row['satisfied'], lang)}/"
                        f"{formats.number(row['answers'], lang)})"
                    ),
                ]
            )
        parts.append(
            FitTable(
                [
                    FitColumn(t(heading)),
                    *numbers,
                    FitColumn(t("compliance.col.on_time_rate"), "right", whole=True),
                    FitColumn(t("compliance.col.satisfaction_rate"), "right", whole=True),
                ],
                lines,
                title=t(f"compliance.by_{by}_title"),
            )
        )

    late = data["late_dossiers"]
    if late:
        parts.append(late_view(late, t, lang))
    else:
        parts.append(Text(t("compliance.no_late"), style="green"))
    return Group(*parts)


def late_view(rows: list[dict[str, Any]], t: T, lang: str) -> FitTable:
    """The late and overdue dossiers with their officer, and whether the apology was sent."""
    from thidua_cli.ui.render import status_style

    columns = [
        FitColumn(t("col.code"), whole=True),
        FitColumn(t("col.procedure")),
        FitColumn(t("col.officer")),
        FitColumn(t("col.due_date"), whole=True),
        FitColumn(t("col.finished_at"), whole=True),
        FitColumn(t("col.status")),
        FitColumn(t("col.working_days_late"), "right", whole=True),
        FitColumn(t("compliance.col.apology")),
    ]
    lines: list[list[Cell]] = []
    for row in rows:
        status = str(row["status"])
        lines.append(
            [
                str(row["code"]),
                str(row["procedure"]),
                row["officer"] or t("compliance.unknown"),
                formats.day(row["due_date"], lang),
                formats.day(row["finished_at"], lang),
                Text(t(f"status.{status}"), style=status_style(status)),
                formats.number(row["working_days_late"], lang),
                t("compliance.apology_sent") if row["apology"] else "",
            ]
        )
    return FitTable(columns, lines, title=t("compliance.late_title", count=len(rows)))
