"""A conference's or a workshop's papers as its pages list them, one list item a paper:

- the accepted-papers page of a workshop: `(Talk #1): Ada Name, Ben Name. [Title]`, the
  presenters first and the title in brackets (a Markdown link whose target the page lost, or
  never had), under `### Contributed talks` or `### Posters`;
- notes taken from a conference's awards or orals page: the title as the item (often a task
  box, `- [ ] Title`), the next line its authors parted by middle dots (`Ada Name · Ben Name`),
  as the conference's virtual site prints them;
- an accepted-papers list: the title linked or in bold, then the presenters after a full stop
  or a dash (`[Title](https://openreview.net/…). Ada Name, Ben Name.`).

The names must read as people and the title as a title; an item of anything else is left to
the other readers.
"""

from __future__ import annotations

import re

from papershelf.importers.paste.build import Draft, build
from papershelf.importers.paste.doc import Doc, Found
from papershelf.importers.paste.lines import Line
from papershelf.importers.paste.names import looks_like_names

NAME = "programme"
DESCRIPTION = "Conference and workshop pages: `Names. [Title]` items, or a title over `A · B`"

# `(Talk #3): `, `Spotlight 12: `, `[Poster #4] `: the slot a page gives the paper
_SLOT = r"(?:[(\[]?[A-Z][\w\- ]{0,24}?\s*#?\s*\d{1,4}[)\]]?\s*[:.\-–]?\s+)?"
_NAMES_THEN_BRACKETED = re.compile(
    rf"^{_SLOT}(?P<names>[^\[\]]{{3,800}}?)\.\s+\[(?P<title>[^\[\]]{{8,400}})\]\s*$"
)
_TASK_BOX = re.compile(r"^\[[ xX]\]\s+")
_MIDDOT = " · "
MIN_TITLE_WORDS = 2
MIN_LINKED_TITLE_WORDS = 3


def read(lines: list[Line], doc: Doc) -> list[Found]:
    found: list[Found] = []
    taken = -1  # the last line an earlier paper took
    for index, line in enumerate(lines):
        if line.kind != "item" or index <= taken:
            continue  # the cheapest test first: most lines are no list items
        hit = (
            _bracketed(line, index, doc)
            or _over_dotted_names(lines, index, doc)
            or _title_then_names(line, index, doc)
        )
        if hit is not None:
            found.append(hit)
            taken = hit.last
    return found


def _bracketed(line: Line, index: int, doc: Doc) -> Found | None:
    """`(Talk #1): Ada Name, Ben Name. [Title]`"""
    text = line.text
    if not text.endswith("]") or line.links:
        return None
    match = _NAMES_THEN_BRACKETED.match(text)
    if match is None or not _titled(match["title"]) or not looks_like_names(match["names"]):
        return None
    draft = Draft(line=line.number, title=match["title"], authors=match["names"], text=text)
    draft.confidence = 0.8
    return Found(build(draft, doc.captured), index, index)


def _over_dotted_names(lines: list[Line], index: int, doc: Doc) -> Found | None:
    """`- [ ] Title` over `Ada Name · Ben Name · Cleo Name` (the item's second line)."""
    if index + 1 >= len(lines):
        return None
    line, below = lines[index], lines[index + 1]
    if below.kind != "text" or below.block != line.block or _MIDDOT not in below.text:
        return None
    title = _TASK_BOX.sub("", line.text).strip()
    names = [name.strip() for name in below.text.split(_MIDDOT)]
    if not _titled(title) or not all(names) or not looks_like_names(", ".join(names)):
        return None
    draft = Draft(line=line.number, title=title, authors=names, text=line.text)
    draft.urls = list(line.urls)
    draft.confidence = 0.8
    return Found(build(draft, doc.captured), index, index + 1)


# After the linked or bold title: a full stop, a dash or a colon, then the names
# (not a colon: `**Name**: Subtitle in Title Case` is a title whose words look like names)
_AFTER_TITLE = re.compile(r"^\s*(?:\.|[-–—]|\.\s*[-–—])\s+(?P<names>\S.{2,600}?)[.;]?\s*$")
_ACRONYM_WORD = re.compile(r"\b[A-Z]{2,}\b")  # `LLM`, `RAG`: a title's words, no one's name


def _title_then_names(line: Line, index: int, doc: Doc) -> Found | None:
    """`[Title](https://openreview.net/…). Ada Name, Ben Name.` or `**Title** — Ada Name`: the
    item opens with its title, linked or in bold, and the presenters follow."""
    text = line.text
    title = next((label for label, _ in line.links if label and text.startswith(label)), None)
    if title is None:
        title = next((bold for bold in line.bold if bold and text.startswith(bold)), None)
    if title is None or not _titled(title) or len(title.split()) < MIN_LINKED_TITLE_WORDS:
        return None  # `[Read more](…). Ada Name`: a link's label of a word or two is no title
    match = _AFTER_TITLE.match(text[len(title) :])
    if (
        match is None
        or _ACRONYM_WORD.search(match["names"])
        or not looks_like_names(match["names"])
    ):
        return None
    draft = Draft(line=line.number, title=title, authors=match["names"], text=text)
    draft.urls = list(line.urls)
    draft.confidence = 0.8
    return Found(build(draft, doc.captured), index, index)


def _titled(text: str) -> bool:
    return len(text.split()) >= MIN_TITLE_WORDS and text[:1].isupper()
