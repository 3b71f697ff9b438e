"""Shapes the ninth corpus (tests/data/listings-holdout7) showed lost, each with made-up text in
the shape real pastes use: notes that cite `arXiv:id — Title` with the names, the place and the
year-month in brackets after it; ..."""

from __future__ import annotations

from papershelf.importers.pipeline import read_listing

ID_DASH_TITLE = """Notes from Tuesday.

- [arXiv:2501.00011 — Why Routers Stall](https://arxiv.org/abs/2501.00011) (Ng, Lu, Bo et al., MIT, 2025-01)
- [arXiv:2402.00022 — ReLoRA](https://arxiv.org/abs/2402.00022) — low-rank warm restarts
- ⚠️ arXiv:2303.00033 — "A Survey on Sparse Mixtures" (Quist et al., Northtown, 2023-03) — worth a look
- ⚠️ arXiv:2404.00044 — "Counting Tokens in Long Contexts" (2024-04)
"""


def test_an_identifier_and_a_dash_before_the_title_are_no_part_of_it() -> None:
    records = read_listing(ID_DASH_TITLE, "notes.md").records
    assert [(r.title, r.arxiv_id) for r in records] == [
        ("Why Routers Stall", "2501.00011"),
        ("ReLoRA", "2402.00022"),
        ("A Survey on Sparse Mixtures", "2303.00033"),
        ("Counting Tokens in Long Contexts", "2404.00044"),
    ]


def test_names_et_al_the_place_and_a_year_month_in_brackets_give_names_and_year() -> None:
    records = read_listing(ID_DASH_TITLE, "notes.md").records
    assert [(r.authors, r.date) for r in records] == [
        (["Ng", "Lu", "Bo"], "2025"),
        ([], None),
        (["Quist"], "2023"),
        ([], "2024"),
    ]


def test_a_heading_over_identifier_dash_title_items_is_no_card_of_links() -> None:
    text = "### Related work\n\n" + ID_DASH_TITLE.split("\n\n", 1)[1]
    records = read_listing(text, "notes.md").records
    assert [r.title for r in records][:2] == ["Why Routers Stall", "ReLoRA"]


ID_ADDRESS_BLOCKS = """## Related work

See also the original papers:

arXiv:1901.00101 (https://arxiv.org/abs/1901.00101)
On the Mixing of Sparse Chains
Ada B. Quist, Ben Okafor, Cleo R. Lind
Comments: Journal version of Quist et al. [arXiv:1801.00999, CDC 2018]
Journal-ref: Automatica, Volume 99, March 2020

arXiv:2102.00202 (https://arxiv.org/abs/2102.00202)
Fair Queues in Shared Fleets
Ben Okafor, Dana Ruiz
"""


def test_identifier_with_its_address_opens_an_entry_of_title_names_and_journal_ref() -> None:
    records = read_listing(ID_ADDRESS_BLOCKS, "README.md").records
    assert [(r.title, r.authors, r.arxiv_id, r.date) for r in records] == [
        ("On the Mixing of Sparse Chains", ["Ada B. Quist", "Ben Okafor", "Cleo R. Lind"],
         "1901.00101", "2020"),
        ("Fair Queues in Shared Fleets", ["Ben Okafor", "Dana Ruiz"], "2102.00202", None),
    ]  # fmt: skip


def test_identifier_with_its_address_under_names_of_its_paragraph_closes_that_citation() -> None:
    text = (
        "## Reading\n\nSparse Chains Mix Fast\nAda B. Quist, Ben Okafor\n"
        "arXiv:1901.00101 (https://arxiv.org/abs/1901.00101)\n\n"
        "Fair Queues in Shared Fleets\nBen Okafor, Dana Ruiz\n"
        "arXiv:2102.00202 (https://arxiv.org/abs/2102.00202)\n"
    )
    records = read_listing(text, "README.md").records
    assert [(r.title, r.arxiv_id) for r in records] == [
        ("Sparse Chains Mix Fast", "1901.00101"),
        ("Fair Queues in Shared Fleets", "2102.00202"),
    ]


# A Hugging Face paper page fetched as text (a research agent's note keeps it): one element per
# paragraph, a `Copy markdown` button over the title, the title wrapped at seventy columns.
FETCHED_PAPER_PAGE = """# Note 7: Paper page - Sparse Routers for Tiny Models

URL: https://huggingface.co/papers/2501.00011

Year: unknown

## Fetched Snapshot

Log In

Sign Up

Papers

arxiv:2501.00011

Copy markdown

Sparse Routers for Tiny Models: a benchmark of routing under tight memory

budgets

Published on Jan 5, 2025

Upvote  3

Authors:

Ada Quist

,

Ben Okafor

Abstract

Routers for tiny models fail under memory budgets, a benchmark shows.

AI-generated summary

Mixture models route tokens to experts, but tiny devices cannot hold many experts.
We measure twelve routers under tight memory budgets and find that most collapse.

View arXiv page

View PDF

Add to collection
"""


def test_a_fetched_paper_page_reads_past_its_copy_button_and_joins_its_wrapped_title() -> None:
    (record,) = read_listing(FETCHED_PAPER_PAGE, "note.md").records
    assert (record.title, record.authors, record.arxiv_id, record.date) == (
        "Sparse Routers for Tiny Models: a benchmark of routing under tight memory budgets",
        ["Ada Quist", "Ben Okafor"],
        "2501.00011",
        "2025-01-05",
    )
    assert record.abstract.startswith("Mixture models route tokens") and "View" not in (
        record.abstract
    )
