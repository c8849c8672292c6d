"""Lists of names and units in Vietnamese alphabetical order, people by given name; rankings keep
their own order."""

from __future__ import annotations

from conftest import Cli
from thidua_cli.text.sort import name_key, sort_key

CAMPAIGN = "486/KH-GDĐT"


def test_the_roster_is_by_unit_then_role_then_given_name(sample: Cli) -> None:
    staff = sample.json("staff")
    units = [row["unit"] for row in staff]
    assert units == sorted(units, key=sort_key)
    roles = {"head": 0, "deputy": 1, "staff": 2}
    for unit in set(units):
        members = [r for r in staff if r["unit"] == unit]
        by_role = sorted(members, key=lambda r: (roles[r["role"]], name_key(r["name"])))
        assert members == by_role


def test_form06_rows_by_unit_and_by_officer(sample: Cli) -> None:
    period = ("report", "form06", "--from", "1/6/2021", "--to", "30/6/2021")
    units = [row["unit"] for row in sample.json(*period, "--by", "unit")["rows"]]
    assert len(units) > 2 and units == sorted(units, key=sort_key)
    officers = [row["officer"] for row in sample.json(*period, "--by", "officer")["rows"]]
    named = [o for o in officers if o]
    assert len(named) > 3 and named == sorted(named, key=name_key)


def test_satisfaction_by_officer_and_compliance_by_unit(sample: Cli) -> None:
    rows = sample.json("report", "satisfaction", "--by", "officer")["rows"]
    named = [row["officer"] for row in rows if row["officer"]]
    assert len(named) > 3 and named == sorted(named, key=name_key)
    compliance = sample.json("report", "compliance", "--campaign", CAMPAIGN, "--as-of", "1/7/2021")
    units = [row["unit"] for row in compliance["by_unit"] if row["unit"]]
    assert len(units) > 2 and units == sorted(units, key=sort_key)


def test_the_award_ranking_keeps_its_own_order(sample: Cli) -> None:
    individuals = sample.json("awards", "--campaign", CAMPAIGN)["individuals"]
    eligible = [person["eligible"] for person in individuals]
    assert True in eligible and False in eligible
    assert eligible == sorted(eligible, reverse=True)  # the candidates first, by rank
    names = [person["name"] for person in individuals]
    assert names != sorted(names, key=name_key)
