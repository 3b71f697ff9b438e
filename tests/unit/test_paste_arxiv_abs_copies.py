"""arXiv abstract pages copied in the ways the holdout10 corpus showed: a clipping that repeats
each label in a translation, a pandoc capture that keeps link attributes and leaves out the
dateline, a text browser's dump that wraps the title and the names. The texts are made up, in
those shapes (tests/data/listings-holdout10 holds real ones)."""

from __future__ import annotations

from papershelf.importers.pipeline import read_listing

BILINGUAL = """### Sparse Lattices for Tiny Models
稀疏格用于小模型

Computer Science > Machine Learning arXiv:3001.01234 (cs) [Submitted on 4 Jan 2030]
Title: Sparse Lattices for Tiny Models
Authors: Ana Ruiz, Bo Chen

计算机科学 > 机器学习 arXiv:3001.01234 (cs) [提交于 2030年1月4日]
标题：稀疏格用于小模型
作者：Ana Ruiz, Bo Chen

We study sparse lattices and show that tiny models can be trained on them with care.
我们研究稀疏格。

Cite as: arXiv:3001.01234 [cs.LG]
"""


def test_a_translated_copy_of_the_labels_keeps_the_pages_own_title() -> None:
    records = read_listing(BILINGUAL, "clip.md").records
    assert [(r.title, r.authors, r.date, r.arxiv_id) for r in records] == [
        ("Sparse Lattices for Tiny Models", ["Ana Ruiz", "Bo Chen"], "2030-01-04", "3001.01234")
    ]


PANDOC = """Sparse Lattices for Tiny Models

A note of mine about the paper.

## Computer Science \\> Machine Learning

## Title:Sparse Lattices for Tiny Models

Authors:[Ana Ruiz](https://arxiv.org/a/ruiz_a_1){rel="nofollow"}, [Bo Chen](https://arxiv.org/a/chen_b_1){rel="nofollow"}

View a PDF of the paper titled Sparse Lattices for Tiny Models, by Ana Ruiz and 1 other authors

> Abstract:We study sparse lattices and show that tiny models can be trained on them with care.

Subjects: Machine Learning (cs.LG)

## Submission history

From: Ana Ruiz [view email]
[v1] Fri, 4 Jan 2030 12:32:13 UTC (425 KB)
"""


def test_a_page_without_dateline_is_found_by_its_view_a_pdf_line_and_drops_link_attributes() -> (
    None
):
    records = read_listing(PANDOC, "capture.md").records
    assert [(r.title, r.authors, r.date) for r in records] == [
        ("Sparse Lattices for Tiny Models", ["Ana Ruiz", "Bo Chen"], "2030-01-04")
    ]


TEXT_BROWSER = """Computer Science > Machine Learning

arXiv:3001.01234 (cs)
[Submitted on 4 Jan 2030 (v1), last revised 9 Feb 2030 (this version,
v2)]

Title:Sparse Lattices for Tiny Models: Your Training Set is Secretly a
Lattice

Authors:Ana Ruiz, Bo Chen, Chidi Okafor, Dee Park,
Eli Moss, Fay Wu
View a PDF of the paper titled Sparse Lattices for Tiny Models: Your
Training Set is Secretly a Lattice, by Ana Ruiz and 5 other authors

Abstract:We study sparse lattices and show that tiny models can be
trained on them with care.

Cite as: arXiv:3001.01234 [cs.LG]
"""


def test_a_text_browsers_wrapped_title_and_names_are_read_whole() -> None:
    records = read_listing(TEXT_BROWSER, "dump.txt").records
    assert [(r.title, r.authors) for r in records] == [
        (
            "Sparse Lattices for Tiny Models: Your Training Set is Secretly a Lattice",
            ["Ana Ruiz", "Bo Chen", "Chidi Okafor", "Dee Park", "Eli Moss", "Fay Wu"],
        )
    ]


def test_a_page_read_after_a_note_linking_it_keeps_the_pages_doi() -> None:
    note = (
        "## Sparse Lattices\n\n- Source URL: https://arxiv.org/abs/3001.01234\n\n## Text\n\n"
        + TEXT_BROWSER
        + "https://doi.org/10.48550/arXiv.3001.01234\n"
    )
    records = read_listing(note, "note.md").records
    assert [(r.arxiv_id, r.doi) for r in records] == [("3001.01234", "10.48550/arXiv.3001.01234")]


def test_a_view_pdf_button_under_a_title_with_no_names_is_no_author() -> None:
    page = (
        "[Submitted on 4 Jan 2030]\n\nTitle:Sparse Lattices for Tiny Models\n"
        "===================================\n\n[View PDF](/pdf/3001.01234)\n"
        "> Abstract:We study sparse lattices and show that tiny models can be trained on them "
        "with care, at a cost that grows slowly with the lattice's size and its sparsity.\n"
    )
    records = read_listing(page, "page.md").records
    assert [(r.title, r.authors) for r in records] == [("Sparse Lattices for Tiny Models", [])]


ONE_ELEMENT_A_LINE = """## Sparse Lattices for Tiny Models

Computer Science > Machine Learning
arXiv:3001.01234
(cs)
[Submitted on 4 Jan 2030 (
v1[^1]
), last revised 9 Feb 2030 (this version, v2)]
Title:
Sparse Lattices for Tiny Models
Authors:
Ana Ruiz[^2]
,
Bo Chen[^3]
,
Chidi Okafor[^4]
View a PDF of the paper titled Sparse Lattices for Tiny Models, by Ana Ruiz and 2 other authors
Abstract:
We study sparse lattices and show that tiny models can be trained on them with care.
Subjects:
Machine Learning (cs.LG)
"""


def test_a_clip_with_one_page_element_a_line_gives_the_names_and_the_date() -> None:
    text = ONE_ELEMENT_A_LINE.replace("\n", "\n\n")  # a clipper's paragraph per element
    records = read_listing(text, "clip.md").records
    assert [(r.title, r.authors, r.date) for r in records] == [
        ("Sparse Lattices for Tiny Models", ["Ana Ruiz", "Bo Chen", "Chidi Okafor"], "2030-01-04")
    ]


def test_names_under_a_long_finished_title_are_not_taken_for_its_wrapped_end() -> None:
    page = (
        "[Submitted on 4 Jan 2030]\n"
        "Title: Sparse Lattices for Tiny Models Trained on Small Sets of Images\n"
        "Ana Ruiz, Bo Chen, Chidi Okafor\n\n"
        "Abstract: We study sparse lattices and show that tiny models can be trained on them "
        "with care, at a cost that grows slowly with the lattice's size and its sparsity.\n"
    )
    records = read_listing(page, "page.txt").records
    assert [(r.title, r.authors) for r in records] == [
        (
            "Sparse Lattices for Tiny Models Trained on Small Sets of Images",
            ["Ana Ruiz", "Bo Chen", "Chidi Okafor"],
        )
    ]
