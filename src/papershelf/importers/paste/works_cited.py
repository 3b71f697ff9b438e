"""`Works cited` lists that documents and research assistants write: one web page a line, as
`Page title, accessed July 22, 2025, https://…`.

Most entries are web pages (products, forums, blogs, repositories); an entry is a paper only when
its address is a paper's page (an arXiv abstract, PDF or HTML page, a DOI, an OpenReview forum).
Its title is the page's title without the site's name (`[2501.17116] Title - arXiv`); a page
titled only by its identifier (`arXiv:2409.11055v6 [cs.CL] 4 Jun 2025`, a PDF's header) names
no title and is left out. The access date is the reader's, never the paper's.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from papershelf.importers.paste.build import Draft, build
from papershelf.importers.paste.doc import Doc, Found
from papershelf.importers.paste.identifiers import find_identifiers
from papershelf.importers.paste.lines import Line

NAME = "works-cited"
DESCRIPTION = "`Works cited` lists of web pages (`Title, accessed July 22, 2025, https://…`)"

_ACCESSED = ", accessed "
_ENTRY = re.compile(
    r"^(?:\d{1,3}[.)]\s+)?(?P<title>.{4,300}?),\s+accessed\s+"
    r"(?:[A-Z][a-z]+\.? \d{1,2}, \d{4}|\d{1,2} [A-Z][a-z]+\.? \d{4}|\d{4}-\d{2}-\d{2}),\s+"
    r"(?P<url>https?://\S+?)[.,]?$"
)
_PAPER_PAGE = re.compile(
    r"^https?://(?:(?:www\.|export\.)?arxiv\.org/(?:abs|pdf|html)/|(?:dx\.)?doi\.org/10\."
    r"|openreview\.net/(?:forum|pdf)\?id=|aclanthology\.org/[\w.\-]+/?$)",
    re.IGNORECASE,
)
# Beyond the archives: a paper's page on a site that shows papers (`huggingface.co/papers/…`,
# `…/paper/127048`) or a PDF (a proceedings' or a lab's copy of the paper).
_DOCUMENT = re.compile(
    r"^https?://[^/\s]+/(?:[^?#\s]*/)?(?:papers?/[\w.\-]+/?(?:[?#]|$)|[^?#\s]+\.pdf(?:[?#]|$))",
    re.IGNORECASE,
)
_ID_PREFIX = re.compile(r"^\[(?:\d{4}\.\d{4,5}|[a-z\-]+/\d{7})(?:v\d+)?\]\s*")
_SITE_TAIL = re.compile(
    r"\s+[-–—|]\s+(?:arXiv(?:\.org)?|OpenReview(?:\.net)?|ACL Anthology|Semantic Scholar"
    r"|ResearchGate)\s*$"
)
_ID_ONLY = re.compile(r"^arXiv:\S+(?:\s+\[[\w.\-]+\])?(?:\s+\d{1,2} [A-Z][a-z]{2} \d{4})?$")


def read(lines: list[Line], doc: Doc) -> list[Found]:
    if doc.source.find(_ACCESSED) < 0:
        return []  # most pastes: one look at the whole text
    found: list[Found] = []
    for index, line in enumerate(lines):
        if line.kind == "claimed" or _ACCESSED not in line.text:
            continue
        match = _ENTRY.match(line.text)
        if match is None or not _paper_page(match["url"]):
            continue
        title = _SITE_TAIL.sub("", _ID_PREFIX.sub("", match["title"].strip()))
        title = _own_site_dropped(_PAGE_PREFIX.sub("", title), match["url"])
        if _ID_ONLY.match(title):
            continue
        draft = Draft(line=line.number, title=title, urls=[match["url"]])
        ids = find_identifiers("", [match["url"]])
        draft.text = " ".join(filter(None, (ids.arxiv_id and f"arXiv:{ids.arxiv_id}", ids.doi)))
        draft.confidence = 0.75
        found.append(Found(build(draft, doc.captured), index, index))
    return found


def _paper_page(url: str) -> bool:
    return bool(_PAPER_PAGE.match(url) or _DOCUMENT.match(url))


# Hugging Face titles a paper's page `Paper page - Title`.
_PAGE_PREFIX = re.compile(r"^Paper page\s+[-–—]\s+")
_TAIL = re.compile(r"\s+[-–—|]\s+(?P<site>[^-–—|]{2,40})$")


def _own_site_dropped(title: str, url: str) -> str:
    """`Title - IJCAI` at `www.ijcai.org`, `Title - ChatPaper` at `chatpaper.com`: a page's
    title ends with the name of the site it is on, which is no part of the paper's title."""
    tail = _TAIL.search(title)
    host = (urlsplit(url).hostname or "").removeprefix("www.")
    site = "".join(ch for ch in (tail["site"] if tail else "").casefold() if ch.isalnum())
    if tail is None or len(site) < 3 or site not in host.replace("-", "").replace(".", ""):
        return title
    return title[: tail.start()]


# IEEE's online references: `[3] A. Name, “Title,” Site, https://… (accessed May 19, 2023).`
# Other languages say it too: `(abgerufen am 30.06.2018)`, `(consulté le 3 mai 2021)`.
_ACCESSED_IN_BRACKETS = re.compile(
    r"[\[(]\s*(?:accessed|retrieved|abgerufen(?:\s+am)?|zugegriffen(?:\s+am)?|zugriff(?:\s+am)?"
    r"|consulté(?:\s+le)?|consultado(?:\s+(?:el|em))?|acessado(?:\s+em)?|visitato(?:\s+il)?"
    r"|geraadpleegd(?:\s+op)?):?\s+[^\])]{4,30}[\])]",
    re.IGNORECASE,
)
_ANY_URL = re.compile(r"https?://\S+")


def accessed_web_page(text: str, urls: list[str]) -> str | None:
    """What an online reference (`… https://… (accessed May 19, 2023).`) cites: "page" when its
    address is no paper's page (a video, a repository, a blog), "paper" when it is, None for
    text that is no online reference. Its date is the reader's access, never the paper's."""
    accessed = _ACCESSED_IN_BRACKETS.search(text)
    if accessed is None:
        return None
    addresses = urls + _ANY_URL.findall(text[: accessed.start()])
    return "paper" if any(_PAPER_PAGE.match(a) for a in addresses) else "page"


def without_access_date(text: str) -> str:
    return _ACCESSED_IN_BRACKETS.sub("", text)
