"""Shapes the ninth corpus (tests/data/listings-holdout7) showed lost, each with made-up text in
the shape real pastes use: notes that cite `arXiv:id — Title` with the names, the place and the
year-month in brackets after it; ..."""

from __future__ import annotations

from papershelf.core.dates import parse_date
from papershelf.importers.paste.names import split_names
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
        ([], "2024-02"),  # its arXiv id's month
        (["Quist"], "2023"),
        ([], "2024"),
    ]


def test_a_heading_over_identifier_dash_title_items_is_no_card_of_links() -> None:
    text = "### Related work\n\n" + ID_DASH_TITLE.split("\n\n", 1)[1]
    records = read_listing(text, "notes.md").records
    assert [r.title for r in records][:2] == ["Why Routers Stall", "ReLoRA"]


ID_ADDRESS_BLOCKS = """## Related work

See also the original papers:

arXiv:1901.00101 (https://arxiv.org/abs/1901.00101)
On the Mixing of Sparse Chains
Ada B. Quist, Ben Okafor, Cleo R. Lind
Comments: Journal version of Quist et al. [arXiv:1801.00999, CDC 2018]
Journal-ref: Automatica, Volume 99, March 2020

arXiv:2102.00202 (https://arxiv.org/abs/2102.00202)
Fair Queues in Shared Fleets
Ben Okafor, Dana Ruiz
"""


def test_identifier_with_its_address_opens_an_entry_of_title_names_and_journal_ref() -> None:
    records = read_listing(ID_ADDRESS_BLOCKS, "README.md").records
    assert [(r.title, r.authors, r.arxiv_id, r.date) for r in records] == [
        ("On the Mixing of Sparse Chains", ["Ada B. Quist", "Ben Okafor", "Cleo R. Lind"],
         "1901.00101", "2020"),
        ("Fair Queues in Shared Fleets", ["Ben Okafor", "Dana Ruiz"], "2102.00202", "2021-02"),
    ]  # fmt: skip


def test_identifier_with_its_address_under_names_of_its_paragraph_closes_that_citation() -> None:
    text = (
        "## Reading\n\nSparse Chains Mix Fast\nAda B. Quist, Ben Okafor\n"
        "arXiv:1901.00101 (https://arxiv.org/abs/1901.00101)\n\n"
        "Fair Queues in Shared Fleets\nBen Okafor, Dana Ruiz\n"
        "arXiv:2102.00202 (https://arxiv.org/abs/2102.00202)\n"
    )
    records = read_listing(text, "README.md").records
    assert [(r.title, r.arxiv_id) for r in records] == [
        ("Sparse Chains Mix Fast", "1901.00101"),
        ("Fair Queues in Shared Fleets", "2102.00202"),
    ]


# A Hugging Face paper page fetched as text (a research agent's note keeps it): one element per
# paragraph, a `Copy markdown` button over the title, the title wrapped at seventy columns.
FETCHED_PAPER_PAGE = """# Note 7: Paper page - Sparse Routers for Tiny Models

URL: https://huggingface.co/papers/2501.00011

Year: unknown

## Fetched Snapshot

Log In

Sign Up

Papers

arxiv:2501.00011

Copy markdown

Sparse Routers for Tiny Models: a benchmark of routing under tight memory

budgets

Published on Jan 5, 2025

Upvote  3

Authors:

Ada Quist

,

Ben Okafor

Abstract

Routers for tiny models fail under memory budgets, a benchmark shows.

AI-generated summary

Mixture models route tokens to experts, but tiny devices cannot hold many experts.
We measure twelve routers under tight memory budgets and find that most collapse.

View arXiv page

View PDF

Add to collection
"""


def test_a_fetched_paper_page_reads_past_its_copy_button_and_joins_its_wrapped_title() -> None:
    (record,) = read_listing(FETCHED_PAPER_PAGE, "note.md").records
    assert (record.title, record.authors, record.arxiv_id, record.date) == (
        "Sparse Routers for Tiny Models: a benchmark of routing under tight memory budgets",
        ["Ada Quist", "Ben Okafor"],
        "2501.00011",
        "2025-01-05",
    )
    assert record.abstract.startswith("Mixture models route tokens") and "View" not in (
        record.abstract
    )


