"""The reader for everything else: paper pages and heading-plus-paragraph lists.

The text is cut into blocks; a title is one short title-like line (never two glued together)
that a cue follows within a few lines: a names line, a date or identifier line, an `Abstract`
label, a DOI. The fields come from those cues. Every record says how sure it is, and one read
from a single cue is flagged for review with the reason.
"""

from __future__ import annotations

import re

from papershelf.importers.paste.blocks import date_in, words
from papershelf.importers.paste.build import Draft, build
from papershelf.importers.paste.doc import Doc, Found
from papershelf.importers.paste.identifiers import ARXIV_LABEL, DOI, find_identifiers
from papershelf.importers.paste.labelled import label_of
from papershelf.importers.paste.lines import Line, is_furniture
from papershelf.importers.paste.names import looks_like_names
from papershelf.importers.paste.reldates import is_relative

NAME = "generic"
DESCRIPTION = "Any other text: titles found by the cues that follow them (needs review when unsure)"

WINDOW = 8  # lines after a title in which its cues must appear
_SENTENCE_END = re.compile(r"[.!?。；;]$")
_META = re.compile(r"\b(?:published|submitted|received|accepted|posted|dated?)\b", re.IGNORECASE)
_PUBLISHED = re.compile(
    r"\b(?:published|dated)\s*(?:on)?\s*[:：]?\s*(?P<date>[\w ,/\-]+?\d{4})\b", re.IGNORECASE
)
_ABSTRACT_LABEL = re.compile(r"^\s*(?:abstract|摘要|summary)\s*[:：.]?\s*$", re.IGNORECASE)


def title_like(line: Line) -> bool:
    text = line.text
    if line.kind in ("claimed", "rule", "row") or not 3 <= words(text) <= 40:
        return False
    if len(text) > 250 or (_SENTENCE_END.search(text) and not text.endswith("?")):
        return False
    if is_furniture(text) or is_relative(text) or label_of(text) or looks_like_names(text):
        return False
    if date_in(text) or ARXIV_LABEL.search(text) or text.startswith(("http", "[", "(", "©")):
        return False
    capitals = sum(1 for w in text.split() if w[:1].isupper())
    return capitals >= 2 or ":" in text


def read(lines: list[Line], doc: Doc) -> list[Found]:
    found: list[Found] = []
    index = 0
    while index < len(lines):
        if title_like(lines[index]) and (hit := _paper(lines, index, doc)):
            found.append(hit)
            index = hit.last + 1
        else:
            index += 1
    return found


def _window(lines: list[Line], start: int) -> list[int]:
    """Indexes after the title up to the next claimed line or the window's end."""
    taken = []
    for index in range(start + 1, min(len(lines), start + 1 + WINDOW)):
        if lines[index].kind in ("claimed", "rule") or lines[index].kind == "heading":
            break
        taken.append(index)
    return taken


def _paper(lines: list[Line], start: int, doc: Doc) -> Found | None:
    title = lines[start]
    draft = Draft(line=title.number, title=title.text, urls=list(title.urls))
    cues: list[str] = []
    last = start
    window = _window(lines, start)
    for index in window:
        line = lines[index]
        text = line.text
        if index > start + 1 and title_like(line) and _has_cue_after(lines, index):
            break  # the next paper's title
        last = index
        draft.urls += line.urls
        draft.text += " " + text
        if not draft.authors and looks_like_names(text) and "authors" not in cues:
            draft.authors = text
            cues.append("authors")
        elif not draft.date and (when := _date(text)):
            draft.date = when
            cues.append("date")
        elif _ABSTRACT_LABEL.match(text):
            cues.append("abstract label")
        if find_identifiers(text, line.urls).arxiv_id or DOI.search(text):
            cues.append("identifier")
    last = _abstract(lines, draft, last, cues)
    if not cues:
        return None
    draft.confidence = min(0.9, 0.35 + 0.2 * len(set(cues)))
    if draft.confidence < 0.6:
        draft.reasons = [f"title found by one cue only ({cues[0]})"]
    return Found(build(draft, doc.captured), start, last)


def _has_cue_after(lines: list[Line], index: int) -> bool:
    for after in lines[index + 1 : index + 3]:
        text = after.text
        if looks_like_names(text) or _date(text) or find_identifiers(text, after.urls).arxiv_id:
            return True
    return False


def _date(text: str) -> str | None:
    if match := _PUBLISHED.search(text):
        return match["date"].strip()
    if len(text) < 80 and (found := date_in(text)):
        return found
    if is_relative(text):
        return text
    if _META.search(text) and (found := date_in(text)):
        return found
    return None


def _abstract(lines: list[Line], draft: Draft, last: int, cues: list[str]) -> int:
    """The abstract: after an `Abstract` label, else the first long paragraph near the title."""
    labelled = "abstract label" in cues
    index = last + 1 if not labelled else _after_label(lines, draft.line)
    for at in range(min(index, last + 1), min(len(lines), last + 1 + WINDOW)):
        line = lines[at]
        if line.kind in ("claimed", "rule", "heading") and at > last:
            break
        if _ABSTRACT_LABEL.match(line.text):
            labelled = True
            continue
        end = at
        while end + 1 < len(lines) and lines[end + 1].block == line.block:
            end += 1
        text = " ".join(x.text for x in lines[at : end + 1] if x.kind != "claimed")
        if (labelled or len(text) > 400) and len(text) > 150 and not looks_like_names(text):
            draft.abstract = text
            cues.append("abstract")
            return max(last, end)
    return last


def _after_label(lines: list[Line], number: int) -> int:
    for index, line in enumerate(lines):
        if line.number > number and _ABSTRACT_LABEL.match(line.text):
            return index
    return len(lines)
