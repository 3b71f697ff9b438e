"""What stands around a cited line: a link on a line of its own under it, the notes nested under
its list item, the names, date and abstract under a title heading, a year or a date heading a
study plan's sections."""

from __future__ import annotations

import re
from functools import lru_cache

from papershelf.importers.paste.blocks import (
    date_in,
    is_button_line,
    is_generic_label,
    words,
    year_in,
)
from papershelf.importers.paste.build import Draft
from papershelf.importers.paste.captions import listing_caption
from papershelf.importers.paste.cite import AFTER_BY, NAMES_STOP, QUOTED, Citation
from papershelf.importers.paste.identifiers import find_identifiers
from papershelf.importers.paste.labels import label_of
from papershelf.importers.paste.lines import Line, clean_title, is_furniture
from papershelf.importers.paste.names import looks_like_names, split_names
from papershelf.importers.paste.reldates import is_relative

_LONE_LINK = re.compile(r"^<?https?://\S+?>?$")
# Where papers live besides arXiv, DOIs and OpenReview: proceedings, publishers, PDFs.
_PAPER_HOST = re.compile(
    r"^https?://(?:www\.)?(?:aclanthology\.org|proceedings\.neurips\.cc|papers\.nips\.cc"
    r"|openaccess\.thecvf\.com|proceedings\.mlr\.press|dl\.acm\.org|ieeexplore\.ieee\.org"
    r"|link\.springer\.com|nature\.com/articles|science\.org/doi|jmlr\.org/papers"
    r"|semanticscholar\.org/paper|ojs\.aaai\.org|ijcai\.org/proceedings)/"
    r"|^https?://\S+\.pdf$",
    re.IGNORECASE,
)


def _paper_url(url: str) -> bool:
    return identifies(url) or _PAPER_HOST.match(url) is not None


def link_below(lines: list[Line], last: int) -> tuple[str, int] | None:
    """The link and index of a line right under an entry that holds one link to a paper and
    nothing else (`Paper: … (2017). Title. …` over `https://arxiv.org/abs/1706.03762`)."""
    below = last + 1
    if below + 1 < len(lines) and _link_label_heading(lines[below]):
        below += 1  # `## 논문 링크` (the paper's link) over the link
    if below >= len(lines) or lines[below].kind not in ("text", "item"):
        return None
    text = lines[below].text.strip()
    if is_button_line(lines[below]):  # `[[Paper]](…/abs/…) [[Code]](…)` under the entry
        papers = [url for _, url in lines[below].links if identifies(url)]
        return (papers[0], below) if len(papers) == 1 else None
    if not _LONE_LINK.match(text) or not _paper_url(url := text.strip("<>")):
        return None
    return url, below


def _link_label_heading(line: Line) -> bool:
    return line.kind == "heading" and label_of(line.text) == ("link", "")


def lone_links(tail: list[Line]) -> list[str]:
    """The links of lines that hold one link each and nothing else, one to a paper among them."""
    urls = [line.text.strip().strip("<>") for line in tail]
    if all(_LONE_LINK.match(url) for url in urls) and any(map(_paper_url, urls)):
        return urls
    return []


# A line that is a date and nothing else: `- 19 Mar 2016`, `Nov 2016`, `2018-07-06`.
_DATE_ONLY = re.compile(
    r"^(?:[-*•]\s*)?(?:(?:\d{1,2}\s+)?[A-Z][a-z]{2,8}\.?\s+(?:\d{1,2},\s*)?(?:19|20)\d{2}"
    r"|(?:19|20)\d{2}-\d{2}(?:-\d{2})?)\s*$"
)
_VENUE_TAG = re.compile(r"\s*\((?:[A-Z][A-Za-z]{1,7})(?:\s*'?\d{2,4})?\)$")  # `…Systems(EMNLP)`


def dated_heading(lines: list[Line], first: int) -> Citation | None:
    """`## 4. Title(EMNLP)` over `- 23 Jul 2017`: a heading with its date under it, in a list of
    headings of the same level that all carry one (a single dated heading is a note's)."""
    if not _heading_over_date(lines, first):
        return None
    level = lines[first].level
    siblings = sum(
        1
        for index, line in enumerate(lines)
        if line.kind == "heading" and line.level == level and _heading_over_date(lines, index)
    )
    title = _VENUE_TAG.sub("", clean_title(lines[first].text))
    if siblings < 2 or not plain_title(title) or len(title) < 8:
        return None
    return Citation(title, "", lines[first + 1].text.lstrip("-*• "), 0.6)