def test_the_address_a_note_names_over_a_fetched_page_is_the_pages() -> None:
    head = (
        "# E7: Paper page - Sparse Routers for Tiny ...\n\n"
        "URL: https://huggingface.co/papers/2501.00011\n\nSource: web_search\n\n"
        "Year: unknown\n\nAccessed: 2026-06-02T05:45:17Z\n\n## Abstract Or Metadata\n\n"
        "Join the discussion on this paper page Sparse Routers for Tiny Models\n\n"
    )
    text = head + FETCHED_PAPER_PAGE.split("## Fetched Snapshot", 1)[1]
    (record,) = read_listing(text, "note.md").records
    assert "https://huggingface.co/papers/2501.00011" in record.urls


# The same page copied as plain text by another tool: the breadcrumb glued to the identifier,
# `Generated by …` over the abstract, the comments under it and the Librarian Bot's papers.
COPIED_PAPER_PAGE = """Papers arxiv:2502.00022
Copy markdown
Fair Queues in Shared Fleets
Published on Feb 3, 2025
Upvote 4
Authors: Ben Okafor ,
Dana Ruiz ,
Eli Park
Abstract
Queues in shared fleets are fairer with a simple rule, the summary says.
Generated by Some-Org/Some-Model-7B
Shared fleets serve riders from one queue. We show that a simple rule keeps waiting times
fair across neighbourhoods and prove that it costs little.
View arXiv page View PDF Add to collection
Community
some-user
Feb 4, 2025
Great work! Is the code online?
librarian-bot
Feb 5, 2025
This is an automated message from the Librarian Bot . I found the following papers similar to this paper.
The following papers were recommended by the Semantic Scholar API
Queueing for Ride Pools: A Study (2024)
- Fairness in Dispatch at City Scale (2025)
Please give a thumbs up to this comment if you found it helpful!
"""


def test_a_copied_paper_page_ends_its_abstract_at_the_buttons_and_skips_its_comments() -> None:
    record = read_listing(COPIED_PAPER_PAGE, "page.txt").records[0]
    assert (record.title, record.authors, record.arxiv_id) == (
        "Fair Queues in Shared Fleets",
        ["Ben Okafor", "Dana Ruiz", "Eli Park"],
        "2502.00022",
    )
    assert record.abstract == (
        "Shared fleets serve riders from one queue. We show that a simple rule keeps waiting "
        "times fair across neighbourhoods and prove that it costs little."
    )


def test_the_papers_a_librarian_bot_recommends_are_papers_with_their_years() -> None:
    records = read_listing(COPIED_PAPER_PAGE, "page.txt").records
    assert [(r.title, r.date) for r in records[1:]] == [
        ("Queueing for Ride Pools: A Study", "2024"),
        ("Fairness in Dispatch at City Scale", "2025"),
    ]


TAGGED_REFERENCES = """## References
- [[PAPER]](https://arxiv.org/abs/1703.00303) Sparse Lattices : Tiny Models via Pruned Grids, CVPR 2018
- [[PAPER]](https://arxiv.org/abs/1703.00303) Warm Starts for Federated Tuning, NeurIPS 2016
- [[BLOG]](https://blog.example.org/lattices/) Sparse lattices explained
- [[GITHUB]](https://github.com/example/lattices) Sparse lattices in PyTorch
"""


def test_the_title_after_a_paper_tag_link_is_the_papers_and_blog_or_code_tags_are_none() -> None:
    records = read_listing(TAGGED_REFERENCES, "post.md").records
    assert [(r.title, r.date) for r in records] == [
        ("Sparse Lattices : Tiny Models via Pruned Grids", "2018"),
        ("Warm Starts for Federated Tuning", "2016"),
    ]


def test_two_titles_of_other_words_and_years_under_one_arxiv_id_are_two_papers() -> None:
    records = read_listing(TAGGED_REFERENCES, "post.md").records
    assert [r.arxiv_id for r in records] == ["1703.00303", "1703.00303"]


