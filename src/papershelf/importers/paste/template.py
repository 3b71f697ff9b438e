"""Wiki pages that describe a paper with a template: `{{Paper |title=… |authors=… |pdfUrl=…}}`
(Semantic MediaWiki, CEUR-WS and the like); the abstract, when the page shows it, follows an
`Abstract` line."""

from __future__ import annotations

import re

from papershelf.importers.paste.build import Draft, build
from papershelf.importers.paste.doc import Doc, Found
from papershelf.importers.paste.lines import Line

NAME = "wiki-template"
DESCRIPTION = "Wiki paper templates ({{Paper |title=… |authors=…}})"

_TEMPLATE = re.compile(r"\{\{\s*[\w ]+\s*(?P<body>\|[^{}]*?)(?:\}\}|$)")
_PAIR = re.compile(r"\|\s*(?P<key>[\w\-]+)\s*=\s*(?P<value>[^|]*)")
_ABSTRACT = re.compile(r"^\s*abstract\s*[:.]?\s*$", re.IGNORECASE)
URL_KEYS = ("pdfurl", "url", "doi", "arxiv", "dblpurl")


def read(lines: list[Line], doc: Doc) -> list[Found]:
    found: list[Found] = []
    for index, line in enumerate(lines):
        if line.kind == "claimed" or "{{" not in line.text:
            continue
        match = _TEMPLATE.search(line.text)
        if match is None:
            continue
        pairs = {m["key"].lower(): m["value"].strip() for m in _PAIR.finditer(match["body"])}
        if not pairs.get("title"):
            continue
        found.append(_paper(lines, index, pairs, doc))
    return found


def _paper(lines: list[Line], index: int, pairs: dict[str, str], doc: Doc) -> Found:
    draft = Draft(line=lines[index].number, title=pairs["title"], authors=pairs.get("authors", ""))
    draft.urls = [pairs[key] for key in URL_KEYS if pairs.get(key, "").startswith("http")]
    draft.text = " ".join(f"{key}={pairs[key]}" for key in ("doi", "arxiv") if key in pairs)
    draft.date = pairs.get("year") or pairs.get("date")
    last = index
    for at in range(index + 1, min(len(lines), index + 40)):
        if lines[at].kind == "claimed" or "{{" in lines[at].text:
            break
        if _ABSTRACT.match(lines[at].text):
            if at + 1 >= len(lines):
                last = at  # `Abstract` the paste's last line: the abstract was not copied
                break
            end = at + 1
            while end + 1 < len(lines) and lines[end + 1].block == lines[at + 1].block:
                end += 1
            draft.abstract = " ".join(line.text for line in lines[at + 1 : end + 1])
            last = end
            break
    draft.confidence = 0.85
    return Found(build(draft, doc.captured), index, last)
