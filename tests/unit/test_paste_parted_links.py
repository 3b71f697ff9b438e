"""A link whose text and address a line break or a space part (`[Title (2017) by A Name]` over
`(https://…)`), as holdout44's 004 writes its reading list: Markdown reads it as text, and the
list was read as no papers; the writer meant `[Title](https://…)`."""

from __future__ import annotations

from pathlib import Path

from papershelf.importers.paste.markdown import prepared
from papershelf.importers.pipeline import read_listing
from tests.pastes import real_papers_found

# made up, in the real page's shape
PAGE = (
    "### Papers:\n\n"
    "[Invented predictions in the pretend science of science. (2017) by Ada Quill]\n"
    "(https://example.org/pubmed/28150001)\n\n"
    "[Made-up fluid dynamics: whence, whither and why? (2016) by Ben R. Nadir]\n"
    "(https://example.org/content/472/2192/20160140)\n\n"
    "[A pretend life and its imaginary contributions (2002) by Cleo Tansy] "
    "(https://example.org/euclid.aos/1043350001)\n"
)


def test_the_parted_links_are_links_and_the_lines_keep_their_numbers() -> None:
    text, _headers = prepared(PAGE)
    assert text.count("\n") == PAGE.count("\n")
    assert "[Made-up fluid dynamics: whence, whither and why? (2016) by Ben R. Nadir](" in text
    records = read_listing(PAGE, "resources.md").records
    assert [(r.title, r.authors, r.date, r.urls, r.line) for r in records] == [
        (
            "Invented predictions in the pretend science of science",
            ["Ada Quill"],
            "2017",
            ["https://example.org/pubmed/28150001"],
            3,
        ),
        (
            "Made-up fluid dynamics: whence, whither and why?",
            ["Ben R. Nadir"],
            "2016",
            ["https://example.org/content/472/2192/20160140"],
            6,
        ),
        (
            "A pretend life and its imaginary contributions",
            ["Cleo Tansy"],
            "2002",
            ["https://example.org/euclid.aos/1043350001"],
            9,
        ),
    ]


def test_brackets_before_a_remark_in_brackets_stay_text() -> None:
    text = "[1] (see below)\n[draft] (not yet out)\n"  # made up: no address in the brackets
    assert prepared(text)[0] == text


def test_the_real_page() -> None:
    (path,) = (Path(__file__).parents[1] / "data" / "listings-holdout44").glob("004_*.md")
    assert real_papers_found(path) == 6  # none before