def test_a_row_of_tag_links_is_no_title() -> None:
    entry = (
        "{title}.\n\nICML, 2023.\n\nAda Quist, Ben Okafor\n\n"
        "[[paper]](https://arxiv.org/abs/{id}) [[project page]](https://example.org/{id}/)"
        " [[code]](https://github.com/example/{id})\n\n---\n\n"
    )
    text = entry.format(title="Sparse Lattices for Tiny Models", id="2301.00001") + entry.format(
        title="Warm Starts for Federated Tuning", id="2301.00002"
    )
    records = read_listing(text, "pubs.md").records
    assert [r.title for r in records] == [
        "Sparse Lattices for Tiny Models",
        "Warm Starts for Federated Tuning",
    ]


# A paper introduced in a note: a setext title, `Submitted on` with a date written year first
# with slashes, `by` and names each marked with an affiliation letter, the letters' key below.
INTRODUCED = """Sparse Lattices for Tiny Medical Images
===

Submitted on 2019/03/14
by Ada Quist a, Ben K. Okafor a, Cleo Lind b
* a. Dept. of Computing, Example College, UK
* b. Institute of Imaging, Northtown, JP

https://arxiv.org/abs/1903.00404

A paper introduction by someone

---
"""


def test_a_setext_title_submitted_on_a_slashed_date_and_lettered_names() -> None:
    (record,) = read_listing(INTRODUCED, "note.md").records
    assert (record.title, record.authors, record.date, record.arxiv_id) == (
        "Sparse Lattices for Tiny Medical Images",
        ["Ada Quist", "Ben K. Okafor", "Cleo Lind"],
        "2019-03-14",
        "1903.00404",
    )


def test_names_each_marked_with_a_letter_apart_lose_the_letters_only() -> None:
    assert split_names("Ada Quist a, Ben K. Okafor b, Cleo Lind a") == (
        ["Ada Quist", "Ben K. Okafor", "Cleo Lind"],
        False,
    )
    assert split_names("Ada y Bo, Cy Lind")[0] == ["Ada y Bo", "Cy Lind"]


def test_a_date_written_year_first_with_slashes_is_read() -> None:
    assert parse_date("2019/03/14").iso == "2019-03-14"
    assert parse_date("2019/02/30").iso is None


def _post_with_a_citation_block() -> str:
    topics = "\n\n".join(f"### Topic {n}" for n in range(1, 22))
    return (
        "## Vision\n\n<details>\n<summary>\n<strong>A. Quist et al.</strong>\n"
        '<a href="Sparse Lattices for Tiny Images"> Sparse Lattices for Tiny Images</a> (2014).\n'
        "</summary>\n</details>\n\n"
        f"{topics}\n\n## Citation\nCite as:\n\n```sh\n@article{{lind2023reading,\n"
        '  title   = "My Reading Thread.",\n  author  = "Lind, Cleo",\n  year    = "2023"\n}\n'
        "```\n\n## References\n\n"
        "[1] “Lecture 8 - reading papers,” YouTube, https://www.youtube.com/watch?v=abc "
        "(accessed May 19, 2023).\n\n"
        "[2] A. Quist, B. Okafor, and C. Lind, “Sparse lattices for tiny images,” arXiv.org, "
        "https://arxiv.org/abs/1402.00505 (accessed May 19, 2023).\n"
    )


def test_a_bibtex_entry_fenced_in_a_markdown_page_leaves_the_page_to_the_paste_readers() -> None:
    preview = read_listing(_post_with_a_citation_block(), "post.md")
    assert "bibtex" not in preview.layout
    assert "Sparse Lattices for Tiny Images" in [r.title for r in preview.records]


ONLINE_REFERENCES = (
    "## References\n\n"
    "[1] “Lecture 8 - reading papers,” YouTube, https://www.youtube.com/watch?v=abc"
    " (accessed May 19, 2023).\n\n"
    "[2] B. Okafor, “okafor/lattices: Sparse lattices course,” GitHub,"
    " https://github.com/okafor/lattices (accessed May 19, 2023).\n\n"
    "[3] A. Quist, B. Okafor, and C. Lind, “Sparse lattices for tiny images,” arXiv.org,"
    " https://arxiv.org/abs/1402.00505 (accessed May 19, 2023).\n"
)


