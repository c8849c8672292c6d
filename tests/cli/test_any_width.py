"""Every report read at 80, 100 and 132 columns (and in cron mail) shows every value of its JSON
whole: codes, dates and numbers never cut, text never split inside a word, nothing elided.

Each value is looked for the way a person reads it (``text/formats.py``): dates day first, rates in
percent, numbers with the language's separators; the words of a text may wrap onto lines of their
own. Fields a terminal view deliberately leaves out (internal words shown as labels, flags said by
another column) are named per report.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

import pytest

from conftest import Cli
from thidua_cli.domain.awards import RATE_CRITERIA
from thidua_cli.domain.campaign import RATE_NAMES
from thidua_cli.text import formats

CAMPAIGN = "486/KH-GDĐT"
AS_OF = ("--as-of", "01/07/2021")
MONTH = ("--from", "01/06/2021", "--to", "30/06/2021")

DATES = {
    "received_at", "due_date", "finished_at", "date", "registered_on", "decided_on", "start",
    "end", "due", "done_on", "counted_to",
}  # fmt: skip
TIMES = {"imported_at", "loaded_at", "undone_at", "recorded_at"}
SIZES = {"size_bytes"}
RATES = {"rate", "on_time_rate", "satisfaction_rate", "lowest_rate"}
# Targets, written as people write them: 95%, not 95,0%.
TARGETS = {"target"}
# Values a person copies whole: never wrapped.
WHOLE = {"code", "dossier_code", "sha256", "file_name", "decision_no"}
# Internal words: the tables show their labels (tested in test_typed_values), and flags a
# column of words or a mark says.
LABELLED = {
    "status", "kind", "channel", "outcome", "role", "level", "owner_kind", "due_source", "schema",
    "by", "metric", "op", "active", "eligible", "met", "few_answers", "apology", "breaks_conduct",
    "ok", "rating", "undo_of", "campaign", "id", "year", "channels", "action", "integrity", "rank",
    "criterion", "stage", "if_no_data",
}  # fmt: skip

# name, arguments, keys its terminal view leaves out (beyond the labelled ones).
REPORTS: list[tuple[str, tuple[str, ...], set[str]]] = [
    ("dossiers", ("dossiers", *AS_OF), {"unit", "due_source", "working_days_late"}),
    ("check", ("check", *AS_OF), {"unit", "finished_at", "working_days_late", "as_of"}),
    ("form06", ("report", "form06", *MONTH), {"from", "to"}),
    ("satisfaction", ("report", "satisfaction", *MONTH), {"from", "to", "min_answers", "unit"}),
    ("enrollment", ("report", "enrollment"), {"target"}),
    (
        "compliance",
        ("report", "compliance", "--campaign", CAMPAIGN, *AS_OF),
        {"as_of", "received_at"},
    ),
    ("awards", ("awards", "--campaign", CAMPAIGN, *AS_OF), {"required", "value"}),
    ("staff", ("staff",), set()),
    ("complaints", ("complaints",), set()),
    ("initiatives", ("initiative", "list"), set()),
    ("imports", ("imports",), set()),
    ("campaigns", ("campaign", "list"), {"reference", "min_answers"}),
    ("tasks", ("task", "list", "--campaign", CAMPAIGN, *AS_OF), set()),
    ("calendar", ("calendar", "show", "--year", "2021"), set()),
    ("campaign", ("campaign", "show", CAMPAIGN), set()),
    ("task history", ("task", "history", "--campaign", CAMPAIGN), set()),
    ("db check", ("db", "check"), set()),
]


def shown_values(data: Any, left_out: set[str], key: str = "") -> Iterator[tuple[str, str, bool]]:
    """(key, the value as a person reads it, whether it must stay on one line) for every value."""
    if isinstance(data, dict) and ("metric" in data or "criterion" in data):
        # A campaign target or award rule: its value and target are a rate or a count by its
        # metric or criterion.
        is_rate = data.get("metric") in RATE_NAMES or data.get("criterion") in RATE_CRITERIA
        for name, value in data.items():
            # "value": a campaign file's target, as `campaign show` states it.
            if name in ("actual", "target", "value") and isinstance(value, int | float) and is_rate:
                exact = name != "actual"
                yield name, formats.percent(value, "vi", exact=exact), True
            elif name in ("actual", "target", "value"):
                if name not in left_out:
                    yield from shown_values(value, left_out, "count")
            elif name not in left_out and name not in LABELLED:
                yield from shown_values(value, left_out, name)
    elif isinstance(data, dict):
        for name, value in data.items():
            if name not in left_out and name not in LABELLED:
                yield from shown_values(value, left_out, name)
    elif isinstance(data, list):
        for item in data:
            yield from shown_values(item, left_out, key)
    elif isinstance(data, bool) or data is None or data == "":
        return
    elif key in DATES and isinstance(data, str):
        yield key, formats.day(data, "vi"), True
    elif key in TIMES:
        yield key, formats.moment(data, "vi"), True
    elif key in SIZES:
        yield key, formats.size(data, "vi"), True
    elif key in RATES and isinstance(data, float):
        yield key, formats.percent(data, "vi"), True
    elif key in TARGETS and isinstance(data, float):
        yield key, formats.percent(data, "vi", exact=True), True
    elif isinstance(data, int | float):
        yield key, formats.number(data, "vi"), True
    else:
        yield key, str(data), key in WHOLE


def _words(text: str) -> set[str]:
    return set(re.split(r"[\s│┃|]+", text))


def assert_whole(text: str, data: Any, left_out: set[str]) -> int:
    words = _words(text)
    checked = 0
    for key, value, whole in shown_values(data, left_out):
        if whole:
            assert value in text, f"{key}: {value!r} is not whole"
        else:
            for word in value.split():
                assert word in words or word in text, f"{key}: the word {word!r} of {value!r}"
        checked += 1
    return checked


@pytest.mark.parametrize("width", [80, 100, 132])
@pytest.mark.parametrize(("name", "args", "left_out"), REPORTS, ids=[r[0] for r in REPORTS])
def test_every_value_of_the_json_is_whole_at_any_width(
    sample: Cli, name: str, args: tuple[str, ...], left_out: set[str], width: int
) -> None:
    data = json.loads(sample(*args, "--format", "json").stdout)
    shown = sample(*args, env={"COLUMNS": str(width)})
    assert shown.exit_code in (0, 1), shown.stderr
    text = shown.stdout
    # Nothing elided; a run of dots is a paper's blank to fill in by hand ("Số: …………/BC-").
    assert "…" not in re.sub("……+", "", text)
    assert max(len(line) for line in text.splitlines()) <= width
    assert assert_whole(text, data, left_out) > 3, name


def test_cron_mail_is_as_wide_as_a_line_printer(sample: Cli) -> None:
    """Not a terminal and no COLUMNS: 132 columns, and the overdue list is a table."""
    text = sample("check", *AS_OF).stdout
    assert max(len(line) for line in text.splitlines()) == 132
    assert "┃ Mã hồ sơ" in text


def test_a_narrow_screen_gets_one_block_per_row(sample: Cli) -> None:
    narrow = sample("check", *AS_OF, env={"COLUMNS": "80"}).stdout
    wide = sample("check", *AS_OF, env={"COLUMNS": "132"}).stdout
    assert "Mã hồ sơ:" in narrow and "Hạn trả:" in narrow  # "Nhãn: giá trị"
    assert "Mã hồ sơ:" not in wide


@pytest.mark.parametrize(("name", "args", "left_out"), REPORTS, ids=[r[0] for r in REPORTS])
def test_no_label_is_said_twice_in_a_block(
    sample: Cli, name: str, args: tuple[str, ...], left_out: set[str]
) -> None:
    """A stacked row reads "Nhãn: giá trị": two lines with one label would be two meanings."""
    text = sample(*args, env={"COLUMNS": "80"}).stdout
    blocks = text.split("\n───\n")
    said_twice = {}
    for block in blocks[1:]:
        labels = [
            line.split(":")[0]
            for line in block.splitlines()
            if line and not line[0].isspace() and ":" in line
        ]
        twice = {label for label in labels if labels.count(label) > 1}
        if twice:
            said_twice[name] = twice
    assert not said_twice, said_twice
