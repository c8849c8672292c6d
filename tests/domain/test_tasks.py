"""A campaign's tasks: their status at a date, the tasks_done share, and [[tasks]] in the file,
every mistake reported at its line."""

from __future__ import annotations

from datetime import date

import pytest

from thidua_cli.domain.campaign import Target, Task, task_status, tasks_done_share
from thidua_cli.errors import CampaignFileError
from thidua_cli.ingest.campaign_file import parse_campaign

D = date


@pytest.mark.parametrize(
    ("due", "done_on", "as_of", "status"),
    [
        (D(2021, 6, 5), D(2021, 6, 4), D(2021, 6, 10), "done"),
        (D(2021, 6, 5), D(2021, 6, 5), D(2021, 6, 5), "done"),  # on the due day is on time
        (D(2021, 6, 5), D(2021, 6, 7), D(2021, 6, 10), "done_late"),
        (D(2021, 6, 5), None, D(2021, 6, 5), "open"),  # due today: not overdue yet
        (D(2021, 6, 5), None, D(2021, 6, 1), "open"),
        (D(2021, 6, 5), None, D(2021, 6, 6), "overdue"),
        # Recorded done after the reference date: not done at it.
        (D(2021, 6, 5), D(2021, 6, 9), D(2021, 6, 8), "overdue"),
        (D(2021, 6, 5), D(2021, 6, 4), D(2021, 6, 3), "open"),
    ],
)
def test_task_status(due: date, done_on: date | None, as_of: date, status: str) -> None:
    assert task_status(due, done_on, as_of) == status


def test_tasks_done_share_judges_only_what_is_done_or_due() -> None:
    as_of = D(2021, 6, 10)
    on_time = (D(2021, 6, 5), D(2021, 6, 5))
    late = (D(2021, 6, 5), D(2021, 6, 8))
    overdue = (D(2021, 6, 9), None)
    not_due = (D(2021, 6, 20), None)
    early = (D(2021, 6, 20), D(2021, 6, 2))
    assert tasks_done_share([on_time, late, overdue, not_due], as_of) == pytest.approx(1 / 3)
    assert tasks_done_share([on_time, early, not_due], as_of) == 1.0
    assert tasks_done_share([not_due], as_of) is None  # nothing judged yet: no data, never 100%
    assert tasks_done_share([], as_of) is None


BASE = """\
[campaign]
code = "12/KH-THU"
start = 2021-06-01
end = 2021-06-30

[[phases]]
code = "P1"
start = 2021-06-01
end = 2021-06-15

[[tasks]]
code = "T01"
title = "Quán triệt  kế hoạch"
owner = "Trưởng phòng"
due = 2021-06-05
evidence = "Biên bản họp"

[[tasks]]
code = "T02"
title = "Đăng tin trên cổng thông tin"
owner = "Văn phòng"
due = "10/06/2021"

[[targets]]
metric = "tasks_done"
op = "=="
value = 1
tasks = ["T01", "T02"]
"""


def with_lines(text: str, line: int, replacement: str) -> str:
    lines = text.splitlines()
    lines[line - 1] = replacement
    return "\n".join(lines) + "\n"


def problems(text: str) -> list[tuple[int | None, str]]:
    with pytest.raises(CampaignFileError) as caught:
        parse_campaign(text, file="thu.toml", lang="en")
    return caught.value.problems


def test_tasks_read_with_either_date_form() -> None:
    campaign = parse_campaign(BASE)
    assert campaign.tasks == (
        Task("T01", "Quán triệt kế hoạch", "Trưởng phòng", D(2021, 6, 5), "Biên bản họp"),
        Task("T02", "Đăng tin trên cổng thông tin", "Văn phòng", D(2021, 6, 10)),
    )
    assert campaign.targets == (Target("tasks_done", "==", 1.0, tasks=("T01", "T02")),)


@pytest.mark.parametrize(
    ("line", "replacement", "expected"),
    [
        (22, 'due = "31/06/2021"', (22, "'due'")),
        (21, "owner = 3", (21, "'owner'")),
        (16, 'evidence = "x"\nweight = 2', (17, "'weight'")),
        (28, 'tasks = ["T01", "T09"]', (28, "a task 'T09' that [[tasks]] does not list")),
        (28, "tasks = []", (25, "needs the tasks it judges")),
        (25, 'metric = "late_count"', (28, "belongs to a tasks_done target only")),
        (27, "value = 1.5", (27, "1.5")),
    ],
)
def test_task_mistakes_are_reported_at_their_line(
    line: int, replacement: str, expected: tuple[int, str]
) -> None:
    found = problems(with_lines(BASE, line, replacement))
    assert len(found) == 1, found
    assert found[0][0] == expected[0]
    assert expected[1] in found[0][1]


def test_a_task_code_given_twice_is_reported_at_its_second_line() -> None:
    found = problems(with_lines(BASE, 19, 'code = "T01"'))
    assert found[0] == (19, "the task code T01 is already used on line 12")
    # The target still names T02, which the file no longer lists.
    assert found[1][0] == 28 and "'T02'" in found[1][1]


def test_a_task_without_a_title_or_due_date_is_refused() -> None:
    text = BASE.replace('title = "Đăng tin trên cổng thông tin"\n', "").replace(
        'due = "10/06/2021"\n', ""
    )
    # Each at the task's own header line; the target naming T02 is not blamed for it.
    assert problems(text) == [(18, "'title' is missing"), (18, "'due' is missing")]
