"""APA references of a reading list: editions, formats, unsigned works, a channel (session 38).

holdout34 016 (a digital-humanities course's reading list in APA) writes a book's edition and the
format it was filed in after its italic title (`_Title_ (Hardcover).`, `_Title_ (Rev. & updated
2nd ed).`), cites a manifesto without an author, and lists a video channel. The rule tests use
made-up text.
"""

from __future__ import annotations

import pytest
from scripts.fidelity import HOLDOUT34, expected_papers, title_key

from papershelf.core.records import PaperRecord
from papershelf.importers.paste.cite import read_citation
from papershelf.importers.paste.sci_refs import apa_entry
from papershelf.importers.paste.sources import not_a_paper
from papershelf.importers.pipeline import read_listing


@pytest.mark.parametrize(
    "text",
    [
        "Quill, A., & Nadir, B. (2008). A Companion to Invented Harbours (Hardcover). Oxford: "
        "Pretend Publishing.",
        "Quill, A. (2010). A Companion to Invented Harbours (Rev. & updated 2nd ed). New York: "
        "Pretend Press.",
        "Quill, A. (2010). A Companion to Invented Harbours (3rd ed). Chicago: Pretend Press.",
    ],
)
def test_an_edition_or_a_format_after_the_title_is_no_part_of_it(text: str) -> None:
    found = apa_entry(text)
    assert found is not None
    assert found.title == "A Companion to Invented Harbours"


def test_a_work_without_an_author_is_titled_where_the_names_go() -> None:
    cited = read_citation(
        "The Harbour Manifesto 2.0. (2009, May 29). Retrieved February 24, 2010, from "
        "https://example.org/manifesto",
        [],
        [],
    )
    assert cited is not None
    assert (cited.title, cited.authors, cited.year) == (
        "The Harbour Manifesto 2.0",
        "",
        "2009-05-29",
    )


def test_names_before_the_date_stay_names() -> None:
    cited = read_citation(
        "Quill, A. (2015, September 30). Tides of the invented harbour. Retrieved from "
        "https://example.org/tides",
        [],
        [],
    )
    assert cited is not None
    assert (cited.title, cited.authors) == ("Tides of the invented harbour", "Quill, A.")


@pytest.mark.parametrize(
    "url",
    [
        "https://vimeo.com/channels/harbourfilms",
        "https://www.youtube.com/@harbourfilms",
        "https://www.youtube.com/channel/UC123",
    ],
)
def test_a_video_channel_is_no_paper(url: str) -> None:
    record = PaperRecord(line=1, title="Every Frame a Harbour", authors=["Quill, A."], urls=[url])
    assert not_a_paper(record) == "a video"


def test_the_real_reading_list_gives_its_books_without_their_remarks() -> None:
    path = next(HOLDOUT34.glob("016_*.md"))
    records = read_listing(path.read_text("utf-8"), path.name).records
    titles = {title_key(r.title) for r in records}
    expected = {title_key(p["title"]) for p in expected_papers(path)}
    assert {
        title_key("A Companion to Digital Literary Studies"),
        title_key(
            "Graduate study for the twenty-first century: how to build an academic career in "
            "the humanities"
        ),
    } <= titles
    assert title_key("Every Frame a Painting") not in titles
    assert len(titles & expected) >= 9
