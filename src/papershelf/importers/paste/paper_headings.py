"""Answers and notes that give each paper a numbered heading: `## 2. BEST-Route（微软）`, often
with a second heading linking it right under (`## [BEST-Route Microsoft Research](…)`, as chat
answers cite their sources), and maybe the paper's full title under a label (`论文：` / `Paper:`
over the title, quoted or not). The two headings are one paper; the labelled title wins over the
heading's short name; the link heading gives the link, unless it is a repository's.
"""

from __future__ import annotations

import re

from papershelf.importers.paste.build import Draft, build
from papershelf.importers.paste.doc import Doc, Found
from papershelf.importers.paste.identifiers import find_identifiers
from papershelf.importers.paste.lines import Line, clean_title

NAME = "paper-headings"
DESCRIPTION = "Numbered paper headings, a heading linking each, the full title under `Paper:`"

_NUMBERED = re.compile(r"^(?:\d{1,2}[.)、]|[一二三四五六七八九十]+[、.])\s*(?P<name>\S.*)$")
# A remark after the name: `RouteLLM（最经典）`, `BEST-Route (Microsoft)`.
_REMARK = re.compile(r"\s*[（(][^（）()]{1,20}[）)]\s*$")
# `论文：`, `对应论文：`, `Paper:`, `相关论文:` alone on a line, the title under it; or the title after it.
_PAPER_LABEL = re.compile(
    r"^(?:对应|相关|原)?论文(?:标题|题目)?\s*[:：]\s*(?P<value>.*)$"
    r"|^(?:the\s+)?(?:paper|full title|paper title)\s*[:：]\s*(?P<latin>.*)$",
    re.IGNORECASE,
)
_REPOSITORY = re.compile(
    r"^https?://(?:www\.)?(?:github\.com|gitlab\.com|huggingface\.co/(?!papers/))"
)
TITLE_AT_MOST = 200  # characters: a reference with its names and venue is longer
_CITED = re.compile(r"\((?:19|20)\d{2}[a-z]?\)|\bet al\.|[A-Z]\., [A-Z]")
BODY = 12  # lines under the headings in which the labelled title stands


def read(lines: list[Line], doc: Doc) -> list[Found]:
    found: list[Found] = []
    read_to = -1
    for index in doc.heading_indices():  # only a heading opens a paper here
        if index > read_to and (hit := _paper(lines, index, doc)) is not None:
            found.append(hit)
            read_to = hit.last
    return found


def _paper(lines: list[Line], index: int, doc: Doc) -> Found | None:
    head = lines[index]
    if head.kind != "heading" or (numbered := _NUMBERED.match(head.text)) is None:
        return None
    name = _REMARK.sub("", numbered["name"]).strip()
    last = index
    urls: list[str] = []
    linked = _link_heading(lines, index + 1, head.level, name)
    if linked is not None:
        last = index + 1
        urls = [url for _, url in linked.links if not _REPOSITORY.match(url)]
    labelled, label_at = _labelled_title(lines, last + 1)
    if labelled:
        last = label_at
    identified = any(_identifies(url) for url in urls)
    if not labelled and not (linked is not None and identified):
        return None  # a numbered heading alone is a section's, not a paper's
    draft = Draft(line=head.number, title=labelled or name, urls=urls)
    draft.confidence = 0.7 if labelled else 0.6
    return Found(build(draft, doc.captured), index, last)


def _link_heading(lines: list[Line], at: int, level: int, name: str) -> Line | None:
    """The heading right under, of the same level, that is one link naming the same thing."""
    if at >= len(lines):
        return None
    line = lines[at]
    if line.kind != "heading" or line.level != level or len(line.links) != 1:
        return None
    label = line.links[0][0]
    first = name.split()[0].casefold() if name.split() else ""
    return line if first and label.casefold().startswith(first) else None


def _labelled_title(lines: list[Line], start: int) -> tuple[str, int]:
    """The title under (or after) a paper label in the lines under the headings, and its line."""
    for at in range(start, min(len(lines), start + BODY)):
        line = lines[at]
        if line.kind in ("heading", "rule", "claimed"):
            break
        match = _PAPER_LABEL.match(line.text)
        if match is None:
            continue
        value = (match["value"] or match["latin"] or "").strip()
        if not value and at + 1 < len(lines) and lines[at + 1].kind not in ("heading", "claimed"):
            value, at = lines[at + 1].text, at + 1
        title = clean_title(value.strip('“”"「」《》 '))
        if len(title.split()) >= 2 and len(title) <= TITLE_AT_MOST and not _CITED.search(title):
            return title, at
        break  # the label heads a list of references (`Goodfellow, I., … (2014). Title. …`)
    return "", start


def _identifies(url: str) -> bool:
    ids = find_identifiers("", [url])
    return bool(ids.arxiv_id or ids.doi or ids.openreview)
