"""Tables of papers (Markdown or HTML): columns named by their header, one paper a row."""

from __future__ import annotations

import re

from papershelf.core.dates import parse_date
from papershelf.importers.paste.blocks import (
    GENERIC_LINK_LABELS,
    date_in,
    is_generic_label,
    words,
    year_in,
)
from papershelf.importers.paste.build import Draft, build
from papershelf.importers.paste.cells import (
    anonymous,
    arxiv_cell,
    cited_in_brackets,
    date_cell,
    initialled_people,
    italic_citation,
    labelled_fields,
    mla_first_author,
    names_then_title,
    names_year_quoted,
    people_cell,
    without_method_name,
    without_remark,
    year_cell,
)
from papershelf.importers.paste.citations import read_citation
from papershelf.importers.paste.doc import Doc, Found
from papershelf.importers.paste.identifiers import arxiv_from_links
from papershelf.importers.paste.lines import Cell, Line, strip_emoji
from papershelf.importers.paste.names import looks_like_names
from papershelf.importers.paste.sections import identified
from papershelf.importers.paste.table_text import (
    broken_rows,
    flattened_run,
    flattened_table,
    guessed_columns,
)

NAME = "table"
DESCRIPTION = "Tables of papers (Markdown or HTML) with a Title/Paper column"
TITLED = True  # the title is the Title column's cell: a short name (`LEACE`) is a title there

COLUMNS = {
    "title": ("title", "paper", "papers", "paper title", "name", "work", "works", "题目", "标题",
              "论文", "论文标题", "제목", "논문", "논문 제목", "タイトル", "論文", "題目", "表題",
              "연구", "título", "titulo", "titre", "titolo", "titel", "artículo", "articulo",
              "artigo", "reference", "cite", "citation"),
    "authors": ("authors", "author", "作者", "저자", "著者", "autores", "autor", "auteurs",
                "auteur", "autori", "autore", "autoren"),
    "date": ("date", "publish date", "published", "submitted", "日期", "发布日期", "时间",
             "날짜", "일자", "발행일", "日付", "公開日", "fecha", "datum", "дата"),
    "year": ("year", "年份", "发表年份", "出版年份", "年度", "연도", "発表年", "出版年", "年", "ano",
             "año", "anno", "année", "annee", "jahr"),
    "abstract": ("abstract", "摘要", "summary", "요약", "초록", "要約", "概要"),
    "venue": ("venue", "conference", "journal", "published in", "会议", "期刊", "发表", "학회",
              "발표", "게재", "revista", "conferencia", "conferência", "revue", "rivista",
              "出典", "発表", "掲載"),
    "link": ("pdf", "link", "links", "url", "code", "paper link", "链接", "🔗", "",
             "링크", "リンク", "enlace", "lien", "liens"),
    "arxiv": ("arxiv", "arxiv id", "arxiv-id"),
}  # fmt: skip
_BY_NAME = {name: column for column, names in COLUMNS.items() for name in names}
_DATED = ("date", "year")  # a Year column gives the year alone (`Oct 2025` there is 2025)


def _dated(column: str) -> str:
    return "date" if column == "year" else column


# Headers people write beyond the plain names: `Paper Title`, `Title & Authors`, `Pub. Date`,
# `First Author`, `TL;DR`, `发布日期`. The first word that names a field decides.
_LOOSE = (
    # `Required Reading`, `References`, `Citation`, `Study`: a syllabus's or a review's papers
    (
        "title",
        re.compile(
            r"\b(?:title|paper|papers|article|publication|readings?|references?|citations?|study"
            r"|studies)\b|题目|标题|论文|名称|論文|題目|タイトル|제목|논문"
        ),
    ),
    # `学生の名前 (性 名)`, `氏名`, `발표자`: the people of a thesis list or a programme
    ("authors", re.compile(r"\bauthors?\b|作者|著者|氏名|名前|発表者|저자|발표자")),
    (
        "date",
        re.compile(r"\b(?:date|published|submitted|updated|year|fecha|datum|дата)\b|日期|时间"),
    ),
    # `Título del artículo`, `Titre de l'article`, `Autor(es)`, `Année de publication`
    ("title", re.compile(r"\b(?:título|titulo|titre|titolo|titel|название)\b|標題|題名")),
    ("authors", re.compile(r"\b(?:autor(?:es|en)?|auteurs?|autori|авторы?)\b")),
    ("year", re.compile(r"\b(?:año|ano|année|annee|anno|jahr|год)\b|年份|年度")),
    ("abstract", re.compile(r"\b(?:abstract|summary|tl;?dr)\b|摘要")),
    ("venue", re.compile(r"\b(?:venue|journal|conference)\b")),  # `Venue, verified`
)
_NOT_TITLE = re.compile(r"\b(?:code|link|links|url|pdf|id|number|no|#)\b")
_MONTH_YEAR = re.compile(
    r"\b(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t|tember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.? (?:19|20)\d{2}\b"
)
_TITLE_WORD = re.compile(r"\btitles?\b")  # `Paper Title and Link` holds the titles
_DATE_LAST = re.compile(r"\b(?:year|date)$")  # `Publication Year` holds the years


