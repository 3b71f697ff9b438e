"""Property-based tests of the paste pipeline (hypothesis).

- A title is never glued from neighbouring lines: every title a paste reader gives lies within
  one source line, however the real excerpts' lines are shuffled and mixed with notes.
- Hostile input (binary, prose, one huge line) is refused and nothing is written.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from papershelf.core.errors import ImportFailed
from papershelf.core.text import fold
from papershelf.importers.paste import READERS
from papershelf.importers.paste.doc import normalise
from papershelf.importers.pipeline import read_bytes, read_listing
from papershelf.library import Library

EXAMPLES = int(os.environ.get("HYPOTHESIS_EXAMPLES", "150"))
LISTINGS = Path(__file__).resolve().parent.parent / "data" / "listings"
# Lines of the development excerpts (Markdown and plain text; held-out excerpts are not used).
REAL_LINES = sorted(
    {
        line
        for path in LISTINGS.glob("0*.md")
        if int(path.name[:3]) % 5
        for line in path.read_text("utf-8").split("\n")
    }
)
NOISE = [
    "",
    "",
    "## My reading list",
    "doi: 10.1000/xyz123",
    "see also the thread from yesterday",
    "3 days ago",
    "Upvote 149",
    "[-] 12",
    "View PDF",
    "Authors: A. Person, B. Person",
    "arXiv:2409.12191  [pdf, other]  cs.CV",
]
PASTES = st.lists(st.sampled_from(REAL_LINES + NOISE), min_size=1, max_size=60)
WORDS = st.sampled_from(
    "the a of and model data we show that this paper results method learning our in".split()
)


def sentence(words: list[str]) -> str:
    return (" ".join(words)).capitalize() + "."


PROSE = st.lists(st.lists(WORDS, min_size=4, max_size=18).map(sentence), min_size=1, max_size=25)


@settings(max_examples=EXAMPLES, deadline=None)
@given(PASTES)
def test_a_title_never_spans_two_source_lines(lines: list[str]) -> None:
    text = "\n".join(lines)
    try:
        preview = read_listing(text, "paste.md")
    except ImportFailed:
        return
    # Titles come from one normalised line (its text, a cell, a bold span or a link's label).
    folded = [fold(line.text) for line in normalise(text, "paste.md").lines]
    for segment in preview.segments:
        if segment.layout not in READERS:
            continue
        for record in segment.records:
            key = fold(record.title)
            assert any(key in line for line in folded), record.title


@settings(max_examples=EXAMPLES // 2, deadline=None)
@given(PROSE, st.integers(min_value=40, max_value=100))
@example(  # session 31: wrapped, its first sentence was read as a title over an abstract
    sentences=["Learning the the the method.", "The the the the.", "The " + "the " * 12 + "the."]
    + ["The the the the."] * 5,
    width=76,
)
def test_prose_is_refused(sentences: list[str], width: int) -> None:
    text = " ".join(sentences)
    wrapped = "\n".join(text[i : i + width] for i in range(0, len(text), width))
    for paste in (text, wrapped):
        try:
            preview = read_listing(paste, "prose.txt")
        except ImportFailed:
            continue
        raise AssertionError(f"prose read as {len(preview.records)} papers: {preview.layout}")


@settings(
    max_examples=EXAMPLES // 3,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(st.one_of(st.binary(min_size=1, max_size=2000).filter(lambda b: b"\x00" in b), PROSE))
def test_hostile_input_is_refused_and_nothing_written(data: bytes | list[str]) -> None:
    raw = data if isinstance(data, bytes) else " ".join(data).encode()
    with tempfile.TemporaryDirectory() as folder, Library(Path(folder) / "l.db") as library:
        try:
            read_bytes(raw, "hostile.txt")
        except ImportFailed:
            pass
        else:
            raise AssertionError("hostile input was read")
        with contextlib.suppress(ImportFailed):
            library.import_text(raw.decode("utf-8", "replace"), "hostile.txt")
        assert library.count() == 0 and library.sources() == []


def test_one_huge_line_is_refused() -> None:
    line = "word " * 400_000
    try:
        read_listing(line, "huge.txt")
    except ImportFailed:
        return
    raise AssertionError("one huge line was read")


def test_a_table_of_rules_alone_is_refused_not_an_error() -> None:
    """Found by hypothesis (test_a_title_never_spans_two_source_lines): three `|------|` lines
    ended in an IndexError in the flattened-table reader."""
    rule = "|------|------|------|-------|-------|"
    with pytest.raises(ImportFailed):
        read_listing(f"{rule}\n\n{rule}\n\n{rule}", "rules.md")
