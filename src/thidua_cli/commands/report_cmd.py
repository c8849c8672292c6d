"""``thidua report ...``: one module per report, registered here."""

from __future__ import annotations

import typer

from thidua_cli.commands import form06_cmd

app = typer.Typer(no_args_is_help=True)
form06_cmd.register(app)
