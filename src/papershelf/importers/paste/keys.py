"""Reference lists keyed by labels of their own (`[P01] Name, A. (2024). Title …`, `[ADAM15]:`
over the entry, `- [N2] A. Name, "Title", …`): the key names no part of the paper, and where it
stands alone on a line, the lines under it in the same paragraph are its entry.

Read here, once for every reader, the key is dropped from the line's text and a lone key's
entry is one line, as if typed on one."""

from __future__ import annotations

import re

from papershelf.importers.paste.lines import Line

# Letters then digits in brackets (`[P01]`, `[N2]`, `[ADAM15]`, `[DATP18a]`, `[Vas+17]`): an
# author-year or a running key. Not `[v1]` (an arXiv version), `[1]` (kept: lists count them),
# `[PDF]` (no digit) nor `[2501.01234]` (an identifier).
_KEY = re.compile(r"^\[(?![vV]\d+\])[A-Za-z][A-Za-z+\-]{0,7}\d{1,4}[a-z]?\]")
_AFTER_KEY = re.compile(r"^\s*[:：.]?\s*(?P<entry>.*)$")
ENTRY_LINES = 4  # a lone key's entry: its lines up to the paragraph's end, this many at most


def without_keys(lines: list[Line]) -> list[Line]:
    """The lines with reference keys dropped from their openings; a lone key's entry joined."""
    # the lines that open with a bracket first (a comprehension's steps, not a generator's)
    opening = [line.text for line in lines if line.text[:1] == "["]
    if not any(_KEY.match(text) for text in opening):
        return lines  # most pastes: nothing to do
    out: list[Line] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        key = _KEY.match(line.text) if line.text[:1] == "[" else None
        if key is None:
            out.append(line)
            index += 1
            continue
        entry = _AFTER_KEY.sub(r"\g<entry>", line.text[key.end() :])
        if entry or not _entry_below(lines, index):
            line.text = entry or line.text  # `[P01] Name, A. (2024). Title.`: the entry alone
            out.append(line)
            index += 1
            continue
        end = index + 1  # `[ADAM15]:` over its entry
        while end - index < ENTRY_LINES and _entry_goes_on(lines, end + 1, index):
            end += 1
        out.append(_joined(lines[index + 1 : end + 1]))
        index = end + 1
    return out


def _entry_below(lines: list[Line], index: int) -> bool:
    return _entry_goes_on(lines, index + 1, index)


def _entry_goes_on(lines: list[Line], at: int, key_at: int) -> bool:
    if at >= len(lines):
        return False
    line = lines[at]
    return line.block == lines[key_at].block and line.kind == "text" and not _KEY.match(line.text)


def _joined(entry: list[Line]) -> Line:
    first = entry[0]
    first.text = " ".join(line.text for line in entry)
    first.links = [link for line in entry for link in line.links]
    first.bold = [b for line in entry for b in line.bold]
    first.italic = [i for line in entry for i in line.italic]
    first.code = [c for line in entry for c in line.code]
    return first
