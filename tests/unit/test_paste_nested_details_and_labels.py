"""Lists as holdout39/40 have them: a bold quoted title's item over a nested item of its names,
venue and year (holdout39 002: 0 of 13 read, 4 headings taken for papers), the short labels of a
title's links in any language (`[`论文`](…) [`代码`](…)`, holdout40 021: 0 of 11 read, 9 extra),
model names glued to titles (`… At Scale(ViT)`) and bare titles listed under a heading that says
`Papers` without saying they are to be read (holdout39 001: 1 of 12), and what course lists and
READMEs write round a title: `Chapter 5:`, `, chapters 1-3`, `(open access)` (holdout40 002, 009)
and `[Title - NAACL 2019)](…)` (holdout39 020: 0 of 6). The rule tests use made-up titles, names
and addresses."""

from __future__ import annotations

from scripts.fidelity import HOLDOUT39, HOLDOUT40

from papershelf.core.records import PaperRecord
from papershelf.importers.paste.title_trim import without_link_labels_after
from papershelf.importers.pipeline import read_listing
from tests.pastes import real_papers_found

NESTED = """# Awesome Invented Papers

### 1. Pretend Representations
* **"Invented estimation of imaginary vectors in pretend space."**
  * Mikolova et al. ICLR. 2031.
* **"Made-up global vectors for invented words."**
  * Penningtonia et al. EMNLP. 2032.
* **"Enriching pretend vectors with imaginary information."**
  * Chow. TACL. 2033.
"""


def test_a_titles_item_takes_the_names_and_year_nested_under_it() -> None:
    records = read_listing(NESTED, "papers.md").records
    assert [(r.title, r.authors, r.date) for r in records] == [
        ("Invented estimation of imaginary vectors in pretend space", ["Mikolova"], "2031"),
        ("Made-up global vectors for invented words", ["Penningtonia"], "2032"),
        ("Enriching pretend vectors with imaginary information", ["Chow"], "2033"),
    ]


TOPIC_OVER_PAPERS = """# Invented reading

* **Pretend Representations**
  * [Invented Estimation of Imaginary Vectors in Pretend Space](https://example.org/a.pdf)
  * [Made-up Global Vectors for Invented Words](https://example.org/b.pdf)
"""


def test_linked_titles_nested_under_a_bold_topic_stay_papers_of_their_own() -> None:
    titles = [r.title for r in read_listing(TOPIC_OVER_PAPERS, "topic.md").records]
    assert "Invented Estimation of Imaginary Vectors in Pretend Space" in titles
    assert "Made-up Global Vectors for Invented Words" in titles


PAPER, CODE = "[`论文`]", "[`代码`]"  # "paper" and "code", each a link's whole text
LABELLED = "\n".join(
    (
        "# Invented Transformer review",
        "",
        "#### 重要论文",
        "- [2031-Arxiv-Pretend] Invented Pre-training of Imaginary Transformers "
        f"{PAPER}(https://arxiv.org/pdf/3101.00001) {CODE}(https://e.org/c)",
        f"- [2032-ICML] Made-up Pretraining from Pretend Pixels {PAPER}(https://e.org/b)",
        "- [2032-Arxiv] Imaginary Windows: Invented Vision Transformer "
        f"{PAPER}(https://arxiv.org/pdf/3202.00002) [`主代码`](https://e.org/m) "
        "[`检测码`](https://e.org/d)",
        "",
    )
)


def test_the_short_labels_of_a_titles_links_are_no_words_of_it_in_any_language() -> None:
    titles = [r.title for r in read_listing(LABELLED, "review.md").records]
    assert "Invented Pre-training of Imaginary Transformers" in titles
    assert "Imaginary Windows: Invented Vision Transformer" in titles
    assert not any("论文" in title or "代码" in title for title in titles)


