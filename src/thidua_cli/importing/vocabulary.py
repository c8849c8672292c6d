"""The labels an office teaches the importer (``thidua vocab``), and the stored rows they change.

A taught label is read before the built-in vocabulary, by every later import. Teaching a label,
changing its word or forgetting it reads again the stored rows whose label it is (each kind
declares where it keeps a value's label, ``VocabColumn``), so the database always says what the
office's labels mean today. A row whose label no vocabulary reads any more keeps its value: the
label is only forgotten for what comes next.
"""

from __future__ import annotations

import shlex
import sqlite3
from dataclasses import dataclass, field

from thidua_cli.errors import UsageError
from thidua_cli.importing import kinds
from thidua_cli.importing.kind import Notice, UnknownLabel
from thidua_cli.ingest.vocab import VOCABULARIES, FieldError, Vocabulary, label_key, label_keys
from thidua_cli.text.normalize import nfc


@dataclass
class Change:
    """What one ``vocab add`` or ``vocab remove`` did."""

    vocabulary: str
    label: str
    word: str | None
    previous: str | None
    # The built-in word of the label, when the built-in vocabulary reads it.
    builtin: str | None = None
    changed: bool = True
    rows: int = 0
    # Stored rows with this label that kept their value (no word reads it, or a column forbids).
    kept: int = 0
    notices: list[Notice] = field(default_factory=list)


def vocabulary(name: str) -> Vocabulary:
    found = VOCABULARIES.get(name)
    if found is None:
        raise UsageError("vocab.unknown_vocabulary", name=name, names=", ".join(VOCABULARIES))
    return found


def _label(text: str) -> tuple[str, str]:
    """The label as stored and its key; a label must hold a letter (codes are the nation's)."""
    label = " ".join(nfc(text).split())
    key = label_key(label)
    if not any(char.isalpha() for char in key):
        raise UsageError("vocab.label_without_letters", label=text)
    return label, key


def _builtin(vocab: Vocabulary, label: str) -> str | None:
    """The word the built-in vocabulary reads ``label`` as, if any."""
    try:
        value = vocab.parse(label)
    except FieldError:
        return None
    return next((word for word in vocab.words if vocab.value(word) == value), None)


def teach(conn: sqlite3.Connection, name: str, text: str, word: str) -> Change:
    """``text`` means ``word`` from now on; runs in the caller's transaction."""
    from thidua_cli.store import vocab as store

    vocab = vocabulary(name)
    if word not in vocab.words:
        raise UsageError("vocab.unknown_word", word=word, name=name, words=", ".join(vocab.words))
    label, key = _label(text)
    before = store.mapping(conn, name, key)
    builtin = _builtin(vocab, label)
    previous = before["word"] if before else builtin
    change = Change(name, label, word, previous, builtin=builtin)
    if (before and before["word"] == word) or (before is None and builtin == word):
        change.changed = False
        return change
    at = store.put(conn, name, key, label, word)
    _read_again(conn, vocab, key, change)
    store.log_change(conn, name, label, previous, word, at, change.rows)
    return change


def forget(conn: sqlite3.Connection, name: str, text: str) -> Change:
    """``text`` means what the built-in vocabulary says again (or nothing); the caller's
    transaction."""
    from thidua_cli.store import vocab as store

    vocab = vocabulary(name)
    label, key = _label(text)
    before = store.mapping(conn, name, key)
    if before is None:
        raise UsageError("vocab.not_taught", label=label, name=name)
    builtin = _builtin(vocab, label)
    change = Change(name, before["label"], builtin, before["word"], builtin=builtin)
    at = store.delete(conn, name, key)
    _read_again(conn, vocab, key, change)
    store.log_change(conn, name, before["label"], before["word"], builtin, at, change.rows)
    return change


def _read_again(conn: sqlite3.Connection, vocab: Vocabulary, key: str, change: Change) -> None:
    """The stored rows whose label is this one take the word it now means."""
    from thidua_cli.store import vocab as store

    read = vocab.reader(store.taught(conn).get(vocab.name, {}))
    for kind in kinds.all_kinds():
        changed = 0
        for column in kind.vocabularies:
            if column.vocabulary != vocab.name:
                continue
            for label, count in store.raw_labels(conn, kind.table, column.raw):
                if key not in label_keys(label):
                    continue
                try:
                    value = read(label)
                except FieldError:
                    change.kept += count
                    continue
                done, left = store.read_again(
                    conn, kind.table, column.stored, column.raw, label, value, column.allows
                )
                changed += done
                change.kept += left
        if changed:
            change.rows += changed
            for upkeep in kind.upkeep:
                change.notices.extend(upkeep(conn))


def taught(conn: sqlite3.Connection) -> dict[str, dict[str, str]]:
    """What the office taught, for an import: vocabulary -> folded label -> word."""
    from thidua_cli.store import vocab as store

    return store.taught(conn)


def teach_command(
    unknown: UnknownLabel, program: str = "thidua", name: str | None = None, lang: str = "en"
) -> str:
    """The ``vocab add`` command that teaches an unknown label, quoted for a POSIX shell.

    ``name`` is the vocabulary as the clerk types it (``kenh-nop``), by default its key. Its word
    is the suggestion of the closest built-in label, for the clerk to check, typed as the clerk
    types it in ``lang`` (``dung-xu-ly`` for stopped); without one, "..." stands where the clerk
    must choose (the command then says which words exist).
    """
    vocab = VOCABULARIES[unknown.vocabulary]
    suggested = vocab.suggest(unknown.label)
    word = "..." if suggested is None else vocab.choices().shown(suggested, lang)
    typed = name or unknown.vocabulary
    return f"{program} vocab add {typed} {shlex.quote(unknown.label)} {word}"
