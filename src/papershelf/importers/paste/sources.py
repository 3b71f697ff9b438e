"""Works a reference list or a newsletter cites that are no papers: blog posts, documentation,
news stories, product announcements, videos. Such an item reads like a citation (names or a publisher, a
quoted title, a year, a link) but names no paper: no arXiv id, DOI or paper host, and what it
does name says so — a publisher that is a blog or a manual, a link to a dated news or blog page,
or a headline in which a company announces something."""

from __future__ import annotations

import re

from papershelf.core.records import PaperRecord
from papershelf.importers.paste.hosts import scholarly

# `Kubernetes Blog`, `Google Cloud Documentation`, `Google for Developers`: a publisher that is a
# blog, a manual or a newsroom, named where a citation names its authors.
_PUBLISHER = re.compile(
    r"\b(?:blog|documentation|docs|developers|newsroom|news|press|github|repository|wiki)\b",
    re.IGNORECASE,
)
# A page dated in its path (`/2026/09/03/slug/`, `/blog/…`, `docs.…/how-to/…`): news, a blog, a
# manual; papers live under identifiers, not dates.
_PAGE = re.compile(
    r"^https?://(?:(?:docs|developers|blog|news)\.[^/]+/"
    r"|[^/]+/(?:[^?#]*/)?(?:19|20)\d{2}/\d{1,2}/(?:\d{1,2}/)?[^/]"
    r"|[^/]+/(?:[^?#]*/)?(?:blog|news|docs|documentation|guides|press)/)",
    re.IGNORECASE,
)
# `Google has announced LiteRT …`, `Cursor unveiled Automations`: a headline, a company doing.
_HEADLINE = re.compile(
    r"^\S+(?:\s+\S+)?\s+(?:has\s+|have\s+)?(?:announced|announces|unveiled|unveils|released|"
    r"releases|launched|launches|introduced|introduces|open-sourced|open-sources|rolled out|"
    r"rolls out|debuted|debuts|ships|shipped)\b",
    re.IGNORECASE,
)
# A video's page on the sites that host talks and explainers.
_VIDEO = re.compile(
    r"^https?://(?:(?:www\.|m\.)?youtube\.com/(?:watch|embed|shorts|live)|youtu\.be/"
    r"|(?:www\.)?vimeo\.com/(?:\d|channels/)|(?:www\.)?youtube\.com/(?:channel/|c/|@)|(?:www\.)?bilibili\.com/video/|(?:www\.)?dailymotion\.com/video/)",
    re.IGNORECASE,
)
# A talk's page in a conference's schedule (`…/2024/schedule/event/slug/`, `….sched.com/event/…`,
# `…/talk/slug/`): the talk, not a paper, even when its title and speaker read like one.
_TALK = re.compile(
    r"^https?://(?:[^/]+/(?:[^?#]*/)?(?:schedule/(?:event|session|talk)s?|talks?)/[\w\-]"
    r"|[\w\-]+\.sched\.com/event/)",
    re.IGNORECASE,
)  # not `…/virtual/2023/event/123`: a conference's page of a paper's poster
_REPOSITORY = re.compile(r"^https?://(?:www\.)?(?:github\.com|gitlab\.com|bitbucket\.org)/", re.I)
_OWNER_REPO = re.compile(r"^[\w.\-]+/[\w.\-]+\s*(?::\s|$)")
# A title that says it names a page: `Shared task page`, `Project website`, `Lab homepage`.
_WEB_PAGE = re.compile(
    r"\b(?:(?:task|project|home|landing|official|web|course|lab|group|personal|event|workshop)"
    r"\s+page|website|homepage|web\s+site)$",
    re.IGNORECASE,
)
_WHOLE_ISSUE = re.compile(r"^(?:the\s+)?(?:full|whole|entire|complete)\s+issue\s+of\b", re.I)
# `Kyle & Crossley`, `Hilpert, 2006 - shorter paper`, `Topic (Boleda, 2019) + exercises`: a group's
# schedule names a reading by its authors and year, or a session by a topic citing one.
_SURNAME = r"[A-ZÀ-Þ][a-zà-ÿ'’\-]+"
_CITATION_ONLY = re.compile(
    rf"^{_SURNAME}(?: (?:&|and) {_SURNAME}| et al\.?)$"
    # (a remark after the dash, lower-case or a word or two; `Kay 1995 - Alchian and the
    # Alchian Thesis` names its title there)
    rf"|^{_SURNAME}(?: et al\.?)?,? (?:19|20)\d{{2}}(?: [-–—] (?:[a-z].*|\S+(?: \S+)?))?$"
    rf"|^.+ \({_SURNAME}(?: et al\.?)?, (?:19|20)\d{{2}}\) \+ .+$"
)
# A bibliography's key heading over its entry, whatever identifier the entry gives the record
_KEY_ONLY = re.compile(
    rf"^{_SURNAME}(?: (?:&|and|et) {_SURNAME}| et al\.?)?,? \(?(?:19|20)\d{{2}}[a-z]?\)?$"
)
# `ATS reading list`, `Neuroscience Reading Notes`, `Paper notes`: someone's list of papers.
_LIST_OF_READINGS = re.compile(
    r"\b(?:reading[\s\-]+(?:lists?|notes|logs?)|(?:paper|literature)[\s\-]+notes)$", re.IGNORECASE
)
# A page title's site part after a bar names a blog: `Post title | Team Blog - Tagline`.
_BLOG_SITE = re.compile(r"\s[|｜]\s[^|｜]{0,40}\b(?:blog|博客)\b", re.IGNORECASE)
# A post on a newsletter platform or under a site's blog or wire folder (`name.substack.com/p/slug`,
# `…/blog-team/slug/`, `…/institute-wire/slug`, `example.com/p/a-post-slug` on a newsletter's
# own domain): someone's post, signed though it be, is no paper.
_BLOG_POST = re.compile(
    r"^https?://(?:[\w\-]+\.substack\.com/p/"
    r"|[^/]+/p/[a-z0-9]+(?:-[a-z0-9]+)+/?(?:$|[?#])"  # a Substack post on its own domain
    r"|[^/]+/(?:[^?#]*/)?(?:blog(?:-[\w]+)?|[\w]+-wire|newswire)/[^/?#]+)",
    re.IGNORECASE,
)
# A paper's file or page; J-STAGE's (Japan's journals) dates its articles' paths by volume and
# year (`/article/jis2000/2003/4/2003_4_57/_article/-char/ja/`), as a news site does.
_PAPER_PAGE = re.compile(
    r"\.pdf(?:$|[?#])|/(?:abs|pdf|paper|papers|doi|forum)/|^https?://www\.jstage\.jst\.go\.jp/article/",
    re.IGNORECASE,
)


