"""A learned reader: a sequence labeller (a CRF, as ParsCit and GROBID use) gives each line a
role, and the roles become papers.

The model (resources/line_roles.crfsuite) is trained by `make train-lines`
(scripts/train_lines.py) on the development corpora under tests/data, from the lines' layout
features (line_features.py) and the roles found by aligning each excerpt's expected papers to its
lines (line_labels.py). A paper starts at each line labelled a title (or a whole reference);
the lines after it up to the next title give its names, abstract, date and identifiers. Nothing
is glued onto a title but the lines the model labels as the same title wrapped. A record's
confidence is the model's own: the marginal probability of its title line's role, lowered when
its other fields are unsure or it has none; below the review threshold it is flagged.
"""

from __future__ import annotations

import re
from pathlib import Path

import pycrfsuite

from papershelf.core.records import PaperRecord
from papershelf.importers.paste.blocks import date_in, title_and_year, year_in
from papershelf.importers.paste.build import REVIEW_BELOW, Draft, build
from papershelf.importers.paste.crf_models import PackagedModel
from papershelf.importers.paste.doc import Doc, Found
from papershelf.importers.paste.generic import title_like
from papershelf.importers.paste.labels import label_of
from papershelf.importers.paste.line_features import as_items, sequence_features
from papershelf.importers.paste.line_labels import (
    ABSTRACT,
    AUTHORS,
    ID,
    META,
    MORE,
    OTHER,
    REF,
    TITLE,
)
from papershelf.importers.paste.line_titles import plain, reference_parts, set_apart
from papershelf.importers.paste.lines import Line
from papershelf.importers.paste.names import looks_like_names

NAME = "learned-lines"
DESCRIPTION = (
    "Lines labelled by a trained sequence model (title, names, abstract, date, identifiers): "
    "for text no other layout reads; unsure papers need review"
)
TITLED = True
MODEL = "line_roles.crfsuite"
# A line at least this likely to start a paper starts one: the model's single best labelling
# is cautious with titles (most lines are not), and a start too many is dropped by the checks
# below (no names and no identifier, prose) or flagged for review by its confidence.
START_AT = 0.3
MOST_LINES = 5_000  # unread lines: more is no listing the model has seen (the longest has 109)
_LEAD = re.compile(r"^\s*(?:\[\d{1,4}\]|\d{1,4}[.)]|[-*•·▪■●])\s+")
_STARTS = frozenset((TITLE, REF))
_ET_AL = re.compile(r"\bet\.? ?al\b", re.IGNORECASE)
_BY_LEAD = re.compile(r"^(?:by|By|BY)\s+(?=\S)")
_NAMES_STOP = re.compile(r"\s+[-–—·|]\s+")
_SENTENCE = re.compile(r"[a-z]{2,}[.!?;] +[A-Za-z]")
_SENTENCE_BREAK = re.compile(r"[a-z][.!?] +[A-Z]")  # `… a. The`: a title alone holds none


_MODEL = PackagedModel(MODEL)


def use_model(path: Path | None) -> None:
    """Read with another model file (leave-one-corpus-out evaluation); None: the shipped one."""
    _MODEL.use(path)


def _tagger() -> pycrfsuite.Tagger | None:
    return _MODEL.tagger()


def label(lines: list[Line]) -> list[tuple[str, float]]:
    """Each line's role and the model's marginal probability of it."""
    tagger = _tagger()
    if tagger is None or not lines:
        return [(OTHER, 1.0)] * len(lines)
    tagger.set(as_items(sequence_features(lines)))
    roles: list[str] = tagger.tag()
    labelled: list[tuple[str, float]] = []
    for at, role in enumerate(roles):
        title, ref = tagger.marginal(TITLE, at), tagger.marginal(REF, at)
        if role not in _STARTS and title + ref >= START_AT:
            role = TITLE if title >= ref else REF  # a paper's start the best path passed over
            labelled.append((role, title + ref))
        else:
            labelled.append((role, tagger.marginal(role, at)))
    return labelled


