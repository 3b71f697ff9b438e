"""To-read notes: a page (or a section of one) headed as a list of papers (`# Papers to read`,
`## Reading list`) that sets each paper down by its bare title, a paragraph of one line, among
copied metadata:

    # Papers to read

    An Invented Theory of Pretend Taxonomy Since 1851

    IMAGINARY METHODS IN MADE-UP CLASSIFICATION

The page's heading says its lines are papers; a line of its own that reads as a title (three
words or more, no sentence, no names, no label, no link) is one. Lines with more under them in
their paragraph (names, a journal's metadata) are left to the readers of such blocks.
"""

from __future__ import annotations

import re

from papershelf.core.records import PaperRecord
from papershelf.importers.paste.build import Draft, build
from papershelf.importers.paste.doc import Doc, Found
from papershelf.importers.paste.labels import label_of
from papershelf.importers.paste.lines import Line, is_furniture
from papershelf.importers.paste.names import looks_like_names
from papershelf.importers.paste.sections import of_papers, section_name

NAME = "to-read-titles"
DESCRIPTION = "A page of papers to read, each a bare title on a line of its own"

AT_LEAST = 3  # titles of their own: fewer are a note's remarks
WORDS = (3, 30)
# What the page's heading says beside `papers`: a list kept to read (`Daily Papers` is a site's).
_CAPTION = re.compile(r"\b(?:to[- ]?read|reading list|read later|readings)\b", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!:;,。：]$")


def read(lines: list[Line], doc: Doc) -> list[Found]:
    heads = doc.heading_indices()
    captions = [index for index in heads if _headed_as_papers(doc.lines[index].text)]
    if not captions:
        return []  # nearly every paste
    whole_page = captions[0] == heads[0]  # `# Papers to read` heads the page: all of it
    hits = [
        Found(_paper(line, doc), index, index)
        for index, line in enumerate(lines)
        if index > captions[0]
        and _bare_title(lines, index)
        and (whole_page or _headed_as_papers(section_name(doc, index)))
    ]
    return hits if len(hits) >= AT_LEAST else []


def _headed_as_papers(heading: str) -> bool:
    """`Papers to read`, `Reading list`: the page's first heading, or the section's, says it
    lists papers to read."""
    return of_papers(heading) and _CAPTION.search(heading) is not None


def _bare_title(lines: list[Line], index: int) -> bool:
    line = lines[index]
    if line.kind != "text" or line.links or line.bold or line.italic:
        return False
    if index > 0 and lines[index - 1].block == line.block:
        return False  # the paragraph has more: a reader of blocks reads it
    if index + 1 < len(lines) and lines[index + 1].block == line.block:
        return False
    text = line.text.strip()
    if not WORDS[0] <= len(text.split()) <= WORDS[1] or _SENTENCE_END.search(text):
        return False
    if not (text[:1].isupper() or text[:1].isdecimal()) or "http" in text:
        return False
    return not (is_furniture(text) or looks_like_names(text) or label_of(text) is not None)


def _paper(line: Line, doc: Doc) -> PaperRecord:
    draft = Draft(line=line.number, title=line.text.strip(), confidence=0.55)
    draft.reasons = ["a bare title on a line of its own, under a heading of papers to read"]
    return build(draft, doc.captured)