def _paper_page(url: str) -> bool:
    return bool(_PAPER_PAGE.search(url)) or scholarly(url)


def not_a_paper(record: PaperRecord) -> str | None:
    """Why a record is a blog post, a manual's page or a news story, else None."""
    if _WHOLE_ISSUE.match(record.title):  # its PDF or its DOI is the issue's, not a paper's
        return "a journal's or a magazine's whole issue"  # `full issue of the _Magazine_`
    if not (record.authors or record.arxiv_id or record.doi) and _CITATION_ONLY.match(record.title):
        return "a reading named by its authors and year, no title"  # `[Kyle & Crossley (2018)]`
    if not record.authors and _KEY_ONLY.match(record.title):
        return "a reading named by its authors and year, no title"  # `## Bahoken et al. 2024`
    if record.arxiv_id or record.doi or any(_paper_page(url) for url in record.urls):
        return None
    if any(_PUBLISHER.search(name) for name in record.authors):
        return "a blog, a manual or a newsroom cited, no paper"
    if _repository_page(record):
        return "a repository's page"  # `owner/name: description`, as GitHub titles it
    if _WEB_PAGE.search(record.title):
        return "a web page"  # `BioNLP-ST 2013 task page`, `The project's website`
    if not (record.authors and record.date) and _LIST_OF_READINGS.search(record.title):
        return "a list of readings"  # a link to someone's list of papers, or its own heading
    if _abbreviated(record.title):
        return "a journal's abbreviated name"  # `Philos. Trans. R. Soc`, cut from a reference
    if _BLOG_SITE.search(record.title):
        return "a blog post"  # `Title - Know More | T/DG Blog`: the page's site is a blog
    if record.urls and all(_BLOG_POST.match(url) for url in record.urls):
        return "a blog post"
    if record.urls and all(_VIDEO.match(url) for url in record.urls):
        return "a video"  # a talk or an explainer linked on a video site
    if record.urls and all(_TALK.match(url) for url in record.urls):
        return "a talk in a conference's schedule"
    if record.urls and all(_MEETING.match(url) for url in record.urls):
        return "a meeting's link"  # a journal club's `When: Thursdays at 9, Zoom room: <link>`
    if record.urls and all(_feed(url) for url in record.urls):
        return "a feed to subscribe to"  # a digest's list of the journals' feeds it read
    pages = bool(record.urls) and all(_PAGE.match(url) for url in record.urls)
    if pages and (_HEADLINE.match(record.title) or not _people(record.authors)):
        return "a news story, a blog post or a manual's page"
    if pages and _dated(record.urls):
        return "a news story dated in its link"
    return None


# Video calls: where a reading group meets, never a paper
_MEETING = re.compile(
    r"^https?://(?:[\w\-]+\.)?(?:zoom\.us/(?:j|my|s)/|meet\.google\.com/|teams\.microsoft\.com/l/"
    r"meetup-join|[\w\-]+\.webex\.com/(?:meet|join)|meet\.jit\.si/)",
    re.IGNORECASE,
)
_FEED_ENDS = (".xml", ".rss", ".atom", "/rss", "/feed", "/atom")
_FEED_WORD = re.compile(r"[/.](?:rss|feeds?|atom)[/.]")


def _feed(url: str) -> bool:
    """`https://feeds.example.org/rss/recent/prl.xml`, `https://example.org/blog/feed/`; not an
    article's full text served as XML (`…/article-p88.xml`)."""
    address = url.split("?", 1)[0].split("#", 1)[0].rstrip("/").lower()
    return address.endswith(_FEED_ENDS) and _FEED_WORD.search(address + "/") is not None


def _abbreviated(title: str) -> bool:
    """`Trans. R. Soc`: every word a short abbreviation, most with their stops (a journal's
    name as a reference abbreviates it), never a title's words."""
    words = title.split()
    if not 2 <= len(words) <= 6 or any(len(word) > 8 for word in words):
        return False
    stopped = sum(1 for word in words if word.endswith("."))
    return stopped >= 2 and stopped >= len(words) - 1 and all(w[:1].isupper() for w in words)


def _repository_page(record: PaperRecord) -> bool:
    linked = bool(record.urls) and all(_REPOSITORY.match(url) for url in record.urls)
    return linked and _OWNER_REPO.match(record.title) is not None


def _people(authors: list[str]) -> bool:
    return any(len(name.split()) >= 2 for name in authors)


def _dated(urls: list[str]) -> bool:
    return any(re.search(r"/(?:19|20)\d{2}/\d{1,2}/", url) for url in urls)
