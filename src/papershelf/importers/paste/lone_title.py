"""A title pasted alone: one article's page copied with nothing but its title (a repository's
record, a journal's article page whose text is its heading), perhaps with a line of its people.

    Books and the sciences in history

    Les origines de l'informatique

    Gilles Dowek

A user who pastes one title-like line means one paper. Read only when every other reader found
nothing (the paste would be refused), and only in a paste of a few short lines: the first is
the title (three words or more, no sentence inside, no trailing comma or colon), a line of names
right under it gives the authors, and any line of prose refuses it. Flagged for review.
"""

from __future__ import annotations

import re

from papershelf.core.dates import looks_like_date
from papershelf.importers.paste.build import Draft, build
from papershelf.importers.paste.doc import Doc, Found
from papershelf.importers.paste.lines import Line, clean_title, is_furniture
from papershelf.importers.paste.names import looks_like_names, split_names

NAME = "lone-title"
DESCRIPTION = "A title pasted alone, perhaps over a line of its authors"

MOST_LINES = 4  # non-blank lines of the paste: a title, its people, a label or two
MOST_CHARACTERS = 600
MIN_TITLE_WORDS = 3
MAX_TITLE_WORDS = 40
MAX_TITLE_CHARACTERS = 300
PROSE_WORDS = 20  # a line this long beside the title is a page's text, not a label
SENTENCE_WORDS = 8  # nor is a line this long that ends with a full stop
_SENTENCE_END = re.compile(r"[^\W\d_]{2,}[.!?]\s+[^\W\d_]")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
_ADDRESS = re.compile(r"https?://|www\.|@")


def read(lines: list[Line], doc: Doc) -> list[Found]:
    if any(line.kind == "claimed" for line in lines):
        return []  # another reader read some of the paste: what is left is no paste of its own
    shown = [index for index, line in enumerate(lines) if line.text.strip()]
    if not shown or len(shown) > MOST_LINES:
        return []
    texts = [lines[index].text.strip() for index in shown]
    if sum(map(len, texts)) > MOST_CHARACTERS or not _title_like(texts[0]):
        return []
    if any(_prose(text) for text in texts[1:]):
        return []
    authors = _names(texts[1]) if len(texts) > 1 else []
    first = lines[shown[0]]
    draft = Draft(line=first.number, title=clean_title(texts[0]), authors=authors)
    draft.urls = list(first.urls)
    draft.confidence = 0.4
    draft.reasons = ["read as a title pasted alone; check it"]
    last = shown[1] if authors else shown[0]
    return [Found(build(draft, doc.captured), shown[0], last)]


def _title_like(text: str) -> bool:
    if len(text) > MAX_TITLE_CHARACTERS or text[:1].islower() or text.endswith((",", ":", ";")):
        return False
    if is_furniture(text) or _SENTENCE_END.search(text) or _ADDRESS.search(text):
        return False
    if looks_like_date(text) or looks_like_names(text):
        return False
    if _CJK.search(text):
        return len(text) >= 6
    return MIN_TITLE_WORDS <= len(text.split()) <= MAX_TITLE_WORDS


def _prose(text: str) -> bool:
    """A page's text beside the title: a long line, or a sentence."""
    words = len(text.split())
    return words >= PROSE_WORDS or (words >= SENTENCE_WORDS and text.endswith("."))


def _names(text: str) -> list[str]:
    """The line under the title as its people, when it reads as names only."""
    if len(text) > 200 or not looks_like_names(text):
        return []
    names, _truncated = split_names(text)
    return names
