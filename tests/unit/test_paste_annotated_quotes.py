"""Reading lists that quote each title and note who wrote it after it, the address in a bullet
under it (paste/annotated_quotes.py), read from made-up items in the shape holdout17 showed."""

from __future__ import annotations

from papershelf.importers.pipeline import read_listing

LIST = """* Examples of student papers:
  * "A Search for Pretend Planets around an Invented Star" Made-up U undergrad, Ada Quill
    * https://ui.adsabs.harvard.edu/#abs/2012AAS...00000Q/abstract
  * Systemic Invented Velocities for Imaginary Stars, Made-up U undergrad: Ben Marrow
    * https://ui.adsabs.harvard.edu/#abs/2012arXiv0000.0000M/abstract
  * "Detection of Stars within 0.8" of Pretend Objects" Made-up U undergrad: Cy Brask
    * https://arxiv.org/pdf/1412.00001.pdf
"""


def test_quoted_titles_with_a_note_on_their_author_over_their_address() -> None:
    preview = read_listing(LIST, "README.md")
    assert preview.layout == "annotated-quotes"
    assert [(r.title, r.authors, r.urls[:1]) for r in preview.records] == [
        (
            "A Search for Pretend Planets around an Invented Star",
            ["Ada Quill"],
            ["https://ui.adsabs.harvard.edu/#abs/2012AAS...00000Q/abstract"],
        ),
        (
            "Systemic Invented Velocities for Imaginary Stars",
            ["Ben Marrow"],
            ["https://ui.adsabs.harvard.edu/#abs/2012arXiv0000.0000M/abstract"],
        ),
        (
            'Detection of Stars within 0.8" of Pretend Objects',
            ["Cy Brask"],
            ["https://arxiv.org/pdf/1412.00001.pdf"],
        ),
    ]
