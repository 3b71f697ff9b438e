"""A journal issue's digest heads each paper with its DOI, a dash and the title (made-up text):
the DOI is stored, never part of the title."""

from __future__ import annotations

from papershelf.importers.paste.lines import clean_title
from papershelf.importers.pipeline import read_listing

DIGEST = """# Pretend Journal — Vol 9 Issue 1

### 1. [10.1234/pj/abc001](https://doi.org/10.1234/pj/abc001) — Scalable Made-Up Rules for Invented Centres
- **作者**: Ada Example, Ben Sample
- **期刊/来源**: Pretend Journal

### 2. [10.1234/pj/abc002](https://doi.org/10.1234/pj/abc002) — Imaginary Mediation in Fictional Trials
- **作者**: Cleo Person, Dana Placeholder
- **期刊/来源**: Pretend Journal
"""


def test_a_doi_before_the_title_is_the_papers_identifier() -> None:
    records = read_listing(DIGEST, "issue.md").records
    assert [(r.title, r.doi) for r in records] == [
        ("Scalable Made-Up Rules for Invented Centres", "10.1234/pj/abc001"),
        ("Imaginary Mediation in Fictional Trials", "10.1234/pj/abc002"),
    ]


def test_only_a_separated_doi_leaves_the_title() -> None:
    assert clean_title("10.1234/x.1 | A Pretend Title") == "A Pretend Title"
    assert clean_title("10.5 Reasons to Pretend") == "10.5 Reasons to Pretend"


def test_a_preprint_server_after_the_titles_comma_is_no_part_of_it() -> None:
    assert clean_title("Mapping pretend oceans: an open portal, bioRxiv") == (
        "Mapping pretend oceans: an open portal"
    )
    assert clean_title("Why arXiv") == "Why arXiv"  # a title's own word, no comma before it


PUBLICATIONS = """Ada Quill, Ben Nadir, Cleo Tansy (2021), Mapping pretend oceans: an open portal to share, visualize and analyze made-up data, bioRxiv, doi: 10.1101/2021.02.16.000001

Dee Park, Eli Moss (2021), Invented rRNA chimeras reveal pretend associations, bioRxiv (submitted to Pretend Microbiology)

Fay Wu, Gus Hale (2021), Modeling imaginary cells with sparse mixtures, arXiv:2008.00001 [stat.AP]
"""  # noqa: E501


def test_publication_paragraphs_ending_in_a_preprint_server_give_the_title_without_it() -> None:
    titles = [r.title for r in read_listing(PUBLICATIONS, "pubs.txt").records]
    assert titles == [
        "Mapping pretend oceans: an open portal to share, visualize and analyze made-up data",
        "Invented rRNA chimeras reveal pretend associations",
        "Modeling imaginary cells with sparse mixtures",
    ]
