"""``thidua vocab add|remove|list|history``: the labels an office teaches the importer."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, overload

import typer

from thidua_cli.commands.choices import VOCABULARY as VOCABULARIES
from thidua_cli.commands.choices import allowed, chosen
from thidua_cli.commands.group import Group
from thidua_cli.commands.options import format_option, output_option, state
from thidua_cli.commands.output import emit
from thidua_cli.errors import UsageError
from thidua_cli.text.help import h

if TYPE_CHECKING:
    from thidua_cli.importing.kind import Notice
    from thidua_cli.state import AppState
    from thidua_cli.text.choices import Choices

app = typer.Typer(cls=Group, no_args_is_help=True)

VOCABULARY = typer.Argument(
    ..., help=h("vocab.arg.vocabulary", allowed=allowed(VOCABULARIES)), show_default=False
)
# Lists take one vocabulary, or all of them.
ANY_VOCABULARY = typer.Argument(
    None, help=h("vocab.arg.vocabulary_any", allowed=allowed(VOCABULARIES)), show_default=False
)
LABEL = typer.Argument(..., help=h("vocab.arg.label"), show_default=False)


@app.command("add", help=h("vocab.add.help"))
def add(
    ctx: typer.Context,
    vocabulary: str = VOCABULARY,
    label: str = LABEL,
    word: str = typer.Argument(..., help=h("vocab.arg.word"), show_default=False),
) -> None:
    from thidua_cli.importing.vocabulary import teach
    from thidua_cli.store.db import transaction

    app_state = state(ctx)
    vocabulary = _known(app_state, vocabulary)
    name = VOCABULARIES.label(vocabulary, app_state.lang)
    words = _words(vocabulary)
    word = _word(app_state, vocabulary, words, word)
    conn = app_state.db(create=True)
    with transaction(conn, app_state.db_path):
        change = teach(conn, vocabulary, label, word)
    said = words.label(word, app_state.lang)
    if not change.changed:
        key = "vocab.already_builtin" if change.builtin == word else "vocab.already_taught"
        app_state.say(key, name=name, label=change.label, word=said)
        return
    if change.previous is None:
        app_state.say("vocab.added", name=name, label=change.label, word=said)
    else:
        previous = words.label(change.previous, app_state.lang)
        app_state.say("vocab.changed", name=name, label=change.label, word=said, previous=previous)
    _report_rows(app_state, change.rows, change.kept, change.notices)


@app.command("remove", help=h("vocab.remove.help"))
def remove(ctx: typer.Context, vocabulary: str = VOCABULARY, label: str = LABEL) -> None:
    from thidua_cli.importing.vocabulary import forget
    from thidua_cli.store.db import transaction

    app_state = state(ctx)
    vocabulary = _known(app_state, vocabulary)
    name = VOCABULARIES.label(vocabulary, app_state.lang)
    conn = app_state.db(create=True)
    with transaction(conn, app_state.db_path):
        change = forget(conn, vocabulary, label)
    if change.builtin is None:
        app_state.say("vocab.removed", name=name, label=change.label)
    else:
        word = _words(vocabulary).label(change.builtin, app_state.lang)
        app_state.say("vocab.removed_builtin", name=name, label=change.label, word=word)
    _report_rows(app_state, change.rows, change.kept, change.notices)


def _report_rows(app_state: AppState, rows: int, kept: int, notices: list[Notice]) -> None:
    if rows:
        app_state.say("vocab.rows_read_again", count=rows)
    if kept:
        app_state.warn("vocab.rows_kept", count=kept)
    for key, params in notices:
        app_state.warn(key, **params)


@app.command("list", help=h("vocab.list.help"))
def list_(
    ctx: typer.Context,
    vocabulary: str | None = ANY_VOCABULARY,
    builtin: bool = typer.Option(False, "--builtin", help=h("vocab.opt.builtin")),
    fmt: str | None = format_option(),
    output: Path | None = output_option(),
) -> None:
    from thidua_cli.reports.vocab import vocabulary_report
    from thidua_cli.store.vocab import mappings

    app_state = state(ctx)
    vocabulary = _known(app_state, vocabulary)
    rows = mappings(app_state.db(), vocabulary)
    report = vocabulary_report(rows, app_state.t, vocabulary=vocabulary, builtin=builtin)
    emit(app_state, report, fmt, output)


@app.command("history", help=h("vocab.history.help"))
def history(
    ctx: typer.Context,
    vocabulary: str | None = ANY_VOCABULARY,
    fmt: str | None = format_option(),
    output: Path | None = output_option(),
) -> None:
    from thidua_cli.reports.vocab import changes_report
    from thidua_cli.store.vocab import changes

    app_state = state(ctx)
    vocabulary = _known(app_state, vocabulary)
    emit(app_state, changes_report(changes(app_state.db(), vocabulary), app_state.t), fmt, output)


def _words(vocabulary: str) -> Choices:
    from thidua_cli.ingest.vocab import VOCABULARIES as BUILT_IN

    return BUILT_IN[vocabulary].choices()


def _word(app_state: AppState, vocabulary: str, words: Choices, typed: str) -> str:
    """The program's word a clerk named: ``truc-tuyen``, "Trực tuyến" or ``online``; a usage
    error lists the words of the vocabulary as the clerk types them."""
    word = words.read(typed)
    if word is None:
        name = VOCABULARIES.label(vocabulary, app_state.lang)
        raise UsageError(
            "vocab.unknown_word", word=typed, name=name, words=words.listed(app_state.lang)
        )
    return word


@overload
def _known(app_state: AppState, typed: str) -> str: ...
@overload
def _known(app_state: AppState, typed: None) -> None: ...
def _known(app_state: AppState, typed: str | None) -> str | None:
    """The vocabulary a clerk named (``kenh-nop``, "Kênh nộp" or ``channel``); a usage error
    names those that exist."""
    if typed is None:
        return None
    return chosen(app_state, VOCABULARIES, typed, "vocab.no_such_vocabulary")