CONTENTS_AND_WORDS = """# Invented notes

* [Overview](#overview)
* [Methods](#methods)
* [Overview](#overview-1)

### Overview

* [arXiv] [Invented Networks in Pretend Brains: An Overview (2031)](https://arxiv.org/abs/3101.00003)
* [Made-up Learning for Imaginary Machine Learning](https://e.org/c) [machine learning](https://e.org/t)
* [Pretend Models](https://e.org/p) [machine learning](https://e.org/u) [machine learning](https://e.org/v)
"""


def test_a_contents_lists_entries_and_words_written_outside_links_are_kept_in_titles() -> None:
    titles = [r.title for r in read_listing(CONTENTS_AND_WORDS, "notes.md").records]
    assert any(
        title.startswith("Invented Networks in Pretend Brains: An Overview") for title in titles
    )


GLUED = """# Invented vision papers

- [Invented Worth of Pretend Words: Transformers At Scale(ViT)](https://arxiv.org/abs/3101.00004)
- [Made-up Image Processing Transformer(IGPT)](https://arxiv.org/abs/3101.00005)
- [Pretend Segmentation with Imaginary Transformers (PST)](https://arxiv.org/abs/3101.00006)
"""


def test_model_names_glued_to_titles_are_the_pastes_habit_and_come_off() -> None:
    titles = [r.title for r in read_listing(GLUED, "vision.md").records]
    assert titles == [
        "Invented Worth of Pretend Words: Transformers At Scale",
        "Made-up Image Processing Transformer",
        "Pretend Segmentation with Imaginary Transformers (PST)",  # a space: the title's own
    ]


def test_one_glued_name_is_no_habit() -> None:
    one = "# Papers\n\n- [Invented Worth of Pretend Words At Scale(ViT)](https://arxiv.org/abs/3101.00004)\n"
    assert [r.title for r in read_listing(one, "one.md").records] == [
        "Invented Worth of Pretend Words At Scale(ViT)"
    ]


BARE = """# Invented Papers


## Papers / Journals


## Pretend Politics
* ”Invented sentiment analysis of imaginary debates: a pretend review”
* The Importance of Modeling Made-up Factors of Pretend Language
* Identifying Imaginary Frames in Invented Tweets using Pretend Learning
* Merzia et al., 2031: The Invented Corpus: A made-up resource for pretend parties
* Nannia et al. 2032: Pretend Text Scaling Meets Imaginary Semantics
"""


def test_bare_titles_listed_under_a_heading_of_papers_are_papers() -> None:
    records = read_listing(BARE, "notes.md").records
    assert [(r.title, r.authors, r.date) for r in records] == [
        ("Invented sentiment analysis of imaginary debates: a pretend review", [], None),
        ("The Importance of Modeling Made-up Factors of Pretend Language", [], None),
        ("Identifying Imaginary Frames in Invented Tweets using Pretend Learning", [], None),
        ("The Invented Corpus: A made-up resource for pretend parties", ["Merzia"], "2031"),
        ("Pretend Text Scaling Meets Imaginary Semantics", ["Nannia"], "2032"),
    ]


README_FURNITURE = """# Awesome Invented Papers

| Paper | Year |
| --- | --- |
| [Invented Reasoning for Pretend Models](https://arxiv.org/abs/3101.00007) | 2031 |

## Contributing
- Submit a pull request to add papers or resources
- Open an issue to suggest additional papers or resources
- Email us at someone@example.org, other@example.org

## Paper Ideas
* Radevia, T. & Dornhausen, A. Invented costs of pretend allocation. Imaginary J. 2031.
  * A paper on the costs of invented allocation in made-up colonies
  * Suggested by - Pretend Person
"""


def test_instructions_and_notes_under_a_heading_of_papers_are_no_papers() -> None:
    titles = [r.title for r in read_listing(README_FURNITURE, "readme.md").records]
    furniture = ("Submit", "Open an issue", "Email us", "A paper on", "Suggested")
    assert not any(title.startswith(furniture) for title in titles)


