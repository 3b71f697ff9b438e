"""Reading lists whose links carry the whole reference as their text, after a label of the
list's own (a lab wiki's reading list, a course page):

    * Overview paper: [Quill, A. B. 1998. An invented study. Pages 71–95 in C. Marrow, editor.
      Pretend Ecology. Example Press, New York](https://example.org/quill.pdf)
        * Pretend dynamics: [Marrow, C., and D. Oddly. 2007. A made-up result. Ecology 88:26–31](…)

The link's text is read as a reference in a style of the sciences (see sci_refs.py): its title,
names and year are the paper's, the link its address; the label before it (`Overview paper:`)
is the list's, no part of the paper.
"""

from __future__ import annotations

from papershelf.importers.paste.build import Draft, build
from papershelf.importers.paste.doc import Doc, Found
from papershelf.importers.paste.lines import Line
from papershelf.importers.paste.sci_refs import science_entry

NAME = "linked-references"
DESCRIPTION = "List items `Label: [Surname, I. 1998. Title. Journal 8:1–9](…)`: a linked reference"

AT_LEAST = 2  # such items that make a reading list
LABEL_SHARE = 0.7  # of the line's text the link's label covers at least: it is the entry
MIN_LABEL = 40  # characters: names, a year and a title take no fewer


def read(lines: list[Line], doc: Doc) -> list[Found]:
    hits: list[Found] = []
    for index, line in enumerate(lines):
        if not line.links or line.kind not in ("item", "text"):
            continue  # cheap tests first: a link on the line
        label, url = max(line.links, key=lambda link: len(link[0]))  # `[pdf]` beside it is less
        if len(label) < MIN_LABEL or len(label) < LABEL_SHARE * len(line.text):
            continue
        if (cited := science_entry(label)) is None:
            continue
        draft = Draft(line=line.number, title=cited.title, authors=cited.names, date=cited.year)
        draft.urls = [url, *(u for _label, u in line.links if u != url)]
        draft.text, draft.confidence = line.text, 0.85
        hits.append(Found(build(draft, doc.captured), index, index))
    return hits if len(hits) >= AT_LEAST else []
