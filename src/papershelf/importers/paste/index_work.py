"""A citation index's page of one work (OUCI, the Ukrainian index, in English or Ukrainian),
copied whole: the title first, then its facts as labels on lines of their own, each over its value:

    Pretend weather in made-up towns (Review)
    General information
    Publication type
    Journal Article
    Journal
    2021, Journal of Pretend Chemistry, № 9, p. 1289-1342
    Author
    A. B. Quill
    Details
    List of references
      1. …

The title drops the kind of work the index tags it with (`(Review)`); the authors are the value
of `Author`/`Authors` (`Автор`/`Автори`), parted by commas; the year is the journal line's first.
The work is one record. Its list of references follows, numbered, in the style of physics
journals: `A. B. Quill and C. D. Nadir, Title (Publisher, City, 2009).`, a book by its editors as
`Title, Ed. by A. B. Quill (Publisher, City, 2012). https://doi.org/…`, a `DOI:` line under an
entry; an entry of a journal article gives no title there (`A. B. Quill, J. Pretend Chem. 67,
679 (2002).`) and no paper. Most pages list their references as Crossref gives them instead:
`Surname, Title, Journal, № 14, с. 349` with a `DOI:` line under it (the `№`/`с.` marks in English
pages too), or unnumbered, each over its `https://doi.org/… -` link; those are read by the
reference-field model (ref_fields.py), and only when it is sure of a title and its names. A page
whose facts other readers take (labels with their values on one line: `Видання: …`) still gives
its Crossref references here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from papershelf.importers.paste.build import Draft, build
from papershelf.importers.paste.doc import Doc, Found
from papershelf.importers.paste.lines import Line, clean_title, is_furniture
from papershelf.importers.paste.names import looks_like_names
from papershelf.importers.paste.ref_fields import parse_reference

NAME = "index-work"
DESCRIPTION = "A citation index's page of one work: the title over its facts, a label a line"

TOP = 40  # lines: the facts follow the title closely
_OPENING = frozenset(("general information", "загальна інформація", "основна інформація"))
_TYPE = frozenset(("publication type", "тип публікації"))
_AUTHORS = frozenset(("author", "authors", "автор", "автори"))
_JOURNAL = frozenset(("journal", "видання", "журнал"))
_END = ("list of references", "список літератури", "publications that cite this publication",
        "публікації, які цитують цю публікацію")  # fmt: skip
_KIND_TAG = re.compile(r"\s*\((?:Review|Article|Editorial|Letter|Research Article|Огляд|Стаття)\)$")
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
_TITLE_WORDS = 3
_LONGEST_HEADING = 40  # characters of a `List of references` line, with white space around


def read(lines: list[Line], doc: Doc) -> list[Found]:
    work = _work(lines, doc)
    if not work and not any("№" in line.text for line in lines[:TOP]):
        return []  # no index's page: its journal line (`2020, Journal, № 3`) or its facts head it
    heading = next((at for at, line in enumerate(lines) if _references_heading(line.text)), None)
    if heading is None:
        return work
    return work + _references(lines, heading + 1, doc, of_a_work=bool(work))


def _references_heading(text: str) -> bool:
    # cheap tests first: every line of a paste is asked
    return len(text) < _LONGEST_HEADING and text.strip().lower() in _END[:2]


def _work(lines: list[Line], doc: Doc) -> list[Found]:
    top = [(index, line) for index, line in enumerate(lines[:TOP]) if line.text.strip()]
    folded = [line.text.strip().lower() for _, line in top]
    if not (_OPENING & set(folded) and _TYPE & set(folded)):
        return []
    opening = next(at for at, text in enumerate(folded) if text in _OPENING)
    title_at = next((at for at in range(opening) if not is_furniture(top[at][1].text)), None)
    if title_at is None:
        return []
    title = _KIND_TAG.sub("", top[title_at][1].text.strip())
    if len(title.split()) < _TITLE_WORDS:
        return []
    draft = Draft(line=top[title_at][1].number, title=clean_title(title))
    last = opening
    for at in range(opening + 1, len(top) - 1):
        if folded[at] in _END:
            break
        value = top[at + 1][1].text.strip()
        if folded[at] in _AUTHORS and not draft.authors:
            draft.authors = [name.strip() for name in value.split(",") if name.strip()]
        elif folded[at] in _JOURNAL and (year := _YEAR.search(value)):
            draft.date = draft.date or year[0]
        last = at + 1
    if not draft.authors:
        return []
    draft.confidence = 0.8
    return [Found(build(draft, doc.captured), top[title_at][0], top[last][0])]


_ENTRY = re.compile(r"^\s*(?:\d{1,3}\.|\[\d{1,3}\])\s+(?P<text>\S.*)$")
_DOI_LINE = re.compile(r"^\s*DOI:\s*(?P<doi>10\.\S+)\s*$")
# `(Nova Science Publishers, Hauppauge, 2009)`: where and when a book came out, closing its title
_IMPRINT = re.compile(
    r"\s*\((?P<imprint>[^()]*?(?P<year>(?:19|20)\d{2}))\)\.?(?:\s+(?P<url>https?://\S+))?\s*$"
)
_EDITED = re.compile(r",?\s+Ed\.\s+by\s+(?P<editors>[^()]+?)\s*$")
_INITIALS_FIRST = re.compile(
    r"^(?:[A-Z][a-z]?\.\s?(?:-?[A-Z]\.\s?)*)+[A-Z][\w'’\-]+(?:\s[A-Z][\w'’\-]+)?$"
)
_VOLUME_PAGE = re.compile(r"\b\d+,\s*\d+\s*$")


_LINK_FIRST = re.compile(r"^(?P<url>https?://\S+)(?:\s+-)?(?:\s+(?P<rest>\S.*))?$")
_CROSSREF_MARK = re.compile(r",\s*№\s*[\w.\-]+(?:,\s*(?:с|p)\.\s*[\w.\-–]+)?\s*$")
SURE = 0.8  # the reference model's confidence in an entry's title and names
FEWEST_MARKED = 2  # Crossref-marked entries that make a list of references without the work


@dataclass
class _Entry:
    first: int
    last: int
    text: str
    doi: str | None = None
    url: str | None = None


def _references(lines: list[Line], start: int, doc: Doc, *, of_a_work: bool) -> list[Found]:
    entries = _entries(lines, start)
    if not of_a_work and sum(bool(_CROSSREF_MARK.search(e.text)) for e in entries) < FEWEST_MARKED:
        return []
    found: list[Found] = []
    for entry in entries:
        if (read := _book(entry.text) or _crossref(entry.text)) is None:
            continue
        title, authors, year, url = read
        draft = Draft(line=lines[entry.first].number, title=clean_title(title), authors=authors)
        draft.date = year
        draft.urls = [link for link in (url, entry.url) if link]
        if entry.doi:
            draft.text = f"doi:{entry.doi}"
        draft.confidence = 0.7
        found.append(Found(build(draft, doc.captured), entry.first, entry.last))
    if not found:
        return []
    # the untitled entries (journal articles) between and after belong to the list, no paper
    tiled = [Found(hit.record, hit.first, nxt.first - 1) for hit, nxt in pairwise(found)]
    last = max(found[-1].last, _list_end(lines, found[-1].first))
    return [*tiled, Found(found[-1].record, found[-1].first, last)]


def _entries(lines: list[Line], start: int) -> list[_Entry]:
    """The list's entries: numbered or items, or one a line with its link on the next; a `DOI:`
    line or a link (`https://doi.org/… -`, the next entry perhaps run on after it) joins the entry
    over it."""
    entries: list[_Entry] = []
    for index in range(start, len(lines)):
        line = lines[index]
        text = line.text.strip()
        if text.lower() in _END[2:]:
            break
        if entries and (doi := _DOI_LINE.match(text)):
            entries[-1].doi, entries[-1].last = doi["doi"], index
            continue
        if linked := _LINK_FIRST.match(text):
            if entries and entries[-1].url is None:
                entries[-1].url, entries[-1].last = linked["url"].rstrip(".,"), index
            if linked["rest"]:
                entries.append(_Entry(index, index, linked["rest"]))
            continue
        numbered = _ENTRY.match(line.text)
        if numbered or line.kind in ("item", "text", "heading"):
            entries.append(_Entry(index, index, numbered["text"] if numbered else text))
    return entries


def _crossref(text: str) -> tuple[str, list[str], str | None, None] | None:
    """(title, authors, year) of an entry as Crossref gives it, when the model is sure of them."""
    reference = parse_reference(text)
    if reference is None or reference.confidence < SURE or not reference.authors:
        return None
    title = reference.title
    if mark := _CROSSREF_MARK.search(text):
        # the journal is the part before the mark; the model sometimes runs the title into it
        journal = text[: mark.start()].rsplit(", ", 1)[-1]
        at = title.rfind(", " + journal.split()[0]) if journal.split() else -1
        if at > 0 and journal.startswith(title[at + 2 :]):
            title = title[:at]
        title = title.rstrip(" ,.")
    if len(title.split()) < 2 or title == reference.container:
        return None
    return title, reference.authors, reference.year, None


def _list_end(lines: list[Line], after: int) -> int:
    """The last line of the numbered list the entry at `after` is in (its DOI lines with it)."""
    index = after
    while index + 1 < len(lines) and (
        lines[index + 1].kind == "item"
        or _ENTRY.match(lines[index + 1].text)
        or _DOI_LINE.match(lines[index + 1].text)
    ):
        index += 1
    return index


def _book(text: str) -> tuple[str, list[str], str | None, str | None] | None:
    """(title, authors, year, link) of a titled entry; None for a journal's, which names none."""
    imprint = _IMPRINT.search(text)
    if imprint is None:
        return None
    body = text[: imprint.start()]
    if edited := _EDITED.search(body):
        editors = [n.strip() for n in re.split(r",\s*|\s+and\s+", edited["editors"]) if n.strip()]
        title = body[: edited.start()]
        return (title, editors, imprint["year"], imprint["url"]) if _titled(title) else None
    parts = body.split(", ")
    names: list[str] = []
    while parts and all(map(_INITIALS_FIRST.match, people := _and_parted(parts[0]))):
        names += people
        parts.pop(0)
    title = ", ".join(parts)
    if not names or not _titled(title) or not looks_like_names(", ".join(names)):
        return None
    return title, names, imprint["year"], imprint["url"]


def _and_parted(part: str) -> list[str]:
    return [name.strip() for name in re.split(r"^and\s+|\s+and\s+", part.strip()) if name.strip()]


def _titled(title: str) -> bool:
    return bool(title.strip()) and not _VOLUME_PAGE.search(title) and len(title.split()) >= 1
