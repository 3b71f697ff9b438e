"""A workshop's programme copied as text (holdout26 010: six talks of eleven) and a best-papers
page whose titles open with a quoted phrase (holdout26 023); the rule tests use made-up names
and titles."""

from __future__ import annotations

from scripts.fidelity import HOLDOUT26, expected_papers, title_key

from papershelf.importers.pipeline import read_listing

PROGRAMME = """Conference Programme

09.30 Ada Quill - Pretend harbours and invented tides (Plenary talk)

11.00 Ben Fenn, Cy Lutz, Dora Gregoromichelaki & Eve Marrow - Reflections on pretend tides

11.40 Fay Vos & Gil Quill -Incremental Invented Judgements

12.20 Hal Chatzikyriakidis - Constructive Pretend Syntax

09.30 Plenary: Ida Fenn - Made-up grammars as resources for pretend action
"""


def test_a_programme_s_talks_with_their_kind_long_names_and_a_glued_dash() -> None:
    records = read_listing(PROGRAMME, "programme.txt").records
    assert [(r.title, r.authors[0]) for r in records] == [
        ("Pretend harbours and invented tides", "Ada Quill"),
        ("Reflections on pretend tides", "Ben Fenn"),
        ("Incremental Invented Judgements", "Fay Vos"),
        ("Constructive Pretend Syntax", "Hal Chatzikyriakidis"),
        ("Made-up grammars as resources for pretend action", "Ida Fenn"),
    ]


def test_the_real_programme_and_best_papers_page() -> None:
    for pattern in ("010_*.txt", "023_*.txt"):
        path = next(HOLDOUT26.glob(pattern))
        records = read_listing(path.read_text(encoding="utf-8"), path.name).records
        read = {title_key(r.title) for r in records}
        assert {title_key(p["title"]) for p in expected_papers(path)} <= read, pattern
