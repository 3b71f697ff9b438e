"""Reading lists, awesome-lists and newsletters: one paper per list item, paragraph or heading.

The title is the part the author set apart: quoted, bold, a link's own text, or the text before
`, by Author`; the authors are the names before it (or after `by`, or after the year); the year is
the one in brackets or the first one outside links and identifiers. A unit with none of these
cues gives no paper.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from papershelf.core.text import fold
from papershelf.importers.paste.blocks import (
    blocks,
    date_in,
    is_button_line,
    is_generic_label,
    words,
    year_in,
)
from papershelf.importers.paste.build import Draft, build
from papershelf.importers.paste.doc import Doc, Found
from papershelf.importers.paste.identifiers import (
    ARXIV_LABEL,
    ARXIV_LINK,
    DOI,
    behind_login,
    find_identifiers,
)
from papershelf.importers.paste.lines import Line, Link, clean_title, is_furniture, mostly_cjk
from papershelf.importers.paste.names import looks_like_names, split_names
from papershelf.importers.paste.reldates import is_relative

NAME = "reading-list"
DESCRIPTION = "Reading lists, awesome-lists, newsletters (quoted, bold or linked titles)"

_QUOTED = re.compile(r"[\"“](?P<title>[^\"”]{8,300}?)[\"”]")
_ONE_ET_AL = re.compile(r"[A-Z][\w'’\-]+,?\s+et\.?\s*al\.?")
_QUOTE_WITHIN = 300  # a citation's quoted title follows its names; later quotes are prose
_BY = re.compile(r"^(?P<title>.{8,300}?),?\s+by\s+(?P<authors>[^,]{3,120}?)(?:,\s*[\d–\-]+)?\.?$")
_AFTER_BY = re.compile(
    r"^(?:\s*\([^()]{0,40}\))?[\s).\]]*(?:\bby\b|[—–]|\s-\s)\s*(?P<authors>[^\[\(|]{3,200}?)\s*$"
)
_AFTER_COMMA = re.compile(r"^\s*,\s*(?P<authors>[^\[\(|\\]{3,300}?)[\s,.]*(?:\\?\[|\(|$)")
_AFTER_YEAR = re.compile(r"\(\s*(?:19|20)\d{2}\s*\)\s*,\s*(?P<authors>[^\[\(]+?)\s*(?:\[|\(|$)")


@dataclass
class Citation:
    title: str
    authors: str = ""
    year: str | None = None
    strength: float = 0.5


def read_citation(
    text: str, bold: list[str], links: list[Link], italic: Sequence[str] = ()
) -> Citation | None:
    """Title, authors and year of one citation-like text, or None when no title is set apart."""
    if found := _italicized(text, italic):
        return found
    for how in (
        _quoted, _bolded, _linked, _by, _labelled_authors, _identified, _scholar_then_title,
        _reference, _title_then_surnames, _title_names_venue,
    ):  # fmt: skip
        if found := how(text, bold, links):
            return found
    return None


def _split_around(text: str, title: str) -> tuple[str, str]:
    at = text.find(title)
    return (text[:at], text[at + len(title) :]) if at >= 0 else ("", text)


def _authors_before(before: str) -> str:
    before = re.sub(r"^\s*(?:\[\d+\]|\d+[.)])\s*", "", before).strip(" \"“”'*")
    before = _LEAD_LABEL.sub("", before, count=1)  # `论文： Vaswani et al, "Title"`
    before = re.sub(r"[.,]?\s*\(?(?:19|20)\d{2}\)?[.,]?\s*$", "", before).strip(" .,")
    if _ONE_ET_AL.fullmatch(before):
        return before  # `Park et al. (2023). "Title."`
    return before if before and looks_like_names(before) else ""


def _authors_after(after: str, title: str = "") -> str:
    if (match := _AFTER_COMMA.match(after)) and looks_like_names(match["authors"]):
        # `[Title](…), Yingtao Tian, Jesse Engel`; but `[A Name](…), B Name, C Name` lists people
        return "" if _a_name(title) else match["authors"]
    if match := _AFTER_YEAR.search(after):
        names = match["authors"].strip(" .,")
        return names if looks_like_names(names) else ""
    if match := _AFTER_BY.search(after):  # `([arXiv](…)) by A Name, B Name`, `— Name et al., 2020`
        names = re.sub(r",?\s*\(?(?:19|20)\d{2}\)?\s*$", "", match["authors"]).strip(" .,")
        lead = re.sub(r",?\s*et\.?\s*al\.?$", "", names)
        one_et_al = lead != names and re.fullmatch(r"[A-Z][\w'’\-]+", lead) is not None
        return names if looks_like_names(names) or one_et_al else ""
    return ""


def _a_name(text: str) -> bool:
    return words(text) <= 3 and looks_like_names(text) and len(split_names(text)[0]) == 1


def _cited(text: str, title: str, strength: float) -> Citation:
    before, after = _split_around(text, title)
    authors = _authors_before(before) or _authors_after(after, title)
    year = year_in(before + " " + after)
    return Citation(clean_title(title), authors, year, strength + (0.1 if authors else 0))


def _quoted(text: str, bold: list[str], links: list[Link]) -> Citation | None:
    match = _QUOTED.search(text)
    if match is None or words(match["title"]) < 2 or match.start() > _QUOTE_WITHIN:
        return None
    if match["title"].rstrip().endswith((":", "：")):
        return None  # `"correct nepali grammar: "`: a prompt prefix quoted, never a title
    closed = text[match.end() : match.end() + 1] in ("", ",", ".", ":", ";")
    if words(match["title"]) < 3 and not closed:
        return None  # `we establish the "telephone effect" - when …`: a phrase quoted in prose
    return _cited(text, match["title"], 0.75)


_LEAD_NUMBER = re.compile(r"^\s*(?:\[\d{1,4}\]|\d{1,4}[.)])?\s*")


def _italicized(text: str, italic: Sequence[str]) -> Citation | None:
    """`[33] Chefer et al., *Title*, CVPR 2021 — [link](…). Remarks …`: a reference list that sets
    its titles in italics, first in the entry or after the names only."""
    for span in italic:
        at = text.find(span)
        if at < 0 or words(span) < 2 or len(span) < 8 or span.rstrip().endswith((":", "：")):
            continue
        before = _LEAD_NUMBER.sub("", text[:at]).strip(" *_")
        if before and not _authors_before(before):
            continue
        return _cited(text[: at + len(span) + 1 + _VENUE_REACH], span, 0.75)
    return None


_VENUE_REACH = 40  # `, CVPR 2021 —`: the year is read near the title, never in the remarks after


def _bolded(text: str, bold: list[str], links: list[Link]) -> Citation | None:
    spans = [
        b
        for b in bold
        if words(b) >= 2 and not b.rstrip().endswith((":", "：")) and not _lead_in(text, b)
    ]
    if not spans:
        return None
    title = max(spans, key=len)
    return _cited(text, title, 0.7)


def _lead_in(text: str, bold: str) -> bool:
    """`**Vision model training**: a discussion of …`: a bold lead-in, not a title."""
    at = text.find(bold)
    return at >= 0 and text[at + len(bold) :].lstrip(" *_")[:1] in (":", "：")


def _linked(text: str, bold: list[str], links: list[Link]) -> Citation | None:
    for label, _url in links:
        if not is_generic_label(label) and words(label) >= 2 and not label.startswith("http"):
            return _cited(text, label, 0.7)
    return None


def _by(text: str, bold: list[str], links: list[Link]) -> Citation | None:
    match = _BY.match(re.sub(r"^\s*[■●▪•]\s*", "", text))
    if match is None or not looks_like_names(match["authors"]) or words(match["title"]) < 2:
        return None
    if re.search(r"\d", match["authors"]):
        return None  # `Improving Language Understanding by Generative Pre-Training GPT1`
    return Citation(clean_title(match["title"]), match["authors"], year_in(text), 0.7)


# `2. Title Authors: A Name, B Name` and `Title 作者：A, B`: a table of contents one paper a line.
_INLINE_AUTHORS = re.compile(
    r"^(?:\[\d+\]|\d{1,3}[.)])?\s*(?P<title>.{8,300}?)\s+(?:Authors?|作者|著者|저자)\s*[:：]\s*"
    r"(?P<authors>.+?)\s*$"
)
# `[1] arXiv:1411.1854v2 | Title`, `2401.01234 - Title`, `### 2509.00366 Title`: an identifier,
# then the title.
_ID_THEN_TITLE = re.compile(
    r"^(?:\[\d+\]|\d{1,3}[.)])?\s*(?:arXiv\s*:\s*)?(?:\d{4}\.\d{4,5}|[a-z\-]+(?:\.[A-Z]{2})?/\d{7})"
    r"(?:v\d+)?(?:\s*[|｜:–—]\s*|\s+(?=[A-Z]))(?P<title>[^|｜]{8,300}?)\s*$",
    re.IGNORECASE,
)


# Google Scholar's line of names, venue, year and host, and the title after it:
# `A Khurshid, J Scharcanski - Sensors, 2020 - mdpi.com. Title of the paper. mdpi.com`.
_SCHOLAR_THEN_TITLE = re.compile(
    r"^(?:\[\d+\]|\d{1,3}[.)])?\s*(?P<names>[^\-–]{3,300}?)\s+[-–]\s+(?:[^\-–]{0,120}?,\s*)?"
    r"(?P<year>(?:19|20)\d{2})\s+[-–]\s+\S+?\.\s+(?P<title>[^.]{8,300}?[^.\s])\.(?:\s+\S+)?"
    r"(?:\s+Cited by \d+)?\s*$"
)


def _scholar_then_title(text: str, bold: list[str], links: list[Link]) -> Citation | None:
    match = _SCHOLAR_THEN_TITLE.match(text)
    if match is None or not looks_like_names(match["names"]) or words(match["title"]) < 3:
        return None
    return Citation(clean_title(match["title"]), match["names"], match["year"], 0.6)


def _labelled_authors(text: str, bold: list[str], links: list[Link]) -> Citation | None:
    match = _INLINE_AUTHORS.match(text)
    if match is None or words(match["title"]) < 2 or not _named_by_label(match["authors"]):
        return None  # the label says they are names: `Victor R\\"uhle` too
    return Citation(clean_title(match["title"]), match["authors"], year_in(text), 0.7)


def _named_by_label(text: str) -> bool:
    return 2 <= len(text) <= 1000 and "http" not in text and text[:1].isupper()


def _identified(text: str, bold: list[str], links: list[Link]) -> Citation | None:
    match = _ID_THEN_TITLE.match(text)
    if match is None or words(match["title"]) < 2:
        return None
    return Citation(clean_title(match["title"]), "", None, 0.7)


_NAMES_STOP = re.compile(r"(?<=[^\W\d_]{2})\.\s+(?=[A-Za-z\"“])")  # `… Leskovec. node2vec: …`
_APA = re.compile(r"^(?P<authors>.{3,300}?)\s*\((?P<year>(?:19|20)\d{2})[a-z]?\)\.\s+(?P<rest>.+)$")
# A title ends at a full stop (a venue follows: `In Proceedings`, `arXiv preprint`, `Nature`), or
# at `?` / `!` before a capital (`Don't walk, skip! online learning …` goes on); `.In` is a stop
# pasted without its space.
_SENTENCE = re.compile(
    r"^(?P<title>.{8,300}?[^A-Z\s](?:\.|[?!](?=\s+[A-Z\"“(\[]|\s*$)))(?:\s+|$|(?=In\s))"
)
# What a citation may say before its names: `Paper:`, `论文：`, `Reference:`.
_LEAD_LABEL = re.compile(r"^\s*[\w\s]{1,20}?[:：]\s+(?=\S)")
# `… (arXiv:2601.13295)` after an APA title: the identifier, not part of the title.
_ID_IN_BRACKETS = re.compile(r"\s*\((?:arXiv\s*:\s*\S+|doi\s*:\s*\S+|\d{4}\.\d{4,5}(?:v\d+)?)\)")
_ANY_ID = re.compile(
    r"\barXiv\s*[:.]?\s*\d{4}\.\d{4,5}|\b10\.\d{4,9}/\S+|arxiv\.org/abs/", re.IGNORECASE
)


# Reading lists that name a paper by its title, then its authors' family names and the year:
# `Goto Statement Considered Harmful. Dijkstra (1968).`, `Mamba: … State Spaces Gu & Dao · 2023`,
# `Lost in the Middle: … Liu et al. (TACL 2024) · 2023`.
_SURNAMES = (
    r"(?P<names>[A-Z][\w'’\-]+(?:(?:,\s*|\s*(?:&|\band\b)\s*)[A-Z][\w'’\-]+){0,3}"
    r"(?:,?\s+et\.?\s*al\.?)?)"
)
_TITLE_DOT_SURNAMES_YEAR = re.compile(
    rf"^(?P<title>.{{8,300}}?[^\s.A-Z])\.\s+{_SURNAMES}\s*\((?P<year>(?:19|20)\d{{2}})\)\.?$"
)
_TITLE_SURNAMES_DOT_YEAR = re.compile(
    rf"^(?P<title>.{{8,300}}?)\s+{_SURNAMES}(?:\s*\([^()]{{1,40}}\))?\s*·\s*"
    r"(?P<year>(?:19|20)\d{2})$"
)


# A reading list of titles and years only: `Deep Residual Learning (2016)`, `Title. 2017.`
_TITLE_YEAR = re.compile(
    r"^(?P<title>[^()]{8,200}?[^\s.(])(?:\s*\((?P<paren>(?:19|20)\d{2})\)|\.\s+(?P<dot>(?:19|20)\d{2}))\.?$"
)


_SENTENCE_BREAK = re.compile(r"[.!?]\s+\S")
_REMARK_OPENERS = {"i", "we", "it", "this", "they", "you", "he", "she", "our", "my", "read",
                   "see", "todo", "note"}  # fmt: skip


def _remark(title: str) -> bool:
    """`This is great. Smith (2020).`: sentences or the user's own words, no title."""
    return bool(_SENTENCE_BREAK.search(title)) or title.split()[0].lower() in _REMARK_OPENERS


