"""Tables that the Markdown parser does not read as tables, rebuilt as rows of cells.

Two shapes reach the table reader (tables.py) as loose lines: an HTML table flattened to text
(`Title | 1986 | 72 |` lines, no delimiter row, the header often broken over several lines) and
a pipe table whose cells hold line breaks (a scraper wrote each author on a line of its own into
the cell): Markdown ends such a table at the first break and reads the rest as paragraphs.
"""

from __future__ import annotations

import re

from papershelf.importers.paste.lines import Cell, Line

_YEAR_CELL = re.compile(r"^\(?(?:19|20)\d{2}[a-z]?\)?$")
_LINK = re.compile(r"\[([^\]]*)\]\((https?://[^)\s]+)\)")
MIN_ROWS = 3
MAX_ROW_LINES = 400  # a row whose cells run longer than this is no row of a table


def pipe_cells(text: str, separator: str = "|") -> list[str]:
    """`a | b | c |` -> ['a', 'b', 'c']: the cells between the pipes, outer ones optional (or
    between tabs: a browser copies a page's table as lines of tab-separated cells)."""
    parts = [part.strip() for part in text.split(separator)]
    if parts and not parts[0]:
        parts = parts[1:]
    if parts and not parts[-1]:
        parts = parts[:-1]
    return parts


def separator_of(text: str) -> str:
    return "|" if "|" in text else "\t"


def _loose(line: Line, separator: str) -> bool:
    return line.kind in ("text", "item") and separator in line.text


def flattened_run(lines: list[Line], start: int) -> int:
    """The index of the last of the consecutive loose lines holding pipes (or tabs) from
    `start`."""
    separator = separator_of(lines[start].text)
    end = start
    while end + 1 < len(lines) and _loose(lines[end + 1], separator):
        end += 1
    return end


def _empty_last(text: str, separator: str) -> bool:
    """`Name | 2015 | Title |` under `Authors | Year | Title | Venue`: a table written without
    outer pipes ends a row with one when its last cell is empty."""
    text = text.strip()
    return separator == "|" and text.endswith("|") and not text.startswith("|")


def flattened_table(
    lines: list[Line], start: int, end: int
) -> tuple[list[str], list[tuple[int, Line]]] | None:
    """The header cells (none when the table has no header) and the rows, with their indexes,
    of a table flattened to lines `start`..`end`: at least three lines of as many cells (two
    or more), and before them the header's lines, whose cells together are as many."""
    separator = separator_of(lines[start].text)
    counts = [len(pipe_cells(lines[i].text, separator)) for i in range(start, end + 1)]
    emptied = [_empty_last(lines[i].text, separator) for i in range(start, end + 1)]
    first = 0
    while first < len(counts):
        last = first
        while last + 1 < len(counts) and (
            counts[last + 1] == counts[first]
            or (
                emptied[last + 1]
                and not emptied[first]  # the table's rows end without a pipe
                and counts[last + 1] + 1 == counts[first]
            )
        ):
            last += 1
        if counts[first] >= 2 and last - first + 1 >= MIN_ROWS:
            break
        first = last + 1
    else:
        return None
    width = counts[first]
    rows = []
    for offset in range(first, last + 1):
        line = lines[start + offset]
        cells = pipe_cells(line.text, separator)
        if all(not cell or _DELIMITER.match(cell) for cell in cells):
            continue  # `|---|---|`: the delimiter row Markdown did not take for one
        cells += [""] * (width - len(cells))
        rows.append((start + offset, _row(line.number, cells, line)))
    header: list[str] = []
    above = first - 1
    while above >= 0 and len(header) < width:  # a header broken over lines: its cells in order
        header = pipe_cells(lines[start + above].text, separator) + header
        above -= 1
    return (header if len(header) == width else []), rows


def guessed_columns(rows: list[Line]) -> dict[int, str] | None:
    """Columns of a flattened table without a header: a column of years is the date, and the
    column of the longest texts beside it the title; None when no column holds years."""
    width = len(rows[0].cells)
    years = [
        i
        for i in range(width)
        if sum(1 for row in rows if _YEAR_CELL.match(row.cells[i].text)) >= 0.8 * len(rows)
    ]
    if not years:
        return None
    letters = {
        i: sum(sum(ch.isalpha() for ch in row.cells[i].text) for row in rows) / len(rows)
        for i in range(width)
        if i not in years
    }
    if not letters:
        return None
    title = max(letters, key=lambda i: letters[i])
    if letters[title] < 12 or not _titles([row.cells[title].text for row in rows]):
        return None
    return {title: "title", years[0]: "date"}


def _titles(texts: list[str]) -> bool:
    """Cells shaped like titles (capitalised, two words or more, no closing full stop), not a
    log's remarks (`fixed the build.`)."""
    shaped = sum(
        1
        for text in texts
        if text[:1].isupper() and len(text.split()) >= 2 and not text.endswith(".")
    )
    return shaped >= 0.8 * len(texts)


_DELIMITER = re.compile(r"^:?-+:?$")


def _row(number: int, texts: list[str], like: Line | None = None) -> Line:
    """A row of cells; links written in a cell (`[Title](https://…)`) kept, and so are the
    links the Markdown parser took out of a line of text (`like`), each in the cell showing it."""
    cells = [Cell(text, [(m[1], m[2]) for m in _LINK.finditer(text)]) for text in texts]
    for cell in cells:
        if cell.links:
            cell.text = " ".join(_LINK.sub(r"\1", cell.text).split())
    for label, url in like.links if like is not None else []:
        holder = next((cell for cell in cells if label and label in cell.text), None)
        if holder is not None:
            holder.links.append((label, url))
    return Line(
        number,
        " | ".join(cell.text for cell in cells),
        kind="row",
        block=like.block if like is not None else 0,
        links=[link for cell in cells for link in cell.links],
        cells=cells,
    )


def broken_rows(source: list[str], header_number: int, width: int) -> list[tuple[Line, int]]:
    """The rows of a pipe table whose cells run over several source lines, read from the source
    (1-based line numbers), each with the number of its last line; [] when the table under the
    header on line `header_number` is no such table. Every row must end with a pipe (as its
    header does): without one, a row's end cannot be told from a line break in its last cell."""
    head = source[header_number - 1].strip() if 0 < header_number <= len(source) else ""
    if not head.endswith("|") or len(pipe_cells(head)) != width:
        return []
    number = header_number + 1  # the delimiter row
    rows: list[tuple[Line, int]] = []
    cells: list[str] = []
    parts: list[str] = []
    first = 0
    while number < len(source):
        raw = source[number].strip()
        number += 1
        if not cells and not parts:
            if not raw or "|" not in raw:
                break  # the table ends
            first = number
            raw = raw[1:] if raw.startswith("|") else raw
        elif not raw:
            continue  # a blank line inside a cell
        pieces = raw.split("|")
        parts.append(pieces[0])
        for piece in pieces[1:]:
            cells.append(" ".join(" ".join(parts).split()))
            parts = [piece]
        if len(cells) > width or number - first > MAX_ROW_LINES:
            return []
        if len(cells) == width and not "".join(parts).strip():
            rows.append((_row(first, cells), number))
            cells, parts = [], []
    if cells or parts:
        return []  # the last row never ended
    spanning = sum(1 for row, last in rows if last > row.number)
    return rows if spanning else []
