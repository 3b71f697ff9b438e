"""A reading checklist: task items that cite a paper by its authors and year, then a dash and
its title, ticked when read, a long title going on under the item:

    * [x] Quill et al (2018) - An invented study of pretend cortex
    * [ ] Marrow and Tansy (1969) - Made-up perception in imaginary
    cortex

A task box before the citation says the item is a paper to read; a citation in another style
after it (`[x] Quill, A. "Title." 2018`) is one when it names the authors or the year.

Such lists sit in READMEs whose own title and byline (`# Reading Notes`, `# Author: A Name`)
open the page: the items are read before a labelled card's reader would take the whole page as
that title's card.
"""

from __future__ import annotations

from papershelf.importers.paste.build import Draft, build
from papershelf.importers.paste.cite import Citation, names_year_dash, read_citation
from papershelf.importers.paste.doc import Doc, Found
from papershelf.importers.paste.lines import Line
from papershelf.importers.paste.list_cues import list_cues

NAME = "checklist-citations"
DESCRIPTION = "Task items `[x] Surname et al (Year) - Title` of a reading checklist"

_TASK = ("[x] ", "[X] ", "[ ] ")
MAX_GOING_ON = 3  # lines a wrapped title goes on under its item


def read(lines: list[Line], doc: Doc) -> list[Found]:
    found: list[Found] = []
    cued = list_cues(doc).items  # found once for several readers
    tasks = [i for i in cued if lines[i].kind == "item" and lines[i].text.startswith(_TASK)]
    for index in tasks:
        line = lines[index]
        last = index
        while (
            last + 1 < len(lines)
            and last - index < MAX_GOING_ON
            and lines[last + 1].kind == "text"
            and lines[last + 1].block == line.block
        ):
            last += 1
        text = " ".join(below.text for below in lines[index : last + 1])
        cited = names_year_dash(text, line.bold, line.links) or _cited(text, line)
        if cited is None:
            continue
        draft = Draft(line=line.number, title=cited.title, authors=cited.authors)
        draft.date, draft.text, draft.urls = cited.year, text, list(line.urls)
        draft.confidence = 0.8
        found.append(Found(build(draft, doc.captured), index, last))
    return found


def _cited(text: str, line: Line) -> Citation | None:
    """Another citation's shape after the task box (`Name et al. (2018). Title`), when it names
    the authors or the year: a bare task (`[ ] Write the chapter`) is no paper."""
    found = read_citation(text[4:], line.bold, line.links, line.italic)
    return found if found is not None and (found.authors or found.year) else None
