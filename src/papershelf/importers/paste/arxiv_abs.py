"""arXiv abstract pages, copied from the browser, clipped to Markdown or dumped as text.

The page's dateline (`[Submitted on 12 Jun 2017 (v1), last revised …]`) anchors it; above it the
identifier (`arXiv:1706.03762 (cs)`), below it the title (with or without `Title:`), the authors
(with or without `Authors:`), buttons, the abstract (`Abstract:` and its paragraph, often quoted),
then `Comments:`, `Subjects:` and `Cite as:` up to the submission history.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from papershelf.importers.paste import scan
from papershelf.importers.paste.arxiv import TRANSLATED, without_affiliations
from papershelf.importers.paste.blocks import is_button_line, split_run_together
from papershelf.importers.paste.build import Draft, build
from papershelf.importers.paste.doc import Doc, Found
from papershelf.importers.paste.lines import Line, is_furniture
from papershelf.importers.paste.names import looks_like_names

NAME = "arxiv-abs"
DESCRIPTION = "arXiv abstract pages (title, authors, abstract, Cite as), however copied"

# The dateline in English, or translated by the browser into Japanese, Chinese or Korean
# (`[2023 年 10 月 4 日に提出]`, `[提交于 2023 年 10 月 4 日]`, `[2023년 10월 4일에 제출됨]`).
DATELINE = re.compile(
    r"^[\[(]?(?:Submitted on (?P<date>\d{1,2} [A-Za-z]{3,9}\.? \d{4})\b"
    r"|(?:提交于|提交於|提交日期[:：]?)?\s*(?P<y>\d{4})\s*[年년]\s*(?P<m>\d{1,2})\s*[月월]\s*"
    r"(?P<d>\d{1,2})\s*[日일]\s*(?:に提出|提出|提交|에\s*제출)?[\])]?\s*$)",
    re.I,
)
_ID_LINE = re.compile(r"\barXiv:\s*(?:\d{4}\.\d{4,5}|[a-z\-]+(?:\.[A-Z]{2})?/\d{7})", re.I)
_LABEL = re.compile(
    rf"^(Title|Authors?|Abstract|Comments?|Subjects?|Cite as|Journal ref|DOI|{'|'.join(TRANSLATED)})"
    r"\s*[:：]\s*(.*)$",
    re.I,
)
_END = re.compile(r"^(?:Submission history|\[v\d+\]|From:|Bibliographic|Access Paper)", re.I)
# OneNote ends what it clips with its source: `From <https://arxiv.org/abs/2304.14922>` (the brackets
# gone once Markdown read it as a link).
_CLIPPED_FROM = re.compile(r"^From\s*<?(?P<url>https?://[^\s>]+)>?\s*$")
_ABSTRACT_HEADING = re.compile(r"^abstract\b", re.IGNORECASE)
_AUTHOR_SEARCH = re.compile(r"arxiv\.org/(?:search|a)/", re.I)  # the names link their searches
# The page's tooltips and tool names, text once its links are gone.
_PAGE_FURNITURE = re.compile(
    r"^(?:Focus to learn more|arXiv-issued DOI via DataCite(?: \(pending registration\))?"
    r"|Bibliographic and Citation Tools|Code, Data and Media Associated with this Article"
    r"|Demos|Related Papers|Recommenders and Search Tools|Which authors of this paper are"
    r" endorsers\?.*)$",
    re.I,
)
LOOK = 40  # lines after the dateline in which the page's parts stand


def is_page_furniture(text: str) -> bool:
    """An abstract page's tooltips and tool headings (`Bibliographic and Citation Tools`)."""
    return _PAGE_FURNITURE.match(text) is not None


# A page whose text was run together on one line (scrapers, feeds, web-search answers): its parts
# start at the dateline, at their labels and at the page's buttons.
_PART_START = re.compile(
    r"\s*(?=\[Submitted on )|(?:\s+|(?<=\)))(?=(?:Title|Authors?|Abstract|Comments|Subjects|Cite as"
    r"|Journal ref"
    r"|Submission history)\s*:)|\s+(?=View (?:a )?PDF\b)|\s+(?=Skip to main content)"
)
_DATELINE_INSIDE = re.compile(r".\[?Submitted on \d")
_TITLE_LABEL = re.compile(r"\bTitle\s*:")
_AUTHORS_LABEL = re.compile(r"\bAuthors?\s*:")
_VIEW_PDF_ABSTRACT = re.compile(
    r"^View PDF\b.{0,200}?[\s)]Abstract\s*:"
)  # `(experimental)Abstract:`


