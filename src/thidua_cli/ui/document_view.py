"""A ``Document`` on the terminal: the paper's text in reading order, to check before printing."""

from __future__ import annotations

from typing import Any

from rich.console import Group
from rich.table import Table
from rich.text import Text

from thidua_cli.reports.document import Bullets, Document, Heading, Paragraph, TableBlock
from thidua_cli.ui.fit import FitColumn, FitTable

DOTS = "…" * 30


def document_view(document: Document, lang: str) -> Group:
    header = document.header(lang)
    frame = Table.grid(expand=True, padding=(0, 2))
    frame.add_column(justify="center", ratio=2)
    frame.add_column(justify="center", ratio=3)
    frame.add_row(
        Text(f"{header.parent}\n" if header.parent else "") + Text(header.name, style="bold"),
        Text(header.nation, style="bold") + Text("\n") + Text(header.motto, style="bold"),
    )
    frame.add_row(Text(header.number), Text(header.place_date, style="italic"))
    parts: list[Any] = [frame, Text("")]
    parts.append(Text(document.kind, style="bold", justify="center"))
    parts.append(Text(document.subject, style="bold", justify="center"))
    if header.addressee:
        parts.append(Text(header.addressee, justify="center"))
    parts.append(Text(""))
    for block in document.body:
        parts.extend(_block(block, lang))
    signature = Table.grid(expand=True, padding=(0, 2))
    signature.add_column(ratio=1)
    signature.add_column(justify="center", ratio=1)
    signature.add_row(
        Text(header.recipients_title, style="bold italic")
        + Text("".join(f"\n- {line}" for line in header.recipients)),
        Text(header.signer_title, style="bold")
        + Text("\n\n\n")
        + Text(header.signer_name, style="bold"),
    )
    parts.extend([Text(""), signature])
    return Group(*parts)


def _block(block: Any, lang: str) -> list[Any]:
    if isinstance(block, Heading):
        return (
            [Text(""), Text(block.text, style="bold")]
            if block.level == 1
            else [Text(block.text, style="bold")]
        )
    if isinstance(block, Paragraph):
        lines = [Text(block.text)] if block.text else []
        lines += [Text(DOTS, style="dim")] * (block.blank_lines - (1 if block.text else 0))
        return lines
    if isinstance(block, Bullets):
        return [Text(f"- {item}") for item in block.items]
    if isinstance(block, TableBlock):
        headings, rows = block.shown(lang)
        columns = [
            FitColumn(heading, "right" if numeric else "left", whole=whole)
            for heading, numeric, whole in zip(
                headings, block.numeric(), block.whole(), strict=True
            )
        ]
        return [FitTable(columns, rows, title=block.title or None)]
    return []
