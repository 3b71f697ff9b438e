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
