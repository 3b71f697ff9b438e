"""A reading list in the MLA manner (`Surname, Given. "Title."` over a `[pdf]` link) names a few
works by their quoted title alone, their author unknown to the list's writer or given by the
heading above:

    Quill, Ada. "An Invented Theory of Pretend Minds."
    [pdf]

    "Can Invented Machines Be Said to Pretend?"
    [html]

A line that is one quoted title and nothing else, among entries other readers took as papers, is
a work of the same list; the link buttons under it are its links.
"""

from __future__ import annotations

import re

from papershelf.importers.paste.build import Draft, build
from papershelf.importers.paste.doc import Doc, Found
from papershelf.importers.paste.lines import Line
from papershelf.importers.paste.list_cues import list_cues

NAME = "quoted-alone"
DESCRIPTION = "A list's entries named by a quoted title alone, among entries with their authors"

_QUOTED = re.compile(r"^[\"“](?P<title>[A-ZÀ-Þ0-9][^\"“”]{6,300}?)[.,]?[\"”]\.?$")
_BUTTON = re.compile(r"^(?:\[\s*(?:pdf|html|link|web|doc|epub)\s*\]\s*)+$", re.IGNORECASE)
MIN_WORDS = 3
NEIGHBOURS = 4  # lines other readers took as papers: the quoted line stands in a list of works


def read(lines: list[Line], doc: Doc) -> list[Found]:
    quoted = [i for i in list_cues(doc).quoted if lines[i].kind == "text"]  # found once
    if not quoted or sum(1 for line in lines if line.kind == "claimed") < NEIGHBOURS:
        return []  # cheap: most pastes hold no such line
    found: list[Found] = []
    for index in quoted:
        line = lines[index]
        if line.kind != "text" or line.links:
            continue
        match = _QUOTED.match(line.text)
        if match is None or not _title_cased(match["title"]):
            continue
        last = index
        urls: list[str] = []
        below = lines[index + 1] if index + 1 < len(lines) else None
        if below is not None and below.block == line.block and _BUTTON.match(below.text):
            last, urls = index + 1, list(below.urls)
        draft = Draft(line=line.number, title=match["title"], urls=urls, text=line.text)
        draft.confidence = 0.65
        found.append(Found(build(draft, doc.captured), index, last))
    return found


_LONG_WORD = re.compile(r"[^\W\d_][\w'’\-]{3,}")
_SENTENCE = re.compile(r"[.!?]\s+\S")


def _title_cased(title: str) -> bool:
    """A title as MLA sets it, its longer words capitalised, one sentence at most: a quoted
    line in sentence case (`"Knowledge is power, they say."`) is an epigraph or a remark."""
    if len(title.split()) < MIN_WORDS or _SENTENCE.search(title):
        return False
    long = _LONG_WORD.findall(title)
    return len(long) >= 2 and 2 * sum(1 for word in long if word[:1].isupper()) > len(long)
