"""A link's text or an emphasis hard-wrapped over lines is one text, and one line (session 38).

holdout34 018 (a physicist's list of papers enjoyed) wraps each item at 80 columns, the linked
title and the italic journal included; a line end inside a link or an emphasis is the wrap of one
text, never the break between a title and its names; the reference model's reading of such a
line takes the link's text for the title (the model ran on into the journal) and no year for a
name (`Nordtvedt 1972`). The rule tests use made-up text.
"""

from __future__ import annotations

from scripts.fidelity import HOLDOUT21, HOLDOUT34, expected_papers, title_key

from papershelf.importers.paste.citations import _link_in_a_sentence
from papershelf.importers.paste.cite import Citation
from papershelf.importers.paste.lines import Line
from papershelf.importers.paste.markdown import markdown_lines
from papershelf.importers.pipeline import read_listing

WRAPPED = """\
- **Quill & Nadir 1972**, [Tides of the invented harbour. I. A theory of
  moorings and an extended
  survey](https://example.org/tides), *Journal of
  Pretend Harbours* 177:757

- **Nadir 1976**, [Moorings in a storm over the
  outer harbour](https://example.org/moorings),
  *Pretend Letters* 205:580

- **Quill & Tern 1985**, [General theory of the harbour wall. II. The
  timing of the tides](https://example.org/wall), *Ann. Pretend
  Harb.* 43:107

- **Tern 1991**, [New tests of the harbour principle using model
  data](https://example.org/tests), *Pretend Rev. Lett.* 66:2549
"""


def test_a_wrapped_link_and_italic_journal_run_on_in_one_line() -> None:
    lines = markdown_lines(WRAPPED)
    assert lines[0].text == (
        "Quill & Nadir 1972, Tides of the invented harbour. I. A theory of moorings and an"
        " extended survey, Journal of Pretend Harbours 177:757"
    )
    assert lines[0].links == [
        (
            "Tides of the invented harbour. I. A theory of moorings and an extended survey",
            "https://example.org/tides",
        )
    ]
    assert lines[0].italic == ["Journal of Pretend Harbours"]
    # the link closes on the second line: the journal after it stays a line of its own
    assert [line.text for line in lines[1:3]] == [
        "Nadir 1976, Moorings in a storm over the outer harbour,",
        "Pretend Letters 205:580",
    ]
    assert [line.kind for line in lines[:3]] == ["item", "item", "text"]


def test_a_line_end_outside_any_span_still_parts_title_and_names() -> None:
    lines = markdown_lines("[Tides of the invented\nharbour](https://example.org/t)\nAda Quill")
    assert [line.text for line in lines] == ["Tides of the invented harbour", "Ada Quill"]


def test_wrapped_items_give_their_linked_titles_and_names_without_the_year() -> None:
    records = read_listing(WRAPPED, "enjoyed.md").records
    assert [(r.title, r.authors, r.date) for r in records] == [
        (
            "Tides of the invented harbour. I. A theory of moorings and an extended survey",
            ["Quill", "Nadir"],
            "1972",
        ),
        ("Moorings in a storm over the outer harbour", ["Nadir"], "1976"),
        (
            "General theory of the harbour wall. II. The timing of the tides",
            ["Quill", "Tern"],
            "1985",
        ),
        ("New tests of the harbour principle using model data", ["Tern"], "1991"),
    ]


def test_a_quoted_phrase_ending_a_linked_title_is_part_of_it() -> None:
    text = (
        "* [Harbours as schools: a look at the “Teaching Harbours”](https://example.org/a.pdf)\n"
        "* [Moorings and tides in the lower harbour](https://example.org/b.pdf)\n"
        '* [Quill, A., et al. "Tides in a model harbour." Pretend Review 98.2 (2016): 392-393]'
        "(https://example.org/c)\n"
    )
    titles = {r.title for r in read_listing(text, "list.md").records}
    assert "Harbours as schools: a look at the “Teaching Harbours”" in titles
    assert "Teaching Harbours" not in titles
    assert "Tides in a model harbour." in titles or "Tides in a model harbour" in titles


def test_a_bracketed_remark_after_a_linked_title_is_no_sentence() -> None:
    title = Citation("The Harbour of Sails", "", None, 0.7)
    links = [("The Harbour of Sails", "https://example.org/h")]
    listed = Line(1, "Extra: Ada Quill: The Harbour of Sails [At UCSD]", "item", links=links)
    in_prose = Line(1, "See The Harbour of Sails for the tides", "item", links=links)
    assert not _link_in_a_sentence(title, listed, links)
    assert _link_in_a_sentence(title, in_prose, links)


def test_the_real_list_of_papers_enjoyed_is_read() -> None:
    path = next(HOLDOUT34.glob("018_*.md"))
    found = {title_key(r.title) for r in read_listing(path.read_text("utf-8"), path.name).records}
    expected = [title_key(p["title"]) for p in expected_papers(path)]
    assert sum(key in found for key in expected) >= 20


def test_the_real_syllabus_keeps_its_wrapped_extra_reading() -> None:
    path = next(HOLDOUT21.glob("001_*.md"))
    titles = {r.title for r in read_listing(path.read_text("utf-8"), path.name).records}
    assert "The Life and Legacy of Hypatia" in titles
