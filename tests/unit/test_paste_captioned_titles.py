"""Copied text's `Accepted Papers` caption over bulleted bare titles (holdout25 014, a workshop's
page: none of its seven papers read); the rule tests use made-up titles."""

from __future__ import annotations

from scripts.fidelity import HOLDOUT25, expected_papers, title_key

from papershelf.importers.pipeline import read_listing
from tests.pastes import read_or_refused

PAGE = """Submission Process

Submitted papers were reviewed by the committee. The list of accepted papers is below.

Accepted Papers

  • Pretend spectral error for analysis of invented speech
  • Made-up subject identification using imaginary stimuli
  • An invented approach to study the impact of pretend music on moods
"""


def test_bulleted_titles_under_a_caption_naming_papers_are_papers() -> None:
    preview = read_listing(PAGE, "page.txt")
    titles = [r.title for r in preview.records]
    assert titles[-3:] == [
        "Pretend spectral error for analysis of invented speech",
        "Made-up subject identification using imaginary stimuli",
        "An invented approach to study the impact of pretend music on moods",
    ]
    assert all(r.needs_review for r in preview.records[-3:])


def test_a_journal_home_s_latest_or_most_read_articles_are_captions_of_papers() -> None:
    for caption in ("Latest Articles", "Most Read Articles", "Most cited articles"):
        preview = read_listing(PAGE.replace("Accepted Papers", caption), "page.txt")
        assert [r.title for r in preview.records][-1] == (
            "An invented approach to study the impact of pretend music on moods"
        )


def test_bullets_that_are_no_titles_or_another_caption_are_not() -> None:
    topics = PAGE.replace("Accepted Papers", "Topics of interest")
    assert not any("Pretend spectral" in r.title for r in read_or_refused(topics, "page.txt"))
    remarks = PAGE.replace(
        "  • Made-up subject identification using imaginary stimuli",
        "  • Authors must register. Talks are oral.",
    )
    assert not any("Pretend spectral" in r.title for r in read_or_refused(remarks, "page.txt"))


def test_the_real_workshop_page() -> None:
    path = next(HOLDOUT25.glob("014_*.txt"))
    records = read_listing(path.read_text(encoding="utf-8"), path.name).records
    read = {title_key(r.title) for r in records}
    assert {title_key(p["title"]) for p in expected_papers(path)} <= read
