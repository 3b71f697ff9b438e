"""Readable names for imported sources: the page a listing came from and when, not the file's
hashed name ("arXiv search · Dec 1", "Clipboard · arXiv · Dec 1 14:05")."""

from __future__ import annotations

import re
from collections import Counter
from datetime import datetime
from pathlib import PurePath
from typing import Any

LAYOUT_LABELS = {
    "unread": "Not read",  # no reader found a paper: the user chooses a layout
    "title-lines": "One title a line",
    "author-profile": "Author profile",
    "hf-papers": "Hugging Face papers",
    "hf-daily": "Hugging Face daily",
    "abstracts": "Abstracts",
    "arxiv-search": "arXiv search",
    "arxiv-paste": "arXiv",
    "arxiv-abs": "arXiv abstract page",
    "hf-paste": "Hugging Face",
    "front-matter": "Note front matter",
    "scholar": "Google Scholar",
    "wiki-template": "Wiki page",
    "titled-fields": "Titles with their fields",
    "link-labels": "Titles with link labels",
    "multi-paper-card": "Card on several papers",
    "labelled": "Labelled cards",
    "table": "Table",
    "csv-table": "CSV export",
    "kv-table": "Table of a paper's fields",
    "cited-rows": "Tables with a citation row",
    "journal-highlights": "Journal highlights page",
    "dated-id-lines": "Titles over day and arXiv id",
    "club-titles": "Journal club title bullets",
    "annotated-quotes": "Quoted titles with author notes",
    "week-readings": "Readings by week",
    "programme": "Conference or workshop page",
    "scholar-export": "Harvested search results",
    "by-lines": "Titles with By lines",
    "preprint-cards": "Preprint server list",
    "rxiv-lists": "bioRxiv, medRxiv or F1000 list",
    "digest-entries": "arXiv digest",
    "paper-page": "Paper page",
    "paper-section": "Newsletter papers",
    "paper-headings": "Paper headings",
    "addressed-headings": "Headings with paper addresses",
    "reading-list": "Reading list",
    "bare-headings": "Headings among papers",
    "dash-bylines": "Search paragraphs",
    "named-links": "Named reference links",
    "keyed-titles": "Titles keyed by a database id",
    "name-bullets": "Journal listing with author items",
    "callout-bookmarks": "Bookmark callouts in notes",
    "atom-text": "arXiv API results",
    "works-cited": "Works cited",
    "pubmed-summary": "PubMed results",
    "chicago-items": "Chicago-style readings",
    "cited-links": "Links with citations",
    "feed-cards": "Journal feed digest",
    "led-by": "Announced papers (led by)",
    "link-bylines": "Linked titles with bylines",
    "name-title-items": "Name. Title. items",
    "to-read-titles": "To-read titles",
    "captioned-titles": "Titles under a caption (Accepted Papers)",
    "affiliated-names": "Title over names with affiliations",
    "title-bylines": "Titles over their authors' lines",
    "noted-headings": "Paper headings over notes",
    "titled-snippets": "Titles over abstract snippets",
    "anchor-contents": "A notes page's contents",
    "speaker-titles": "Speakers over talks' titles",
    "checklist-citations": "Reading checklist",
    "club-meetings": "Journal club meetings",
    "glued-bylines": "Names run into titles",
    "item-bylines": "Items with by-lines",
    "outline-readings": "Course outline readings",
    "quoted-alone": "Quoted titles alone",
    "marked-titles": "Titles in 《》 or 『』",
    "resource-items": "Titles with resource links",
    "names-then-links": "Author, then linked title",
    "surname-quotes": "Surname and quoted title",
    "title-names-items": "Title, then names",
    "article-page": "Article page",
    "class-digest": "Digest with arXiv classes",
    "cover-page": "Archive cover page",
    "document-site": "Document-sharing page",
    "link-cards": "Paper cards with links",
    "linked-documents": "Proceedings contents",
    "access-lines": "References with access lines",
    "bold-under-names": "Bold titles under names",
    "book-references": "Book bibliography",
    "cjk-references": "CJK reference list",
    "dated-names": "Names and year over titles",
    "linked-references": "Linked references",
    "venue-references": "Initials-first references",
    "dashed-items": "Accepted papers, title – names",
    "name-dash-titles": "Books, name – title",
    "digest-inverted": "Digest with inverted names",
    "emoji-citations": "Posts sharing papers",
    "inline-bylines": "Title by names, a line each",
    "two-part-lines": "Title and names, a line each",
    "catalogue-record": "Library catalogue record",
    "index-work": "Citation index work page",
    "italic-works": "Works in italics and their authors",
    "article-top": "One article's page",
    "article-venue": "Article page with its journal's line",
    "lone-title": "A title alone",
    "issue-contents": "Issue contents",
    "picked-titles": "Editors' picks",
    "ranked-rows": "Most-read list",
    "timed-feed": "Timed feed",
    "timed-talks": "Timed schedule",
    "arxiv-listed": "arXiv mirror list",
    "dateline-article-page": "Article page with a dateline",
    "fields-line": "Fields on one line",
    "reviewed-book": "Mailing-list book review",
    "typed-article-page": "Article page typed as such",
    "initials-after": "Publication list (initials after names)",
    "generic": "Pasted text",
    "repeated-records": "Repeated records",
    "reference-lines": "Reference list",
    "learned-lines": "Learned lines",
    "bibtex": "BibTeX",
    "csl-json": "CSL-JSON",
}
CLIPBOARD = "clipboard"
# A file name that says nothing to a reader: digits and a hash, as saved pages often are.
HASHED_NAME = re.compile(r"(?:\d+[_-])?[0-9a-f]{8,}", re.I)


