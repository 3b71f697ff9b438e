"""Reference lists no rule read, read one reference per line by the reference-field model.

A last resort (importers/paste/__init__.py's LAST_RESORT): a paste of references in a citation
style the rules do not know (Vancouver's `1: Surname AB, …`, IEEE's `[3] A. Name, "Title," …`,
APA, ABNT, Russian library lists) is refused by every rule reader; here each line that looks
like a reference (long enough, with a year, not a table row) is read by `parse_reference`
(ref_fields.py: a CRF trained on AnyStyle's annotated references). The lines are a reference
list only when most of them read with a sure title; then each becomes one paper, flagged for
review when the model is unsure of it. A line holding several numbered references (`[1] … [2] …`,
a list whose line breaks were lost) is split at its numbers first.
"""

from __future__ import annotations

import re
from itertools import pairwise

from papershelf.core.records import PaperRecord
from papershelf.importers.paste.build import REVIEW_BELOW, Draft, build
from papershelf.importers.paste.doc import Doc, Found
from papershelf.importers.paste.lines import Line
from papershelf.importers.paste.ref_fields import ParsedReference, parse_reference

NAME = "reference-lines"
DESCRIPTION = (
    "A list of references in a citation style (numbered, Vancouver, IEEE, APA, …), each line "
    "read by a trained reference model: for lists no other layout reads; unsure ones need review"
)
TITLED = True
SURE = 0.8  # a line whose title the model is this sure of is a reference
MOST = 0.6  # the share of candidate lines that must be sure references
FEWEST = 2  # references: one line alone is no list
SHORTEST = 40  # characters: a reference has names, a title and a source
MOST_LINES = 2_000  # candidate lines: more is no reference list of a paste
_YEAR = re.compile(r"(?<!\d)(?:1[6-9]|20)\d\d(?!\d)")
_INLINE_NUMBER = re.compile(r"(?:^|\s)\[(\d{1,3})\]\s+")
# `[Boxum et al.2013] `, `[MacWhinney 2000] `, `[Smi05] `: the key a reference list cites it by,
# which the reference model would read as its first names
_CITATION_KEY = re.compile(
    r"^\[(?:[^\[\]]{1,40}?(?:et al\.?\s?|\s)(?:19|20)\d\d[a-z]?|[A-Z][A-Za-z+]{1,6}\d{2}[a-z]?"
    r"|[A-Z][\w\-]{1,30}(?:19|20)\d\d[a-z]?)\]\s+"
)
_WORDS = re.compile(r"[^\W\d_]{2,}")
_RTF_CHAR = re.compile(r"\\u(\d{2,5})\??")
_RTF_CONTROL = re.compile(r"\\[a-z]+-?\d*\s?")
_RTF_BRACE = re.compile(r"[{}]")


def read(lines: list[Line], doc: Doc) -> list[Found]:
    candidates = [(i, text) for i, line in enumerate(lines) for text in references_in(line)]
    if len(candidates) < FEWEST or len(candidates) > MOST_LINES:
        return []
    parsed = [(i, text, parse_reference(text)) for i, text in candidates]
    sure = [p for _, _, p in parsed if p is not None and a_reference(p) and p.confidence >= SURE]
    if len(sure) < FEWEST or len(sure) < MOST * len(candidates):
        return []
    found: list[Found] = []
    for index, text, reference in parsed:
        if reference is None or not a_reference(reference):
            continue
        found.append(Found(reference_record(lines[index], text, reference, doc), index, index))
    return found


def references_in(line: Line) -> list[str]:
    """The reference texts of one line: none for a heading, a table row or a short line; a line
    of several `[n]`-numbered references gives each."""
    if line.kind not in ("text", "item") or line.cells or " | " in line.text:
        return []
    text = _CITATION_KEY.sub("", _rtf_plain(line.text).strip())
    if len(text) < SHORTEST or not _YEAR.search(text):
        return []
    numbers = list(_INLINE_NUMBER.finditer(text))
    values = [int(m[1]) for m in numbers]
    if len(numbers) >= 2 and values == list(range(values[0], values[0] + len(values))):
        starts = [m.start() for m in numbers] + [len(text)]
        pieces = [text[a:b].strip() for a, b in pairwise(starts)]
        return [p for p in pieces if len(p) >= SHORTEST and _YEAR.search(p)]
    return [text]


def _rtf_plain(text: str) -> str:
    """A line of an RTF export (`{\\s0\\fs24 Xu, J … {\\i IEEE Trans \\u8230?}\\par}`) as its
    words: control words and braces dropped, `\\u8230?` as the character it codes."""
    if not text.startswith("{\\"):
        return text
    text = _RTF_CHAR.sub(lambda m: chr(int(m[1])), text)
    return _RTF_BRACE.sub("", _RTF_CONTROL.sub("", text))


def a_reference(reference: ParsedReference) -> bool:
    """A title of words set apart by punctuation, and names or a DOI to go with it."""
    words = len(_WORDS.findall(reference.title)) >= 2
    return words and reference.delimited and bool(reference.authors or reference.doi)


def reference_record(line: Line, text: str, reference: ParsedReference, doc: Doc) -> PaperRecord:
    whole = text == _CITATION_KEY.sub("", _rtf_plain(line.text).strip())  # else one of several
    draft = Draft(
        line=line.number,
        title=_linked_title(line, reference.title) if whole else reference.title,
        authors=[_YEAR_AFTER_NAME.sub("", name) for name in reference.authors],
        date=reference.year,
        urls=list(line.urls) if whole else [],
        text=text,
    )
    draft.confidence = round(min(0.9, reference.confidence), 2)
    if draft.confidence < REVIEW_BELOW:
        draft.reasons = ["read by the reference model; check the fields"]
    record = build(draft, doc.captured)
    record.authors_truncated = record.authors_truncated or reference.authors_truncated
    return record


_YEAR_AFTER_NAME = re.compile(r"\s+(?:1[6-9]|20)\d\d[a-z]?$")  # `Nordtvedt 1972`: a year, no name
MIN_LINKED_WORDS = 3


def _linked_title(line: Line, title: str) -> str:
    """The line's one link's text, where the model's title runs on past it: a list that
    links each title (`A & B 1972, [Title](…), *Astrophys. J.* 177:757`) sets its title apart
    by the link, which the model may run on into the journal (`…, Astrophys`)."""
    labels = [label for label, _ in line.links if len(_WORDS.findall(label)) >= MIN_LINKED_WORDS]
    if len(labels) != 1:
        return title
    label = labels[0].strip(" ,.")
    # a link on the whole reference (`[A and B 1985. Title.](…)`) holds the title: the model's
    return label if label in title else title
