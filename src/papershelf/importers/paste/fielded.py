"""A title set in bold on a line of its own over a list of its fields, one `Label: value` item
each: `**3. Title**` then `- Paper: https://…`, `- Code: https://…`, `- Affiliations: …`.

Conference "papers with code" lists and reading notes write papers so. The bold line is the
title (its list number dropped, the venue in brackets after it read for the year); the items are
the paper's fields, never papers of their own. The list must be labelled throughout and name a
link of the paper (`Paper`, `arXiv`, `PDF`, `Code`, `Homepage`, …), so that a bold lead-in over a
list of other things (`**Updates:**` over dated notes) is no paper.
"""

from __future__ import annotations

import re

from papershelf.importers.paste.blocks import year_in
from papershelf.importers.paste.build import Draft, build
from papershelf.importers.paste.doc import Doc, Found
from papershelf.importers.paste.identifiers import find_identifiers
from papershelf.importers.paste.labels import LABELLED, label_of
from papershelf.importers.paste.lines import Line, mostly_cjk

NAME = "titled-fields"
DESCRIPTION = "Bold titles on lines of their own over `Label: value` items (papers-with-code lists)"

_NUMBER = re.compile(r"^\s*(?:\d{1,4}[.)、]|\[\d{1,4}\]|\(\d{1,4}\))\s*")
_LINK_LABEL = re.compile(
    r"^(?:paper|papers|arxiv|pdf|code|github|homepage|project(?: page)?|link|url|doi|论文|代码"
    r"|主页|项目主页|链接)\b",
    re.IGNORECASE,
)
_PAPER_FIELD = re.compile(r"^(?:paper|arxiv|pdf|论文|論文)\b", re.IGNORECASE)
_LABEL_LENGTH = 20  # `作者单位`, `Paper(Oral)`, `中文解读`: a label is short
_MAX_FIELDS = 12


def read(lines: list[Line], doc: Doc) -> list[Found]:
    found: list[Found] = []
    # One pass in a comprehension: a 10 MB paste has 100,000 lines, few of them bold paragraphs.
    # (A heading over `Label: value` items is a labelled card's: labelled.py reads its fields.)
    heads = [index for index, line in enumerate(lines) if line.bold and line.kind == "text"]
    for index in heads:
        if index + 1 >= len(lines) or lines[index + 1].kind != "item":
            continue
        if (titled := _title_of(lines[index])) is None:
            continue
        if hit := _paper(lines, index, titled, doc):
            found.append(hit)
    return found


def _identified(draft: Draft) -> bool:
    ids = find_identifiers(draft.text, draft.urls)
    return bool(ids.arxiv_id or ids.doi or ids.openreview)


# `**Title** (CVPR 2021)`: the venue and year in brackets after the bold title.
_VENUE_AFTER = re.compile(r"^\s*\((?P<venue>[^()]{1,40})\)\s*$")


# `PartPrompt — parse trees + entropy (closest prior art)`: a short name, then the note's remark
# in lower case after a dash; the name is the paper's (its fields must still link it).
_NAME_THEN_REMARK = re.compile(r"^(?P<name>[A-Z]\S*(?: \S+){0,2}) [—–] (?=[a-z])")


def _title_of(line: Line) -> tuple[str, str | None] | None:
    """The title and year of a line set wholly in bold (`**3. Title**`, `**Title** (Venue 2021)`),
    else None."""
    year = None
    text, bold = line.text.strip(), line.bold[0].strip()
    if not text.startswith(bold):
        return None
    if rest := text[len(bold) :]:
        venue = _VENUE_AFTER.match(rest)
        if venue is None:
            return None
        year = year_in(venue["venue"])
    title = _NUMBER.sub("", bold).strip()
    if named := _NAME_THEN_REMARK.match(title):
        title = named["name"]  # `**PartPrompt — parse trees + entropy (read first)**`
    wordy = bool(named) or len(title.split()) >= 2 or (len(title) >= 8 and mostly_cjk(title))
    return (title, year) if wordy and not title.endswith((":", "：")) else None


def _paper(lines: list[Line], index: int, titled: tuple[str, str | None], doc: Doc) -> Found | None:
    fields: list[tuple[str, str]] = []
    last = index
    while last + 1 < len(lines) and lines[last + 1].kind == "item":
        item = lines[last + 1]
        last += 1
        if item.level > 1:
            continue  # a remark on the field above it
        match = LABELLED.match(item.text)
        if match is None or len(match["label"].strip()) > _LABEL_LENGTH:
            return None  # an item that is no field: a list of other things
        fields.append((match["label"].strip(), match["value"].strip()))
    if not fields or len(fields) > _MAX_FIELDS:
        return None
    if not any(_LINK_LABEL.match(label) for label, _ in fields):
        return None
    draft = Draft(line=lines[index].number, title=titled[0], date=titled[1])
    # Only the items that link the paper give its links: a blog's write-up is no page of it.
    linking = [
        item
        for item in lines[index + 1 : last + 1]
        if item.level <= 1 and (match := LABELLED.match(item.text)) and _LINK_LABEL.match(match[1])
    ]
    draft.urls = [url for item in linking for url in item.urls]
    draft.text = " ".join(item.text for item in linking)
    if not any(_PAPER_FIELD.match(label) for label, _ in fields) and not _identified(draft):
        return None  # `**Meeting notes**` over `- Link: …`: no field names the paper's own link
    for label, value in fields:
        named = label_of(f"{label}: {value}")
        if named is not None and named[0] == "authors" and value:
            draft.authors = value
    draft.confidence = 0.8
    return Found(build(draft, doc.captured), index, last)
