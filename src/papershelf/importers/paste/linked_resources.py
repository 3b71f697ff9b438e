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


REPOSITORY_RUN = 3  # bare repository links one after another: a list of tools
# A repository's own page (`https://github.com/owner/name`), not a file or a paper's page in it
_REPOSITORY = re.compile(r"^https?://(?:www\.)?(?:github\.com|gitlab\.com)/[^/\s]+/[^/\s#?]+/?$")


def runs_of_repositories(records: list[PaperRecord]) -> set[int]:
    """Records that link a repository's page and say nothing else, three or more one after
    another, in a paste that links its papers where papers live: its tools and datasets (an
    awesome-list's `[3DUnetCNN](https://github.com/…)` run over `[Paper](https://arxiv.org/…)`).
    One alone may be a paper known by its code."""
    found: set[int] = set()
    run: list[PaperRecord] = []
    for record in [*records, None]:
        if record is not None and _bare_repository(record):
            run.append(record)
            continue
        if len(run) >= REPOSITORY_RUN:
            found |= {id(r) for r in run}
        run = []
    if found and sum(map(_at_scholarly_host, records)) < SCHOLARLY_LINKS:
        return set()  # (counted only when there are runs: a 10 MB paste has 5,000 links)
    return found


def _bare_repository(record: PaperRecord) -> bool:
    said = (record.authors, record.date, record.date_text, record.doi, record.arxiv_id)
    return not any(said) and bool(record.urls) and all(map(_REPOSITORY.match, record.urls))


def _at_scholarly_host(record: PaperRecord) -> bool:
    return any(map(scholarly, record.urls))


def _bare_link_elsewhere(record: PaperRecord) -> bool:
    said = (record.authors, record.date, record.date_text, record.doi, record.arxiv_id)
    if any(said) or not record.urls:
        return False
    return not any(scholarly(url) or _DOCUMENT.search(url) for url in record.urls)
