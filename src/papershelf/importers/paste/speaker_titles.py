"""A programme copied as text (a symposium's agenda, a seminar series' page): each talk is a line
of its speakers' names over a line of its title, among day and session headings, breaks and
remarks:

    Land-Sea Interactions

    Ada Quill
    Invented tides at the interface of pretend lakes and oceans
    Tomas Fenn and Berta Lutz
    The made-up effects of imaginary loading on harbours

A line that reads as names (one to four people) right over a line that reads as a title is a
talk; three at least, most of the paste's title-like lines so paired (a list of titles with a
name here and there is another reader's).
"""

from __future__ import annotations

from papershelf.core.records import PaperRecord
from papershelf.importers.paste.build import Draft, build
from papershelf.importers.paste.doc import Doc, Found
from papershelf.importers.paste.generic import title_like
from papershelf.importers.paste.lines import Line
from papershelf.importers.paste.names import looks_like_names, split_names

NAME = "speaker-titles"
DESCRIPTION = "A programme's talks: a line of speakers' names over a line of the talk's title"

AT_LEAST = 3
MOST_SPEAKERS = 4
NAME_WORDS = 4  # a speaker's given and family names
# A line of names over a line of words is all it goes by: each talk is flagged for review.
CONFIDENCE = 0.55
REASON = "read as a speaker's name over a talk's title; check both"
PAIRED = 0.6  # of the lines that could be talks' titles, the share under a line of names


def read(lines: list[Line], doc: Doc) -> list[Found]:
    pairs = [at for at in range(len(lines) - 1) if _speakers_over_title(lines, at)]
    if len(pairs) < AT_LEAST or not _a_programme(doc.lines):
        return []
    return [Found(_talk(lines[at], lines[at + 1], doc), at, at + 1) for at in pairs]


def _a_programme(page: list[Line]) -> bool:
    """Counted over the whole page (a reader before this one may have read some of its lines):
    most lines that could be talks' titles are under a line of names."""
    pairs = [at for at in range(len(page) - 1) if _speakers_over_title(page, at)]
    talks = {at + 1 for at in pairs}
    others = sum(
        1
        for at, line in enumerate(page)
        if at not in talks and line.kind in ("text", "item") and _talk_title(line)
    )
    return len(pairs) >= PAIRED * (len(pairs) + others)


def _speakers_over_title(lines: list[Line], at: int) -> bool:
    names, title = lines[at], lines[at + 1]
    if names.kind not in ("text", "item") or title.kind != names.kind:
        return False
    if names.links or title.links or names.number + 1 != title.number:
        return False
    if not looks_like_names(names.text):
        return False
    people = split_names(names.text)[0]
    if not 1 <= len(people) <= MOST_SPEAKERS:
        return False
    if not all(2 <= len(person.split()) <= NAME_WORDS for person in people):
        return False  # `Acme Portable Hole Kit Pro`: a product's name, no person's
    return _talk_title(title)


def _talk_title(line: Line) -> bool:
    """A title as `title_like` reads one, or in sentence case (`Dynamics at the interface of
    lakes`): under a line of names, a line of three words or more that is no sentence."""
    if looks_like_names(line.text):
        return False
    if title_like(line):
        return True
    text = line.text
    return 3 <= len(text.split()) <= 40 and text[:1].isupper() and not text.endswith((".", ":"))


def _talk(names: Line, title: Line, doc: Doc) -> PaperRecord:
    draft = Draft(
        line=names.number,
        title=title.text,
        authors=split_names(names.text)[0],
        confidence=CONFIDENCE,
        reasons=[REASON],
    )
    return build(draft, doc.captured)
