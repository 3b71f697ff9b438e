"""arXiv pages pasted as text: search results and /list/ pages (and their mirrors).

An entry starts at its identifier line (`arXiv:2409.12191 [pdf, other] cs.CV`, `[3]
arXiv:2401.01234 [pdf, html, other]`, `[1] 2606.17088`); then come the subjects, the title (one
line, or `Title:`), `Authors:` (with `et al. (31 additional authors not shown)`), the abstract
(`Abstract:` with `▽ More`/`△ Less`, or the paragraph after the title), `Comments:`,
`Subjects:`, `Journal ref:` and `Submitted …; originally announced …`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from papershelf.core.records import PaperRecord
from papershelf.core.text import extract_urls
from papershelf.importers.paste import scan
from papershelf.importers.paste.blocks import is_button_line, split_run_together, year_in
from papershelf.importers.paste.build import Draft, build
from papershelf.importers.paste.doc import Doc, Found
from papershelf.importers.paste.lines import Line, clean_title
from papershelf.importers.paste.names import looks_like_names, split_names
from papershelf.importers.paste.recommended import INTRO as RECOMMENDED

NAME = "arxiv-paste"
DESCRIPTION = "arXiv search results or new-submission lists, pasted or saved as HTML"

_ID = r"(?:\d{4}\.\d{4,5}|[a-z][a-z\-]*(?:\.[A-Z]{2})?/\d{7})(?:v\d+)?"
ANCHOR = re.compile(
    rf"^(?:\[\d+\]\s*|\d{{1,4}}\.\s*|Papers\s+)?(?:arXiv:\s*(?P<id>{_ID})\s*"
    r"(?:\((?:cross-list from [\w.\-]+|replaced)\)\s*)?"  # `(cross-list from cs.CL)`
    rf"(?:\[(?P<kinds>[^\]]*)\]?)?"
    rf"(?P<rest>.*)|(?P<bare>\d{{4}}\.\d{{4,5}}(?:v\d+)?)"
    rf"|https?://(?:www\.|export\.)?arxiv\.org/abs/(?P<address>{_ID}))$",
    re.IGNORECASE,
)


# An entry's identifier line is matched by `_is_anchor`, `_closes_citation`, `_readme_entry` and
# `_entry` in turn: the long pattern is tried once per line (a paste of notes has thousands).
# Emptied after each read, so that no paste's lines outlive its preview.
@lru_cache(maxsize=1 << 16)
def _anchor(text: str) -> re.Match[str] | None:
    return ANCHOR.match(text)


# How an `ANCHOR` line starts: a list number, a digit or `arXiv:` (most lines do not); a
# Hugging Face paper page copied as text glues its breadcrumb on (`Papers arxiv:2407.13168`).
_ANCHOR_HINT = re.compile(r"\[\d|\d|(?i:arxiv:)|Papers arxiv:|https?://(?:www\.|export\.)?arxiv")
_SUBJECT = re.compile(r"^(?:[a-z\-]+\.[A-Za-z\-]+|hep-\w+|gr-qc|quant-ph|nucl-\w+|math-ph)$")
# A page a browser translated keeps its layout; its labels are the language's (`作者：`, `著者:`).
TRANSLATED_LABELS = {
    "title": ("タイトル", "題名", "标题", "標題", "题目", "제목"),
    "authors": ("著者", "作者", "저자"),
    "abstract": ("要約", "概要", "摘要", "초록"),
    "comments": ("コメント", "评论", "評論", "备注", "코멘트"),
    "subjects": ("科目", "主題", "主题", "学科", "주제"),
}
TRANSLATED = {word: name for name, words in TRANSLATED_LABELS.items() for word in words}
_TRANSLATED_WORDS = "|".join(TRANSLATED)
_LABEL = re.compile(
    r"^(Title|Authors?|Abstract|Comments?|Subjects?|Journal[ -]ref|Cite as|DOI|Report[ -]number"
    r"|Date|Categories"
    rf"|{_TRANSLATED_WORDS})\s*[:：]\s*(.*)$",
    re.IGNORECASE,
)
_NOT_SHOWN = re.compile(r"\(\s*\d+\s+additional authors? not shown\s*\)", re.IGNORECASE)
_SUBMITTED = re.compile(
    r"^(?:Submitted\s+(?P<date>[^;]+);"
    r"|(?:提交于|提交於)?\s*(?P<cjk>\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*(?:に提出|提交)?\s*[;；])",
    re.IGNORECASE,
)
# A Hugging Face paper page: `Published on Dec 28, 2024`, and `## Abstract` as a heading.
_PUBLISHED = re.compile(r"^Published on\s+(?P<date>[A-Za-z]{3,9}\.? \d{1,2},? \d{4})\b", re.I)
# The year may be left out (this year's papers): `Published on Oct 6`.
_PUBLISHED_ON = re.compile(r"^Published on\s+(?P<date>[A-Za-z]{3,9}\.? \d{1,2})\b")
SUMMARY_MAX = 400  # characters: the page's own summary of the paper is one sentence


def _summary_over(short: list[str], line: Line, above: Line) -> bool:
    """The first paragraph under `Abstract` was one short sentence and a new one starts."""
    return (
        len(short) == 1 and len(short[0]) <= SUMMARY_MAX and line.block != above.block
        and len(line.text) > len(short[0])
    )  # fmt: skip


_ABSTRACT_HEADING = re.compile(r"^(?:Abstract|摘要)\s*[:：]?$", re.IGNORECASE)
_ANNOUNCED = re.compile(r"originally announced\s+(?P<date>[A-Za-z]+,? \d{4})")
_AUTHOR_PAGE = re.compile(r"(?:^|arxiv\.org)/a/|searchtype=author")
MORE, LESS = "▽ More", "△ Less"
# The toggles, translated or not (`▽ More`, `▽ 更多`, `△ 收起`): the triangle and a word.
_TOGGLE_END = re.compile(r"\s*(?P<mark>[▽△])\s*\S{1,12}$")


# A list page run together on one line (a web-search answer quoting it): entries start at their
# `arXiv:ID [pdf, …]`, their parts at their labels.
_RUN_TOGETHER = re.compile(r"arXiv:\s*\d{4}\.\d{4,5}(?:v\d+)?\s*\[[^\]]{0,40}\]\s*Title\s*:")
_PART_START = re.compile(
    r"\s+(?=arXiv:\s*\d{4}\.\d{4,5}(?:v\d+)?\s*\[)"
    r"|\s+(?=(?:Title|Authors?|Abstract|Comments?|Subjects?|Journal[ -]ref)\s*:)"
)


def _is_run_together(text: str) -> bool:
    return "Title" in text and _RUN_TOGETHER.search(text) is not None


def read(lines: list[Line], doc: Doc) -> list[Found]:
    parts, origin = split_run_together(lines, _is_run_together, _PART_START)
    run_together = len(parts) != len(lines)
    try:
        hits = _read(parts, doc)
    finally:
        _anchor.cache_clear()
    return [
        Found(_names_apart(hit.record) if run_together else hit.record, origin[hit.first],
              origin[hit.last])
        for hit in hits
    ]  # fmt: skip


def _names_apart(record: PaperRecord) -> PaperRecord:
    """`Title: A Survey on Prompt Tuning Zongqian Li, Yixuan Su, Nigel Collier`: run together,
    the names follow the title with nothing between. They start at the two words before the
    first comma (the most common shape of a first name), a guess the record is flagged for."""
    if record.authors or "," not in record.title:
        return record
    head, _, _rest = record.title.partition(",")
    words = head.split()
    if len(words) < 4:
        return record
    title, names = " ".join(words[:-2]), " ".join(words[-2:]) + record.title[len(head) :]
    if not looks_like_names(names) or len(split_names(names)[0]) < 2:
        return record
    record.title = clean_title(title)
    record.authors, record.authors_truncated = split_names(names)
    record.flag("review: title and names were run together; where the names start is a guess")
    return record


def _read(lines: list[Line], doc: Doc) -> list[Found]:
    anchors = [
        i
        for i in scan.matching(lines, _ANCHOR_HINT)
        if _is_anchor(lines[i])
        and not _closes_citation(lines, i)
        and _opens_entry(lines, i)
        and not _abstract_page(lines, i)
    ]
    pages = _pages_from_their_title(lines, anchors)
    anchors = sorted(anchors + pages)
    found: list[Found] = []
    for n, start in enumerate(anchors):
        end = anchors[n + 1] - 1 if n + 1 < len(anchors) else len(lines) - 1
        end = _entry_end(lines, start, end)
        if _readme_entry(lines[start]):  # its paragraph only: what follows is the README's
            end = next(
                (k - 1 for k in range(start + 1, end + 1) if not _no_gap(lines, k - 1, k)), end
            )
        if hit := _entry(lines, start, end, doc, titled=start in pages):
            _page_address_above(lines, found[-1].last + 1 if found else 0, start, hit.record)
            found.append(hit)
    if found and (top := _list_page_top(lines, found[0].first)) is not None:
        found[0] = Found(found[0].record, top, found[0].last, found[0].named)
    return found


# A /list/ page's own lines over its first entry: `Showing new listings for Thursday, 5 February
# 2026`, `New submissions (showing 8 of 8 entries)`.
_LIST_HEAD = re.compile(
    r"^(?:Showing new listings for |New submissions \(showing |Total of \d+ entries)"
)
LIST_HEAD_REACH = 12  # lines from the list's heading to its first entry


def _list_page_top(lines: list[Line], first: int) -> int | None:
    """The first line of an arXiv /list/ page whose first entry is at `first`: its menus and
    the list's heading are the site's, read with that entry (no paper of their own); None when
    no list's heading stands over the entry."""
    reach = range(first - 1, max(-1, first - 1 - LIST_HEAD_REACH), -1)
    if not any(_LIST_HEAD.match(lines[at].text) for at in reach):
        return None
    top = first
    while top > 0 and lines[top - 1].kind != "claimed":
        top -= 1
    return top


