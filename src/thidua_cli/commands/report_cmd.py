"""``thidua report ...``: one module per report, registered here."""

from __future__ import annotations

import typer

from thidua_cli.commands import (
    compliance_cmd,
    enrollment_cmd,
    form06_cmd,
    monthly_cmd,
    review_cmd,
    satisfaction_cmd,
)
from thidua_cli.commands.group import Group

app = typer.Typer(cls=Group, no_args_is_help=True)
form06_cmd.register(app)
enrollment_cmd.register(app)
satisfaction_cmd.register(app)
compliance_cmd.register(app)
monthly_cmd.register(app)
review_cmd.register(app)
