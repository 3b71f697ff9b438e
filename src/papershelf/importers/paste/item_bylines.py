"""Resource lists whose items set a work over its byline and its link, one to a line (Markdown's
backslash or two-space breaks), as seminar and course pages do:

    * _An Invented Study of Weather_\\
      by Ada Quill et al.\\
      https://example.org/invented-study

The `by` line under the item's first line is the cue: what follows the word reads as people (or
as the name of a body, `by the Invented Research Program`, whose work has no person's name). An
item without such a line (a tool's site, a map) is none of this reader's.
"""

from __future__ import annotations

import re

from papershelf.importers.paste.build import Draft, build
from papershelf.importers.paste.doc import Doc, Found
from papershelf.importers.paste.lines import Line
from papershelf.importers.paste.names import looks_like_names
from papershelf.importers.paste.page_cues import cues

NAME = "item-bylines"
DESCRIPTION = "List items: a title, then `by A Name et al.` and a link on the lines under it"

RUN = 2  # items with a byline in one paste: a list of works, not one remark
MAX_TITLE_WORDS = 30
_BY = re.compile(r"^[Bb]y\s+(?P<names>[A-ZÀ-Þ].{1,200}?)\s*$")
_ET_AL = re.compile(r",?\s+et\.?\s+al\.?$")
# `by U.S. Global Change Research Program`: a body's name, its words capitalised.
_BODY = re.compile(r"^(?:(?:[A-Z][\w.&'’\-]*|of|the|for|and|on|in)\s*){2,10}$")
# The words that name a body, not a person (`Invented Research Program` reads as a name too).
_BODY_WORD = re.compile(
    r"\b(?:Program(?:me)?|Institute|Cent(?:er|re)|Council|Agency|Committee|Association|Society"
    r"|Lab(?:oratory)?|Panel|Foundation|Organi[sz]ation|Department|Ministry|Commission|Group"
    r"|Project|University|Office|Service|Survey|Bank|Forum|Academy|Network|Initiative)\b"
)
_SHORTCODE = re.compile(r"^(?::[a-z0-9_+\-]{1,40}:\s*)+")  # `:white_check_mark: Title`


def read(lines: list[Line], doc: Doc) -> list[Found]:
    hits: list[Found] = []
    # Lines opening with `By` (found once for several readers); the item above each is tried.
    bylines = [i for i in cues(doc).by if i and lines[i].kind == "text"]
    for index in (at - 1 for at in bylines):
        line, below = lines[index], lines[index + 1]
        if line.kind != "item" or below.kind != "text" or below.block != line.block:
            continue
        if (hit := _work(lines, index, doc)) is not None:
            hits.append(hit)
    return hits if len(hits) >= RUN else []


def _work(lines: list[Line], index: int, doc: Doc) -> Found | None:
    line, byline = lines[index], lines[index + 1]
    match = _BY.match(byline.text)
    title = _SHORTCODE.sub("", line.text).strip()
    if match is None or not 2 <= len(title.split()) <= MAX_TITLE_WORDS or title.endswith(":"):
        return None
    names = _ET_AL.sub("", match["names"])
    if _BODY.match(names) and _BODY_WORD.search(names):
        authors = ""
    elif looks_like_names(names):
        authors = match["names"]  # `et al.` kept: the names are cut short
    else:
        return None
    last = index + 1
    while last + 1 < len(lines) and lines[last + 1].block == line.block:
        last += 1  # the link and the remarks under the byline are the item's
    draft = Draft(line=line.number, title=title, authors=authors)
    draft.urls = [url for below in lines[index : last + 1] for url in below.urls]
    draft.text = " ".join(below.text for below in lines[index : last + 1])
    draft.confidence = 0.75
    return Found(build(draft, doc.captured), index, last)
