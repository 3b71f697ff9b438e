"""Pages captured from sites and generated digests (tests/data/listings-holdout12 holds real
ones): a digest's list of the feeds it read, its keywords highlighted `==so==` in the titles.
All texts are made up."""

from __future__ import annotations

from papershelf.importers.paste.rtf import rtf_text
from papershelf.importers.pipeline import read_listing


def titles(text: str, name: str = "paste.md") -> list[str]:
    return [r.title for r in read_listing(text, name).records]


FEEDS_THEN_PAPERS = """# Journal digest

- [Recently published in Letters of Made-Up Physics](https://feeds.example.org/rss/recent/lmp.xml)
- [LMP - Optics and Lasers](https://feeds.example.org/rss/tocsec/LMP-OpticsandLasers.xml)
- [Our lab blog](https://lab.example.org/blog/feed/)

## Papers

- [Sparse Lanterns for ==Streaming== Inference](https://arxiv.org/abs/2401.01234)
- [Counting Birds with Weak Labels](https://arxiv.org/abs/2402.04321)
"""


def test_links_to_feeds_are_no_papers_and_highlighting_leaves_the_title() -> None:
    assert titles(FEEDS_THEN_PAPERS) == [
        "Sparse Lanterns for Streaming Inference",
        "Counting Birds with Weak Labels",
    ]


def test_an_article_served_as_xml_is_still_a_paper() -> None:
    text = (
        '* Vale, Ines, and Tomas Rieu. "Counting Birds with Weak Labels." Journal of Made-Up'
        " Ornithology 15.2 (2019): 88-95. https://journals.example.org/ejo/15/2/article-p88.xml\n"
    )
    assert titles(text, "refs.txt") == ["Counting Birds with Weak Labels"]


HARVESTED_RTF = (
    "{\\rtf1\\ansi\\ansicpg1252\\uc1\\deftab1080\n"
    "{\\stylesheet{\\s0\\fs24\\sa120 Normal;}{\\s1\\fs44\\b Heading 1;}}\n"
    '{\\s0\\fs24\\sa120 Vale, I, Rieu, T and Quist, M. "Counting birds with weak labels."'
    " {\\i Journal of Made-Up \\u8230?} journals.example.org, 2019\\par}\n"
    '{\\s0\\fs24\\sa120 Brandt, OK, Farr, L and .... "Sparse lanterns for streaming'
    ' inference." {\\i \\u8230? on Imaginary Systems} ieeexplore.ieee.org, 2021\\par}\n'
    "}\n"
)


def test_harvested_results_exported_to_rtf_give_names_title_and_year() -> None:
    records = read_listing(HARVESTED_RTF, "results.md").records
    assert [(r.title, r.authors, r.date, r.authors_truncated) for r in records] == [
        ("Counting birds with weak labels", ["Vale, I", "Rieu, T", "Quist, M"], "2019", False),
        ("Sparse lanterns for streaming inference", ["Brandt, OK", "Farr, L"], "2021", True),
    ]


def test_rtf_shows_its_paragraphs_and_characters() -> None:
    text = "{\\rtf1{\\fonttbl{\\f0 Arial;}}{\\*\\generator Made;}Caf\\'e9 \\{x\\}\\par Two\\u8230?}"
    assert rtf_text(text) == "Café {x}\nTwo…\n"


FLAT_RSS = (
    "Tides and Wages in Coastal Towns 1A2B3C4D-0000-4E57-A4C3-E0FC41780FF6 Fri, 31 Jul 2020"
    " 07:40:00 EST The authors of this working paper study wages. They find little. Lantern"
    " Prices after the Storm https://bank.example.org/wp/2020/12 Tue, 28 Jul 2020 07:30:00 EST"
    " The author of this working paper looks at prices."
)


def test_an_rss_feed_flattened_to_a_line_gives_each_item_title_and_date() -> None:
    records = read_listing(FLAT_RSS, "feed.txt").records
    assert [(r.title, r.date, r.abstract) for r in records] == [
        (
            "Tides and Wages in Coastal Towns",
            "2020-07-31",
            "The authors of this working paper study wages. They find little.",
        ),
        (
            "Lantern Prices after the Storm",
            "2020-07-28",
            "The author of this working paper looks at prices.",
        ),
    ]


