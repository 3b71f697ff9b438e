"""Escaping for LaTeX, as a property: whatever a note, abstract or title holds, no TeX special
is left raw where it would break a document, inside math or out."""

from __future__ import annotations

import os
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from papershelf.core.latex import escape, escape_title, unescape

EXAMPLES = int(os.environ.get("HYPOTHESIS_EXAMPLES", "300"))
# Text made mostly of the characters that matter, with some math commands and letters.
PIECES = st.sampled_from(
    ["$", "%", "&", "#", "^", "_", "{", "}", "\\", "~", "@", " ", "a", "x", "2", "α", "é",
     "\\sim", "\\mathcal{O}", "\\frac{1}{2}", "\\alpha", "\\%", "\n"]
)  # fmt: skip
TEXT = st.lists(PIECES, max_size=40).map("".join)
MATH = re.compile(r"(?<!\\)\$([^$]*)(?<!\\)\$")


def _outside_math(latex: str) -> str:
    return MATH.sub("", latex)


def _check(latex: str) -> None:
    assert not re.search(r"(?<!\\)[%&#]", latex), latex  # comment, alignment tab, parameter
    assert len(re.findall(r"(?<!\\)\$", latex)) % 2 == 0, latex  # math is closed
    outside = _outside_math(latex)
    assert not re.search(r"[\^_]", outside.replace("\\_", "")), latex  # scripts only in math
    depth = 0
    for ch in latex.replace("\\{", "").replace("\\}", ""):
        depth += {"{": 1, "}": -1}.get(ch, 0)
        assert depth >= 0, latex
    assert depth == 0, latex
    for body in MATH.findall(latex):
        assert not re.search(r"[\^_]\s*(?:$|[\^_}])", body), latex  # every script has an operand


@settings(max_examples=EXAMPLES, deadline=None)
@given(TEXT, st.booleans())
def test_notes_and_abstracts_leave_no_special_raw(text: str, latin: bool) -> None:
    _check(escape(text, unicode_to_latex=True, keep_math=True, keep_latin=latin))


@settings(max_examples=EXAMPLES, deadline=None)
@given(TEXT, st.booleans())
def test_titles_leave_no_special_raw_and_brace_their_math(text: str, latin: bool) -> None:
    latex = escape_title(text, unicode_to_latex=True, keep_latin=latin)
    _check(latex)
    assert all(latex[m.start() - 1 : m.start()] == "{" for m in MATH.finditer(latex))


@settings(max_examples=EXAMPLES, deadline=None)
@given(TEXT)
def test_text_outside_math_comes_back(text: str) -> None:
    """Without math the escaping is lossless (math comes back as written, with `\\%`)."""
    plain = text.replace("$", "")
    assert unescape(escape(plain, unicode_to_latex=True)) == plain
