"""Vietnamese alphabetical order: letters of the Vietnamese alphabet, tones after the letters."""

from __future__ import annotations

import random

import pytest

from thidua_cli.text.sort import compare, compare_names, in_order, name_key, sort_key

ALPHABET = [
    "a",
    "ă",
    "â",
    "b",
    "c",
    "d",
    "đ",
    "e",
    "ê",
    "g",
    "h",
    "i",
    "k",
    "l",
    "m",
    "n",
    "o",
    "ô",
    "ơ",
    "p",
    "q",
    "r",
    "s",
    "t",
    "u",
    "ư",
    "v",
    "x",
    "y",
]


def test_the_letters_follow_the_vietnamese_alphabet() -> None:
    shuffled = ALPHABET[:]
    random.Random(14).shuffle(shuffled)
    assert in_order(shuffled) == ALPHABET
    assert in_order([letter.upper() for letter in shuffled]) == [a.upper() for a in ALPHABET]


def test_tones_come_after_the_letters_none_huyen_hoi_nga_sac_nang() -> None:
    assert in_order(["mạ", "má", "mã", "mả", "mà", "ma"]) == ["ma", "mà", "mả", "mã", "má", "mạ"]
    # A tone decides only between the same letters: "mả" before "mai" would be wrong.
    assert in_order(["mai", "mạ", "ma"]) == ["ma", "mạ", "mai"]


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("Phạm", "Phan"),  # m before n; code points put "Phan" first
        ("Dương", "Đinh"),  # đ is a letter after d
        ("Đinh", "Võ"),  # code points put "Đ" after "V"
        ("Anh", "Ánh"),  # same letters: no tone before sắc
        ("An", "An Bình"),
        ("An Bình", "Anh"),  # a word ends before a longer one goes on
        ("Cấp bản sao", "Chuyển trường"),  # â before h
        ("Tổ 1", "Tổ 2"),
        ("Uyên", "Ưng"),
        ("Ơn", "Phúc"),
        ("lan", "Lan"),  # case last
    ],
)
def test_pairs_in_vietnamese_order(before: str, after: str) -> None:
    assert sort_key(before) < sort_key(after)
    assert compare(before, after) == -1 and compare(after, before) == 1
    assert compare(before, before) == 0


def test_nfc_and_decomposed_spellings_sort_alike() -> None:
    decomposed = "Nguye\u0302\u0303n"  # as old Excel files write "Nguyễn"
    assert sort_key(decomposed)[:3] == sort_key("Nguyễn")[:3]


def test_people_are_listed_by_given_name() -> None:
    people = ["Trần Thị Bình", "Lê An", "Nguyễn Văn Anh", "Hồ Văn Cường", "Phạm Ánh", "Đỗ Đức"]
    assert sorted(people, key=name_key) == [
        "Lê An",
        "Nguyễn Văn Anh",
        "Phạm Ánh",
        "Trần Thị Bình",
        "Hồ Văn Cường",
        "Đỗ Đức",
    ]
    # The same given name: then the whole name.
    assert sorted(["Vũ Thị Mai", "Lê Mai"], key=name_key) == ["Lê Mai", "Vũ Thị Mai"]
    assert compare_names("Lê Mai", "Vũ Thị Mai") == -1
