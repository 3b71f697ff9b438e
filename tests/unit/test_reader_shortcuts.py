"""The paste readers' cheap tests, which spare most lines the patterns, let through every line
a pattern would match: on any text, what the long way finds the short way finds.

Hypothesis draws the text from the pieces where the two could part: the words a pattern starts
with, in any case, among the letters a case-blind pattern reads as ASCII ones (`ſ`, `ı`, `İ`),
digits of other scripts, every kind of white space and the bullets a card's line starts with.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from hypothesis import example, given, settings
from hypothesis import strategies as st

from papershelf.importers.paste import arxiv, arxiv_abs, hf, lines, scan
from papershelf.importers.paste.blocks import split_run_together
from papershelf.importers.paste.lines import _FURNITURE, Line, is_furniture
from papershelf.importers.paste.reldates import is_relative

TRICKY = " \t\xa0\u2003\u3000·•-*[]:,.0١۳ſıİKaAoOdDhHjJ"
pieces = st.sampled_from(
    [
        "Published on ", "SUBMITTED on", "ſubmitted on ", "publıshed on", "3 days ago", "an hour ago",
        "a day ago", "One week ago", "2h ago", "١٢ days ago", "today", "Yesterday", "just now",
        "May 29", "Dec 28, 2024", "may 29", "Sept. 3", "· ", "•  ", " ", "upvote 12", "[-] 3",
        "Code", "4 authors", "A. Name, B. Name", "The abstract. It", "[6]", "Upvote 149", "[-] 12",
        "VIEW PDF", "[PDF] arxiv.org", "Save Cite", "Cited by 41", "Related articles", "ſhare",
        "All 6 versions", "• 4 authors", "Bookmark", "Follow", "Log in", "skip to main content",
        "Get trending papers in your email inbox!", "12 readers", "—", "٣", "html", "Slides",
    ]
)  # fmt: skip
texts = st.lists(pieces | st.text(alphabet=st.sampled_from(TRICKY), max_size=6), max_size=4).map(
    "".join
)


@settings(max_examples=400)
@example("· Published on Dec 28, 2024")
@example("\u3000yesterday")
@given(texts)
def test_a_card_line_the_date_patterns_match_is_tried_as_a_date(text: str) -> None:
    dated = (
        hf._PUBLISHED.match(text) is not None
        or is_relative(text)
        or hf._MONTH_DAY.match(text) is not None
    )
    assert not dated or hf._DATE_HINT.match(text) is not None


links = st.lists(
    st.tuples(st.sampled_from(["6", "12", "x", ""]), st.sampled_from(["u#community", "u"])),
    max_size=2,
)


@example("· May 29 6", [("6", "u#community")])
@example("Published on · Published on ", [("6", "u#community")])  # found by hypothesis in CI
@given(texts, links)
def test_a_card_line_reads_as_without_its_counters_and_dot(
    text: str, linked: list[tuple[str, str]]
) -> None:
    """The shortcut (the leading-dot pattern tried only on a line starting with a dot) reads as
    the long way: without the counters, after an organisation's ` · `, without the dot."""
    line = Line(1, text, links=linked)
    text = hf._without_counters(line)
    if linked and " · " in text and len(text) < hf._META_LINE:
        text = text.rsplit(" · ", 1)[1]
    assert hf._card_text(line) == hf._LEAD.sub("", text)


@settings(max_examples=400)
@example("  ſave cite")
@example("١٢")
@given(texts)
def test_a_line_the_furniture_pattern_matches_is_furniture(text: str) -> None:
    assert is_furniture(text) == (len(text) < 120 and _FURNITURE.match(text.strip()) is not None)


counter_texts = st.lists(
    st.sampled_from(["Title", " ", "(👍 12)", "⭐ 3", "👍4", "🔥", "🔥 9", "( 👍", "12", "\u3000"]),
    max_size=5,
).map("".join)


@given(counter_texts)
def test_a_title_without_the_counters_emoji_has_no_counters(text: str) -> None:
    """`clean_title` runs the counters' pattern only on titles with 👍, ⭐ or 🔥."""
    if not any(mark in text for mark in "👍⭐🔥"):
        assert lines._COUNTERS.sub("", text) == text


