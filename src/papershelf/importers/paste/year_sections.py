"""Publication pages sectioned by year: `## 2017` over the works of that year, `## 2015` over
older ones, as personal sites and lab pages list what someone wrote. A work under such a heading
that gives no date of its own is dated by the heading's year.

Not a reader: it completes the records the readers found (as front matter does), once they are
all read.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from papershelf.core.records import PaperRecord
from papershelf.importers.common import apply_date
from papershelf.importers.paste.doc import Doc

_YEAR = re.compile(r"^(?:19|20)\d{2}$")
AT_LEAST = 2  # year headings: one alone may be a page's date, not its sections


def complete(records: list[PaperRecord], doc: Doc) -> None:
    """Date each undated record by the year heading whose section it stands in."""
    heads = [doc.lines[index] for index in doc.heading_indices()]
    if sum(1 for head in heads if _YEAR.match(head.text.strip())) < AT_LEAST:
        return  # nearly every paste: no sections of years
    sections: list[tuple[int, str | None]] = []  # (first source line, its year) in order
    year: tuple[str, int] | None = None
    for head in heads:
        if _YEAR.match(head.text.strip()):
            year = (head.text.strip(), head.level)
        elif year is not None and head.level <= year[1]:
            year = None  # a section of the same rank or above ends the year's
        sections.append((head.number, year[0] if year else None))
    firsts = [first for first, _ in sections]
    for record in records:
        if record.date or record.date_text or record.date_partial:
            continue
        at = bisect_right(firsts, record.line) - 1
        if at >= 0 and (held := sections[at][1]) is not None:
            apply_date(record, held)
