"""Notes that name papers as paragraphs, not items (`Name: https://arxiv.org/abs/…`, a blank
line or a heading between), as holdout43's 024 does: read as items only, they were missed."""

from __future__ import annotations

from pathlib import Path

from papershelf.importers.pipeline import read_listing
from tests.pastes import real_papers_found

# made up, in the real notes' shape
NOTES = (
    "## tutorial\n"
    "pretend course: https://example.org/learn/pretend-course/unit0/1  \n\n"
    "## survey\n"
    "Elucidating the Made-up Space of Pretend Generative Models: https://arxiv.org/abs/2206.00001\n"
    "- Explores all of these invented components in some detail\n\n"
    "## DDPM\n"
    "PDPM: https://arxiv.org/abs/2006.00002\n\n"
    "Pretend Diffusion Implicit Models (PDIM): https://arxiv.org/abs/2010.00003\n"
    "- Introduced the made-up sampling method\n"
)


def test_each_named_paragraph_with_a_papers_address_is_a_paper() -> None:
    records = read_listing(NOTES, "notes.md").records
    assert [(r.title, r.arxiv_id) for r in records] == [
        ("Elucidating the Made-up Space of Pretend Generative Models", "2206.00001"),
        ("PDPM", "2006.00002"),
        ("Pretend Diffusion Implicit Models", "2010.00003"),
    ]


def test_a_sentence_that_leads_to_its_link_is_no_name() -> None:
    text = (
        "The paper we read this week is available here: https://arxiv.org/abs/2206.00001\n\n"
        "Slides for it are at: https://arxiv.org/abs/2206.00002\n"
    )  # made up
    records = read_listing(text + "\n" + NOTES, "notes.md").records
    assert len(records) == 3


def test_the_real_notes() -> None:
    (path,) = (Path(__file__).parents[1] / "data" / "listings-holdout43").glob("024_*.md")
    assert real_papers_found(path) == 6  # none before
