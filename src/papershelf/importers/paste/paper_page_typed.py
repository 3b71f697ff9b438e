"""An article's page that says what kind of document it is over the title and gives its pages
under it, no byline between (a French portal's reading page, Cairn's shape, the names lost):

    Couverture de REV_039
    Article de revue
    Title of the Article
    Pages 201 à 209

The type line (`Article de revue`, `Chapitre d'ouvrage`, `Journal article`, `Book chapter` …)
and the pages line under the title are the anchor; a line of names between the title and the
pages is the byline.
"""

from __future__ import annotations

import re

from papershelf.importers.paste.build import Draft, build
from papershelf.importers.paste.doc import Doc, Found
from papershelf.importers.paste.lines import Line, is_furniture
from papershelf.importers.paste.names import looks_like_names

NAME = "typed-article-page"
DESCRIPTION = "An article's page: `Article de revue` over the title, `Pages 201 à 209` under it"

_TYPES = frozenset(
    ("article de revue", "chapitre d'ouvrage", "chapitre d’ouvrage", "article de magazine",
     "journal article", "book chapter", "magazine article", "artículo de revista",
     "capítulo de libro", "artigo de revista", "zeitschriftenartikel", "buchkapitel",
     "articolo di rivista")
)  # fmt: skip
_PAGES = re.compile(
    r"^(?:Pages?|Páginas?|Seiten?|pp?\.|S\.)\s*\d{1,5}\s*(?:à|a|-|–|to|bis)\s*\d{1,5}\.?$", re.I
)
MAX_TITLE = 300
MIN_WORDS = 3


def read(lines: list[Line], doc: Doc) -> list[Found]:
    found: list[Found] = []
    for at in range(len(lines) - 2):
        line = lines[at]
        if len(line.text) > 30 or line.kind == "claimed" or line.text.casefold() not in _TYPES:
            continue  # cheap tests first: a type line is short
        hit = _typed(lines, at, doc)
        if hit is not None:
            found.append(hit)
    return found


def _typed(lines: list[Line], at: int, doc: Doc) -> Found | None:
    title = lines[at + 1]
    if not _title_like(title):
        return None
    below, names = at + 2, ""
    if (
        below + 1 < len(lines)
        and lines[below].kind == "text"
        and looks_like_names(lines[below].text)
        and _PAGES.match(lines[below + 1].text)
    ):
        names, below = lines[below].text, below + 1
    if lines[below].kind == "claimed" or not _PAGES.match(lines[below].text):
        return None
    draft = Draft(line=title.number, title=title.text, authors=names, urls=list(title.urls))
    draft.confidence = 0.8
    first = at - 1 if at > 0 and lines[at - 1].text.startswith("Couverture de ") else at
    return Found(build(draft, doc.captured), first, below)


def _title_like(line: Line) -> bool:
    text = line.text
    return (
        line.kind in ("text", "heading")
        and len(text) <= MAX_TITLE
        and len(text.split()) >= MIN_WORDS
        and not is_furniture(text)
        and not _PAGES.match(text)
    )
