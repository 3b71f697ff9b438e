"""Design notes' reference lists: one paper a list item, named and linked by its address —
`- LongLLMLingua: https://arxiv.org/abs/…`, `- Name (EMNLP'23): https://…`, `- Title (why it
matters, wrapped over lines): https://…`, `- Title — https://arxiv.org/abs/…`. The item's text
before the colon (or the dash) is the paper's name (a bracketed venue gives the year, a bracketed
remark is dropped); the address must carry the paper's arXiv id or DOI, so that `Code:`,
`Model:` and `Project page:` items are never papers.
"""

from __future__ import annotations

import re

from papershelf.importers.paste.blocks import is_generic_label, words
from papershelf.importers.paste.build import Draft, build
from papershelf.importers.paste.doc import Doc, Found
from papershelf.importers.paste.identifiers import find_identifiers
from papershelf.importers.paste.labels import label_of
from papershelf.importers.paste.lines import Line

NAME = "named-links"
DESCRIPTION = "Reference items `Name (Venue'23): https://arxiv.org/abs/…` in one's notes"

_ITEM = re.compile(
    r"^(?P<name>[^:()]{2,200}?(?::[^:()]{2,200}?)?)\s*(?:\((?P<remark>[^()]{1,200})\))?"
    r"(?:\s*:|\s+[-–—])\s*"  # `Name: https://…`, `Title — https://…`
    r"<?(?P<url>https?://[^\s>]+)>?\s*(?:\([^()]{1,300}\))?\s*$"  # a remark after the link too
)
# `EMNLP'23`, `ACL'24 Findings`, `NeurIPS 2023`: a venue with its year, short or in full.
_VENUE_YEAR = re.compile(
    r"^[A-Z][\w&\-]*(?:\s+[A-Z][\w&\-]*)?\s*(?:'(?P<yy>\d{2})|(?P<yyyy>(?:19|20)\d{2}))\b"
)
NAME_WORDS = 30
# A name that ends as a sentence leading to its link does (`… is available here`, `see`)
_SENTENCE_END = re.compile(
    r"\b(?:here|at|on|in|from|see|via|to|of|the|a|is|are|available|link|below|following)$",
    re.IGNORECASE,
)
_NOT_A_NAME = re.compile(
    r"(?i)^(?:code|model|models|weights|project(?: page)?|demo|slides|video|blog|dataset|data"
    r"|github|repo(?:sitory)?|website|homepage|docs?|pdf|html|abs(?:tract)?|openreview|arxiv"
    r"|paper|hf|hugging ?face)\b"
)


def read(lines: list[Line], doc: Doc) -> list[Found]:
    found: list[Found] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        end = index
        if line.kind == "item" or (line.kind == "text" and _opens_its_block(lines, index)):
            while (
                end + 1 < len(lines)
                and lines[end + 1].kind == "text"
                and (lines[end + 1].block == line.block)
            ):
                end += 1  # the item wrapped over lines
            if hit := _item(lines, index, end, doc):
                found.append(hit)
        index = end + 1
    return found


def _opens_its_block(lines: list[Line], index: int) -> bool:
    """A paragraph's first line: notes write `Name: https://arxiv.org/abs/…` as paragraphs too,
    a blank line or a heading between them."""
    return index == 0 or lines[index - 1].block != lines[index].block


def _item(lines: list[Line], first: int, last: int, doc: Doc) -> Found | None:
    text = " ".join(line.text for line in lines[first : last + 1])
    match = _ITEM.match(text)
    if match is None or lines[first].links:
        return None
    name = match["name"].strip(" *_")
    if _NOT_A_NAME.match(name) or is_generic_label(name) or label_of(f"{name}:") is not None:
        return None
    if _SENTENCE_END.search(name) or words(name) > NAME_WORDS:
        return None  # `The paper we read this week is here: https://…`
    ids = find_identifiers("", [match["url"]])
    if not (ids.arxiv_id or ids.doi):
        return None
    draft = Draft(line=lines[first].number, title=name, urls=[match["url"]], text=match["url"])
    if match["remark"] and (venue := _VENUE_YEAR.match(match["remark"])):
        draft.date = venue["yyyy"] or f"20{venue['yy']}"
    draft.confidence = 0.8
    return Found(build(draft, doc.captured), first, last)