def _title_and_year(text: str) -> Citation | None:
    text = re.sub(r"^\s*(?:[-*•]|\d{1,3}[.)])\s+", "", text).strip()
    match = _TITLE_YEAR.match(text)
    if match is None or words(match["title"]) < 3 or _SENTENCE_BREAK.search(match["title"]):
        return None  # `I read it in 2017. It was great (2017).`: sentences, no title
    if match["title"].split()[0].lower() in _REMARK_OPENERS:
        return None  # `- We met at the workshop (2019)`: the user's own remark
    return Citation(clean_title(match["title"]), "", match["paren"] or match["dot"], 0.55)


def _title_then_surnames(text: str, bold: list[str], links: list[Link]) -> Citation | None:
    text = re.sub(r"^\s*(?:[-*•]|\d{1,3}[.)])\s+", "", text).strip()
    for shape in (_TITLE_DOT_SURNAMES_YEAR, _TITLE_SURNAMES_DOT_YEAR):
        if (
            (match := shape.match(text))
            and words(match["title"]) >= 2
            and not _remark(match["title"])
        ):
            names = re.sub(r",?\s+et\.?\s*al\.?$", "", match["names"])
            return Citation(clean_title(match["title"]), names, match["year"], 0.6)
    return None


# `Identity Mappings in Deep Residual Networks. Kaiming He, Xiangyu Zhang. arXiv1603.05027 (2016)`:
# the title first, then the names, then where and when.
_TITLE_FIRST = re.compile(
    r"^(?:\[\d+\]|\d{1,3}[.)])?\s*(?P<title>.{8,300}?[^\s.A-Z])\.\s+(?=[A-Z])"
)