# A study plan's heading: `#### 2022: ⭐ Title`, `### 2017 - Title`.
_YEAR_HEADING = re.compile(
    r"^(?P<year>(?:19|20)\d{2})\s*(?:[:：|\-–—]\s*)(?:[⭐★☆🌟✨🔥]+\s*)*(?P<title>\S.{6,300})$"
)


def year_heading(lines: list[Line], first: int) -> Citation | None:
    """A heading that opens with a year and names a paper, among sibling headings of that shape;
    a heading whose lines cite a paper of their own names a topic (`2017: Transformers for
    language tasks` over `论文： Vaswani et al, "Attention is all you need"`)."""
    head = lines[first]
    match = _YEAR_HEADING.match(head.text) if head.kind == "heading" else None
    if match is None or not plain_title(match["title"]) or words(match["title"]) < 2:
        return None
    siblings = sum(
        1
        for line in lines
        if line.kind == "heading" and line.level == head.level and _YEAR_HEADING.match(line.text)
    )
    if siblings < 2 or _cites_under(lines, first):
        return None
    return Citation(clean_title(match["title"]), "", match["year"], 0.6)


def _cites_under(lines: list[Line], first: int) -> bool:
    index = first + 1
    while index < len(lines) and lines[index].kind not in ("heading", "claimed"):
        line = lines[index]
        if QUOTED.search(line.text) or any(titled_link(label, url) for label, url in line.links):
            return True
        index += 1
    return False


def _heading_over_date(lines: list[Line], index: int) -> bool:
    return (
        lines[index].kind == "heading"
        and index + 1 < len(lines)
        and _DATE_ONLY.match(lines[index + 1].text) is not None
    )


def notes_under(lines: list[Line], first: int, last: int) -> list[int]:
    """The nested items and lines under a paper's list item (`- 2017 NIPS. Google Brain.`,
    `- [The Annotated Transformer](…)`, `- [code](…)`): notes on that paper, no papers of their
    own; a nested link to another paper's page ends them."""
    level = lines[first].level
    notes: list[int] = []
    index = last + 1
    while index < len(lines):
        line = lines[index]
        if line.kind in ("claimed", "heading", "row") or line.level <= level:
            break
        if any(_paper_url(url) for url in line.urls):
            break
        notes.append(index)
        index += 1
    return notes


# `- 2015 NIPS. Andrew M. Dai, Quoc V. Le. Google.`, `- OpenAI GPT (Radford et al., 2018)`.
_LEAD_YEAR = re.compile(r"^\s*(?P<year>(?:19|20)\d{2})\b")
_ET_AL_YEAR = re.compile(
    r"(?P<names>[A-Z][\w'’\-]+\s+et\.?\s*al)\.?,?\s*(?P<year>(?:19|20)\d{2})\b"
)


def read_notes(lines: list[Line], notes: list[int], draft: Draft) -> int:
    """Names and a year that the notes under a paper state, when its own line gave none; the
    index of the last note."""
    for index in notes[:3]:  # the facts come first; remarks follow
        text = lines[index].text
        if cited := _ET_AL_YEAR.search(text):
            draft.authors = draft.authors or cited["names"]
            draft.date = draft.date or cited["year"]
        if lead := _LEAD_YEAR.match(text):
            draft.date = draft.date or lead["year"]
        if not draft.authors:
            parts = [part.strip() for part in NAMES_STOP.split(text + " ")]
            draft.authors = next(
                (p for p in parts if looks_like_names(p) and len(split_names(p)[0]) >= 2), ""
            )
    return notes[-1]


@lru_cache(maxsize=1 << 12)  # the same links (`[Code][4]`) under every paper of a page
def identifies(url: str) -> bool:
    ids = find_identifiers("", [url])
    return bool(ids.arxiv_id or ids.doi or ids.openreview)


def titled_link(label: str, url: str) -> bool:
    ids = find_identifiers("", [url])
    return words(label) >= 2 and not is_generic_label(label) and bool(ids.arxiv_id or ids.doi)