# `arXiv:2402.17152` / `(cs)` / `[Submitted on 27 Feb 2024 (`: the identifier over an abstract
# page's dateline, the abstract-page reader's (arxiv_abs.py) to read.
_DATELINE_START = re.compile(r"^[\[(]Submitted on \d")
DATELINE_REACH = 3


def _abstract_page(lines: list[Line], index: int) -> bool:
    return any(
        _DATELINE_START.match(line.text) for line in lines[index + 1 : index + 1 + DATELINE_REACH]
    )


def _page_address_above(lines: list[Line], first: int, start: int, record: PaperRecord) -> None:
    """`URL: https://huggingface.co/papers/2405.07960` at the head of a note that keeps the
    fetched page below: the page's own address, where the note says it was fetched from."""
    if not record.arxiv_id:
        return
    paper = _VERSIONED.sub("", record.arxiv_id)
    for line in lines[max(first, start - PAGE_HEAD) : start]:
        if line.kind == "claimed":
            continue
        for url in [*line.urls, *extract_urls(line.text)]:
            if (page := _PAGE_ADDRESS.match(url)) and _VERSIONED.sub("", page["id"]) == paper:
                record.urls += [url] if url not in record.urls else []


PAGE_HEAD = 60  # lines above a page's identifier in which a note names the page's address
_VERSIONED = re.compile(r"v\d+$")
_PAGE_ADDRESS = re.compile(
    r"^https?://(?:huggingface\.co/papers|(?:www\.)?arxiv\.org/abs)/(?P<id>\d{4}\.\d{4,5}(?:v\d+)?)/?$"
)


