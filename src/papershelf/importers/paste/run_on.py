"""A numbered reference list whose line breaks were lost: `[1] A. Name, “Title,” Venue, 2013.
[2] B. Name, “Title,” …` on one line (a `<pre>` block read as one paragraph, a PDF's column
copied as one line). The bracketed numbers, counting up by one from the line's start, part it
into its entries; each is then read as a line of its own.

A bibliography in a name-and-year style (`Smith A. B. 1995. Title. Place: Publisher. Jones C.,
Lee D. 1998. Title. Journal 40: 139-151.`) may run two entries together where a line break was
lost: a second `Names Year.` opening after a full stop parts them, when both read as entries."""

from __future__ import annotations

import re
from dataclasses import replace

from papershelf.importers.paste.lines import Line
from papershelf.importers.paste.sci_refs import science_entry

_MARKER = re.compile(r"(?:^|(?<=\s))\[(?P<n>\d{1,4})\]\s+(?=\S)")
MIN_ENTRIES = 3


def run_on_entries(line: Line) -> list[Line]:
    """The entries of a run-on numbered list, one Line each (same number); [] when the line
    is no such list."""
    text = line.text
    if not text.startswith("["):
        return _names_year_entries(line)
    if text.count("] ") < MIN_ENTRIES:
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
    return _parted(line, starts)


_SURNAME_INITIALS = r"[A-ZÀ-Þ][\w'’\-]+,?\s[A-Z]\.(?:\s?-?[A-Z]\.)*"
# A second entry's opening after a full stop: `Jones C., Lee D. 1998. `
_NEXT_OPENING = re.compile(
    rf"(?<=\.\s){_SURNAME_INITIALS}(?:,\s{_SURNAME_INITIALS})*"
    rf"(?:,?\s(?:and|&)\s{_SURNAME_INITIALS})?\s(?:19|20)\d{{2}}[a-z]?\.\s"
)
_YEAR_STOP = re.compile(r"\s(?:19|20)\d{2}[a-z]?\.\s")
MIN_STOPS = 4  # full stops two name-and-year entries hold at least


def _names_year_entries(line: Line) -> list[Line]:
    text = line.text
    if text.count(". ") < MIN_STOPS or len(_YEAR_STOP.findall(text)) < 2:
        return []  # cheap tests first: two `Year. ` at least
    starts = [0] + [m.start() for m in _NEXT_OPENING.finditer(text) if m.start() > 0]
    if len(starts) < 2:
        return []
    entries = _parted(line, starts)
    return entries if all(science_entry(entry.text) for entry in entries) else []


def _parted(line: Line, starts: list[int]) -> list[Line]:
    text = line.text
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