page_starts = st.sampled_from(
    [
        "[Submitted on 12 Jun 2017 (v1)]", "(submitted on 3 Jan 2024", "ſubmitted on 1 May 2020",
        "[2023 年 10 月 4 日に提出]", "[提交于 2023 年 10 月 4 日]", "提交日期：2023年10月4日",
        "[2023년 10월 4일에 제출됨]", " ١٢٣٤ 年 1 月 2 日", "Cite as: arXiv:1706.03762",
        "CİTE AS arXiv: 2401.01234", "[3] arXiv:2401.01234 [pdf, other]", "12. arXiv:2401.01234",
        "arXıv:2409.12191 [pdf]", "ARXIV: hep-th/9901001v2", "[1] 2606.17088", "2606.17088v2",
        "١٢٣٤.٥٦٧٨٩", "arXiv:2409.12191 cs.CV cs.AI", "(", "[", " ", "\u3000",
    ]
)  # fmt: skip
page_texts = st.lists(
    page_starts | st.text(alphabet=st.sampled_from(TRICKY), max_size=4), max_size=3
)


@settings(max_examples=400)
@given(page_texts.map("".join))
def test_a_line_an_arxiv_reader_starts_from_passes_its_cheap_test(text: str) -> None:
    """The arXiv readers look for a page's dateline or `Cite as:`, and for a list entry's
    identifier line, only on lines that pass a cheap test first."""
    if arxiv_abs.DATELINE.match(text) or arxiv_abs._CITE_AS.match(text):
        assert arxiv_abs._PAGE_HINT.match(text)
    if arxiv.ANCHOR.match(text):
        assert arxiv._ANCHOR_HINT.match(text)


line_lists = st.lists(
    st.builds(
        Line,
        st.integers(1, 9),
        page_texts.map("".join) | texts,
        kind=st.sampled_from(["text", "heading", "claimed", "row"]),
        block=st.integers(0, 3),
    ),
    max_size=8,
)


@settings(max_examples=300)
@given(line_lists)
def test_the_lines_scan_finds_are_those_a_step_per_line_finds(found: list[Line]) -> None:
    for pattern in (arxiv._ANCHOR_HINT, arxiv_abs._PAGE_HINT, hf.AUTHOR_COUNT):
        assert scan.matching(found, pattern) == [
            i for i, line in enumerate(found) if pattern.match(line.text)
        ]


def _split_line_by_line(
    found: list[Line], run_together: Callable[[str], bool], part_start: re.Pattern[str]
) -> tuple[list[Line], list[int]]:
    """`split_run_together` as it read every line in turn, before its shortcut."""
    parts: list[Line] = []
    origin: list[int] = []
    for index, line in enumerate(found):
        if line.kind == "claimed" or ":" not in line.text or not run_together(line.text):
            parts.append(line)
            origin.append(index)
            continue
        for number, piece in enumerate(part_start.split(line.text)):
            if piece.strip():
                block = line.block * 1000 + number
                parts.append(Line(line.number, piece.strip(), block=block, links=line.links))
                origin.append(index)
    return parts, origin


run_together_texts = st.lists(
    st.sampled_from(
        [
            "arXiv:2401.01234 [pdf] Title: A Paper",
            " Authors: A. Name",
            "Title: T Authors: A",
            "[Submitted on 3 Jan 2024] Title: X",
            "View PDF HTML (experimental)Abstract: x",
            " Comments: 9 pages",
            "Title",
            ":",
            " ",
        ]
    )
    | texts,
    max_size=4,
).map("".join)


@settings(max_examples=300)
@given(
    st.lists(
        st.builds(
            Line,
            st.integers(1, 9),
            run_together_texts,
            kind=st.sampled_from(["text", "claimed"]),
            block=st.integers(0, 3),
        ),
        max_size=6,
    )
)
def test_splitting_run_together_lines_gives_what_a_step_per_line_gave(found: list[Line]) -> None:
    for reader in (arxiv, arxiv_abs):
        run_together = getattr(reader, "_is_run_together", None) or arxiv_abs._run_together
        assert split_run_together(found, run_together, reader._PART_START) == (
            _split_line_by_line(found, run_together, reader._PART_START)
        )


@settings(max_examples=300)
@given(run_together_texts)
def test_a_page_run_together_holds_a_title_label_where_one_is_looked_for(text: str) -> None:
    long_way = bool(
        (title := arxiv_abs._TITLE_LABEL.search(text))
        and arxiv_abs._AUTHORS_LABEL.search(text, title.end(), title.end() + 1000)
    )
    assert not long_way or "Title" in text
