"""One paper a line, in two parts, the title and the people, whatever mark parts them:

    Adam Smith in the Colonies;              Chris Berg
    09h30  Robin Cooper (Gothenburg) *How to play games with types*
    - Quill, A. – The Invented Harbour
    The Invented Harbour | Ada Quill and Ben Nadir

Programmes, reading lists and notes part a title from its people with a semicolon, a dash, a
bar, a colon, a run of spaces, or set the title in italics or quotes; each reader for one such
list knows one mark. This one tries the marks in turn and keeps the one that parts most of a
paste's lines into something that reads as people and something that reads as a title, on
either side. A time slot or a number before the line is the programme's or the list's, and a
speaker's affiliation in brackets is no name. Several such lines make the list (one may be
anything); the pipeline reads this only when every other reader found nothing, or as a second
reading it weighs against the first (plausible.py).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from papershelf.importers.paste.build import Draft, build
from papershelf.importers.paste.doc import Doc, Found
from papershelf.importers.paste.lines import Line, clean_title
from papershelf.importers.paste.names import looks_like_names, split_names

NAME = "two-part-lines"
DESCRIPTION = (
    "One paper a line: a title and its people, parted by any one mark (`;`, `–`, `|`, brackets)"
)

RUN = 3  # lines parted alike: a list, not one sentence with a dash in it
MOST_LINES = 3000
MAX_LINE = 400
MIN_TITLE_WORDS = 3
MAX_TITLE_WORDS = 40
MARKS = (
    "emphasis",
    "year",
    "brackets",
    ";",
    " – ",
    " — ",
    " - ",
    " | ",
    ": ",
    "\t",
    "spaces",
    ". ",
)
# `Title: Subtitle, Subtitle and More` is a title whose subtitle may read as names: after a
# colon come no people (`A Name: Title` is a programme's; `Title: A Name` is not written).
_NAMES_FIRST_ONLY = (": ", ". ")
_LONGEST_NAME_WORD = (
    16  # `Radiopharmaceuticals, Quality Control` are no people (`Gregoromichelaki` is)
)
_SPACES = re.compile(r"\S( {3,})\S")
_SLOT = re.compile(
    r"^(?:\d{1,2}[h:.]\d{2}(?:\s*(?:[-–—]|to)\s*\d{1,2}[h:.]\d{2})?|\(?\d{1,3}[.)]|[-*•·])\s+"
)
# A programme's kind of talk, before the speaker (`Plenary: A Name - Title`) or after the title
# (`Title (Plenary talk)`): no part of either.
_KIND_BEFORE = re.compile(
    r"^(?:plenary|keynote|invited(?:\s+talk)?|tutorial|poster|talk)\s*:\s*", re.IGNORECASE
)
_KIND_AFTER = re.compile(
    r"\s*\((?:plenary|keynote|invited)(?:\s+(?:talk|lecture|address|speech))?\)$", re.IGNORECASE
)
_GLUED_DASH = re.compile(r"(?<=\S) -(?=[A-Z])")  # `… & Ruth Kempson -Incremental Semantic …`
_YEAR = re.compile(r"\s*\(((?:1[5-9]|20)\d\d)[a-z]?\)\s*")  # `Akerlof (1970) Title`
_SURNAME = re.compile(
    r"^((?:(?:van|von|de|da|di|del|le)\s+)?[A-ZÀ-Þ][\w’'\-]+)(?:,?\s+et\.?\s+al\.?)?$"
)
_AFFILIATION = re.compile(r"\s*[(\[][^()\[\]]{2,80}[)\]]")
_EMPHASIS = re.compile(r"\*\*?([^*]{6,300})\*\*?|_([^_]{6,300})_|[\"“]([^\"”]{6,300})[\"”]")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


@dataclass(frozen=True)
class Parted:
    title: str
    names: list[str]
    names_first: bool
    year: str | None = None


def read(lines: list[Line], doc: Doc) -> list[Found]:
    if len(lines) > MOST_LINES:
        return []
    by_mark: dict[tuple[str, bool], list[tuple[int, Parted]]] = {}
    for index, line in enumerate(lines):
        if line.kind not in ("text", "item") or len(line.text) > MAX_LINE:
            continue
        for mark in MARKS:
            parted = _parted(line, mark)
            if parted is not None:
                by_mark.setdefault((mark, parted.names_first), []).append((index, parted))
    if not by_mark:
        return []
    (mark, names_first), best = max(by_mark.items(), key=lambda item: len(item[1]))
    if len(best) < RUN or not _one_side(best):
        return []
    best = sorted(best + _alike(lines, best, mark, names_first))
    return [_found(lines, index, parted, doc) for index, parted in best]


def _alike(
    lines: list[Line], best: list[tuple[int, Parted]], mark: str, names_first: bool
) -> list[tuple[int, Parted]]:
    """Lines parted by the list's mark, its people on the list's side, whose title reads as names
    too (`Classical Economic Theory Explained; Steve Kates`: four capitalised words): the list's
    shape says which side is the title."""
    taken = {index for index, _parted in best}
    found: list[tuple[int, Parted]] = []
    for index, line in enumerate(lines):
        if index in taken or line.kind not in ("text", "item") or len(line.text) > MAX_LINE:
            continue
        parted = _parted(line, mark, titles_as_names=True)
        if parted is not None and parted.names_first == names_first:
            found.append((index, parted))
    return found


# A book list's publisher (and year) after the title: `…, Cambridge`, `…, SIAM Classics in
# Applied Mathematics`, `…, Springer, 2002`; a part naming one of these, or a year alone.
_PUBLISHER_PART = re.compile(
    r"^(?:(?:19|20)\d{2}"
    r"|(?:Springer|Teubner|Wiley|Elsevier|SIAM|Birkhäuser|Vieweg|Pearson|Addison[\- ]Wesley"
    r"|McGraw[\- ]Hill|O'Reilly|CRC|Routledge|Prentice[\- ]Hall|De Gruyter|Hanser)\b.{0,50}"
    r"|(?:Cambridge|Oxford|Princeton)(?:\sUniversity\sPress|\sUP)?"  # alone: no place in a list
    r"|[\w&'’\- ]{1,30}\sPress)$"
)
_LEAST_TITLE_WORDS = 2


def _without_publisher(title: str) -> str:
    parts = title.split(", ")
    while len(parts) > 1 and _PUBLISHER_PART.match(parts[-1]):
        parts.pop()
    kept = ", ".join(parts)
    return kept if len(kept.split()) >= _LEAST_TITLE_WORDS else title


def _leading_italics(title: str, italic: list[str]) -> str:
    """`A Name (2024): _Title. Subtitle_, Berlin: Publisher.`: the italics leading the part
    after the names are the title; the place and publisher after them are not."""
    return next(
        (
            span.strip()
            for span in italic
            if len(span.split()) >= 1 and title.startswith(span.strip())
        ),
        "",
    )


def _one_side(parted: list[tuple[int, Parted]]) -> bool:
    """The titles are not all one text (a name and its role repeated: `Chair: A Name`)."""
    titles = Counter(p.title for _i, p in parted)
    return titles.most_common(1)[0][1] * 2 <= len(parted)


def _parted(line: Line, mark: str, titles_as_names: bool = False) -> Parted | None:
    text = _SLOT.sub("", line.text.strip(), count=1).strip()
    text = _KIND_AFTER.sub("", _KIND_BEFORE.sub("", text, count=1))
    if mark == " - ":
        text = _GLUED_DASH.sub(" - ", text)
    if mark == "emphasis":
        return _emphasised(text, [*line.italic, *line.bold])
    if mark == "year":
        return _dated(text, line.italic)
    if mark == "brackets":
        return _bracketed(text, titles_as_names)
    if mark == "spaces":
        found = _SPACES.search(text)
        cuts = [(found.start(1), found.end(1))] if found else []
    else:
        at = [m.start() for m in re.finditer(re.escape(mark), text)]
        cuts = sorted({(i, i + len(mark)) for i in (at[:1] + at[-1:])})
    for start, end in cuts:
        left, right = text[:start].strip(), text[end:].strip()
        if (names := _people(left)) and _title_like(right, names_too=titles_as_names):
            if mark == ": ":  # `Name: Title, Springer, 2002`: a book's publisher after it
                right = _leading_italics(right, line.italic) or _without_publisher(right)
            return Parted(clean_title(right), names, True)
        if (
            mark not in _NAMES_FIRST_ONLY
            and (names := _people(right))
            and _title_like(left, names_too=titles_as_names)
        ):
            return Parted(clean_title(left), names, False)
    return None


def _dated(text: str, italic: list[str]) -> Parted | None:
    """`Gale and Shapley (1962) College Admissions`: names, the year in brackets, the title."""
    found = _YEAR.search(text)
    if found is None or not found.start():
        return None
    before = text[: found.start()].strip()
    names = _people(before) or _surname(before)
    title = text[found.end() :].strip(" .:-–—")
    title = _leading_italics(title, italic) or title  # `(2024): _Title_, Berlin: Publisher.`
    # After the year stands the title whatever it looks like (`Portfolio Selection` reads as a
    # name): the year's place says what it is.
    if not names or not _title_like(title, fewest_words=2, names_too=True):
        return None
    return Parted(clean_title(title), names, True, found.group(1))


_BRACKETED = re.compile(r"^(?P<title>.+?)\s*\((?P<names>[^()]{3,200})\)\.?$")


def _bracketed(text: str, titles_as_names: bool = False) -> Parted | None:
    """`The rise and fall of unions in the US (Emin Dinlersoz and Jeremy Greenwood)`: a
    newsletter's title with its people in brackets after it."""
    found = _BRACKETED.match(text)
    if found is None or not (names := _people(found["names"])):
        return None
    if not _title_like(found["title"], names_too=titles_as_names):
        return None
    return Parted(clean_title(found["title"]), names, False)


