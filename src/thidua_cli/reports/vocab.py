"""The vocabularies as reports: the labels an office taught (and the built-in ones), and the
dated changes."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from thidua_cli.reports.model import Column, Report, ReportTable
from thidua_cli.text.messages import language_of


def vocabulary_report(
    taught: list[dict[str, Any]],
    t: Callable[..., str],
    *,
    vocabulary: str | None = None,
    builtin: bool = False,
) -> Report:
    """The taught labels, then (``builtin``) every built-in label, of one vocabulary or all."""
    from thidua_cli.ingest.vocab import VOCABULARIES

    rows = [{**row, "source": "office"} for row in taught]
    if builtin:
        for name, vocab in VOCABULARIES.items():
            if vocabulary not in (None, name):
                continue
            for word, labels in vocab.labels.items():
                rows.extend(
                    {
                        "vocabulary": name,
                        "label": label,
                        "word": word,
                        "source": "builtin",
                        "added_at": None,
                    }
                    for label in labels
                )
    sources = {"office": t("vocab.source.office"), "builtin": t("vocab.source.builtin")}
    columns = [
        Column("vocabulary", t("vocab.col.vocabulary"), labels=vocabulary_names(t)),
        Column("label", t("vocab.col.label")),
        Column("word", t("vocab.col.word"), labels=word_labels(t)),
        Column("source", t("vocab.col.source"), labels=sources),
        Column("added_at", t("vocab.col.added_at"), "time"),
    ]
    title = t("vocab.title")
    return Report(
        name="vocabulary",
        title=title,
        data=rows,
        tables=[ReportTable("vocabulary", title, columns, rows)],
    )


def vocabulary_names(t: Callable[..., str]) -> dict[str, str]:
    """Each vocabulary's name as people read it ("Kênh nộp"); JSON and CSV keep its key."""
    from thidua_cli.ingest.vocab import VOCABULARIES

    return {name: t(f"vocab.name.{name}") for name in VOCABULARIES}


def word_labels(t: Callable[..., str]) -> dict[str, str]:
    """Each program's word as people read it ("Trực tuyến" for online); JSON and CSV keep the
    word. No two vocabularies share a word, so one table of labels serves a list of all."""
    from thidua_cli.ingest.vocab import VOCABULARIES

    lang = language_of(t)
    return {
        word: vocab.choices().label(word, lang)
        for vocab in VOCABULARIES.values()
        for word in vocab.words
    }


def changes_report(changes: list[dict[str, Any]], t: Callable[..., str]) -> Report:
    columns = [
        Column("id", t("col.id"), "int"),
        Column("vocabulary", t("vocab.col.vocabulary"), labels=vocabulary_names(t)),
        Column("label", t("vocab.col.label")),
        Column("previous", t("vocab.col.previous"), labels=word_labels(t)),
        Column("word", t("vocab.col.word"), labels=word_labels(t)),
        Column("changed_at", t("vocab.col.changed_at"), "time"),
        Column("rederived", t("vocab.col.rederived"), "int"),
    ]
    title = t("vocab.history_title")
    return Report(
        name="vocabulary_changes",
        title=title,
        data=changes,
        tables=[ReportTable("vocabulary_changes", title, columns, changes)],
    )
