"""What every command needs, carried in the Typer context (``ctx.obj``), never in globals."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from thidua_cli.errors import UsageError

if TYPE_CHECKING:
    from rich.console import Console

    from thidua_cli.files import Kept


@dataclass
class AppState:
    db_path: Path
    lang: str = "vi"
    quiet: bool = False
    color: bool = True
    busy_timeout: float = 30.0
    # --redact: applicants' names, phone numbers and e-mail addresses masked in every export.
    redact: bool = False
    # --headers vi|en: a CSV headed with the table's labels in that language, not the JSON keys.
    csv_headers: str | None = None
    # False in the demo, which runs several reports in turn: a warning that one of them printed
    # (the same dossiers without a deadline, the same officer not on the roster) is not repeated.
    repeat_warnings: bool = True
    _warned: set[str] = field(default_factory=set, repr=False)
    _conn: sqlite3.Connection | None = field(default=None, repr=False)
    _out: Console | None = field(default=None, repr=False)
    _err: Console | None = field(default=None, repr=False)

    def db(self, *, create: bool = False) -> sqlite3.Connection:
        """The database, opened (and migrated) once per command.

        Only commands that write pass ``create``: the others refuse a missing file (exit 3).
        """
        if self._conn is None:
            from thidua_cli.store.db import connect, tighten_permissions

            self._conn = connect(self.db_path, busy_timeout=self.busy_timeout, create=create)
            # Once opened, so never another program's file (refused by connect).
            loose = tighten_permissions(self.db_path)
            if loose is not None:
                self.warn("db.permissions_tightened", path=str(self.db_path), mode=loose)
        return self._conn

    def kept(self, *inputs: Path) -> Kept:
        """What no file this command writes may replace: the database, and ``inputs``."""
        from thidua_cli.files import Kept

        return Kept(self.db_path, inputs)

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def t(self, key: str, /, **params: Any) -> str:
        from thidua_cli.text.messages import text

        return text(key, self.lang, **params)

    @property
    def out(self) -> Console:
        if self._out is None:
            from thidua_cli.ui.console import make_console

            self._out = make_console(stderr=False, color=self.color)
        return self._out

    @property
    def err(self) -> Console:
        if self._err is None:
            from thidua_cli.ui.console import make_console

            self._err = make_console(stderr=True, color=self.color)
        return self._err

    def say(self, key: str, /, **params: Any) -> None:
        """A progress or summary line for a person: stderr, silenced by --quiet."""
        if not self.quiet:
            from thidua_cli.ui.console import one_line_params

            self.err.print(self.t(key, **one_line_params(params)))

    def warn(self, key: str, /, **params: Any) -> None:
        """A warning on stderr; --quiet silences it, so a cron job mails only its findings."""
        if self.quiet:
            return
        from thidua_cli.ui.console import one_line_params

        line = self.t("cli.warning_prefix") + self.t(key, **one_line_params(params))
        if not self.repeat_warnings:
            if line in self._warned:
                return
            self._warned.add(line)
        self.err.print(line)


def parse_as_of(value: str | None) -> date:
    """A date typed on the command line (``01/07/2021``, ``1/7/2021``, ``2021-07-01``); today
    only when not given (the one place the clock is read)."""
    if value is None:
        return date.today()
    from thidua_cli.text.dates import DateTextError, read_day

    try:
        return read_day(value)
    except DateTextError as exc:
        raise UsageError(exc.key, **exc.params) from None
