"""A to-do list of books to read, each `Author - Title` in the case the user typed it (holdout34
027: none of its 23 read; its lines were taken whole as titles). The rule tests use made-up
names and titles."""

from __future__ import annotations

from scripts.fidelity import HOLDOUT34, expected_papers, title_key

from papershelf.importers.pipeline import read_listing
from tests.pastes import read_or_refused

TODO = """# Reading List

## 100 list

- [ ] Ada quill - subtle art of not pretending
- [ ] ben nadir - the art of invented war
- [ ] Pretend Guide to the Galaxy - Cleo Tansy
- [ ] platon - devlet
- [ ] dan ortega - the elements of made-up style
- [ ] eve l. marrow - a manual for writers of pretend papers
"""


def test_authors_and_titles_parted_by_a_dash_in_a_to_do_list() -> None:
    records = read_listing(TODO, "todo.md").records
    assert [(r.title, r.authors) for r in records] == [
        ("subtle art of not pretending", ["Ada quill"]),
        ("the art of invented war", ["ben nadir"]),
        ("Pretend Guide to the Galaxy", ["Cleo Tansy"]),
        ("devlet", ["platon"]),
        ("the elements of made-up style", ["dan ortega"]),
        ("a manual for writers of pretend papers", ["eve l. marrow"]),
    ]


def test_titles_with_a_dash_in_them_stay_whole() -> None:
    titles = TODO.replace(" - ", ": ").replace("# Reading List", "# Papers to read")
    titles += "- [ ] Invented Methods - A Pretend Survey of Made-up Things\n"
    records = read_or_refused(titles, "todo.md")
    assert all(not r.authors for r in records)


def test_the_real_list() -> None:
    path = next(HOLDOUT34.glob("027_*.md"))
    records = read_listing(path.read_text(encoding="utf-8"), path.name).records
    by_title = {title_key(r.title): r for r in records}
    expected = expected_papers(path)
    read = [p for p in expected if title_key(p["title"]) in by_title]
    assert len(read) == len(expected)  # read, though most are left out as unlike papers
    # all but `karl marx ve friedrich engels` (Turkish's `and` in lower case: one name)
    right = [p for p in read if by_title[title_key(p["title"])].authors == p["authors"]]
    assert len(right) == len(expected) - 1
