"""Words typed for a fixed choice: with or without diacritics, any case, any separator."""

from __future__ import annotations

import pytest

from thidua_cli.text.choices import Choices, slug

STATUS = Choices("status", ("late", "overdue", "in_time"))


@pytest.mark.parametrize(
    ("label", "typed"),
    [("Đang quá hạn", "dang-qua-han"), ("Trước hạn", "truoc-han"), ("(2) Lĩnh vực", "2-linh-vuc")],
)
def test_a_label_as_it_is_easiest_to_type(label: str, typed: str) -> None:
    assert slug(label) == typed


@pytest.mark.parametrize(
    ("typed", "key"),
    [
        ("overdue", "overdue"),
        ("Đang quá hạn", "overdue"),
        ("dang-qua-han", "overdue"),
        ("dang qua han", "overdue"),
        ("DANG_QUA_HAN", "overdue"),
        ("Quá hạn", "late"),  # the label of late, which overdue's label contains
        ("in time", "in_time"),
        ("trong-han", "in_time"),
        ("tre", None),
        ("", None),
    ],
)
def test_a_typed_word_names_its_value(typed: str, key: str | None) -> None:
    assert STATUS.read(typed) == key


def test_help_shows_vietnamese_words_or_english_ones() -> None:
    assert STATUS.listed("vi") == "qua-han, dang-qua-han, trong-han"
    assert STATUS.listed("en", "|") == "late|overdue|in_time"
    kinds = Choices("calendar.kind", ("off", "work"), also={"work": ("làm", "làm việc")})
    assert kinds.listed("vi", "|") == "nghi|lam"
    assert kinds.read("làm việc") == kinds.read("Làm bù") == "work"