def _column(header: str) -> str | None:
    name = " ".join(re.sub(r"[*_`]", "", strip_emoji(header)).lower().split())
    if name in _BY_NAME:
        return _BY_NAME[name]
    if (first := _first_of_pair(name)) and first in _BY_NAME:
        return _BY_NAME[first]
    if len(name) > 40:
        return None  # a cell of data, not a header
    if _DATE_LAST.search(name) and not _TITLE_WORD.search(name):
        return "year" if name.endswith("year") else "date"  # `Publication Year`: the last word
    named: list[tuple[int, int, str]] = []  # where a field's word stands, the order of _LOOSE
    for order, (column, pattern) in enumerate(_LOOSE):
        named_title = column == "title" and _TITLE_WORD.search(name)
        if (match := pattern.search(name)) and (
            named_title or not (column == "title" and _NOT_TITLE.search(name))
        ):
            named.append((match.start(), order, column))
    return min(named)[2] if named else None


# A header that names the title itself, in the languages of COLUMNS (`Titre`, `Paper Title`)
_TITLE_NAMED = re.compile(
    r"\b(?:titles?|titre|título|titulo|titolo|titel|название)\b|题目|标题|タイトル|題目|제목"
)
_VENUE_NAMED = re.compile(r"\b(?:publication|published in|journal|revue|revista|rivista|source)\b")


def _columns(headers: list[str]) -> dict[int, str]:
    """The columns a header row names. Two columns taken for the title (`Publication | Titre`,
    both words of a title column) leave it to the one that says title; the other, when it
    names a journal or a publication, is the venue."""
    mapped = {i: c for i, text in enumerate(headers) if (c := _column(text))}
    titles = [i for i, column in mapped.items() if column == "title"]
    if len(titles) < 2:
        return mapped
    named = [i for i in titles if _TITLE_NAMED.search(headers[i].lower())]
    if len(named) != 1:
        return mapped
    for i in titles:
        if i != named[0]:
            if _VENUE_NAMED.search(headers[i].lower()):
                mapped[i] = "venue"
            else:
                del mapped[i]
    return mapped


def _first_of_pair(name: str) -> str:
    """`저자/년도`, `Study / Source`: a header naming two things at once; its first names the
    column (the second is read from the cell as it is, a year after the names)."""
    first, slash, _second = name.partition("/")
    return first.strip() if slash else ""


def read(lines: list[Line], doc: Doc) -> list[Found]:
    found: list[Found] = []
    columns: dict[int, str] | None = None
    titled_by: int | None = None  # a heading above a table of one paper's facts
    surnames = False  # the Authors column gives family names only (`Gonen, Goldberg`)
    named_only = False  # a table of things by name: its rows need a paper's identifier
    headed = False  # the table has a header row (Markdown's first, HTML's `<th>` cells)
    read_to = -1  # the last line a table read as text (see table_text.py) took
    # One scan of the whole text: most pastes hold no pipe outside their tables' rows, and
    # then no line needs to be looked into for a table flattened to text.
    pipes = "|" in doc.source or "\t" in doc.source if doc.source else True
    source: list[list[str]] = []  # the source's lines, split when a table needs them
    previous = -2
    table_at = -1  # the header of the table being read
    tables: dict[int, list[Found]] = {}  # its rows read as papers, by the table's header
    cited: set[int] = set()  # the rows whose Paper cell cites the paper (names, *Title*)
    quoted: set[int] = set()  # the rows whose Paper cell quotes the title (`Heim 1983 "Title"`)
    for index in _rows_and_separated(lines, pipes):
        line = lines[index]
        if index != previous + 1:
            columns, titled_by = None, None  # other lines between: the table ended
            headed = False
        previous = index
        if line.kind != "row":
            columns, titled_by, headed = None, None, False
            if index > read_to:
                read_to = flattened_run(lines, index)  # a table flattened to text
                found += _flattened(lines, index, read_to, doc)
            continue
        if index <= read_to:
            continue
        if columns is None and headed and not line.header:
            continue  # a table whose header names no paper column: its rows name none either
        if columns is None or line.header:
            headed = headed or line.header
            table_at = index
            mapped = _columns([cell.text for cell in line.cells])
            if (
                "title" not in mapped.values()
                and (linked := _titled_links(lines, index)) is not None
            ):
                mapped[linked] = "title"  # `| Link | description |` over `| [Title](…) | … |`
            titled_by = None
            if "title" not in mapped.values() and {"authors", *_DATED} & set(mapped.values()):
                titled_by = _title_above(lines, index)
            columns = mapped if "title" in mapped.values() or titled_by is not None else None
            surnames = columns is not None and _surname_column(lines, index, columns)
            named_only = columns is not None and _named_only(line, columns)
            if (
                columns is not None
                and titled_by is None
                and (spanning := _spanning(lines, index, doc, source))
            ):
                hits, read_to = spanning
                found += [
                    hit for row, last in hits if (hit := _row_over(row, last, columns, lines, doc))
                ]
            continue
        if titled_by is not None:
            if hit := _facts_row(lines, titled_by, line, columns, index, doc):
                found.append(hit)
            titled_by = None  # one paper's facts: one row
        elif alternatives := _linked_alternatives(line, columns):
            for row in alternatives:  # `[Title](…) or [Title](…)`: a choice of two papers
                if hit := _row(row, columns, index, doc, surnames):
                    found.append(hit)
                    tables.setdefault(table_at, []).append(hit)
        elif (hit := _row(line, columns, index, doc, surnames)) and (
            not named_only or identified(hit.record)
        ):
            found.append(hit)
            tables.setdefault(table_at, []).append(hit)
            if _cites(line, columns):
                cited.add(id(hit))
            if _quotes_title(line, columns):
                quoted.add(id(hit))
    others = {id(hit) for rows in tables.values() for hit in _other_things(rows)}
    others |= {id(hit) for rows in tables.values() for hit in _notes_among_citations(rows, cited)}
    if quoted:
        others |= {id(hit) for rows in tables.values() for hit in _notes_among_quoted(rows, quoted)}
    return [hit for hit in found if id(hit) not in others] if others else found


