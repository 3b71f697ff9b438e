"""The paste pipeline: seed layouts keep their exact parsers, several layouts in one paste give
several segments, relative dates resolve only against a stated capture date, a low-confidence
reading is flagged, a segment can be read again as another layout."""

from __future__ import annotations

from pathlib import Path

import pytest

from papershelf.core.errors import ImportFailed
from papershelf.importers import parse_file
from papershelf.importers.pipeline import read_bytes, read_listing, reread_segment
from papershelf.library.preview import preview_clipboard
from tests.conftest import SEED_FILES

LISTINGS = Path(__file__).resolve().parent.parent / "data" / "listings"


def dev(prefix: str) -> str:
    (path,) = [p for p in LISTINGS.glob(f"{prefix}_*") if "expected" not in p.name]
    return path.read_text("utf-8")


@pytest.mark.parametrize("path", SEED_FILES, ids=lambda p: p.name[:3])
def test_seed_layouts_take_their_exact_parser_as_one_segment(path: Path) -> None:
    preview = read_listing(path.read_text("utf-8"), path.name)
    parsed = parse_file(path).result
    assert [s.layout for s in preview.segments] == [parsed.layout]
    assert preview.records == parsed.records
    assert all(r.confidence is None for r in preview.records)


def test_two_pages_in_one_paste_give_two_segments() -> None:
    # An arXiv search pasted into notes, then a reading list: each keeps its own layout.
    text = dev("039") + "\n\n" + dev("034")
    preview = read_listing(text, "notes.md")
    layouts = [s.layout for s in preview.segments]
    assert layouts == ["arxiv-paste", "reading-list"]
    first, second = preview.segments
    assert first.last_line < second.first_line
    assert len(first.records) == 3 and len(second.records) == 6


def test_the_same_block_pasted_twice_gives_each_paper_once() -> None:
    text = dev("013")
    preview = read_listing(text + "\n\n" + text, "twice.md")
    assert len(preview.records) == 2
    assert any("kept once" in w.message for w in preview.warnings)


HF_LIKE = """### [Scaling Sparse Mixtures for Retrieval](https://huggingface.co/papers/2501.01234)

Submitted by jdoe
Upvote 149
3 days ago

### [A Small Study of Long Context Recall](https://huggingface.co/papers/2501.04321)

Submitted by someone
Upvote 12
yesterday
"""


def test_relative_dates_resolve_only_against_a_stated_capture_date() -> None:
    undated = read_listing(HF_LIKE, "daily.md")
    assert [r.title for r in undated.records] == [
        "Scaling Sparse Mixtures for Retrieval",
        "A Small Study of Long Context Recall",
    ]
    for record in undated.records:
        assert record.date is None and record.date_text in ("3 days ago", "yesterday")
        assert "date" in record.needs_review
    captured = read_listing("---\ncaptured: 2025-01-10\n---\n" + HF_LIKE, "daily.md")
    assert [r.date for r in captured.records] == ["2025-01-07", "2025-01-09"]
    assert [r.arxiv_id for r in captured.records] == ["2501.01234", "2501.04321"]
    in_text = read_listing("Captured on 10 January 2025\n\n" + HF_LIKE, "daily.md")
    assert [r.date for r in in_text.records] == ["2025-01-07", "2025-01-09"]


def test_a_reading_from_one_cue_is_flagged_for_review_with_its_reason() -> None:
    text = (
        "Some notes from today.\n\nSparse Attention Patterns in Protein Language Models\n\n"
        "Published: 3 March 2021\n"
    )
    (record,) = read_listing(text, "note.txt").records
    assert record.title == "Sparse Attention Patterns in Protein Language Models"
    assert record.date == "2021-03-03"
    assert record.confidence is not None and record.confidence < 0.6
    assert any(flag.startswith("review: ") for flag in record.needs_review)


def test_a_segment_read_again_as_another_layout() -> None:
    preview = read_listing(dev("038"), "notes.md")
    assert [s.layout for s in preview.segments] == ["arxiv-paste"]
    again = reread_segment(preview, 0, "arxiv-search")
    assert [s.layout for s in again.segments] == ["arxiv-search"]
    assert again.switched and not preview.switched
    assert again.segments[0].first_line == preview.segments[0].first_line
    refused = reread_segment(preview, 0, "bibtex")
    assert refused.segments[0].records == [] and refused.segments[0].warnings


def test_a_segment_switched_away_and_back_gives_its_papers_back() -> None:
    """Two real pastes one after the other; the table's header sits before its first paper
    and the paste before it closes a code fence: neither may be lost when read again."""
    preview = read_listing(dev("038") + "\n\n" + dev("011"), "two.md")
    assert [(s.layout, len(s.records)) for s in preview.segments] == [
        ("arxiv-paste", 2),
        ("table", 8),
    ]
    away = reread_segment(preview, 1, "labelled")
    assert away.segments[0] == preview.segments[0]
    back = reread_segment(away, 1, "table")
    assert [r.title for r in back.records] == [r.title for r in preview.records]


