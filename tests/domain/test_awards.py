"""Award rules judged and ranked, as pure tables."""

from __future__ import annotations

import pytest

from thidua_cli.domain.awards import (
    Facts,
    Reason,
    assess,
    evaluate,
    name_key,
    ranked,
    required_text,
    shown_number,
)
from thidua_cli.domain.campaign import INDIVIDUAL_CRITERIA, UNIT_CRITERIA, Rule
from thidua_cli.text.messages import keys, text

SATISFACTION = Rule("satisfaction_rate", ">", 0.95)
NO_LATE = Rule("late_count", "==", 0)
SOME_DOSSIERS = Rule("dossiers_handled", ">=", 1)
NO_COMPLAINT = Rule("upheld_complaints", "==", 0)
AN_INITIATIVE = Rule("initiatives_registered", ">=", 1)
RULES = (SOME_DOSSIERS, NO_LATE, SATISFACTION, NO_COMPLAINT, AN_INITIATIVE)


def facts(name: str = "Lê Văn An", answers: int = 10, **values: float | int | None) -> Facts:
    base: dict[str, float | int | None] = {
        "dossiers_handled": 4,
        "late_count": 0,
        "on_time_rate": 1.0,
        "early_share": 0.5,
        "satisfaction_rate": 1.0,
        "upheld_complaints": 0,
        "initiatives_registered": 1,
        "initiatives_recognized": 0,
    }
    base.update(values)
    return Facts(name=name, unit="Tổ Một cửa", values=base, answers=answers)


@pytest.mark.parametrize(
    ("rule", "expected"),
    [
        (Rule("satisfaction_rate", ">", 0.95), "> 95%"),
        (Rule("on_time_rate", ">=", 1.0), "≥ 100%"),
        (Rule("early_share", ">=", 0.625), "≥ 62.5%"),
        (Rule("late_count", "==", 0), "= 0"),
        (Rule("initiatives_registered", ">=", 1), "≥ 1"),
        (Rule("dossiers_handled", "<", 40), "< 40"),
        (Rule("upheld_complaints", "<=", 2), "≤ 2"),
    ],
)
def test_requirement_in_words(rule: Rule, expected: str) -> None:
    assert required_text(rule) == expected


@pytest.mark.parametrize(
    ("value", "is_rate", "expected"),
    [(0.9, True, "90.0%"), (0.96551, True, "96.6%"), (1.0, True, "100.0%"), (3, False, "3")],
)
def test_values_in_words(value: float, is_rate: bool, expected: str) -> None:
    assert shown_number(value, is_rate=is_rate) == expected


def test_every_criterion_met_is_eligible_with_no_reason() -> None:
    result = assess(facts(), RULES, min_answers=5)
    assert result.eligible is True
    assert result.reasons == []
    assert {c: (v.value, v.required, v.met) for c, v in result.criteria.items()} == {
        "dossiers_handled": (4, "≥ 1", True),
        "late_count": (0, "= 0", True),
        "satisfaction_rate": (1.0, "> 95%", True),
        "upheld_complaints": (0, "= 0", True),
        "initiatives_registered": (1, "≥ 1", True),
    }


def reason(key: str, value: float, op: str, target: float, rate: bool = False) -> Reason:
    return Reason(key, {"value": value, "op": op, "target": target, "rate": rate})


@pytest.mark.parametrize(
    ("changed", "criterion", "expected"),
    [
        ({"late_count": 2}, "late_count", reason("awards.reason.late_count", 2, "==", 0)),
        (
            {"satisfaction_rate": 0.9},
            "satisfaction_rate",
            reason("awards.reason.satisfaction_rate", 0.9, ">", 0.95, rate=True),
        ),
        (
            {"upheld_complaints": 1},
            "upheld_complaints",
            reason("awards.reason.upheld_complaints", 1, "==", 0),
        ),
        # None at all is said as such, not as "registered 0".
        (
            {"initiatives_registered": 0},
            "initiatives_registered",
            reason("awards.reason.initiatives_registered.none", 0, ">=", 1),
        ),
        (
            {"dossiers_handled": 0},
            "dossiers_handled",
            reason("awards.reason.dossiers_handled.none", 0, ">=", 1),
        ),
    ],
)
def test_one_unmet_criterion_decides(
    changed: dict[str, float], criterion: str, expected: Reason
) -> None:
    result = assess(facts(**changed), RULES, min_answers=5)
    assert result.eligible is False
    assert [c for c, v in result.criteria.items() if not v.met] == [criterion]
    assert result.reasons == [expected]


