"""Small variants of citations that real lists write and the readers missed: an edition after a
title without brackets (`… Hands-On 2nd Edition`, holdout44's 009), a comma before `et al.` in
a link's citation (`(Hsu, et al., 2021)`, holdout43's 020), and the key an ACL-style reference
list cites each entry by (`[Boxum et al.2013] Names. 2013. Title. …`, holdout43's 028)."""

from __future__ import annotations

from pathlib import Path

from papershelf.importers.pipeline import read_listing
from tests.pastes import real_papers_found

DATA = Path(__file__).parents[1] / "data"


def test_an_edition_after_the_title_is_no_part_of_it() -> None:
    text = (
        "# Reference\n\n"
        '[1] Ada Quill, "Invented Learning with Pretend Data". Made-up Press, 2016.\n\n'
        '[2] Ben Nadir, "Deep Pretend Learning Hands-On 2nd Edition", Imaginary Publishing, 2020.\n\n'
        '[3] Cleo Tansy, "The Hundred Page Made-up Book". 2019.\n'
    )  # made up, in the real list's shape
    titles = [record.title for record in read_listing(text, "refs.md").records]
    assert "Deep Pretend Learning Hands-On" in titles


def test_a_comma_before_et_al_in_a_links_citation() -> None:
    text = "".join(
        f"[{title} ({name}, et al., {year})](https://arxiv.org/abs/2104.0102{n}).\n\n"
        for n, (title, name, year) in enumerate(
            [
                ("Robust Pretending: Analyzing Made-up Shift in Invented Training", "Quill", 2021),
                ("Simple and Effective Zero-shot Pretend Recognition", "Nadir", 2021),
                ("Imaginary Representation Learning for Made-up Speech", "Tansy", 2020),
            ]
        )
    )  # made up
    records = read_listing(text, "README.md").records
    first = records[0]
    assert (first.title, first.authors, first.date) == (
        "Robust Pretending: Analyzing Made-up Shift in Invented Training",
        ["Quill"],
        "2021",
    )


def test_a_citation_key_is_no_part_of_the_reference() -> None:
    text = (
        "References\n==========\n\n"
        "[Quill et al.2013] Ada Quill, Ben van der Nadir, and Cleo Tansy. 2013. Analyse voor "
        "verzonnen Taal bij Afasie. Standaard. VKL, October. https://example.org/asta.pdf .\n\n"
        "[Tansy 2000] Tansy, C. (2000). The PRETEND Project: Tools for analyzing made-up talk. "
        "Third Edition. Mahwah, NJ: Lawrence Erlbaum Associates.\n\n"
        "[Ortega2005] Dan Ortega. 2005. TARSP: Taal Analyse Verzonnen Procedure. Pearson, "
        "Amsterdam, 7th edition.\n"
    )  # made up, in the real list's shape
    records = read_listing(text, "refs.rst").records
    assert records[0].authors[0] == "Ada Quill"
    assert all("et al" not in name for record in records for name in record.authors)


def test_the_real_lists() -> None:
    found = {
        name: real_papers_found(next((DATA / folder).glob(f"{number}_*.md")), left_out_too=True)
        for name, folder, number in (
            ("h44 009", "listings-holdout44", "009"),
            ("h43 020", "listings-holdout43", "020"),
            ("h43 028", "listings-holdout43", "028"),
        )
    }
    assert found == {"h44 009": 9, "h43 020": 5, "h43 028": 4}  # 8, 4 and 2 before
