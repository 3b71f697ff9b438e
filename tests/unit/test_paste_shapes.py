"""The paste shapes issue 16 describes, as web clippers and text browsers produce them.

These are generated variants (made-up titles and names, in the shapes the issue lists): a Hugging
Face daily list clipped with reference links or dumped by a text browser, a Hugging Face paper
page, arXiv /list/ and abstract pages in Markdown and as text. Each test says what must be read
and, as much, what must not become a paper (menus, counters, `4 authors`, buttons).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from papershelf.core.errors import ImportFailed
from papershelf.core.records import PaperRecord
from papershelf.importers.paste import tables
from papershelf.importers.paste.refs import resolve_references
from papershelf.importers.pipeline import read_listing

HF_DAILY_REFERENCE_LINKS = """\
Daily Papers

### [Scaling Test-Time Compute for Language Agents][32]

[![](https://cdn-avatars.huggingface.co/a.png)

* ![](https://cdn-avatars.huggingface.co/b.png)

4 authors][33]

Submitted by

[jdoe][34]

· 3 days ago

Upvote 149

### [Another Paper About Vision Transformers][35]

[7 authors][36]

Submitted by [asmith][37] · 2 hours ago

[-] 12

[32]: https://huggingface.co/papers/2501.01234
[33]: https://huggingface.co/papers/2501.01234#community
[34]: https://huggingface.co/jdoe
[35]: https://huggingface.co/papers/2501.04321
[36]: https://huggingface.co/papers/2501.04321#community
[37]: https://huggingface.co/asmith
"""

HF_DAILY_TEXT_BROWSER = """\
   [1]Hugging Face
     * [2]Models
     * [3]Datasets

Daily Papers

   by [4]AK and the research community

   [5]Scaling Test-Time Compute for Language Agents

   [6]4 authors
   Submitted by
   [7]jdoe
   · 3 days ago
   [8]Upvote
   149

   [9]Another Paper About Vision Transformers

   [10]7 authors
   Submitted by
   [11]asmith
   · yesterday
   Upvote
   12

References

   1. https://huggingface.co/
   2. https://huggingface.co/models
   3. https://huggingface.co/datasets
   4. https://huggingface.co/akhaliq
   5. https://huggingface.co/papers/2501.01234
   6. https://huggingface.co/papers/2501.01234#community
   7. https://huggingface.co/jdoe
   8. https://huggingface.co/login
   9. https://huggingface.co/papers/2501.04321
  10. https://huggingface.co/papers/2501.04321#community
  11. https://huggingface.co/asmith
"""

HF_PAPER_PAGE = """\
---
url: https://huggingface.co/papers/2412.12345
---
* [Models](/models)
* [Datasets](/datasets)

arxiv:2412.12345

# Learning to Reason With Sparse Rewards

Published on Dec 28, 2024

·

Submitted by [jdoe](/jdoe) on Dec 30, 2024

Upvote 149

Authors:

[Alice Smith](/alice), [Bob Jones](/bob), Carol White

## Abstract

We study how language models can learn to reason when the rewards are sparse and delayed. We \
propose a new method that shapes rewards from intermediate steps. Experiments on math benchmarks \
show large gains over strong baselines across model sizes.

[View arXiv page](https://arxiv.org/abs/2412.12345) [View PDF](https://arxiv.org/pdf/2412.12345)
"""

ARXIV_LIST_TEXT_BROWSER = """\
   [1]Skip to main content

New submissions for Fri, 5 Jan 24 (showing 2 of 2 entries )

   [1] [2]arXiv:2401.01234 [[3]pdf, [4]html, [5]other]
          Title: Sparse Attention for Long Documents
          Authors: [6]Alice Smith, [7]Bob Jones
          Comments: 12 pages, 3 figures
          Subjects: Computation and Language (cs.CL); Machine Learning (cs.LG)

   We propose a sparse attention method that scales to long documents. It
   uses local windows and a few global tokens. Experiments on three
   benchmarks show gains over dense attention at a fraction of the cost.

   [2] [8]arXiv:2401.05678 [[9]pdf, [10]other]
          Title: A Survey of Retrieval-Augmented Generation
          Authors: [11]Carol White, [12]Dan Brown
          Subjects: Computation and Language (cs.CL)

References

   1. https://arxiv.org/list/cs.CL/new#content
   2. https://arxiv.org/abs/2401.01234
   3. https://arxiv.org/pdf/2401.01234
   4. https://arxiv.org/html/2401.01234v1
   5. https://arxiv.org/format/2401.01234
   6. https://arxiv.org/a/smith_a_1
   7. https://arxiv.org/a/jones_b_1
   8. https://arxiv.org/abs/2401.05678
   9. https://arxiv.org/pdf/2401.05678
  10. https://arxiv.org/format/2401.05678
  11. https://arxiv.org/a/white_c_1
  12. https://arxiv.org/a/brown_d_1
"""

ARXIV_LIST_CLIPPED_NO_AUTHOR_LABEL = """\
[\\[1\\]](#item1) [arXiv:2401.01234](https://arxiv.org/abs/2401.01234) \
[[pdf](https://arxiv.org/pdf/2401.01234), [other](https://arxiv.org/format/2401.01234)]

Title: Sparse Attention for Long Documents

[Alice Smith](https://arxiv.org/a/smith_a_1), [Bob Jones](https://arxiv.org/a/jones_b_1)

Subjects: Computation and Language (cs.CL)
"""

ARXIV_ABS_TEXT = """\
Computer Science > Computation and Language
arXiv:1706.03762 (cs)
[Submitted on 12 Jun 2017 (v1), last revised 2 Aug 2023 (this version, v7)]
Title:Attention Is All You Need
Authors:Ashish Vaswani, Noam Shazeer, Niki Parmar
View PDF HTML (experimental)
Abstract:The dominant sequence transduction models are based on complex recurrent or \
convolutional neural networks in an encoder-decoder configuration.
Comments:	15 pages, 5 figures
Subjects:	Computation and Language (cs.CL); Machine Learning (cs.LG)
Cite as:	arXiv:1706.03762 [cs.CL]
"""


def titles(text: str, name: str = "paste.md") -> list[str]:
    return [record.title for record in read_listing(text, name).records]


def test_a_clipped_hugging_face_daily_list_with_reference_links_gives_its_papers_only() -> None:
    preview = read_listing(HF_DAILY_REFERENCE_LINKS, "daily.md")
    assert [(r.title, r.arxiv_id) for r in preview.records] == [
        ("Scaling Test-Time Compute for Language Agents", "2501.01234"),
        ("Another Paper About Vision Transformers", "2501.04321"),
    ]
    # not the plain-text seed layouts' reading, which takes every line for a title
    assert "hf-papers" not in preview.layout and "hf-daily" not in preview.layout


def test_a_text_browser_dump_of_a_daily_list_keeps_links_and_drops_menus() -> None:
    preview = read_listing(HF_DAILY_TEXT_BROWSER, "daily.txt")
    assert [(r.title, r.arxiv_id) for r in preview.records] == [
        ("Scaling Test-Time Compute for Language Agents", "2501.01234"),
        ("Another Paper About Vision Transformers", "2501.04321"),
    ]
    assert "https://huggingface.co/papers/2501.01234" in preview.records[0].urls


def test_text_browser_markers_become_links_and_the_page_numbers_stay_text() -> None:
    text = "[1] [2]arXiv:2401.01234 [[3]pdf]\n\nReferences\n\n   2. https://a.org/x\n   3. https://a.org/y\n"
    resolved = resolve_references(text)
    assert resolved.startswith(
        "[1] [arXiv:2401.01234](<https://a.org/x>) [[pdf](<https://a.org/y>)]"
    )
    assert "https://a.org/x" not in resolved.split("\n", 1)[1]  # the list of targets is blanked
    assert resolved.count("\n") == text.count("\n")


def test_a_references_section_of_a_paper_is_not_a_dump_list() -> None:
    text = "Some notes [1]here.\n\nReferences\n\n1. A. Author. A paper title. 2020.\n"
    assert resolve_references(text) == text


def test_a_hugging_face_paper_page_gives_its_date_authors_and_abstract() -> None:
    (record,) = read_listing(HF_PAPER_PAGE, "paper.md").records
    assert record.title == "Learning to Reason With Sparse Rewards"
    assert record.arxiv_id == "2412.12345"
    assert record.date == "2024-12-28"
    assert record.authors == ["Alice Smith", "Bob Jones", "Carol White"]
    assert record.abstract.startswith("We study how language models")


def test_an_arxiv_list_page_dumped_by_a_text_browser_is_read_by_the_arxiv_reader() -> None:
    preview = read_listing(ARXIV_LIST_TEXT_BROWSER, "list.txt")
    assert preview.layout == "arxiv-paste"
    first, second = preview.records
    assert (first.title, first.arxiv_id) == ("Sparse Attention for Long Documents", "2401.01234")
    assert first.authors == ["Alice Smith", "Bob Jones"]
    assert first.abstract.startswith("We propose a sparse attention method")
    assert (second.title, second.arxiv_id) == (
        "A Survey of Retrieval-Augmented Generation",
        "2401.05678",
    )


def test_names_linked_to_arxiv_author_pages_are_the_authors_without_a_label() -> None:
    (record,) = read_listing(ARXIV_LIST_CLIPPED_NO_AUTHOR_LABEL, "list.md").records
    assert record.authors == ["Alice Smith", "Bob Jones"]


def test_an_arxiv_abstract_page_gives_its_submission_date() -> None:
    (record,) = read_listing(ARXIV_ABS_TEXT, "abs.txt").records
    assert (record.title, record.arxiv_id) == ("Attention Is All You Need", "1706.03762")
    assert record.date == "2017-06-12"


def test_menus_buttons_and_in_page_jumps_are_no_papers() -> None:
    text = (
        "* [Hugging Face](https://huggingface.co/)\n* [Models](https://huggingface.co/models)\n\n"
        "by [AK and the research community](https://huggingface.co/akhaliq)\n\n"
        "[New submissions for Fri, 5 Jan 24](https://arxiv.org/list/cs.CL/new#item1)\n\n"
        "### [A Real Paper About Graph Networks](https://huggingface.co/papers/2501.00001)\n\n"
        "[View arXiv page](https://arxiv.org/abs/2501.00001)\n"
    )
    assert titles(text) == ["A Real Paper About Graph Networks"]


SCHOLAR_TEXT = """\
About 1,230 results (0.05 sec)

[PDF] arxiv.org
Deep residual learning for image recognition
K He, X Zhang, S Ren, J Sun - Proceedings of the IEEE conference on …, 2016 - openaccess.thecvf.com
Deeper neural networks are more difficult to train. We present a residual learning framework …
Save Cite Cited by 250000 Related articles All 76 versions

[BOOK] Pattern recognition and machine learning
CM Bishop, NM Nasrabadi - 2006 - Springer
Save Cite Cited by 80000
"""

SCHOLAR_TEXT_BROWSER = """\
   [1]Google Scholar

   [2][PDF] arxiv.org
   [3]Deep residual learning for image recognition
   K He, X Zhang, S Ren, J Sun - Proceedings of the IEEE conference on …,
   2016 - openaccess.thecvf.com
   Save Cite [4]Cited by 250000 [5]Related articles

   [6]Generative adversarial networks: a survey of methods
   I Goodfellow, J Pouget-Abadie, M Mirza… - Communications of the ACM,
   2020 - dl.acm.org

References

   1. https://scholar.google.com/
   2. https://arxiv.org/pdf/1512.03385
   3. https://openaccess.thecvf.com/content_cvpr_2016/html/He_Deep_Residual_Learning.html
   4. https://scholar.google.com/scholar?cites=1
   5. https://scholar.google.com/scholar?q=related:1
   6. https://dl.acm.org/doi/10.1145/3422622
"""


def test_scholar_bylines_ending_with_a_publisher_or_without_a_venue_are_read() -> None:
    preview = read_listing(SCHOLAR_TEXT, "scholar.txt")
    assert preview.layout == "scholar"
    assert [(r.title, r.authors, r.date_text) for r in preview.records] == [
        (
            "Deep residual learning for image recognition",
            ["K He", "X Zhang", "S Ren", "J Sun"],
            "2016",
        ),
        ("Pattern recognition and machine learning", ["CM Bishop", "NM Nasrabadi"], "2006"),
    ]


def test_scholar_in_a_text_browser_keeps_wrapped_bylines_and_the_pdf_link() -> None:
    first, second = read_listing(SCHOLAR_TEXT_BROWSER, "scholar.txt").records
    assert first.arxiv_id == "1512.03385"  # from the `[PDF] arxiv.org` link above the title
    assert second.title == "Generative adversarial networks: a survey of methods"
    assert second.authors == ["I Goodfellow", "J Pouget-Abadie", "M Mirza"]
    assert (second.date_text, second.doi) == ("2020", "10.1145/3422622")


def test_scholar_link_rows_and_host_badges_are_no_papers() -> None:
    text = (
        "[\\[PDF\\] arxiv.org](https://arxiv.org/pdf/1512.03385)\n\n"
        "Save Cite [Cited by 80000](https://scholar.google.com/scholar?cites=2)\n\n"
        "[All 6 versions](https://scholar.google.com/scholar?cluster=2)\n"
    )
    with pytest.raises(ImportFailed):
        read_listing(text, "links.md")


# --- rules found on the corpus's own excerpts (tests/data/listings) ------------------------------

LISTINGS = Path(__file__).resolve().parent.parent / "data" / "listings"


def corpus(prefix: str) -> tuple[list[PaperRecord], list[dict[str, Any]]]:
    (path,) = [p for p in LISTINGS.glob(f"{prefix}_*") if ".expected." not in p.name]
    expected = json.loads(
        path.with_name(path.name.rsplit(".", 1)[0] + ".expected.json").read_text()
    )
    return read_listing(path.read_text(encoding="utf-8"), path.name).records, expected


def test_labels_running_on_in_one_line_are_split_and_the_title_is_above_them() -> None:
    # `【1】 Title title : translation` / `author :A,B organization : … link :https://…`
    records, expected = corpus("005")
    assert [(r.title, r.authors, r.arxiv_id) for r in records] == [
        (p["title"], p["authors"], p["arxiv_id"]) for p in expected
    ]


def test_a_newsletter_heading_takes_the_one_paper_link_its_section_ends_with() -> None:
    records, expected = corpus("040")
    assert [(r.title, r.arxiv_id) for r in records] == [
        (p["title"], p["arxiv_id"]) for p in expected
    ]


def test_inline_html_links_in_markdown_lists_are_links() -> None:
    records, expected = corpus("020")
    assert [(r.title, r.arxiv_id) for r in records] == [
        (p["title"], p["arxiv_id"]) for p in expected
    ]


def test_an_arxiv_id_under_a_names_line_closes_that_citation_and_opens_none() -> None:
    records, expected = corpus("010")
    assert [(r.title, r.authors, r.arxiv_id) for r in records] == [
        (p["title"], p["authors"], p["arxiv_id"]) for p in expected
    ]


def test_a_details_toggle_label_is_not_part_of_the_abstract() -> None:
    records, _expected = corpus("030")
    assert all(r.abstract.startswith("We ") for r in records)


def test_a_title_that_opens_with_a_quotation_keeps_its_quotes() -> None:
    records, expected = corpus("035")
    titles = {p["title"] for p in expected}
    assert (
        '"Mistakes Help Us Grow": Facilitating and Evaluating Growth Mindset Supportive Language'
        " in Classrooms" in {r.title for r in records} & titles
    )


def test_an_arxiv_search_page_followed_by_a_hugging_face_list_gives_both() -> None:
    seed = (Path(__file__).resolve().parents[2] / "seeds" / "003_b8832e2ac9d70d9f.txt").read_text()
    lines = seed.split("\n")
    last = max(i for i, line in enumerate(lines) if "originally announced" in line)
    search = "\n".join(lines[: last + 1])
    daily = (
        "Daily Papers\nby AK and the research community\nSubmitted by\njdoe\n"
        "Scaling Test-Time Compute for Language Agents\n4 authors\n·\nPublished on Jan 2, 2025\n"
        "Upvote\n149\n"
    )
    alone = read_listing(search, "search.txt").records
    preview = read_listing(f"{search}\n\n{daily}", "both.txt")
    assert preview.layout == "arxiv-search+hf-paste"
    assert [r.title for r in preview.records] == [
        *(r.title for r in alone),
        "Scaling Test-Time Compute for Language Agents",
    ]
    assert preview.records[-1].date == "2025-01-02"


def test_authors_not_shown_after_et_al_leave_the_names_shown() -> None:
    text = (
        "arXiv:2401.00001  [pdf]  cs.LG\nA Second Paper on Learning Rates\n"
        "Authors: Carol Third, et al. (31 additional authors not shown)\n"
        "Abstract: Learning rates matter. We study them at length … ▽ More\n"
        "Submitted 1 January, 2024; originally announced January 2024.\n"
    )
    (record,) = read_listing(text, "search.txt").records
    assert record.authors == ["Carol Third"]
    assert record.authors_truncated


@pytest.mark.parametrize(
    ("header", "column"),
    [
        ("Paper Title", "title"),
        ("**Title & Authors**", "title"),
        ("First Author", "authors"),
        ("Pub. Date", "date"),
        ("TL;DR", "abstract"),
        ("论文名称", "title"),
        ("Code Link", None),
        ("Paper ID", None),
    ],
)
def test_table_headers_people_write_name_their_column(header: str, column: str | None) -> None:
    assert tables._column(header) == column


def test_a_table_under_a_loose_header_gives_its_papers() -> None:
    text = (
        "| Pub. Date | Paper Title | First Author | Code Link |\n|---|---|---|---|\n"
        "| 2024-01-02 | [Sparse Attention for Long Documents](https://arxiv.org/abs/2401.01234) "
        "| Alice Smith | [code](https://github.com/a/b) |\n"
    )
    (record,) = read_listing(text, "table.md").records
    assert (record.title, record.authors, record.date, record.arxiv_id) == (
        "Sparse Attention for Long Documents",
        ["Alice Smith"],
        "2024-01-02",
        "2401.01234",
    )


HF_PAPER_PAGE_TEXT = """\
Papers
arxiv:2412.12345
Learning to Reason With Sparse Rewards
Published on Dec 28, 2024
·
Submitted by
jdoe
on Dec 30, 2024
Upvote
149
Authors:
Alice Smith
,
Bob Jones
,
Carol White
Abstract
We study how language models can learn to reason when the rewards are sparse and delayed. We \
propose a new method that shapes rewards from intermediate steps.
View arXiv page
View PDF
Add to collection
Community
"""

LABELLED_WITH_REMARKS = """\
### 1. Sparse Attention for Long Documents

**Authors:** Alice Smith, Bob Jones

**Published:** 2024-01-02

[arXiv](https://arxiv.org/abs/2401.01234) · [PDF](https://arxiv.org/pdf/2401.01234)

<details><summary>Abstract</summary>

We propose a sparse attention method that scales to long documents.

</details>

My remark: this one is worth a second read.

### 2. A Survey of Retrieval-Augmented Generation

**Authors:** Carol White, Dan Brown
"""


def test_a_hugging_face_paper_page_copied_as_text_keeps_authors_apart_from_the_buttons() -> None:
    (record,) = read_listing(HF_PAPER_PAGE_TEXT, "paper.txt").records
    assert record.authors == ["Alice Smith", "Bob Jones", "Carol White"]
    assert record.date == "2024-12-28"
    assert record.abstract.endswith("shapes rewards from intermediate steps.")


def test_a_remark_under_a_labelled_abstract_is_not_part_of_it() -> None:
    first, second = read_listing(LABELLED_WITH_REMARKS, "notes.md").records
    assert first.abstract == "We propose a sparse attention method that scales to long documents."
    assert (first.date, first.arxiv_id) == ("2024-01-02", "2401.01234")
    assert second.authors == ["Carol White", "Dan Brown"]


NEWSLETTER = """\
## Research highlights

### 1. Sparse Attention for Long Documents
The authors show that sparse attention scales to long documents with little loss.
- [Paper](https://arxiv.org/abs/2401.01234)
- [Code](https://github.com/a/b)

## Other news

- OpenAI released a new model ([blog](https://openai.com/blog/x)).
- **Diffusion Models Beat GANs on Image Synthesis** ([arXiv](https://arxiv.org/abs/2105.05233)) \
by Prafulla Dhariwal, Alex Nichol
- [Scaling Laws for Neural Language Models](https://arxiv.org/abs/2001.08361) — Kaplan et al., 2020
"""


def test_a_newsletter_gives_each_paper_with_the_names_after_its_title() -> None:
    records = read_listing(NEWSLETTER, "news.md").records
    assert [(r.title, r.authors, r.arxiv_id) for r in records] == [
        ("Sparse Attention for Long Documents", [], "2401.01234"),
        (
            "Diffusion Models Beat GANs on Image Synthesis",
            ["Prafulla Dhariwal", "Alex Nichol"],
            "2105.05233",
        ),
        ("Scaling Laws for Neural Language Models", ["Kaplan"], "2001.08361"),
    ]
    assert records[2].authors_truncated


def test_names_parted_by_affiliation_marks_alone_are_split() -> None:
    records, expected = corpus("045")
    assert [(r.title, r.authors, r.date) for r in records] == [
        (p["title"], p["authors"], p["date"]) for p in expected
    ]


def test_a_bilingual_digest_gives_the_papers_own_title_abstract_and_a_cjk_date_as_iso() -> None:
    records, expected = corpus("025")
    assert [(r.title, r.date, r.arxiv_id, r.abstract) for r in records] == [
        (p["title"], p["date"], p["arxiv_id"], p["abstract"]) for p in expected
    ]


def test_a_profile_page_pasted_twice_gives_each_paper_once_and_says_so() -> None:
    seed = (Path(__file__).resolve().parents[2] / "seeds" / "000_486638357203a86b.txt").read_text()
    once = read_listing(seed, "profile.txt")
    twice = read_listing(f"{seed}\n\n{seed}", "profile.txt")
    assert [(r.title, r.abstract) for r in twice.records] == [
        (r.title, r.abstract) for r in once.records
    ]
    assert any("pasted twice" in w.message for w in twice.warnings)


NOTES_AROUND_PAPERS = """\
Here's the paper I mentioned yesterday:

DOI: 10.1145/3422622
Generative Adversarial Networks
Ian Goodfellow, Jean Pouget-Abadie, Mehdi Mirza
Communications of the ACM, November 2020
Abstract
Generative adversarial networks are a kind of artificial intelligence algorithm designed to solve \
the generative modeling problem. The goal of a generative model is to study a collection of \
training examples and learn the probability distribution that generated them.

Let me know what you think!

## Also worth reading

Attention Is All You Need
Ashish Vaswani, Noam Shazeer, Niki Parmar
arXiv:1706.03762
12 Jun 2017
"""


def test_notes_around_papers_never_join_a_title_and_a_doi_above_a_title_is_its_own() -> None:
    first, second = read_listing(NOTES_AROUND_PAPERS, "notes.md").records
    assert (first.title, first.doi, first.date_text) == (
        "Generative Adversarial Networks",
        "10.1145/3422622",
        "November 2020",
    )
    assert first.authors == ["Ian Goodfellow", "Jean Pouget-Abadie", "Mehdi Mirza"]
    assert (second.title, second.arxiv_id, second.date) == (
        "Attention Is All You Need",
        "1706.03762",
        "2017-06-12",
    )


HEADING_NOTES = """\
# Papers I read in January

## [Sparse Attention for Long Documents](https://arxiv.org/abs/2401.01234)
*Alice Smith, Bob Jones* · 2 Jan 2024

We propose a sparse attention method that scales to long documents. It uses local windows and a
few global tokens, and it trains in a day. Experiments on three benchmarks show gains.

## A Survey of Retrieval-Augmented Generation
Carol White, Dan Brown — January 5, 2024 — [arXiv](https://arxiv.org/abs/2401.05678)

My take: useful overview.
"""


def test_heading_notes_give_names_date_and_a_wrapped_abstract_but_not_remarks() -> None:
    first, second = read_listing(HEADING_NOTES, "notes.md").records
    assert (first.authors, first.date) == (["Alice Smith", "Bob Jones"], "2024-01-02")
    assert first.abstract.startswith("We propose") and first.abstract.endswith("show gains.")
    assert (second.title, second.arxiv_id) == (
        "A Survey of Retrieval-Augmented Generation",
        "2401.05678",
    )
    assert (second.authors, second.date, second.abstract) == (
        ["Carol White", "Dan Brown"],
        "2024-01-05",
        "",
    )


def test_scholar_bylines_with_name_particles_are_read() -> None:
    from papershelf.importers.paste.scholar import BYLINE

    match = BYLINE.match("M van der Berg, J Smith - Nature, 2020 - nature.com")
    assert match is not None and match["authors"] == "M van der Berg, J Smith"


SCHOLAR_PROFILE = """\
Kaiming He
Research Scientist
TITLE\tCITED BY\tYEAR
Deep residual learning for image recognition
K He, X Zhang, S Ren, J Sun
Proceedings of the IEEE conference on computer vision and pattern recognition, 770-778\t250000\t2016
Mask R-CNN
K He, G Gkioxari, P Dollár, R Girshick
Proceedings of the IEEE international conference on computer vision, 2961-2969\t40000\t2017
"""


def test_a_scholar_profile_gives_title_authors_and_year_of_each_row() -> None:
    preview = read_listing(SCHOLAR_PROFILE, "profile.txt")
    assert preview.layout == "scholar"
    assert [(r.title, r.authors, r.date_text) for r in preview.records] == [
        (
            "Deep residual learning for image recognition",
            ["K He", "X Zhang", "S Ren", "J Sun"],
            "2016",
        ),
        ("Mask R-CNN", ["K He", "G Gkioxari", "P Dollár", "R Girshick"], "2017"),
    ]


FACTS_TABLES = """\
## [Sparse Attention for Long Documents](https://arxiv.org/abs/2401.01234)

| Published | Authors | Category |
|---|---|---|
| 2024-01-02 | Alice Smith, Bob Jones | cs.CL |

### Abstract
We propose a sparse attention method that scales to long documents. It uses local windows and a
few global tokens, and it trains in a day on one machine.

## [A Survey of Retrieval-Augmented Generation](https://arxiv.org/abs/2401.05678)

| Published | Authors | Category |
|---|---|---|
| 2024-01-05 | Carol White, Dan Brown | cs.CL |
"""

TITLE_CELL_WITH_NAMES = """\
| Date | Paper | Venue | Code |
|:---:|---|---|---|
| 2024-01 | [Sparse Attention for Long Documents](https://arxiv.org/abs/2401.01234)<br>Alice Smith, \
Bob Jones | ICLR 2024 | [GitHub](https://github.com/a/b) |
"""


def test_a_heading_over_a_table_of_its_facts_is_one_paper() -> None:
    preview = read_listing(FACTS_TABLES, "digest.md")
    assert preview.layout == "table"
    first, second = preview.records
    assert (first.title, first.authors, first.date, first.arxiv_id) == (
        "Sparse Attention for Long Documents",
        ["Alice Smith", "Bob Jones"],
        "2024-01-02",
        "2401.01234",
    )
    assert first.abstract.startswith("We propose") and first.abstract.endswith("one machine.")
    assert (second.authors, second.date) == (["Carol White", "Dan Brown"], "2024-01-05")


def test_names_under_the_title_in_its_cell_are_the_authors() -> None:
    (record,) = read_listing(TITLE_CELL_WITH_NAMES, "table.md").records
    assert (record.title, record.authors) == (
        "Sparse Attention for Long Documents",
        ["Alice Smith", "Bob Jones"],
    )


ARXIV_ABS_COPIED = """\
Skip to main content
arxiv logo > cs > arXiv:1706.03762
Computer Science > Computation and Language
[Submitted on 12 Jun 2017 (v1), last revised 2 Aug 2023 (this version, v7)]
Attention Is All You Need
Ashish Vaswani, Noam Shazeer, Niki Parmar, Aidan N. Gomez
View PDF HTML (experimental)
Abstract:The dominant sequence transduction models are based on complex recurrent or \
convolutional neural networks in an encoder-decoder configuration.
Comments:\t15 pages, 5 figures
Subjects:\tComputation and Language (cs.CL); Machine Learning (cs.LG)
Cite as:\tarXiv:1706.03762 [cs.CL]
 \t(or arXiv:1706.03762v7 [cs.CL] for this version)

https://doi.org/10.48550/arXiv.1706.03762
Submission history
From: Llion Jones [view email]
[v1] Mon, 12 Jun 2017 17:57:34 UTC (1,102 KB)
"""


def test_an_arxiv_abstract_page_copied_without_title_and_author_labels() -> None:
    preview = read_listing(ARXIV_ABS_COPIED, "abs.txt")
    (record,) = preview.records
    assert preview.layout == "arxiv-abs"
    assert (record.title, record.arxiv_id, record.date) == (
        "Attention Is All You Need",
        "1706.03762",
        "2017-06-12",
    )
    assert record.authors == ["Ashish Vaswani", "Noam Shazeer", "Niki Parmar", "Aidan N. Gomez"]
    assert record.abstract.startswith("The dominant") and record.abstract.endswith("configuration.")
    assert (record.doi, record.comments) == ("10.48550/arXiv.1706.03762", "15 pages, 5 figures")


def test_title_labels_one_after_another_each_open_a_paper_and_a_paper_url_is_a_link() -> None:
    text = (
        "**Title:** Sparse Attention for Long Documents\n**Authors:** Alice Smith, Bob Jones\n"
        "**Paper:** https://arxiv.org/abs/2401.01234\n\n"
        "**Title:** A Survey of Retrieval-Augmented Generation\n**Authors:** Carol White, Dan Brown\n"
        "**Paper:** https://arxiv.org/abs/2401.05678\n"
    )
    records = read_listing(text, "list.md").records
    assert [(r.title, r.authors, r.arxiv_id) for r in records] == [
        ("Sparse Attention for Long Documents", ["Alice Smith", "Bob Jones"], "2401.01234"),
        ("A Survey of Retrieval-Augmented Generation", ["Carol White", "Dan Brown"], "2401.05678"),
    ]


def test_newsletter_items_give_the_names_under_or_after_the_title_and_a_full_date() -> None:
    text = (
        "1. **[Sparse Attention for Long Documents](https://huggingface.co/papers/2401.01234)**"
        " (👍 42)\n   *Alice Smith, Bob Jones*\n   > Sparse attention scales to long documents.\n\n"
        "**A Survey of Retrieval-Augmented Generation** — Carol White, Dan Brown (Jan 5, 2024)\n"
        "A broad survey of RAG systems. [arXiv](https://arxiv.org/abs/2401.05678)\n"
    )
    first, second = read_listing(text, "news.md").records
    assert (first.title, first.authors) == (
        "Sparse Attention for Long Documents",
        ["Alice Smith", "Bob Jones"],
    )
    assert (second.authors, second.date, second.arxiv_id) == (
        ["Carol White", "Dan Brown"],
        "2024-01-05",
        "2401.05678",
    )


def test_a_pasted_bibliography_gives_one_paper_an_entry() -> None:
    text = (
        "References\n\n"
        "[1] A. Smith and B. Jones. Sparse attention for long documents. In Proceedings of ICLR, 2024.\n"
        "[2] C. White, D. Brown, and E. Green. A survey of retrieval-augmented generation. arXiv "
        "preprint arXiv:2401.05678, 2024.\n"
        "[3] Vaswani, A., Shazeer, N., Parmar, N. (2017). Attention is all you need. Advances in "
        "Neural Information Processing Systems, 30.\n"
    )
    records = read_listing(text, "refs.txt").records
    assert [(r.title, r.authors, r.date_text) for r in records] == [
        ("Sparse attention for long documents", ["A. Smith", "B. Jones"], "2024"),
        (
            "A survey of retrieval-augmented generation",
            ["C. White", "D. Brown", "E. Green"],
            "2024",
        ),
        ("Attention is all you need", ["Vaswani, A.", "Shazeer, N.", "Parmar, N."], "2017"),
    ]
    assert records[1].arxiv_id == "2401.05678"


@pytest.mark.parametrize(
    "printed",
    [
        "Alice Smith (MIT), Bob Jones (Stanford University)",
        "Alice Smith · Bob Jones",
        "Alice Smith | Bob Jones",
        "Alice Smith¹, Bob Jones²",
        "Alice Smith∗ Bob Jones†",
        "Alice Smith 1 , Bob Jones 2",
    ],
)
def test_author_lines_as_paper_pages_print_them(printed: str) -> None:
    from papershelf.importers.paste.names import looks_like_names, split_names

    assert looks_like_names(printed)
    assert split_names(printed)[0] == ["Alice Smith", "Bob Jones"]