def title_then_names(text: str) -> Citation | None:
    """A reference that puts its title before its names, and a year after them."""
    text = text.strip()
    match = _TITLE_FIRST.match(text)
    if match is None or words(match["title"]) < 2 or re.match(r"[A-Z]\.\s", match["title"]):
        return None  # `A. Smith and B. Jones. Title. …` puts its names first
    rest = text[match.end() :]
    for stop in _NAMES_STOP.finditer(rest, 0, 402):
        names = rest[: stop.start()].strip()
        if looks_like_names(names) and (year := year_in(rest[stop.end() :])):
            return Citation(clean_title(match["title"]), names, year, 0.6)
    return None


def _title_names_venue(text: str, bold: list[str], links: list[Link]) -> Citation | None:
    return title_then_names(text)


def _names_or_et_al(names: str) -> bool:
    return looks_like_names(names) or _ONE_ET_AL.fullmatch(names) is not None


def _reference(text: str, bold: list[str], links: list[Link]) -> Citation | None:
    """A bibliography entry: `A. Smith and B. Jones. Title. Venue, 2024.` or, APA,
    `Smith, A., Jones, B. (2017). Title. Venue.` The names end where a list of names can end;
    `Smith et al.` names too, and an identifier after the title stands in for a year."""
    text = re.sub(r"^\s*(?:\[\d+\]|\d{1,3}[.)])\s*", "", text).strip()
    labelled = _LEAD_LABEL.sub("", text, count=1)
    for candidate in dict.fromkeys((text, labelled)):
        if found := _reference_of(candidate):
            return found
    return None


