"""Digests that head each paper with its title and its page's address in brackets after it:
`### Title (https://arxiv.org/abs/2404.01234)`, then the digest's own summary of it (often in
another language) and maybe the arXiv `Comments:` line.

The address is plain text, no Markdown link: the heading is the paper's title up to it, and the
address gives its link and identifier. The lines under the heading, up to the next heading, are
the digest's remarks on that paper (none is the abstract); a `Comments:` line among them is the
paper's comments.
"""

from __future__ import annotations

import re

from papershelf.importers.paste.build import Draft, build
from papershelf.importers.paste.doc import Doc, Found
from papershelf.importers.paste.identifiers import find_identifiers
from papershelf.importers.paste.lines import Line, clean_title

NAME = "addressed-headings"
DESCRIPTION = "Headings `Title (https://arxiv.org/abs/…)`: a paper each, its remarks under it"

_ADDRESSED = re.compile(r"^(?P<title>\S.*?\S)\s*[(（]\s*(?P<url>https?://[^\s()（）]+)\s*[)）]$")
_COMMENTS = re.compile(r"^comments?\s*[:：]\s*(?P<value>\S.*)$", re.IGNORECASE)
TITLE_WORDS = 2  # `Paper (https://…)` names no paper; the heading's title has two words or more


def read(lines: list[Line], doc: Doc) -> list[Found]:
    heads = doc.heading_indices()
    found: list[Found] = []
    for position, index in enumerate(heads):
        line = lines[index]
        if line.kind != "heading" or "://" not in line.text:
            continue
        following = heads[position + 1] if position + 1 < len(heads) else len(lines)
        if (hit := _paper(lines, index, following, doc)) is not None:
            found.append(hit)
    return found


def _paper(lines: list[Line], index: int, following: int, doc: Doc) -> Found | None:
    match = _ADDRESSED.match(lines[index].text)
    if match is None or len(match["title"].split()) < TITLE_WORDS:
        return None
    url = match["url"].rstrip(".,;")
    ids = find_identifiers("", [url])
    if not (ids.arxiv_id or ids.doi or ids.openreview or ids.huggingface):
        return None  # a project's or a blog's address: the heading may name anything
    last = index
    draft = Draft(line=lines[index].number, title=clean_title(match["title"]), urls=[url])
    for at in range(index + 1, following):
        if lines[at].kind == "claimed":
            break
        last = at
        if draft.comments is None and (comments := _COMMENTS.match(lines[at].text)):
            draft.comments = comments["value"]
    draft.confidence = 0.8
    return Found(build(draft, doc.captured), index, last)
