"""The reader for everything else: paper pages and heading-plus-paragraph lists.

A title is one title-like line (never two glued together) that cues follow within a few lines:
a full or labelled date, an identifier, an `Abstract` label or an abstract's prose, a names
line. A names line alone is too weak (page furniture looks like names); a title needs one
stronger cue. The next title-like line that has its own cues right after it ends the paper.
Every record says how sure it is; one read from a single cue is flagged for review.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from papershelf.importers.paste.blocks import (
    date_in,
    is_button_line,
    names_and_date,
    names_venue_and_year,
    words,
)
from papershelf.importers.paste.build import Draft, build
from papershelf.importers.paste.doc import Doc, Found
from papershelf.importers.paste.identifiers import ARXIV_LABEL, DOI, find_identifiers
from papershelf.importers.paste.labels import label_of
from papershelf.importers.paste.lines import Line, is_furniture
from papershelf.importers.paste.names import looks_like_names, split_names
from papershelf.importers.paste.reldates import is_relative
from papershelf.importers.paste.verdict import title_year

NAME = "generic"
DESCRIPTION = "Any other text: titles found by the cues that follow them (needs review when unsure)"

WINDOW = 8  # lines after a title in which its cues must appear
NAMES_WITHIN = 3  # an author line comes right under the title
_SENTENCE_END = re.compile(r"[.!。；;,，:：]$")  # `Here's the paper I mentioned:` leads in
_KEY_VALUE = re.compile(r"^[\w ]{1,24}:\s*\S+(?:\s+\S+){0,2}$")  # `Paper status: completed`
_PUBLISHED = re.compile(
    r"\b(?:(?:published|dated|posted)\s*(?:on)?|submitted\s+on)\s*[:：]?\s*"
    r"(?P<date>\d{4}/\d{1,2}/\d{1,2}|[\w ,/\-]+?\d{4})\b",
    re.I,
)
_STAMP = re.compile(
    r"arXiv:\s*(?P<id>\d{4}\.\d{4,5}(?:v\d+)?)\s*\[[^\]]+\]\s*(?P<date>\d{1,2}\s+[A-Za-z]{3,9}\s+\d{4})"
)
# A review site's line over the title: `arxiv: 2606.07454 · v1 · … · submitted 2026-06-05 · cs.IR`.
_ID_DATELINE = re.compile(
    r"^arxiv\s*:\s*\d{4}\.\d{4,5}\b[^\n]{0,80}?\bsubmitted\s+(?:on\s+)?(?P<date>\d{4}-\d{2}-\d{2})\b",
    re.IGNORECASE,
)
# A journal's listing puts each article's type and date above its title.
_TYPE_AND_DATE = re.compile(
    r"^[A-Z][\w&/ -]{2,30}\s\|\s(?:\d{1,2} [A-Z][a-z]+ \d{4}|[A-Z][a-z]+ \d{1,2}, \d{4})"
)
# A journal's numbering of a paper (`Article No. 12`, `Article number: e1234`), never a title.
_ARTICLE_NUMBER = re.compile(r"^\W*(?:article|paper)\s*(?:no\.?|number|nr\.?|#)\s*:?\s*\w*\d", re.I)
_DOI_LINE = re.compile(
    r"^(?:DOI\s*[:：]?\s*|https?://(?:dx\.)?doi\.org/)10\.\d{4,9}/\S+?(?:\s*Corpus ?ID\s*:?\s*\d+)?$",
    re.I,
)  # `DOI:10.1109/X.2016.1Corpus ID: 18108336`: Semantic Scholar's header, copied as text
_ABSTRACT_LABEL = re.compile(r"^\s*(?:abstract|摘要|summary)\s*[:：.]?\s*$", re.IGNORECASE)
STRONG = {"date", "identifier", "abstract label", "abstract"}
_SENTENCE_BREAK = re.compile(r"[a-z]{3,}\. +[A-Z]")
# Journal pages: affiliations, addresses and the page's own phrases look like titles.
_AFFILIATION = re.compile(
    r"\b(?:Department|Dept\.|University|Universit[éà]|Institute|Laborator\w*|School of|College"
    r"|Hospital|Division|Faculty|Academy|Inc\.|Ltd|GmbH|Str\.|Street|Road|Avenue)\b"
)
# The words that open a page's line (`Correspondence: …`, `Copyright © 2024 …`, `Download PDF`)
# name a paper's topic inside a title (`… action-audio correspondence`); a licence's name is never
# a paper's.
_PAGE_PHRASES = re.compile(
    r"^\W*(?:correspondence\b|copyright\s*(?:©|\(c\)|\d{4})|download\b|sign in\b|cookies?\b)"
    r"|\b(?:should be addressed|academic editor|licen[cs]e|all rights reserved|open access"
    r"|table of contents)\b",
    re.IGNORECASE,
)


# What is never a title (`title_like`, `_sentence_case_title`): passed over in one comprehension,
# not with two calls each (a paste the readers before this one read has them on most lines).
_NO_TITLE_KINDS = frozenset(("claimed", "rule", "row"))


def title_like(line: Line) -> bool:
    if line.kind in _NO_TITLE_KINDS:
        return False
    return _title_like_text(line.text)


@lru_cache(maxsize=1 << 16)  # the readers ask about the same lines again and again
def _title_like_text(text: str) -> bool:
    if not 3 <= words(text) <= 40:
        return False
    if len(text) > 250 or _SENTENCE_END.search(text) or _KEY_VALUE.match(text):
        return False
    if text[0].isdigit() or text.startswith(("http", "[", "(", "©", "{", "=", "|")):
        return False
    if " > " in text:
        return False  # a breadcrumb: `Computer Science > Computation and Language`
    if _SENTENCE_BREAK.search(text) or text[0].islower():
        return False  # wrapped prose, not a title
    if is_furniture(text) or is_relative(text) or label_of(text) or _names_not_title(text):
        return False
    if _PAGE_PHRASES.search(text) or (_AFFILIATION.search(text) and "," in text):
        return False
    if _DATELINE_START.match(text):
        return False  # `Submitted on 2019/03/14 by …`: when and by whom, never a title
    if date_in(text) or ARXIV_LABEL.search(text) or DOI.search(text) or _ARTICLE_NUMBER.match(text):
        return False
    capitals = sum(1 for w in text.split() if w[:1].isupper())
    return capitals >= 2 or ":" in text


def _names_not_title(text: str) -> bool:
    """Names, unless the line is one "name" that reads as a title: more than three words, or
    three with a word longer than names run (`Adversarial`) or a small word (`Is`, `of`)."""
    if not looks_like_names(text):
        return False
    names, _ = split_names(text)
    if len(names) > 1 or re.search(r"\b[A-Z]\.", text):
        return True
    found = text.split()
    long_word = any(len(w) > 10 for w in found)
    small = any(w.lower() in _SMALL_WORDS or w.lower() in ("is", "all", "you", "we") for w in found)
    # Two words (`Reinforcement Learning`) are a section's name as often as a person's.
    return len(found) < 3 or (len(found) == 3 and not long_word and not small)


_DATELINE_START = re.compile(r"^(?:submitted|published|posted)\s+on\s+\d", re.IGNORECASE)
_DATED_BYLINE = re.compile(
    r"^(?:submitted|published|posted)\s+(?:on\s+)?(?P<date>[\w ,/\-]{4,30}?\d{2,4})\s+by\s+"
    r"(?P<names>[A-Z].+)$",
    re.IGNORECASE,
)
# `by Martin Ito, Lisa M. Koch`: a byline under the title and its date.
_BY_NAMES = re.compile(r"^by\s+(?=[A-Z])")
_SMALL_WORDS = {
    "a", "an", "and", "as", "at", "by", "for", "from", "in", "into", "of", "on", "or", "the",
    "to", "via", "vs", "with", "without", "over", "under", "using",
}  # fmt: skip
_BULLET = re.compile(r"^[•·▪■●]\s*")


def title_quality(text: str) -> float:
    """How much a line reads like a title: the share of its content words capitalised."""
    content = [w for w in text.split() if w[:1].isalpha() and w.lower() not in _SMALL_WORDS]
    if not content:
        return 0.0
    return sum(1 for w in content if w[:1].isupper()) / len(content)


def read(lines: list[Line], doc: Doc) -> list[Found]:
    found: list[Found] = []
    maybe = [i for i, line in enumerate(lines) if line.kind not in _NO_TITLE_KINDS]
    n = 0
    while n < len(maybe):
        index = maybe[n]
        candidate = title_like(lines[index]) or _sentence_case_title(lines, index)
        taken = found[-1].last if found else -1  # lines above that the last paper holds
        if (
            candidate
            and not _among_facts(lines, index)
            and not _CLUB_NAME.search(lines[index].text)
            and (hit := _paper(lines, index, doc, taken))
        ):
            found.append(hit)
            n = bisect_left(maybe, hit.last + 1)
        else:
            n += 1
    return found


# `## Made-up Preprint Journal Club` over its introduction: the page's own name, no paper's.
_CLUB_NAME = re.compile(r"\b(?:[Jj]ournal|[Pp]aper|[Pp]reprint)\s[Cc]lub$|\b[Rr]eading\s[Gg]roup$")
_FACT = re.compile(r"^[\w ]{1,24}:\s")


def _among_facts(lines: list[Line], index: int) -> bool:
    """`Catalog status: open (…)` between `Catalog id: …` and `Catalog page: …`: one fact of a
    block of `Label: value` lines, not a title."""
    line = lines[index]
    if not _FACT.match(line.text):
        return False
    beside = [lines[i] for i in (index - 1, index + 1) if 0 <= i < len(lines)]
    return any(b.block == line.block and _FACT.match(b.text) for b in beside)


def _sentence_case_title(lines: list[Line], index: int) -> bool:
    """`Lower bounds for graph reconstruction with …` over `Lukas Michel, Alex Scott · 2024-04-04`:
    a title in sentence case, which only the names line right under it tells from prose."""
    line = lines[index]
    if line.kind in ("claimed", "rule", "row") or index + 1 >= len(lines):
        return False
    text = line.text
    if not 4 <= words(text) <= 30 or _SENTENCE_END.search(text) or not text[:1].isupper():
        return False
    if text.startswith(("http", "[", "(")) or _SENTENCE_BREAK.search(text) or label_of(text):
        return False
    names, _when = names_and_date(lines[index + 1].text)
    if names:
        return _clear_authors(names)
    # A journal's list: the title, its authors, then the DOI or date a few lines on. Prose
    # over a list of names seldom has an identifier right after.
    following = lines[index + 1]
    if following.kind == "claimed" or not looks_like_names(following.text):
        return False
    return _clear_authors(following.text) and any(
        DOI.search(after.text) or find_identifiers(after.text, after.urls).arxiv_id
        for after in lines[index + 2 : index + 4]
        if after.kind != "claimed"
    )


def _window(lines: list[Line], start: int) -> list[int]:
    taken = []
    for index in range(start + 1, min(len(lines), start + 1 + WINDOW)):
        if lines[index].kind in ("claimed", "rule", "heading"):
            break
        taken.append(index)
    return taken


def _paper(lines: list[Line], start: int, doc: Doc, taken: int = -1) -> Found | None:
    title = lines[start]
    draft = Draft(line=title.number, title=title.text, urls=list(title.urls))
    cues: list[str] = []
    _stamp_above(lines, start, draft, cues, taken)
    if title.kind == "heading" and title_year(title.text) and _year_sibling(doc.lines, start):
        cues.append("date")  # `#### Title (2025)` among headings like it: a list of papers
    last = start
    first_strong: int | None = None
    next_title = False
    for index in _window(lines, start):
        line = lines[index]
        if index > start + 1 and (
            (title_like(line) and _has_cue_after(lines, index))
            or _sentence_case_title(lines, index)
        ):
            next_title = True
            break  # the next paper's title
        if _TYPE_AND_DATE.match(line.text) and _heads_a_title(lines, index):
            break  # `News & Views | 20 February 2023` heads the next item on a journal's page
        last = index
        _read_cues(line, index - start, draft, cues)
        if first_strong is None and (STRONG & set(cues) or _clear_authors(draft.authors)):
            first_strong = index  # a list of names right under the title anchors it too
    last, abstract_at = _abstract(lines, draft, start, last, cues, next_title)
    if not STRONG & set(cues):
        return None
    if set(cues) & STRONG == {"abstract"} and (
        lines[abstract_at].block == title.block or _opens_a_sentence(lines, start)
    ):
        return None  # a line of a paragraph is no title for the rest of it, or for the next
    if _better_title_between(lines, start, min(first_strong or abstract_at, abstract_at)):
        return None
    if title.text.endswith(_BADGE_ENDS) and _clear_authors(draft.authors):
        draft.title = _ACCESS_BADGE.sub("", draft.title)  # a journal page's badge after its title
    draft.confidence = min(0.9, 0.35 + 0.2 * len(set(cues)))
    if draft.confidence < 0.6:
        draft.reasons = [f"title found by one cue only ({cues[0]})"]
    return Found(build(draft, doc.captured), start, last)


# A journal's page copied as text: `Title Free` (the access badge beside the title) over the names.
_ACCESS_BADGE = re.compile(r"\s+(?:Free|Free Access|Open Access)$")
_BADGE_ENDS = (" Free", " Access")


def _heads_a_title(lines: list[Line], index: int) -> bool:
    """The line under a type-and-date line reads as a title (in sentence case too)."""
    if index + 1 >= len(lines) or lines[index + 1].kind in _NO_TITLE_KINDS:
        return False
    text = lines[index + 1].text
    return 3 <= words(text) <= 40 and not _SENTENCE_END.search(text) and text[:1].isupper()


SIBLINGS_WITHIN = 80  # lines: how far a list's next heading of papers may stand


def _year_sibling(lines: list[Line], start: int) -> bool:
    """Another heading of the same level in the same section ends in a year in brackets too."""
    level = lines[start].level
    for step in (-1, 1):
        index = start + step
        while 0 <= index < len(lines) and abs(index - start) <= SIBLINGS_WITHIN:
            line = lines[index]
            if line.kind == "heading" and line.level < level:
                break  # another section
            if line.kind == "heading" and line.level == level and title_year(line.text):
                return True
            index += step
    return False


def _opens_a_sentence(lines: list[Line], start: int) -> bool:
    """The first line of hard-wrapped prose: the sentence runs on, lower case, in the same
    paragraph (`… the GPL clearly explains` / `that there is no warranty …`)."""
    if start + 1 >= len(lines) or lines[start + 1].block != lines[start].block:
        return False
    text, after = lines[start].text.rstrip(), lines[start + 1].text.lstrip()
    if text.endswith((".", ":", "?", "!")):
        return False
    last_word = text.rsplit(None, 1)[-1].lower() if text.split() else ""
    return bool(after[:1].islower()) or last_word in _RUNS_ON


# Words a title does not end on and a wrapped sentence often does.
_RUNS_ON = frozenset("the a an of and or to in for with that which is are by on as from".split())


def _clear_authors(authors: str | list[str]) -> bool:
    """Two or more names, or one with an initial: not a two-word heading like `Research Article`."""
    if not isinstance(authors, str) or not authors:
        return False
    names, _ = split_names(authors)
    return len(names) >= 2 or re.search(r"\b[A-Z]\.", authors) is not None


def _better_title_between(lines: list[Line], start: int, cue: int) -> bool:
    """A title-like line nearer the cue that reads at least as much like a title wins."""
    quality = title_quality(lines[start].text)
    return any(
        title_like(line) and title_quality(line.text) >= quality for line in lines[start + 1 : cue]
    )


def _read_cues(line: Line, distance: int, draft: Draft, cues: list[str]) -> None:
    text = _BULLET.sub("", line.text)
    draft.urls += line.urls
    draft.text += " " + text
    if stamp := _STAMP.search(text):
        draft.date = draft.date or stamp["date"]
        cues += ["identifier", "date"]
    elif (dated := _DATED_BYLINE.match(text)) and looks_like_names(dated["names"]):
        draft.date = draft.date or dated["date"]  # `Submitted on 2019/03/14 by A Name, B Name`
        draft.authors = draft.authors or dated["names"]
        cues += ["date", "authors"]
    elif distance == 1 and not draft.authors and (byline := names_and_date(text))[0]:
        draft.authors, draft.date = byline[0], draft.date or byline[1]
        cues += ["authors", "date"]
    elif distance == 1 and not draft.authors and (byline := names_venue_and_year(text))[0]:
        draft.authors, draft.date = byline[0], draft.date or byline[1]
        cues += ["authors", "date"]  # `A Name • Publisher, 2004`: a work's byline, not furniture
    elif distance <= NAMES_WITHIN and not draft.authors and (linked := linked_names(line)):
        draft.authors = linked  # `[Jinze Du](…/A505…), [Anyao Liu](…), ACS Catalysis. 2024`
        cues.append("authors")
        if not draft.date and (when := _date(text)):
            draft.date = when
            cues.append("date")
    elif (
        distance <= NAMES_WITHIN
        and not draft.authors
        and not is_button_line(line)
        and looks_like_names(names := _BY_NAMES.sub("", text))
        and (distance == 1 or _clear_authors(names))
    ):
        draft.authors = names
        cues.append("authors")
    elif not draft.date and (when := _date(text)):
        draft.date = when
        cues.append("date")
    elif _ABSTRACT_LABEL.match(text):
        cues.append("abstract label")
    if find_identifiers(text, line.urls).arxiv_id or DOI.search(text):
        cues.append("identifier")


LINKED_NAMES = 2  # people at least, each a link of their own


def linked_names(line: Line) -> list[str]:
    """A byline whose people are each a link to their profile (OpenAlex, dblp, ORCID, a
    site's author page), before the venue and date that may follow on the line: the links'
    labels, when the line opens with them, parted by commas, and each reads as one name."""
    labels = [" ".join(label.split()) for label, _url in line.links]
    if len(labels) < LINKED_NAMES or not line.text.startswith(labels[0]):
        return []
    people: list[str] = []
    rest = line.text
    for label in labels:
        if not rest.startswith(label) or len(split_names(label)[0]) != 1:
            break
        if not looks_like_names(label) or len(label.split()) < 2:
            break
        people.append(label)
        rest = rest[len(label) :].lstrip(" ,;&").removeprefix("and ").lstrip()
    return people if len(people) >= LINKED_NAMES else []


def _stamp_above(
    lines: list[Line], start: int, draft: Draft, cues: list[str], taken: int = -1
) -> None:
    """A PDF's first page: the arXiv margin stamp (`arXiv:1306.4255v1 [cat] 18 Jun 2013`).
    Lines up to `taken` belong to the paper before (its DOI line ends it) and are not looked at."""
    for line in lines[max(0, start - 3, taken + 1) : start]:
        if line.kind == "claimed":
            continue
        if stamp := _STAMP.search(line.text) or _ID_DATELINE.match(line.text):
            draft.date = stamp["date"]
            draft.text += " " + line.text
            cues += ["identifier", "date"]
    title_words = re.findall(r"\w+", lines[start].text.casefold())[:4]
    slug = "-".join(title_words) if len(title_words) >= 3 else "\n"  # `\n` is in no address
    for line in lines[max(0, start - 3, taken + 1) : start]:
        # `https://www.semanticscholar.org/paper/Design-of-servo-actuated-…` over the page's
        # header: the address names the paper by its title's words
        if line.kind != "claimed" and line.text.startswith("http") and slug in line.text.casefold():
            draft.urls.append(line.text.split()[0])
    above = lines[start - 1] if start - 1 > taken else None
    if above is not None and above.kind != "claimed" and _DOI_LINE.match(above.text):
        draft.text += " " + above.text  # `DOI: 10.1145/…` printed over the title
        draft.urls += above.urls
        cues.append("identifier")


def _has_cue_after(lines: list[Line], index: int) -> bool:
    for after in lines[index + 1 : index + 3]:
        text = after.text
        if looks_like_names(text) or _date(text) or find_identifiers(text, after.urls).arxiv_id:
            return True
    return False


# `Last updated: 21 Feb 2026`, `最后更新：…`, `Retrieved: …`, a newsletter's `Issue #12 | October 2025`: the
# page's own date, never its papers'.
_PAGE_STAMP = re.compile(
    r"^\W*(?:last\s+(?:updated|modified|edited|revised)|page\s+updated|最后更新|最後更新|最終更新"
    # `Retrieved: 2026-07-22`, `Accessed 3 May 2024`: the day the writer read it, no paper's date
    r"|(?:retrieved|accessed|last\s+accessed|visited|captured|abgerufen|consulté|geraadpleegd)\b"
    r"|(?:issue|edition|vol\.?|volume)\s*(?:no\.?\s*)?#?\s*\d+\b|第\s*\d+\s*期)",
    re.IGNORECASE,
)


def _date(text: str) -> str | None:
    if _PAGE_STAMP.match(text):
        return None
    if match := _PUBLISHED.search(text):
        return match["date"].strip()
    if len(text) < 80 and (found := date_in(text)):
        return found
    if len(text) < 80 and "," in text:  # `Communications of the ACM, November 2020`
        tail = text.rsplit(",", 1)[1].strip()
        if re.fullmatch(r"[A-Z][a-z]{2,8}\.? (?:\d{1,2},? )?\d{4}", tail) and (
            found := date_in(tail)
        ):
            return found
    if is_relative(text):
        return text
    return None


def _abstract(
    lines: list[Line], draft: Draft, start: int, last: int, cues: list[str], bounded: bool
) -> tuple[int, int]:
    """After an `Abstract` label the next text; else the first run of wrapped prose.
    Returns the paper's last line and where the abstract starts (len(lines) when none)."""
    labelled = "abstract label" in cues
    at = _after_label(lines, start, last) if labelled else start + 1
    while at <= last and isinstance(draft.authors, str) and lines[at].text == draft.authors:
        at += 1  # the names under the title are no part of the abstract
    stop = last + 1 if bounded else min(len(lines), max(at, last + 1) + WINDOW + 4)
    while at < stop:
        line = lines[at]
        if line.kind in ("claimed", "rule", "heading"):
            break
        if _ABSTRACT_LABEL.match(line.text):
            labelled, at = True, at + 1
            continue
        end = _prose_end(lines, at, labelled)
        if end is not None:
            draft.abstract = " ".join(x.text for x in lines[at : end + 1])
            cues.append("abstract")
            return max(last, end), at
        at += 1
    return last, len(lines)


def _prose_end(lines: list[Line], at: int, labelled: bool) -> int | None:
    """The last line of a paragraph of prose starting at `at`, or None when it is no prose."""
    first = lines[at]
    if labelled:
        end = at
        while end + 1 < len(lines) and lines[end + 1].block == first.block:
            end += 1
        text = " ".join(x.text for x in lines[at : end + 1])
        return end if len(text) > 100 and not looks_like_names(text) else None
    if len(first.text) > 400 and first.text.count(". ") >= 2:
        end = at  # a paragraph a line; the lines after it in its block go on with it
        while end + 1 < len(lines) and _goes_on(lines[end + 1], first):
            end += 1
        return end
    end = at
    while end + 1 < len(lines) and lines[end + 1].kind == "text" and len(lines[end + 1].text) >= 50:
        if lines[end + 1].block != first.block or len(lines[end].text) < 60:
            break
        if _FACT.match(lines[end + 1].text):
            break  # `Subjects: …` after the abstract
        end += 1
    text = " ".join(x.text for x in lines[at : end + 1])
    if end - at >= 2 and len(text) > 300 and text.count(". ") >= 2 and first.text[:1].isupper():
        return end
    return None


def _goes_on(line: Line, first: Line) -> bool:
    return (
        line.kind == "text"
        and line.block == first.block
        and len(line.text) >= 50
        and not _FACT.match(line.text)
    )


def _after_label(lines: list[Line], start: int, last: int) -> int:
    for index in range(start, min(len(lines), last + WINDOW + 4)):
        if _ABSTRACT_LABEL.match(lines[index].text):
            return index + 1
    return last + 1
