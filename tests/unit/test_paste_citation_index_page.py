"""A citation index's page of one article copied as text, with Ukrainian labels (made-up
article): the title, a bare DOI address, `Видання:` (the journal and year), `Видавець:` (the
publisher), `Автори:`, `Анотація` and the abstract with the page's `Abstract` glued to it."""

from __future__ import annotations

from papershelf.importers.pipeline import read_listing

ABSTRACT = (
    "AbstractInvented network models enjoy success on made-up tasks related to pretend documents, "
    "including imaginary news and invented encyclopedia pages. Here we survey what such models do on "
    "documents nobody wrote, and which challenges remain for them."
)
PAGE = """Pretend document processing: challenges for made-up learning methods

https://doi.org/10.1234/s00799-031-00352-7 ·

Видання: International Journal of Pretend Libraries, 2031, № 4, с. 283-309

Видавець: Example Science and Business Media LLC

Автори: Ada Example, Ben Sample, Cleo Person

Анотація

{abstract}
"""


def test_the_pages_title_labels_and_glued_abstract() -> None:
    records = read_listing(PAGE.format(abstract=ABSTRACT), "page.txt").records
    assert [(r.title, r.authors, r.date, r.doi) for r in records] == [
        (
            "Pretend document processing: challenges for made-up learning methods",
            ["Ada Example", "Ben Sample", "Cleo Person"],
            "2031",
            "10.1234/s00799-031-00352-7",
        )
    ]
    assert records[0].abstract.startswith("Invented network models")