def test_a_rejected_initiative_is_named_as_rejected() -> None:
    result = assess(
        facts(initiatives_registered=0, initiatives_rejected=1), (AN_INITIATIVE,), min_answers=5
    )
    assert result.reasons == [
        Reason(
            "awards.reason.initiatives_registered.rejected",
            {"value": 0, "op": ">=", "target": 1, "rate": False, "rejected": 1},
        )
    ]


def test_no_data_is_not_met_by_default_and_not_judged_when_the_rule_says_ignore() -> None:
    # Staff of the personnel team: no dossier (late_count has no data), no survey answer.
    nothing = facts(answers=0, late_count=None, satisfaction_rate=None, dossiers_handled=0)
    strict = assess(nothing, (NO_LATE, SATISFACTION, NO_COMPLAINT, AN_INITIATIVE), 5)
    assert strict.eligible is False
    assert [r.key for r in strict.reasons] == [
        "awards.reason.no_data.late_count",
        "awards.reason.no_answers",
    ]
    ignore = (
        Rule("late_count", "==", 0, if_no_data="ignore"),
        Rule("satisfaction_rate", ">", 0.95, if_no_data="ignore"),
        NO_COMPLAINT,
        AN_INITIATIVE,
    )
    judged = assess(nothing, ignore, 5)
    assert judged.eligible is True and judged.reasons == []
    assert {c: v.met for c, v in judged.criteria.items()} == {
        "late_count": None,
        "satisfaction_rate": None,
        "upheld_complaints": True,
        "initiatives_registered": True,
    }
    # Too few answers is no data as well; a figure that is there is judged as always.
    few = assess(facts(answers=3, late_count=2), ignore, 5)
    assert few.criteria["satisfaction_rate"].met is None
    assert few.criteria["late_count"].met is False and few.eligible is False


def test_nothing_judged_at_all_is_not_eligible() -> None:
    ignore = (Rule("late_count", "==", 0, if_no_data="ignore"),)
    assert assess(facts(late_count=None), ignore, 5).eligible is False


def test_exactly_95_percent_is_not_above_95() -> None:
    result = assess(facts(satisfaction_rate=19 / 20, answers=20), RULES, min_answers=5)
    assert result.criteria["satisfaction_rate"].met is False


def test_too_few_answers_is_not_met_and_the_rate_is_undefined() -> None:
    result = assess(facts(satisfaction_rate=1.0, answers=3), RULES, min_answers=5)
    verdict = result.criteria["satisfaction_rate"]
    assert (verdict.value, verdict.met) == (None, False)
    assert result.reasons == [Reason("awards.reason.too_few_answers", {"answers": 3, "min": 5})]


def test_no_answer_at_all_has_its_own_reason() -> None:
    result = assess(facts(satisfaction_rate=None, answers=0), RULES, min_answers=5)
    assert result.reasons == [Reason("awards.reason.no_answers", {"answers": 0, "min": 5})]


def test_the_rule_minimum_wins_over_the_campaign_minimum() -> None:
    strict = Rule("satisfaction_rate", ">", 0.95, min_answers=12)
    result = assess(facts(answers=10), (strict,), min_answers=5)
    assert result.reasons == [Reason("awards.reason.too_few_answers", {"answers": 10, "min": 12})]
    lenient = Rule("satisfaction_rate", ">", 0.95, min_answers=2)
    assert assess(facts(answers=3), (lenient,), min_answers=5).eligible is True


def test_an_undefined_rate_is_not_met_for_want_of_data() -> None:
    rule = Rule("on_time_rate", ">=", 1.0)
    result = assess(facts(on_time_rate=None), (rule,), min_answers=5)
    assert result.criteria["on_time_rate"].met is False
    assert result.reasons == [Reason("awards.reason.no_data.on_time_rate")]


