"""The office's identity, as its papers carry it (Nghị định 30/2020/NĐ-CP): who issues, where,
who signs, and to whom it is sent. Set once with ``thidua config set``; every field may be empty,
and a paper then leaves the clerk a dotted line to fill by hand."""

from __future__ import annotations

from dataclasses import dataclass

# The settings that hold it, in the order a paper reads them.
OFFICE_KEYS = (
    "office_parent",  # the parent body, e.g. "UBND QUẬN 25"
    "office_name",  # the issuing body, e.g. "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO"
    "place",  # where it is signed, e.g. "Quận 25"
    "signer_title",  # e.g. "TRƯỞNG PHÒNG"
    "signer_name",
    "report_recipient",  # the body a report is sent to ("Kính gửi: ...")
    "recipients",  # the "Nơi nhận" lines, separated by ";"
)


@dataclass(frozen=True)
class Office:
    name: str = ""
    parent: str = ""
    place: str = ""
    signer_title: str = ""
    signer_name: str = ""
    report_recipient: str = ""
    recipients: tuple[str, ...] = ()

    @classmethod
    def from_settings(cls, values: dict[str, str]) -> Office:
        return cls(
            name=values.get("office_name", ""),
            parent=values.get("office_parent", ""),
            place=values.get("place", ""),
            signer_title=values.get("signer_title", ""),
            signer_name=values.get("signer_name", ""),
            report_recipient=values.get("report_recipient", ""),
            recipients=split_recipients(values.get("recipients", "")),
        )


def split_recipients(value: str) -> tuple[str, ...]:
    """ "Như trên; Lưu: VT" → ("Như trên", "Lưu: VT"): one "Nơi nhận" line each, blanks dropped."""
    return tuple(" ".join(part.split()) for part in value.split(";") if part.strip())
