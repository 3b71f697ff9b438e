"""Bibliographies kept as tables of fields, one table a work, its whole reference in one row:

    ### REF-001 — Quill (Foundations)
    | Field | Value |
    |-------|-------|
    | **Full citation** | Quill, A. B., & Marrow, C. (2013). *Invented Circuits*. 5th ed. Pub. |
    | **ISBN** | 978-0-00-000000-0 |
    | **Language** | English |

The row labelled as the citation (`Full citation`, `Cita completa`, `Référence`, `Zitat` …)
holds a reference in a style of the sciences (sci_refs.py): it gives the paper; the table's other
rows (ISBN, language, chapter maps) are notes on it. A course page's table of materials labels
its references by their use (`| 教科書 | 原田大樹『書名』（弘文堂、2020） | |`).
"""

from __future__ import annotations

from papershelf.importers.paste.build import Draft, build
from papershelf.importers.paste.doc import Doc, Found
from papershelf.importers.paste.lines import Line
from papershelf.importers.paste.sci_refs import science_entry

NAME = "cited-rows"
DESCRIPTION = "Tables of a work's fields whose `| **Full citation** | … |` row is its reference"
# The title is a whole reference's, taken apart by its names and year: a short title (one word,
# or a Japanese title of few spaces naming a graduate school) is a work's there.
TITLED = True

_CITATION_LABELS = frozenset(
    (
        "citation", "full citation", "complete citation", "reference", "full reference",
        "bibliographic reference", "apa", "apa citation", "cite", "cite as", "how to cite",
        "cita", "cita completa", "citación", "referencia", "referencia completa",
        "référence", "référence complète", "citation complète", "zitat", "zitation",
        "vollständige zitation", "quellenangabe", "literaturangabe", "citação", "referência",
        "referência completa", "citazione", "riferimento", "引用", "引用格式", "参考文献", "出典",
    )
)  # fmt: skip
MAX_LABEL = 30  # characters: a field's label, not a cell of prose
# A course page's table of its materials labels each reference by what it is for, numbered
# (`| 教科書 | <reference> |`, `| 参考資料その1 | <reference> | note |`).
_MATERIAL_LABELS = ("教科書", "参考書", "参考資料", "参考文献", "textbook", "required text")


def read(lines: list[Line], doc: Doc) -> list[Found]:
    found: list[Found] = []
    for index, line in enumerate(lines):
        if line.kind != "row" or len(line.cells) < 2 or line.header:
            continue  # cheap tests first: a row of a table's body
        label = _label(line.cells[0].text)
        if len(label) > MAX_LABEL or not (
            (label in _CITATION_LABELS and len(line.cells) == 2)
            or label.startswith(_MATERIAL_LABELS)
        ):
            continue
        cell = line.cells[1]
        if (cited := science_entry(cell.text)) is None:
            continue
        draft = Draft(line=line.number, title=cited.title, authors=cited.names, date=cited.year)
        urls = [url for other in line.cells[1:] for _, url in other.links]  # a note's link too
        draft.urls, draft.text, draft.confidence = urls, cell.text, 0.85
        found.append(Found(build(draft, doc.captured), index, index))
    return found


def _label(text: str) -> str:
    return " ".join(text.replace("*", "").replace("_", " ").strip(" :：").casefold().split())