IDENTIFIED_SHARE = 0.75  # of a table's rows, that carry a paper's identifier
SHORT_NAME_WORDS = 3


def _short_names(rows: list[Found]) -> bool:
    short = sum(1 for hit in rows if len(hit.record.title.split()) <= SHORT_NAME_WORDS)
    return short >= IDENTIFIED_SHARE * len(rows)


def _other_things(rows: list[Found]) -> list[Found]:
    """A table of related work by short names (`AgentDojo`, `Prompt Flow Integrity`) whose rows
    nearly all link their paper (arXiv, DOI), with a vendor's report or a blog post among them
    (`| Acme campaign | 2026 | … | [Analysis](…) |`): a short name alone is no evidence of a
    paper, so the rows with no identifier and no names are other things. (Full titles are: a
    row of them linking a PDF elsewhere is a paper all the same.)"""
    if len(rows) < 4 or not _short_names(rows):
        return []
    bare = [hit for hit in rows if not identified(hit.record)]
    if len(bare) > (1 - IDENTIFIED_SHARE) * len(rows):
        return []
    return [hit for hit in bare if not hit.record.authors]


def _cites(line: Line, columns: dict[int, str]) -> bool:
    at = next((i for i, column in columns.items() if column == "title"), None)
    if at is None or at >= len(line.cells):
        return False
    return italic_citation(line.cells[at].text, line.cells[at].italic) is not None


def _notes_among_citations(rows: list[Found], cited: set[int]) -> list[Found]:
    """A reading schedule whose Paper cells cite papers (`Surname et al. (2017) — *Title*`)
    with the planner's own rows among them (`**CHECKPOINT 2** — write a summary`): where nearly
    every row cites, a row that names nobody and carries no identifier is no paper."""
    if len(rows) < 4 or sum(1 for hit in rows if id(hit) in cited) < IDENTIFIED_SHARE * len(rows):
        return []
    return [
        hit
        for hit in rows
        if id(hit) not in cited and not hit.record.authors and not identified(hit.record)
    ]


# A title in quotes: two words or more between straight or curly double quotes
_QUOTED_TITLE = re.compile(r"[\"“][^\"“”\s]+\s[^\"“”]{2,300}[\"”]")
QUOTED_SHARE = 0.4  # of a schedule's rows, that quote a paper's title
MIN_QUOTED = 3


MIN_CHOICE_WORDS = 3  # each of two linked choices is a title
_BETWEEN_LINKS = re.compile(r"^(?:\s*(?:or|and|/|;|,|\|)\s*)?$", re.IGNORECASE)


def _linked_alternatives(line: Line, columns: dict[int, str]) -> list[Line]:
    """`[Title one](…) or [Title two](…)` in the Paper cell: a row for each linked title, the
    other cells as they are; [] when the cell holds anything but links and the words between."""
    at = next((i for i, column in columns.items() if column == "title"), None)
    if at is None or at >= len(line.cells) or len(line.cells[at].links) < 2:
        return []
    cell = line.cells[at]
    rest = cell.text
    for label, _url in cell.links:
        before, found, rest = rest.partition(label)
        if not found or len(label.split()) < MIN_CHOICE_WORDS or not _BETWEEN_LINKS.match(before):
            return []  # `[Title](…) / [slides](…)`: one paper and its other links
    if rest.strip():
        return []
    others = [link for i, other in enumerate(line.cells) if i != at for link in other.links]
    rows = []
    for label, url in cell.links:
        cells = list(line.cells)
        cells[at] = Cell(label, [(label, url)])
        rows.append(
            Line(line.number, line.text, kind="row", links=[(label, url), *others], cells=cells)
        )
    return rows


def _quotes_title(line: Line, columns: dict[int, str]) -> bool:
    at = next((i for i, column in columns.items() if column == "title"), None)
    if at is None or at >= len(line.cells):
        return False
    text = line.cells[at].text
    return ('"' in text or "“" in text) and _QUOTED_TITLE.search(text) is not None


def _notes_among_quoted(rows: list[Found], quoted: set[int]) -> list[Found]:
    """A reading group's schedule whose Reading cells quote the papers' titles
    (`Heim 1983 "Title"`), with its own rows among them (`(no meeting)`, `Recess week`,
    `Name at dept seminar`, `Heim 1983 sections 3-5`): where many rows quote a title, a row that
    quotes none and has no names, date, link or identifier is no paper."""
    count = sum(1 for hit in rows if id(hit) in quoted)
    if count < MIN_QUOTED or count < QUOTED_SHARE * len(rows):
        return []
    return [
        hit
        for hit in rows
        if id(hit) not in quoted
        and not hit.record.authors
        and not hit.record.urls
        and not hit.record.date  # `OpenScholar (Nature) | 2026`: a paper by its short name
        and not identified(hit.record)
    ]