def test_the_real_files() -> None:
    found = {
        name: real_papers_found(next(folder.glob(f"{name[-3:]}_*.md")))
        for name, folder in (
            ("h39 001", HOLDOUT39),
            ("h39 002", HOLDOUT39),
            ("h40 021", HOLDOUT40),
        )
    }
    # h40 021: 9 since its `[Title](…) `code`` item after an unlinked one is read (resource-items)
    assert found == {"h39 001": 10, "h39 002": 9, "h40 021": 9}


READINGS = """# Invented course readings

## Week 1
1. MacKenzia, I.S. (2031). Chapter 5: Designing Pretend Experiments. Invented Press.

## Week 2
- Banistera, D. (2032). [Inequality in Invented Transport](https://example.org/t) (open access)
- Friedmana, M. (2033). Capitalism and Pretend Freedom, chapters 1-3. Invented Press.
"""


def test_a_readings_chapter_pages_and_access_are_no_part_of_its_title() -> None:
    titles = [r.title for r in read_listing(READINGS, "readings.md").records]
    assert "Designing Pretend Experiments" in titles
    assert "Inequality in Invented Transport" in titles
    assert not any("chapters" in title or "open access" in title for title in titles)


def test_a_title_in_brackets_keeps_its_own_chapter() -> None:
    lines = (
        "[1] arXiv:3101.00009v1 | "
        "Pseudo-monads and the Descent of Invented Categories, PhD Thesis (Chapter 1)\n"
        "[2] arXiv:3102.00008v2 | A Case for Imaginary Coupling of Invented Clusters\n"
    )
    titles = [r.title for r in read_listing("## References\n\n" + lines, "refs.md").records]
    assert (
        titles[0] == "Pseudo-monads and the Descent of Invented Categories, PhD Thesis (Chapter 1)"
    )


VENUE_IN_LINKS = """# Invented pre-training papers

* [Invented Pre-training of Pretend Transformers - NAACL 2031)](https://arxiv.org/abs/3101.00010)
* [Made-up Continual Pre-training Framework - arXiv 2032)](https://arxiv.org/abs/3201.00011)
"""


def test_a_venue_and_year_after_a_dash_in_a_links_text_are_the_papers_not_its_titles() -> None:
    records = read_listing(VENUE_IN_LINKS, "links.md").records
    assert [(r.title, r.venue, r.date[:4]) for r in records] == [
        ("Invented Pre-training of Pretend Transformers", "NAACL", "2031"),
        ("Made-up Continual Pre-training Framework", "arXiv", "2032"),
    ]


YEAR_BARS = """# Invented articles

## Pretend finance
- [2031 | Can We Predict Invented Markets Based on Pretend Queries?](https://example.org/a)
- [2032 | 101 Made-up Formulaic Alphas](https://example.org/b.pdf)
- [2033 | Imaginary Indexation](https://example.org/c.pdf)
"""


def test_a_lists_year_and_bar_before_each_title_are_its_date() -> None:
    records = read_listing(YEAR_BARS, "articles.md").records
    assert ("101 Made-up Formulaic Alphas", "2032") in [(r.title, r.date) for r in records]
    assert not any(r.title.startswith("20") for r in records)


def test_a_titles_labels_are_looked_for_near_its_own_line_only() -> None:
    """The same title's opening far away (a 10 MB paste holds 100,000 titles, each once looked
    for in the whole text made the preview quadratic) lends it no labels."""
    far = "Invented Pre-training of Imaginary Transformers for Made-up Tasks [`草稿`](https://e.org/x)"
    record = PaperRecord(
        line=40, title="Invented Pre-training of Imaginary Transformers for Made-up Tasks 草稿"
    )
    text = "\n".join([far, *[""] * 38, record.title])
    without_link_labels_after([record], text)
    assert record.title.endswith("草稿")
    record.line = 1
    without_link_labels_after([record], text)
    assert record.title == "Invented Pre-training of Imaginary Transformers for Made-up Tasks"
