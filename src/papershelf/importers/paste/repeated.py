"""The last resort for a paste every other reader refused: records that repeat one shape of lines.

A conference's accepted papers copied as text (a title line, then its names), a database's
results (title, names, a citation line with the journal, year and an id), a publications page
(`Authors. Title. Venue, Year.` a line each): each line is given a kind (title, names, a
citation's year or identifier, a whole reference, prose, other), the lines are cut into records
(at blank lines, or at each title, or at each names line when the names come first: whichever
reads most records), and a record counts when it holds one title and another cue. The records
are kept only when two of them share one shape, and names or identifiers are what most of them
carry (a list of products with their years is no listing); a lone record needs a title, names
and a year or identifier. Prose outweighing the cues (an essay naming people and years) is
refused. Every record is flagged for review: this reading is a guess at the shape.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from papershelf.importers.paste.blocks import title_and_year, words, year_in
from papershelf.importers.paste.build import REVIEW_BELOW, Draft, build
from papershelf.importers.paste.cite import reference
from papershelf.importers.paste.doc import Doc, Found
from papershelf.importers.paste.generic import title_like
from papershelf.importers.paste.identifiers import ARXIV_LABEL, ARXIV_LINK, DOI
from papershelf.importers.paste.lines import Line, is_furniture
from papershelf.importers.paste.names import looks_like_names, split_names

NAME = "repeated-records"
DESCRIPTION = (
    "Records that repeat one shape of lines (title, names, a citation line): a last resort, "
    "every paper needs review"
)
REASON = "read as a repeated record shape; check the fields"
CONFIDENCE = round(REVIEW_BELOW - 0.15, 2)

TITLE, NAMES, META, REFERENCE, PROSE, OTHER = "T", "N", "M", "R", "P", "O"
CUES = frozenset((TITLE, NAMES, META, REFERENCE))
_LONGEST = 300  # characters: a title, a names line or a citation line is shorter
_PMID = re.compile(r"\b(?:PMID|PMCID|pmid)\s*[:：]?\s*(?:PMC)?\d{4,9}\b")
_URL = re.compile(r"https?://\S+")
_SENTENCE_BREAK = re.compile(r"[a-z]{3,}[.!?] +[A-Z]")
_CLAUSE = re.compile(r"[,;] +[a-z]")  # `Released 2019, price 99`: a sentence's clauses, no title
_LEAD = re.compile(r"^\s*(?:\[\d{1,4}\]|\d{1,4}[.)]|[-*•·▪■●])\s+")
_CITATION_MARKS = re.compile(r"\d+\s*[:;(]|\bvol\b|\bpp\b|\bno\.|[;]|\d+\s*[–-]\s*\d+", re.I)


@dataclass(frozen=True)
class Kind:
    """What one line is: its kind, whether it carries an identifier, and the year it states.
    A `weak` title is in sentence case (as databases and many conference pages print titles,
    and as prose runs): it is a title only with a names line right under it."""

    kind: str
    identified: bool = False
    year: str | None = None
    weak: bool = False


def read(lines: list[Line], doc: Doc) -> list[Found]:
    kinds = [_kind(line) for line in lines]
    best: list[tuple[int, int]] = []
    for split in (_by_blocks, _at_kind(TITLE), _at_kind(NAMES)):
        records = [span for span in split(lines, kinds) if _a_record(kinds, span)]
        if len(records) > len(best):
            best = records
    if not _a_listing(kinds, best):
        return []
    return [_found(lines, kinds, span, doc) for span in best]


def _kind(line: Line) -> Kind:
    if line.kind in ("claimed", "rule", "row") or not line.text.strip():
        return Kind(OTHER)
    text = _LEAD.sub("", line.text).strip()
    identified = bool(_identifier(text) or line.urls)
    if len(text) > _LONGEST or words(text) > 45:
        return Kind(PROSE)
    if is_furniture(text):
        return Kind(OTHER)
    if _names(text.rstrip(".")):
        return Kind(NAMES, identified)
    if (cited := _reference(text, line)) is not None:
        return Kind(REFERENCE, True, cited.year)
    year = year_in(text)
    if not identified and (weak := _a_title(line, text)) is not None:
        stated = title_and_year(text)[1]
        if stated is not None:
            return Kind(TITLE, False, stated, weak)
        if year is None or not _CITATION_MARKS.search(text):
            return Kind(TITLE, False, year, weak)
    if identified or (year is not None and _citation_like(text)):
        return Kind(META, identified, year)
    return Kind(PROSE if _prose_like(text) else OTHER)


def _names(text: str) -> bool:
    """Several names, or one of a person's length (`Acme Portable Hole Kit Pro` is a product)."""
    if not looks_like_names(text):
        return False
    names = split_names(text)[0]
    return len(names) > 1 or len(names[0].split()) <= 3


def _identifier(text: str) -> bool:
    return bool(
        DOI.search(text)
        or ARXIV_LABEL.search(text)
        or ARXIV_LINK.search(text)
        or _PMID.search(text)
        or _URL.search(text)
    )


def _a_title(line: Line, text: str) -> bool | None:
    """False for a title as generic.py reads one; True (weak) for one sentence in sentence case
    (`Learning to rank toys`, `Effects of toys on sleep.`), capitalised, of a title's length;
    None for no title."""
    if title_like(line):
        return False
    weak = (
        3 <= words(text) <= 40
        and text[:1].isupper()
        and not _SENTENCE_BREAK.search(text)
        and not _CLAUSE.search(text)
        and not text.rstrip(".?").endswith((",", ";", ":", "!"))
    )
    return True if weak else None


_STOP = re.compile(r"[.?!]\s+")