WORKING_PAPERS = """Tides, Wages, and Coastal Towns
By Ines Vale, Tomas Rieu, and Mara Quist
WP 24-07, March 2024; updated May 2025

Coastal towns pay more when the tide is out, a new model suggests.

Lantern Prices after the Storm
By Odo Brandt
WP 24-06, February 2024

Prices rise for a week, then fall.
"""


def test_a_working_paper_archive_gives_title_names_after_by_and_the_first_date() -> None:
    records = read_listing(WORKING_PAPERS, "archive.txt").records
    assert [(r.title, r.authors, r.date) for r in records] == [
        ("Tides, Wages, and Coastal Towns", ["Ines Vale", "Tomas Rieu", "Mara Quist"], "2024"),
        ("Lantern Prices after the Storm", ["Odo Brandt"], "2024"),
    ]


PREPRINT_LIST = """Preprints
There are 12 Preprints listed.
Counting birds with weak labels in coastal wetlands
Ines Vale, Tomas Rieu, et al.
Published: 2025-04-02
Subjects: Ecology, Ornithology
Coastal wetlands hold many birds, and counting them from photographs takes experts hours. We train [...]
Lantern fish migrate by moonlight
Published: 2025-03-30
Subjects: Marine Biology
Lantern fish rise to the surface at night; we tracked their migration over a whole year at three [...]
"""


def test_a_preprint_server_list_gives_title_names_date_and_the_cut_abstract() -> None:
    records = read_listing(PREPRINT_LIST, "preprints.txt").records
    assert [(r.title, r.authors, r.authors_truncated, r.date) for r in records] == [
        (
            "Counting birds with weak labels in coastal wetlands",
            ["Ines Vale", "Tomas Rieu"],
            True,
            "2025-04-02",
        ),
        ("Lantern fish migrate by moonlight", [], False, "2025-03-30"),
    ]
    assert records[1].abstract.endswith("over a whole year at three")


SERVER_LISTS = """Research Letter metrics AWAITING PEER REVIEW
Lanterns and tides: a field study [version 2; peer review: 1 approved]
Mara Quist, Odo Brandt
Peer Reviewers Invited
Made-Up Foundation
PUBLISHED 3 Mar 2023

Counting birds with weak labels: a cohort study
Ines Vale, Tomas Rieu
medRxiv 2023.02.14.23285901; doi:
"""


def test_preprint_server_lists_give_names_dates_and_the_servers_doi() -> None:
    records = read_listing(SERVER_LISTS, "digest.txt").records
    assert [(r.title, r.authors, r.date, r.doi) for r in records] == [
        ("Lanterns and tides: a field study", ["Mara Quist", "Odo Brandt"], "2023-03-03", None),
        (
            "Counting birds with weak labels: a cohort study",
            ["Ines Vale", "Tomas Rieu"],
            "2023-02-14",
            "10.1101/2023.02.14.23285901",
        ),
    ]


GLUED_DIGEST = """3rd May 2026 · Made-Up Physics · 12 entries

Made-Up Physics

1. Lanterns that glow under cold water[2605.01234]
Abstract
We study lanterns that glow under cold water and find that their light lasts twice as long as in warm water.
2. Tides in a teacup[2605.04321]
"""

SORTER = """[1]
Title: Lanterns that glow under cold water
Comments: 12 pages, 3 figures
Subjects: Made-Up Physics (mu-ph)

We study lanterns that glow under cold water and find that their light lasts twice as long as in warm water.

[2]
Title: Tides in a teacup
Subjects: Made-Up Physics (mu-ph)
"""


def test_a_digest_glues_the_arxiv_id_to_its_numbered_title() -> None:
    records = read_listing(GLUED_DIGEST, "digest.txt").records
    assert [(r.title, r.arxiv_id, bool(r.abstract)) for r in records] == [
        ("Lanterns that glow under cold water", "2605.01234", True),
        ("Tides in a teacup", "2605.04321", False),
    ]