def test_an_online_reference_to_no_papers_page_is_none_and_its_access_date_no_date() -> None:
    records = read_listing(ONLINE_REFERENCES, "post.md").records
    assert [(r.title, r.date, r.arxiv_id) for r in records] == [
        ("Sparse lattices for tiny images", "2014-02", "1402.00505")  # not the access date
    ]


def test_bold_names_et_al_before_a_linked_title_and_the_full_reference_are_one_paper() -> None:
    records = read_listing(_post_with_a_citation_block(), "post.md").records
    (paper,) = [r for r in records if "lattices" in r.title.lower()]
    assert (paper.title, paper.authors, paper.date, paper.arxiv_id) == (
        "Sparse Lattices for Tiny Images",
        ["A. Quist", "B. Okafor", "C. Lind"],
        "2014",
        "1402.00505",
    )


ACCEPTED = """## Accepted Papers

- [**Sparse Lattices for Tiny Images**](https://openreview.net/forum?id=Abc123) - *Ada Quist, Ben K. Okafor*
- [**Warm Starts for Federated Tuning**](https://openreview.net/forum?id=Def456) - *Cleo Lind*
"""


def test_italic_names_after_a_linked_bold_title_under_accepted_papers_are_its_authors() -> None:
    records = read_listing(ACCEPTED, "README.md").records
    assert [(r.title, r.authors) for r in records] == [
        ("Sparse Lattices for Tiny Images", ["Ada Quist", "Ben K. Okafor"]),
        ("Warm Starts for Federated Tuning", ["Cleo Lind"]),
    ]


# Two spaces end each title line: Markdown's line break before the names.
WORKSHOP = (
    "## Accepted Papers\n\n"
    "- **[Graph-Based Search and Plan Repair](https://example.org/papers/1.pdf)**  \n"
    "  Ada Quist, Ben K. Okafor, Cleo Lind\n\n"
    "- **[Hardness of Routing under Doubt](https://example.org/papers/2.pdf)**  \n"
    "  D. Maurice Ruiz\n\n"
    "- **[Concurrent Models for Tiny Planners](https://example.org/papers/3.pdf)**  \n"
    "  Eli van Park\n"
)


def test_a_title_that_reads_like_two_names_over_its_own_names_is_a_title() -> None:
    records = read_listing(WORKSHOP, "accepted.md").records
    assert records[0].title == "Graph-Based Search and Plan Repair"
    assert records[0].authors == ["Ada Quist", "Ben K. Okafor", "Cleo Lind"]


def test_one_persons_name_on_the_line_under_a_linked_title_is_its_author() -> None:
    records = read_listing(WORKSHOP, "accepted.md").records
    assert [r.authors for r in records[1:]] == [["D. Maurice Ruiz"], ["Eli van Park"]]


FOLDED_ABSTRACTS = """## Accepted Papers

<details>
  <summary>Ada Quist and Ben Okafor. <b>Sparse Lattices for Tiny
Images.</b></summary>
    <p>
        We study sparse lattices for tiny images. Lattices of this kind
        keep the memory of a model small while its accuracy stays close
        to that of a dense model. We prove a bound on the loss and show
        on three benchmarks that the bound is tight. The code is public,
        and so are the trained lattices for all three benchmarks.
    </p>
</details>

<details>
  <summary>Cleo Lind. <b>Warm Starts for Federated Tuning.</b></summary>
    <p>Read it.</p>
</details>
"""


def test_a_paragraph_of_sentences_folded_under_a_reference_is_its_abstract() -> None:
    records = read_listing(FOLDED_ABSTRACTS, "accepted.md").records
    assert [(r.title, r.authors) for r in records] == [
        ("Sparse Lattices for Tiny Images", ["Ada Quist", "Ben Okafor"]),
        ("Warm Starts for Federated Tuning", ["Cleo Lind"]),
    ]
    assert records[0].abstract.startswith("We study sparse lattices for tiny images. Lattices")
    assert records[0].abstract.endswith("for all three benchmarks.")
    assert records[1].abstract == ""  # a remark is no abstract


