"""Hanging indents: a reference list typed as raw text (in a code block) wraps each entry onto
lines indented under its first, as style guides set a bibliography. The indent, not the line
break, says where an entry ends: its lines are one entry's text."""

from __future__ import annotations

import re

# A line that opens something of its own under the entry: a list marker, a field (`Authors: …`,
# `title = …`), an arrow or a brace of a diagram or of code.
_OWN_LINE = re.compile(r"^(?:[-*+•>|↓→{}\[\]()<]|\d{1,3}[.)]\s|[\w\s]{1,30}[:：]\s|\w+\s*=)")
# An entry's first line never ends with what opens a block of code or data.
_OPENS_BLOCK = re.compile(r"[{(\[=]$")
_ENTRY_START = re.compile(r"^(?:\[[\w.\-]{1,8}\]|\d{1,3}[.)]|[A-Z][\w'’\-]+,)\s")
_INDENT = 2  # spaces deeper than the entry's first line


def _indent(raw: str) -> int:
    return len(raw) - len(raw.lstrip(" "))


def joined_entries(raws: list[str]) -> list[tuple[int, str]]:
    """The lines of a block of raw text as (offset of the first line, text), each wrapped entry
    of a reference list (`[P1]  Name, A. (2024). Title …` over lines indented beneath it) joined
    into one line. Lines that are not such an entry's continuation stay as they are (stripped)."""
    out: list[tuple[int, str]] = []
    entry_indent: int | None = None  # the open entry's first line's indent
    for offset, raw in enumerate(raws):
        text = raw.replace("\u00a0", " ").strip()
        if not text:
            out.append((offset, ""))
            entry_indent = None
            continue
        indent = _indent(raw.replace("\u00a0", " "))
        if entry_indent is not None and indent >= entry_indent + _INDENT and _continues(text):
            first, before = out[-1]
            out[-1] = (first, f"{before} {text}")
            continue
        out.append((offset, text))
        entry_indent = (
            indent if _ENTRY_START.match(text) and not _OPENS_BLOCK.search(text) else None
        )
    return out


def _continues(text: str) -> bool:
    return _OWN_LINE.match(text) is None
