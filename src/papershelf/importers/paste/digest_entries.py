"""arXiv listings remade by other tools and copied as text:

- a generated daily digest: a numbered title with its arXiv id glued to it in brackets
  (`1. Title of the paper[2604.20950]`), then an `Abstract` heading and the abstract;
- an arXiv sorter's list: a bracketed number on a line of its own (`[3]`), then `Title: …`,
  maybe `Authors: …`, `Comments: …` and `Subjects: …`, then the abstract's paragraph.
"""

from __future__ import annotations

import re

from papershelf.importers.paste.build import Draft, build
from papershelf.importers.paste.doc import Doc, Found
from papershelf.importers.paste.lines import Line
from papershelf.importers.paste.page_cues import cues

NAME = "digest-entries"
DESCRIPTION = "Digests of arXiv: `1. Title[2604.20950]`, or `[3]` over `Title:` and `Subjects:`"

_GLUED_ID = re.compile(
    r"^(?:\d{1,4}[.)]\s*)?(?P<title>\S.{6,400}?)\s*\[(?P<id>\d{4}\.\d{4,5}(?:v\d+)?)\]$"
)
_NUMBER = re.compile(r"^\[\d{1,4}\]$")
_TITLE = re.compile(r"^Title\s*:\s*(?P<title>\S.{6,400})$")
_FIELD = re.compile(
    r"^(?P<label>Authors?|Comments?|Subjects?|Journal[- ]ref|DOI|Report[- ]no)\s*:\s*(?P<value>.*)$"
)
_ABSTRACT_HEADING = ("Abstract", "Abstract:", "Summary", "Summary:")
MIN_ABSTRACT = 80
MAX_FIELDS = 6


def read(lines: list[Line], doc: Doc) -> list[Found]:
    found: list[Found] = []
    taken = -1  # the last line an earlier entry took
    for index in cues(doc).bracketed:
        line = lines[index]
        if index <= taken or line.kind not in ("text", "item", "heading"):
            continue
        hit: Found | None = None
        if _NUMBER.match(line.text):
            hit = _sorter_entry(lines, index, doc)
        elif match := _GLUED_ID.match(line.text):
            hit = _digest_entry(lines, index, match, doc)
        if hit is not None:
            found.append(hit)
            taken = hit.last
    return found


def _digest_entry(lines: list[Line], index: int, match: re.Match[str], doc: Doc) -> Found | None:
    title = match["title"]
    if len(title.split()) < 2 or title.endswith((".", ",")):
        return None
    line = lines[index]
    draft = Draft(line=line.number, title=title, urls=list(line.urls))
    draft.text = f"arXiv:{match['id']}"
    last = index
    if index + 1 < len(lines) and lines[index + 1].text.strip() in _ABSTRACT_HEADING:
        last = index + 1
        if last + 1 < len(lines) and _paragraph(lines[last + 1]):
            last += 1
            draft.abstract = lines[last].text
    draft.confidence = 0.85
    return Found(build(draft, doc.captured), index, last)


def _sorter_entry(lines: list[Line], index: int, doc: Doc) -> Found | None:
    if index + 1 >= len(lines) or (title := _TITLE.match(lines[index + 1].text)) is None:
        return None
    line = lines[index + 1]
    draft = Draft(line=line.number, title=title["title"], urls=list(line.urls))
    last = index + 1
    while last + 1 < len(lines) and last - index <= MAX_FIELDS:
        field = _FIELD.match(lines[last + 1].text)
        if field is None:
            break
        last += 1
        label, value = field["label"].lower(), field["value"].strip()
        if label.startswith("author"):
            draft.authors = value
        elif label.startswith("comment"):
            draft.comments = value
        else:
            draft.text += f" {value}"  # a DOI or a journal's reference: searched for identifiers
    if last + 1 < len(lines) and _paragraph(lines[last + 1]):
        last += 1
        draft.abstract = lines[last].text
    draft.confidence = 0.8
    return Found(build(draft, doc.captured), index, last)


def _paragraph(line: Line) -> bool:
    return line.kind == "text" and len(line.text) >= MIN_ABSTRACT
