"""A numbered reference list whose line breaks were lost: `[1] A. Name, “Title,” Venue, 2013.
[2] B. Name, “Title,” …` on one line (a `<pre>` block read as one paragraph, a PDF's column
copied as one line). The bracketed numbers, counting up by one from the line's start, part it
into its entries; each is then read as a line of its own."""

from __future__ import annotations

import re
from dataclasses import replace

from papershelf.importers.paste.lines import Line

_MARKER = re.compile(r"(?:^|(?<=\s))\[(?P<n>\d{1,4})\]\s+(?=\S)")
MIN_ENTRIES = 3


def run_on_entries(line: Line) -> list[Line]:
    """The entries of a run-on numbered list, one Line each (same number); [] when the line
    is no such list."""
    text = line.text
    if not text.startswith("[") or text.count("] ") < MIN_ENTRIES:
        return []  # cheap tests first: most lines open with no bracket
    starts: list[int] = []
    expected: int | None = None
    for marker in _MARKER.finditer(text):
        number = int(marker["n"])
        if expected is None and marker.start() != 0:
            return []
        if expected is not None and number != expected:
            continue  # `[2]` cited inside an entry, or a badge: no entry of its own
        starts.append(marker.start())
        expected = number + 1
    if len(starts) < MIN_ENTRIES:
        return []
    ends = [*starts[1:], len(text)]
    entries: list[Line] = []
    for start, end in zip(starts, ends, strict=True):
        chunk = text[start:end].strip()
        entries.append(
            replace(
                line,
                text=chunk,
                links=[link for link in line.links if link[0] in chunk],
                bold=[b for b in line.bold if b in chunk],
                italic=[i for i in line.italic if i in chunk],
                code=[c for c in line.code if c in chunk],
            )
        )
    return entries
