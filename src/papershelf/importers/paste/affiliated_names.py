"""A conference's awards or accepted papers page copied as text: each paper's title on a line,
then its authors one a line, each with their affiliation after a comma, then perhaps a paragraph
of its abstract:

    An Invented Role for Pretend Haptics in Made-up Interaction
    Ada Quill, University of Nowhere, Canada
    Ben Fenn, Pretend Institute, USA
    This paper describes pretend technologies that …

The lines of names are the cue: a person's name (two to four words) before the first comma and
an affiliation (a university, an institute, a laboratory, a company) after it, on every line
between the title and the abstract or the next title. Two
papers so set make the list.
"""

from __future__ import annotations

import re

from papershelf.core.records import PaperRecord
from papershelf.importers.paste.build import Draft, build
from papershelf.importers.paste.doc import Doc, Found
from papershelf.importers.paste.lines import Line
from papershelf.importers.paste.names import looks_like_names

NAME = "affiliated-names"
DESCRIPTION = "A title over its authors one a line, each with an affiliation after a comma"

AT_LEAST = 2
TITLE_WORDS = (3, 30)
MOST_AUTHORS = 40
ABSTRACT = 150  # characters: a paragraph under the names is the abstract
_NAME_AFFILIATION = re.compile(
    r"^(?P<name>[A-ZÀ-Þ][\w'’.\-]*(?:\s[A-ZÀ-Þ][\w'’.\-]*){1,3}),\s+(?P<where>[A-ZÀ-Þ].{2,200})$"
)
# What an affiliation names (a line of names after a comma names none of these)
_INSTITUTION = re.compile(
    r"\b(?:Univ\w*|Institut\w*|College|Laborator\w*|Labs?|School|Cent(?:er|re)|Hospital|"
    r"Academy|Research|Inc|Corp\w*|Ltd|GmbH|Foundation|Observatory|Museum|Ministry|Agency|"
    r"Polytechnic|Politecnico|Escuela|Facult\w*|Department|Dept)\b"
)
_SENTENCE_END = re.compile(r"[.;,]$")
# A programme's welcome by `Professor A Name, Its University` or `Chair A Name, …`: a role, no
# author; and a session's heading with its day and time is no title
_ROLE = re.compile(
    r"^(?:Professor|Prof\.?|Dr\.?|Chair|Co-chair|Session|Keynote|Moderator|President|Dean|Host)\b"
)
_TIME = re.compile(r"\b\d{1,2}[:.h]\d{2}\b")


def read(lines: list[Line], doc: Doc) -> list[Found]:
    found: list[Found] = []
    index = 0
    while index < len(lines):
        names = _names_under(lines, index)
        if not names or not _title_like(lines[index].text):
            index += 1
            continue
        last = index + len(names)
        abstract = ""
        if last + 1 < len(lines) and _abstract(lines[last + 1], lines[last]):
            last += 1
            abstract = lines[last].text
        found.append(Found(_paper(lines[index], names, abstract, doc), index, last))
        index = last + 1
    return found if len(found) >= AT_LEAST else []


def _names_under(lines: list[Line], index: int) -> list[str]:
    names: list[str] = []
    for line in lines[index + 1 : index + 1 + MOST_AUTHORS]:
        if line.kind != "text" or line.block != lines[index].block:
            break
        found = _NAME_AFFILIATION.match(line.text)
        if found is None or not looks_like_names(found["name"]):
            break
        if _ROLE.match(found["name"]) or not _INSTITUTION.search(found["where"]):
            break  # `A Name, B Name, C Name`: the names of one paper, read by other readers
        names.append(found["name"])
    return names


def _title_like(text: str) -> bool:
    words = len(text.split())
    if not TITLE_WORDS[0] <= words <= TITLE_WORDS[1] or _SENTENCE_END.search(text):
        return False
    if _TIME.search(text):
        return False
    return (
        text[:1].isupper() and not looks_like_names(text) and _NAME_AFFILIATION.match(text) is None
    )


def _abstract(line: Line, above: Line) -> bool:
    return line.kind == "text" and line.block == above.block and len(line.text) >= ABSTRACT


def _paper(line: Line, names: list[str], abstract: str, doc: Doc) -> PaperRecord:
    draft = Draft(line=line.number, title=line.text, authors=names)
    draft.abstract, draft.confidence = abstract, 0.7
    draft.reasons = ["a title over its authors' lines, each with an affiliation; check the fields"]
    return build(draft, doc.captured)
