"""Search pages that print each paper as one paragraph: `Title - Author Name The abstract …`.

Archive search pages (and their text copies) set the title, a dash and the names, then the
abstract with no mark between the last name and the abstract's first word. The names end where
the abstract's first sentence starts: at a word in small letters or a quotation mark, or at a
capitalised word that a word in small letters follows (`… Gessel We study …`). A paste has several
such paragraphs or none: a single one is not read, as one line of prose may look like it; and
only in text without markup (a page's text copy: clipped to Markdown its titles are links).
"""

from __future__ import annotations

import re

from papershelf.importers.paste.blocks import words
from papershelf.importers.paste.build import Draft, build
from papershelf.importers.paste.doc import Doc, Found
from papershelf.importers.paste.lines import Line
from papershelf.importers.paste.names import looks_like_names

NAME = "dash-bylines"
DESCRIPTION = "Search results as paragraphs `Title - Author Abstract…` (archive search pages)"

MIN_PARAGRAPHS = 2  # one such paragraph alone is prose as likely as a listing
MIN_ABSTRACT = 80
TITLE_WORDS = (2, 30)
MAX_NAME_WORDS = 24  # several authors' names, parted by commas
_PARTICLES = {"van", "von", "der", "den", "de", "del", "della", "di", "da", "du", "la", "le"}
_INITIAL_OR_NAME = re.compile(r"^(?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’\-]*\.?|[A-Z]\.(?:-?[A-Z]\.)*),?$")


def read(lines: list[Line], doc: Doc) -> list[Found]:
    if not doc.plain or _fewer_dashes(doc.source):
        return []  # a page's text copy, without markup; two dashed paragraphs at least
    found = [
        Found(build(draft, doc.captured), index, index)
        for index, line in enumerate(lines)
        if line.kind == "text" and " - " in line.text and (draft := _paragraph(line)) is not None
    ]
    return found if len(found) >= MIN_PARAGRAPHS else []


def _paragraph(line: Line) -> Draft | None:
    """`Title - A Name, B Name The abstract …` as a paper, or None when the line is not one."""
    text = line.text
    if len(text) < MIN_ABSTRACT or line.links:
        return None
    title, _dash, rest = text.partition(" - ")
    if not TITLE_WORDS[0] <= words(title) <= TITLE_WORDS[1] or title.endswith((".", ":")):
        return None
    tokens = rest.split(maxsplit=MAX_NAME_WORDS + 2)  # the names are among the first words
    end = _names_end(tokens)
    if end is None:
        return None
    names, abstract = " ".join(tokens[:end]).rstrip(","), " ".join(tokens[end:])
    if len(abstract) < MIN_ABSTRACT or not looks_like_names(names):
        return None
    if not (abstract.endswith(".") or ". " in abstract):
        return None  # a sentence or more, as an abstract is
    draft = Draft(line=line.number, title=title.strip(), authors=names, abstract=abstract)
    draft.confidence = 0.7
    return draft


def _names_end(tokens: list[str]) -> int | None:
    """Where the names stop and the abstract starts, or None when the text opens with no name."""
    for at, token in enumerate(tokens[: MAX_NAME_WORDS + 1]):
        following = tokens[at + 1] if at + 1 < len(tokens) else ""
        opens = token[:1] in "\"“'‘(" or (
            token[:1].isupper() and following[:1].islower() and following not in _PARTICLES
        )
        if at >= 2 and (opens or (token[:1].islower() and token not in _PARTICLES)):
            return at
        if not (_INITIAL_OR_NAME.match(token) or token in _PARTICLES):
            return None
    return None


def _fewer_dashes(text: str) -> bool:
    first = text.find(" - ")
    return first < 0 or text.find(" - ", first + 3) < 0