def _reference_of(text: str) -> Citation | None:
    if match := _APA.match(text):
        title = _SENTENCE.match(match["rest"])
        names = match["authors"].strip(" ,")
        if title and _names_or_et_al(names.rstrip(".") if "et al" in names else names):
            return Citation(_reference_title(title["title"]), names, match["year"], 0.55)
        return None
    # Names run 400 characters at most (see looks_like_names): stops past that end no names.
    for stop in _NAMES_STOP.finditer(text, 0, 402):  # not after an initial
        names = text[: stop.start()].strip()
        if not _names_or_et_al(names if " et al" not in names else names + "."):
            continue
        rest = text[stop.end() :]
        title = _SENTENCE.match(rest)
        if title is None or words(title["title"]) < 3:
            continue
        after = rest[title.end() :]
        if year := year_in(after):
            return Citation(_reference_title(title["title"]), names, year, 0.55)
        if _ANY_ID.search(after):  # `Smith et al. Title. arXiv. https://doi.org/10.48550/…`
            return Citation(_reference_title(title["title"]), names, None, 0.55)
    return None


def _reference_title(title: str) -> str:
    return clean_title(_ID_IN_BRACKETS.sub("", title))


def read(lines: list[Line], doc: Doc) -> list[Found]:
    found: list[Found] = []
    read_to = -1  # a paper read under its heading takes the lines after it: none is read twice
    for first, last in _units(lines):
        if first <= read_to:
            continue
        unit = lines[first : last + 1]
        if hit := _unit(unit, lines, first, last, doc):
            found.append(hit)
            read_to = hit.last
        elif last > first and (entries := _entries_line_by_line(lines, first, last, doc)):
            found += entries
            read_to = entries[-1].last
    return found