def _run_together(text: str) -> bool:
    """A line holding a page's dateline, its `Title:` then `Authors:`, or its buttons before
    `Abstract:`. Each looked for once (a huge line may hold thousands of `Title:`)."""
    if "Submitted on " in text and _DATELINE_INSIDE.search(text):
        return True
    if (
        "Title" in text
        and (title := _TITLE_LABEL.search(text))
        and _AUTHORS_LABEL.search(text, title.end(), title.end() + 1000)
    ):
        return True
    return _VIEW_PDF_ABSTRACT.match(text) is not None


def read(lines: list[Line], doc: Doc) -> list[Found]:
    plain, source = _untranscribed(lines)
    parts, origin = split_run_together(plain, _run_together, _PART_START)
    return [
        Found(hit.record, source[origin[hit.first]], source[origin[hit.last]])
        for hit in _read(parts, doc)
    ]


# A chat tool's browser shows a page as numbered lines (`L9: # Title:…`, several to a line when
# wrapped), links as `cite12†Name` and a link's host after it (`…†doi.org`), table cells as ` | `.
_LINE_NUMBER = re.compile(r"(?:^|\s+)L\d{1,4}:(?:\s|$)")
_TRANSCRIPT_MARKS = re.compile(r"(?<![^\W_])cite\d+†|†(?:[\w\-]+\.)+[a-z]{2,}\b")
_SOURCE_MARKUP = re.compile(r"^(?:#{1,6}\s+|>\s*|\|\s*)")
_LABEL_CELL = re.compile(r"^([^\W\d_][\w ]{0,20}:)\s*\|\s*")  # `Comments:  | 31 pages`


def _untranscribed(lines: list[Line]) -> tuple[list[Line], list[int]]:
    """The lines with a browsing transcript's line numbers and link marks taken out (a source
    line wrapped onto the next number joined again), and each one's index in `lines`."""
    numbered = sum(
        1 for line in lines[:400] if line.text[:1] == "L" and _LINE_NUMBER.match(line.text)
    )
    if numbered < 3:
        return lines, list(range(len(lines)))
    plain: list[Line] = []
    source: list[int] = []
    for index, line in enumerate(lines):
        if line.kind == "claimed" or "L" not in line.text:
            plain.append(line)
            source.append(index)
            continue
        pieces: list[str] = []
        for piece in _LINE_NUMBER.split(_TRANSCRIPT_MARKS.sub("", line.text)):
            piece = _LABEL_CELL.sub(r"\1 ", _SOURCE_MARKUP.sub("", piece.strip())).strip()
            if pieces and piece.startswith(","):
                pieces[-1] += piece  # `… Tianyang Lu L11: , Weiji Zhuang …`: one source line
            elif piece:
                pieces.append(piece)
        for piece in pieces:
            plain.append(Line(line.number, piece, block=line.block, links=line.links))
            source.append(index)
    return plain, source


def _read(lines: list[Line], doc: Doc) -> list[Found]:
    # The lines that can start a page (a dateline or `Cite as:`), found in one pass with a cheap
    # test: the walk visits only them, from each page's end on, as a walk over every line did.
    starts = scan.matching(lines, _PAGE_HINT)
    found: list[Found] = []
    n = 0
    while n < len(starts):
        index = starts[n]
        line = lines[index]
        floor = found[-1].last + 1 if found else 0
        hit = None
        if line.kind != "claimed" and DATELINE.match(line.text):
            hit = _page(lines, index, doc, floor)
        elif line.kind != "claimed" and (
            _CITE_AS.match(line.text) or _VIEW_TITLED.match(line.text)
        ):
            start = _title_over_cite(lines, index, floor)
            hit = _page(lines, start - 1, doc, floor) if start is not None else None
        if hit is not None:
            found.append(hit)
            n = bisect_left(starts, hit.last + 1)
        else:
            n += 1
    return found


