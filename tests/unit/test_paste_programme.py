"""A conference's or a workshop's papers as its pages list them (tests/data/listings-holdout12
holds real ones): presenters then a bracketed title after the talk's slot, and a task-box title
over its authors parted by middle dots. All texts are made up."""

from __future__ import annotations

import pytest

from papershelf.core.errors import ImportFailed
from papershelf.importers.pipeline import read_listing


def read(text: str, name: str = "paste.md") -> list[tuple[str, list[str]]]:
    return [(r.title, r.authors) for r in read_listing(text, name).records]


ACCEPTED = """### Contributed talks

* (Talk \\#1): Mara Quist. [Sparse Lanterns for Streaming Inference]

* (Talk \\#2): Odo Brandt, Lise Farr, Pavel K. Orlov. [When Gradients Forget: A Study of Drift]

### Posters

* (Poster \\#7):  Ines Vale, Tomas Rieu. [Counting Birds with Weak Labels]
"""


def test_workshop_items_give_the_presenters_then_the_bracketed_title() -> None:
    assert read(ACCEPTED) == [
        ("Sparse Lanterns for Streaming Inference", ["Mara Quist"]),
        ("When Gradients Forget: A Study of Drift", ["Odo Brandt", "Lise Farr", "Pavel K. Orlov"]),
        ("Counting Birds with Weak Labels", ["Ines Vale", "Tomas Rieu"]),
    ]


AWARDS = """# Outstanding Papers

- [ ] Sparse Lanterns for Streaming Inference
    Mara Quist · Odo Brandt · Lise Farr
- [x] Counting Birds with Weak Labels
Ines Vale · Tomas Rieu
"""


def test_a_task_box_title_over_names_parted_by_middle_dots() -> None:
    assert read(AWARDS) == [
        ("Sparse Lanterns for Streaming Inference", ["Mara Quist", "Odo Brandt", "Lise Farr"]),
        ("Counting Birds with Weak Labels", ["Ines Vale", "Tomas Rieu"]),
    ]


def test_a_bracketed_note_after_a_sentence_is_no_paper() -> None:
    with pytest.raises(ImportFailed):
        read("- We met on Monday. [Notes to follow]\n- Bring snacks.\n")


LINKED_THEN_NAMES = """## Accepted papers

- [Sparse Lanterns for Streaming Inference](https://openreview.net/forum?id=abc). Mara Quist, Odo Brandt.
- [Counting Birds with Weak Labels](https://openreview.net/forum?id=def). Ines Vale.
- **Tides in a Teacup** — Lise Farr and Pavel Orlov
"""


def test_an_accepted_papers_list_of_linked_or_bold_titles_then_presenters() -> None:
    assert read(LINKED_THEN_NAMES) == [
        ("Sparse Lanterns for Streaming Inference", ["Mara Quist", "Odo Brandt"]),
        ("Counting Birds with Weak Labels", ["Ines Vale"]),
        ("Tides in a Teacup", ["Lise Farr", "Pavel Orlov"]),
    ]


def test_a_bold_short_name_with_its_subtitle_after_a_colon_is_one_title() -> None:
    text = (
        "## Papers\n\n"
        "1. **LampNet**: Reading Tide Tables with Small Recurrent Networks\n"
        "2. **Tidal Memory Agents**: Heterogeneous Multi-Agent Tide Systems\n"
        "3. **Counting Stones on Beaches from Photographs**\n"
    )
    assert [authors for _, authors in read(text)] == [[], [], []]


def test_a_short_link_label_before_a_name_is_no_paper() -> None:
    text = (
        "## News\n\n"
        "- [Read more](https://example.org/post). Mara Quist\n"
        "- [Sparse Lanterns for Streaming Inference](https://example.org/p). Odo Brandt.\n"
    )
    assert read(text) == [("Sparse Lanterns for Streaming Inference", ["Odo Brandt"])]
