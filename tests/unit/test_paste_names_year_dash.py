"""A note names each paper by its authors and year, then a dash and the title (made-up items):
`Lind et al. (2011) - Title`. A short remark after the dash is the topic the writer filed the
authors under, unless the item is on a checklist of papers to read."""

from __future__ import annotations

from papershelf.importers.pipeline import read_listing

NOTES = """### 1. Pretend Inquiry

**Key authors:**
- Brook, Hale & Lind (2007) - Validation
- Stone (1996, 1999) - Pretend systems
- Lind & Moss (2015) - Made-up theses

**Essential papers:**
- [ ] Brook et al. (2007) - Pretend inquiry as an invented narrative
- [ ] Stone (1996) - Duality in imaginary information systems
- [ ] Lind & Moss (2015) - The made-up dissertation (book)
- [x] Sand et al. (2011) - Invented Design Research
"""


def test_checklist_items_of_names_year_and_title_are_papers_and_topics_are_not() -> None:
    records = read_listing(NOTES, "notes.md").records
    assert [(r.title, r.authors, r.date) for r in records] == [
        ("Pretend inquiry as an invented narrative", ["Brook"], "2007"),
        ("Duality in imaginary information systems", ["Stone"], "1996"),
        ("The made-up dissertation", ["Lind", "Moss"], "2015"),
        ("Invented Design Research", ["Sand"], "2011"),
    ]


def test_a_remark_in_lowercase_after_the_dash_is_no_title() -> None:
    text = NOTES.replace(
        "Pretend inquiry as an invented narrative", "a talk on pretend inquiry I liked"
    )
    titles = [r.title for r in read_listing(text, "notes.md").records]
    assert "a talk on pretend inquiry I liked" not in titles