# A page copied from its title down (the dateline is above the title, left out of the
# selection): `Cite as: arXiv:…` anchors it, the title and names above, the date in the
# submission history under it (`[v1] Thu, 9 Apr 2026 02:25:17 UTC`).
_CITE_AS = re.compile(r"^Cite as\s*[:：]?\s*arXiv:\s*\d{4}\.\d{4,5}", re.I)
# The page's own sentence under the names (since 2023), as good an anchor as `Cite as:` when a
# copy leaves out both the dateline and the tail.
_VIEW_TITLED = re.compile(r"^View a PDF of the paper titled \S")
# How a `DATELINE`, a `_CITE_AS` or a `_VIEW_TITLED` line starts (most lines do not).
_PAGE_HINT = re.compile(r"[\[(]?(?:(?i:submitted on )|提交|\s*\d)|(?i:cite as)|View a PDF")
_FIRST_VERSION = re.compile(
    r"^\[v1\]\s+(?:[A-Z][a-z]{2},\s+)?(?P<date>\d{1,2} [A-Z][a-z]{2} \d{4})\b"
)


_ARXIV_LINK_LINE = re.compile(r"^https?://arxiv\.org/(?:abs|pdf|html)/\S+")


def _title_over_cite(lines: list[Line], cite: int, floor: int) -> int | None:
    """The index of the title over a page's `Cite as:` line: a title line with a line of names
    (or `Authors:`) under it, the nearest above; None when there is none."""
    for at in range(cite - 2, max(floor, cite - LOOK) - 1, -1):
        line, below = lines[at], lines[at + 1]
        if line.kind == "claimed" or DATELINE.match(line.text):
            return None
        names = looks_like_names(below.text) or _AUTHORS_LABEL.match(below.text) is not None
        if names and _title_line(line) and not looks_like_names(line.text):
            return at
        if (label := _LABEL.match(line.text)) and TRANSLATED.get(
            label[1], label[1].lower()
        ) == "title":
            return at
    return None