def test_a_year_column_headed_in_chinese_gives_the_year_before_the_venue_in_brackets() -> None:
    text = (
        "| # | 标题 | 作者 | 年份 | 链接 |\n|---|---|---|---|---|\n"
        "| 1 | **Sparse Lattices for Tiny Images** | Ada Quist, et al. | 2024 (ICML) |"
        " [arxiv.org/abs/2401.00001](https://arxiv.org/abs/2401.00001) |\n"
        "| 2 | **Warm Starts for Federated Tuning** | (arXiv 2025) | 2025 |"
        " [arxiv.org/abs/2501.00002](https://arxiv.org/abs/2501.00002) |\n"
    )
    records = read_listing(text, "report.md").records
    assert [(r.title, r.date) for r in records] == [
        ("Sparse Lattices for Tiny Images", "2024"),
        ("Warm Starts for Federated Tuning", "2025"),
    ]


LABELLED_ENTRIES = """Publication List
================

### 1\\. [astro-ph/9501001](http://xxx.lanl.gov/abs/astro-ph/9501001) :

Title: Sparse Lattices in Rotating Stars
Authors: Ada Quist (1), Ben K. Okafor (1 and 2) ((1)Example Institute, Northtown, (2)Lattice Lab, Southtown)
Comments: 12 pages, 3 figures
Journal-ref: ApJ 444 (1995) 306

### 2\\. [gr-qc/9801002](http://xxx.lanl.gov/abs/gr-qc/9801002) :

Title: Warm Starts for Neutron Stars
Authors: Cleo Lind
Comments: 7 pages
Journal-ref: Living Reviews, Vol. 1, No. 1998-8, (1998)
"""


def test_a_journal_ref_label_gives_the_year_and_arxiv_affiliation_notation_leaves_names() -> None:
    records = read_listing(LABELLED_ENTRIES, "pubs.md").records
    assert [(r.title, r.authors, r.date) for r in records] == [
        ("Sparse Lattices in Rotating Stars", ["Ada Quist", "Ben K. Okafor"], "1995"),
        ("Warm Starts for Neutron Stars", ["Cleo Lind"], "1998"),
    ]


def test_springers_reference_style_family_names_initials_and_a_colon() -> None:
    text = (
        "## Methods\n\n"
        "* Quist, A., Okafor, B.K., Lind, C.: Sparse lattices for tiny underwater images. "
        "Image Processing Letters (2018) [[paper]](https://example.org/doi/10.1000/ipl.2018.1)\n"
        "* Ruiz, D.: Warm starts for federated tuning. Proc. of XYZ (2019) "
        "[[paper]](https://example.org/xyz/2019/7)\n"
    )
    records = read_listing(text, "list.md").records
    assert [(r.title, r.authors, r.date) for r in records] == [
        ("Sparse lattices for tiny underwater images", ["Quist, A.", "Okafor, B.K.", "Lind, C."],
         "2018"),
        ("Warm starts for federated tuning", ["Ruiz, D."], "2019"),
    ]  # fmt: skip


def test_an_identifier_before_a_linked_title_with_a_bar_or_colon_is_no_part_of_it() -> None:
    text = (
        "- [2402.00022 | Sparse Lattices for Tiny Images](https://arxiv.org/abs/2402.00022)\n"
        "- [arXiv 2303.00033: Warm Starts for Federated Tuning](https://arxiv.org/abs/2303.00033)\n"
    )
    records = read_listing(text, "list.md").records
    assert [r.title for r in records] == [
        "Sparse Lattices for Tiny Images",
        "Warm Starts for Federated Tuning",
    ]


def test_names_et_al_and_a_year_month_in_brackets_after_a_linked_title() -> None:
    text = (
        "Notes.\n\n- [Let Me Think Twice?](https://arxiv.org/abs/2408.00002)"
        " (Tamm et al., 2024-08) — on formats\n"
        "- [Sparse Lattices for Tiny Images](https://arxiv.org/abs/2402.00022) (Quist et al., 2024)\n"
    )
    records = read_listing(text, "notes.md").records
    assert [(r.authors, r.date) for r in records] == [(["Tamm"], "2024"), (["Quist"], "2024")]