_NAME_WORDS = frozenset(("name", "names"))


def _named_only(header: Line, columns: dict[int, str]) -> bool:
    """`| Name | Description | Link |`: a table of things by name (tools, models, data sets), with
    no names of people, year or venue beside them; a row is a paper only by its identifier."""
    named = [i for i, column in columns.items() if column == "title"]
    words = {
        " ".join(re.sub(r"[*_`]", "", header.cells[i].text).lower().split())
        for i in named
        if i < len(header.cells)
    }
    return words <= _NAME_WORDS and not {"authors", "venue", *_DATED} & set(columns.values())


def _rows_and_separated(lines: list[Line], pipes: bool) -> list[int]:
    """The indices of the table rows, and of the lines with pipes or tabs when the text has
    any: a table's lines, the rest passed over in one comprehension (a 10 MB paste has 100,000
    lines, most of them no table's)."""
    if not pipes:
        return [index for index, line in enumerate(lines) if line.kind == "row"]
    return [index for index, line in enumerate(lines) if line.kind == "row" or _separated(line)]


def _separated(line: Line) -> bool:
    return ("|" in line.text or "\t" in line.text) and line.kind in ("text", "item")


def _flattened(lines: list[Line], start: int, end: int, doc: Doc) -> list[Found]:
    """The papers of a table flattened to `Title | 1986 | 72 |` lines: its columns named by its
    header, or (without one) a column of years beside a column of titles."""
    table = flattened_table(lines, start, end)
    if table is None:
        return []
    header, rows = table
    if not rows:
        return []  # rules and a header alone (`|------|------|` lines): no paper to read
    named = _columns([cell.text for cell in rows[0][1].cells])
    if not header and "title" in named.values():  # `| Title | Year |` with no delimiter row
        columns, rows = named, rows[1:]
    else:
        columns = _columns(header)
    if "title" not in columns.values():
        columns = guessed_columns([row for _, row in rows]) or {}
    if "title" not in columns.values():
        return []
    return [hit for index, row in rows if (hit := _row(row, columns, index, doc))]


def _spanning(
    lines: list[Line], header: int, doc: Doc, split: list[list[str]]
) -> tuple[list[tuple[Line, int]], int] | None:
    """The rows of the table under this header when its cells run over several source lines
    (Markdown then ended it at its first row), with the index of the last line they take."""
    after = header + 1
    if after >= len(lines) or not doc.source:
        return None
    row = lines[after]
    # Cheap guard: Markdown pads a row cut short with empty cells (an empty last cell is rare
    # in a table of papers, and then the source tells).
    if row.kind != "row" or not row.cells or row.cells[-1].text:
        return None
    if not split:
        split.append(doc.source.split("\n"))  # once per paste, and only for such a table
    rows = broken_rows(split[0], lines[header].number, len(lines[header].cells))
    if not rows:
        return None
    end = rows[-1][1]
    last = after
    while last + 1 < len(lines) and lines[last + 1].number <= end:
        last += 1
    return rows, last


def _row_over(
    row: Line, last_number: int, columns: dict[int, str], lines: list[Line], doc: Doc
) -> Found | None:
    """A row rebuilt from the source, claiming the normalised lines it was read from."""
    first = next((i for i, line in enumerate(lines) if line.number >= row.number), None)
    if first is None or (hit := _row(row, columns, first, doc)) is None:
        return None
    last = first
    while last + 1 < len(lines) and lines[last + 1].number <= last_number:
        last += 1
    return Found(hit.record, first, last)


# `Gonen, Goldberg`, `Rezaei Jafari, Eberle, Nanda`: family names (of one or two words).
_SURNAME = r"[^\W\d_][\w'’\-]*(?: [^\W\d_][\w'’\-]*)?"
_SURNAMES = re.compile(rf"^{_SURNAME}(?:\s*(?:,|&|\band\b)\s*{_SURNAME})*$")
_ET_AL = re.compile(r"\s*(?:,\s*)?et\.? al\.?\s*$")


def _titled_links(lines: list[Line], header: int) -> int | None:
    """The column under a header naming no title whose cells are each one link labelled with a
    title (three words or more), in four rows of five or more: the papers' titles."""
    rows = []
    for line in lines[header + 1 : header + 1 + _PEEK]:
        if line.kind != "row":
            break
        rows.append(line)
    if len(rows) < 2:
        return None
    for at in range(len(rows[0].cells)):
        cells = [row.cells[at] for row in rows if at < len(row.cells)]
        titled = sum(1 for cell in cells if _one_titled_link(cell))
        if titled >= 0.8 * len(rows):
            return at
    return None


_PEEK = 20  # rows looked at to tell a column of titled links


def _one_titled_link(cell: Cell) -> bool:
    if len(cell.links) != 1:
        return False
    label = cell.links[0][0]
    return cell.text.strip() == label.strip() and len(label.split()) >= 3


