"""A line among whole references that no rule read, read by the reference-field model.

A bibliography mixes styles (a book among articles, a report, an entry typed by another hand):
the rules read most of its entries, and the reference model (ref_fields.py), which reads a paste
only when no rule reads anything, never sees the few they miss. A line that lies between two
entries the rules read as whole references (names and a year), and that the model reads with a
sure title and names, is one more entry of the list.
"""

from __future__ import annotations

import re

from papershelf.importers.paste.doc import Doc, Found
from papershelf.importers.paste.lines import Line
from papershelf.importers.paste.ref_fields import parse_reference
from papershelf.importers.paste.ref_lines import SURE, a_reference, reference_record, references_in
from papershelf.importers.paste.works_cited import accessed_web_page

AROUND = 3  # whole references read by the rules in the list, at least


def between(found: list[Found], missed: list[int], lines: list[Line], doc: Doc) -> list[Found]:
    """Entries read from the `missed` lines (indexes of lines no rule read) that lie between two
    whole references of `found`; `found` with them, in order."""
    whole = [hit for hit in found if hit.record.authors and hit.record.date]
    if len(whole) < AROUND or not missed:
        return found
    first, last = whole[0].last, whole[-1].first
    more: list[Found] = []
    for index in missed:
        if not first < index < last:
            continue
        texts = references_in(lines[index])
        if len(texts) != 1 or _web_source(texts[0], lines[index]):
            continue
        reference = parse_reference(texts[0])
        if reference is None or not a_reference(reference) or reference.confidence < SURE:
            continue
        more.append(Found(reference_record(lines[index], texts[0], reference, doc), index, index))
    return sorted(found + more, key=lambda hit: hit.first) if more else found


_URL_LABEL = re.compile(r"\bURL\s*:", re.IGNORECASE)


def _web_source(text: str, line: Line) -> bool:
    """`…, URL: https://… (abgerufen am 27.06.2018)`: a web page the list cites, no paper."""
    return _URL_LABEL.search(text) is not None or accessed_web_page(text, line.urls) == "page"
