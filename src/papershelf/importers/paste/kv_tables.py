"""A paper's fields as a two-column table, one field a row, as generated digests write them:

    | Field | Value |
    |-------|-------|
    | **Title** | The Title of the Paper |
    | **Authors** | Ada Name, Ben Name |
    | **Publisher Link** | http://publisher.example.org/doi/10.1103/… |
    | **DOI** | 10.1103/… |
    | **Published Date** | 2025-06-11 |
    | **arXiv Link** | http://arxiv.org/abs/0901.3767v2 |
    | **Summary** | … |

Only tables whose first column names the fields (a Title row among them) are read; every row
whose label ends in `Link` or `URL` gives its address (`-` is none).
"""

from __future__ import annotations

import re

from papershelf.importers.paste.build import Draft, build
from papershelf.importers.paste.doc import Doc, Found
from papershelf.importers.paste.labels import BY_LABEL
from papershelf.importers.paste.lines import Cell, Line

NAME = "kv-table"
DESCRIPTION = "A paper's fields as a two-column table: `| **Title** | … |`, `| **DOI** | … |`"

_FIELDS = {
    "title": "title", "paper title": "title", "authors": "authors", "author": "authors",
    "doi": "doi", "published": "date", "published date": "date", "publication date": "date",
    "date": "date", "year": "date", "summary": "abstract", "abstract": "abstract",
    "arxiv": "id", "arxiv id": "id",
    # the same fields in French, Spanish, Portuguese, German, Chinese, Japanese and Korean
    "titre": "title", "título": "title", "titulo": "title", "titel": "title", "标题": "title",
    "题目": "title", "論文名": "title", "タイトル": "title", "제목": "title",
    "auteurs": "authors", "autores": "authors", "autoren": "authors", "作者": "authors",
    "著者": "authors", "저자": "authors", "année": "date", "año": "date", "ano": "date",
    "jahr": "date", "年份": "date", "年": "date", "年度": "date", "発表年": "date", "연도": "date",
    "발행일": "date", "发表日期": "date", "発表日": "date", "résumé": "abstract",
    "resumen": "abstract", "resumo": "abstract", "摘要": "abstract", "要約": "abstract",
    "초록": "abstract",
}  # fmt: skip
# The fields of the labels the labelled notes know (labels.py), beyond the ones above
_KNOWN = {"title": "title", "authors": "authors", "date": "date", "abstract": "abstract"}
_KNOWN |= {"link": "link"}
_LINK_LABEL = re.compile(r"(?:^|\s)(?:link|url|pdf|lien|enlace|链接|リンク|링크)$")
_URL = re.compile(r"^https?://\S+$")
_HEADER_NAMES = frozenset(
    ("field", "key", "property", "item", "attribute", "champ", "campo", "feld", "字段", "项目",
     "項目", "항목")
)  # fmt: skip
MIN_FIELDS = 3
MIN_ABSTRACT = 100
MAX_TITLE = 300


def read(lines: list[Line], doc: Doc) -> list[Found]:
    found: list[Found] = []
    index = 0
    while index < len(lines):
        if lines[index].kind != "row" or len(lines[index].cells) != 2:
            index += 1
            continue
        end = index
        while (
            end + 1 < len(lines) and lines[end + 1].kind == "row" and len(lines[end + 1].cells) == 2
        ):
            end += 1
        if hit := _table(lines, index, end, doc):
            found.append(hit)
        index = end + 1
    return found


