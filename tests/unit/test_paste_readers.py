"""Each paste reader on real excerpts from the corpus (tests/data/listings, the development
files only: every fifth excerpt is held out of development, see scripts/fidelity.py).

The expected papers are the corpus's own `.expected.json`, transcribed from the excerpts; the
tests check that the right reader claims each excerpt and reads the papers it was built for.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from scripts.fidelity import arxiv_base, title_key

from papershelf.core.records import PaperRecord
from papershelf.importers.pipeline import ListingPreview, read_listing

LISTINGS = Path(__file__).resolve().parent.parent / "data" / "listings"


def excerpt(prefix: str) -> Path:
    (path,) = [
        p for p in LISTINGS.iterdir() if p.name.startswith(prefix) and "expected" not in p.name
    ]
    assert int(prefix) % 5, "held-out excerpts are not used in development tests"
    return path


def expected(prefix: str) -> list[dict[str, Any]]:
    path = excerpt(prefix)
    papers: list[dict[str, Any]] = json.loads(
        (path.parent / f"{path.name.rsplit('.', 1)[0]}.expected.json").read_text("utf-8")
    )
    return papers


def preview(prefix: str) -> ListingPreview:
    path = excerpt(prefix)
    return read_listing(path.read_text("utf-8"), path.name)


def by_title(records: list[PaperRecord]) -> dict[str, PaperRecord]:
    return {title_key(r.title): r for r in records}


def assert_reads(prefix: str, layout: str, fields: tuple[str, ...] = ()) -> ListingPreview:
    """Every expected paper is read by `layout`, with the named fields as expected."""
    read = preview(prefix)
    records = by_title(read.records)
    for paper in expected(prefix):
        record = records.get(title_key(paper["title"]))
        assert record is not None, f"{prefix}: {paper['title']!r} not found"
        segment = next(s for s in read.segments if record in s.records)
        assert segment.layout == layout, (prefix, paper["title"], segment.layout)
        for name in fields:
            want = paper.get(name)
            if name == "arxiv_id" and want:
                assert arxiv_base(record.arxiv_id or "") == arxiv_base(want), (prefix, want)
            elif name == "date" and want:
                assert want in (record.date, record.date_text), (prefix, want, record.date)
            elif name == "authors":
                assert record.authors == want, (prefix, paper["title"])
            elif name == "abstract" and want:
                assert " ".join(record.abstract.split()) == " ".join(want.split())
    assert len(read.records) == len(expected(prefix)), f"{prefix}: extra records"
    return read


@pytest.mark.parametrize("prefix", ["001", "038", "039"])
def test_arxiv_search_pastes(prefix: str) -> None:
    read = assert_reads(prefix, "arxiv-paste", ("authors", "arxiv_id", "date", "abstract"))
    for record in read.records:  # headings and notes between results stay out of the titles
        assert "#" not in record.title and "arxiv.org/search" not in record.title


@pytest.mark.parametrize("prefix", ["016", "017", "019"])
def test_arxiv_list_pages_text_and_html(prefix: str) -> None:
    assert_reads(prefix, "arxiv-paste", ("authors", "arxiv_id", "abstract"))


@pytest.mark.parametrize("prefix", ["036", "037"])
def test_google_scholar(prefix: str) -> None:
    read = preview(prefix)
    records = by_title(read.records)
    found = [p for p in expected(prefix) if title_key(p["title"]) in records]
    assert len(found) >= 3
    for paper in found:
        record = records[title_key(paper["title"])]
        assert record.authors == paper["authors"]
        assert record.date_text == paper["date"]
    assert {s.layout for s in read.segments} == {"scholar"}


@pytest.mark.parametrize("prefix", ["004", "007", "012", "013", "014", "031", "041"])
def test_labelled_lists_english_and_chinese(prefix: str) -> None:
    assert_reads(prefix, "labelled", ("authors", "arxiv_id", "date", "abstract"))


@pytest.mark.parametrize("prefix", ["011", "021", "023", "042", "043"])
def test_tables_markdown_and_html(prefix: str) -> None:
    assert_reads(prefix, "table", ("authors", "arxiv_id", "date"))


@pytest.mark.parametrize("prefix", ["006", "009", "024", "032", "033", "034"])
def test_reading_lists_and_newsletters(prefix: str) -> None:
    assert_reads(prefix, "reading-list", ("authors", "arxiv_id", "date"))


@pytest.mark.parametrize("prefix", ["008", "018", "027", "028", "029"])
def test_generic_reader_on_paper_pages_and_heading_lists(prefix: str) -> None:
    read = assert_reads(prefix, "generic", ("authors", "arxiv_id", "date", "abstract"))
    assert all(record.confidence is not None for record in read.records)


@pytest.mark.parametrize("prefix", ["002", "003"])
def test_a_summary_sites_titles_over_day_and_identifier_lines(prefix: str) -> None:
    # once read by the generic reader; the summary under each is the site's, no abstract
    assert_reads(prefix, "dated-id-lines", ("authors", "arxiv_id", "date", "abstract"))


def test_article_page_reader_on_a_rendered_paper_page() -> None:
    # The title over its byline, the affiliations and an `Abstract` heading: one article's front
    read = assert_reads("026", "article-page", ("authors", "arxiv_id", "date", "abstract"))
    assert all(record.confidence is not None for record in read.records)


def test_doi_and_openreview_links_become_identifiers() -> None:
    records = by_title(preview("009").records)
    record = records[title_key("Interpreting Deep Learning-Based Networking Systems")]
    assert record.doi == "10.1145/3387514.3405859"
    arxiv = records[
        title_key(
            "RF-Net: A Unified Meta-Learning Framework for RF-enabled "
            "One-Shot Human Activity Recognition"
        )
    ]
    assert arxiv.arxiv_id == "1906.00604"
    pdf_page = preview("028").records[0]
    assert pdf_page.doi == "10.3390/atmos8030046"


def test_agenda_items_are_read_but_flagged_for_review() -> None:
    read = assert_reads("022", "reading-list", ("arxiv_id",))
    unsure = [r for r in read.records if r.needs_review]
    assert unsure and all(r.confidence is not None and r.confidence < 0.6 for r in unsure)
    assert all(flag.startswith("review: ") for r in unsure for flag in r.needs_review)


def test_wiki_paper_template() -> None:
    assert_reads("044", "wiki-template", ("authors", "abstract"))
