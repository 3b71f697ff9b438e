"""Reading lists that cite by family names, a quoted title and the year in brackets:

    **"An Invented Theory of Pretend Light" - Quill, Marrow (1916)**
    - Introduced a made-up idea
    - **Citation:** Pretend Rev. 47, 777 (1935)

    1. **The Famous One**
       - Tansy et al., "A Made-up Solver on an Imaginary Processor" (2014)
       - Journal of Examples 5, 4213
       - arXiv:1411.00001
    2. **Oddly & Umber, "Pretend Algorithms" (2021)**, Reviews of Nothing 3, 625

The names are family names only (`Quill`, `Quill, Marrow`, `Quill & Marrow`, `Quill et al.`),
before the title and a comma or after it and a dash or `by`, the year in brackets after them;
or the names and the year before the title (`Quill et al. (2014), "Title"`), or both in
brackets after it (`"Title" (Quill et al., 2014)`). The
notes bulleted under the citation are its own (a venue, an arXiv id, why to read it), and so is a
bold nickname it is bulleted under (`**The Famous One**`): no reader takes those for papers.
"""

from __future__ import annotations

import re

from papershelf.core.records import PaperRecord
from papershelf.core.text import squash
from papershelf.importers.paste.build import Draft, build
from papershelf.importers.paste.doc import Doc, Found
from papershelf.importers.paste.lines import Line

NAME = "surname-quotes"
DESCRIPTION = 'Reading lists citing `Surname et al., "Title" (Year)`, `"Title" - Surname (Year)`'

AT_LEAST = 2  # citations of this shape that make a text such a list
_SURNAME = (
    r"(?:[A-Z]\.\s?){0,3}[A-ZÀ-Þ][\w'’\-]+(?: [A-ZÀ-Þ][\w'’.\-]*){0,3}"  # `Bell`, `John S. Bell`
)
_NAMES = rf"(?P<names>{_SURNAME}(?:(?:, | & | and ){_SURNAME}){{0,7}})(?P<et_al>,? et\.? ?al\.?)?"
_TITLE = r"[\"“](?P<title>[^\"“”]{3,300}?)[\"”]"
_YEAR = r"\((?P<year>(?:19|20)\d{2})\)"
_LEAD = r"^(?:\d{1,3}[.)]\s+)?"
_NAMES_FIRST = re.compile(rf"{_LEAD}{_NAMES},\s+{_TITLE}\s*{_YEAR}")
_TITLE_FIRST = re.compile(rf"{_LEAD}{_TITLE}\s+(?:[-–—]|by)\s+{_NAMES}\s*{_YEAR}")
_NAMES_YEAR_FIRST = re.compile(rf"{_LEAD}{_NAMES}\s*{_YEAR}[,.:]?\s+{_TITLE}")
_TITLE_CITED = re.compile(  # `"Title" (Surname et al., 2014)`
    rf"{_LEAD}{_TITLE}\s*\({_NAMES},?\s+(?P<year>(?:19|20)\d{{2}})\)"
)
_SHAPES = (_NAMES_FIRST, _TITLE_FIRST, _NAMES_YEAR_FIRST, _TITLE_CITED)
_SEPARATORS = re.compile(r", | & | and ")
_GIVEN_AFTER = re.compile(r"\b[A-Z]\.$")  # `Edward W.`: given names after the family name
_NUMBERING = re.compile(r"^\d{1,3}[.)]\s+")


def read(lines: list[Line], doc: Doc) -> list[Found]:
    if doc.source and '"' not in doc.source and "“" not in doc.source:
        return []  # no quoted title anywhere: told by one scan of the text, not line by line
    heads = [
        (index, cited)
        for index, line in enumerate(lines)
        if ('"' in line.text or "“" in line.text) and (cited := _cited(line))  # most quote none
    ]
    if len(heads) < AT_LEAST:
        return []
    found: list[Found] = []
    taken = -1
    for position, (index, cited) in enumerate(heads):
        following = heads[position + 1][0] if position + 1 < len(heads) else len(lines)
        first = index - 1 if index - 1 > taken and _nickname(lines, index) else index
        last = _notes_end(lines, index, following, nicknamed=first < index)
        found.append(Found(_record(lines, index, first, last, cited, doc), first, last))
        taken = last
    return found


def _cited(line: Line) -> re.Match[str] | None:
    text = line.text
    if line.kind not in ("item", "text") or "(" not in text or not ('"' in text or "“" in text):
        return None  # cheap tests first: most lines quote nothing
    match = next((match for shape in _SHAPES if (match := shape.match(text))), None)
    if match is None or any(map(_GIVEN_AFTER.search, _SEPARATORS.split(match["names"]))):
        return None  # `Washburn, Edward W. (1921), “Title”`: a name given in full, inverted
    return match


def _nickname(lines: list[Line], index: int) -> bool:
    """`1. **The Famous One**` over the citation bulleted under it: a name for the paper."""
    if index == 0:
        return False
    above, head = lines[index - 1], lines[index]
    if len(above.bold) != 1 or above.kind not in ("item", "text"):
        return False
    if squash(_NUMBERING.sub("", above.text.strip())) != squash(above.bold[0]):
        return False
    return head.kind == "item" and (above.kind == "text" or above.level < head.level)


def _notes_end(lines: list[Line], index: int, following: int, *, nicknamed: bool) -> int:
    """The last of the notes bulleted under the citation (beside it, when a nickname is the
    item it is bulleted under), before the next citation."""
    head = lines[index]
    level = head.level if head.kind == "item" else 0
    last = index
    while last + 1 < following:
        line = lines[last + 1]
        if line.kind == "text" and line.block == lines[last].block and not line.bold:
            last += 1  # the item's own wrapped line
        elif line.kind == "item" and (line.level > level or (nicknamed and line.level == level)):
            last += 1
        else:
            break
    return last


def _record(
    lines: list[Line], index: int, first: int, last: int, cited: re.Match[str], doc: Doc
) -> PaperRecord:
    names = [name for name in _SEPARATORS.split(cited["names"]) if name]
    title = squash(cited["title"]).rstrip(",.")
    draft = Draft(line=lines[index].number, title=title, authors=names, date=cited["year"])
    draft.urls = [url for line in lines[first : last + 1] for url in line.urls]
    draft.text = " ".join(line.text for line in lines[index : last + 1])
    draft.confidence = 0.85
    record = build(draft, doc.captured)
    record.authors_truncated = bool(cited["et_al"])
    return record