_ENTRY_LINE = 600  # characters: a reference line with all its names, title, venue and links


def _entries_line_by_line(lines: list[Line], first: int, last: int, doc: Doc) -> list[Found]:
    """A block that reads as no one paper may still hold whole reference lines: an APA entry
    between paragraphs of prose, `[3] arXiv:… | Title` over its snippet. Only those strong shapes
    (names, title and a year or an identifier; an identifier and a title) are read here, one line
    each, so that no paper is made of a sentence; the plain lines under an identified title are
    its snippet."""
    found: list[Found] = []
    index = first
    while index <= last:
        line = lines[index]
        cited = None
        if len(line.text) <= _ENTRY_LINE and not is_furniture(line.text):
            cited = _identified(line.text, line.bold, line.links) or _reference(
                line.text, line.bold, line.links
            )
        if cited is None or len(cited.title) < 8 or words(cited.title) > 40:
            index += 1
            continue
        end = index
        body: list[str] = []
        if cited.strength >= 0.7:  # an identifier over its snippet
            while end < last and not _a_reference(lines[end + 1]):
                end += 1
                body.append(lines[end].text)
        draft = Draft(line=line.number, title=cited.title, authors=cited.authors, date=cited.year)
        draft.urls, draft.text = list(line.urls), line.text
        draft.abstract = " ".join(body)
        draft.confidence = cited.strength
        if end == last and (below := _link_below(lines, end)):
            draft.urls.append(below[0])
            end = below[1]
        found.append(Found(build(draft, doc.captured), index, end))
        index = end + 1
    return found


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
    return _identifies(url) or _PAPER_HOST.match(url) is not None


def _link_below(lines: list[Line], last: int) -> tuple[str, int] | None:
    """The link and index of a line right under an entry that holds one link to a paper and
    nothing else (`Paper: … (2017). Title. …` over `https://arxiv.org/abs/1706.03762`)."""
    below = last + 1
    if below >= len(lines) or lines[below].kind not in ("text", "item"):
        return None
    text = lines[below].text.strip()
    if not _LONE_LINK.match(text) or not _paper_url(url := text.strip("<>")):
        return None
    return url, below


def _lone_links(tail: list[Line]) -> list[str]:
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


def _dated_heading(lines: list[Line], first: int) -> Citation | None:
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
    if siblings < 2 or not _plain_title(title) or len(title) < 8:
        return None
    return Citation(title, "", lines[first + 1].text.lstrip("-*• "), 0.6)


# A study plan's heading: `#### 2022: ⭐ Title`, `### 2017 - Title`.
_YEAR_HEADING = re.compile(
    r"^(?P<year>(?:19|20)\d{2})\s*(?:[:：|\-–—]\s*)(?:[⭐★☆🌟✨🔥]+\s*)*(?P<title>\S.{6,300})$"
)


def _year_heading(lines: list[Line], first: int) -> Citation | None:
    """A heading that opens with a year and names a paper, among sibling headings of that shape;
    a heading whose lines cite a paper of their own names a topic (`2017: Transformers for
    language tasks` over `论文： Vaswani et al, "Attention is all you need"`)."""
    head = lines[first]
    match = _YEAR_HEADING.match(head.text) if head.kind == "heading" else None
    if match is None or not _plain_title(match["title"]) or words(match["title"]) < 2:
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
        if _QUOTED.search(line.text) or any(_titled_link(label, url) for label, url in line.links):
            return True
        index += 1
    return False


