"""A proceedings' contents page (a small conference's site, a school's annals): under the
edition's heading with its year, the themes, and under each theme its papers, each a list item
that is nothing but a link to the paper's document (a PDF, a shared drive's file):

    ### Proceedings 2016
    Made-Up Teaching: Technology, Problems and Games;
    - [TEACHING MADE-UP PERCENTAGES WITH IMAGINARY MODELS](https://drive.example.org/open?id=…)
    Imaginary Society: Policies and Schools;
    - [A BRIEF LOOK AT AN INVENTED TEXTBOOK](https://example.org/annals/2016/brief.pdf)

Each such item is a paper, its link its document, the heading's year its date. Two at least
on the page.
"""

from __future__ import annotations

import re

from papershelf.importers.paste.build import Draft, build
from papershelf.importers.paste.cite import label_names_then_title
from papershelf.importers.paste.doc import Doc, Found
from papershelf.importers.paste.lines import Line
from papershelf.importers.paste.names import looks_like_names

NAME = "linked-documents"
DESCRIPTION = "A proceedings' contents: list items that are links to the papers' documents"

MIN_PAPERS = 2
MIN_WORDS = 4
PROSE = 120  # characters: a line under the item this long says something of the paper
# Where a paper's own document is kept: a PDF, a shared drive's or a document host's file
_DOCUMENT = re.compile(
    r"^https?://(?:drive\.google\.com/(?:open\?id=|file/d/)|docs\.google\.com/"
    r"|(?:www\.)?dropbox\.com/s/|[^\s?#]+\.pdf(?:$|[?#]))",
    re.I,
)
_YEAR_HEADING = re.compile(r"^\D{0,40}\b((?:19|20)\d{2})\s*$")


def read(lines: list[Line], doc: Doc) -> list[Found]:
    # Counted over the whole page (a reader before this one may have read some of them)
    every = [
        at for at, line in enumerate(doc.lines) if line.kind == "item" and _document_item(line)
    ]
    if len(every) < MIN_PAPERS:
        return []
    if not all(_alone(doc.lines, at) for at in every):
        return []  # a reading list's linked titles with notes under them: its readers'
    items = [at for at in every if lines[at].kind == "item"]
    found: list[Found] = []
    for at in items:
        line = lines[at]
        label, url = line.links[0]
        draft = Draft(line=line.number, title=" ".join(label.split()) or line.text)
        draft.urls = [url]
        draft.date = _edition_year(lines, at)
        draft.confidence = 0.75
        found.append(Found(build(draft, doc.captured), at, at))
    return found


def _document_item(line: Line) -> bool:
    """An item that is one link, to a document, labelled with a title's words."""
    if len(line.links) != 1 or line.kind != "item":
        return False
    label, url = line.links[0]
    label = " ".join(label.split())
    text = " ".join(line.text.split())
    return (
        (label == text or label.startswith(text))
        and len(label.split()) >= MIN_WORDS
        and "|" not in label  # `[Title |A Name|](….pdf)`: a reading list's, names in the label
        and label_names_then_title(label) is None  # `[A Name. Title](….pdf)`: a reading list's
        and _DOCUMENT.match(url) is not None
    )


def _alone(lines: list[Line], at: int) -> bool:
    """Nothing said of the paper under its item: no deeper item, no line of its own block, no
    names, no paragraph (the next theme's line, `Pure Mathematics;`, may follow)."""
    if at + 1 >= len(lines):
        return True
    item, following = lines[at], lines[at + 1]
    if following.kind == "item" and following.level > item.level:
        return False
    text = following.text
    if following.block == item.block or len(text) >= PROSE:
        return False
    return text.endswith((";", ":")) or not looks_like_names(text)


def _edition_year(lines: list[Line], at: int) -> str | None:
    """The year of the heading the item stands under (`Publicação 2016`), if it says one."""
    for back in range(at - 1, -1, -1):
        line = lines[back]
        if line.kind == "heading":
            found = _YEAR_HEADING.match(line.text)
            return found[1] if found else None
    return None