def test_an_arxiv_sorter_list_gives_the_titles_and_abstracts_under_bracketed_numbers() -> None:
    records = read_listing(SORTER, "sorted.txt").records
    assert [(r.title, r.abstract[:22]) for r in records] == [
        ("Lanterns that glow under cold water", "We study lanterns that"),
        ("Tides in a teacup", ""),
    ]


LIST_PAGE = """Skip to main content
arxiv logo > physics.hist-ph

Help | Advanced Search

History and Philosophy of Physics

  • New submissions
  • Cross-lists
  • Replacements

See recent articles

Showing new listings for Tuesday, 15 July 2025

Total of 3 entries
Showing up to 2000 entries per page: fewer | more | all

New submissions (showing 1 of 1 entries)

[1] arXiv:2507.01234 [pdf, html, other]
Title: Lanterns that glow under cold water
Mara Quist, Odo Brandt
Comments: 12 pages
Subjects: History and Philosophy of Physics (physics.hist-ph)
"""


def test_an_arxiv_subjects_name_heading_a_list_page_is_no_paper() -> None:
    assert titles(LIST_PAGE, "page.txt") == ["Lanterns that glow under cold water"]


def test_a_wiki_template_whose_abstract_heading_ends_the_paste() -> None:
    text = "{{Paper |title=Lanterns that Glow in Water |authors=Mara Quist }}\n   Abstract"
    assert titles(text) == ["Lanterns that Glow in Water"]


MIRROR_ABSTRACT = (
    "We study lanterns that glow under cold water and find that their light lasts twice as"
    " long as in warm water, for reasons we explain with a simple model of heat and light."
)
MIRROR_PAGE = f"""Lanterns that Glow in Cold Water
Abstract
{MIRROR_ABSTRACT}
Turn this paper into a lesson
Our site writes a study guide from the abstract: key ideas, questions and a quiz for each paper.
Available online 3 March 2021
https://doi.org/10.5555/lanterns.2021.001
"""


def test_a_paper_page_keeps_the_one_paragraph_under_its_abstract_heading() -> None:
    records = read_listing(MIRROR_PAGE, "page.txt").records
    assert [(r.title, r.abstract, r.date, r.doi) for r in records] == [
        (
            "Lanterns that Glow in Cold Water",
            MIRROR_ABSTRACT,
            "2021-03-03",
            "10.5555/lanterns.2021.001",
        )
    ]


BIORXIV_LIST = """Counting birds with weak labels
Ines Vale, Tomas Rieu
bioRxiv 2023.02.14.528001; doi: https://doi.org/10.1101/2023.02.14.528001

Lanterns that glow in water
Mara Quist
bioRxiv 2023.02.15.528101v2; doi: https://doi.org/10.1101/2023.02.15.528101
"""


def test_a_biorxiv_list_whose_citation_lines_link_the_doi() -> None:
    records = read_listing(BIORXIV_LIST, "list.txt").records
    assert [(r.title, r.date, r.doi) for r in records] == [
        ("Counting birds with weak labels", "2023-02-14", "10.1101/2023.02.14.528001"),
        ("Lanterns that glow in water", "2023-02-15", "10.1101/2023.02.15.528101"),
    ]


DETAIL_ABSTRACT = (
    "•We measure how long lanterns glow in cold water.•Their light lasts twice as long as in"
    " warm water.•A simple model of heat and light explains the difference we measure."
)
DETAIL_PAGE = f"""Lanterns that glow in water

作者:

Highlights:

• We measure how long lanterns glow in cold water.

• Their light lasts twice as long as in warm water.

摘要

{DETAIL_ABSTRACT}

论文关键词:lanterns,water,light

论文评审过程:Received 2 January 2021, Accepted 1 February 2021, Available online 3 March 2021.

论文官网地址:https://doi.org/10.5555/lanterns.2021.001
"""


def test_a_detail_page_with_empty_labels_and_highlights_over_its_abstract() -> None:
    records = read_listing(DETAIL_PAGE, "page.txt").records
    assert [(r.title, r.abstract[:28], r.date, r.doi) for r in records] == [
        (
            "Lanterns that glow in water",
            "•We measure how long lantern",
            "2021-03-03",
            "10.5555/lanterns.2021.001",
        )
    ]
