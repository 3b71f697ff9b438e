"""The lines where the readers of lists people write could start, found in one pass over a
paste: its list items (title_names_items, glued_bylines, checklist_citations read items only)
and its lines of text opening with a quotation mark (quoted_alone). A 10 MB paste has some
hundred thousand lines; one pass shared by these readers costs less than one pass each.
"""

from __future__ import annotations

import weakref
from dataclasses import dataclass, field

from papershelf.importers.paste.doc import Doc

_QUOTES = ('"', "“")


@dataclass
class ListCues:
    items: list[int] = field(default_factory=list)  # list items, by index into the lines
    quoted: list[int] = field(default_factory=list)  # text lines opening with a quotation mark


_last: tuple[weakref.ref[Doc] | None, ListCues] = (None, ListCues())


def list_cues(doc: Doc) -> ListCues:
    """The cue lines of the paste, found once per paste (a reader checks that a line is still
    its to read: an earlier reader may have claimed it)."""
    global _last
    known, found = _last
    if known is not None and known() is doc:
        return found
    found = ListCues()
    items, quoted = found.items.append, found.quoted.append
    for index, line in enumerate(doc.lines):
        kind = line.kind
        if kind == "item":
            items(index)
        elif kind == "text" and line.text.startswith(_QUOTES):
            quoted(index)
    _last = (weakref.ref(doc), found)
    return found