def _surname_column(lines: list[Line], header: int, columns: dict[int, str]) -> bool:
    """Every Authors cell under this header is family names alone (`Ravfogel et al.`, `Gonen,
    Goldberg`, `Li`), and some say `et al.` or give one name: a comma there parts two people,
    not a family name from its given name."""
    at = next((i for i, c in columns.items() if c == "authors"), None)
    if at is None:
        return False
    cells = []
    for line in lines[header + 1 :]:
        if line.kind != "row":
            break
        if at < len(line.cells) and (text := people_cell(line.cells[at].text)) and _has_names(text):
            cells.append(text)
    if len(cells) < 3 or not all(_SURNAMES.match(_ET_AL.sub("", c)) for c in cells):
        return False
    return any(_ET_AL.search(c) or " " not in c or _three_surnames(c) for c in cells)


def _three_surnames(cell: str) -> bool:
    """`Wang, Variengien, Conmy`: three one-word names are people, not `Family, Given`."""
    parts = [p.strip() for p in cell.split(",")]
    return len(parts) >= 3 and all(p and " " not in p for p in parts)


def _has_names(text: str) -> bool:
    """`various`, `n/a`, `unknown`, `-`: an Authors cell that names nobody."""
    if anonymous(text):
        return False
    return text.lower() not in ("", "null", "-") and not (text.isascii() and text == text.lower())


def _surname_list(text: str) -> list[str] | None:
    """`Gonen, Goldberg` and `Sun, Dong et al.` -> two people; `Ravfogel et al.` is left to the
    names reader."""
    text = _ET_AL.sub("", text)
    if not re.search(r",|&|\band\b", text):
        return None
    return [p for p in re.split(r"\s*(?:,|&|\band\b)\s*", text) if p]


# `NeurIPS 2023`, `ICLR'24`, `arXiv 2024` after the names (the cell's last line)
_VENUE_YEAR_AFTER = re.compile(
    r"\s+(?P<venue>(?:[A-Z][A-Za-z]*[A-Z][\w\-]*|arXiv))\s*'?(?P<year>(?:19|20)?\d{2})$"
)


def _title_over_names(cell: Cell) -> tuple[str, str, str | None] | None:
    """`[Title](…)<br>A Name, B Name` or `**Title**<br>A Name, B Name<br>NeurIPS 2023`: a cell
    that opens with its title, linked or in bold, over the names (and a venue with its year);
    the title, the names and the year, or None."""
    text = cell.text
    title = next((label for label, _ in cell.links if label and text.startswith(label)), None)
    if title is None:
        title = next((bold for bold in cell.bold if bold and text.startswith(bold)), None)
    if title is None or len(title.split()) < 2:
        return None
    rest = text[len(title) :].strip(" ,;")
    year: str | None = None
    if venue := _VENUE_YEAR_AFTER.search(rest):
        rest, year = rest[: venue.start()].strip(" ,;"), venue["year"]
        year = year if len(year) == 4 else f"20{year}"
    if not rest or ("," not in rest and " and " not in rest) or not looks_like_names(rest):
        return None
    return title, rest, year


def _names_beside(text: str, title: str) -> str:
    at = text.find(title)
    if at < 0:
        return ""
    rest = (text[:at] + " " + text[at + len(title) :]).strip(" *_,.;|-–—")
    return rest if rest and looks_like_names(rest) and "," in rest else ""


_VENUE_AFTER_NAMES = re.compile(r",\s*(?:[A-Z]{3,}|NeurIPS|NIPS|arXiv)[\w\-]*\s*$")


def _title_above(lines: list[Line], header: int) -> int | None:
    """`### [Title](…)` / `| Published | Authors | Category |`: the heading over the table."""
    for index in range(header - 1, max(-1, header - 3), -1):
        line = lines[index]
        if line.kind == "claimed":
            return None
        if line.kind == "heading" and len(line.text.split()) >= 2 and not _column(line.text):
            return index
    return None


def _facts_row(
    lines: list[Line], title: int, line: Line, columns: dict[int, str], index: int, doc: Doc
) -> Found | None:
    head = lines[title]
    cells = {_dated(columns[i]): cell for i, cell in enumerate(line.cells) if i in columns}
    draft = Draft(line=head.number, title=head.text, urls=head.urls + line.urls, text=line.text)
    if (authors := cells.get("authors")) and authors.text.lower() not in ("", "null", "-"):
        draft.authors = authors.text
    if when := cells.get("date"):
        draft.date = date_in(when.text) or year_in(when.text)
    last = index
    after = index + 1  # the abstract: the prose after the table, up to the next paper
    while after < len(lines) and lines[after].kind not in ("claimed", "row", "rule"):
        if lines[after].kind == "heading":
            if not re.match(r"(?i)^(?:abstract|摘要)\b", lines[after].text):
                break
            after += 1
            continue
        end = after  # a paragraph hard-wrapped over lines is read whole
        while end + 1 < len(lines) and lines[end + 1].block == lines[after].block:
            end += 1
        text = " ".join(x.text for x in lines[after : end + 1])
        if not draft.abstract and len(text) > 150 and ". " in text:
            draft.abstract, last = text, end
        after = end + 1
    draft.confidence = 0.8
    return Found(build(draft, doc.captured), title, last)


# `[Title](…) *(A. B. Name — why it is cited)*`: the link is the title, the remark in brackets
# after it the author's (names first, before a dash) or the editor's.
_REMARK = re.compile(r"^\s*\((?P<remark>[^()]{3,300})\)\s*$")
_REMARK_NAMES = re.compile(r"^(?P<names>[^—–]{3,80}?)\s+[—–]\s")


