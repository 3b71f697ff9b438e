"""The cover page an archive puts before a paper's PDF, as a document-sharing site or a PDF's
text shows it, its lines kept or run together into one:

    HAL Id: hal-00000001
    https://hal.example.org/hal-00000001
    Submitted on 8 Mar 2020
    HAL is a multi-disciplinary open access archive … publics ou privés.
    Title of the Paper
    Ada Quist, Ben Okafor
    To cite this version:
    Ada Quist, Ben Okafor. Title of the Paper. Journal, Publisher 2020, 6 (3), 10.1234/x. hal-00000001

    Title of the Paper Author(s): Ada Quist Source: The Journal, Vol. 16, No. 1 (Jan., 1953),
    pp. 27-37 Published by: A Society Stable URL: http://www.jstor.org/stable/40289126 .

HAL's cover: the citation under `To cite this version:` gives the title (after the names'
full stop), the year and the DOI; the names before it, in full, stand between the title and
`To cite this version:` (the citation cuts them with `et al.`). JSTOR's: the title before
`Author(s):`, the names up to `Source:`, the issue's year in its brackets, the stable URL. A
cover stands for the one document the page shows: the page's lines over it are the site's.
"""

from __future__ import annotations

import re

from papershelf.core.text import squash
from papershelf.importers.paste.build import Draft, build
from papershelf.importers.paste.doc import Doc, Found
from papershelf.importers.paste.lines import Line
from papershelf.importers.paste.names import looks_like_names

NAME = "cover-page"
DESCRIPTION = "An archive's cover page before a paper (HAL, JSTOR), lines kept or run together"
TITLED = True

HEAD = 200  # lines of a page in which a cover stands
COVER_LINES = 16  # lines a cover's parts spread over when the lines are kept
CITED_STOPS = 12  # full stops of a citation looked at for where its title starts and ends

_HAL_ID = "HAL Id:"
_TO_CITE = re.compile(r"To cite this version\s*:\s*")
_URL = re.compile(r"https?://\S+")
_YEAR = re.compile(r"\b((?:19|20)\d{2})\b")
_MONTH_YEAR = re.compile(
    r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? (?:19|20)\d{2}\b"
)
_CITED_END = re.compile(r"\.\s+")
_JSTOR = re.compile(
    r"^(?P<title>.*?)\s*Author\(s\)\s*:\s*(?P<names>.+?)\s*Source\s*:\s*(?P<source>.+?)\s*"
    r"(?:Published by\s*:.*?)?Stable URL\s*:\s*(?P<url>https?://\S*[\w/])"
)
# A document-sharing site's share button, quoting the document's title
_SHARE = re.compile(
    r"^(?:Partager|Share|Compartir|Compartilhar|Teilen|Condividi)\s+[\"“«]\s*(?P<title>[^\"“”«»]{8,300}?)\s*[\"”»]$"
)
_BRACKET_YEAR = re.compile(r"\([^()]*?\b((?:19|20)\d{2})\)")


def read(lines: list[Line], doc: Doc) -> list[Found]:
    for at in range(min(len(lines), HEAD)):
        line = lines[at]
        if line.kind == "claimed":
            continue
        text = line.text
        if _HAL_ID in text:
            found = _hal(lines, at, doc)
        elif "Author(s)" in text:
            found = _jstor(lines, at, doc)
        else:
            continue
        if found is not None:
            return [found]
    return []


def _joined(lines: list[Line], at: int, count: int) -> tuple[str, list[int]]:
    """The text of up to `count` unclaimed lines from `at`, and where each starts in it."""
    parts: list[str] = []
    starts: list[int] = []
    length = 0
    for index in range(at, min(len(lines), at + count)):
        if lines[index].kind == "claimed":
            break
        starts.append(length)
        parts.append(lines[index].text)
        length += len(lines[index].text) + 1
    return " ".join(parts), starts


def _line_at(starts: list[int], offset: int) -> int:
    """How many lines after the first the character at `offset` stands on."""
    return max(0, sum(1 for start in starts if start <= offset) - 1)


