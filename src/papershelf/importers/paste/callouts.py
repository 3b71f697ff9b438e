"""Bookmarks that note apps (Obsidian, Notion exports) set as callouts: `> [!info] Page title`,
the page's description, then its address, one block. The page title names a paper when the
address carries the paper's identifier (arXiv, Hugging Face, a DOI as medRxiv's and most
publishers' addresses do); a bookmark of anything else is no paper."""

from __future__ import annotations

import re

from papershelf.importers.paste.build import Draft, build
from papershelf.importers.paste.doc import Doc, Found
from papershelf.importers.paste.identifiers import find_identifiers
from papershelf.importers.paste.lines import Line

NAME = "callout-bookmarks"
DESCRIPTION = "Note apps' bookmark callouts: `[!info] Page title`, a description, the address"

_CALLOUT = re.compile(r"^\[!\w+\][+-]?\s+(?P<title>\S.{3,300})$")
_ADDRESS = re.compile(r"^https?://\S+$")
BLOCK_LINES = 4  # the title, a description of a line or two, the address


def read(lines: list[Line], doc: Doc) -> list[Found]:
    found: list[Found] = []
    for index, line in enumerate(lines):
        match = _CALLOUT.match(line.text) if line.kind == "text" else None
        if match is None:
            continue
        for at in range(index + 1, min(len(lines), index + BLOCK_LINES)):
            below = lines[at]
            if below.block != line.block or below.kind == "claimed":
                break
            if _ADDRESS.match(below.text) and (
                hit := _bookmark(match["title"], below, index, at, doc)
            ):
                found.append(hit)
                break
    return found


def _bookmark(title: str, address: Line, first: int, last: int, doc: Doc) -> Found | None:
    urls = address.urls or [address.text]
    ids = find_identifiers("", urls)
    if not (ids.arxiv_id or ids.doi or ids.huggingface):
        return None
    draft = Draft(line=address.number - (last - first), title=title, urls=urls, confidence=0.8)
    return Found(build(draft, doc.captured), first, last)
