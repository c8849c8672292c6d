"""Reading campaign files: the sample plan, the accepted spellings, and every kind of mistake
reported with its line."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from thidua_cli.domain.campaign import Focus, Rule, Target, campaign_as_dict, targets_for
from thidua_cli.errors import CampaignFileError
from thidua_cli.ingest.campaign_file import KeyLines, parse_campaign

SAMPLE = Path(__file__).parents[2] / "sample_data" / "campaign-486-KH-GDDT-2021.toml"

# Line numbers matter below: each line of this file is numbered in the comment on its right.
BASE = """\
[campaign]
code = "12/KH-THU"
name = "Tháng thử nghiệm"
start = 2021-06-01
end = 2021-06-30

[[phases]]
code = "P1"
start = 2021-06-01
end = 2021-06-15
focus.procedures = ["1.002", "Chỉnh sửa nội dung văn bằng, chứng chỉ"]
focus.channels = ["direct"]

[[phases]]
code = "P2"
start = 2021-06-16
end = 2021-06-30

[[targets]]
metric = "late_count"
op = "=="
value = 0
phases = ["P2"]

[[targets]]
metric = "satisfaction_rate"
op = ">"
value = 0.95

[awards]
rank = ["early_share"]

[[awards.individual]]
criterion = "late_count"
op = "=="
value = 0
"""


def changed(line: int, text: str) -> str:
    """BASE with its ``line`` (1-based) replaced by ``text`` (which may hold several lines)."""
    lines = BASE.splitlines()
    lines[line - 1] = text
    return "\n".join(lines) + "\n"


def problems(text: str, lang: str = "en") -> list[tuple[int | None, str]]:
    with pytest.raises(CampaignFileError) as caught:
        parse_campaign(text, file="thu.toml", lang=lang)
    assert caught.value.key == "campaign.invalid"
    assert caught.value.exit_code == 3
    assert caught.value.params["count"] == len(caught.value.problems)
    return caught.value.problems


def test_the_base_file_reads_whole() -> None:
    campaign = parse_campaign(BASE)
    assert (campaign.code, campaign.name, campaign.start, campaign.end) == (
        "12/KH-THU",
        "Tháng thử nghiệm",
        date(2021, 6, 1),
        date(2021, 6, 30),
    )
    assert campaign.min_answers == 5
    p1, p2 = campaign.phases
    assert p1.focus == Focus(
        procedures=("1.002", "Chỉnh sửa nội dung văn bằng, chứng chỉ"), channels=("direct",)
    )
    assert p2.focus == Focus() and p2.name == "P2"
    assert campaign.targets == (
        Target("late_count", "==", 0.0, ("P2",)),
        Target("satisfaction_rate", ">", 0.95),
    )
    assert campaign.awards.rank == ("early_share",)
    assert campaign.awards.individual == (Rule("late_count", "==", 0.0),)
    assert [t.metric for t in targets_for(campaign, "P1")] == ["satisfaction_rate"]
    assert [t.metric for t in targets_for(campaign, "P2")] == ["late_count", "satisfaction_rate"]
    assert [t.metric for t in targets_for(campaign, None)] == ["satisfaction_rate"]


def test_the_sample_plan_486_is_read_faithfully() -> None:
    campaign = parse_campaign(SAMPLE.read_text(encoding="utf-8"))
    assert campaign.code == "486/KH-GDĐT"
    assert "04/6/2021" in campaign.reference
    assert (campaign.start, campaign.end, campaign.min_answers) == (
        date(2021, 6, 1),
        date(2021, 7, 1),
        5,
    )
    gd1, gd2 = campaign.phases
    assert (gd1.code, gd1.start, gd1.end) == ("GD1", date(2021, 6, 1), date(2021, 6, 15))
    assert (gd2.code, gd2.start, gd2.end) == ("GD2", date(2021, 6, 16), date(2021, 7, 1))
    # A phase counts every dossier; phase 1's focus is a target's (section II.2 of the plan, and
    # the urgent procedures received in person of Công văn 4230/VP-KSTT).
    assert gd1.focus == Focus() and gd2.focus == Focus()
    assert "“Tháng cao điểm”" in campaign.name and "“Tháng cao điểm”" in campaign.reference
    assert {
        (t.metric, t.op, t.value, t.phases, bool(t.focus.procedures)) for t in campaign.targets
    } == {
        ("on_time_rate", "==", 1.0, (), False),
        ("late_count", "==", 0.0, (), False),
        ("on_time_rate", "==", 1.0, ("GD1",), True),
        ("satisfaction_rate", ">", 0.95, (), False),
        ("online_enrollment_rate", "==", 1.0, (), False),
        ("conduct_rate", "==", 1.0, (), False),
        ("initiatives_registered", ">=", 1.0, (), False),
        ("tasks_done", "==", 1.0, (), False),
    }
    (focus,) = [t.focus for t in campaign.targets if t.focus.procedures]
    assert focus.channels == ("direct",)
    assert "Cấp bản sao văn bằng, chứng chỉ từ sổ gốc" in focus.procedures
    assert "Chỉnh sửa nội dung văn bằng, chứng chỉ" in focus.procedures
    assert sum(name.startswith("Thành lập trường") for name in focus.procedures) == 2
    individual = {r.criterion: r for r in campaign.awards.individual}
    assert individual["satisfaction_rate"].min_answers == 5
    # What needs dossiers or answers is not judged without them: the personnel team is judged on
    # conduct and initiatives (if_no_data, default "not_met").
    assert {c: r.if_no_data for c, r in individual.items()} == {
        "late_count": "ignore",
        "satisfaction_rate": "ignore",
        "upheld_complaints": "not_met",
        "initiatives_registered": "not_met",
    }
    assert set(individual) == {
        "late_count",
        "satisfaction_rate",
        "upheld_complaints",
        "initiatives_registered",
    }
    assert {r.criterion for r in campaign.awards.unit} == {
        "late_count",
        "on_time_rate",
        "satisfaction_rate",
        "members_with_upheld_complaints",
        "initiatives_registered",
    }
    assert campaign.awards.rank == (
        "initiatives_recognized",
        "early_share",
        "satisfaction_rate",
        "dossiers_handled",
    )


def test_campaign_as_plain_data() -> None:
    data = campaign_as_dict(parse_campaign(BASE))
    assert data["start"] == "2021-06-01"
    assert data["phases"][0]["focus"] == {
        "procedures": ["1.002", "Chỉnh sửa nội dung văn bằng, chứng chỉ"],
        "channels": ["direct"],
    }
    assert data["targets"][0] == {
        "metric": "late_count",
        "op": "==",
        "value": 0,
        "phases": ["P2"],
        "label": "",
        "tasks": [],
        "focus": {"procedures": [], "channels": []},
        "question": None,
    }
    assert data["tasks"] == []
    assert data["awards"]["individual"][0]["criterion"] == "late_count"


@pytest.mark.parametrize(
    ("line", "text", "check"),
    [
        (4, 'start = "01/06/2021"', lambda c: c.start == date(2021, 6, 1)),
        (4, 'start = "2021-06-01"', lambda c: c.start == date(2021, 6, 1)),
        (9, 'start = "1/6/2021"', lambda c: c.phases[0].start == date(2021, 6, 1)),
        (
            12,
            'focus.channels = ["Trực tiếp", "trực tuyến", "direct"]',
            lambda c: c.phases[0].focus.channels == ("direct", "online"),
        ),
        (
            12,
            "focus.channels = [1, 3]",
            None,  # numbers are not channel names: refused below, not here
        ),
        (5, "end = 2021-06-30\nmin_answers = 10", lambda c: c.min_answers == 10),
        (
            3,
            'name = "  Tháng   thử  "\nreference = "KH số 12"',
            lambda c: (c.name, c.reference) == ("Tháng thử", "KH số 12"),
        ),
        (22, "value = 0.0", lambda c: c.targets[0].value == 0),
    ],
)
def test_accepted_spellings(line: int, text: str, check) -> None:
    if check is None:
        assert problems(changed(line, text))[0][0] == line
        return
    assert check(parse_campaign(changed(line, text)))


def test_a_rule_without_if_no_data_counts_no_data_as_not_met() -> None:
    (rule,) = parse_campaign(BASE).awards.individual
    assert rule.if_no_data == "not_met"
    ignoring = parse_campaign(changed(36, 'value = 0\nif_no_data = "ignore"'))
    assert ignoring.awards.individual[0].if_no_data == "ignore"


def test_a_target_focus_is_read() -> None:
    text = changed(28, 'value = 0.95\n[[targets]]\nmetric = "on_time_rate"\nop = ">="\nvalue = 1')
    text = text.replace(
        "value = 1\n\n[awards]",
        'value = 1\nphases = ["P1"]\nfocus.procedures = ["1.002"]\nfocus.channels = ["direct"]\n'
        "\n[awards]",
    )
    focused = parse_campaign(text).targets[-1]
    assert focused.focus == Focus(procedures=("1.002",), channels=("direct",))
    assert focused.phases == ("P1",)


def test_focus_as_a_sub_table_is_read() -> None:
    text = BASE.replace(
        'focus.procedures = ["1.002", "Chỉnh sửa nội dung văn bằng, chứng chỉ"]\n'
        'focus.channels = ["direct"]',
        '[phases.focus]\nchannels = ["postal"]\nprocedures = ["1.002"]',
    )
    assert parse_campaign(text).phases[0].focus == Focus(("1.002",), ("postal",))
    found = problems(text.replace('channels = ["postal"]', 'channels = ["pigeon"]'))
    assert found[0][0] == 12 and "unknown channel 'pigeon'" in found[0][1]


def test_inline_focus_table_is_read() -> None:
    text = changed(11, 'focus = { procedures = ["1.002"], channels = ["online"] }').replace(
        'focus.channels = ["direct"]\n', ""
    )
    assert parse_campaign(text).phases[0].focus == Focus(("1.002",), ("online",))


# Each kind of mistake, the line it is reported on, and a telling part of the message.
MISTAKES = [
    ("unknown key in [campaign]", 3, 'name = "Thử"\ncolour = "red"', 4, "unknown key 'colour'"),
    ("unknown top-level key", 1, 'title = "x"\n[campaign]', 1, "unknown key 'title'"),
    ("unknown key in a phase", 8, 'code = "P1"\nweight = 2', 9, "unknown key 'weight'"),
    ("unknown key in the focus", 12, 'focus.units = ["x"]', 12, "unknown key 'units'"),
    ("unknown key in a target", 22, "value = 0\nunit = 1", 23, "unknown key 'unit'"),
    ("unknown metric", 20, 'metric = "happiness"', 20, "unknown metric 'happiness'"),
    ("unknown operator", 21, 'op = "=>"', 21, "unknown operator '=>'"),
    ("unknown criterion", 34, 'criterion = "smiles"', 34, "unknown criterion 'smiles'"),
    ("unknown ranking key", 31, 'rank = ["speed"]', 31, "unknown ranking key 'speed'"),
    ("bad date", 5, 'end = "31/06/2021"', 5, "'end' = 31/06/2021 is not a valid date"),
    ("a date with a time", 10, "end = 2021-06-15T10:00:00", 10, "is not a valid date"),
    ("date of the wrong type", 4, "start = 20210601", 4, "is not a valid date"),
    ("campaign ends first", 5, "end = 2021-05-01", 5, "the campaign ends on 1 May 2021"),
    ("phase ends first", 10, "end = 2021-05-30", 10, "phase P1 ends on 30 May 2021, before"),
    ("phase starts early", 9, "start = 2021-05-20", 9, "before the campaign starts"),
    ("phase ends late", 17, "end = 2021-07-02", 17, "phase P2 ends on 2 Jul 2021, after"),
    ("phases overlap", 16, "start = 2021-06-10", 16, "phase P2 starts on 10 Jun 2021, before"),
    ("phase code twice", 15, 'code = "P1"', 15, "already used on line 8"),
    ("target names unknown phase", 23, 'phases = ["P9"]', 23, "a phase 'P9'"),
    ("bad channel", 12, 'focus.channels = ["fax"]', 12, "unknown channel 'fax'"),
    ("rate above 1", 28, "value = 95", 28, "write 0.95 for 95%"),
    ("count not whole", 22, "value = 0.5", 22, "counts things"),
    ("value not a number", 22, 'value = "0"', 22, "must be a number"),
    ("missing metric", 20, "", 19, "'metric' is missing"),
    ("missing phase start", 9, "", 7, "'start' is missing"),
    ("empty code", 2, 'code = ""', 2, "'code' must be a non-empty string"),
    ("phases of a target not a list", 23, 'phases = "P2"', 23, "must be a list of strings"),
    ("bad min_answers", 5, "end = 2021-06-30\nmin_answers = 0", 6, "positive whole number"),
    ("syntax error", 22, "value = = 0", 22, "TOML syntax error at column"),
    (
        "bad if_no_data",
        36,
        'value = 0\nif_no_data = "skip"',
        37,
        "if_no_data = 'skip' is not valid; use: not_met, ignore",
    ),
    (
        "focus on a metric that has none",
        28,
        'value = 0.95\nfocus.channels = ["direct"]',
        29,
        "a satisfaction_rate target cannot have a focus",
    ),
]


@pytest.mark.parametrize(
    ("line", "text", "expected_line", "fragment"),
    [m[1:] for m in MISTAKES],
    ids=[m[0] for m in MISTAKES],
)
def test_each_mistake_is_reported_with_its_line(
    line: int, text: str, expected_line: int, fragment: str
) -> None:
    found = problems(changed(line, text))
    assert any(where == expected_line and fragment in message for where, message in found), found


def test_phases_must_be_an_array_of_tables() -> None:
    found = problems("phases = 3\n" + BASE[: BASE.index("[[phases]]")])
    assert found == [(1, "'phases' must be an array of tables ([[phases]])")]


def test_a_missing_campaign_table_is_one_mistake() -> None:
    assert problems('[[phases]]\ncode = "P1"\nstart = 2021-06-01\nend = 2021-06-02\n') == [
        (None, "the table [campaign] is missing")
    ]


def test_every_mistake_is_reported_at_once_in_line_order() -> None:
    text = BASE.replace('op = ">"', 'op = "≥"').replace("end = 2021-06-15", "end = 2021-06-17")
    text = text.replace('focus.channels = ["direct"]', 'focus.channels = ["fax"]')
    found = problems(text)
    assert [line for line, _ in found] == [12, 16, 27]
    assert "unknown channel 'fax'" in found[0][1]
    assert "phase P2 starts on 16 Jun 2021, before phase P1 ends (on 17 Jun 2021)" in found[1][1]
    assert "unknown operator '≥'" in found[2][1]


def test_mistakes_read_in_vietnamese_by_default() -> None:
    found = problems(changed(20, 'metric = "happiness"'), lang="vi")
    assert found == [
        (
            20,
            "chỉ tiêu 'happiness' không có; dùng một trong: on_time_rate, late_count, "
            "satisfaction_rate, online_rate, online_enrollment_rate, conduct_rate, "
            "initiatives_registered, tasks_done",
        )
    ]


def test_dates_in_mistakes_are_written_in_the_languages_way() -> None:
    text = BASE.replace("end = 2021-06-15", "end = 2021-06-17")
    vietnamese = [message for _, message in problems(text, lang="vi")]
    english = [message for _, message in problems(text)]
    assert any("16/06/2021" in m and "17/06/2021" in m for m in vietnamese), vietnamese
    assert any("16 Jun 2021" in m and "17 Jun 2021" in m for m in english), english


def test_a_syntax_error_at_the_end_of_the_file_names_the_last_line() -> None:
    found = problems(BASE + "rank = [\n")
    assert found[0][0] == len((BASE + "rank = [\n").splitlines())
    assert "TOML syntax error" in found[0][1]


def test_key_lines_skip_strings_comments_and_multi_line_values() -> None:
    text = (
        "[campaign]\n"  # 1
        'name = "a = [b" # code = "not a key"\n'  # 2
        "note = '''\n"  # 3
        "start = not a key\n"  # 4
        "'''\n"  # 5
        "list = [\n"  # 6
        '  "end = x",\n'  # 7
        "]\n"  # 8
        "end = 2021-06-01\n"  # 9
        "[[phases]]\n"  # 10
        "[[phases]]\n"  # 11
        'focus.channels = ["direct"]\n'  # 12
        "[phases.focus]\n"  # 13
    )
    lines = KeyLines(text)
    assert lines.line_of(("campaign", "name")) == 2
    assert lines.line_of(("campaign", "code")) == 1  # absent: its table's line
    assert lines.line_of(("campaign", "start")) == 1
    assert lines.line_of(("campaign", "end")) == 9
    assert lines.line_of(("phases", 0)) == 10
    assert lines.line_of(("phases", 1, "focus", "channels")) == 12
    assert lines.line_of(("phases", 1, "focus")) == 12
    assert lines.line_of(("phases", 1, "focus", "procedures", 3)) == 12
    assert lines.line_of(("targets", 0)) is None
