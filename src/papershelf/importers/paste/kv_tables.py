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
from papershelf.importers.paste.lines import Line

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
    for line in lines[first : last + 1]:
        label = _label(line.cells[0].text)
        if line.header:
            if label not in _HEADER_NAMES:
                return None  # a table of papers, not of one paper's fields
            continue
        value = line.cells[1].text.strip()
        if not value or value in ("-", "—", "N/A", "n/a"):
            continue
        name = _FIELDS.get(label) or _KNOWN.get(BY_LABEL.get(label, ""))  # labelled notes' too
        if _LINK_LABEL.search(label) or name == "link":
            urls += [url for _, url in line.cells[1].links] or (
                [value] if _URL.match(value) else []
            )
            if name == "link" and not _URL.match(value):
                fields.setdefault("id", value)  # `| arXiv | 2401.01234 |`: an identifier
        elif name and name not in fields:
            fields[name] = value
    if not fields.get("title") or len(fields) + bool(urls) < MIN_FIELDS:
        return None
    draft = Draft(
        line=lines[first].number, title=fields["title"], authors=fields.get("authors", "")
    )
    draft.urls = urls
    draft.date = fields.get("date")
    draft.abstract = fields.get("abstract", "")
    draft.text = " ".join(
        f"doi:{fields['doi']}" if key == "doi" else fields[key]
        for key in ("doi", "id")
        if key in fields
    )
    draft.confidence = 0.9
    return Found(build(draft, doc.captured), first, last)


def _label(text: str) -> str:
    return " ".join(text.replace("*", "").replace("_", " ").strip(" :：").lower().split())