def _heading_over_date(lines: list[Line], index: int) -> bool:
    return (
        lines[index].kind == "heading"
        and index + 1 < len(lines)
        and _DATE_ONLY.match(lines[index + 1].text) is not None
    )


def _notes_under(lines: list[Line], first: int, last: int) -> list[int]:
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


def _read_notes(lines: list[Line], notes: list[int], draft: Draft) -> int:
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
            parts = [part.strip() for part in _NAMES_STOP.split(text + " ")]
            draft.authors = next(
                (p for p in parts if looks_like_names(p) and len(split_names(p)[0]) >= 2), ""
            )
    return notes[-1]


def _head_alone(head: Line) -> Citation | None:
    """The first line of a unit read by the shapes that must fill a line to the end."""
    for how in (_identified, _reference, _title_then_surnames, _by):
        if found := how(head.text, head.bold, head.links):
            return found
    return None


def _a_reference(line: Line) -> bool:
    return bool(_identified(line.text, [], []) or _reference(line.text, [], []))


_PROSE = 1200  # characters: longer than any citation with its names, title, venue and year
_ENTRY_NUMBER = re.compile(r"^\s*(?:\[\d{1,4}\]|\d{1,4}[.)])\s+\S")


def _units(lines: list[Line]) -> list[tuple[int, int]]:
    """Blocks; a block of numbered entries (`[1] …`, `2. …`) one line each is one unit a line."""
    units: list[tuple[int, int]] = []
    for first, last in blocks(lines):
        numbered = [i for i in range(first, last + 1) if _ENTRY_NUMBER.match(lines[i].text)]
        lead = len(numbered) >= 2 and numbered[0] == first + 1 and len(lines[first].text) < 60
        if lead:  # `8.References:` over its entries
            units.append((first, first))
        if last > first and len(numbered) >= 2 and (numbered[0] == first or lead):
            ends = [*numbered[1:], last + 1]
            units += [(start, end - 1) for start, end in zip(numbered, ends, strict=True)]
        elif last > first and _paper_a_line(lines[first : last + 1]):
            units += [(index, index) for index in range(first, last + 1)]
        else:
            units.append((first, last))
    return units


def _paper_a_line(block: list[Line]) -> bool:
    """A paragraph whose lines each link a paper by its title (a table markdown could not read,
    a list typed without markers): a paper a line."""
    titled = [line for line in block if any(_titled_link(label, url) for label, url in line.links)]
    return len(titled) >= 2 and all(len(line.text) < 300 for line in block)


@lru_cache(maxsize=1 << 12)  # the same links (`[Code][4]`) under every paper of a page
def _identifies(url: str) -> bool:
    ids = find_identifiers("", [url])
    return bool(ids.arxiv_id or ids.doi or ids.openreview)


def _titled_link(label: str, url: str) -> bool:
    ids = find_identifiers("", [url])
    return words(label) >= 2 and not is_generic_label(label) and bool(ids.arxiv_id or ids.doi)


