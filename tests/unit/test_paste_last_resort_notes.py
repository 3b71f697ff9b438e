"""Two pastes every reader refused (holdout35 017 and 003): reading notes with a heading per
paper under a section of papers, and a journal's list of titles each over the start of its
abstract, cut short by the site. Read only when nothing else is. The rule tests use made-up
titles and text."""

from __future__ import annotations

import pytest
from scripts.fidelity import HOLDOUT35

from papershelf.importers.pipeline import read_listing
from tests.pastes import read_or_refused, real_papers_found

NOTES = """## Reinforcement learning related paper

### Playing Invented Games with Pretend Learning
- Learning to control made-up agents from pretend inputs is a long-standing challenge.
- The agent interacts with the invented emulator.

### Mastering the Game of Pretend without Human Knowledge
- 纯基于虚构的算法

### The Arcade of Pretending: An Evaluation Platform for Invented Agents, 2013
- 一个虚构的平台
"""


def test_paper_headings_over_notes_under_a_section_of_papers() -> None:
    preview = read_listing(NOTES, "notes.md")
    assert [(r.title, r.date) for r in preview.records] == [
        ("Playing Invented Games with Pretend Learning", None),
        ("Mastering the Game of Pretend without Human Knowledge", None),
        ("The Arcade of Pretending: An Evaluation Platform for Invented Agents", "2013"),
    ]
    assert [s.layout for s in preview.segments] == ["noted-headings"]
    assert all(r.needs_review for r in preview.records)


def test_headings_under_another_section_are_no_papers() -> None:
    readme = NOTES.replace("## Reinforcement learning related paper", "## Installation guide")
    assert read_or_refused(readme, "notes.md") == []


SNIPPET = (
    "The maintenance of pretend applications is a crucial activity in the invented industry."
    " The high cost of this made-up process is due to the effort invested on comprehension, "
    "since there is no up-to-..."
)
LIST = f"""Journal of Invented Engineering Cover Image

  • Search by keyword

Page 1 of 2

Metric-centered views for pretend comprehension

{SNIPPET}

  • View Full Text

Back to the future: origins of the “Invented Manifesto”

{SNIPPET}

  • View Full Text

On the benefits of using made-up boards in engineering

{SNIPPET}
"""


def test_titles_over_abstracts_the_site_cut_short() -> None:
    preview = read_listing(LIST, "journal.txt")
    assert [r.title for r in preview.records] == [
        "Metric-centered views for pretend comprehension",
        "Back to the future: origins of the “Invented Manifesto”",
        "On the benefits of using made-up boards in engineering",
    ]
    assert all(not r.abstract for r in preview.records)  # a snippet is no whole abstract


def test_headlines_over_whole_stories_are_no_papers() -> None:
    news = LIST.replace("since there is no up-to-...", "since there is no end to it.")
    assert read_or_refused(news, "news.txt") == []


@pytest.mark.parametrize(("number", "least"), [("017", 6), ("003", 3)])
def test_the_real_pastes(number: str, least: int) -> None:
    path = next(p for p in HOLDOUT35.glob(f"{number}_*") if not p.name.endswith(".json"))
    assert real_papers_found(path, left_out_too=True) >= least  # some shown unticked
