"""The office's identity, set once with ``thidua config set`` and read by its papers."""

from __future__ import annotations

from conftest import Cli
from thidua_cli.domain.office import OFFICE_KEYS, Office
from thidua_cli.store.db import connect
from thidua_cli.store.reference import office

IDENTITY = {
    "office_parent": "UBND QUẬN 25",
    "office_name": "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO",
    "place": "Quận 25",
    "signer_title": "TRƯỞNG PHÒNG",
    "signer_name": "Nguyễn Thị Mẫu",
    "report_recipient": "Văn phòng UBND quận 25",
    "recipients": "Như trên;  UBND quận 25 ;Lưu: VT",
}


def stored(cli: Cli) -> Office:
    conn = connect(cli.db)
    try:
        return office(conn)
    finally:
        conn.close()


def test_every_key_is_set_and_read_back_as_the_papers_use_it(cli: Cli) -> None:
    for key, value in IDENTITY.items():
        result = cli("config", "set", key, value)
        assert result.exit_code == 0, result.stderr
    assert stored(cli) == Office(
        name="PHÒNG GIÁO DỤC VÀ ĐÀO TẠO",
        parent="UBND QUẬN 25",
        place="Quận 25",
        signer_title="TRƯỞNG PHÒNG",
        signer_name="Nguyễn Thị Mẫu",
        report_recipient="Văn phòng UBND quận 25",
        recipients=("Như trên", "UBND quận 25", "Lưu: VT"),
    )
    shown = cli("config", "show").stdout
    assert "recipients = Như trên; UBND quận 25; Lưu: VT" in shown
    assert all(f"{key} = " in shown for key in OFFICE_KEYS)


def test_text_is_tidied_to_nfc_and_an_empty_value_clears_it(cli: Cli) -> None:
    decomposed = "Qu\u00e2\u0323n 25"  # the dot below typed as a combining mark
    assert cli("config", "set", "place", f"  {decomposed}  ").exit_code == 0
    assert stored(cli).place == "Quận 25"
    result = cli("config", "set", "place", "")
    assert result.exit_code == 0
    assert "Đã xóa place" in result.stderr
    assert stored(cli).place == ""
    assert cli.rows("SELECT count(*) FROM settings WHERE key = 'place'") == [(0,)]


def test_an_unknown_key_names_the_keys_and_changes_nothing(cli: Cli) -> None:
    cli.create()
    result = cli("config", "set", "office", "PHÒNG GD")
    assert result.exit_code == 2
    assert "office_name" in result.stderr and "recipients" in result.stderr
    assert cli.rows("SELECT count(*) FROM settings") == [(0,)]


def test_an_identity_setting_moves_no_deadline(cli: Cli) -> None:
    result = cli("config", "set", "office_name", "PHÒNG GD")
    assert result.exit_code == 0
    assert "Đã tính lại" not in result.stderr  # no deadline depends on it