def _unit(unit: list[Line], lines: list[Line], first: int, last: int, doc: Doc) -> Found | None:
    head = unit[0]
    if head.kind == "row" or is_furniture(head.text):
        return None
    text = " ".join(line.text for line in unit)
    bold = [b for line in unit for b in line.bold]
    links = [link for line in unit for link in line.links]
    if len(text) > _PROSE and not (bold or links or head.kind == "heading"):
        return None  # a paragraph of prose (an abstract): nothing in it is set apart as a title
    italic = [i for line in unit for i in line.italic]
    cited = read_citation(text, bold, links, italic)
    if cited is not None and not _within_one_line(cited.title, unit):
        cited = next(  # never a title glued from two lines: read the lines one by one
            (
                c
                for line in unit
                if (c := read_citation(line.text, line.bold, line.links, line.italic))
            ),
            None,
        )
    snippet = ""
    if cited is None and len(unit) > 1:
        cited = _head_alone(head)  # `- Title Names · 2023` over a line of the user's remarks
        if cited is not None and _ID_THEN_TITLE.match(head.text):
            snippet = " ".join(line.text for line in unit[1:])  # `[3] arXiv:… | Title` over it
    if cited is not None and mostly_cjk(cited.title) and (original := _original_title(links)):
        cited = original
    child_urls: list[str] = []
    if head.kind == "item":
        child_urls, child_last = _child_links(lines, first, last)
        if cited is None and _plain_title(head.text) and any(map(ARXIV_LINK.search, child_urls)):
            cited = Citation(clean_title(head.text), "", None, 0.6)
        if child_urls:
            last = child_last
    if cited is None and head.kind == "item" and _plain_title(head.text):
        if len(unit) == 1 and _link_below(lines, last):
            cited = Citation(clean_title(head.text), "", None, 0.6)  # `1. Title` over its link
        elif len(unit) > 1 and (own := _lone_links(unit[1:])):
            cited, child_urls = Citation(clean_title(head.text), "", None, 0.6), own
    if cited is None and head.kind == "item" and len(unit) == 1:
        cited = _title_and_year(head.text)  # `- Title (2017)`: a list item, never a paragraph
    if cited is None and (dated := _dated_heading(lines, first)):
        cited, last = dated, max(last, first + 1)
    if cited is None and (yearly := _year_heading(lines, first)):
        cited = yearly
    if cited is None and (lead := _agenda_title(head)):
        cited = lead
    if cited is None and (paper_link := _heading_paper_link(lines, first)):
        cited, child_urls = Citation(clean_title(head.text), "", None, 0.6), [paper_link[0]]
        last = paper_link[1]
    identified = any(p.search(text) for p in (ARXIV_LABEL, DOI)) or _ID_THEN_TITLE.match(text)
    evidence = links or child_urls or (cited and (cited.authors or cited.year)) or head.code
    if cited is None or not (evidence or identified):
        return None
    if not (child_urls or cited.authors or cited.year or head.code) and (
        links and all(_navigation(u) for _, u in links)
    ):
        return None  # `[Hugging Face](https://huggingface.co/)`, `[AK](/akhaliq)`: the site's menus
    if len(cited.title) < 8 or words(cited.title) > 40:
        return None
    if _site_link(cited, links, child_urls):
        return None
    draft = Draft(line=head.number, title=cited.title, authors=cited.authors, date=cited.year)
    if not cited.authors:
        draft.authors = _names_in_unit(unit, cited.title)
    if not draft.authors and head.kind != "heading" and (names := _names_below(lines, last)):
        draft.authors, last = names, last + 1
    if full := _full_date_by_title(unit, cited.title):
        draft.date = full  # `— A, B (Jan 2, 2024)`: the day over the year
    draft.urls = [url for _, url in links] + child_urls
    if head.kind == "heading":
        last = _under_heading(lines, first, last, draft)
    if below := _link_below(lines, last):
        draft.urls.append(below[0])  # the paper's link, pasted on a line of its own
        last = below[1]
    if head.kind == "item" and (notes := _notes_under(lines, first, last)):
        last = _read_notes(lines, notes, draft)
    draft.text = text
    draft.abstract = snippet or draft.abstract
    cues = sum(bool(x) for x in (draft.urls, cited.authors, cited.year))
    draft.confidence = min(0.95, cited.strength + 0.1 * cues)
    if draft.confidence < 0.6:
        draft.reasons = ["title read from list markup only"]
    return Found(build(draft, doc.captured), first, last)


def _original_title(links: list[Link]) -> Citation | None:
    """A digest's translated headline over a link to the paper under its own title
    (`→ 원문: [Program-as-Weights: A Programming Paradigm …](https://arxiv.org/abs/…)`)."""
    for label, url in links:
        if words(label) >= 3 and not mostly_cjk(label) and _identifies(url):
            return Citation(clean_title(label), "", None, 0.7)
    return None


def _site_link(cited: Citation, links: list[Link], child_urls: list[str]) -> bool:
    """`GloVe: [Stanford NLP](https://nlp.stanford.edu/…)`: two words linking a site that names
    no paper, with no names and no year, credit a project or a group, not a paper."""
    if cited.authors or cited.year or child_urls or words(cited.title) > 2:
        return False
    targets = [url for label, url in links if clean_title(label) == cited.title]
    return bool(targets) and not any(map(_identifies, targets))


_NAVIGATION = re.compile(r"^(?:https?://[^/\s]+)?/?(?:[A-Za-z]+/?)?(?:[?#].*)?$")


def _navigation(url: str) -> bool:
    """A site's home, a section or a user's page (`/models`, `/akhaliq`), or a jump within a page
    (`…/list/cs.CL/new#item1`) that names no paper: a menu, not a paper."""
    if (page := behind_login(url)) is not None:
        return not _identifies(page)
    if _NAVIGATION.match(url) is not None:
        return True
    page, hashed, _fragment = url.partition("#")
    if not hashed:
        return False
    ids = find_identifiers(page, [])
    return not (ids.arxiv_id or ids.doi or ids.openreview)


_PAREN_DATE = re.compile(r"\(([^()]{6,30})\)")