def _page(lines: list[Line], at: int, doc: Doc, floor: int = 0) -> Found | None:
    """The page whose dateline is at `at`; or, when `at` holds no dateline, the page whose
    title is at `at + 1` (see `_title_over_cite`)."""
    match = DATELINE.match(lines[at].text) if at >= 0 else None
    first = at if match else at + 1
    draft = Draft(line=lines[first].number, title="")
    if match is not None:
        # The dateline links the versions (`(*[v1](https://arxiv.org/abs/2105.05445v1)*)`).
        draft.date = match["date"] or f"{match['y']}-{int(match['m']):02d}-{int(match['d']):02d}"
        draft.urls = list(lines[at].urls)
    for back in range(at - 1, max(floor - 1, at - 4), -1):  # `arXiv:1706.03762 (cs)` above
        if lines[back].kind != "claimed" and _ID_LINE.search(lines[back].text):
            draft.text += " " + lines[back].text
            first = back
            break
    if (named := _page_title_above(lines, first, floor)) is not None:
        draft.text += f" arXiv:{named[1]} {lines[named[0]].text}"
        draft.urls += lines[named[0]].urls
        first = named[0]
    for back in range(first - 1, max(floor - 1, first - 4), -1):  # the page's links over it
        if lines[back].kind == "claimed" or not (link := _ARXIV_LINK_LINE.match(lines[back].text)):
            break
        draft.urls.insert(0, link[0])
        first = back
    authors, abstract = "", list[str]()
    part, last, guessed = "title", max(at, 0), False
    if match is not None and (above := _title_and_names_above(lines, at)) is not None:
        draft.title, authors, first = above[0], above[1], above[2]
        draft.line, part = lines[first].number, "abstract-text"
    joined = -1  # the last line a wrapped title or list of names took
    for index in range(at + 1, min(len(lines), at + 1 + LOOK)):
        if index <= joined:
            continue
        line = lines[index]
        text = line.text
        if line.kind in ("claimed", "rule") or _END.match(text) or DATELINE.match(text):
            break
        if _PAGE_FURNITURE.match(text):
            part = "tail" if part == "abstract-text" else part  # the abstract has ended
            last = index
            continue
        heading = line.kind == "heading" and not _ABSTRACT_HEADING.match(text)
        if part == "tail" and (heading or _PAGE_TITLE.match(text)):
            break  # the note goes on (`## Original Extract`), or the next page begins
        last = index
        draft.urls += [url for url in line.urls if not _AUTHOR_SEARCH.search(url)]
        if source := _CLIPPED_FROM.match(text):
            draft.text += f" {source['url']}"
            break  # the clip's own end: what follows is the next clip, dateline or not
        label = _LABEL.match(text)
        name, value = (TRANSLATED.get(label[1], label[1].lower()), label[2]) if label else ("", "")
        if name.startswith("author") and not value:
            value, joined = _names_below(lines, index)
            last = max(last, joined)
        elif name == "title" or name.startswith("author"):
            value, joined = _wrapped(lines, index, value, name)
            last = max(last, joined)
        if line.kind == "heading" and _ABSTRACT_HEADING.match(text):
            abstract, part = [], "abstract-text"  # `### Abstract (verbatim, v1)`
        elif name == "title" and not value:
            part = "title"  # `Title:` alone, the title on the next line
        elif part == "title" and not draft.title and (names := _byline(text)):
            authors, part = names, "abstract"  # `by A Name, B Name` under the dateline: no title
        elif name == "title" and value and draft.title and not guessed:
            continue  # a translation's `标题：` under the page's own `Title:`: the first stays
        elif name == "title" or (part == "title" and not label and _title_line(line)):
            draft.title, guessed = value or text, name != "title"
            draft.line, part = line.number, "authors"
        elif name.startswith("author") or (
            part == "authors" and looks_like_names(text) and not is_button_line(line)
        ):  # `[View PDF](…)` where a page with no `Authors:` label has its names
            authors, part = (value or text), "abstract"
        elif name == "abstract":
            abstract, part = [value] if value else [], "abstract-text"
        elif part == "abstract" and not label and len(text) > 200 and ". " in text:
            abstract, part = [text], "abstract-text"  # no `Abstract:` label: the prose itself
        elif part == "abstract-text" and not label and not is_button_line(line):
            if abstract and line.block != lines[index - 1].block:
                part = "tail"
            else:
                abstract.append(text)
        elif label:
            part = "tail"
            draft.text += " " + text
            if name.startswith("comment"):
                draft.comments = value
        elif part == "tail":
            draft.text += " " + text  # `(or arXiv:…v7 [cs.CL] for this version)`, the DOI link
    if not draft.date and (history := _first_version(lines, last)) is not None:
        draft.date, last = history
    # A note's `# Title` over the page's link and dateline names the paper; the unlabelled line
    # under the dateline with no names under it is then the note's remark (a `Comments:` value).
    guessed = guessed and not authors
    if (not draft.title or guessed) and (head := _heading_above(lines, first)) is not None:
        if draft.title:
            draft.comments = draft.comments or draft.title
        draft.title, draft.line, first = lines[head].text, lines[head].number, head
    if not draft.title:
        return None
    draft.authors = without_affiliations(_ATTRIBUTES.sub("", authors))
    draft.abstract = " ".join(abstract)
    draft.confidence = 0.9 if authors else 0.7
    return Found(build(draft, doc.captured), first, last)


# pandoc's attributes after a link it wrote (`[Name](…){rel="nofollow"}`), once the link is text
_ATTRIBUTE = r"(?:[.#][\w\-]+|[\w\-]+=\"[^\"]*\")"
_ATTRIBUTES = re.compile(rf"\{{{_ATTRIBUTE}(?:\s+{_ATTRIBUTE})*\}}")
WRAP = 60  # characters: a text browser wraps its lines at 70 to 80 columns
# A title cut after a word no title ends with (`… is Secretly a`), or after `:`, `-` or `,`.
_UNFINISHED = re.compile(
    r"(?:\b(?:a|an|the|of|for|and|or|to|in|on|at|with|via|by|from|is|are|as|into|over|under)"
    r"|[:,\-–—])\s*$",
    re.IGNORECASE,
)


def _wrapped(lines: list[Line], index: int, value: str, name: str) -> tuple[str, int]:
    """A `Title:` or `Authors:` value a text browser wrapped onto the next line of its
    paragraph (`Title:Direct … is Secretly a` / `Reward Model`): the value whole, and the index
    of its last line. A list of names goes on after a comma; a title when its line is a wrapped
    one's length and the next line is no label, no button and no list of names under a title
    that looks finished."""
    last = index
    while last + 1 < len(lines) and value:
        line, following = lines[last], lines[last + 1]
        if following.kind != "text" or following.block != line.block:
            break
        text = following.text
        if _LABEL.match(text) or is_button_line(following) or text.startswith("View "):
            break
        if name == "title":
            unfinished = _UNFINISHED.search(value) is not None
            if len(line.text) < WRAP or (looks_like_names(text) and not unfinished):
                break
        elif not value.rstrip().endswith(","):
            break
        value, last = f"{value} {text}", last + 1
    return value, last


