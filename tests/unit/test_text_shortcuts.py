"""The shortcuts the paste readers take for speed give what the long way gives, on any text.

`squash` skips splitting text that has no white space to collapse; `caseless` lets a plain
`in` test rule a case-blind pattern out before it is tried. Hypothesis draws the text from
the characters where the two ways could part: every kind of white space, and the letters a
case-blind pattern reads as ASCII ones (`İ`, `ı`, `ſ`, the Kelvin sign).
"""

from __future__ import annotations

import re
import sys
from bisect import bisect_right

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from papershelf.core import text as text_module
from papershelf.core.text import caseless, squash
from papershelf.importers.paste import markdown
from papershelf.importers.paste.identifiers import (
    ARXIV_DOI,
    ARXIV_LABEL,
    ARXIV_LINK,
    BARE_OLD_ID,
    DOI,
    HF_LINK,
    OPENREVIEW,
    find_identifiers,
)
from papershelf.importers.paste.lines import Line, plain_lines

TRICKY = " \t\n\r\x0b\x0c\x1c\x1f\x85\xa0\u2003\u2028\u3000\u200b\ufeffaAıİſKkisxv"
texts = st.text(alphabet=st.sampled_from(TRICKY) | st.characters(), max_size=40)
# pieces of identifiers, in any case, among the tricky letters
pieces = st.sampled_from(
    [
        "arXiv:2401.01234",
        "ARXİV 2401.01234v2",
        "arxıv.org/abs/2401.01234",
        "10.48550/arXiv.1706.03762",
        "huggingface.co/paperſ/2401.01234",
        "OpenReview.net/forum?id=abc-1",
        "doi 10.1145/3442188.3445922",
        "10.",
        "hep-th/9711200v3",
        "math.GT/0309136",
        "x/cs/0112017",
    ]
)
identifier_texts = st.lists(pieces | texts, max_size=4).map(" ".join)


@given(texts)
def test_squash_is_split_and_join(text: str) -> None:
    assert squash(text) == " ".join(text.split())


def test_no_white_space_but_the_plain_space_is_printable() -> None:
    """`squash` takes a printable text for one without breaks: str.split() cuts at no
    printable character but the space."""
    breaks = [c for c in map(chr, range(sys.maxunicode + 1)) if c.isspace() and c != " "]
    assert breaks and not any(c.isprintable() for c in breaks)


@given(texts)
def test_caseless_keeps_what_a_case_blind_pattern_finds(text: str) -> None:
    for word in ("arxiv", "sign in", "kiss"):
        found = re.search(re.escape(word), text, re.IGNORECASE)
        assert not found or word in caseless(text)


@given(identifier_texts)
def test_identifiers_as_the_patterns_alone_find_them(text: str) -> None:
    found = find_identifiers(text, [])
    arxiv = next(
        (
            m["id"]
            for p in (ARXIV_LABEL, ARXIV_LINK, ARXIV_DOI, HF_LINK, BARE_OLD_ID)
            if (m := p.search(text))
        ),
        None,
    )
    hf, openreview, doi = HF_LINK.search(text), OPENREVIEW.search(text), DOI.search(text)
    assert found.arxiv_id == arxiv
    assert found.huggingface == (f"https://huggingface.co/papers/{hf['id']}" if hf else None)
    assert found.openreview == (openreview["id"] if openreview else None)
    assert found.doi == (doi["doi"].removesuffix(".pdf") if doi else None)


# links in any case, glued to words or not, among the letters a case-blind pattern reads as
# ASCII ones and the characters that end a link
link_pieces = st.sampled_from(
    [
        "https://x.org/a_b", "HTTP://Y.org", "httpſ://z.io", "xhttps://glued.org", "_http://u.v",
        "www.site.org", "WWW.", "/www.no.org", "gİthub.com/a/b", "github.com/", "x.github.com/c",
        "huggingface.co/papers/1", "HuggingFace.CO/x", "http", "\\url{https://w.org}", "\\_",
        "https://a.org/(b)", "<", '"', "{here", ".",
    ]
)  # fmt: skip
link_texts = st.lists(link_pieces | texts, max_size=6).map("".join)


@settings(max_examples=300)
@example("ahttps://x.org https://y.org")
@example("www.https://x.org")  # a match inside another one's span
@given(link_texts)
def test_links_are_found_where_the_pattern_finds_them(text: str) -> None:
    """The link pattern tried only where a link can start finds what it finds tried anywhere;
    the glued-link pattern written to start with its letter splits what the look-behind did."""
    wanted = [(m.start(), m.group(0)) for m in text_module._URL.finditer(text)]
    assert [(m.start(), m.group(0)) for m in text_module.url_matches(text)] == wanted
    glued = re.sub(r"(?<=\w)(https?://)", r" \1", text)
    assert text_module._GLUED_LINK.sub(r" \1", text) == glued


# Markdown: words, spaces of every kind, line breaks, links (plain, empty, wrapped, with
# brackets in the target), autolinks, emphasis, code, escapes, entities, images, HTML and a
# definition list's `: `.
markdown_atoms = st.sampled_from(
    [
        "word", " ", "  ", "\n", "\t", "\xa0", "\u3000", "\x1c", ": ", "é",
        "[lab el](http://x.org/a%5B1%5D)", "[](http://y)", "<http://auto.org>", "[a\nb](http://z)",
        "*em*", "**b**", "`c`", "\\\\", "\\ ", "&amp;", "[x]", "![i](u)", "<b>", "  \n", "~~s~~",
    ]
)  # fmt: skip