def _link_then_remark(cell: Cell) -> tuple[str, str] | None:
    label = cell.links[0][0] if cell.links else ""
    if len(label) < 8 or not cell.text.startswith(label):
        return None
    remark = _REMARK.match(cell.text[len(label) :])
    if remark is None:
        return None
    names = _REMARK_NAMES.match(remark["remark"])
    return label, names["names"] if names and looks_like_names(names["names"]) else ""


# `Name — internal documentation of …`: a thing named and described, no title (a title set
# apart would be linked, bold or quoted).
_DESCRIBED = re.compile(r"^[^—–:]{2,80}\s[—–]\s+[a-z]")


def _described(cell: Cell) -> bool:
    return not cell.links and not cell.bold and _DESCRIBED.match(cell.text) is not None


def _a_count(text: str) -> bool:
    """`2 (new) + 3 (cross-list)` under `Papers Scanned`: counts of papers, not a title."""
    return text[:1].isdigit() and not re.search(r"\b[A-Z][A-Za-z]{2,}", text)


def _date_elsewhere(line: Line, title_cell: Cell) -> str | None:
    """A table without a date column may still state one in another cell (`v1 submitted
    2026-05-18; …`, `Findings of ACL 2026; July 2026`): the first full date or month."""
    for cell in line.cells:
        if cell is not title_cell and (when := date_in(cell.text) or _month_in(cell.text)):
            return when
    for cell in line.cells:
        if cell is not title_cell and (venue := _VENUE_AND_YEAR.match(cell.text)):
            return venue["year"]
    return None


# `Microsoft Research 2024`, `NeurIPS 2023`: a venue or a lab with the year, alone in a cell
_VENUE_AND_YEAR = re.compile(r"^[A-Z][\w&.\- ]{1,40}?\s(?P<year>(?:19|20)\d{2})$")


def _month_in(text: str) -> str | None:
    match = _MONTH_YEAR.search(text)
    return match[0] if match and parse_date(match[0]).iso else None


# `He et al. (2016)`, `A Name, B Name, 2019`, and `Park et al., UIST 2023`: after `et al.` the
# venue may stand before the year (a name never follows `et al.`, so the words are the venue's).
_YEAR_AFTER_NAMES = re.compile(
    r"(?<=\S)[,\s]*\(\s*(?:19|20)\d{2}[a-z]?\s*\)\s*$|(?<=[.\w]),\s*(?:19|20)\d{2}[a-z]?\s*$"
    r"|(?<=\bet al\.),\s*[^\W\d_][^,()]{0,40}?\s(?:19|20)\d{2}[a-z]?\s*$"
)
_CITED_AFTER_TITLE = re.compile(
    r",\s+(?P<names>[A-Z][\w'’\-]+(?: [A-Z][\w'’\-]+)? et al\.?)(?:,\s*(?P<rest>[^,]{0,60}))?$"
)
# `Title (2017)`, `Name (Nature, Feb 2026)`, `Name (NAACL 2024) / Other (EMNLP 2024)`: the venue
# and year in brackets after a title (or a system's name), the first of two names the paper's.
# `(NeurIPS2017)`, `(The Journal of Physical Chemistry Letters, 2023)`: a venue glued to its year
# or a long one.
_YEAR_AFTER_TITLE = re.compile(
    r"\s+\((?:[^()]{0,60}?)?(?<!\d)(?P<year>(?:19|20)\d{2})\b[^()]{0,20}\)(?:\s*/\s*\S.*)?$"
)
# `"Title" (JAMIA)`: the quotes set the title apart from the venue after it
_QUOTED = re.compile(r'^\s*["“][^"”]{8,}["”]\s*(?:\([^()]*\))?\s*$')
_INVERTED = re.compile(r"^[^\W\d_][\w'’\- ]*,\s*[^\W\d_][\w.\-’' ]*$")  # `Chang, M.-W.`


def _inverted_list(text: str) -> list[str] | None:
    """`Devlin, J.; Chang, M.-W.; Lee, K.`: semicolons part the people when each is written
    `Family, Given` (the comma is inside the name). None for any other cell."""
    if ";" not in text:
        return None
    parts = [p.strip() for p in text.split(";") if p.strip()]
    if parts and re.fullmatch(r"(?:et\.? al\.?|others|…|\.\.\.)", parts[-1], re.I):
        parts.pop()
    if len(parts) < 2 or not all(_INVERTED.match(p) for p in parts):
        return None
    return parts


_NAMES_LABEL = re.compile(r"^\s*(?:authors?|by|作者|저자|著者)\s*[:：]\s*", re.IGNORECASE)


def _authors_cell(text: str, surnames: bool) -> tuple[str | list[str], str | None]:
    """The people of an Authors cell (as text to split, or already parted) and the year a
    citation puts after them (`He et al. (2016)`, `A Name, B Name, 2019`)."""
    text = _NAMES_LABEL.sub("", text)  # a scraped page's own label kept in the cell
    names = _YEAR_AFTER_NAMES.sub("", text)
    year = year_in(text[len(names) :]) if names != text else None
    parted = (surnames and _surname_list(names)) or _inverted_list(names)
    return parted or initialled_people(names) or names, year


