"""The lines where the readers of captured pages could start, found in one pass over a paste.

Each of those readers (by_lines, preprint_cards, rxiv_lists, digest_entries, scholar_export)
starts at a line of its own shape: `By …`, `Published: …`, `medRxiv 2022.…`, `Abstract` alone, a
line ending in `]` or in a year. A 10 MB paste has some hundred thousand lines and none of these readers finds
anything in most pastes: one pass that looks at each line's first and last characters, shared
by all of them, costs less than a pass (or a search of the whole text) for each.
"""

from __future__ import annotations

import weakref
from dataclasses import dataclass, field

from papershelf.importers.paste.doc import Doc

_BY = ("By ", "by ", "BY ")
_DATED_LABELS = ("Published", "Posted", "Preprint posted", "Submitted")
_SERVERS = ("medRxiv ", "bioRxiv ")
# The first letters of the starts above: most lines start otherwise and are looked at no further
_FIRSTS = frozenset("BbPSmbA摘")
ABSTRACT_HEADS = frozenset(("Abstract", "Abstract:", "ABSTRACT", "摘要", "摘要:", "摘要："))


@dataclass
class Cues:
    by: list[int] = field(default_factory=list)  # `By A Name and B Name`
    dated: list[int] = field(default_factory=list)  # `Published: 2025-03-21`
    servers: list[int] = field(default_factory=list)  # `medRxiv 2022.04.11.22273644; doi:`
    bracketed: list[int] = field(default_factory=list)  # ending in `]`
    yeared: list[int] = field(default_factory=list)  # ending in a year (`… example.org, 2018`)
    abstract_heads: list[int] = field(default_factory=list)  # `Abstract`, `摘要` alone


_last: tuple[weakref.ref[Doc] | None, Cues] = (None, Cues())


def cues(doc: Doc) -> Cues:
    """The cue lines of the paste, by index into its lines (a reader checks that the line is
    still its to read: an earlier reader may have claimed it); found once per paste."""
    global _last
    known, found = _last
    if known is not None and known() is doc:
        return found
    found = Cues()
    by, dated, servers = found.by.append, found.dated.append, found.servers.append
    bracketed, yeared = found.bracketed.append, found.yeared.append
    for index, line in enumerate(doc.lines):
        text = line.text
        if not text:
            continue
        last = text[-1]
        if last == "]":
            bracketed(index)
        elif last.isdecimal() and text[-4:].isdecimal():
            yeared(index)
        if text[0] in _FIRSTS:
            if text.startswith(_BY):
                by(index)
            elif text.startswith(_DATED_LABELS):
                dated(index)
            elif text.startswith(_SERVERS):
                servers(index)
            elif text in ABSTRACT_HEADS:
                found.abstract_heads.append(index)
    _last = (weakref.ref(doc), found)
    return found
