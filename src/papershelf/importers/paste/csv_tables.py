"""Search results and libraries exported as CSV and pasted as text (a citation database's or a
reference manager's export, a harvester's results): a header row naming the columns (`Authors,
Title,Year,Source title,DOI`), then one paper a line, fields parted by commas (or semicolons)
and quoted when they hold one. The rows are read as a table of papers reads its rows
(tables.py): the same columns, the same cells."""

from __future__ import annotations

import csv

from papershelf.importers.paste.doc import Doc, Found
from papershelf.importers.paste.lines import Cell, Line
from papershelf.importers.paste.tables import header_columns, row_paper

NAME = "csv-table"
DESCRIPTION = "CSV exports: a header naming Title (and Authors, Year…), one paper a line"
TITLED = True

HEADER_WITHIN = 10  # an export starts with its header (a line or two of notes above at most)
MIN_FIELDS = 3  # an export writes more than a title and one thing about it
MAX_FIELDS = 60
MAX_HEADER = 30  # characters of a column's name


def read(lines: list[Line], doc: Doc) -> list[Found]:
    if not doc.plain:
        return []  # a CSV export holds no Markdown or HTML
    for index in range(min(HEADER_WITHIN, len(lines))):
        text = lines[index].text
        delimiter = ";" if text.count(";") > text.count(",") else ","
        if text.count(delimiter) < 1 or lines[index].kind == "claimed":
            continue
        headers = _fields(text, delimiter) or []
        if not MIN_FIELDS <= len(headers) <= MAX_FIELDS or max(map(len, headers)) > MAX_HEADER:
            continue  # a sentence with a comma or two is no header
        columns = header_columns(headers)
        if "title" in columns.values() and len(columns) >= 2:
            return _rows(lines, index + 1, len(headers), columns, delimiter, doc)
    return []


def _rows(
    lines: list[Line], first: int, width: int, columns: dict[int, str], delimiter: str, doc: Doc
) -> list[Found]:
    found: list[Found] = []
    for index in range(first, len(lines)):
        line = lines[index]
        fields = _fields(line.text, delimiter) if line.kind != "claimed" else None
        if fields is None or len(fields) != width:
            break  # the export ends (an export writes every field of every row, empty or not)
        row = Line(line.number, line.text, kind="row", cells=[Cell(field) for field in fields])
        if hit := row_paper(row, columns, index, doc):
            found.append(hit)
    return found


def _fields(text: str, delimiter: str) -> list[str] | None:
    try:
        rows = list(csv.reader([text], delimiter=delimiter))
    except csv.Error:
        return None
    return [field.strip() for field in rows[0]] if rows else None
