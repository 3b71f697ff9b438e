"""Trial 10: "Hayek (1945) The Use of Knowledge in Society" and "The Use of Knowledge in
Society" were not paired: a title led by its own first author's surname and its year in
brackets, as a reading list cites it, is the bare title. Made-up titles, a rule's unit test."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from papershelf.core.duplicates import judge, paper_keys
from papershelf.library import Library

BARE = "The Shape of Borrowed Rooms"


def keys(paper_id: int, title: str, authors: list[str], date: str | None):  # type: ignore[no-untyped-def]
    return paper_keys(paper_id, title=title, authors=authors, arxiv_id=None, doi=None, date=date)


@pytest.mark.parametrize(
    ("cited", "bare_authors", "bare_date"),
    [
        (f"Quill (1987) {BARE}", ["Mara Quill"], "1987"),
        (f"Quill (1987). {BARE}", ["Quill, M."], "1987-05"),
        (f"Quill (1987a) {BARE}", ["Mara Quill", "Tom Fenn"], None),
        (f"Quill (1987) {BARE}", [], None),  # the bare title's record has no authors nor year
        (f"van der Quill (1987) {BARE}", ["van der Quill, M."], "1987"),
    ],
)
def test_a_title_cited_by_its_own_author_and_year_is_the_bare_title(
    cited: str, bare_authors: list[str], bare_date: str | None
) -> None:
    author = "van der Quill, Mara" if cited.startswith("van") else "Quill, Mara"
    verdict = judge(keys(1, cited, [author], "1987"), keys(2, BARE, bare_authors, bare_date))
    assert verdict is not None and verdict.score >= 0.9
    assert "same title (up to case and punctuation)" in verdict.reasons


@pytest.mark.parametrize(
    ("cited", "authors", "date", "other"),
    [
        (f"Fenn (1987) {BARE}", ["Quill, Mara"], "1987", BARE),  # not its own author
        (f"Quill (1990) {BARE}", ["Quill, Mara"], "1987", BARE),  # not its own year
        (f"Quill (1987) {BARE}", ["Quill, Mara"], "1987", "The Shape of Borrowed Light"),
        (f"Quill (1987) {BARE}", ["Quill, Mara"], "1987", "Borrowed Rooms"),
    ],
)
def test_other_leading_words_or_another_title_stay_apart(
    cited: str, authors: list[str], date: str, other: str
) -> None:
    verdict = judge(keys(1, cited, authors, date), keys(2, other, ["Quill, Mara"], "1987"))
    assert verdict is None or verdict.score < 0.8


def csl(title: str, family: str | None, year: int | None) -> dict[str, Any]:
    item: dict[str, Any] = {"type": "article", "title": title}
    if family:
        item["author"] = [{"family": family, "given": "Mara"}]
    if year:
        item["issued"] = {"date-parts": [[year]]}
    return item


def test_the_library_lists_the_cited_title_and_the_bare_one_as_possible_duplicates(
    library: Library, tmp_path: Path
) -> None:
    items = [
        csl(f"Quill (1987) {BARE}", "Quill", 1987),
        csl(BARE, None, None),
        csl("Quill (1987) Lanterns Under the Harbour", "Quill", 1987),
        csl("Lanterns Above the Harbour Wall", "Quill", 1987),
    ]
    for n, item in enumerate(items):
        item["id"] = f"i{n}"
    path = tmp_path / "cited.json"
    path.write_text(json.dumps(items), encoding="utf-8")
    assert library.import_path(path).new == 4
    ids = {
        title: paper_id for paper_id, title in library.conn.execute("SELECT id, title FROM papers")
    }
    found = [set(group.group.ids) for group in library.duplicate_groups()]
    assert found == [{ids[f"Quill (1987) {BARE}"], ids[BARE]}]
