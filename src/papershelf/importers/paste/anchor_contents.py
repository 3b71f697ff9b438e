"""A notes page's generated table of contents (GitHub's `gh-md-toc`, an editor's `[TOC]`),
copied with the page: each paper's note is a heading numbered in its section, and the contents
list it as an item linking that heading's anchor, under items for the sections:

    * [Urban Imaginary Spaces](#urban-imaginary-spaces)
      * [1 Invented patterns of pretend fragmentation](#1-invented-patterns-of-pretend-fragmentation)
      * [2 Made\\-up mapping of harbours](#2-made-up-mapping-of-harbours)

An item that is one link whose label is numbered and whose anchor is that label's own (as the
generator makes it) is a paper; the sections' items, unnumbered, are none. Three at least.
"""

from __future__ import annotations

import re

from papershelf.core.records import PaperRecord
from papershelf.importers.paste.build import Draft, build
from papershelf.importers.paste.doc import Doc, Found
from papershelf.importers.paste.lines import Line

NAME = "anchor-contents"
DESCRIPTION = "A notes page's contents: numbered items linking each paper's heading"

AT_LEAST = 3
WORDS = 3  # a title's words at least
_NUMBERED = re.compile(r"^(\d{1,4})[.)]?\s+(?P<title>\S.*)$")


def read(lines: list[Line], doc: Doc) -> list[Found]:
    hits = [index for index, line in enumerate(lines) if _paper_item(line)]
    if len(hits) < AT_LEAST:
        return []
    return [Found(_paper(lines[index], doc), index, index) for index in hits]


def _paper_item(line: Line) -> bool:
    if line.kind != "item" or len(line.links) != 1:
        return False
    label, url = line.links[0]
    if not url.startswith("#") or " ".join(label.split()) != line.text:
        return False
    numbered = _NUMBERED.match(line.text)
    if numbered is None or len(numbered["title"].split()) < WORDS:
        return False
    return _anchor_of(url[1:], line.text)


def _anchor_of(anchor: str, label: str) -> bool:
    """The anchor is the heading's own, as generators make it: its letters and digits, in order
    (GitHub drops punctuation and may cut a long one)."""
    letters = _letters(anchor)
    return len(letters) >= 10 and _letters(label).startswith(letters[:60])


def _letters(text: str) -> str:
    return "".join(ch for ch in text.casefold() if ch.isalnum())


def _paper(line: Line, doc: Doc) -> PaperRecord:
    numbered = _NUMBERED.match(line.text)
    title = numbered["title"].strip() if numbered else line.text
    draft = Draft(line=line.number, title=title)
    draft.confidence = 0.7
    return build(draft, doc.captured)
