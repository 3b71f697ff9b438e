"""A preprint server's article page copied as text (bioRxiv's, medRxiv's shape): the site's menu
(`Advanced Search` under `• ALERTS / RSS`), a title naming its system before a colon
(`LanternNet: …`), `View ORCID Profile` glued before each name that has an ORCID record, the
DOI under the names. All texts are made up."""

from __future__ import annotations

from papershelf.importers.pipeline import read_listing

PAGE = """Skip to main content
madeRxiv
• Home
• About
• Submit
• ALERTS / RSS
Advanced Search
New Results

lanternRxiv: counting lanterns in an invented harbour fog

View ORCID ProfileAda Quist, Ben Okafor, View ORCID ProfileClara Vane
doi: https://doi.org/10.1234/000042
"""


def test_orcid_buttons_glued_to_names_and_a_named_title() -> None:
    records = read_listing(PAGE, "page.txt").records
    assert [(r.title, r.authors, r.doi) for r in records] == [
        (
            "lanternRxiv: counting lanterns in an invented harbour fog",
            ["Ada Quist", "Ben Okafor", "Clara Vane"],
            "10.1234/000042",
        )
    ]
