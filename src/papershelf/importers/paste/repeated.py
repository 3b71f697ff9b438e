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
_PMID = re.compile(
    r"\b(?:PMID|PMCID|pmid|Corpus\s?ID)\s*[:：]?\s*(?:PMC)?\d{4,9}\b"
)  # and Semantic Scholar's `Corpus ID: 118963`
_URL = re.compile(r"https?://\S+")
_SENTENCE_BREAK = re.compile(r"[a-z]{3,}[.!?] +[A-Z]")
_CLAUSE = re.compile(r"[,;] +[a-z]")  # `Released 2019, price 99`: a sentence's clauses, no title
_LEAD = re.compile(r"^\s*(?:\[\d{1,4}\]|\d{1,4}[.)]|[-*•·▪■●])\s+")
# `Presentation: Title`, `Talk: Title`: a seminar page's label before the title it gives.
_TALK_LABEL = re.compile(r"^(?:Presentation|Talk|Title|Lecture|Paper)\s*:\s*(?=\S)", re.IGNORECASE)
_SPACED_PARTS = re.compile(r"\S\s?[;|]\s{3,}\S")  # a programme's `Title;      Speaker` line
_KEY_VALUE = re.compile(r"^[\w ]{1,24}:\s*\S+(?:\s+\S+){0,2}$")  # `Cited by: Papers (3)`


@dataclass(frozen=True)
class Kind:
    """What one line is: its kind, whether it carries a paper's identifier (DOI, arXiv, PMID) or
    a link, the year it states, whether it names several people. A `weak` title is in sentence
    case (as databases and many conference pages print titles, and as prose runs): it is a
    title only with several names right under it."""

    kind: str
    identified: bool = False
    year: str | None = None
    weak: bool = False
    linked: bool = False
    several: bool = False
    affiliated: bool = False  # a name beside a university's: a scholar's


def read(lines: list[Line], doc: Doc) -> list[Found]:
    kinds = [_kind(line) for line in lines]
    for index, kind in enumerate(kinds[:-1]):
        if kind.kind == TITLE and _runs_on(lines[index], lines[index + 1]):
            kinds[index] = Kind(PROSE)  # a sentence wrapped onto the next line
    for index in _facts(lines):
        kinds[index] = Kind(OTHER)
    best: list[tuple[int, int]] = []
    for split in (_by_blocks, _at_kind(TITLE), _at_kind(NAMES)):
        records = [span for span in split(lines, kinds) if _a_record(kinds, span)]
        if _more_alike(kinds, records, best):
            best = records
    if not _a_listing(kinds, best):
        return []
    return [_found(lines, kinds, span, doc) for span in best]


def _more_alike(
    kinds: list[Kind], records: list[tuple[int, int]], best: list[tuple[int, int]]
) -> bool:
    """More records, or as many with more of them in one shape (a seminar page's names over
    titles: cut at the titles, a stray title above the first name makes the first record odd)."""
    if len(records) != len(best):
        return len(records) > len(best)
    return _alike(kinds, records) > _alike(kinds, best)


def _alike(kinds: list[Kind], records: list[tuple[int, int]]) -> int:
    shapes = Counter(_shape(kinds, span) for span in records)
    return shapes.most_common(1)[0][1] if shapes else 0


def _kind(line: Line) -> Kind:
    if line.kind in ("claimed", "rule", "row") or not line.text.strip():
        return Kind(OTHER)
    text = _TALK_LABEL.sub("", _LEAD.sub("", line.text).strip())
    identified = _identifier(text)
    linked = bool(line.urls or _URL.search(text))
    if len(text) > _LONGEST or words(text) > 45:
        return Kind(PROSE)
    if is_furniture(text):
        return Kind(OTHER)
    if _SPACED_PARTS.search(text):
        return Kind(OTHER)  # `Title;        A Name`: a line of two parts, no title nor names alone
    if not any(c.islower() for c in text):
        return _in_capitals(text)
    person = _without_affiliation(text)
    if (names := _names(person.rstrip("."))) is not None:
        return Kind(NAMES, identified, linked=linked, several=names > 1, affiliated=person != text)
    if (cited := _reference(text, line)) is not None:
        return Kind(REFERENCE, True, cited.year)
    year = year_in(text)
    if not (identified or linked) and (weak := _a_title(line, text)) is not None:
        stated = title_and_year(text)[1]
        if stated is not None:
            return Kind(TITLE, False, stated, weak)
        if year is None:  # a year elsewhere on the line: a venue's, a copyright's
            return Kind(TITLE, False, None, weak)
    if identified or linked or (year is not None and _citation_like(text)):
        return Kind(META, identified, year, linked=linked)
    return Kind(PROSE if _prose_like(text) else OTHER)


