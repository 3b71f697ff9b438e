"""Social posts that share papers (a Mastodon or Twitter timeline copied as text): a remark, and
the paper on a line of its own after an emoji, as `Surname et al (2021) Title. Journal 118`:

    📄 Quill et al. (2031) Pretend weather is shifting north. Invented Letters 12

The pictograph opening the line is the cue, then the first author's surname (with `et al` or
not) and the year in brackets; the title runs to the first full stop, the journal after it.
Several such lines make the timeline.
"""

from __future__ import annotations

import re
import unicodedata

from papershelf.importers.paste.build import Draft, build
from papershelf.importers.paste.doc import Doc, Found
from papershelf.importers.paste.lines import Line

NAME = "emoji-citations"
DESCRIPTION = "Posts sharing papers: `📄 Surname et al (2021) Title. Journal`"

RUN = 3  # such lines in one paste: a timeline of papers, not one post
MIN_TITLE_WORDS = 3
_CITATION = re.compile(
    r"^(?P<name>(?:(?:van|von|de|da|di|del|le)\s+)?[A-ZÀ-Þ][\w’'\-]+"
    r"(?:\s+(?:and|&)\s+[A-ZÀ-Þ][\w’'\-]+)?)(?P<et_al>\s+et\.?\s+al\.?)?\s*"
    r"\((?P<year>(?:19|20)\d\d)[a-z]?\)\.?\s+(?P<rest>\S.*)$"
)
_LEAD = re.compile(r"^[^\w(]{1,6}")  # the emoji, a variation selector, spaces
_AND = re.compile(r"\s+(?:and|&)\s+")
_TITLE_END = re.compile(r"[.?!]\s+(?=[A-ZÀ-Þ])")


def read(lines: list[Line], doc: Doc) -> list[Found]:
    hits: list[Found] = []
    for index, line in enumerate(lines):
        text = line.text
        # cheap tests first: the line opens with a symbol that is no letter, digit or mark
        if not text or text[0].isalnum() or text[0].isascii():
            continue
        if unicodedata.category(text[0]) != "So":
            continue
        match = _CITATION.match(_LEAD.sub("", text))
        if match is None:
            continue
        rest = match["rest"]
        end = _TITLE_END.search(rest)
        title = (rest[: end.start() + 1] if end else rest).strip().rstrip(".")
        if len(title.split()) < MIN_TITLE_WORDS:
            continue
        authors = _AND.split(match["name"])
        draft = Draft(line=line.number, title=title, authors=authors)
        draft.date = match["year"]
        draft.urls = list(line.urls)
        draft.text = text
        draft.confidence = 0.7
        hits.append(Found(build(draft, doc.captured), index, index))
    return hits if len(hits) >= RUN else []