def _long_enough(title: Cell, cells: dict[str, Cell]) -> bool:
    """A title of eight characters or more; a shorter one (`LEACE`, `SimNet`) when its row
    names the authors or gives a year (a table of papers by their short names)."""
    if len(title.text) >= 8:
        return True
    if not re.search(r"[^\W\d_]\w", title.text):  # `π0` is a name, `1` or `-` none
        return False
    authors, when = cells.get("authors"), cells.get("date")
    return bool(
        (authors and _has_names(authors.text))
        or (when and re.search(r"\b(?:19|20)\d{2}\b", when.text))
        or arxiv_from_links([url for _, url in title.links])  # `[DMax](…/papers/2604.08302)`
    )


def _row(
    line: Line, columns: dict[int, str], index: int, doc: Doc, surnames: bool = False
) -> Found | None:
    cells: dict[str, Cell] = {}
    yearly = False  # the date is a Year column's: it gives the year alone
    for i, cell in enumerate(line.cells):
        if (name := _dated(columns.get(i) or "")) and name not in cells:
            cells[name] = cell
            yearly = yearly or columns[i] == "year"
    title_cell = cells.get("title")
    if title_cell is not None:
        title_cell = without_link_labels(_first_line_titled(title_cell))
    if title_cell is None or _a_count(title_cell.text) or not _long_enough(title_cell, cells):
        return None
    if _described(title_cell):
        return None
    draft = Draft(line=line.number, title=title_cell.text, urls=list(line.urls), text=line.text)
    title_year = _read_title_cell(draft, title_cell)
    mla_first: str | None = None  # the first of names that end with `et al.`
    if isinstance(draft.authors, str):
        draft.authors = _VENUE_AFTER_NAMES.sub("", draft.authors)  # `Ruiz & Chen, ICLR 2030`
        if mla_first := mla_first_author(draft.authors):
            draft.authors = [mla_first]  # `Day, Felix R., et al. "Title." Journal …`
    if not draft.authors and (bracketed := cited_in_brackets(draft.title)):
        draft.title, draft.authors = bracketed.title, bracketed.authors
        title_year = title_year or bracketed.year
    draft.title = without_remark(draft.title)
    year_after_names: str | None = None
    if (authors := cells.get("authors")) and _has_names(authors.text):
        draft.authors, year_after_names = _authors_cell(people_cell(authors.text), surnames)
    elif not draft.authors and (names := _names_beside(title_cell.text, draft.title)):
        draft.authors = names  # `[Title](…)<br>A Name, B Name` in one cell
    if (when := cells.get("date")) and not draft.date:
        draft.date = year_cell(when.text) if yearly else date_cell(when.text)
    if not draft.date and not set(_DATED) & set(columns.values()):
        draft.date = _date_elsewhere(line, title_cell)
    if not draft.date and (venue := cells.get("venue")):
        draft.date = year_cell(venue.text)  # `CVPR 2015`, `arXiv 2024-06`
    draft.date = draft.date or year_after_names or title_year
    if ids := [found for cell in line.cells if (found := arxiv_cell(cell.text))]:
        draft.text += f" arXiv:{ids[0]}"  # `| 2201.11903 | Title |`: an id written bare
    if abstract := cells.get("abstract"):
        draft.abstract = abstract.text
    draft.confidence = 0.85
    record = build(draft, doc.captured)
    if mla_first is not None and record.authors == [mla_first]:
        record.authors_truncated = True
    if record.arxiv_id or record.doi:
        record.title = without_method_name(record.title)
    return Found(record, index, index)


def _read_title_cell(draft: Draft, title_cell: Cell) -> str | None:
    """The title (and the names or year a citation puts beside it) of a Title cell; the year
    written in brackets after a title is returned: a Year column, when the row has one, says
    better when the paper appeared (`Name (ICLR 2026)` over `2025`)."""
    if title_cell.bold and (fields := labelled_fields(title_cell.text, title_cell.bold)):
        draft.title, draft.authors = fields["title"], fields.get("authors", "")
        draft.text += f" {fields.get('doi', '')}"
        return year_cell(fields["year"]) if "year" in fields else None
    if _one_link_is_all(title_cell):
        draft.title = title_cell.links[0][0]  # `[Plan, Eliminate, and Track -- …](…)`: no names
        return None
    if (quoted := names_year_quoted(title_cell.text)) is not None:
        draft.title, draft.authors = quoted.title, quoted.authors
        return quoted.year
    cited = read_citation(title_cell.text, title_cell.bold, title_cell.links)
    if italicized := italic_citation(title_cell.text, title_cell.italic):
        draft.title, draft.authors = italicized.title, italicized.authors
        draft.date = italicized.year  # the paper's year, not a reading schedule's date
    elif cited is not None and cited.authors and _linked_title(cited.title, title_cell):
        # `Borup, Daniel and Schütte, Erik, [Title](…) (2019). Journal …`: the link bounds it
        draft.title, draft.authors, draft.date = cited.title, cited.authors, cited.year
    elif named := names_then_title(title_cell.text):
        draft.title, draft.authors = named.title, named.authors
        return named.year  # `Codd, "Title," CACM 1970`: the venue's year
    elif opened := _title_over_names(title_cell):
        draft.title, draft.authors = opened[0], opened[1]  # `**Title**<br>A Name, B Name`
        return opened[2]
    elif cited is not None and (cited.authors or cited.year or _QUOTED.match(title_cell.text)):
        draft.title, draft.authors, draft.date = cited.title, cited.authors, cited.year
    elif title_cell.bold and len(max(title_cell.bold, key=len)) >= 0.5 * len(title_cell.text):
        draft.title = max(title_cell.bold, key=len)  # `**Cast-R1**: Learning …` is all title
    elif title_cell.links and len(title_cell.links[0][0]) >= 0.6 * len(title_cell.text):
        draft.title = title_cell.links[0][0]
    elif remarked := _link_then_remark(title_cell):
        draft.title, draft.authors = remarked
    elif tail := _CITED_AFTER_TITLE.search(title_cell.text):  # `Title, Devlin et al., NAACL 2019`
        draft.title, draft.authors = title_cell.text[: tail.start()], tail["names"]
        draft.date = year_in(tail["rest"] or "")
    elif (bracketed := cited_in_brackets(title_cell.text)) and bracketed.authors:
        draft.title, draft.authors = bracketed.title, bracketed.authors  # `Title (Park et al., …)`
        return bracketed.year
    elif year := _YEAR_AFTER_TITLE.search(title_cell.text):
        draft.title = title_cell.text[: year.start()]
        return year["year"]
    return None