LABEL_REACH = 8  # lines from a paper page's date to its `Authors:` (the submitter, the upvotes)


def _pages_from_their_title(lines: list[Line], anchors: list[int]) -> list[int]:
    """A Hugging Face paper page copied from its title down, without its `arxiv:…` line: the
    title over `Published on …`, `Authors:` a few lines under it. The title's index each."""
    found = []
    opened = set(anchors)
    for index in scan.matching(lines, _PUBLISHED_ON):
        title = index - 1
        if (
            title < 0
            or lines[title].kind == "claimed"
            or (opened and not opened.isdisjoint(range(title - 5, title + 1)))
        ):
            continue  # an `arxiv:…` line above opens the page already
        # a loop that stops at the label, not any() over a generator: a daily page clipped to
        # Markdown has thousands of `Published on …` (its cards' dates) and no `Authors:`
        for line in lines[index + 1 : index + 1 + LABEL_REACH]:
            if line.text.startswith(("Authors:", "Authors :")):
                found.append(title)
                break
    return found


def _is_anchor(line: Line) -> bool:
    if line.kind == "claimed" or len(line.text) > 200:
        return False
    match = _anchor(line.text)
    if match is None:
        return False
    if match["bare"]:
        return line.text.startswith("[")  # `[1] 2606.17088`: a bare id needs its list number
    if match["address"]:  # judged with the lines under it (`_over_title_and_names`)
        return True
    kinds = match["kinds"]
    if kinds is not None:  # `[pdf, other]`; a PDF's margin stamp has `[physics.atom-ph]` here
        return bool(re.search(r"\b(?:pdf|ps|html|other|format)\b", kinds, re.IGNORECASE))
    rest = match["rest"]
    return not rest or _subjects(rest) is not None or _own_address(rest, match["id"])