def _names_in_unit(unit: list[Line], title: str) -> str:
    """Names after the title on its line (`**Title** — A, B (Jan 2, 2024)`), or a line of the
    item that is names alone (`*Alice Smith, Bob Jones*`)."""
    for line in unit:
        at = line.text.find(title)
        if at >= 0:
            after = _PAREN_DATE.sub(" ", line.text[at + len(title) :]).strip()
            if (match := _AFTER_BY.search(" " + after)) and _several_names(match["authors"]):
                return match["authors"].strip(" .,")
        elif _several_names(line.text.strip(" *_")):
            return line.text.strip(" *_")
    return ""


def _names_below(lines: list[Line], last: int) -> str:
    """`*A Name, B Name et al. (4 authors)*`: a paragraph of names alone right under the title's."""
    if last + 1 >= len(lines):
        return ""
    below = lines[last + 1]
    if below.kind != "text" or below.block == lines[last].block or below.links:
        return ""
    if last + 2 < len(lines) and lines[last + 2].block == below.block:
        return ""  # one line of a paragraph
    text = below.text.strip(" *_")
    return text if _several_names(text) else ""


def _full_date_by_title(unit: list[Line], title: str) -> str | None:
    for line in unit:
        if title in line.text:
            for inside in _PAREN_DATE.findall(line.text):
                if found := date_in(inside):
                    return found
    return None


def _heading_paper_link(lines: list[Line], first: int) -> tuple[str, int] | None:
    """A newsletter's `## Title` whose section (to the next heading) links one paper,
    often at its end (`[Read more](https://huggingface.co/papers/2309.05463)`): that link,
    and the section's last line."""
    head = lines[first]
    if head.kind != "heading" or not _plain_title(head.text) or words(head.text) < 3:
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


def _agenda_title(line: Line) -> Citation | None:
    """`Title, _Venue_, `Presenter` `Mar 15``: an agenda item, its title before the first comma
    that the item's code spans follow."""
    if not line.code or line.kind != "item":
        return None
    before, _, after = line.text.partition(", ")
    if not after or line.code[0] not in after or words(before) < 3:
        return None
    return Citation(clean_title(before), "", None, 0.45)


def _within_one_line(title: str, unit: list[Line]) -> bool:
    key = fold(title)
    return any(key in fold(line.text) for line in unit)


def _under_heading(lines: list[Line], first: int, last: int, draft: Draft) -> int:
    """A clipped paper page, a daily list or one's own notes: under the title heading come
    the names and date (`*A, B* · 2 Jan 2024`), counters, buttons, `Published on …` or
    `3 days ago`, and maybe the abstract, up to the next heading."""
    index = first + 1
    names_due = True  # the names come first, after counters and buttons (`[-] 12`, `Submitted by`)
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
            draft.urls += [url for _, url in line.links if _identifies(url)]
            if _LONE_LINK.match(line.text) and _paper_url(url := line.text.strip("<>")):
                draft.urls.append(url)  # `- https://arxiv.org/abs/1706.03762` under the title
        # `*A, B* · 2 Jan 2024`: a meta line is short; a wrapped abstract is not split up.
        pieces = _META_SPLIT.split(text) if len(text) < 400 else [text]
        parts = [p.strip(" *_") for p in pieces if p.strip(" *_")]
        if names_due and not draft.authors and parts and _several_names(parts[0]):
            draft.authors = parts[0]
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


_META_SPLIT = re.compile(r"\s+[·|—–•]\s+|\s+-\s+")


def _several_names(text: str) -> bool:
    return looks_like_names(text) and len(split_names(text)[0]) >= 2


def _date_part(parts: list[str]) -> str | None:
    return next((found for part in parts if len(part) < 40 and (found := date_in(part))), None)


def _prose(text: str) -> bool:
    return len(text) > 150 and ". " in text and text[:1].isupper() and not looks_like_names(text)


_ON = re.compile(r"^(?:published|submitted)\s+on\s+", re.IGNORECASE)
_SUBMITTED_IN_TEXT = re.compile(r"\b(?:submitted|published)(?: on)?[:\s]+", re.IGNORECASE)


def _date_line(text: str) -> str | None:
    if is_relative(text):
        return text
    if len(text) >= 60 and (said := _SUBMITTED_IN_TEXT.search(text)):
        return date_in(text[said.end() : said.end() + 40])  # `…: Submitted 30 August, 2025; …`
    text = _ON.sub("", text)
    return date_in(text) if len(text) < 60 else None


def _plain_title(text: str) -> bool:
    return 2 <= words(text) <= 30 and not text.endswith((".", "。"))


def _child_links(lines: list[Line], first: int, last: int) -> tuple[list[str], int]:
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
        index += 1
    return (urls, index - 1) if urls else ([], last)
