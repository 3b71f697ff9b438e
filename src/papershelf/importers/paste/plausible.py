"""How likely a record read from a paste is a paper the paste lists, and which of several
readings of one paste to believe (the pipeline's second opinion).

The readers are rules, each written on the corpora it was tuned on; on text no one tuned them
to, the reader that claims a paste first is often the wrong one ("Paper 1", "pdf link", a heading
with no names read as papers) while another reader, asked alone, reads it well. Measured on five
sets while they were unseen (807 papers), picking between the readings by the likelihood below
found 48 papers more and 33 extra records fewer, and changed no development file.

The likelihood is a maximum-entropy classifier (CRFsuite on sequences of one item, the library
the learned line reader already uses) over a record's own evidence: the shape of its title, its
names, date, identifiers and the reader's confidence. `make train-plausible`
(scripts/train_plausible.py) trains it on every reading the pipeline and the candidate readers
give of the development corpora, each record labelled by whether its title is one the excerpt's
expected file lists.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import pycrfsuite

from papershelf.core.records import PaperRecord
from papershelf.importers.paste.crf_models import PackagedModel
from papershelf.importers.paste.hosts import scholarly

MODEL = "record_plausible.crfsuite"
REAL, NOT_REAL = "1", "0"
# The readers asked for a second reading: the general ones, which read a whole paste by cues
# rather than by one site's or one style's marks. (`generic`, `labelled` and `table` were tried
# too: on the five sets measured they changed nothing, and cost a reading each.)
CANDIDATES: tuple[str, ...] = (
    "learned-lines",
    "reading-list",
    "reference-lines",
    "two-part-lines",  # session 32: a title and its people on a line, any mark between
)
# Another reading replaces the first only when what it alone reads outweighs what the first alone
# read by MARGIN (in papers), and it keeps every paper of the first that is at least SURE likely
# (the same title, or a record of its own starting on that paper's line: the paper read anew).
# An extra record counts EXTRA_COST of a missed paper: the preview shows it, to be unticked, where
# a paper read away is gone without a word. A cautious choice: it changed no development file.
# 1.9 since session 33: two near-sure papers of its own (0.97 + 0.99, less a doubtful third's
# cost) came to 1.95 and were lost; any margin from 1.6 to 1.9 reads the same on every set.
MARGIN = 1.9
SURE = 0.9
EXTRA_COST = 0.5

_FURNITURE = re.compile(
    r"^(?:paper|article|pdf|link|code|slides?|video|download|view|read more|abstract|doi|"
    r"full text|html|supplement\w*|preprint|bibtex|cite|project page|github|website|here)\b",
    re.IGNORECASE,
)
_NUMBERED = re.compile(r"^\W*(?:[A-Z]?\d+[.):]|\[\d+\])")
_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
_NAME_THEN_INITIALS = re.compile(r"\b[A-Z][a-z]+,? (?:[A-Z]\.? ?){1,3}(?:,|$| and| &)")
_INITIALS_THEN_NAME = re.compile(r"\b(?:[A-Z]\. ?){1,3}[A-Z][a-z]+,")
_ADDRESS = re.compile(r"https?://|www\.")
_SENTENCES = re.compile(r"[a-z]{2,}\. [A-Z]")


_MODEL = PackagedModel(MODEL)


def use_model(path: Path | None) -> None:
    """Judge with another model file (training, evaluation); None: the shipped one."""
    _MODEL.use(path)


def _tagger() -> pycrfsuite.Tagger | None:
    return _MODEL.tagger()


def _bucket(count: int, edges: tuple[int, ...]) -> str:
    return str(next((i for i, edge in enumerate(edges) if count <= edge), len(edges)))


def features(record: PaperRecord) -> dict[str, float]:
    """What a record shows of being a paper: its title's shape and what else it names."""
    title = record.title or ""
    names = record.authors
    found = {
        "bias": 1.0,
        "title_words_" + _bucket(len(title.split()), (1, 2, 4, 8, 15, 25, 40)): 1.0,
        "names_" + _bucket(len(names), (0, 1, 3, 8, 30)): 1.0,
        "odd_names": _odd_names(names),
        "date": float(bool(record.date or record.date_text or record.date_partial)),
        "identifier": float(bool(record.doi or record.arxiv_id)),
        "address": float(bool(record.urls)),
        "scholarly_address": float(any(map(scholarly, record.urls))),
        "abstract": float(bool(record.abstract)),
        "venue": float(bool(record.venue)),
        "title_furniture": float(bool(_FURNITURE.match(title))),
        "title_numbered": float(bool(_NUMBERED.match(title))),
        "title_year": float(bool(_YEAR.search(title))),
        "title_names": float(
            bool(_NAME_THEN_INITIALS.search(title) or _INITIALS_THEN_NAME.search(title))
        ),
        "title_address": float(bool(_ADDRESS.search(title))),
        "title_capital": float(title[:1].isupper()),
        "title_shouts": float(title.isupper() and len(title) > 8),
        "title_et_al": float("et al" in title),
        "title_full_stop": float(title.rstrip().endswith(".")),
        "title_colon_end": float(title.rstrip().endswith(":")),
        "title_digits": sum(ch.isdigit() for ch in title) / max(1, len(title)),
        "title_sentences": float(bool(_SENTENCES.search(title))),
        "confidence": 1.0 if record.confidence is None else record.confidence,
        "exact": float(record.confidence is None),
        "review": float(bool(record.needs_review)),
    }
    return {name: value for name, value in found.items() if value}


