"""Every value a user types for a fixed choice has Vietnamese forms, the words the tables print;
and what the tool prints is a label, never its internal word."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import Cli
from thidua_cli.commands import choices


@pytest.mark.parametrize("typed", ["dang-qua-han", "đang quá hạn", "Đang Quá Hạn", "DANG_QUA_HAN"])
def test_a_status_is_typed_as_the_table_labels_it(sample: Cli, typed: str) -> None:
    as_of = ("--as-of", "01/07/2021")
    overdue = sample.json("dossiers", *as_of, "--status", "overdue")
    assert overdue and {d["status"] for d in overdue} == {"overdue"}
    assert sample.json("dossiers", *as_of, "--status", typed) == overdue


def test_late_and_overdue_are_the_words_of_their_labels(sample: Cli) -> None:
    as_of = ("--as-of", "01/07/2021")
    late = sample.json("dossiers", *as_of, "--status", "qua-han")
    assert late and {d["status"] for d in late} == {"late"}


@pytest.mark.parametrize(("typed", "key"), [("don-vi", "unit"), ("Lĩnh vực", "field")])
def test_form06_grouping_in_vietnamese(sample: Cli, typed: str, key: str) -> None:
    period = ("report", "form06", "--from", "1/6/2021", "--to", "30/6/2021")
    assert sample.json(*period, "--by", typed) == sample.json(*period, "--by", key)


@pytest.mark.parametrize(("typed", "key"), [("kenh", "channel"), ("cán bộ", "officer")])
def test_satisfaction_grouping_in_vietnamese(sample: Cli, typed: str, key: str) -> None:
    report = ("report", "satisfaction", "--from", "1/6/2021", "--to", "30/6/2021")
    assert sample.json(*report, "--by", typed) == sample.json(*report, "--by", key)


@pytest.mark.parametrize("typed", ["co-co-so", "có cơ sở", "upheld"])
def test_complaint_outcome_in_vietnamese(sample: Cli, typed: str) -> None:
    found = sample.json("complaints", "--outcome", typed)["complaints"]
    assert found and {c["outcome"] for c in found} == {"upheld"}


def test_calendar_days_are_set_with_nghi_and_lam(tmp_path: Path) -> None:
    cli = Cli(tmp_path / "lich.db")
    done = cli("calendar", "set", "6/9/2021", "nghi", "--note", "Nghỉ bù (thử)")
    assert done.exit_code == 0, done.stderr
    assert "Nghỉ" in done.stderr and " off" not in done.stderr
    assert cli("calendar", "set", "11/9/2021", "lam").exit_code == 0
    rows = cli.rows("SELECT day, kind FROM calendar_overrides ORDER BY day")
    assert rows == [("2021-09-06", "off"), ("2021-09-11", "work")]


def test_a_setting_is_typed_in_vietnamese_and_shown_as_its_label(tmp_path: Path) -> None:
    cli = Cli(tmp_path / "cau-hinh.db")
    done = cli("config", "set", "supplement_policy", "cong-them")
    assert done.exit_code == 0, done.stderr
    assert cli.rows("SELECT value FROM settings WHERE key = 'supplement_policy'") == [("extend",)]
    shown = cli("config", "show").stdout
    assert "supplement_policy = Cộng thêm ngày chờ bổ sung" in shown
    assert "extend" not in shown


def test_an_initiative_moves_with_vietnamese_statuses(tmp_path: Path) -> None:
    cli = Cli(tmp_path / "sk.db")
    added = cli("initiative", "add", "Tổ Văn thư", "Số hóa sổ gốc", "--registered-on", "1/6/2021")
    assert added.exit_code == 0, added.stderr
    assert cli("initiative", "set-status", "1", "dang-tham-dinh").exit_code == 0
    refused = cli("initiative", "set-status", "1", "da-dang-ky")
    assert refused.exit_code == 2
    # Both statuses by their labels, never their internal words.
    assert "Đang thẩm định" in refused.stderr and "Đã đăng ký" in refused.stderr
    assert "under_review" not in refused.stderr
    done = cli("initiative", "set-status", "1", "Được công nhận", "--decided-on", "30/6/2021")
    assert done.exit_code == 0, done.stderr
    assert cli.rows("SELECT status FROM initiatives") == [("recognized",)]


def test_an_unknown_value_lists_the_words_to_type_in_the_users_language(sample: Cli) -> None:
    vietnamese = sample("dossiers", "--status", "tre")
    english = sample("--lang", "en", "dossiers", "--status", "tre")
    assert vietnamese.exit_code == english.exit_code == 2
    assert "dang-qua-han" in vietnamese.stderr and "overdue" not in vietnamese.stderr
    assert "overdue" in english.stderr and "dang-qua-han" not in english.stderr


def test_imports_name_what_was_imported_in_words(sample: Cli) -> None:
    shown = sample("imports").stdout
    assert "Hồ sơ" in shown and "Tuyển sinh" in shown
    assert "dossiers" not in shown and "surveys" not in shown
    # JSON keeps the English words.
    assert {r["kind"] for r in json.loads(sample("imports", "--format", "json").stdout)} >= {
        "dossiers",
        "surveys",
    }


# --- the vocabularies themselves ---

ALL = [value for value in vars(choices).values() if isinstance(value, choices.Choices)]


@pytest.mark.parametrize("chosen", ALL, ids=lambda c: c.labels)
def test_no_two_values_share_a_word(chosen: choices.Choices) -> None:
    words = [chosen.words(key) for key in chosen.keys]
    for i, mine in enumerate(words):
        for other in words[i + 1 :]:
            assert not mine & other, (chosen.labels, mine & other)


@pytest.mark.parametrize("chosen", ALL, ids=lambda c: c.labels)
def test_every_label_and_shown_word_reads_back(chosen: choices.Choices) -> None:
    for key in chosen.keys:
        for lang in ("vi", "en"):
            assert chosen.read(chosen.label(key, lang)) == key
            assert chosen.read(chosen.shown(key, lang)) == key
            assert chosen.label(key, lang) != f"{chosen.labels}.{key}"  # a real catalogue label


def test_the_vocabularies_name_the_values_the_program_knows() -> None:
    from thidua_cli.commands.complaints_cmd import OUTCOMES
    from thidua_cli.commands.initiative_cmd import STATUSES as INITIATIVE_STATUSES
    from thidua_cli.reports.dossiers import STATUSES
    from thidua_cli.store.queries import FORM06_GROUPS
    from thidua_cli.store.reference import SETTINGS
    from thidua_cli.store.satisfaction import GROUPS

    assert choices.STATUS.keys == tuple(STATUSES)
    assert set(choices.FORM06_BY.keys) == set(FORM06_GROUPS)
    assert set(choices.SATISFACTION_BY.keys) == set(GROUPS)
    assert choices.OUTCOME.keys == OUTCOMES
    assert choices.INITIATIVE_STATUS.keys == INITIATIVE_STATUSES
    assert set(choices.SETTING_VALUES) <= set(SETTINGS)
    for key, values in choices.SETTING_VALUES.items():
        assert values.keys == SETTINGS[key]


def test_a_date_beyond_the_calendar_is_named_as_it_was_typed(sample: Cli) -> None:
    vietnamese = sample("check", "--as-of", "01/07/2060")
    english = sample("--lang", "en", "check", "--as-of", "01/07/2060")
    assert vietnamese.exit_code == english.exit_code == 2
    assert "Ngày 01/07/2060 nằm ngoài lịch làm việc" in vietnamese.stderr
    assert "The date 1 Jul 2060 is outside" in english.stderr


def test_the_table_format_is_typed_in_vietnamese(sample: Cli) -> None:
    default = sample("staff", env={"COLUMNS": "100"})
    for typed in ("bang", "bảng", "table"):
        assert sample("staff", "--format", typed, env={"COLUMNS": "100"}).stdout == default.stdout
    refused = sample("staff", "--format", "pdf")
    assert refused.exit_code == 2
    assert "chọn bang, json, csv, md, html, xlsx, docx" in refused.stderr


def test_holidays_are_named_in_the_users_language(sample: Cli) -> None:
    vietnamese = sample("calendar", "show", "--year", "2021", env={"COLUMNS": "100"}).stdout
    english = sample("--lang", "en", "calendar", "show", "--year", "2021", env={"COLUMNS": "100"})
    assert "Tết Dương lịch" in vietnamese and "Quốc khánh" in vietnamese
    assert "New Year's Day" in english.stdout and "National Day" in english.stdout
    assert "Tết" not in english.stdout


def test_every_vocabulary_has_a_vietnamese_name() -> None:
    from thidua_cli.ingest.vocab import VOCABULARIES

    assert choices.VOCABULARY.keys == tuple(VOCABULARIES)
