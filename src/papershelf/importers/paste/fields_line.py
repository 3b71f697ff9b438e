"""A paper's record printed as one line of `field: value` pairs run together, as a data set's
export or a search tool's text view prints it (CORD-19's metadata, a notebook's print):

    key: cord-1 authors: Quist, A.; Okafor, B. title: A Title date: 2020-07-09 journal: nan
    DOI: 10.1234/x sha: 4a61… doc_id: 1 cord_uid: nyp

The keys are the usual ones; a line needs `title:` and two of the paper's other fields
(`authors:`, `date:`/`year:`, `doi:`, `journal:`) to be such a record. `nan` is an empty field.
"""

from __future__ import annotations

import re

from papershelf.importers.paste.build import Draft, build
from papershelf.importers.paste.doc import Doc, Found
from papershelf.importers.paste.lines import Line

NAME = "fields-line"
DESCRIPTION = "One line of a paper's `key: … authors: … title: … date: … DOI: …` fields"

_KEYS = (
    "key|authors?|title|date|year|journal|venue|doi|url|abstract|sha|doc_id|cord_uid|pmid|"
    "pmcid|source|license|publish_time"
)
# Keys as a data set names its columns, in lower case (`DOI` aside): `TITLE:` in capitals is a
# label a note or a table's cell sets in bold, the labelled readers'
_FIELD = re.compile(rf"(?:^|\s)(?P<key>{_KEYS}|DOI)\s?:\s")
_PAPER_FIELDS = frozenset(("authors", "author", "date", "year", "publish_time", "doi", "journal"))
MIN_OTHERS = 2
MIN_LENGTH = 40


def read(lines: list[Line], doc: Doc) -> list[Found]:
    found: list[Found] = []
    for at, line in enumerate(lines):
        text = line.text
        if line.kind != "text" or len(text) < MIN_LENGTH or text.find("title:", 0, 4000) < 0:
            continue  # cheap tests first
        fields = _fields(text)
        if fields is None:
            continue
        draft = _draft(line, fields)
        if draft is not None:
            found.append(Found(build(draft, doc.captured), at, at))
    return found


def _fields(text: str) -> dict[str, str] | None:
    keys = list(_FIELD.finditer(text))
    if len(keys) < 1 + MIN_OTHERS or keys[0].start() > 0:
        return None  # the line is the record: it starts with a field
    fields: dict[str, str] = {}
    for n, key in enumerate(keys):
        end = keys[n + 1].start() if n + 1 < len(keys) else len(text)
        name = key["key"].lower()
        value = text[key.end() : end].strip()
        if name not in fields and value and value.lower() != "nan":
            fields[name] = value
    others = sum(1 for name in fields if name in _PAPER_FIELDS)
    return fields if "title" in fields and others >= MIN_OTHERS else None


def _draft(line: Line, fields: dict[str, str]) -> Draft | None:
    title = fields["title"]
    if len(title.split()) < 2:
        return None
    names = fields.get("authors") or fields.get("author") or ""
    authors = [name.strip() for name in names.split(";") if name.strip()] if ";" in names else names
    draft = Draft(line=line.number, title=title, authors=authors)
    draft.date = fields.get("date") or fields.get("publish_time") or fields.get("year")
    if doi := fields.get("doi"):
        draft.text = f"doi:{doi}"
    if url := fields.get("url"):
        draft.urls = [url]
    draft.abstract = fields.get("abstract", "")
    draft.confidence = 0.85
    return draft