# `arXiv:1807.03256 (https://arxiv.org/abs/1807.03256)`: a README's entry opens with its
# identifier and the address of its page.
_ADDRESS = re.compile(
    r"^\(\s*https?://(?:www\.|export\.)?arxiv\.org/(?:abs|pdf)/(?P<id>\S+?)\s*\)$"
)


def _own_address(rest: str, paper: str) -> bool:
    address = _ADDRESS.match(rest.strip())
    return address is not None and address["id"].removesuffix(".pdf").startswith(paper)


def _closes_citation(lines: list[Line], index: int) -> bool:
    """`arXiv: 2401.14331` alone under a line of names ends a citation (title, authors, id);
    it starts no entry of its own."""
    if not lines[index].text.lower().startswith(("arxiv", "http")):
        return False  # numbered (`[3] arXiv:…`): a list page's entry
    match = _anchor(lines[index].text)
    if match is None or match["kinds"] is not None:
        return False
    if match["rest"] and not _own_address(match["rest"], match["id"]):
        return False
    below = lines[index + 1 : index + 6]  # a button, a title wrapped over two lines
    if any(_PUBLISHED.match(line.text) for line in below):
        return False  # a Hugging Face paper page: `arxiv:…`, the title, `Published on …`
    # It closes names of its own paragraph only: after a blank line it opens an entry.
    above = [
        line
        for at, line in enumerate(lines[max(0, index - 2) : index], start=max(0, index - 2))
        if line.kind != "claimed" and _no_gap(lines, at, index)
    ]
    return any(looks_like_names(line.text.rstrip(".")) for line in above)


def _readme_entry(line: Line) -> bool:
    """`arXiv:1807.03256 (https://arxiv.org/abs/…)` or the address alone opening an entry."""
    match = _anchor(line.text)
    if match is None:
        return False
    return bool(match["address"]) or bool(
        match["rest"] and _own_address(match["rest"], match["id"])
    )


def _opens_entry(lines: list[Line], index: int) -> bool:
    """`https://arxiv.org/abs/…` alone opens an entry only over a title and its names in the
    same paragraph (a README's related work); under a citation it is that citation's link."""
    if not lines[index].text.startswith("http"):
        return True
    if index + 2 >= len(lines) or not _no_gap(lines, index, index + 2):
        return False
    title, names = lines[index + 1], lines[index + 2]
    return not looks_like_names(title.text) and _names_line(names)


def _published_next(lines: list[Line], index: int, end: int) -> bool:
    return index < end and lines[index + 1].text.startswith("Published on ")


def _no_gap(lines: list[Line], first: int, last: int) -> bool:
    """No blank line between the two lines: one paragraph, or lines that follow one another
    (HTML gives each line a block of its own)."""
    if lines[first].block == lines[last].block:
        return True
    return all(lines[k + 1].number - lines[k].number == 1 for k in range(first, last))


def _subjects(text: str) -> list[str] | None:
    if "." not in text and "-" not in text:
        return None  # every `_SUBJECT` has one (`cs.LG`, `hep-th`): a title is not split
    words = text.split()
    return words if words and all(_SUBJECT.match(w) for w in words) else None


def _entry_end(lines: list[Line], start: int, end: int) -> int:
    for index in range(start + 1, end + 1):
        line = lines[index]
        heading = line.kind == "heading" and not _LABEL.match(line.text)  # `Title:` set as one
        if line.kind in ("claimed", "rule") or (
            heading and index > start + 1 and not _ABSTRACT_HEADING.match(line.text)
        ):
            return index - 1
    return end