def layout_label(layout: str) -> str:
    """A reader's name for a layout id; a file read in several layouts ("arxiv-paste+labelled")
    names each."""
    return " + ".join(
        LAYOUT_LABELS.get(part, part.replace("-", " ").capitalize()) for part in layout.split("+")
    )


def is_clipboard(file: str) -> bool:
    """A paste: its text ("clipboard"), or the HTML a browser put beside it ("clipboard.html")."""
    return file == CLIPBOARD or file.startswith(CLIPBOARD + ".")


def _when(imported: str) -> datetime | None:
    try:
        return datetime.fromisoformat(imported)
    except ValueError:
        return None


def _day(when: datetime | None) -> str:
    return f"{when:%b} {when.day}" if when is not None else "?"


def source_labels(sources: list[dict[str, Any]]) -> dict[int, str]:
    """A label per source id: the name the reader gave it, else the page and the day; the time
    is added where two would read the same (two clipboard imports on one day), then a number
    where even that is the same."""
    base: dict[int, str] = {}
    when: dict[int, datetime | None] = {}
    for source in sources:
        when[source["id"]] = _when(str(source["imported"]))
        base[source["id"]] = _page_and_day(source)
    repeated = Counter(base.values())
    labels = {}
    for source_id, label in base.items():
        moment = when[source_id]
        if repeated[label] > 1 and moment is not None:
            label = f"{label} {moment:%H:%M}"
        labels[source_id] = label
    for source in sources:
        if source.get("label"):  # the reader's own name, as they wrote it
            labels[source["id"]] = str(source["label"])
    again = Counter(labels.values())
    seen: Counter[str] = Counter()
    for source_id in sorted(labels):
        label = labels[source_id]
        if again[label] > 1:
            seen[label] += 1
            labels[source_id] = f"{label} ({seen[label]})"
    return labels


def source_name(source: dict[str, Any]) -> str:
    """One source of a paper as the reader knows it: the name they gave it, else the page and
    the day it was imported ("arXiv search · Dec 1"); the file name is for tooltips."""
    if source.get("label"):
        return str(source["label"])
    return _page_and_day(source)


def _page_and_day(source: dict[str, Any]) -> str:
    """A paste by its page; a file by its name (as Zotero names an imported file's collection)
    unless the name is a hash, then by its page too."""
    file = str(source["file"])
    page = layout_label(str(source["layout"]))
    stem = PurePath(file).stem
    if is_clipboard(file):
        page = f"Clipboard · {page}"
    elif stem and not HASHED_NAME.fullmatch(stem):
        page = stem
    return f"{page} · {_day(_when(str(source.get('imported', ''))))}"


def source_tooltip(source: dict[str, Any]) -> str:
    return (
        f"{source['file']}\n{layout_label(str(source['layout']))}, imported "
        f"{str(source['imported']).replace('T', ' ')[:16]} · {source['papers']} papers"
    )


def readable_time(stamp: str) -> str:
    """`2026-12-01T10:07:49` as `Dec 1, 2026 10:07`; text that is not a timestamp as it is."""
    when = _when(stamp)
    return f"{when:%b} {when.day}, {when:%Y %H:%M}" if when is not None else stamp
