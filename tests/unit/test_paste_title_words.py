"""Short titles in capitals are titles, not names; a list's doubtful items stay with their list.

`Trust Region Policy Optimization` is capitalised as a person's name is, and the to-read reader
took it for one; resources/title_words.txt (words the development corpora's titles use three times
or more and their names never) tells them apart. And a short bare title was left out of an import
as unlike a paper while the longer titles of the same list, alike in all else, were kept: records
of one shape kept three times or more keep their doubtful fellows.
"""

from __future__ import annotations

from pathlib import Path

from scripts import count_title_words, train_lines

from papershelf.core.records import PaperRecord
from papershelf.importers.paste import plausible
from papershelf.importers.paste.names import looks_like_names, reads_as_title
from papershelf.importers.pipeline import read_listing

HOLDOUT42 = Path(__file__).parents[1] / "data" / "listings-holdout42"


def test_the_committed_word_list_is_what_the_corpora_give() -> None:
    """`make train-words` from the committed corpora gives the committed list; the unseen sets
    are never counted."""
    names = count_title_words.COUNTED
    counted = count_title_words.counted(count_title_words.expected_papers(names))
    assert counted == count_title_words.OUT.read_text(encoding="utf-8")
    assert set(names) == set(train_lines.DEVELOPMENT) | set(train_lines.CORPORA)
    assert not set(names) & set(train_lines.UNSEEN)


def test_a_title_of_title_words_is_no_name() -> None:
    # made up, of common title words
    assert looks_like_names("Stochastic Region Optimization")
    assert reads_as_title("Stochastic Region Optimization")
    assert reads_as_title("Adaptive Memory Control Systems")


def test_names_stay_names() -> None:
    # made up: a name, a list of names, and a list with one word that titles use
    assert not reads_as_title("Ada Quill")
    assert not reads_as_title("Ada Quill, Ben Rowe and Cleo Marsh")
    assert not reads_as_title("Rich Quill, Ben Rowe")


# made up, in the shape of holdout42's 008: a setext `Papers` heading over task boxes
CHECKLIST = """---
title: Checklist
---

The papers I want to go through.

Papers
======
- [ ] Sparse Policy Gradient Networks
- [ ] A Pretend Study of Invented Reference Governors for Imaginary Robots
- [ ] Adaptive Memory Control Systems
- [ ] Made-Up Convex Planning with Fictional Car-Like Robots and Invented Wheels
- [ ] Stochastic Region Optimization
- [ ] Imaginary Sampling-Based Motion Planning for Pretend Quadrotors in Fictional Forests
- [ ] An Invented Interior-Point Method for Made-Up Time-Varying Convex Problems

Book Chapters
======
"""


def test_short_titles_of_a_to_read_list_are_read_and_kept() -> None:
    records = read_listing(CHECKLIST, "checklist.md").records
    assert [r.title for r in records] == [
        line.removeprefix("- [ ] ") for line in CHECKLIST.splitlines() if line.startswith("- [ ]")
    ]
    assert not any(record.left_out for record in records)


def test_a_lone_doubtful_record_is_still_left_out() -> None:
    """A record unlike its fellows (no names where they have them) is judged alone."""
    records = [
        PaperRecord(line=i, title=title, authors=["Ada Quill", "Ben Rowe"], confidence=0.55)
        for i, title in enumerate(
            (
                "A Pretend Study of Invented Reference Governors for Imaginary Robots",
                "Made-Up Convex Planning with Fictional Car-Like Robots and Invented Wheels",
                "An Invented Interior-Point Method for Made-Up Time-Varying Convex Problems",
            )
        )
    ]  # made up
    records.append(PaperRecord(line=9, title="Follow us", confidence=0.55))
    left = plausible.leave_out(records)
    assert [record.title for record in left] == ["Follow us"]


def test_the_real_checklist_is_read_whole() -> None:
    """holdout42's 008: seventeen bare titles under `Papers`, none read before (refused)."""
    (path,) = HOLDOUT42.glob("008_*.md")
    records = read_listing(path.read_text(encoding="utf-8"), path.name).records
    assert len(records) == 17
    assert "Trust Region Policy Optimization" in [r.title for r in records]
    assert not any(record.left_out for record in records)
