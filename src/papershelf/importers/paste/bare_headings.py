"""Reading notes that give each paper a heading and fill in some of them later: `### Title` over
its abstract, and beside it `### Other title` with nothing under it yet.

A heading with nothing under it says little alone; among sibling headings (same level, same
section) of which another reader took at least one as a paper, and which all read as titles,
it is a paper of the same list. Such a record is flagged for review: only its place tells.
"""

from __future__ import annotations

import re

from papershelf.importers.paste.arxiv_abs import is_page_furniture
from papershelf.importers.paste.build import Draft, build
from papershelf.importers.paste.doc import Doc, Found
from papershelf.importers.paste.lines import Line, mostly_cjk

NAME = "bare-headings"
DESCRIPTION = "Headings with nothing under them among headings read as papers"

TITLE_WORDS = 4  # a section's name (`Results`, `Open questions`) is shorter than a title
_NOT_A_TITLE = re.compile(r"[:：?？]$")


def read(lines: list[Line], doc: Doc) -> list[Found]:
    heads = doc.heading_indices()
    empty = [p for p, index in enumerate(heads) if lines[index].kind == "heading"]
    empty = [p for p in empty if _empty_below(doc, heads, p)]
    if not empty:
        return []  # the common case: every heading has something under it, or was read
    siblings: dict[tuple[int, int], list[int]] = {}  # (section, level) -> its headings
    for position, index in enumerate(heads):
        key = (doc.parents[position], doc.lines[index].level)
        siblings.setdefault(key, []).append(index)
    found: list[Found] = []
    for position in empty:
        index = heads[position]
        group = siblings[(doc.parents[position], doc.lines[index].level)]
        if not any(lines[at].kind == "claimed" for at in group):
            continue
        if not all(_title_like(doc.lines[at].text) for at in group):
            continue
        draft = Draft(line=lines[index].number, title=lines[index].text)
        draft.confidence = 0.5
        draft.reasons = ["a heading with nothing under it, among headings of papers"]
        found.append(Found(build(draft, doc.captured), index, index))
    return found


def _empty_below(doc: Doc, heads: list[int], position: int) -> bool:
    """Nothing between this heading and the next one of its level or above (or the end)."""
    index = heads[position]
    if position + 1 == len(heads):
        return index + 1 == len(doc.lines)
    following = heads[position + 1]
    return following == index + 1 and doc.lines[following].level <= doc.lines[index].level


def _title_like(text: str) -> bool:
    """Four words or more, most of the longer ones capitalised (`Things to read next week` is a
    note's own heading), or a CJK title; no question and no label."""
    if len(text) > 200 or _NOT_A_TITLE.search(text) or is_page_furniture(text):
        return False
    if " > " in text:
        return False  # a page's breadcrumb (`Computer Science > Robotics`)
    if mostly_cjk(text):
        return len(text) >= 8
    words = text.split()
    long = [word for word in words if len(word) > 3]
    capitals = sum(1 for word in long if word[:1].isupper() or not word[:1].isalpha())
    return len(words) >= TITLE_WORDS and text[:1].isupper() and capitals >= 0.6 * len(long)