_PAREN_DATE = re.compile(r"\(([^()]{6,30})\)")


def names_in_unit(unit: list[Line], title: str) -> str:
    """Names after the title on its line (`**Title** — A, B (Jan 2, 2024)`), or a line of the
    item that is names alone (`*Alice Smith, Bob Jones*`)."""
    for line in unit:
        at = line.text.find(title)
        if at >= 0:
            after = _PAREN_DATE.sub(" ", line.text[at + len(title) :]).strip()
            if (match := AFTER_BY.search(" " + after)) and _several_names(match["authors"]):
                return match["authors"].strip(" .,")
        elif _several_names(line.text.strip(" *_")):
            return line.text.strip(" *_")
    return ""


SIBLINGS = 8  # lines around an entry in which its neighbours' bylines are looked for


def one_author_under(unit: list[Line], title: str, lines: list[Line], first: int) -> str:
    """`**[Title](…)**` over `P. Maurice Dekker`: one person's name on the line under a title,
    where the entries around set their names so (a byline of several names under a title): a
    remark (`Best Paper Award`) reads as a name as well, and no neighbour tells it apart."""
    if len(unit) != 2 or unit[0].text.strip(" *_") != title or not _one_name(unit[1].text):
        return ""
    around = range(max(1, first - SIBLINGS), min(len(lines), first + SIBLINGS))
    bylines = any(
        lines[k].kind == "text" and lines[k - 1].kind == "item" and k not in (first, first + 1)
        and _several_names(lines[k].text.strip(" *_"))
        for k in around
    )  # fmt: skip
    alike = bylines or _one_names_under_titles(lines, around) >= ONE_NAME_ENTRIES
    return unit[1].text.strip(" *_") if alike else ""


ONE_NAME_ENTRIES = 3  # titles over one person's name, around: the list sets its authors so


def _one_names_under_titles(lines: list[Line], around: range) -> int:
    """`[**A Pattern Language**](…)` over `Christopher Alexander`, entry after entry: a title set
    apart (bold or linked) over one name in its paragraph, as a list of books names their authors;
    a remark under a title (`Best Paper Award`) does not repeat so."""
    return sum(
        1
        for k in around
        if lines[k].block == lines[k - 1].block
        and (lines[k - 1].bold or lines[k - 1].links)
        and not lines[k].links
        and _one_name(lines[k].text)
    )


# One person's whole name on a line of its own: capitalised words or initials, with particles.
_ONE_NAME = re.compile(
    r"^[A-Z][\w'’\-]*\.?(?: (?:[A-Z][\w'’\-]*\.?|de|van|von|der|den|da|di|del|la|le)){1,3}$"
)


def _one_name(text: str) -> bool:
    text = text.strip(" *_")
    return _ONE_NAME.match(text) is not None and looks_like_names(text)


def names_below(lines: list[Line], last: int) -> str:
    """`*A Name, B Name et al. (4 authors)*`: a paragraph of names alone right under the title's."""
    if last + 1 >= len(lines):
        return ""
    below = lines[last + 1]
    if below.block == lines[last].block or below.links:
        return ""
    if below.kind == "heading" and (paged := _PAGED_NAMES.match(below.text.strip())):
        return paged["names"] if looks_like_names(paged["names"]) else ""
    if below.kind != "text":
        return ""
    if last + 2 < len(lines) and lines[last + 2].block == below.block:
        return ""  # one line of a paragraph
    text = below.text.strip(" *_")
    if paged := _PAGED_NAMES.match(text):
        return paged["names"] if looks_like_names(paged["names"]) else ""
    return text if _several_names(text) else ""


# A journal's contents page: each title over its authors and the page it starts on, the names
# often set as a small heading (`<h5>José NARRO ROBLES 11</h5>`): the page says it is a byline,
# even of one name.
_PAGED_NAMES = re.compile(r"^(?P<names>[^\d()\[\]:;]{5,200}?)\s+(?P<page>\d{1,4})$")


