"""Text no reader reads is offered for a layout chosen by hand, and `title-lines` reads it.

The window's import used to end a refused paste with "Nothing to import" and no way on (trial 7);
Zotero's and JabRef's imports leave the user a choice. The CLI still refuses such text with exit
1 (tests/unit/test_import_preview.py); the preview shows it unread instead. Real refused files
come from tests/data/listings-holdout6 (see its MANIFEST); the short lists are made up.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from papershelf.core.errors import ImportFailed, NoListingFound
from papershelf.importers.paste import READERS
from papershelf.importers.pipeline import AS_DETECTED, UNREAD, read_listing, reread_segment
from papershelf.library.preview import clipboard_or_unread, file_or_unread
from tests.conftest import DATA

REFUSED = (
    DATA / "listings-holdout6" / "006_review-report-candidates-italic-title-label-corpus-id.md"
)
PROSE = (
    "It was a dark and stormy night; the rain fell in torrents, except at occasional "
    "intervals, when it was checked by a violent gust of wind.\n\n"
) * 20


def test_text_no_reader_reads_is_refused_as_no_listing() -> None:
    with pytest.raises(NoListingFound, match="no known listing layout found") as raised:
        read_listing(PROSE, "novel.txt")
    assert isinstance(raised.value, ImportFailed)  # the CLI and the scripts catch it as before


def test_a_refused_file_comes_back_unread_with_its_digest() -> None:
    file = file_or_unread(REFUSED)
    (segment,) = file.preview.segments
    assert segment.layout == UNREAD and not segment.records
    text = REFUSED.read_text()
    assert text.endswith("\n")  # its last newline ends the last line: no line after it
    assert (segment.first_line, segment.last_line) == (1, text.count("\n"))
    assert "choose one in the Layout column" in segment.warnings[0].message
    assert file.digest  # importing what the user reads from it records the file as imported


def test_empty_and_binary_files_are_still_refused(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    binary = tmp_path / "photo.jpg"
    binary.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(256)) * 10)
    for path in (empty, binary):
        with pytest.raises(ImportFailed) as raised:
            file_or_unread(path)
        assert not isinstance(raised.value, NoListingFound)


def test_a_refused_paste_comes_back_unread_as_its_text() -> None:
    preview = clipboard_or_unread(PROSE, None)
    assert preview.name == "clipboard" and preview.segments[0].layout == UNREAD
    html_only = clipboard_or_unread("", "<p>" + PROSE + "</p>")
    assert html_only.name == "clipboard.html" and html_only.text.startswith("<p>")


def test_title_lines_reads_a_refused_file_s_titles_and_goes_back_as_detected() -> None:
    unread = file_or_unread(REFUSED).preview
    read = reread_segment(unread, 0, "title-lines")
    titles = [record.title for record in read.records]
    want = [
        paper["title"] for paper in json.loads(REFUSED.with_suffix(".expected.json").read_text())
    ]
    assert [title for title in titles if title in want] == want
    back = reread_segment(read, 0, AS_DETECTED)
    assert back.segments[0].layout == UNREAD and not back.records


def test_title_lines_keeps_each_line_s_identifiers_and_leaves_out_numbering_and_labels() -> None:
    text = (
        "# Papers from the meeting\n\n"
        "1. Pretend Graphs of Imaginary Rivers arXiv:2401.01234\n"
        "2. [ ] Title: Invented Methods for Made-Up Soils\n"
        "Authors: A. Nobody\n"
        "View PDF\n"
        "3) A Fictional Survey https://doi.org/10.1234/fict.5678\n"
    )
    preview = read_listing(text, "notes.md", layout="title-lines")
    got = [(r.title, r.arxiv_id, r.doi) for r in preview.records]
    assert got == [
        ("Pretend Graphs of Imaginary Rivers", "2401.01234", None),
        ("Invented Methods for Made-Up Soils", None, None),
        ("A Fictional Survey", None, "10.1234/fict.5678"),
    ]


def test_title_lines_is_never_detected_on_its_own() -> None:
    assert "title-lines" not in READERS
    with pytest.raises(NoListingFound):
        read_listing(PROSE, "novel.txt")


def test_a_segment_s_last_line_is_the_text_s_last_not_the_empty_one_after_its_newline() -> None:
    """Trial 8: four lines and their final newline showed as 'lines 1–5'."""
    text = "First pretend title\nSecond pretend title\nThird one here\nFourth and last\n"
    (segment,) = read_listing(text, "n.txt", layout="title-lines").segments
    assert (segment.first_line, segment.last_line) == (1, 4)
    switched = reread_segment(clipboard_or_unread(PROSE, None), 0, "title-lines")
    assert switched.segments[-1].last_line == PROSE.count("\n")


def test_title_lines_takes_a_bold_lead_and_leaves_a_trailing_address_and_its_colon() -> None:
    """Trial 8 on holdout6 005: titles kept `— Corpus ID: 2944` and `: metasyn://corpus/2940`,
    so the list's two mentions of each paper came in twice."""
    listing = next((DATA / "listings-holdout6").glob("005_*.md"))
    preview = read_listing(listing.read_text(), listing.name, layout="title-lines")
    want = json.loads(listing.with_name(listing.name.split(".")[0] + ".expected.json").read_text())
    assert [r.title for r in preview.records] == [paper["title"] for paper in want]
    assert sum("the same paper as line" in w.message for w in preview.warnings) == len(want)


def test_title_lines_flags_a_line_too_long_to_be_a_title() -> None:
    paragraph = " ".join(["word"] * 45)
    text = f"A Short Pretend Title\n\n{paragraph}\n"
    short, long = read_listing(text, "n.txt", layout="title-lines").records
    assert not short.needs_review
    assert long.needs_review and "over 30 words" in " ".join(long.needs_review)
