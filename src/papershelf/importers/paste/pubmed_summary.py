"""PubMed's lists copied as text (search results in the Summary view, `Similar articles`, `Cited
by`): a paper is four lines, its title, its names (`Smith AB, Jones C; A Group.`), NLM's source
line (`J Name. 2020 Mar 1;155(3):e195472. doi: 10.1/x. Epub 2020 Mar 18.`) and `PMID: 1`.

The date is the issue's, as the source line opens with it (to the day when it names one; a month
alone or a span of months gives the year), not the day the paper came out online."""

from __future__ import annotations

import re

from papershelf.importers.paste.apa_dates import apa_date
from papershelf.importers.paste.build import Draft, build
from papershelf.importers.paste.doc import Doc, Found
from papershelf.importers.paste.lines import Line
from papershelf.importers.paste.sci_refs import VANCOUVER_NAME

NAME = "pubmed-summary"
DESCRIPTION = "PubMed's results, similar-articles and cited-by lists (title, names, source, PMID)"

_NAMES = re.compile(
    rf"^(?P<names>{VANCOUVER_NAME}(?:,\s{VANCOUVER_NAME})*)(?:,\set\sal)?"
    r"(?:;\s(?P<group>[A-Z][^;.]{2,120}))?\.$"
)
# `Am J Transplant. 2016 Dec;16(12):…`, `J Bras Nefrol. 2023 Jul-Sep;45(3):…`, `BMJ. 2020;368:m689.`
_SOURCE = re.compile(
    r"^(?P<journal>[A-Z][^.;]{1,100})\.\s(?P<year>(?:19|20)\d{2})"
    r"(?:\s(?P<month>[A-Z][a-z]{2})(?:[-–/][A-Z][a-z]{2})?(?:\s(?P<day>\d{1,2}))?)?[;:.]"
)
_PMID = re.compile(r"^PMID:\s*\d+")
_TITLE_END = (".", "?", "!", ".]")
MIN_TITLE = 10


def read(lines: list[Line], doc: Doc) -> list[Found]:
    found: list[Found] = []
    index = 0
    while index + 2 < len(lines):
        paper = _paper_at(lines, index, doc)
        if paper is None:
            index += 1
            continue
        found.append(paper)
        index = paper.last + 1
    return found


def _paper_at(lines: list[Line], index: int, doc: Doc) -> Found | None:
    title, names, source = lines[index], lines[index + 1], lines[index + 2]
    if "claimed" in (title.kind, names.kind, source.kind):
        return None
    if len(title.text) < MIN_TITLE or not title.text.endswith(_TITLE_END):
        return None
    if (people := _NAMES.match(names.text)) is None:
        return None
    if (issue := _SOURCE.match(source.text)) is None:
        return None
    authors = people["names"].split(", ")
    if people["group"]:
        authors.append(people["group"].strip())
    when = f"{issue['month']} {issue['day']}" if issue["day"] else None
    draft = Draft(line=title.number, title=title.text.rstrip("."), authors=authors)
    draft.date = apa_date(issue["year"], when)
    last = index + 2
    if last + 1 < len(lines) and _PMID.match(lines[last + 1].text):
        last += 1
    draft.text = " ".join(line.text for line in lines[index + 2 : last + 1])
    draft.urls = [url for line in lines[index : last + 1] for url in line.urls]
    draft.confidence = 0.85
    return Found(build(draft, doc.captured), index, last)
