"""Notes that list their references title by title under `## References` (holdout44's 014),
and to-read lists whose titles are typed in lower case among capitalised ones (holdout44's 024):
the heading said nothing of papers, and a lower-case item read as a to-do."""

from __future__ import annotations

from pathlib import Path

from papershelf.importers.pipeline import read_listing
from tests.pastes import real_papers_found

DATA = Path(__file__).parents[1] / "data"

# made up, in the real note's shape
REFERENCES = (
    "# Machine learning\n\n"
    "## References\n\n"
    "- Made-Up Research: Four Pretend Directions\n"
    "- Readings in Invented Learning\n"
    "- A Theory of the Origins of Imaginary Knowledge\n"
    "- Unified Theories of Pretend Cognition\n"
)


def test_bare_titles_under_references_are_papers() -> None:
    records = read_listing(REFERENCES, "note.md").records
    assert [record.title for record in records] == [
        "Made-Up Research: Four Pretend Directions",
        "Readings in Invented Learning",
        "A Theory of the Origins of Imaginary Knowledge",
        "Unified Theories of Pretend Cognition",
    ]


TO_READ = (
    "# To read\n\n"
    "- An Invented Approach to Pretend Technology\n"
    "- Why Do People Use Made-up Technology\n"
    "- Pretend engineering in the small\n"
    "- Where the Users Are Imaginary Experts Too\n"
    "- Paradox of the pretend user\n"
    "- Read chapter 3 before Monday\n"
)  # made up


def test_lower_case_titles_among_capitalised_ones_are_titles_but_not_instructions() -> None:
    titles = [record.title for record in read_listing(TO_READ, "to-read.md").records]
    assert titles == [
        "An Invented Approach to Pretend Technology",
        "Why Do People Use Made-up Technology",
        "Pretend engineering in the small",
        "Where the Users Are Imaginary Experts Too",
        "Paradox of the pretend user",
    ]


def test_the_real_notes() -> None:
    (note,) = (DATA / "listings-holdout44").glob("014_*.md")
    (to_read,) = (DATA / "listings-holdout44").glob("024_*.md")
    assert real_papers_found(note, left_out_too=True) == 5  # 1 before; one in lower case
    assert real_papers_found(to_read, left_out_too=True) == 12  # 10 before
