"""PubMed's lists (similar articles, cited by) copied as text: a title, its names, then NLM's
source line of journal, date, volume and pages. The list here is made up in that shape."""

from __future__ import annotations

from papershelf.importers import parse_bytes

SIMILAR = """Similar articles
An invented cohort study of made-up outcomes in imaginary donors.
Quill AB, Fenn CD, Marsh EF.
Imag Med J. 2020 Mar 1;155(3):e195472. doi: 10.1000/imj.2019.5472. Epub 2020 Mar 18.
PMID: 31968070Free PMC article.
A second fictional trial of nothing in particular.
Lark GH, Wren IJ.
Ann Fict Med. 2018 Feb 20;168(4):276-284. doi: 10.1000/afm.17-1234. Epub 2018 Jan 2.
PMID: 29309999
Made-up risks of a pretend procedure: a review.
Finch KL, Rook MN, Crane OP.
Pretend Rev. 2015 Sep;10(9):1659-69. doi: 10.1000/pr.2015.01.
PMID: 25999999 Review.
"""


def test_the_source_line_is_part_of_its_paper_not_a_paper() -> None:
    records = parse_bytes(SIMILAR.encode(), "similar.txt").result.records
    assert [(r.title, r.doi) for r in records] == [
        (
            "An invented cohort study of made-up outcomes in imaginary donors",
            "10.1000/imj.2019.5472",
        ),
        ("A second fictional trial of nothing in particular", "10.1000/afm.17-1234"),
        ("Made-up risks of a pretend procedure: a review", "10.1000/pr.2015.01"),
    ]
    assert records[1].authors == ["Lark GH", "Wren IJ"]


TRENDING = """## Trending Articles

-   [An invented hierarchy of made-up cells.](/36100001/)

    Quill AB, et al. Imag Nature. 2022. PMID: 36100001

-   [A second fictional trial of an imaginary drug for _XYZ1_ disease.](/36100002/)

    Wren IJ, et al. N Engl J Fict. 2022. PMID: 36100002 Clinical Trial.

-   [Pretend macrophages decide made-up clonality.](/36100003/)

    Finch KL, et al. Pretend Sci. 2021. PMID: 36100003 Free PMC article.
"""


def test_pubmed_summary_lines_give_the_names_and_year_of_the_title_above() -> None:
    records = parse_bytes(TRENDING.encode(), "pubmed.md").result.records
    assert [(r.authors, (r.date or "")[:4]) for r in records] == [
        (["Quill AB"], "2022"),
        (["Wren IJ"], "2022"),
        (["Finch KL"], "2021"),
    ]
    assert len(records) == 3  # the journal on a summary line is no paper