def _table(lines: list[Line], first: int, last: int, doc: Doc) -> Found | None:
    fields: dict[str, str] = {}
    urls: list[str] = []
    rows = _rows(lines, first, last)
    if rows is None:
        return None
    for label, value, cell in rows:
        if not value.strip(" ,;") or value in ("-", "—", "N/A", "n/a"):
            continue  # `| Main Authors | , , , |`: a catalogue's names left out
        name = _FIELDS.get(label) or _KNOWN.get(BY_LABEL.get(label, ""))  # labelled notes' too
        if _LINK_LABEL.search(label) or name == "link":
            urls += [url for _, url in cell.links] or ([value] if _URL.match(value) else [])
            if name == "link" and not _URL.match(value):
                fields.setdefault("id", value)  # `| arXiv | 2401.01234 |`: an identifier
        elif name and name not in fields:
            fields[name] = value
    top = first
    if (
        not fields.get("title")
        and len(fields) >= MIN_FIELDS - 1  # the title over the table is the third
        and (above := _titled_above(lines, first))
    ):
        top, fields["title"] = above[0], above[1]
        if above[2]:
            fields.setdefault("abstract", above[2])
    if not fields.get("title") or len(fields) + bool(urls) < MIN_FIELDS:
        return None
    draft = Draft(line=lines[top].number, title=fields["title"], authors=fields.get("authors", ""))
    draft.urls = urls
    draft.date = _day(fields["date"]) if "date" in fields else None
    draft.abstract = fields.get("abstract", "")
    draft.text = " ".join(
        f"doi:{fields['doi']}" if key == "doi" else fields[key]
        for key in ("doi", "id")
        if key in fields
    )
    draft.confidence = 0.9
    return Found(build(draft, doc.captured), top, last)


def _rows(lines: list[Line], first: int, last: int) -> list[tuple[str, str, Cell]] | None:
    """(label, value, value's cell) of each row; None for a table of papers. A catalogue's cell
    of several lines comes as a row with its label and no value, then a row a line, the line in
    the first cell (`| Published |` / `| 30.04.2020 |`): those lines are the label's value."""
    rows: list[tuple[str, str, Cell]] = []
    open_ = False  # the last row's label came without its value: lines of it may follow
    for line in lines[first : last + 1]:
        label = _label(line.cells[0].text)
        value = line.cells[1].text.strip()
        if line.header and label in _HEADER_NAMES:
            continue
        if line.header and label not in _CATALOGUE_HEADS:
            return None  # a table of papers, not of one paper's fields
        if not value and open_ and label not in _FIELDS:
            name, previous, cell = rows.pop()
            rows.append((name, f"{previous} {line.cells[0].text.strip()}".strip(), cell))
            continue
        rows.append((label, value, line.cells[1]))
        open_ = not value
    return rows


# A catalogue record's first row, which Markdown makes the table's header (`| Published in | … |`)
_CATALOGUE_HEADS = frozenset(("published in", "publisher", "format", "language", "source", "issn"))
_DOTTED_DAY = re.compile(r"\b(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2})\b")


def _day(value: str) -> str:
    """`30.04.2020` (a European catalogue's day) as `2020-04-30`; any other date as printed."""
    if (found := _DOTTED_DAY.search(value)) and int(found[2]) <= 12 and int(found[1]) <= 31:
        return f"{found[3]}-{int(found[2]):02d}-{int(found[1]):02d}"
    return value


def _titled_above(lines: list[Line], first: int) -> tuple[int, str, str] | None:
    """A catalogue record's title over its table of fields (VuFind's `Title` / the abstract's
    start / `Saved in:`): (index of the title line, title, abstract or "")."""
    at = first - 1
    while at >= max(0, first - 2) and lines[at].kind == "text" and lines[at].text.endswith(":"):
        at -= 1  # `Saved in:`
    if at < 0 or lines[at].kind != "text":
        return None
    abstract = ""
    if len(lines[at].text) >= MIN_ABSTRACT and at > 0 and lines[at - 1].kind == "text":
        # the catalogue's snippet, cut with `...`: the mark is no part of the abstract
        abstract, at = lines[at].text.removesuffix("...").removesuffix("…").rstrip(), at - 1
    title = lines[at].text
    if len(title) > MAX_TITLE or title.endswith(":") or (abstract and len(title) >= len(abstract)):
        return None
    return at, title, abstract


def _label(text: str) -> str:
    return " ".join(text.replace("*", "").replace("_", " ").strip(" :：").lower().split())
