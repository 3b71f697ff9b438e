"""A journal's or a search's list of articles copied as text: each article's title on a line of
its own, then a paragraph of the start of its abstract, perhaps a button under it:

    Invented views for pretend comprehension

    The maintenance of made-up applications is a crucial activity in the pretend industry. The …

      • View Full Text

The title's paragraph of one line, no sentence in it, right over a paragraph of prose that the
site cut short (an ellipsis, or a word cut off), is the cue (a news page's headline over its story is whole);
three such pairs make the list. Read only when every other reader found nothing (the paste
would be refused): a page's headings over its prose look alike. The snippet is cut short by the
site, so it is no abstract. Flagged for review.
"""

from __future__ import annotations

import re

from papershelf.core.records import PaperRecord
from papershelf.importers.paste.build import Draft, build
from papershelf.importers.paste.doc import Doc, Found
from papershelf.importers.paste.lines import Line, clean_title, is_furniture
from papershelf.importers.paste.names import looks_like_names

NAME = "titled-snippets"
DESCRIPTION = "Articles' titles, each over a paragraph of the start of its abstract"

AT_LEAST = 3
TITLE_WORDS = (3, 40)
SNIPPET = 120  # characters: the paragraph under a title is prose this long at least
_SENTENCE = re.compile(r"[a-z]{2,}[.!?]\s+[A-Z]|[.!:;,]$")
_PROSE = re.compile(r"[a-z]{2,}[.!?]\s+[A-Z]")  # a sentence ends in it


def read(lines: list[Line], doc: Doc) -> list[Found]:
    found: list[Found] = []
    for index in range(len(lines) - 1):
        if _title(lines, index) and _snippet(lines, index + 1):
            found.append(Found(_paper(lines[index], doc), index, _paragraph_end(lines, index + 1)))
    return found if len(found) >= AT_LEAST else []


def _alone(lines: list[Line], index: int) -> bool:
    block = lines[index].block
    before = index > 0 and lines[index - 1].block == block
    after = index + 1 < len(lines) and lines[index + 1].block == block
    return not (before or after)


def _title(lines: list[Line], index: int) -> bool:
    line = lines[index]
    text = line.text.strip()
    if line.kind != "text" or not _alone(lines, index) or is_furniture(text):
        return False
    if not TITLE_WORDS[0] <= len(text.split()) <= TITLE_WORDS[1] or not text[:1].isupper():
        return False
    return not (_SENTENCE.search(text) or looks_like_names(text))


def _snippet(lines: list[Line], index: int) -> bool:
    if lines[index].kind != "text" or lines[index].block == lines[index - 1].block:
        return False
    text = " ".join(line.text for line in lines[index : _paragraph_end(lines, index) + 1])
    cut = text.rstrip().endswith(("...", "…")) or text.rstrip()[-1:].isalpha()
    return cut and len(text) >= SNIPPET and bool(_PROSE.search(text))


def _paragraph_end(lines: list[Line], index: int) -> int:
    end = index
    while end + 1 < len(lines) and lines[end + 1].block == lines[index].block:
        end += 1
    return end


def _paper(line: Line, doc: Doc) -> PaperRecord:
    draft = Draft(line=line.number, title=clean_title(line.text.strip()))
    draft.urls = list(line.urls)
    draft.confidence = 0.5
    draft.reasons = ["read as a title over the start of its abstract; check it"]
    return build(draft, doc.captured)