# PubMed's summary under each title: `Miller TM, et al. N Engl J Med. 2022. PMID: 36129998`.
_DOCSUM = re.compile(
    r"^(?P<names>[^.\d]{2,200}?(?:,? et al)?)\.\s+[^\n]{2,120}?\.\s+"
    r"(?P<year>(?:19|20)\d{2})\b[^\n]*?\bPMID:\s*\d{4,9}"
)


def summary_below(lines: list[Line], last: int) -> tuple[str, str] | None:
    """The names and year of PubMed's summary line right under a title, in a block of its own."""
    if last + 1 >= len(lines):
        return None
    below = lines[last + 1]
    if below.kind != "text" or below.block == lines[last].block:
        return None
    if (match := _DOCSUM.match(below.text.strip())) is None:
        return None
    names = match["names"].strip()
    lead = re.sub(r",? et al$", "", names)
    if not (looks_like_names(lead) or re.fullmatch(r"[A-Z][\w'’\-]+ [A-Z]{1,3}", lead)):
        return None
    return (f"{lead} et al." if lead != names else names), match["year"]


def full_date_by_title(unit: list[Line], title: str) -> str | None:
    for line in unit:
        if title in line.text:
            for inside in _PAREN_DATE.findall(line.text):
                if found := date_in(inside):
                    return found
    return None


_SECTION_WORDS = frozenset(
    "reading references links resources related further more see also notes summary overview "
    "introduction conclusion background appendix contents abstract method methods results "
    "discussion experiments code paper pdf citation bibtex tl;dr takeaways idea ideas thoughts "
    "motivation limitations source sources".split()
)


def card_name(lines: list[Line], first: int) -> bool:
    """`### UI-TARS` right over `Anonymous · [Paper Link](https://arxiv.org/abs/…)`: a paper
    card's heading, a short name, and its meta line linking the paper under a generic label.
    A section's name (`Further Reading`, `Related Papers`) is none, whatever follows it."""
    if first + 1 >= len(lines) or listing_caption(lines[first].text):
        return False
    if any(word.lower() in _SECTION_WORDS for word in lines[first].text.split()):
        return False
    below = lines[first + 1]
    if below.kind != "text" or len(below.links) != 1 or len(below.text) > 120:
        return False
    label, url = below.links[0]
    return is_generic_label(label) and identifies(url)


def heading_paper_link(lines: list[Line], first: int) -> tuple[str, int] | None:
    """A newsletter's `## Title` whose section (to the next heading) links one paper,
    often at its end (`[Read more](https://huggingface.co/papers/2309.05463)`): that link,
    and the section's last line."""
    head = lines[first]
    if head.kind != "heading":
        return None
    card = card_name(lines, first)  # a short name over its paper's link: one word will do
    if not (plain_title(head.text) or (card and words(head.text) == 1)):
        return None
    if words(head.text) < 3 and not card:
        return None  # two words (`Further Reading`) name a section
    found: set[str] = set()
    item_blocks: set[int] = set()
    cited_items: set[int] = set()  # items with text of their own: their links are theirs
    link, index = "", first + 1
    while index < len(lines) and lines[index].kind != "claimed":
        line = lines[index]
        if line.kind == "heading":
            break  # a sub-heading: this one names a section of papers, not a paper
        if any(words(bold) >= 4 and len(bold) >= 0.8 * len(line.text) for bold in line.bold):
            return None  # a bold title of its own under the heading: the heading names a section
        if line.kind == "item":
            item_blocks.add(line.block)
        if line.block in item_blocks and not is_button_line(line):
            cited_items.add(line.block)
        for label, url in line.links:
            ids = find_identifiers("", [url])
            if key := ids.arxiv_id or ids.doi or ids.openreview:
                if line.block in cited_items or not is_generic_label(label):
                    return None  # a list item's link, or one that names its paper, is its own
                found.add(key)
                link = link or url
        index += 1
    return (link, index - 1) if len(found) == 1 else None


