"""A stored campaign as the domain's model: its TOML text from the store, parsed by ingest."""

from __future__ import annotations

import sqlite3

from thidua_cli.domain.campaign import Campaign


def get_campaign(conn: sqlite3.Connection, code: str) -> Campaign:
    """The campaign ``code`` (exactly, or the one code equal to it once folded), parsed again."""
    from thidua_cli.ingest.campaign_file import parse_campaign
    from thidua_cli.store.campaigns import campaign_source

    source, file_name = campaign_source(conn, code)
    return parse_campaign(source, file=file_name)
