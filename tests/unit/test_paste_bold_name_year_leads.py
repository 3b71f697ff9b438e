"""A note's list of papers read, each item led by a bold citation — the names, the year in
brackets, then the title after a comma (made-up items in that shape): the names and the year are
the paper's, not part of its title."""

from __future__ import annotations

from papershelf.importers.pipeline import read_listing

NOTES = """### Papers I read

- **Brook and Hale (2005), Cheap Timing Analysis of Pretend Networks.** An early attack on them.
- **Lind et al. (2018), Invented Fingerprinting through Made-Up Learning.** Learned features.
- **Lind et al. (2022), Imaginary Oddity.** How such data should be collected.
- **Moss et al. (2018), PretendCorr.** A made-up network that pairs flows.
"""


def test_a_bold_lead_of_names_and_year_gives_the_title_names_and_year() -> None:
    records = read_listing(NOTES, "notes.md").records
    assert [(r.title, r.authors, r.date) for r in records] == [
        ("Cheap Timing Analysis of Pretend Networks", ["Brook", "Hale"], "2005"),
        ("Invented Fingerprinting through Made-Up Learning", ["Lind"], "2018"),
        ("Imaginary Oddity", ["Lind"], "2022"),
        ("PretendCorr", ["Moss"], "2018"),  # one word, cited with its names and year
    ]
    assert records[1].authors_truncated
