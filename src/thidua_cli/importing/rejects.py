"""The rows an import refuses: counted, their errors kept for the report, and written to a file.

The rejects file holds each refused row as the export gave it, with a reason column, written under
a temporary name beside the target and renamed at the end (``files.Replacement``), so a failed run
leaves no half file, and never over the database or the file being imported.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from thidua_cli.files import Kept, Replacement
from thidua_cli.importing.kind import Outcome, UnknownLabel
from thidua_cli.ingest.rows import RowError, cell_text
from thidua_cli.ingest.vocab import label_key
from thidua_cli.text.cells import neutralise

# Errors kept for the report; the rejects file has every row.
KEEP_ERRORS = 1_000
# The first lines an unknown label is named on.
SHOWN_LINES = 3


class Rejects:
    """Where refused rows go: the outcome's counts and errors, and the ``--rejects`` file."""

    def __init__(
        self,
        outcome: Outcome,
        target: Path | None,
        headers: list[str],
        reason_header: str,
        describe: Callable[[RowError], str],
        kept: Kept,
        unknown_reasons: dict[str, str] | None = None,
    ) -> None:
        self.outcome = outcome
        self.target = target
        self.describe = describe
        # The error of an unknown label -> its vocabulary: such labels are grouped for the report.
        self.unknown_reasons = unknown_reasons or {}
        self._handle: Any = None
        self._replacement: Replacement | None = None
        if target is None:
            return
        self._replacement = Replacement(target, kept)
        self._handle = self._replacement.temporary.open("w", encoding="utf-8-sig", newline="")
        self._writer = csv.writer(self._handle)
        # The header row comes from the file too: as inert as the cells below it.
        self._writer.writerow([neutralise(cell_text(h)) for h in [*headers, reason_header]])

    def reject(self, cells: Sequence[object], errors: list[RowError]) -> None:
        """One refused row and every problem found in it."""
        outcome = self.outcome
        outcome.rejected += 1
        room = KEEP_ERRORS - len(outcome.errors)
        if room > 0:
            outcome.errors.extend(errors[:room])
        for error in errors:
            vocabulary = self.unknown_reasons.get(error.reason)
            if vocabulary is not None:
                self._unknown(vocabulary, error)
        if self._handle is not None:
            reason = "; ".join(self.describe(error) for error in errors)
            self._writer.writerow([neutralise(cell_text(c)) for c in cells] + [reason])

    def _unknown(self, vocabulary: str, error: RowError) -> None:
        key = (vocabulary, label_key(error.value))
        found = self.outcome.unknown_labels.get(key)
        if found is None:
            found = self.outcome.unknown_labels[key] = UnknownLabel(
                vocabulary, error.column, error.value
            )
        found.count += 1
        if len(found.lines) < SHOWN_LINES:
            found.lines.append(error.line)

    def finish(self, keep: bool) -> None:
        if self._handle is None or self._replacement is None:
            return
        self._handle.close()
        if keep:
            self._replacement.commit()
        else:
            self._replacement.discard()