_CAPITAL_WORD = re.compile(r"[^\W\d_]{2,}")


def _in_capitals(text: str) -> Kind:
    """A line in capitals is a licence's or a form's, never names; but a workshop's programme
    sets its titles so (`CROSS-LINGUAL CCG INDUCTION: LEARNING CATEGORIAL GRAMMARS`): a title,
    which only a repeated shape (each over its names) makes a record. Not a weak one: prose is
    never set in capitals, and one author under it is as common as several."""
    if 3 <= len(_CAPITAL_WORD.findall(text)) <= 40 and not text.rstrip().endswith((",", ";")):
        return Kind(TITLE, False, None)
    return Kind(OTHER)


def _names(text: str) -> int | None:
    """How many names a names line gives: several, or one of a person's length (`Acme Portable
    Hole Kit Pro` is a product); None for no names line."""
    if not looks_like_names(text):
        return None
    names = split_names(text)[0]
    return len(names) if len(names) > 1 or len(names[0].split()) <= 3 else None


# `Chinmay Tumbe, Indian Institute of Management Ahmedabad`, `John Horton, MIT`: a speaker and the
# body they come from, as seminar pages list them.
_BODY = (
    r"\b(?:University|Universit[éàä]t?|Università|Universidad|Institute|Institut|College|School"
    r"|Center|Centre|Laboratory|Academy|Program|Programme|Department|MIT|CNRS)\b"
)
_AFFILIATED = re.compile(rf"^(?P<name>[^,]{{3,60}}),\s+(?P<body>[^\d]*{_BODY}[^\d]*)$")
_BODY_WORD = re.compile(_BODY)
PERSON_WORDS = 4
_ROLE = re.compile(r"^(?:Professor|Prof\.?|Chair(?:man|woman)?|Dean|President|Director|Rector)\s")


def _without_affiliation(text: str) -> str:
    """The person of `A Name, A University`; the text itself for anything else."""
    match = _AFFILIATED.match(text)
    if (
        match is None
        or _BODY_WORD.search(match["name"])
        or len(match["name"].split()) > PERSON_WORDS
        or _ROLE.match(match["name"])  # `Professor Ada Quill, University of …` welcomes
    ):
        return text
    return match["name"] if looks_like_names(match["name"]) else text


_FACT = re.compile(r"^[\w\- ]{1,30}:\s")  # `Upstream-Name: …`, `Copyright: 2006, …`


def _facts(lines: list[Line]) -> list[int]:
    """Lines of a block of `Label: value` lines (a package's copyright file, a form): facts,
    never titles or names."""
    marked = [bool(_FACT.match(line.text)) for line in lines]
    found: list[int] = []
    for index, line in enumerate(lines):
        beside = (i for i in (index - 1, index + 1) if 0 <= i < len(lines))
        if marked[index] and any(marked[i] and lines[i].block == line.block for i in beside):
            found.append(index)
    return found


def _runs_on(line: Line, following: Line) -> bool:
    return following.block == line.block and following.text[:1].islower()


def _identifier(text: str) -> bool:
    return bool(
        DOI.search(text)
        or ARXIV_LABEL.search(text)
        or ARXIV_LINK.search(text)
        or _PMID.search(text)
    )


def _a_title(line: Line, text: str) -> bool | None:
    """False for a title as generic.py reads one; True (weak) for one sentence in sentence case
    (`Learning to rank toys`, `Effects of toys on sleep.`), capitalised, of a title's length;
    None for no title."""
    if title_like(line):
        return False
    weak = (
        not looks_like_names(text)
        and 3 <= words(text) <= 40
        and text[:1].isupper()
        and not _SENTENCE_BREAK.search(text)
        and not _CLAUSE.search(text)
        and not _KEY_VALUE.match(text)
        and not text.rstrip(".?").endswith((",", ";", ":", "!"))
    )
    return True if weak else None


# A sentence's stop; `Vol. 1`, `No. 3` in a title are none.
_STOP = re.compile(r"(?<!\bVol)(?<!\bvol)(?<!\bNo)(?<!\bno)[.?!]\s+")
# `Title (Grundlehren der Mathematischen Wissenschaften, 267)`: the series and its number.
_SERIES_AFTER = re.compile(r"\s+\([^()]{4,80},\s*\d{1,4}\)$")


@dataclass(frozen=True)
class Reference:
    title: str
    authors: str
    year: str | None