def _hal(lines: list[Line], at: int, doc: Doc) -> Found | None:
    text, starts = _joined(lines, at, COVER_LINES)
    cite = _TO_CITE.search(text, text.find(_HAL_ID))
    if cite is None:
        return None
    # The citation: the rest of the line `To cite this version:` ends on (or the next line).
    on = _line_at(starts, cite.end())
    citation = text[cite.end() : starts[on + 1] - 1 if on + 1 < len(starts) else None]
    before = squash(text[: cite.start()])
    parts = _cited_parts(citation.strip(), before)
    if parts is None:
        return None
    cited_names, title, rest = parts
    where = before.rfind(squash(title))
    names = before[where + len(squash(title)) :].strip() if where >= 0 else ""
    if not looks_like_names(names):
        names = cited_names
    if where < 0 and (shared := _shared_title(lines, at)):
        title = shared  # the citation spells the title otherwise than the cover and the page
    draft = Draft(line=lines[at].number, title=title, authors=names)
    if url := _URL.search(text, 0, cite.start()):
        draft.urls = [url[0]]
    if month := _MONTH_YEAR.search(rest):
        draft.date = month[0]  # a conference's `Jul 2019, Toulouse`
    elif year := _YEAR.search(rest):
        draft.date = year[1]
    draft.text = rest.replace("⟨", " ").replace("⟩", " ")  # `⟨10.1234/x⟩`: HAL's brackets
    draft.confidence = 0.85
    return Found(build(draft, doc.captured), _page_top(lines, at), at + on)


def _cited_parts(citation: str, before: str) -> tuple[str, str, str] | None:
    """(names, title, the rest) of `A. Quist, Ben Okafor. Title. Subtitle. Journal, 2020, …`:
    the title is the run between two full stops that the cover shows over the citation too
    (a full stop after an initial or inside the title is no end of the part); else the part
    after the names' full stop."""
    stops = [stop.end() for stop in _CITED_END.finditer(citation)][:CITED_STOPS]
    for n, start in enumerate(stops):
        ends = [end for end in stops[n + 1 :] if _shown_over_names(citation[start:end], before)]
        if ends:
            end = ends[-1]
            title = citation[start:end].rstrip().rstrip(".")
            return citation[:start].rstrip().rstrip("."), title, citation[end:]
    parts = _CITED_END.split(citation, maxsplit=2)
    return (parts[0], parts[1], parts[2]) if len(parts) == 3 else None


def _shown_over_names(title: str, before: str) -> bool:
    """The cover shows this title over a line of names (its own title, not its names)."""
    title = squash(title).rstrip(". ")
    where = before.rfind(title)
    return where >= 0 and looks_like_names(before[where + len(title) :].strip())


def _jstor(lines: list[Line], at: int, doc: Doc) -> Found | None:
    text, starts = _joined(lines, at, COVER_LINES)
    found = _JSTOR.match(text)
    if found is None or not looks_like_names(found["names"]):
        return None
    title, first = found["title"], at
    if not title and at > 0 and lines[at - 1].kind != "claimed":  # the title on a line of its own
        title, first = lines[at - 1].text, at - 1
    if len(title.split()) < 2:
        return None
    draft = Draft(line=lines[first].number, title=title, authors=found["names"])
    draft.urls = [found["url"]]
    if year := _BRACKET_YEAR.search(found["source"]):
        draft.date = year[1]
    draft.confidence = 0.85
    last = at + _line_at(starts, found.end("url"))
    return Found(build(draft, doc.captured), _page_top(lines, first), last)


def _shared_title(lines: list[Line], at: int) -> str | None:
    """The title a document-sharing site's share button quotes over the cover
    (`Partager "Title"`, `Share "Title"`)."""
    for index in range(at - 1, -1, -1):
        line = lines[index]
        if line.kind == "claimed":
            break
        if line.text[:1] in "PSCT" and (shared := _SHARE.match(line.text)):
            return shared["title"]
    return None


def _page_top(lines: list[Line], at: int) -> int:
    """The first line of the page the cover stands in: the site's lines over it are its own."""
    while at > 0 and lines[at - 1].kind != "claimed":
        at -= 1
    return at