FOLDED_IN_MARKDOWN = """## Accepted Papers

<details>
<summary>Ada Quist and Ben Okafor. <b>Sparse Lattices for Tiny Images.</b></summary>

We study sparse lattices for tiny images. Lattices of this kind
keep the memory of a model small while its accuracy stays close
to that of a dense model. We prove a bound on the loss and show
on three benchmarks that the bound is tight. The code is public,
and so are the trained lattices for all three of the benchmarks.

</details>

<details>
<summary>Cleo Lind. <b>Warm Starts for Federated Tuning.</b></summary>

Warm starts make federated tuning cheap. We show how to pick the
starting point from a public model and prove that the tuning then
needs fewer rounds. On four benchmarks the number of rounds falls
by half while the accuracy stays the same as with a cold start,
and the cost of the first round is paid once for all the clients.

</details>
"""


def test_a_hard_wrapped_paragraph_folded_under_a_reference_in_markdown_is_its_abstract() -> None:
    records = read_listing(FOLDED_IN_MARKDOWN, "accepted.md").records
    assert [r.abstract[:40] for r in records] == [
        "We study sparse lattices for tiny images",
        "Warm starts make federated tuning cheap.",
    ]
    assert records[1].abstract.endswith("paid once for all the clients.")


def test_a_linked_identifier_after_a_blank_line_opens_the_next_entry() -> None:
    text = ID_ADDRESS_BLOCKS.replace(
        "arXiv:2102.00202 (https://arxiv.org/abs/2102.00202)",
        "[arXiv:2102.00202](https://arxiv.org/abs/2102.00202)",
    ) + ("\n[arXiv:2103.00303](https://arxiv.org/abs/2103.00303)\nWarm Starts for Tiny Planners\n"
         "Eli Park, Dana Ruiz\n")  # fmt: skip
    records = read_listing(text, "README.md").records
    assert [(r.title, r.arxiv_id) for r in records] == [
        ("On the Mixing of Sparse Chains", "1901.00101"),
        ("Fair Queues in Shared Fleets", "2102.00202"),
        ("Warm Starts for Tiny Planners", "2103.00303"),
    ]


def test_an_abs_address_alone_over_a_title_and_names_opens_an_entry_not_under_a_citation() -> None:
    text = (
        "## Related work\n\nhttps://arxiv.org/abs/1901.00101\nOn the Mixing of Sparse Chains\n"
        "Ada B. Quist, Ben Okafor\n\nhttps://arxiv.org/abs/2102.00202\n"
        "Fair Queues in Shared Fleets\nBen Okafor, Dana Ruiz\n\n"
        "Paper: Lind, C., & Park, E. (2017). Warm Starts for Tiny Planners. ArXiv.\n\n"
        "https://arxiv.org/abs/1706.00003\n\n## Notes\n"
    )
    records = read_listing(text, "README.md").records
    assert [(r.title, r.arxiv_id) for r in records] == [
        ("On the Mixing of Sparse Chains", "1901.00101"),
        ("Fair Queues in Shared Fleets", "2102.00202"),
        ("Warm Starts for Tiny Planners", "1706.00003"),
    ]


def test_an_ftp_address_of_the_paper_is_kept_among_its_links() -> None:
    text = LABELLED_ENTRIES.replace(
        "[gr-qc/9801002](http://xxx.lanl.gov/abs/gr-qc/9801002)",
        "[C. Lind, PhD Thesis](ftp://ftp.example.edu/pub/lind_thesis.ps.gz)",
    )
    records = read_listing(text, "pubs.md").records
    assert "ftp://ftp.example.edu/pub/lind_thesis.ps.gz" in records[1].urls


def test_submitted_on_an_arxiv_style_date_over_a_byline_is_no_abstract_pages_title() -> None:
    text = INTRODUCED.replace("Submitted on 2019/03/14", "Submitted on 14 Mar 2019")
    (record,) = read_listing(text, "note.md").records
    assert (record.title, record.date) == ("Sparse Lattices for Tiny Medical Images", "2019-03-14")
    assert record.authors == ["Ada Quist", "Ben K. Okafor", "Cleo Lind"]


