"""A course's table whose Article cell holds a whole citation with the title linked
(`Borup, Daniel and Schütte, Erik, [Title](…) (2019). Journal …`, holdout26 022: six papers of
thirteen, names glued to titles); names inverted and parted by `;` (the World Bank's `Celiku,
Bledi; Kraay, Aart`). The rule tests use made-up names and titles."""

from __future__ import annotations

from scripts.fidelity import HOLDOUT26, expected_papers, title_key

from papershelf.importers.paste.names import split_names
from papershelf.importers.pipeline import read_listing

ROWS = (
    "| Mar 18 | Tides | Quill, Ada and Fenn, Ben Carl, [In Search of a Pretend Harbour: Tides Using"
    " Made-up Data](https://example.org/abstract=1) (2019). Journal of Pretend Tides, forthcoming"
    " | Student 1 |",
    "| Apr 1 | Ports | Lutz, Dan & Marrow, Eve & On, Robert. (2015). [Predicting pretend ports from"
    " invented metadata](https://example.org/content/350/1073). Science. 350. | Student 2 |",
)
TABLE = "| Lecture | Topic | Article | Presenters |\n|---|---|---|---|\n" + "\n".join(ROWS) + "\n"


def test_a_linked_title_in_a_citation_cell_keeps_the_names_before_it() -> None:
    records = read_listing(TABLE, "table.md").records
    assert [(r.title, r.authors, r.date) for r in records] == [
        (
            "In Search of a Pretend Harbour: Tides Using Made-up Data",
            ["Quill, Ada", "Fenn, Ben Carl"],
            "2019",
        ),
        (
            "Predicting pretend ports from invented metadata",
            ["Lutz, Dan", "Marrow, Eve", "On, Robert"],
            "2015",
        ),
    ]


def test_inverted_names_parted_by_semicolons() -> None:
    assert split_names("Quill, Ada; Fenn, Ben") == (["Quill, Ada", "Fenn, Ben"], False)
    assert split_names("Quill, A.; Fenn, B.") == (["Quill, A.", "Fenn, B."], False)


def test_the_real_course_table() -> None:
    path = next(HOLDOUT26.glob("022_*.md"))
    records = read_listing(path.read_text(encoding="utf-8"), path.name).records
    expected = {title_key(p["title"]): p for p in expected_papers(path)}
    read = {title_key(r.title): r for r in records}
    assert len(expected.keys() & read.keys()) >= 12
    assert read[title_key("Predicting Conflict")].authors == ["Celiku, Bledi", "Kraay, Aart"]