def under_heading(lines: list[Line], first: int, last: int, draft: Draft) -> int:
    """A clipped paper page, a daily list or one's own notes: under the title heading come
    the names and date (`*A, B* · 2 Jan 2024`), counters, buttons, `Published on …` or
    `3 days ago`, and maybe the abstract, up to the next heading."""
    index = first + 1
    names_due = True  # the names come first, after counters and buttons (`[-] 12`, `Submitted by`)
    sources_due = False  # `Sources:` alone over a list of the paper's pages
    while index < len(lines) and lines[index].kind in ("text", "item"):
        if is_furniture(lines[index].text) or is_button_line(lines[index]):
            index += 1
            continue
        end = index  # a paragraph hard-wrapped over lines is read whole
        while end + 1 < len(lines) and lines[end + 1].block == lines[index].block:
            if lines[end + 1].kind not in ("text", "item"):
                break
            end += 1
        text = " ".join(line.text for line in lines[index : end + 1])
        for line in lines[index : end + 1]:  # `[arXiv](…/abs/2509.00366)` under the title
            draft.urls += [url for _, url in line.links if identifies(url)]
            lone = _LONE_LINK.match(line.text)
            if lone and (sources_due or _paper_url(line.text.strip("<>"))):
                draft.urls.append(line.text.strip("<>"))  # `- https://arxiv.org/abs/…` under it
            elif source := _SOURCE.match(line.text):
                sources_due = not source["url"]
                draft.urls += [source["url"]] if source["url"] else []
            if not lone and line.kind == "item":
                sources_due = False
        # `*A, B* · 2 Jan 2024`: a meta line is short; a wrapped abstract is not split up.
        pieces = _META_SPLIT.split(text) if len(text) < 400 else [text]
        parts = [p.strip(" *_") for p in pieces if p.strip(" *_")]
        if names_due and not draft.authors and parts and _several_names(parts[0]):
            draft.authors = parts[0]
        elif names_due and not draft.authors and (byline := _names_venue_year(lines[index].text)):
            draft.authors, draft.date = byline[0], draft.date or byline[1]  # `A, B. *ICML* 2024.`
        names_due = False
        # A date stands in a short paragraph (`Published on …`), not in a wrapped abstract.
        short = end - index < 3
        each = (_date_line(line.text) for line in lines[index : end + 1] if short)
        if not draft.date and (when := next((d for d in each if d), None) or _date_part(parts)):
            draft.date = when
        elif not draft.abstract and _prose(text):
            draft.abstract = text
        index = end + 1
    return max(last, index - 1)


# `Source: https://…` (or `Sources:` over items of links) in one's notes under a paper's heading:
# the note names the paper's own page, wherever it is kept (a publisher's, a lab's, a blog).
_SOURCE = re.compile(r"^(?:sources?|links?)\s*:\s*(?:<?(?P<url>https?://[^\s>]+)>?)?\s*$", re.I)


_NAMES_VENUE_YEAR = re.compile(
    r"^(?P<names>[^.]{3,300}?[^\s.A-Z])\.\s+(?P<venue>[^.]{1,80}?)[\s,]*\(?(?P<year>(?:19|20)\d{2})\)?\.?$"
)


def _names_venue_year(text: str) -> tuple[str, str] | None:
    match = _NAMES_VENUE_YEAR.match(text)
    return (match["names"], match["year"]) if match and looks_like_names(match["names"]) else None


_META_SPLIT = re.compile(r"\s+[·|—–•]\s+|\s+-\s+")


def _several_names(text: str) -> bool:
    return looks_like_names(text) and len(split_names(text)[0]) >= 2


def _date_part(parts: list[str]) -> str | None:
    return next((found for part in parts if len(part) < 40 and (found := date_in(part))), None)


def _prose(text: str) -> bool:
    return len(text) > 150 and ". " in text and text[:1].isupper() and not looks_like_names(text)


_ON = re.compile(r"^(?:published|submitted)\s+on\s+", re.IGNORECASE)
_SUBMITTED_IN_TEXT = re.compile(r"\b(?:submitted|published)(?: on)?[:\s]+", re.IGNORECASE)


# IEEE Xplore's `Date of Conference: 15-17 June 2022`: the days of the meeting, not the day the
# paper came out (months later, `Date Added to IEEE Xplore`): its year only.
_MEETING_DATE = re.compile(
    r"^\W*(?:Date of (?:the )?Conference|Conference Dates?|Meeting Date)\W*[:：]", re.I
)


