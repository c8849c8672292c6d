"""The proposal for commendation as a paper: "DANH SÁCH đề nghị khen thưởng".

The list itself is the awards report's (its JSON ``proposal``: units and individuals, each with
its number, name, title and unit for a person, a one-line summary of achievements and the form of
commendation). This module only lays it out as the office sends it, in the frame of
``reports.document``: units apart from individuals, on a landscape page for the wide table.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from thidua_cli.domain.campaign import Campaign
from thidua_cli.domain.office import Office
from thidua_cli.reports.document import Document, Heading, Paragraph, TableBlock
from thidua_cli.reports.model import Column, ReportTable

T = Callable[..., str]
UNIT_KEYS = ("no", "name", "achievements", "form")
INDIVIDUAL_KEYS = ("no", "name", "title", "unit", "achievements", "form")


def proposal_tables(proposal: dict[str, Any], t: T) -> dict[str, ReportTable]:
    """The proposal's units and individuals as tables (the rows are the JSON's own)."""
    number = Column("no", t("export.row_number"), "int")
    achievements = Column("achievements", t("proposal.col.achievements"))
    form = Column("form", t("proposal.col.form"))
    return {
        "units": ReportTable(
            "proposal_units",
            t("proposal.units"),
            [number, Column("name", t("proposal.col.unit_name")), achievements, form],
            proposal["units"],
        ),
        "individuals": ReportTable(
            "proposal_individuals",
            t("proposal.individuals"),
            [
                number,
                Column("name", t("proposal.col.name")),
                Column("title", t("proposal.col.title")),
                Column("unit", t("proposal.col.unit")),
                achievements,
                form,
            ],
            proposal["individuals"],
        ),
    }


def proposal_blocks(proposal: dict[str, Any], t: T, *, numbered: bool) -> list[Any]:
    """The lists, units first; ``numbered`` heads each with "I.", "II." (the paper's own
    sections) rather than a plain title (a section of the review)."""
    tables = proposal_tables(proposal, t)
    blocks: list[Any] = []
    roman = iter(("I", "II"))
    for kind, keys in (("units", UNIT_KEYS), ("individuals", INDIVIDUAL_KEYS)):
        table = tables[kind]
        if not table.rows:
            continue
        # Every column of the list, in both papers, filled or not: a form the campaign file
        # does not name is a blank the office writes by hand, not a column that goes missing.
        if numbered:
            blocks.append(Heading(f"{next(roman)}. {table.title.upper()}", 1))
            blocks.append(TableBlock(table, keys, row_numbers=False))
        else:
            blocks.append(TableBlock(table, keys, title=table.title, row_numbers=False))
    return blocks


def proposal_document(
    proposal: dict[str, Any], campaign: Campaign, office: Office, day: date, t: T
) -> Document:
    units, individuals = len(proposal["units"]), len(proposal["individuals"])
    body: list[Any] = proposal_blocks(proposal, t, numbered=True)
    if units or individuals:
        body.append(Paragraph(t("proposal.total", units=units, individuals=individuals)))
    else:
        body.append(Paragraph(t("review.no_proposal")))
    return Document(
        kind=t("proposal.kind"),
        symbol="DS",
        subject=t("proposal.subject", code=campaign.code),
        office=office,
        day=day,
        body=body,
        # Sent up with the review, to the body that decides on the commendation.
        addressee=office.report_recipient,
        landscape=True,
    )