def read(lines: list[Line], doc: Doc) -> list[Found]:
    unread = [line for line in lines if line.kind != "claimed"]
    if not unread or len(unread) > MOST_LINES:
        return []
    labelled = _heading_over_its_venue(lines, _prose_is_no_title(lines, label(lines)))
    found: list[Found] = []
    start: int | None = None
    for index, (role, _sure) in enumerate(labelled):
        if lines[index].kind == "claimed":
            role = OTHER
        if role in _STARTS or lines[index].kind == "claimed":
            if start is not None:
                found += _paper(lines, labelled, start, index - 1, doc)
            start = index if role in _STARTS else None
    if start is not None:
        found += _paper(lines, labelled, start, len(lines) - 1, doc)
    return found if _a_listing(lines, found) else []


def _prose_is_no_title(
    lines: list[Line], labelled: list[tuple[str, float]]
) -> list[tuple[str, float]]:
    """A line of two sentences under a paper's names is its abstract, whatever the model says:
    a title is never two sentences (a model trained on more sets took `We study optimisers
    that wait. They converge …` under the names for a new paper)."""
    fixed = list(labelled)
    for index in range(1, len(fixed)):
        role, sure = fixed[index]
        if role == TITLE and fixed[index - 1][0] == AUTHORS and _SENTENCE.search(lines[index].text):
            fixed[index] = (ABSTRACT, sure)
    return fixed


# `*Encyclopedia of Optimization* - 2023`: a line that is a venue in italics, its year after it
_VENUE_YEAR = re.compile(
    r"^\s*[-–—,:]?\s*(?:(?:19|20)\d{2}|TB[AD]|in press|forthcoming|accepted|submitted)\s*$",
    re.IGNORECASE,
)


def _heading_over_its_venue(
    lines: list[Line], labelled: list[tuple[str, float]]
) -> list[tuple[str, float]]:
    """`### Title` over `*Journal* - 2023`: a publication page's heading is the paper's title and
    the italic line under it its venue, whatever the model says (it took the italics for the
    title: a model trained on sets where italics set titles). Without a year or a status after
    the italics, only under a heading the model read as a title (a section's `### Papers` over
    `*Title*` is a title's)."""
    fixed = list(labelled)
    for index in range(1, len(fixed)):
        line, above = lines[index], lines[index - 1]
        if fixed[index][0] != TITLE or above.kind != "heading":
            continue
        venue = next((span for span in line.italic if line.text.startswith(span)), None)
        after = line.text[len(venue) :] if venue else ""
        # a year or a status after it; or nothing, under a heading the model took for a title
        if venue and (
            _VENUE_YEAR.match(after) or (not after.strip() and fixed[index - 1][0] == TITLE)
        ):
            sure = fixed[index][1]
            fixed[index - 1] = (TITLE, max(sure, fixed[index - 1][1]))
            fixed[index] = (META, sure)
    return fixed


def _a_listing(lines: list[Line], found: list[Found]) -> bool:
    """Papers, not prose the model misread (a licence, an essay): the sentences outside the
    papers' abstracts are fewer than the lines the papers read."""
    read = sum(hit.last - hit.first + 1 for hit in found)
    inside = {i for hit in found if hit.record.abstract for i in range(hit.first, hit.last + 1)}
    prose = sum(
        1
        for index, line in enumerate(lines)
        if index not in inside and line.kind != "claimed" and _SENTENCE.search(line.text[:1000])
    )
    return bool(found) and prose <= read