# plain paragraphs: what the source shortcut reads (ASCII), and white space of every kind
plain_markdown = st.text(alphabet="ab: .\n", max_size=24) | st.text(
    alphabet="ab: .\n\t\x0b\x1c\xa0é\u3000", max_size=24
)


@settings(max_examples=300)
@example("a  b")  # the spaces each check of the shortcut is there for
@example("a \nb")
@example("a\n b")
@example("a\n: b")
@example("a\tb")
@given(st.lists(markdown_atoms, min_size=1, max_size=6).map("".join) | plain_markdown)
def test_markdown_shortcuts_read_as_the_inline_reader(text: str) -> None:
    """A paragraph read from its source, or its nodes read without the inline reader, gives
    the lines the inline reader gives."""
    source = text.encode("utf-8")
    for block in markdown._PARSER.tree(text).children:
        if block.name != "paragraph":
            continue
        wanted = markdown._Inline().read(block.children)
        parts = markdown._plain_parts(block.children)
        assert parts is None or parts == wanted
        walk = markdown._Walk(source, 1)
        if markdown._plain_paragraph(walk, block.srcmap):
            assert [(line.text, line.links, line.bold) for line in walk.found] == wanted


# the starts of blocks whose inline runs the walk reads from the tree's nodes
block_atoms = st.sampled_from(
    ["\n\n", "\n", "# ", "## ", "- ", "* ", "1. ", "> ", "\n===\n", "\n---\n", "    ",
     "| a | b |\n|---|---|\n| ", " | ", "\n```\n", "<div>", "\n[r]: http://r.org\n", "[r]"]
)  # fmt: skip


def _walk_of_the_breaking_tree(text: str) -> list[Line]:
    """The lines of the tree with line break nodes, from the text as markdown_lines prepares it
    (a table's delimiter row without a header, `-  | - `, gets one in both)."""
    text, headers = markdown.prepared(text)
    walk = markdown._Walk(text.encode("utf-8"), 1)
    markdown._blocks(walk, markdown._PARSER.tree(text).children)
    return markdown._renumbered(walk.found, headers, 1)


@settings(max_examples=400)
@example("a *b*\nc")  # a run over two lines: read again from the tree with line breaks
@example("# [a](http://x.org)\n\nb\nc\n\n- *d*\n- e")  # every run on one line
@example("a\n===\n")
@example("-  | - ")  # a delimiter row without a header: both walks are given one
@example("wordword\n\n*em** [a\nb](http://z)")  # an emphasis left open: mapped after the link
@given(st.lists(markdown_atoms | block_atoms, min_size=1, max_size=10).map("".join))
def test_markdown_read_without_line_break_nodes_reads_as_with_them(text: str) -> None:
    """The tree without line break nodes, walked where every inline run keeps to one line (and
    else left for the tree with them), gives the lines the tree with them gives."""
    try:
        wanted = _walk_of_the_breaking_tree(text)
    except BaseException as error:  # markdown-it-pyrs panics on a few odd inputs
        if type(error).__name__ != "PanicException":
            raise
        return
    assert markdown.markdown_lines(text) == wanted


def test_a_long_text_whose_first_paragraphs_run_over_lines_is_read_with_line_breaks() -> None:
    """The probe of a long text's head: links over lines in it send the whole text to the tree
    with line break nodes at once; a head of one-line runs (a clipped daily page) does not."""
    wrapped = "[a\nb](http://x.org) *c*\nd\n\n" * (markdown.PROBE // 20)
    cards = "### [Title](http://x.org)\n\nAn abstract\nwrapped over lines.\n\n" * (
        markdown.PROBE // 40
    )
    assert not markdown._unbroken_fits(wrapped)
    assert markdown._unbroken_fits(cards)
    for text in (wrapped, cards):
        assert markdown.markdown_lines(text) == _walk_of_the_breaking_tree(text)


@given(
    st.text(alphabet=st.sampled_from("ab\n é"), max_size=30),
    st.lists(st.integers(0, 40), max_size=8),
)
def test_the_walk_counts_the_line_of_an_offset_as_the_line_starts_give_it(
    text: str, offsets: list[int]
) -> None:
    """The walk counts line ends as it goes forward (and from the start again if asked about an
    earlier offset): each offset's line is the one the list of line starts gives."""
    source = text.encode("utf-8")
    starts = markdown._line_starts(source)
    walk = markdown._Walk(source, 7)
    for offset in offsets:
        assert walk.line_at(offset) == 7 + bisect_right(starts, offset) - 1


@given(texts)
def test_plain_lines_read_no_break_spaces_as_a_line_at_a_time_did(text: str) -> None:
    """No-break spaces are read as spaces for the whole text at once: as each line stripped
    first, then read so, gave them."""
    wanted, block = [], 0
    for number, raw in enumerate(text.split("\n"), start=3):
        if stripped := raw.strip().replace("\u00a0", " "):
            wanted.append((number, stripped, block))
        else:
            block += 1
    assert [(line.number, line.text, line.block) for line in plain_lines(text, 3)] == wanted


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # made up, in the shapes reference lists write them
        ("Maldacena, J. The large N limit. hep-th/9711200.", "hep-th/9711200"),
        ("Perelman (2002), math.DG/0211159v1", "math.DG/0211159v1"),
        ("see https://example.org/cs/0112017 and 12/3456789", None),  # a path, a date: no id
        ("quant-ph/97112001 has eight digits", None),
    ],
)
def test_an_old_style_arxiv_id_needs_no_label(text: str, expected: str | None) -> None:
    assert find_identifiers(text, []).arxiv_id == expected
