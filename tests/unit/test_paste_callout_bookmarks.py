"""Bookmarks a note app sets as callouts (made-up pages): `[!info] Page title`, the page's
description, then its address. A bookmark whose address carries a paper's identifier is that
paper (a medRxiv address's version and page kind are no part of its DOI); others are not."""

from __future__ import annotations

import pytest

from papershelf.core.errors import ImportFailed
from papershelf.importers.paste.identifiers import find_identifiers
from papershelf.importers.pipeline import read_listing

NOTES = """# Course notes

> [!info] Paper page - Pretend: Learning the Language of Invented Series
> Join the discussion on this paper page
> https://huggingface.co/papers/3103.07815

## Example

Some prose about made-up things.

> [!info] A Transformer-Based Model for Imaginary Trajectory Prediction
> Integrating pretend learning and invented decisions has great promise.
> https://www.medrxiv.org/content/10.1101/2031.02.29.24303512v1.full

> [!info] Our Wonderful Pretend Product Platform
> The best made-up product.
> https://www.example.com/product
"""


def test_callouts_that_bookmark_papers_are_papers() -> None:
    records = read_listing(NOTES, "notes.md").records
    assert [(r.title, r.arxiv_id, r.doi) for r in records] == [
        ("Pretend: Learning the Language of Invented Series", "3103.07815", None),
        (
            "A Transformer-Based Model for Imaginary Trajectory Prediction",
            None,
            "10.1101/2031.02.29.24303512",
        ),
    ]


def test_a_bookmark_of_no_paper_is_none() -> None:
    text = "> [!info] Our Wonderful Pretend Product Platform\n> The best.\n> https://www.example.com/p\n"
    with pytest.raises(ImportFailed):
        read_listing(text, "notes.md")


def test_preprint_server_addresses_give_the_bare_doi() -> None:
    url = "https://www.biorxiv.org/content/10.1101/2031.01.02.123456v3.full.pdf"
    assert find_identifiers("", [url]).doi == "10.1101/2031.01.02.123456"