def test_two_rules_on_one_criterion_make_a_range() -> None:
    rules = (Rule("dossiers_handled", ">=", 2), Rule("dossiers_handled", "<=", 10))
    inside = assess(facts(dossiers_handled=5), rules, min_answers=5)
    assert inside.criteria["dossiers_handled"].required == "≥ 2; ≤ 10"
    assert inside.eligible is True
    above = assess(facts(dossiers_handled=12), rules, min_answers=5)
    assert above.eligible is False
    assert [(r.params["op"], r.params["target"]) for r in above.reasons] == [("<=", 10)]


def test_no_rules_means_nobody_is_eligible() -> None:
    assert assess(facts(), (), min_answers=5).eligible is False


def test_vietnamese_names_sort_by_given_name() -> None:
    names = ["Trần Văn Bình", "Lê Thị Ánh", "Đặng Văn An", "Nguyễn Văn Đức", "Võ Thị An"]
    assert sorted(names, key=name_key) == [
        "Đặng Văn An",
        "Võ Thị An",
        "Lê Thị Ánh",
        "Trần Văn Bình",
        "Nguyễn Văn Đức",
    ]


def test_ranking_eligible_first_by_rank_keys_then_the_others_by_what_they_miss() -> None:
    people = [
        facts("Phan Thị Yến", early_share=0.5, satisfaction_rate=0.99, dossiers_handled=9),
        facts("Lê Văn An", early_share=0.8, satisfaction_rate=0.96),
        facts("Hồ Văn Minh", early_share=0.5, satisfaction_rate=0.99, dossiers_handled=12),
        facts("Đỗ Thị Mai", late_count=1, upheld_complaints=1, early_share=0.9),
        facts("Kiều Văn Bảo", late_count=1, early_share=0.95),
        facts("Lưu Thị Cúc", early_share=0.5, satisfaction_rate=0.99, dossiers_handled=9),
    ]
    result = evaluate(
        people, RULES, ("early_share", "satisfaction_rate", "dossiers_handled"), min_answers=5
    )
    assert [(a.name, a.rank) for a in result] == [
        ("Lê Văn An", 1),
        ("Hồ Văn Minh", 2),
        ("Lưu Thị Cúc", 3),  # tie with Yến: by given name, Cúc before Yến
        ("Phan Thị Yến", 4),
        ("Kiều Văn Bảo", None),  # misses one criterion
        ("Đỗ Thị Mai", None),  # misses two
    ]


def test_no_data_ranks_last_among_the_eligible() -> None:
    rules = (NO_LATE,)
    result = ranked(
        [
            assess(facts("Lê Văn An", early_share=None), rules, 5),
            assess(facts("Lê Văn Bình", early_share=0.1), rules, 5),
        ],
        ("early_share",),
    )
    assert [a.name for a in result] == ["Lê Văn Bình", "Lê Văn An"]


def test_units_sort_by_their_whole_name() -> None:
    units = [facts("Tổ Văn bằng"), facts("Bộ phận Một cửa")]
    result = evaluate(units, (NO_LATE,), ("early_share",), min_answers=5, people=False)
    assert [a.name for a in result] == ["Bộ phận Một cửa", "Tổ Văn bằng"]


@pytest.mark.parametrize("criterion", sorted({*INDIVIDUAL_CRITERIA, *UNIT_CRITERIA}))
def test_every_criterion_a_rule_may_name_has_its_words(criterion: str) -> None:
    for key in (
        f"awards.criterion.{criterion}",
        f"awards.reason.{criterion}",
        f"awards.reason.no_data.{criterion}",
    ):
        assert key in keys()
        vi, en = text(key, "vi", value="1"), text(key, "en", value="1")
        assert vi != en and "{" not in vi
        if "reason" in key:
            # A sentence a council writes: it starts with a capital and holds no formula.
            assert vi[0].isupper() and en[0].isupper()
            assert not any(op in vi for op in ("≥", "≤", "==", "(yêu cầu"))
