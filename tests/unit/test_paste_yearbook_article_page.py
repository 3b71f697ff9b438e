"""A yearbook's article page (a German publisher's shape): the volume's `ABC 2015` over the
title, the issue's line with the article's pages between title and byline (`Jahrbuch | Seite
271-278 | Verlag`) and a labelled byline (`Autor/in: …`). A note of labelled fields stays the
labelled readers'. All texts are made up."""

from __future__ import annotations

from papershelf.importers.pipeline import read_listing

PAGE = """Hier finden Sie die Fassungen der Ausgaben des erfundenen Jahrbuches.

JEL 2015

Laternen zählen als Hafengeschichte begreifen: Plädoyer für eine erfundene Perspektive

Jahrbuch für Erfundene Hafenforschung | Seite 271-278 | Nirgendwo Verlag

Autor/in: Ada Quist
"""


def test_labelled_byline_under_the_issue_line() -> None:
    records = read_listing(PAGE, "page.txt").records
    assert [(r.title, r.authors, r.date or r.date_partial) for r in records] == [
        (
            "Laternen zählen als Hafengeschichte begreifen: Plädoyer für eine erfundene Perspektive",
            ["Ada Quist"],
            "2015",
        )
    ]