def test_a_seed_layout_forced_on_text_not_in_it_names_the_line() -> None:
    with pytest.raises(ImportFailed) as refused:
        read_listing(dev("038"), "notes.md", layout="csl-json")
    assert (refused.value.file, refused.value.line) == ("notes.md", 1)
    preview = read_listing(dev("038"), "notes.md")
    (warning,) = reread_segment(preview, 0, "csl-json").segments[0].warnings
    assert warning.line == 7 and "(line 7: CSL-JSON is a list of items)" in warning.message


def test_clipboard_html_is_read_before_its_plain_text() -> None:
    html = dev("019")
    plain = "nothing to see here.\n"
    preview = preview_clipboard(plain, html)
    assert len(preview.records) == 3 and preview.records[0].arxiv_id == "1807.07067"
    with pytest.raises(ImportFailed):
        preview_clipboard(plain, None)


def test_bytes_report_their_encoding() -> None:
    text = dev("013")
    assert read_bytes(text.encode("utf-16"), "x.md").encoding == "utf-16"
    assert read_bytes(text.encode("utf-8"), "x.md").encoding == "utf-8"


@pytest.mark.parametrize(
    "text", ["", "   \n\n", "Dear diary,\nnothing to see here.\n", "x" * 100_000]
)
def test_hostile_text_is_refused(text: str) -> None:
    with pytest.raises(ImportFailed):
        read_listing(text, "hostile.txt")


def test_text_the_markdown_parser_panics_on_is_read_as_plain() -> None:
    """Found by hypothesis: markdown-it-pyrs 0.4 panics (code_pair.rs, index out of bounds) on
    a backtick after a line holding '[' and a non-ASCII letter; the import raised pyo3's
    PanicException instead of reading or refusing the text."""
    text = "---\ntitle: x\n---\nFĭ[\n`N\n"
    with pytest.raises(ImportFailed):  # read as plain lines: nothing in it, so refused
        read_listing(text, "panic.md")


LICENCES = Path("/usr/share/common-licenses")  # real prose every Debian system has (base-files)


@pytest.mark.parametrize(
    "name", ["GPL-2", "GPL-3", "LGPL-3", "Apache-2.0", "BSD", "Artistic", "MPL-2.0", "CC0-1.0"]
)
def test_real_prose_is_refused(name: str) -> None:
    """Trial 5: the GPL-3 preamble's paragraph was offered as a ticked "paper" (title: its first
    line, abstract: the next paragraph); GPL-2's "Version 2, June 1991" likewise."""
    if not (LICENCES / name).is_file():
        pytest.skip(f"{LICENCES / name} is not on this system")
    head = "\n".join((LICENCES / name).read_text(encoding="utf-8").split("\n")[:60])
    with pytest.raises(ImportFailed, match="no known listing layout"):
        read_listing(head, name)


ABSTRACT_PAGE = """Title: A Made-Up Study of Sparse Attention
Authors: Ada Example, Bo Sample
Abstract: We study a thing that is only here to show the shape of an arXiv abstract page as
people copy it into their notes, with the labels the page prints.
Comments: 12 pages, code at https://github.com/example/sparse
Subjects: Machine Learning (cs.LG)
Cite as: arXiv:2401.01234 [cs.LG]
"""


def test_an_abstract_page_keeps_its_cite_as_identifier() -> None:
    # The shape of arXiv's abstract page (generated text: Title:/Authors:/Abstract:/Cite as:).
    (record,) = read_listing(ABSTRACT_PAGE, "abs.md").records
    assert record.title == "A Made-Up Study of Sparse Attention"
    assert record.authors == ["Ada Example", "Bo Sample"]
    assert record.arxiv_id == "2401.01234"
    assert record.comments and "https://github.com/example/sparse" in record.urls


CHROME_HTML = (
    "<meta charset='utf-8'><ul>"
    '<li><a href="https://arxiv.org/abs/2401.00001">Sparse lattices for tiny pretend models</a>'
    " by Ana Ruiz, Bo Chen (2024)</li>"
    '<li><a href="https://arxiv.org/abs/2401.00002">Warm starts in invented federated tuning</a>'
    " by Dee Park (2024)</li></ul>"
)


def test_chromes_clipboard_html_opening_with_its_charset_is_read_as_html() -> None:
    """Chrome on Linux puts `<meta charset='utf-8'>` before the copied fragment (trial 14: the
    HTML was not read, the plain text's links were lost)."""
    preview = preview_clipboard("Sparse lattices…\nWarm starts…", CHROME_HTML)
    records = [r for s in preview.segments for r in s.records]
    assert [r.arxiv_id for r in records] == ["2401.00001", "2401.00002"]