_FOOTNOTE_MARK = re.compile(r"\[\^\d+\]")  # `Jiaqi Zhai[^2]`: a clipper's link as a footnote


def _names_below(lines: list[Line], index: int) -> tuple[str, int]:
    """`Authors:` alone, then each name and each comma on a line of its own (a clipper that
    writes one page element a line): the names joined, and the index of the last line."""
    parts: list[str] = []
    last = index
    for at in range(index + 1, min(len(lines), index + 1 + NAMES_LINES)):
        text = _FOOTNOTE_MARK.sub("", lines[at].text).strip()
        if lines[at].kind == "claimed" or _LABEL.match(text) or text.startswith("View "):
            break
        parts.append(text)
        last = at
    names = " ".join(parts).replace(" ,", ",")
    return (names, last) if parts and looks_like_names(names) else ("", index)


NAMES_LINES = 400  # a page's names, a comma a line: two hundred people


def _title_and_names_above(lines: list[Line], at: int) -> tuple[str, str, int] | None:
    """The older page: the title, the names, then `(Submitted on 8 Oct 2017)` and the abstract
    right under it. (title, names, index of the title line), or None for the usual page."""
    if at < 2 or at + 1 >= len(lines) or len(lines[at + 1].text) < 200:
        return None
    title, names = lines[at - 2], lines[at - 1]
    if "claimed" in (title.kind, names.kind) or _LABEL.match(names.text):
        return None
    if looks_like_names(names.text) and _title_line(title) and not looks_like_names(title.text):
        return title.text, names.text, at - 2
    return None


# The page's own title as a browser, a fetcher or a chat tool's browser keeps it over the page:
# `[2401.01234v2] Title (https://arxiv.org/abs/…)`, `Abstract page for arXiv paper 2401.01234: …`.
_PAGE_TITLE = re.compile(
    r"^(?:#+\s*)?(?:\[(?P<bracketed>\d{4}\.\d{4,5}(?:v\d+)?)\]\s+\S"
    r"|(?:.{0,20}[:：]\s*)?(?:Abstract page for )?arXiv\s*(?:paper|論文|论文|논문)\s*"
    r"(?P<named>\d{4}\.\d{4,5}(?:v\d+)?)\b)",
    re.I,
)
LOOK_BACK = 16  # lines of menus between the page's title and its dateline


def _page_title_above(lines: list[Line], first: int, floor: int) -> tuple[int, str] | None:
    """(index, arXiv id) of the page's title line above its dateline, or None."""
    for back in range(first - 1, max(floor - 1, first - 1 - LOOK_BACK), -1):
        line = lines[back]
        if line.kind == "claimed" or DATELINE.match(line.text):
            return None
        if match := _PAGE_TITLE.match(line.text):
            return back, match["bracketed"] or match["named"]
    return None


def _first_version(lines: list[Line], last: int) -> tuple[str, int] | None:
    """The first version's date in the submission history after the page's last line, and
    the index of its line."""
    for index in range(last + 1, min(len(lines), last + 8)):
        if lines[index].kind == "claimed":
            return None
        if version := _FIRST_VERSION.match(lines[index].text):
            return version["date"], index
    return None


def _heading_above(lines: list[Line], first: int) -> int | None:
    """A note made from the page: its heading is the title, the dateline and `Authors:` under it
    (`# Title` / `*[Submitted on …]*` / `Authors: …`). The heading's index, or None."""
    if first == 0:
        return None
    line = lines[first - 1]
    if line.kind == "heading" and _title_line(line) and not looks_like_names(line.text):
        return first - 1
    return None


_BY = re.compile(r"^by\s+(?=[A-Z])")


def _byline(text: str) -> str:
    """`by Ada Quist, Ben Okafor`: the names a note writes under a paper's date."""
    names = _BY.sub("", text)
    return names if names != text and looks_like_names(names) else ""


def _title_line(line: Line) -> bool:
    text = line.text
    if is_furniture(text) or is_button_line(line) or " > " in text or len(text.split()) < 2:
        return False
    return not text.endswith(".") and len(text) < 300
