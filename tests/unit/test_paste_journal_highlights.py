"""A journal's home page of highlighted papers copied as text (paste/journal_highlights.py), read
from made-up cards in the shape holdout17 showed."""

from __future__ import annotations

from papershelf.importers.pipeline import read_listing

PAGE = """EDITORS' SUGGESTION

A Made-up Effect in Pretend Crystals

A one-sentence blurb on what the invented paper found about the pretend crystals.

Ada Quill, Ben Marrow, and Cy Brask
Phys. Rev. Lett. 120, 028103 (2019)


ON THE COVER

Imaginary Scattering from Invented Fields

March 4, 2019

A diagram of channels that nobody measured.

Dee Orrin and Eli Vance (for the Pretend Collaboration)
Phys. Rev. Lett. 120, 022002 (2019)


EDITORS' SUGGESTION

Quiet Transitions in Made-up Water

A phase transition in water that was never observed, as shown by imagined measurements.

Fay Lomond et al.
Phys. Rev. Lett. 120, 027402 (2019)
"""


def test_each_card_gives_its_title_names_and_day() -> None:
    preview = read_listing(PAGE, "home.txt")
    assert preview.layout == "journal-highlights"
    assert [(r.title, r.authors, r.date) for r in preview.records] == [
        ("A Made-up Effect in Pretend Crystals", ["Ada Quill", "Ben Marrow", "Cy Brask"], "2019"),
        ("Imaginary Scattering from Invented Fields", ["Dee Orrin", "Eli Vance"], "2019-03-04"),
        ("Quiet Transitions in Made-up Water", ["Fay Lomond"], "2019"),
    ]


def test_a_commentarys_pointer_at_its_paper_is_no_card() -> None:
    text = PAGE.replace("Ada Quill, Ben", "Synopsis on:\nAda Quill, Ben")
    titles = [r.title for r in read_listing(text, "home.txt").records if r.authors]
    assert "A Made-up Effect in Pretend Crystals" not in titles
