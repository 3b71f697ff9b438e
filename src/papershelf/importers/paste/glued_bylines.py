"""Publication lists whose entries run the authors into the title with a space only, as pages
copied from a researcher database's fields (researchmap and the like) print them, in English or
in Japanese, the venue and the year after the title's full stop:

    - **Ada Quill, Ben Marrow, Cleo Tansy An Invented Scale of Pretend Care . Made-up Nursing .
      March 2025** doi:10.1234/made.up 〔Link〕
    - **田中花子, 山田太郎　架空の看護技術に関する調査．架空看護学雑誌, 29(1), 27-35, 2023年3月**

The names before the last are parted by commas, each a given name and a surname (or a name in
Chinese characters); the last name takes as many words as the others have, or, in Chinese
characters, runs to the (full-width) space. A run of such entries is a list of works.
"""

from __future__ import annotations

import re
from collections import Counter

from papershelf.importers.paste.build import Draft, build
from papershelf.importers.paste.doc import Doc, Found
from papershelf.importers.paste.lines import Line
from papershelf.importers.paste.list_cues import list_cues

NAME = "glued-bylines"
DESCRIPTION = "Entries `A Name, B Name, C Name Title. Venue, Year` (names run into the title)"

RUN = 2
_LATIN_NAME = re.compile(r"^[A-Z][a-z'’\-]+(?: [A-Z]\.)?(?: [A-Z][a-z'’\-]+){1,2}$")
_CJK_NAME = re.compile(
    r"^[\u4e00-\u9fff\u3040-\u30ff]{1,4}(?: ?[\u4e00-\u9fff\u3040-\u30ff]{1,4})?$"
)
_CJK_LAST = re.compile(r"^(?P<name>[\u4e00-\u9fff]{2,5})[ \u3000]+(?P<rest>\S.*)$")
# The title ends at a full stop before the venue: ` . `, `．`, or `. ` after a word.
_TITLE_END = re.compile(r"\s+\.\s+|．|(?<=[^\W\d_]{2})\.\s+|(?<=[)）－\-”\"])\.\s+")
_YEAR = re.compile(r"(?:19|20)\d{2}")
_DOI = re.compile(r"\b(?:doi:\s*)?(10\.\d{4,9}/[^\s〔〕\[\]]+)", re.IGNORECASE)


def read(lines: list[Line], doc: Doc) -> list[Found]:
    found: list[Found] = []
    cued = list_cues(doc).items  # found once for several readers
    items = [i for i in cued if lines[i].kind == "item" and ", " in lines[i].text[:200]]
    for index in items:
        if (draft := _entry(lines[index])) is not None:
            found.append(Found(build(draft, doc.captured), index, index))
    return found if len(found) >= RUN else []


def _entry(line: Line) -> Draft | None:
    parts = line.text.split(", ")
    names: list[str] = []
    for part in parts:
        if not (_LATIN_NAME.match(part) or _CJK_NAME.match(part)):
            break
        names.append(part)
    if not names or len(names) >= len(parts):
        return None
    split = _last_name(names, ", ".join(parts[len(names) :]))
    if split is None:
        return None
    last, rest = split
    stop = _TITLE_END.search(rest)
    if stop is None or stop.start() < 8:
        return None
    title, after = rest[: stop.start()].strip(), rest[stop.end() :]
    years = _YEAR.findall(after.split(" doi:")[0])
    if not years:
        return None  # no venue's year after the title: no entry of a list of works
    draft = Draft(line=line.number, title=title, authors=[*names, last], urls=list(line.urls))
    draft.date = years[-1]
    doi = _DOI.search(after)
    draft.text = f"doi:{doi[1]}" if doi else ""
    draft.confidence = 0.75
    return draft


def _last_name(names: list[str], rest: str) -> tuple[str, str] | None:
    """The last author and the title after it: in Chinese characters up to the space; in Latin
    script as many words as most of the names before it have."""
    if _CJK_NAME.match(names[0]):
        match = _CJK_LAST.match(rest)
        return (match["name"], match["rest"]) if match else None
    count = Counter(len(name.split()) for name in names).most_common(1)[0][0]
    words = rest.split(" ")
    last, title = " ".join(words[:count]), " ".join(words[count:])
    if not _LATIN_NAME.match(last) or not title[:1].isupper():
        return None
    return last, title