def _paper(
    lines: list[Line], labelled: list[tuple[str, float]], first: int, end: int, doc: Doc
) -> list[Found]:
    head, sure = labelled[first]
    line = lines[first]
    draft = Draft(line=line.number, title="", urls=list(line.urls))
    parts = None
    if head == REF or set_apart(line) or not title_like(line):
        parts = reference_parts(line)
    if parts is not None:
        draft.title, draft.authors, rest = parts
        draft.text = rest
        draft.date = date_in(rest) or year_in(rest)
    elif head == REF:
        return []
    else:
        draft.title = _title_text(line)
    last = first
    field_sure: list[float] = []
    abstract: list[str] = []
    for index in range(first + 1, end + 1):
        role, chance = labelled[index]
        here = lines[index]
        text = _value(here.text)
        if role == MORE and last == index - 1 and not abstract:
            draft.title = f"{draft.title} {text}"
        elif role == AUTHORS and not draft.authors and (names := _names_part(text)):
            draft.authors = names
            rest = text.split(names, 1)[-1]
            draft.date = draft.date or date_in(rest) or year_in(rest)
        elif role == ABSTRACT:
            abstract.append(text)
        elif role == META:
            draft.date = draft.date or date_in(text) or year_in(text)
            draft.text = f"{draft.text} {text}"
        elif role == ID:
            draft.text = f"{draft.text} {here.text}"
            draft.urls += here.urls
        else:
            continue
        if role != ID:
            draft.urls += [u for u in here.urls if u not in draft.urls]
        field_sure.append(chance)
        last = index
    draft.abstract = " ".join(abstract)
    draft.confidence = _confidence(sure, field_sure, bool(draft.authors))
    if draft.confidence < REVIEW_BELOW:
        draft.reasons = ["read by the learned line model; check the fields"]
    record = build(draft, doc.captured)
    # A title the model gave no names, no identifier and no abstract is as likely a line of
    # prose (or a licence's capitals); one over an abstract is a paper (a listing that keeps
    # its identifiers above the titles, a page without its byline).
    if not _cased(record.title) or not (
        record.authors or _identified(record) or _titled_abstract(record, lines, first)
    ):
        return []
    return [Found(record, first, last)]


def _titled_abstract(record: PaperRecord, lines: list[Line], first: int) -> bool:
    """An abstract under a line that is a title alone: a block of its own, no sentence's end
    inside (hypothesis found a wrapped paragraph of prose read as a title over its abstract)."""
    title, after = lines[first], lines[first + 1] if first + 1 < len(lines) else None
    alone = after is None or after.block != title.block
    return bool(record.abstract) and alone and not _SENTENCE_BREAK.search(title.text)


def _cased(text: str) -> bool:
    """Text with small letters: a line in capitals is a licence's or a form's, no title or names."""
    return any(c.islower() for c in text)


def _names(text: str) -> bool:
    return _cased(text) and (looks_like_names(text.rstrip(".")) or bool(_ET_AL.search(text)))


def _names_part(text: str) -> str:
    """The names on a line of names: the whole line, or its first piece before a dash, a middle
    dot or a bar (`A Li, B Sun - Journal, 2024 - host`, `A Li, B Sun · 2022-12-29`), without a
    leading `by` or a trailing ellipsis; empty when no piece reads as names."""
    text = _BY_LEAD.sub("", text.strip())
    first = _NAMES_STOP.split(text, maxsplit=1)[0].strip().rstrip("…").rstrip(" ,")
    for piece in (text, first):
        if _names(piece):
            return piece
    return ""


def _identified(record: PaperRecord) -> bool:
    return bool(record.arxiv_id or record.doi or record.urls)


def _confidence(title: float, fields: list[float], named: bool) -> float:
    """The model's probability of the title line, times how sure it is of the fields (a paper
    with no field but its title is as likely a heading)."""
    if not fields:
        return round(0.6 * title, 2)
    mean = sum(fields) / len(fields)
    return round(min(0.9, title * (0.7 + 0.3 * mean) * (1.0 if named else 0.9)), 2)


def _value(text: str) -> str:
    """A line's text without its list marker or field label (`Authors: …` -> `…`)."""
    bare = plain(text)
    labelled = label_of(bare)
    return labelled[1] if labelled and labelled[1] else bare


def _title_text(line: Line) -> str:
    """A title line's title: the link or emphasis that covers most of it, else its text without
    a marker, label or the year in brackets after it."""
    text = _value(line.text)
    for span in [label for label, _ in line.links] + line.bold + line.italic:
        if len(span) >= 0.6 * len(text) and len(span.split()) >= 2:
            return span.strip()
    return title_and_year(text)[0]