def _odd_names(names: list[str]) -> float:
    """The share of names that are no person's: long, with digits, or more than five words."""
    if not names:
        return 0.0
    odd = sum(1 for n in names if len(n.split()) > 5 or len(n) > 45 or any(c.isdigit() for c in n))
    return odd / len(names)


def likelihood(record: PaperRecord) -> float:
    """How likely the record is a paper the paste lists, read right (0.5 without a model)."""
    tagger = _tagger()
    if tagger is None:
        return 0.5
    tagger.set([features(record)])
    return float(tagger.marginal(REAL, 0))


def title_key(title: str) -> str:
    """Two readings of one paper give the same key (case, width and punctuation aside)."""
    folded = unicodedata.normalize("NFKC", title).casefold()
    return " ".join("".join(ch if ch.isalnum() else " " for ch in folded).split())


@dataclass(frozen=True)
class Choice:
    """The reading to believe: its index among the candidates (None: the first reading) and by
    how much it outweighs the first."""

    index: int | None
    gain: float = 0.0


def better_reading(first: list[PaperRecord], others: Iterable[list[PaperRecord]]) -> Choice:
    """The reading whose records beyond those the first one shares are likelier papers than the
    first one's own, by MARGIN at least, keeping every paper of the first that is surely one;
    else the first (Choice(None))."""
    mine = _likelihoods(first)
    choice = Choice(None, MARGIN)
    for index, records in enumerate(others):
        if not records:
            continue
        theirs = _likelihoods(records)
        if _drops_a_sure_paper(mine, theirs, {record.line for record in records}):
            continue
        gain = _worth(theirs, mine) - _worth(mine, theirs)
        if gain > choice.gain or (choice.index is None and _adds_sure_papers(mine, theirs, gain)):
            choice = Choice(index, gain)
    return choice if choice.index is not None else Choice(None)


SURE_MORE = 2  # near-sure papers a reading adds to all of the first's that outweigh the margin


def _adds_sure_papers(mine: Judged, theirs: Judged, gain: float) -> bool:
    """A reading that reads every paper of the first and two near-sure ones more (a reference
    list read whole where the first read one entry of it) is better whatever doubtful records it
    adds, as long as it gains on the whole."""
    sure = sum(
        1 for key, judged in theirs.items() if key not in mine for p, _ in judged if p >= SURE
    )
    return gain > 0 and sure >= SURE_MORE and all(key in theirs for key in mine)


Judged = dict[str, list[tuple[float, int]]]  # title key -> (likelihood, line) of each record


def _likelihoods(records: list[PaperRecord]) -> Judged:
    by_title: Judged = {}
    for record in records:
        by_title.setdefault(title_key(record.title), []).append((likelihood(record), record.line))
    return by_title


