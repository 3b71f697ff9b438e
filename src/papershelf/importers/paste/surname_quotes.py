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
brackets after it (`"Title" (Quill et al., 2014)`). A title set in bold instead of quotes is one
when the names and the year alone follow it (`**Title** – Quill & Marrow (2019)`); a short bold
name before the citation (`**VQE**: Quill et al., "Title" (2014)`) is the list's nickname for it.
The notes bulleted under the citation are its own (a venue, an arXiv id, why to read it), and so
is a bold nickname it is bulleted under (`**The Famous One**`): no reader takes those for papers.
A line quoting two titles cites two works in a remark, and is left to the other readers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

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
# `(2014)` after the names, or `, 2014` closing the line
_YEAR_AFTER = r"(?:\s*\((?P<year>(?:19|20)\d{2})\)|,\s*(?P<last_year>(?:19|20)\d{2})\.?\s*$)"
_LEAD = r"^(?:\d{1,3}[.)]\s+)?"
_NAMES_FIRST = re.compile(rf"{_LEAD}{_NAMES},\s+{_TITLE}\s*{_YEAR}")
_TITLE_FIRST = re.compile(rf"{_LEAD}{_TITLE}\s+(?:[-–—]|by)\s+{_NAMES}{_YEAR_AFTER}")
_NAMES_YEAR_FIRST = re.compile(rf"{_LEAD}{_NAMES}\s*{_YEAR}[,.:]?\s+{_TITLE}")
_TITLE_CITED = re.compile(  # `"Title" (Surname et al., 2014)`
    rf"{_LEAD}{_TITLE}\s*\({_NAMES},?\s+(?P<year>(?:19|20)\d{{2}})\)"
)
_SHAPES = (_NAMES_FIRST, _TITLE_FIRST, _NAMES_YEAR_FIRST, _TITLE_CITED)
# What follows a title set in bold, to the end of the line: `- Surname et al. (2016)`,
# `by Surname, 2016`, `(Surname, 2016)`.
_AFTER_BOLD = (
    re.compile(rf"^\s*(?:[-–—]|by)\s+{_NAMES}{_YEAR_AFTER}\.?\s*$"),
    re.compile(rf"^\s*\({_NAMES},?\s+(?P<year>(?:19|20)\d{{2}})\)\.?\s*$"),
)
_NICKNAME_END = re.compile(r"^\s*(?:[:：]|[-–—](?=\s))\s*")  # `**VQE**: Names, "Title" (2014)`
NICKNAME_WORDS = 4
_SEPARATORS = re.compile(r", | & | and ")
_GIVEN_AFTER = re.compile(r"\b[A-Z]\.$")  # `Edward W.`: given names after the family name
_NUMBERING = re.compile(r"^\d{1,3}[.)]\s+")
_QUOTES = '"“”'


@dataclass
class _Cited:
    title: str
    names: str
    et_al: bool
    year: str


def read(lines: list[Line], doc: Doc) -> list[Found]:
    if doc.plain and '"' not in doc.source and "“" not in doc.source:
        return []  # plain text quoting no title: told by one scan of it, not line by line
    heads = [
        (index, cited)
        for index, line in enumerate(lines)
        if (line.bold or '"' in line.text or "“" in line.text) and (cited := _cited(line))
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


def _cited(line: Line) -> _Cited | None:
    if line.kind not in ("item", "text"):  # a heading's citation is its section's reader's
        return None
    text = line.text.strip()
    if line.bold and (bold := _bold_lead(text, line.bold[0])):
        rest = text[len(bold) :]
        if cited := _after_bold_title(bold, rest):
            return cited
        nickname = _NICKNAME_END.match(rest)
        if nickname is not None and len(bold.split()) <= NICKNAME_WORDS:
            text = rest[nickname.end() :]  # the nickname is the list's, the citation follows
    if "(" not in text or not ('"' in text or "“" in text):
        return None  # cheap tests first: most lines quote nothing
    if text.count('"') + text.count("“") > 2:
        return None  # `… "Title". See also [Other (2022) "Another"](…)`: two works, a remark
    match = next((match for shape in _SHAPES if (match := shape.match(text))), None)
    if match is None:
        return None
    return _checked(match["title"], match)


def _bold_lead(text: str, bold: str) -> str:
    """The bold span the line opens with (after its number), with the number; "" if none."""
    number = _NUMBERING.match(text)
    lead = number.group() if number else ""
    return lead + bold if text[len(lead) :].startswith(bold) and bold.strip() else ""


def _after_bold_title(bold: str, rest: str) -> _Cited | None:
    """`**Title** - Surname et al. (2016)`, `**"Title"** by Surname, 2016`: the bold span is
    the title when the names and the year alone follow it."""
    if not rest or ("(" not in rest and "," not in rest):
        return None
    match = next((m for shape in _AFTER_BOLD if (m := shape.match(rest))), None)
    if match is None:
        return None
    title = _NUMBERING.sub("", bold).strip().strip(_QUOTES).strip()
    return _checked(title, match) if len(title) >= 3 else None


def _checked(title: str, match: re.Match[str]) -> _Cited | None:
    names = match["names"]
    if any(map(_GIVEN_AFTER.search, _SEPARATORS.split(names))):
        return None  # `Washburn, Edward W. (1921), “Title”`: a name given in full, inverted
    year = match["year"] or (match.groupdict().get("last_year") or "")
    return _Cited(title, names, bool(match["et_al"]), year)


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
    lines: list[Line], index: int, first: int, last: int, cited: _Cited, doc: Doc
) -> PaperRecord:
    names = [name for name in _SEPARATORS.split(cited.names) if name]
    title = squash(cited.title).rstrip(",.")
    draft = Draft(line=lines[index].number, title=title, authors=names, date=cited.year or None)
    draft.urls = [url for line in lines[first : last + 1] for url in line.urls]
    draft.text = " ".join(line.text for line in lines[index : last + 1])
    draft.confidence = 0.85
    record = build(draft, doc.captured)
    record.authors_truncated = cited.et_al
    return record
