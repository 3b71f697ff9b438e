"""Google Scholar result pages pasted as text: a title, then `A Author, B Author… - Venue, 2023 -
host`, snippet lines and `Save Cite Cited by 41 Related articles All 6 versions`; also the glued
form a page's get_text() gives (`[PDF] arxiv.orgTitleA Author\xa0- Venue, 2021 - hostSnippet`).
"""

from __future__ import annotations

import re

from papershelf.importers.paste.build import Draft, build
from papershelf.importers.paste.doc import Doc, Found
from papershelf.importers.paste.lines import Line

NAME = "scholar"
DESCRIPTION = "Google Scholar results ([PDF] host, byline `Authors - Venue, Year - host`)"

_AUTHOR = r"(?:[A-Z]{1,3}|[A-Z][a-z]+)\s[^\W\d_][\w'’\-]+"
BYLINE = re.compile(
    rf"^(?P<authors>{_AUTHOR}(?:,\s*{_AUTHOR})*…?)\s+-\s+(?P<venue>.*?)(?P<year>(?:19|20)\d{{2}})"
    r"\s+-\s+(?P<host>[\w.\-]+\.[a-z]{2,})\s*$"
)
# get_text() glues results into one line; each ends with its links row.
_RESULT_END = re.compile(r"(?:All \d+ versions|Related articles|View as HTML)\s{2,}(?=\S)")
_BADGE = re.compile(r"^\[(?:PDF|HTML|BOOK|CITATION|DOC|B)\]\s*", re.IGNORECASE)
_HOST_ONLY = re.compile(r"^\[(?:PDF|HTML|DOC)\]\s*[\w.\-]+\.[a-z]{2,}$", re.IGNORECASE)
GLUED = re.compile(
    rf"^(?:\[(?:PDF|HTML)\]\s*(?P<source>[\w\-]+(?:\.[\w\-]+)*?\.(?:org|com|edu|net|gov|io|de|fr|uk|cn)))?"
    rf"(?P<title>.+?)(?P<authors>{_AUTHOR}(?:,\s*{_AUTHOR})*…?)\s*\u00a0?-\s"
    r"(?P<venue>.*?)(?P<year>(?:19|20)\d{2})\s+-\s+(?P<host>[\w\-]+(?:\.[\w\-]+)*?\.(?:org|com|edu|net|gov|io))"
)


def read(lines: list[Line], doc: Doc) -> list[Found]:
    found: list[Found] = []
    for index, line in enumerate(lines):
        if line.kind == "claimed":
            continue
        text = line.text
        if (match := BYLINE.match(text)) and (title_at := _title_before(lines, index)) is not None:
            found.append(_found(lines, title_at, index, match, doc))
        elif text.startswith("[") and GLUED.match(_unglue(text)):
            for chunk in _RESULT_END.split(_unglue(text)):
                if match := GLUED.match(chunk.strip()):
                    found.append(_found(lines, index, index, match, doc, title=match["title"]))
    return found


def _title_before(lines: list[Line], index: int) -> int | None:
    at = index - 1
    while at >= 0 and lines[at].kind != "claimed" and _HOST_ONLY.match(lines[at].text):
        at -= 1
    if at < 0 or lines[at].kind == "claimed" or len(lines[at].text) < 8:
        return None
    return at


def _found(
    lines: list[Line], first: int, last: int, match: re.Match[str], doc: Doc, title: str = ""
) -> Found:
    draft = Draft(line=lines[first].number, title=title or _BADGE.sub("", lines[first].text))
    draft.authors = match["authors"]
    draft.date = match["year"]
    draft.text = match["venue"]
    draft.urls = [url for line in lines[first : last + 1] for url in line.urls]
    draft.confidence = 0.85
    return Found(build(draft, doc.captured), first, last)


def _unglue(text: str) -> str:
    # get_text() output kept inside source code shows its no-break spaces as the escape `\xa0`.
    return text.replace("\\xa0", " ").replace("\u00a0", " ")