def _drops_a_sure_paper(mine: Judged, theirs: Judged, their_lines: set[int]) -> bool:
    return any(
        p >= SURE and line not in their_lines
        for key, judged in mine.items()
        if key not in theirs
        for p, line in judged
    )


def _worth(reading: Judged, other: Judged) -> float:
    """Expected papers less the expected extras' cost among the records the other reading lacks."""
    return sum(
        p - EXTRA_COST * (1 - p)
        for key, judged in reading.items()
        if key not in other
        for p, _line in judged
    )


# --- records left out -------------------------------------------------------------------------

# A paste reader's record less likely than this to be a paper, with no identifier or abstract to
# vouch for it, is flagged and left out of an import unless the user ticks it in the preview or
# asks for every record (`import --include-unlikely`). Measured where neither the readers nor
# this model had seen the text (session 35: holdout21-24 at 77ba2a7, holdout25-28 at 6d3210e,
# 1,214 papers), it left out 43 of 275 extra records and 4 papers; on the development sets,
# whose readers were written for them, 38 extras and 74 papers (shown unticked, not lost).
UNLIKELY_BELOW = 0.3


def leave_out(records: list[PaperRecord]) -> list[PaperRecord]:
    """Flag and leave out the records unlike papers among others that are likelier; those left
    out. When none stands out as likelier (every record doubtful, or one alone), none is left
    out: the paste is what the user chose to import, and the preview's flags say what to check.
    Nor is a doubtful record whose fellows are kept: LIKE_KEPT records or more alike in all but
    their titles (`Trust Region Policy Optimization` among the longer bare titles of one list:
    the model doubts short titles, not lists)."""
    doubtful = [(record, p) for record in records if (p := _doubt(record)) is not None]
    if not doubtful or len(doubtful) == len(records):
        return []
    kept = Counter(map(_evidence, records)) - Counter(_evidence(r) for r, _ in doubtful)
    doubtful = [(record, p) for record, p in doubtful if kept[_evidence(record)] < LIKE_KEPT]
    for record, p in doubtful:
        record.left_out = True
        record.flag(f"review: unlike a paper ({_why_unlike(record, p)})")
    return [record for record, _ in doubtful]


# Session 42, on the development sets (7,187 papers then): keeping the doubtful records' fellows
# read 103 papers more and 24 extra records more than leaving out every doubtful record; leaving
# out none would have read 160 papers more and 147 extra records more. With 2 fellows: 123 and
# 35 more; with 5: 58 and 14.
LIKE_KEPT = 3


def _evidence(record: PaperRecord) -> tuple[object, ...]:
    """What a record has besides its title, and how sure its reader was: records alike in this
    are one list's items, read by one rule."""
    return (
        record.confidence,
        bool(record.authors),
        bool(record.date or record.date_text or record.date_partial),
        bool(record.urls),
        bool(record.venue),
    )


def _doubt(record: PaperRecord) -> float | None:
    """The record's likelihood when it is under the bar; None when it is kept. An exact parser's
    record (confidence None), an identifier or an abstract keeps it without asking the model."""
    if record.confidence is None or record.doi or record.arxiv_id or record.abstract:
        return None
    p = likelihood(record)
    return p if p < UNLIKELY_BELOW else None


_TITLE_CUES = (
    ("title_furniture", "its title is a link's or a button's words"),
    ("title_names", "its title holds people's names"),
    ("title_year", "its title holds a year"),
    ("title_sentences", "its title reads as sentences"),
    ("title_address", "its title holds an address"),
)


def _why_unlike(record: PaperRecord, p: float) -> str:
    """What the record lacks and what its title shows, for the user who decides."""
    shown = features(record)
    missing = [
        what
        for what, present in (
            ("names", record.authors),
            ("date", record.date or record.date_text or record.date_partial),
            ("identifier", record.doi or record.arxiv_id),
            ("link", record.urls),
        )
        if not present
    ]
    notes = [f"likelihood {p:.2f}"]
    if missing:
        notes.append("no " + ", ".join(missing))
    notes += [cue for name, cue in _TITLE_CUES if name in shown]
    return "; ".join(notes)