def _emphasised(text: str, marked: list[str]) -> Parted | None:
    """`A Name (Place) *Title*`: the one emphasised or quoted span is the title, the rest its
    people (Markdown's emphasis is the line's `italic`/`bold`; plain text keeps its marks)."""
    spans = [
        (m.start(), m.end(), next(g for g in m.groups() if g)) for m in _EMPHASIS.finditer(text)
    ]
    if not spans and len(marked) == 1 and (at := text.find(marked[0])) >= 0:
        spans = [(at, at + len(marked[0]), marked[0])]
    if len(spans) != 1:
        return None
    start, end, title = spans[0]
    before, after = text[:start].strip(" ,:-–—"), text[end:].strip(" ,.:-–—")
    if before and after:
        return None
    names = _people(before or after)
    if not names or not _title_like(title):
        return None
    return Parted(clean_title(title), names, bool(before))


def _people(text: str) -> list[str] | None:
    # an initial's closing full stop is the name's (`Wrede, S.`); an rST label's `..` is not
    plain = _AFFILIATION.sub("", text).lstrip(" .,;:").rstrip(" ,;:")
    plain = plain.replace(" & ", " and ")
    if not plain or len(plain) > 200 or not looks_like_names(plain):
        return None
    if max(len(word) for word in re.split(r"[\s\-,;]+", plain)) > _LONGEST_NAME_WORD:
        return None
    names, _truncated = split_names(plain)
    return names or None


def _surname(text: str) -> list[str] | None:
    """`Akerlof`, `Hayek et al.`: one author by the family name, as a year's citation gives it."""
    found = _SURNAME.match(text)
    return [found.group(1)] if found else None


def _title_like(text: str, fewest_words: int = MIN_TITLE_WORDS, names_too: bool = False) -> bool:
    text = text.strip(" *_\"“”'")
    if _CJK.search(text):
        return len(text) >= 6
    words = text.split()
    if not fewest_words <= len(words) <= MAX_TITLE_WORDS:
        return False
    if not (text[:1].isupper() or text[:1].isdigit()):
        return False
    return names_too or not looks_like_names(text)


def _found(lines: list[Line], index: int, parted: Parted, doc: Doc) -> Found:
    line = lines[index]
    draft = Draft(line=line.number, title=parted.title, authors=parted.names, date=parted.year)
    draft.urls = list(line.urls)
    draft.text = line.text
    draft.confidence = 0.6
    draft.reasons = ["read as a title and its people on one line; check the fields"]
    return Found(build(draft, doc.captured), index, index)
