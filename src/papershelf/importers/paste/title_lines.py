"""One paper a line, chosen by hand: the layout the import preview offers for text no reader found
a paper in (a list of bare titles, a chat's lines, a refused paste), as JabRef's "New entry from
plain text" lets its user decide. Never detected on its own: read alone, nearly every paste would
be papers.

Each line of text or list item is a paper whose title is the line: a `Title:` label, a to-do
box and a list's numbering are left out, and the line's links and identifiers (an arXiv id, a
DOI) are kept. Headings, table rules and site furniture (`View PDF`, `Cited by 12`) are not
papers; the user unticks any other line that is not.
"""

from __future__ import annotations

import re

from papershelf.core.records import PaperRecord
from papershelf.importers.paste.build import Draft, build
from papershelf.importers.paste.doc import Doc, Found
from papershelf.importers.paste.labels import label_of
from papershelf.importers.paste.lines import Line, is_furniture

NAME = "title-lines"
DESCRIPTION = "One paper a line, the line its title (chosen by hand, for a list no layout reads)"

# `[ ] Title`, `[x] Title` (a to-do list's boxes) and `1.`, `(2)`, `[3]` numbering
_LEAD = re.compile(r"^(?:\[[ xX]\]\s+|\(?\[?\d{1,4}[.)\]]\s+)")
_WORD = re.compile(r"\w")
# An address in the line, its own label's colon with it (`Title: metasyn://corpus/2940`)
_ADDRESS = re.compile(r"\s*:?\s*<?\b[a-z][a-z0-9+.\-]*://\S+", re.IGNORECASE)
LONG = 30  # words: a line this long is more likely a remark or an abstract than a title


def read(lines: list[Line], doc: Doc) -> list[Found]:
    return [
        Found(_paper(line, title, doc), index, index)
        for index, line in enumerate(lines)
        if (title := _title_of(line))
    ]


def _title_of(line: Line) -> str:
    if line.kind not in ("text", "item"):
        return ""  # headings name the sections of a list; rules and rows are not lines of it
    text = _LEAD.sub("", line.text.strip())
    if line.bold and text.startswith(line.bold[0]) and len(line.bold[0].split()) >= 2:
        text = line.bold[0]  # `**Title** — **Corpus ID: 2944**`: the bold lead is the title
    if (label := label_of(text)) is not None:
        field, value = label
        if field != "title":
            return ""  # `Authors: …`, `DOI: …` under a title: the user's own remarks
        text = value
    text = _ADDRESS.sub("", text).strip()  # the address stays the paper's link, not its title
    if not _WORD.search(text) or is_furniture(text):
        return ""
    return text


def _paper(line: Line, title: str, doc: Doc) -> PaperRecord:
    draft = Draft(line=line.number, title=title, urls=line.urls, text=line.text)
    draft.reasons = ["a line read as a title, in the layout chosen by hand"]
    if len(title.split()) > LONG:  # trial 8: a paragraph of prose came in as one title, unflagged
        draft.confidence = 0.4
        draft.reasons = [f"a line of over {LONG} words read as a title"]
    return build(draft, doc.captured)
