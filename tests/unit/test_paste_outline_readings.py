"""A course outline (made-up works): numbered topics in bold, the readings bulleted under each,
Chicago style with the first author's family name first, the venue and the DOI link on the
item's own lines; a chapter of a book the outline knows by its author (`*Quill* → Chapter 2:
*Title*`); a title with its publisher over a link. The topics and the videos are no papers."""

from __future__ import annotations

from papershelf.importers.pipeline import read_listing

OUTLINE = """## UNIT I — Pretend History

i. **Introduction**
  * Quill, Ada, Ben C. Marrow, and Cleo Tansy, 'Introduction: A Handbook of Invented Law'
  In *The Handbook of Made-up Law*. Example Press, 2015.
  <https://doi.org/10.5555/handbook.013.1>

1. **Organisation of the Pretend Courts**
   * Understanding the Pretend Courts. Office of Made-up Studies.
     <https://example.org/file/understanding-pretend-courts>

2. **A Pretend Supreme Court**
   * *The Founders' Scheme: The Making of an Invented Charter*
     \\[Video, 55 min\\] <https://youtu.be/abcdefghijk>
   * Oddly, Dan. 2017. “The Curious Intentions of the Founders?”
     *Journal of Invented Law* 84(4): 2139.
   * Umber, Eve A. “Is Pretend Law Really Law?”
     In *The Handbook of Made-up Law*. Example Press, 2015.
     <https://doi.org/10.5555/handbook.013.39>

3. **Interpretation**
   * Vell, Fay. “Interpretation.”
     In *The Handbook of Made-up Law*. Example Press, 2015.
     <https://doi.org/10.5555/handbook.013.42>

4. **The Written Charter**
   * *Quill* → Chapter 1: *The Written Charter and the Rise of Review*
"""


def test_outline_readings_are_papers_and_topics_are_not() -> None:
    records = read_listing(OUTLINE, "outline.md").records
    assert [(r.title, r.authors, r.date, r.doi) for r in records] == [
        (
            "Introduction: A Handbook of Invented Law",
            ["Quill, Ada", "Ben C. Marrow", "Cleo Tansy"],
            "2015",
            "10.5555/handbook.013.1",
        ),
        ("Understanding the Pretend Courts", [], None, None),
        ("The Curious Intentions of the Founders?", ["Oddly, Dan"], "2017", None),
        ("Is Pretend Law Really Law?", ["Umber, Eve A."], "2015", "10.5555/handbook.013.39"),
        ("Interpretation", ["Vell, Fay"], "2015", "10.5555/handbook.013.42"),
        ("The Written Charter and the Rise of Review", ["Quill"], None, None),
    ]
    assert records[1].urls == ["https://example.org/file/understanding-pretend-courts"]


def test_one_chicago_reading_makes_no_outline_but_under_a_topic_is_one() -> None:
    alone = "- Umber, Eve A. “Is Pretend Law Really Law?” Example Press, 2015.\n"
    assert "outline-readings" not in read_listing(alone, "one.md").layout
    topic = "1. **A Pretend Topic**\n   * Umber, Eve A. “Is Pretend Law Really Law?”\n"
    records = read_listing(topic, "topic.md").records
    assert [(r.title, r.authors) for r in records] == [
        ("Is Pretend Law Really Law?", ["Umber, Eve A."])
    ]


APA_OUTLINE = """## Unit I

1. **Pretend Courts and Their Work**
   * Quill, A. B. (2015). The pretend courts of nothing. *Journal of Examples, 12*(3), 45-67.
     <https://doi.org/10.5555/jex.2015.12>
   * Marrow, C., & Tansy, D. (2017). Invented review in imaginary states. *Pretend Law Review, 84*(4), 2139-2160.
     <https://doi.org/10.5555/plr.2017.84>

2. **Made-up Constitutions**
   * Oddly, E. (2019). What are pretend constitutions? In F. Umber (Ed.), *The Handbook of Nothing* (pp. 1-20). Example Press.
     <https://doi.org/10.5555/hbn.2019.1>
"""  # noqa: E501


def test_readings_in_other_styles_under_topics_are_read_as_without_them() -> None:
    records = read_listing(APA_OUTLINE, "outline.md").records
    assert [(r.title, r.authors, r.date, r.doi) for r in records] == [
        ("The pretend courts of nothing", ["Quill, A. B."], "2015", "10.5555/jex.2015.12"),
        (
            "Invented review in imaginary states",
            ["Marrow, C.", "Tansy, D."],
            "2017",
            "10.5555/plr.2017.84",
        ),
        ("What are pretend constitutions?", ["Oddly, E."], "2019", "10.5555/hbn.2019.1"),
    ]


WEEKS = """## Week 1 — Pretend Courts

**Required:**
* Quill, Ada. 2015. *The Pretend Courts of Nothing*. Example Press.
* Marrow, Ben, and Cleo Tansy. 2017. "Invented Review in Imaginary States." *Pretend Law Review* 84: 2139–60.

## Week 2 — Made-up Constitutions

1. **Interpretation**
   * Vell, Fay. 2015. “Interpretation.” In *The Handbook of Nothing*. Example Press.
   * Wren, Gus. 2016. Pretend judicial review of the U.S. Courts? *Journal of Examples* 3(1): 1–9.
"""


def test_author_date_readings_with_a_book_in_italics_or_a_title_unquoted() -> None:
    records = read_listing(WEEKS, "weeks.md").records
    assert [(r.title, r.authors, r.date) for r in records] == [
        ("The Pretend Courts of Nothing", ["Quill, Ada"], "2015"),
        ("Invented Review in Imaginary States", ["Marrow, Ben", "Cleo Tansy"], "2017"),
        ("Interpretation", ["Vell, Fay"], "2015"),
        ("Pretend judicial review of the U.S. Courts?", ["Wren, Gus"], "2016"),
    ]


def test_names_with_initials_are_split_where_the_list_splits_them() -> None:
    text = (
        "1. **Pretend Selection**\n"
        "   * Gould, S. J. and R. C. Lewontin. “The Pretend Spandrels of Nothing.” Example 205.\n"
        "   * Quill, A., B. Marrow, and C. Tansy. “Invented Finches.” Example 296.\n"
    )
    records = read_listing(text, "initials.md").records
    assert [r.authors for r in records] == [
        ["Gould, S. J.", "R. C. Lewontin"],
        ["Quill, A.", "B. Marrow", "C. Tansy"],
    ]
