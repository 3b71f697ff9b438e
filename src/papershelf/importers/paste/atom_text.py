"""An arXiv API (Atom) feed whose markup was stripped, its text run together on a line or a few:
per entry the abstract's address, the title, the updated time, the abstract, the published time,
a comment, and the authors' names run together (`… 24 pages Qi Ding Lei Zhang`).

An entry runs from its address to the next one. Its title ends at the first timestamp and its
abstract between the two; after the second come the comment and the names. Names run together
are only split when the capitalised words after the comment pair up (given name, family name);
otherwise the entry keeps no names rather than wrong ones.
"""

from __future__ import annotations

import re

from papershelf.importers.paste.build import Draft, build
from papershelf.importers.paste.doc import Doc, Found
from papershelf.importers.paste.lines import Line

NAME = "atom-text"
DESCRIPTION = "arXiv API (Atom) results with their markup stripped, run together on a line"

MAX_LINES = 40  # a flattened feed is a line or a few; a long paste is something else
MIN_ABSTRACT = 80
_ENTRY = re.compile(
    r"(?P<url>https?://arxiv\.org/abs/(?:\d{4}\.\d{4,5}|[a-z\-]+(?:\.[A-Z]{2})?/\d{7})(?:v\d+)?)\s+"
)
_STAMP = re.compile(r"\s*\b(?P<day>(?:19|20)\d{2}-\d{2}-\d{2})T\d{2}:\d{2}:\d{2}Z\s*")
_NAME_WORD = re.compile(r"^[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’\-]*$")


def read(lines: list[Line], doc: Doc) -> list[Found]:
    if not doc.plain or len(lines) > MAX_LINES:
        return []
    found: list[Found] = []
    for index, line in enumerate(lines):
        if line.kind == "claimed" or "arxiv.org/abs/" not in line.text:
            continue
        starts = list(_ENTRY.finditer(line.text))
        for n, start in enumerate(starts):
            end = starts[n + 1].start() if n + 1 < len(starts) else len(line.text)
            draft = _entry(line, start["url"], line.text[start.end() : end])
            if draft is not None:
                found.append(Found(build(draft, doc.captured), index, index))
    return found


def _entry(line: Line, url: str, text: str) -> Draft | None:
    stamps = list(_STAMP.finditer(text))
    if len(stamps) < 2:
        return None
    updated, published = stamps[0], stamps[1]
    title, abstract = text[: updated.start()].strip(), text[updated.end() : published.start()]
    if not title or len(abstract) < MIN_ABSTRACT:
        return None
    draft = Draft(line=line.number, title=title, urls=[url], abstract=abstract.strip())
    draft.text = url
    draft.date = published["day"]
    draft.authors = _paired_names(text[published.end() :].split())
    draft.confidence = 0.75
    return draft


def _paired_names(tokens: list[str]) -> list[str]:
    """The capitalised words the entry ends with, two by two (`Qi Ding Lei Zhang`)."""
    run = 0
    while run < len(tokens) and _NAME_WORD.match(tokens[len(tokens) - 1 - run]):
        run += 1
    if run < 2 or run % 2:
        return []
    words = tokens[len(tokens) - run :]
    return [f"{words[i]} {words[i + 1]}" for i in range(0, run, 2)]