def _entry(
    lines: list[Line], start: int, end: int, doc: Doc, *, titled: bool = False
) -> Found | None:
    """The entry from its identifier line, or (`titled`) from a paper page's title."""
    anchor = None if titled else _anchor(lines[start].text)
    draft = Draft(line=lines[start].number, title="", text=lines[start].text)
    if anchor and anchor["bare"]:
        draft.text = f"arXiv:{anchor['bare']}"
    draft.urls = list(lines[start].urls)
    if subjects := _subjects(anchor["rest"] or "" if anchor else ""):
        draft.categories = subjects
    section = "head"
    if titled:
        draft.title, draft.text, section = lines[start].text, "", "title"
    short: list[str] = []
    full: list[str] = []
    rest: list[str] = []
    authors = ""
    last = start
    abstract_block: int | None = None
    pending = ""  # a label alone (`Comments:`): its value is the next line
    paper_page = False  # a Hugging Face paper page (`Published on …`)
    for index in range(start + 1, end + 1):
        line = lines[index]
        text = line.text
        if _entry_done(section, line, abstract_block):
            break
        if section == "page" and text.startswith(RECOMMENDED):
            break  # the papers its Librarian Bot recommends are read as papers (hf.py)
        last = index
        if section in ("abstract", "full") and (short or full) and _PAGE_BUTTONS.match(text):
            section = "page"  # a paper page's buttons under its abstract; its comments follow
        if section == "page":
            continue
        if line.links:  # `urls` is a new list each time it is read
            draft.urls += line.urls
        label = _LABEL.match(text) if (":" in text or "：" in text) else None
        if pending and not label:
            if pending.startswith("comment"):
                draft.comments = text
            else:
                draft.text += " " + text
            pending = ""
            continue
        if (text[:1] in _FORMATS_FIRST and _FORMATS.match(text)) or (
            section == "head" and is_button_line(line)
        ):
            continue  # `[ pdf , html , other ]`, `(cross-list from cs.LG)`
        if text[:1] in ("(", "\\") and (link := _MAIL_LINK.match(text)):
            draft.urls.append(link["url"])  # a mailing's `\\ ( https://arxiv.org/abs/… , 120kb)`
            continue
        if (line.kind == "heading" or section == "authors") and _ABSTRACT_HEADING.match(text):
            section = "abstract"
            continue
        if not draft.date and (published := _PUBLISHED.match(text) or _PUBLISHED_ON.match(text)):
            draft.date, paper_page = published["date"], True  # `Oct 6`: this year's, unsaid
            continue
        if section == "head" and not label and (subjects := _subjects(text)):
            draft.categories = subjects
            continue
        if label:
            name, value = TRANSLATED.get(label[1], label[1].lower()), label[2].strip()
            if name == "title":
                draft.title, section = value, "title" if value else "title-next"
            elif name.startswith("author"):
                authors, section = value, "authors"
            elif name == "abstract":
                section = _abstract_part(value, short, full, "abstract")
            elif not value:
                pending, section = name, "tail"
            elif name.startswith("comment"):
                draft.comments, section = value, "tail"
            elif name == "date" and (sent := _MAIL_DATE.search(value)):
                draft.date = draft.date or sent[0]  # a mailing's `Date: Tue, 2 Jan 2024 …`
            elif name == "categories":
                draft.categories, section = value.split(), "tail"
            elif name.startswith("journal") and not draft.date and (year := year_in(value)):
                draft.date, section = year, "tail"  # no submission date: the published version's
                draft.text += " " + value
            else:
                draft.text += " " + value
                section = "tail"
            continue
        if (match := _SUBMITTED.match(text)) or _ANNOUNCED.search(text):
            draft.date = (match["date"] or match["cjk"]).strip() if match else _announced(text)
            section = "submitted"
        elif (section == "head" and not draft.title) or section == "title-next":
            draft.title, section = text, "title"
        elif section == "title" and not authors and _published_next(lines, index, end):
            draft.title += " " + text  # a paper page's title wrapped by the copy (a fetch)
        elif section == "authors" and not short and _more_names(text):
            authors += " " + text
        elif section == "title" and not authors and _names_line(line):
            authors, section = text, "authors"  # list pages since 2024 print no `Authors:`
        elif section in ("abstract", "full") and _AI_SUMMARY.match(text):
            short.clear()  # what came before was the page's own summary; the abstract follows
            full.clear()
            section = "abstract"
        elif paper_page and section == "abstract" and _summary_over(short, line, lines[index - 1]):
            short[:] = [text]  # the page's one-sentence summary, then (a blank line) the abstract
        elif section in ("abstract", "full") and not is_button_line(line):
            section = _abstract_part(text, short, full, section)
        elif text in (MORE, LESS) or (len(text) < 16 and _TOGGLE_END.fullmatch(text)):
            continue
        else:
            rest.append(text)
            if len(text) > 60 and abstract_block is None and section in ("title", "authors"):
                abstract_block = line.block
    end = last
    if not draft.title or not (authors or short or rest or (anchor and anchor["kinds"])):
        return None
    if _NOT_SHOWN.search(authors):
        authors = _NOT_SHOWN.sub("", authors).rstrip(" ,")
        authors = re.sub(r",?\s*et\.? al\.?$", "", authors) + " et al."
    draft.authors = without_affiliations(authors)
    draft.abstract = " ".join(full) if full else " ".join(short)
    if not draft.abstract and rest and len(" ".join(rest)) > 150:
        draft.abstract = " ".join(rest)
    draft.text += " " + " ".join(rest)
    return Found(build(draft, doc.captured), start, end)


