"""A reading note in French (made-up paper): `# (ARTICLE) Title`, then fields set as bold keys
and `=` (`- **auteurs** = …`). The keys are the paper's fields, never papers, and the tag of
what kind of work the note files is no part of the title."""

from __future__ import annotations

from papershelf.importers.paste.lines import clean_title
from papershelf.importers.pipeline import read_listing

NOTE = """# (ARTICLE) Pretend Labeling (2-hop Pretending)

- **url** = [l'article](https://www.example.org/publication/1_Pretend) n'a pas de PDF, voici [son DOI](https://doi.org/10.1234/pretend-580).
- **auteurs** = Ada EXAMPLE, Ben V. SAMPLE
- **date de publication** = la synthèse date de 2031, mais la technique est plus ancienne
- **date de rédaction initiale de ces notes** = 4 novembre 2031
"""


def test_bold_keys_and_equals_are_fields_of_the_headings_paper() -> None:
    records = read_listing(NOTE, "note.md").records
    assert [(r.title, r.authors, r.doi) for r in records] == [
        (
            "Pretend Labeling (2-hop Pretending)",
            ["Ada EXAMPLE", "Ben V. SAMPLE"],
            "10.1234/pretend-580",
        )
    ]


def test_kind_tags_before_a_title() -> None:
    assert clean_title("(ARTICLE) A Made-Up Title") == "A Made-Up Title"
    assert clean_title("[Book] A Made-Up Title") == "A Made-Up Title"
    assert clean_title("(BERT) A Made-Up Title") == "(BERT) A Made-Up Title"