# `JAMA Surg. 2020 Mar 1;155(3):e195472. doi: …`: PubMed's (NLM's) line of journal, date,
# volume and pages under a title and its names, never a reference of its own.
_NLM_SOURCE = re.compile(
    r"^[A-Z][\w&.\- ]{1,60}\.\s+(?:19|20)\d{2}(?:\s+[A-Z][a-z]{2}(?:\s+\d{1,2})?)?\s*[;:.]"
)


def _reference(text: str, line: Line) -> Reference | None:
    """A whole reference on one line: APA and the shapes cite.py reads, and the Vancouver style
    (`Quill M, Fenn T. Title. Journal, 2021.`), whose names end in initials."""
    if _NLM_SOURCE.match(text):
        return None
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
            return Reference(_SERIES_AFTER.sub("", rest[: title.start()]), names, year_in(after))
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
    if not cues[titles[0]].weak or any(k.identified for k in others):
        return True  # a sentence-case title beside its own identifier is a paper's too
    return after < len(cues) and cues[after].kind == NAMES and cues[after].several


def _shape(kinds: list[Kind], span: tuple[int, int]) -> tuple[str, ...]:
    """The kinds of a record's cue lines in order, a run of one kind counted once."""
    shape: list[str] = []
    for kind in _in(kinds, span):
        if not shape or shape[-1] != kind.kind:
            shape.append(kind.kind)
    return tuple(shape)


def _a_paper(kinds: list[Kind], span: tuple[int, int]) -> bool:
    """A record that reads as a paper, not as one of a list of things with a name beside each
    (fonts, people): a whole reference, a paper's identifier, several names, or names and a year."""
    cues = _in(kinds, span)
    named = any(k.kind == NAMES for k in cues)
    dated = any(k.year for k in cues)
    scholar = any(k.affiliated for k in cues) and any(k.kind == TITLE for k in cues)
    return any(k.kind == REFERENCE or k.identified or k.several for k in cues) or (
        named and (dated or scholar)
    )


def _a_listing(kinds: list[Kind], records: list[tuple[int, int]]) -> bool:
    if not records:
        return False
    cue_lines = sum(len(_in(kinds, span)) for span in records)
    if sum(1 for kind in kinds if kind.kind == PROSE) > cue_lines:
        return False  # an essay that names people and years now and then
    papers = sum(1 for span in records if _a_paper(kinds, span))
    if len(records) == 1:
        cues = _in(kinds, records[0])
        dated = any(k.year or k.identified for k in cues)
        several = any(k.several for k in cues)
        return _shape(kinds, records[0]) == (REFERENCE,) or (several and dated)
    shapes = Counter(_shape(kinds, span) for span in records)
    return shapes.most_common(1)[0][1] >= 2 and 2 * papers >= len(records)


def _found(lines: list[Line], kinds: list[Kind], span: tuple[int, int], doc: Doc) -> Found:
    first, last = span
    draft = Draft(line=lines[first].number, title="", confidence=CONFIDENCE, reasons=[REASON])
    rest: list[str] = []
    abstract: list[str] = []
    year: str | None = None
    for index in range(first, last + 1):
        line, kind = lines[index], kinds[index]
        text = _LEAD.sub("", line.text).strip()
        draft.urls += line.urls
        wrapped = index > first and line.block == lines[index - 1].block
        if _abstract_goes_on(kind, abstract, wrapped) and draft.title and not is_furniture(text):
            abstract.append(text)  # prose after the title and the lines wrapped with it
            continue
        if kind.kind in CUES and abstract:
            draft.abstract = draft.abstract or " ".join(abstract)
            abstract = []
        if kind.kind == REFERENCE and (cited := _reference(text, line)):
            draft.line, draft.title, draft.authors = line.number, cited.title, cited.authors
            rest.append(text.replace(cited.title, " ", 1))
        elif kind.kind == TITLE and not draft.title:
            draft.line, draft.title = line.number, title_and_year(_TALK_LABEL.sub("", text))[0]
        elif kind.kind == NAMES and not draft.authors:
            draft.authors = _without_affiliation(text)
        else:
            rest.append(text)
        year = year or kind.year
    draft.abstract = draft.abstract or " ".join(abstract)
    draft.text = " ".join(rest)
    draft.date = year
    return Found(build(draft, doc.captured), first, last)


def _abstract_goes_on(kind: Kind, abstract: list[str], wrapped: bool) -> bool:
    """Prose, and a short line wrapped with it (`that we made up.`): no blank line between and
    the prose above not at a sentence's end (`Similar articles` after it is the site's)."""
    if kind.kind == PROSE:
        return True
    return bool(abstract) and wrapped and kind.kind == OTHER and not abstract[-1].endswith(".")