# arXiv's own affiliation notation: `A Name (1), B Name (1 and 2) ((1) Univ A, (2) Lab B)`.
_AFFILIATION_KEY = re.compile(r"\s*\(\s*\(\s*\d+\s*\).*\)\s*$")
_AFFILIATION_MARK = re.compile(r"\s*\(\s*\d+(?:\s*(?:,|and|&)\s*\d+)*\s*\)")


def without_affiliations(authors: str) -> str:
    """The names of an arXiv byline without its numbered affiliations (`(1)`, `((1) Univ …)`)."""
    if "(" not in authors:
        return authors
    return _AFFILIATION_MARK.sub("", _AFFILIATION_KEY.sub("", authors))


# arXiv's daily mailing: `arXiv:ID`, `Date: …`, `Title:`, `Authors:`, `Categories:`, the
# abstract between `\\` lines and its link with the size (`\\ ( https://arxiv.org/abs/… , 120kb)`).
_MAIL_DATE = re.compile(r"\b\d{1,2} [A-Z][a-z]{2} \d{4}\b")
_MAIL_LINK = re.compile(
    r"^(?:\\\\\s*)?\(\s*(?P<url>https?://arxiv\.org/abs/\S+?)\s*,\s*\d+\s*kb\s*\)$", re.I
)

_FORMATS = re.compile(
    r"^(?:\[\s*(?:pdf|html|other|ps|src|format)(?:\s*,\s*\w+)*\s*\]|\(cross-list from [\w.\-]+\)"
    r"|\[\d+\]|(?:new|cross|replacement) submissions(?: \(showing [^)]*\))?)$",
    re.IGNORECASE,
)
# What `_FORMATS` starts with (`[pdf, …]`, `(cross-list …)`, `[3]`, `New submissions`): an entry's
# other lines (its title, labels, abstract) start otherwise and are not tried.
_FORMATS_FIRST = frozenset("[(nNcCrR")
# Hugging Face's paper pages print it under their summary (`Generated by Qwen/…` on older ones).
_AI_SUMMARY = re.compile(r"^(?:AI-generated summary|Generated by [\w.\-]+/[\w.\-]+)$", re.I)
_PAGE_BUTTONS = re.compile(r"^View arXiv page\b")


def _more_names(text: str) -> bool:
    """Author lists run on over lines (`Alice Smith` / `,` / `Bob Jones` on a paper page)."""
    return text in (",", "，", "and") or looks_like_names(text.strip(" ,")) or text.endswith(",")


def _names_line(line: Line) -> bool:
    """Names right under the title: each linked to an arXiv author page or search, or, copied
    as plain text, a line of names."""
    if line.links:
        return all(_AUTHOR_PAGE.search(url) for url in line.urls)
    head = line.text if len(line.text) <= 400 else line.text[:400].rsplit(",", 1)[0]
    return looks_like_names(head)  # a long list is judged by its first names


def _entry_done(section: str, line: Line, abstract_block: int | None) -> bool:
    """After `Submitted …` only `Comments:`/`Journal ref:` belong; after an unlabelled abstract
    paragraph, its block's end ends the entry (the text after it is not the paper's)."""
    if section == "submitted":
        return not _LABEL.match(line.text) and not _ANNOUNCED.search(line.text)
    return (
        abstract_block is not None and line.block != abstract_block and not _LABEL.match(line.text)
    )


def _abstract_part(text: str, short: list[str], full: list[str], section: str) -> str:
    """Collect the snippet and, after `▽ More`, the full abstract up to `△ Less`."""
    # Looked for at the end only: searched through a long abstract the pattern is slow.
    toggle = (
        _TOGGLE_END.search(text, max(0, len(text) - 24)) if ("▽" in text or "△" in text) else None
    )
    if toggle is not None:
        text = text[: toggle.start()].strip()
    if section == "full":
        full.append(text)
        return "tail" if toggle is not None and toggle["mark"] == "△" else "full"
    if toggle is not None and toggle["mark"] == "▽":
        short.append(text)
        return "full"
    short.append(text)
    return "abstract"


def _announced(text: str) -> str | None:
    match = _ANNOUNCED.search(text)
    return match["date"] if match else None