def _date_line(text: str) -> str | None:
    if is_relative(text):
        return text
    if _MEETING_DATE.match(text):
        return year_in(text)
    if len(text) >= 60 and (said := _SUBMITTED_IN_TEXT.search(text)):
        return date_in(text[said.end() : said.end() + 40])  # `…: Submitted 30 August, 2025; …`
    text = _ON.sub("", text)
    return date_in(text) if len(text) < 60 else None


def plain_title(text: str) -> bool:
    return 2 <= words(text) <= 30 and not text.endswith((".", "。"))


def child_links(lines: list[Line], first: int, last: int) -> tuple[list[str], int]:
    """Bare links in the items nested under a list item (outliner notes keep them there)."""
    head = lines[first]
    urls: list[str] = []
    index = last + 1
    while index < len(lines) and lines[index].kind != "claimed":
        line = lines[index]
        if (line.kind == "item" and line.level <= head.level) or line.kind == "heading":
            break
        if line.text.startswith("http") and " " not in line.text:
            urls.append(line.text)
        elif line.kind == "item" and (labelled := _LABELLED_ADDRESS.match(line.text)):
            urls.append(labelled["url"])  # `- Landing page: https://…`, `- PDF: https://…`
        index += 1
    return (urls, index - 1) if urls else ([], last)


_LABELLED_ADDRESS = re.compile(r"^[A-Za-z][\w-]*(?: [\w-]+){0,2}\s*:\s*(?P<url>https?://\S+)$")


def linked_items(lines: list[Line], first: int) -> tuple[list[str], int]:
    """`- Batch Normalization` over `  - [summary](…)`, `  - [arXiv](…)`, `  - [code](…) | [doc](…)`:
    the nested items that are links and nothing else, when one of them links a paper (by its
    address, or by its label: `[paper](…)`, `[pdf](…)`); the paper's links first, and the last
    of those items."""
    head = lines[first]
    urls: list[str] = []
    papers: list[str] = []
    index = first + 1
    while index < len(lines) and lines[index].kind == "item" and lines[index].level > head.level:
        line = lines[index]
        if not line.links or _LINK_SEPARATORS.sub("", _without_labels(line)):
            return [], first
        if any(words(label) >= TITLED_LINK_WORDS for label, _url in line.links):
            return (
                [],
                first,
            )  # `- topic` over `  - [A paper's whole title](…)`: the paper is its own
        for label, url in line.links:
            (papers if _PAPER_LABEL.match(label) or _paper_url(url) else urls).append(url)
        index += 1
    return (papers + urls, index - 1) if papers else ([], first)


TITLED_LINK_WORDS = 4  # a link's label of this many words is a title, no `[paper]` or `[code]`


_PAPER_LABEL = re.compile(r"^\s*(?:paper|pdf|arxiv|论文|論文|原文)\s*$", re.IGNORECASE)
_LINK_SEPARATORS = re.compile(r"[\s|/,，·:：;；]+")


def _without_labels(line: Line) -> str:
    text = line.text
    for label, _url in line.links:
        text = text.replace(label, " ", 1)
    return text


# Google Scholar's counts copied into a list item after the title (`Title, Cited by 21 Related
# articles All 2 versions, 2020`, `Title 被引用2次，2020`): the title ends where they begin.
_SCHOLAR_COUNTS = re.compile(
    r"[\s,，;；]*(?:被引用次数\s*[:：]?\s*\d+|被引用\s*\d+\s*次|cited by \d+|相关文章|related articles"
    r"|所有\s*\d+\s*个版本|all \d+ versions)",
    re.IGNORECASE,
)
_COUNT_CUE = re.compile(r"\d|相关文章|related articles", re.IGNORECASE)
_TRAILING_YEAR = re.compile(r"\s*[,，]\s*((?:19|20)\d{2})\s*$")
_A_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")


def counted_title(text: str) -> tuple[str, str | None]:
    """A list item's title without the Scholar counts and the year after it, and that year."""
    title, year = text, None
    if not _COUNT_CUE.search(text):
        return text.strip().rstrip("."), None  # no digit and no count word: the common case
    if counts := _SCHOLAR_COUNTS.search(text):
        title = text[: counts.start()]
        year = (found := _A_YEAR.search(text[counts.end() :])) and found[1]
    if trailing := _TRAILING_YEAR.search(title):
        title, year = title[: trailing.start()], year or trailing[1]
    return title.strip().rstrip("."), year
