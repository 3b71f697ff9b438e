"""Literature summaries that cite each paper in bold, then give its title after a dash, over
bullets of its labelled facts (made-up papers): `**Surname et al. (Year)** - Title`, then
`- **Journal:** …`, `- **Key Points:**` over nested items, `- **Citation Use:** …`. Each bold
lead is one paper: the names and year in brackets are its own, the labels are its facts."""

from __future__ import annotations

from papershelf.importers.pipeline import read_listing

SUMMARY = """### 2.1 Pretend Definitions & Background

**Quill et al. (2015)** - An Invented Consensus on Imaginary Fevers (Fever-9)
- **Journal:** Journal of Made-up Medicine
- **Key Points:**
  - A new pretend definition (Fever-9)
  - 12.5 million invented cases (2014)
- **Citation Use:** Introduction - definition of the fever
- **BibTeX Key:** `quill2015fever`

**Marrow & Tansy (2019)** – Global Estimates of Imaginary Fever Burden
- **Journal:** The Invented Lancet
- **Key Points:**
  - Updated pretend burden estimates
- **Citation Use:** Introduction - burden
"""


def test_each_bold_citation_lead_is_a_paper_with_its_names_and_year() -> None:
    records = read_listing(SUMMARY, "notes.md").records
    assert [(r.title, r.authors, r.date) for r in records] == [
        ("An Invented Consensus on Imaginary Fevers (Fever-9)", ["Quill"], "2015"),
        ("Global Estimates of Imaginary Fever Burden", ["Marrow", "Tansy"], "2019"),
    ]


def test_a_colon_inside_the_bold_citation() -> None:
    colon = SUMMARY.replace("**Quill et al. (2015)** -", "**Quill et al. (2015):**")
    colon = colon.replace("**Marrow & Tansy (2019)** –", "**Marrow & Tansy (2019):**")
    records = read_listing(colon, "notes.md").records
    assert [(r.title, r.authors, r.date) for r in records] == [
        ("An Invented Consensus on Imaginary Fevers (Fever-9)", ["Quill"], "2015"),
        ("Global Estimates of Imaginary Fever Burden", ["Marrow", "Tansy"], "2019"),
    ]
