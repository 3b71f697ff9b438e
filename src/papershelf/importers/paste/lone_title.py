"""A title pasted alone: one article's page copied with nothing but its title (a repository's
record, a journal's article page whose stored text is its heading), perhaps with its link.

    Books and the sciences in history

A user who pastes one title-like line means one paper. Read only when every other reader found
nothing (the paste would be refused), and only when the paste is that one line of plain text:
three words or more, no sentence in it or full stop after it, no date, names or quotation marks,
no heading, item or table row (each of which earlier readers judge, and refuse alone); a link
where papers live may stand beside it and gives its identifier, a link anywhere else (a bookmark
of a site) refuses it. Flagged for review.
"""

from __future__ import annotations

import re

from papershelf.core.dates import looks_like_date
from papershelf.importers.paste.build import Draft, build
from papershelf.importers.paste.doc import Doc, Found
from papershelf.importers.paste.hosts import scholarly
from papershelf.importers.paste.lines import Line, clean_title, is_furniture
from papershelf.importers.paste.names import looks_like_names

NAME = "lone-title"
DESCRIPTION = "A title pasted alone"

MIN_TITLE_WORDS = 3
MAX_TITLE_WORDS = 25
MAX_TITLE_CHARACTERS = 250
_SENTENCE_END = re.compile(r"[^\W\d_]{2,}[.!?]\s+\S")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
_ADDRESS = re.compile(r"https?://|www\.|@")
_URL = re.compile(r"https?://\S+")
_QUOTES = "\"'“”‘’«»„「『[(<*_`|#>-•"


def read(lines: list[Line], doc: Doc) -> list[Found]:
    if any(line.kind == "claimed" for line in lines):
        return []  # another reader read some of the paste: what is left is no paste of its own
    if doc.front_matter or sum(1 for line in doc.source.split("\n") if line.strip()) > 2:
        return []  # a note or a page with more in it (hidden comments, markup): not a title alone
    shown = [index for index, line in enumerate(lines) if line.text.strip()]
    if not shown:
        return []
    title_line = lines[shown[0]]
    links = shown[1:]
    if len(links) > 1 or any(not _URL.fullmatch(lines[i].text.strip()) for i in links):
        return []
    if title_line.kind != "text" or not _title_like(title_line.text.strip()):
        return []
    urls = [url for index in shown for url in lines[index].urls]
    urls += [m.group(0) for index in links for m in _URL.finditer(lines[index].text)]
    if not all(map(scholarly, urls)):
        return []  # a bookmark of a site, not a paper's title
    draft = Draft(line=title_line.number, title=clean_title(title_line.text.strip()))
    draft.urls = urls
    draft.confidence = 0.4
    draft.reasons = ["read as a title pasted alone; check it"]
    return [Found(build(draft, doc.captured), shown[0], shown[-1])]


def _title_like(text: str) -> bool:
    if len(text) > MAX_TITLE_CHARACTERS or (not text[:1].isupper() and not _CJK.match(text)):
        return False
    if text[:1] in _QUOTES or "|" in text or text.endswith((".", ",", ":", ";")):
        return False
    if is_furniture(text) or _SENTENCE_END.search(text) or _ADDRESS.search(text):
        return False
    if looks_like_date(text) or looks_like_names(text):
        return False
    if _CJK.search(text):
        return len(text) >= 6
    return MIN_TITLE_WORDS <= len(text.split()) <= MAX_TITLE_WORDS