# `Title (NeurIPS2017) [Paper][Code]`: the cell's links written as bracketed labels after the title.
_TRAILING_LABELS = re.compile(r"(?:\s*\[[^\[\]]{1,20}\])+\s*$")
_LABEL = re.compile(r"\[([^\[\]]{1,20})\]")
# `Title [[pdf]]()`: a bracketed word no title ends with, left by a link without its target.
_BRACKETED_WORD = re.compile(r"\s*\[([^\[\]]{1,20})\]\s*$")


def _first_line_titled(cell: Cell) -> Cell:
    """`Title <br> [NeurIPS link - Short Video & Abstract](…) <br> _Notes: …_`: a Title cell
    broken into lines whose first is plain words and whose next is a link's or a note's (in
    italics) is its first line; names or a venue on the next line stay for the cell's readers."""
    if len(cell.parts) < 2 or len(cell.parts[0].split()) < 3:
        return cell
    first, after = cell.parts[0], cell.parts[1]
    labels = {label for label, _url in cell.links}
    if any(label and label in first for label in labels):
        return cell  # the title is a link's text: read as such
    if after not in labels and not any(after.startswith(span) for span in cell.italic if span):
        return cell
    return Cell(first, [], [b for b in cell.bold if b in first], [])


def without_link_labels(cell: Cell) -> Cell:
    """The cell without the generic link labels (`[Paper]`, `[Code]`, `[[pdf]](…)`, `pdf`) that
    end it; links and bold words of those labels go with them (the row keeps their URLs)."""
    tail = _TRAILING_LABELS.search(cell.text)
    if tail is not None and tail.start() > 0:
        labels = _LABEL.findall(tail.group())
        linked = {text for text, _url in cell.links}
        if all(label in linked and is_generic_label(label) for label in labels):
            return _cut(cell, tail.start(), set(labels))
    return _without_labels_one_by_one(cell)


def _without_labels_one_by_one(cell: Cell) -> Cell:
    """`Title [[pdf]](url)` and `Title [pdf](url)`: a link's own text (brackets and all) or an
    unlinked `[pdf]` ends the cell."""
    text, cut = cell.text.rstrip(), set()
    while True:
        label = _last_label(text, cell)
        if label is None:
            break
        cut.add(label)
        text = text[: len(text) - len(label)].rstrip()
    if not cut or not text:
        return cell
    return _cut(cell, len(text), cut)


def _last_label(text: str, cell: Cell) -> str | None:
    for label, _url in cell.links:
        before = text[: len(text) - len(label)]
        if text.endswith(label) and before[-1:].isspace() and _generic(label):
            return label
    bracketed = _BRACKETED_WORD.search(text)
    if bracketed and bracketed.start() > 0 and _generic(bracketed[1], only_known=True):
        return bracketed.group().lstrip()
    return None


def _generic(label: str, only_known: bool = False) -> bool:
    word = label.strip("[] ").lower()
    return word in GENERIC_LINK_LABELS if only_known else bool(word) and is_generic_label(word)


def _cut(cell: Cell, end: int, labels: set[str]) -> Cell:
    return Cell(
        text=cell.text[:end].rstrip(),
        links=[(text, url) for text, url in cell.links if text not in labels],
        bold=[word for word in cell.bold if word not in labels],
        italic=cell.italic,
    )


def _one_link_is_all(cell: Cell) -> bool:
    """The cell is one link's text and nothing else, with no year a citation would give."""
    if len(cell.links) != 1 or cell.bold or cell.italic:
        return False
    label = cell.links[0][0].strip()
    return label == cell.text.strip() and words(label) >= 3 and year_in(label) is None


def _linked_title(title: str, cell: Cell) -> bool:
    """The title read is a link's own text in the cell (quotes and stops aside)."""
    key = title.strip(' "“”.,')
    return any(text.strip(' "“”.,') == key for text, _url in cell.links)


def header_columns(headers: list[str]) -> dict[int, str]:
    """The columns a header row names (for the readers of other tables: csv_tables.py)."""
    return _columns(headers)


def row_paper(line: Line, columns: dict[int, str], index: int, doc: Doc) -> Found | None:
    """The paper of one row of cells under columns so named, as a table of papers reads it."""
    return _row(line, columns, index, doc)
