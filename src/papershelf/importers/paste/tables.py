"""Tables of papers (Markdown or HTML): columns named by their header, one paper a row."""

from __future__ import annotations

import re

from papershelf.importers.paste.blocks import date_in, year_in
from papershelf.importers.paste.build import Draft, build
from papershelf.importers.paste.citations import read_citation
from papershelf.importers.paste.doc import Doc, Found
from papershelf.importers.paste.lines import Cell, Line, strip_emoji

NAME = "table"
DESCRIPTION = "Tables of papers (Markdown or HTML) with a Title/Paper column"

COLUMNS = {
    "title": ("title", "paper", "papers", "paper title", "name", "题目", "标题", "论文", "论文标题"),
    "authors": ("authors", "author", "作者"),
    "date": ("date", "publish date", "published", "submitted", "year", "日期", "发布日期", "时间"),
    "abstract": ("abstract", "摘要", "summary"),
    "link": ("pdf", "link", "links", "url", "arxiv", "code", "paper link", "链接", "🔗", ""),
}  # fmt: skip
_BY_NAME = {name: column for column, names in COLUMNS.items() for name in names}


# Headers people write beyond the plain names: `Paper Title`, `Title & Authors`, `Pub. Date`,
# `First Author`, `TL;DR`, `发布日期`. The first word that names a field decides.
_LOOSE = (
    ("title", re.compile(r"\b(?:title|paper|papers|article|publication)\b|题目|标题|论文|名称")),
    ("authors", re.compile(r"\bauthors?\b|作者")),
    ("date", re.compile(r"\b(?:date|published|submitted|updated|year)\b|日期|时间")),
    ("abstract", re.compile(r"\b(?:abstract|summary|tl;?dr)\b|摘要")),
)
_NOT_TITLE = re.compile(r"\b(?:code|link|links|url|pdf|id|number|no|#)\b")


def _column(header: str) -> str | None:
    name = " ".join(re.sub(r"[*_`]", "", strip_emoji(header)).lower().split())
    if name in _BY_NAME:
        return _BY_NAME[name]
    if len(name) > 40:
        return None  # a cell of data, not a header
    for column, pattern in _LOOSE:
        if pattern.search(name) and not (column == "title" and _NOT_TITLE.search(name)):
            return column
    return None


def read(lines: list[Line], doc: Doc) -> list[Found]:
    found: list[Found] = []
    columns: dict[int, str] | None = None
    for index, line in enumerate(lines):
        if line.kind != "row":
            columns = None
            continue
        if columns is None or line.header:
            mapped = {i: c for i, cell in enumerate(line.cells) if (c := _column(cell.text))}
            columns = mapped if "title" in mapped.values() else None
            continue
        if hit := _row(line, columns, index, doc):
            found.append(hit)
    return found


def _row(line: Line, columns: dict[int, str], index: int, doc: Doc) -> Found | None:
    cells: dict[str, Cell] = {}
    for i, cell in enumerate(line.cells):
        if (name := columns.get(i)) and name not in cells:
            cells[name] = cell
    title_cell = cells.get("title")
    if title_cell is None or len(title_cell.text) < 8:
        return None
    draft = Draft(line=line.number, title=title_cell.text, urls=list(line.urls), text=line.text)
    cited = read_citation(title_cell.text, title_cell.bold, title_cell.links)
    if cited is not None and (cited.authors or cited.year):
        draft.title, draft.authors, draft.date = cited.title, cited.authors, cited.year
    elif title_cell.bold:
        draft.title = max(title_cell.bold, key=len)
    elif title_cell.links and len(title_cell.links[0][0]) >= 0.6 * len(title_cell.text):
        draft.title = title_cell.links[0][0]
    if (authors := cells.get("authors")) and authors.text.lower() not in ("", "null", "-"):
        draft.authors = authors.text
    if (when := cells.get("date")) and not draft.date:
        text = when.text.strip("* ")
        draft.date = date_in(text) or (text if re.fullmatch(r"\d{4}(?:-\d{2})?", text) else None)
        draft.date = draft.date or year_in(text) if re.search(r"\d{4}", text) else draft.date
    if abstract := cells.get("abstract"):
        draft.abstract = abstract.text
    draft.confidence = 0.85
    return Found(build(draft, doc.captured), index, index)
