"""A labelled card about several papers at once (a note on a family of methods): the paper label
lists the titles set in italics and parted by `/` or `·`, the authors label the same number of
name groups parted by `·` or `;`, and the card links the papers' arXiv pages in the same order.

`> **論文**：*Title A* / *Title B*` with `> **作者**：A, B（Lab）· C, D（Lab）` is two papers, A's
names and first link with the first title. Names and links are given out only when their count
matches the titles'; an affiliation in brackets and `et al.` after the names are no names.
"""

from __future__ import annotations

import re

from papershelf.importers.paste.build import Draft, build
from papershelf.importers.paste.doc import Doc, Found
from papershelf.importers.paste.identifiers import find_identifiers
from papershelf.importers.paste.labels import BY_LABEL, LABELLED
from papershelf.importers.paste.lines import Line

NAME = "multi-paper-card"
DESCRIPTION = "A labelled card on several papers: `Papers: *A* / *B*`, `Authors: … · …`"

_PAPER_LABELS = {
    "論文",
    "论文",
    "papers",
    "paper",
    "titles",
    "title",
    "標題",
    "标题",
    "題目",
    "题目",
}
_TITLES_APART = re.compile(r"\s*(?:/|·|・|；|;)\s*")
_GROUPS_APART = re.compile(r"\s*(?:·|・|；|;)\s*")
_AFFILIATION = re.compile(r"\s*[（(][^（）()]*[）)]")
_ET_AL = re.compile(r",?\s*(?:et\.? al\.?|等|ら)\s*$")
MIN_PAPERS = 2


def read(lines: list[Line], doc: Doc) -> list[Found]:
    found: list[Found] = []
    for index, line in enumerate(lines):
        if line.kind == "claimed" or len(line.italic) < MIN_PAPERS:
            continue
        titles = _titles(line)
        if titles:
            found += _papers(lines, index, titles, doc)
    return found


def _titles(line: Line) -> list[str]:
    """The titles of a paper label whose value is nothing but italic titles and separators."""
    match = LABELLED.match(line.text)
    if match is None or match["label"].strip(" *_").lower() not in _PAPER_LABELS:
        return []
    parts = [part.strip(" *_") for part in _TITLES_APART.split(match["value"].strip())]
    if len(parts) < MIN_PAPERS or parts != [span.strip() for span in line.italic]:
        return []
    return parts if all(len(part.split()) >= 2 for part in parts) else []


def _papers(lines: list[Line], index: int, titles: list[str], doc: Doc) -> list[Found]:
    card = [at for at, line in enumerate(lines) if line.block == lines[index].block]
    groups: list[str] = []
    arxiv: list[str] = []
    for at in card:
        match = LABELLED.match(lines[at].text)
        field = BY_LABEL.get(match["label"].strip(" *_").lower()) if match else None
        if match and field == "authors":
            groups = _GROUPS_APART.split(_AFFILIATION.sub("", match["value"]).strip())
        for url in lines[at].urls:
            if (found := find_identifiers("", [url]).arxiv_id) and found not in arxiv:
                arxiv.append(found)
    names = groups if len(groups) == len(titles) else [""] * len(titles)
    ids = arxiv if len(arxiv) == len(titles) else [""] * len(titles)
    first, last = card[0], card[-1]
    papers: list[Found] = []
    for title, group, arxiv_id in zip(titles, names, ids, strict=True):
        draft = Draft(line=lines[index].number, title=title, authors=_ET_AL.sub("", group))
        if arxiv_id:
            draft.urls = [f"https://arxiv.org/abs/{arxiv_id}"]
        draft.confidence = 0.7 if group and arxiv_id else 0.55
        if draft.confidence < 0.6:
            draft.reasons = ["one of several papers on one card, its names or link not told apart"]
        papers.append(Found(build(draft, doc.captured), first, last))
    return papers