@dataclass(frozen=True)
class Reference:
    title: str
    authors: str
    year: str | None


def _reference(text: str, line: Line) -> Reference | None:
    """A whole reference on one line: APA and the shapes cite.py reads, and the Vancouver style
    (`Quill M, Fenn T. Title. Journal, 2021.`), whose names end in initials."""
    if (cited := reference(text, line.bold, line.links)) is not None:
        return Reference(cited.title, cited.authors, cited.year)
    for stop in _STOP.finditer(text, 0, 402):
        names = text[: stop.start()]
        if not looks_like_names(names):
            continue
        rest = text[stop.end() :]
        title = _STOP.search(rest)
        if title is None or not 3 <= words(rest[: title.start()]) <= 40:
            continue
        after = rest[title.end() :]
        if len(after) <= 200 and (year_in(after) or _identifier(after)):
            return Reference(rest[: title.start()], names, year_in(after))
    return None


def _lower_share(text: str) -> float:
    found = [w for w in text.split() if w[:1].isalpha()]
    return sum(1 for w in found if w[:1].islower()) / len(found) if found else 0.0


def _citation_like(text: str) -> bool:
    """A venue and its year (`Journal of Things. 2021;12(3):45-67.`, `ICML 2024`): few words,
    most of them capitalised or numbers."""
    return words(text) <= 25 and _lower_share(text) < 0.5


def _prose_like(text: str) -> bool:
    return words(text) >= 8 and _lower_share(text) >= 0.5


Split = Callable[[list[Line], list[Kind]], list[tuple[int, int]]]


def _by_blocks(lines: list[Line], kinds: list[Kind]) -> list[tuple[int, int]]:
    """Records apart by blank lines (or list items, table rows, paragraphs)."""
    spans: list[tuple[int, int]] = []
    start = 0
    for index in range(1, len(lines) + 1):
        if index == len(lines) or lines[index].block != lines[start].block:
            spans.append((start, index - 1))
            start = index
    return spans


def _at_kind(anchor: str) -> Split:
    """Records that start at each line of one kind (a title, or names when they come first); a
    whole reference is a record of its own."""

    def split(lines: list[Line], kinds: list[Kind]) -> list[tuple[int, int]]:
        spans: list[tuple[int, int]] = []
        start: int | None = None
        for index, kind in enumerate(kinds):
            if kind.kind in (anchor, REFERENCE):
                if start is not None:
                    spans.append((start, index - 1))
                start = index
                if kind.kind == REFERENCE:
                    spans.append((index, index))
                    start = None
        if start is not None:
            spans.append((start, len(lines) - 1))
        return spans

    return split


def _in(kinds: list[Kind], span: tuple[int, int]) -> list[Kind]:
    return [kind for kind in kinds[span[0] : span[1] + 1] if kind.kind in CUES]


def _a_record(kinds: list[Kind], span: tuple[int, int]) -> bool:
    """One title (or one whole reference) and at least one other cue."""
    cues = _in(kinds, span)
    if [k.kind for k in cues] == [REFERENCE]:
        return True
    titles = [at for at, k in enumerate(cues) if k.kind == TITLE]
    others = [k for k in cues if k.kind in (NAMES, META)]
    if len(titles) != 1 or any(k.kind == REFERENCE for k in cues) or not others:
        return False
    after = titles[0] + 1
    return not cues[titles[0]].weak or (after < len(cues) and cues[after].kind == NAMES)


def _shape(kinds: list[Kind], span: tuple[int, int]) -> tuple[str, ...]:
    """The kinds of a record's cue lines in order, a run of one kind counted once."""
    shape: list[str] = []
    for kind in _in(kinds, span):
        if not shape or shape[-1] != kind.kind:
            shape.append(kind.kind)
    return tuple(shape)


def _named_or_identified(kinds: list[Kind], span: tuple[int, int]) -> bool:
    return any(k.kind in (NAMES, REFERENCE) or k.identified for k in _in(kinds, span))


def _a_listing(kinds: list[Kind], records: list[tuple[int, int]]) -> bool:
    if not records:
        return False
    cue_lines = sum(len(_in(kinds, span)) for span in records)
    if sum(1 for kind in kinds if kind.kind == PROSE) > cue_lines:
        return False  # an essay that names people and years now and then
    named = sum(1 for span in records if _named_or_identified(kinds, span))
    if len(records) == 1:
        cues = _in(kinds, records[0])
        dated = any(k.year or k.identified for k in cues)
        return _shape(kinds, records[0]) == (REFERENCE,) or (named == 1 and dated)
    shapes = Counter(_shape(kinds, span) for span in records)
    return shapes.most_common(1)[0][1] >= 2 and 2 * named >= len(records)


def _found(lines: list[Line], kinds: list[Kind], span: tuple[int, int], doc: Doc) -> Found:
    first, last = span
    draft = Draft(line=lines[first].number, title="", confidence=CONFIDENCE, reasons=[REASON])
    rest: list[str] = []
    year: str | None = None
    for index in range(first, last + 1):
        line, kind = lines[index], kinds[index]
        text = _LEAD.sub("", line.text).strip()
        draft.urls += line.urls
        if kind.kind == REFERENCE and (cited := _reference(text, line)):
            draft.line, draft.title, draft.authors = line.number, cited.title, cited.authors
            rest.append(text.replace(cited.title, " ", 1))
        elif kind.kind == TITLE and not draft.title:
            draft.line, draft.title = line.number, title_and_year(text)[0]
        elif kind.kind == NAMES and not draft.authors:
            draft.authors = text
        else:
            rest.append(text)
        year = year or kind.year
    draft.text = " ".join(rest)
    draft.date = year
    return Found(build(draft, doc.captured), first, last)
