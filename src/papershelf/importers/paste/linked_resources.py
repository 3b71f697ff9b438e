"""A list of linked titles that mixes papers with the other things a project or a course points
to (databases, guides, tools, sites): where the list links most of its papers to where papers
live (hosts.py), a bare link elsewhere is a resource, no paper.

A bare link here is a record with nothing but a title and addresses: no names, no date, no
identifier, no PDF. A list whose papers mostly carry names or dates is left alone (citations name
their papers; a resource is told by what it lacks), and so is one that links few papers at
scholarly hosts (an awesome-list's project pages are its papers)."""

from __future__ import annotations

import re

from papershelf.core.records import PaperRecord
from papershelf.importers.paste.hosts import scholarly

# At least this many linked titles at scholarly hosts, and this share of the list's records
SCHOLARLY_LINKS = 5
SCHOLARLY_SHARE = 0.4
# Addresses that may well be a paper's though their host is not known: a PDF, a DOI, an article's
# path at any publisher (`…/article-abstract/148/3/…`, `/content/342/6156/1243092`, `/19/7183/2019/`),
# a paper's code (a list of papers with code links some by their repository alone), Elsevier's
# article id (`/pii/S…`, its reader's too), and a shortened link, which hides where it leads.
_DOCUMENT = re.compile(
    r"\.pdf(?:$|[?#])|[?&]doi=10\.|/doi/|/10\.\d{4,}/|/(?:article|articles|article-abstract|"
    r"fulltext|abstract|abs|paper|papers)(?:/|$)|/content/\d|/\d+/\d+/(?:19|20)\d\d/?$|/pii/"
    r"|^https?://(?:www\.)?(?:github\.com|gitlab\.com)/"
    r"|^https?://(?:t\.co|bit\.ly|goo\.gl|tinyurl\.com|ow\.ly|buff\.ly)/",
    re.IGNORECASE,
)


def resources_among_papers(records: list[PaperRecord]) -> set[int]:
    """The ids of the records that are linked resources, not papers (empty: none is)."""
    linked = [r for r in records if _at_scholarly_host(r)]
    named = sum(1 for r in linked if r.authors or r.date)
    if len(linked) < SCHOLARLY_LINKS or len(linked) < SCHOLARLY_SHARE * len(records):
        return set()
    if 2 * named > len(linked):
        return set()
    return {id(r) for r in records if _bare_link_elsewhere(r)}


def _at_scholarly_host(record: PaperRecord) -> bool:
    return any(map(scholarly, record.urls))


def _bare_link_elsewhere(record: PaperRecord) -> bool:
    said = (record.authors, record.date, record.date_text, record.doi, record.arxiv_id)
    if any(said) or not record.urls:
        return False
    return not any(scholarly(url) or _DOCUMENT.search(url) for url in record.urls)
