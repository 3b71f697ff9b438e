"""Reading notes that give each paper a heading, the notes on it under it, in a section whose
heading says it holds papers:

    ## Reinforcement learning papers

    ### Playing Invented Games with Pretend Learning
    - the agent learns from a made-up reward
    ### The Arcade of Pretending: An Evaluation Platform, 2013
    - 一个虚构的平台

Each heading under the section of papers that reads as a title (three words or more, no
sentence, no names) is a paper; a year after a comma at its end is its year. Read only when
every other reader found nothing (the paste would be refused): a README's headings over bullets
are its sections far more often than papers. Flagged for review.
"""

from __future__ import annotations

import re

from papershelf.core.records import PaperRecord
from papershelf.importers.paste import sections
from papershelf.importers.paste.build import Draft, build
from papershelf.importers.paste.doc import Doc, Found
from papershelf.importers.paste.lines import Line, clean_title, is_furniture
from papershelf.importers.paste.names import looks_like_names

NAME = "noted-headings"
DESCRIPTION = "Reading notes: a heading per paper, under a section of papers, over its notes"

AT_LEAST = 2
TITLE_WORDS = (3, 30)
_YEAR_AFTER = re.compile(r",\s*(?P<year>(?:19|20)\d{2})$")
_SENTENCE = re.compile(r"[a-z]{2,}[.!?]\s+[A-Z]|[.!?:]$")


def read(lines: list[Line], doc: Doc) -> list[Found]:
    found = [
        Found(_paper(lines[index], doc), index, _section_end(lines, index))
        for index in doc.heading_indices()
        if index < len(lines) and _paper_heading(lines, index, doc)
    ]
    return found if len(found) >= AT_LEAST else []


def _paper_heading(lines: list[Line], index: int, doc: Doc) -> bool:
    line = lines[index]
    if line.kind != "heading" or not sections.of_papers(sections.section_name(doc, index)):
        return False
    title = _YEAR_AFTER.sub("", line.text.strip())
    if is_furniture(title) or not TITLE_WORDS[0] <= len(title.split()) <= TITLE_WORDS[1]:
        return False
    return not (_SENTENCE.search(title) or looks_like_names(title) or sections.of_papers(title))


def _section_end(lines: list[Line], index: int) -> int:
    end = index
    while end + 1 < len(lines) and lines[end + 1].kind not in ("heading", "claimed"):
        end += 1
    return end


def _paper(line: Line, doc: Doc) -> PaperRecord:
    year = _YEAR_AFTER.search(line.text.strip())
    title = _YEAR_AFTER.sub("", line.text.strip())
    draft = Draft(line=line.number, title=clean_title(title), date=year["year"] if year else None)
    draft.urls = list(line.urls)
    draft.confidence = 0.5
    draft.reasons = ["read as a paper's heading over notes on it; check it"]
    return build(draft, doc.captured)