def test_submitted_on_a_date_by_names_on_one_line_is_the_date_and_byline() -> None:
    text = (
        "Sparse Lattices for Tiny Medical Images\n===\n\n"
        "Submitted on 2019/03/14 by Ada Quist 1, Ben K. Okafor 2\n\n"
        "https://arxiv.org/abs/1903.00404\n"
    )
    (record,) = read_listing(text, "note.md").records
    assert (record.title, record.authors, record.date) == (
        "Sparse Lattices for Tiny Medical Images",
        ["Ada Quist", "Ben K. Okafor"],
        "2019-03-14",
    )


# A Hugging Face paper page copied from its title down: no `arxiv:` line, a date without its
# year, the page's one-sentence summary and the abstract as two paragraphs under `Abstract`.
FROM_THE_TITLE = """
Fair Queues in Shared Fleets: A Simple Rule
Published on Oct 6
Submitted by
some-user
on Oct 7

Authors:

Ben Okafor
,
Dana Ruiz
Abstract
A simple rule makes shared fleets fairer, the page's summary says.

Shared fleets serve riders from one queue. We show that a simple rule keeps waiting times fair across neighbourhoods, prove that it costs little, and measure it on three cities.
"""  # noqa: E501


def test_a_paper_page_copied_from_its_title_down_is_read_as_the_page() -> None:
    (record,) = read_listing(FROM_THE_TITLE, "page.txt").records
    assert (record.title, record.authors, record.date_text) == (
        "Fair Queues in Shared Fleets: A Simple Rule",
        ["Ben Okafor", "Dana Ruiz"],
        "Oct 6",
    )
    assert record.abstract.startswith("Shared fleets serve riders from one queue.")


def test_an_identifier_dash_title_line_unlinked_gives_the_names_and_year_in_brackets() -> None:
    text = (
        "今天读的论文：\n\n"
        "- arXiv:2501.00011 — Why Routers Stall (Ng, Lu, Bo et al., MIT, 2025-01)\n"
        "- arXiv:2402.00022 — Sparse Lattices for Tiny Images (Quist et al., 2024)\n"
        "- arXiv:2303.00033 — Probabilistic Lattices (Master's thesis, 2015)\n"
    )
    records = read_listing(text, "notes.md").records
    assert [(r.title, r.authors, r.date) for r in records] == [
        ("Why Routers Stall", ["Ng", "Lu", "Bo"], "2025"),
        ("Sparse Lattices for Tiny Images", ["Quist"], "2024"),
        ("Probabilistic Lattices (Master's thesis, 2015)", [], "2023-03"),
    ]


def test_a_remark_under_a_linked_title_is_no_author_without_bylines_around() -> None:
    text = (
        "## Accepted Papers\n\n"
        "- **[Hardness of Routing under Doubt](https://example.org/papers/2.pdf)**  \n"
        "  Oral Presentation\n\n"
        "- **[Concurrent Models for Tiny Planners](https://example.org/papers/3.pdf)**  \n"
        "  Spotlight Talk\n"
    )
    records = read_listing(text, "accepted.md").records
    assert [r.authors for r in records] == [[], []]


def test_a_name_garbled_by_the_wrong_encoding_is_still_a_name() -> None:
    text = ACCEPTED.replace("*Cleo Lind*", "*Cleo Lind, Thiago D. SimÃ£o*")
    records = read_listing(text, "README.md").records
    assert records[1].authors == ["Cleo Lind", "Thiago D. SimÃ£o"]


def test_names_in_italics_wrapped_onto_the_next_line_of_a_numbered_entry_are_its_authors() -> None:
    text = (
        "## Presentations\n\n"
        "7. **Sparse Lattices for Tiny Images Under Tight Memory\n"
        "   Budgets and Noisy Labels.** ConfX 2026 — poster (accepted). *A. Quist\\*,\n"
        "   B. K. Okafor\\*, C. Lind.* — co-first author.\n"
        "8. **Warm Starts for Federated Tuning.** ConfX 2026 — poster. *A. Quist.* — sole author.\n"
    )
    records = read_listing(text, "wiki.md").records
    assert [r.authors for r in records] == [["A. Quist", "B. K. Okafor", "C. Lind"], ["A. Quist"]]
