"""Two shapes of course and literature pages (made-up works): a reading's section holding its
reference, the teacher's notes and a labelled access line with its address; and items of names
and a link with the title in bold under them and the venue under that. Also a journal's
editorial cited by the journal, and a journal's name in capitals glued before an APA title."""

from __future__ import annotations

from papershelf.importers.paste.sci_refs import science_entry
from papershelf.importers.pipeline import read_listing

COURSE = """# Week 2 readings

### 1. Pretend abstracts
**Quill, A. B., Marrow, C. D., & Oddly, E. (2015).** Ten invented rules for writing pretend science. *Pretend Biology*, 11(4), e1004.

**Key findings:**
- a short note on the invented paper
- another note

**Access:** https://doi.org/10.1234/pretend-1

---

#### Example - Made-up tools threaten pretend science
**Example Editorial (2023).** Made-up tools threaten pretend science; here are our rules. *Example*, 613, 612.

**접근:** https://www.example.org/articles/pretend-2

---
"""  # noqa: E501


def test_a_reading_takes_the_address_of_its_access_line() -> None:
    records = read_listing(COURSE, "week2.md").records
    assert [(r.title, r.authors, r.date, r.urls, r.doi) for r in records] == [
        (
            "Ten invented rules for writing pretend science",
            ["Quill, A. B.", "Marrow, C. D.", "Oddly, E."],
            "2015",
            ["https://doi.org/10.1234/pretend-1"],
            "10.1234/pretend-1",
        ),
        (
            "Made-up tools threaten pretend science; here are our rules",
            [],
            "2023",
            ["https://www.example.org/articles/pretend-2"],
            None,
        ),
    ]


LITERATURE = """# Literature

- <img src="/logo.png" alt="logo" height=40> A. B. Quill, C.D.Marrow, and E.F.Oddly. [URL](https://example.org/quill.pdf)

  **An Invented Platform for Pretend Digital Projects.**

  ISSN 1995-0802, Example Journal of Mathematics, 2021, Vol. 42, No. 11, pp. 2520–2529.

- Ada Quill, Carl Marrow. [URL](https://example.org/quill-2.pdf)

  **The pretend approach to invented computing.**

  Example Systems: Theory and Applications, 2019, 10:2(41), pp. 93–119. DOI: 10.1234/pretend-3
"""


def test_names_over_a_bold_title_and_its_venue() -> None:
    records = read_listing(LITERATURE, "literature.md").records
    assert [(r.title, r.authors, r.date, r.doi) for r in records] == [
        (
            "An Invented Platform for Pretend Digital Projects",
            ["A. B. Quill", "C.D.Marrow", "E.F.Oddly"],
            "2021",
            None,
        ),
        (
            "The pretend approach to invented computing",
            ["Ada Quill", "Carl Marrow"],
            "2019",
            "10.1234/pretend-3",
        ),
    ]


def test_a_journal_name_in_capitals_before_an_apa_title_is_dropped() -> None:
    found = science_entry(
        "Quill, A., & Marrow, B. S. (2023). JURNAL PRETEND INSANI Education of invented "
        "villages in a made-up district. 10, 671–677."
    )
    assert found is not None
    assert found.title == "Education of invented villages in a made-up district"
