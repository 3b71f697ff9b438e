"""Summary sites' topic listings of arXiv papers, copied as text: each paper its title, a line of
its day and identifier, then the site's summary of it.

    Pretend inference tested by made-up genetics

    Oct 23, 2025 · arXiv 2510.20500v1

    This paper investigates … (the site's one-line summary)

    Key Contributions:

    …

The meta line (`<day> · arXiv <id>`) makes the paper; the title is the text line above it. The
summaries below are the site's words, not the paper's abstract, and are left out.
"""

from __future__ import annotations

import re

from papershelf.importers.paste.blocks import date_in
from papershelf.importers.paste.build import Draft, build
from papershelf.importers.paste.cite_context import plain_title
from papershelf.importers.paste.doc import Doc, Found
from papershelf.importers.paste.lines import Line

NAME = "dated-id-lines"
DESCRIPTION = "A title over `Oct 23, 2025 · arXiv 2510.20500v1`, then a site's summary"

AT_LEAST = 2  # such papers that make a listing
MAX_META = 60  # characters: a day, a dot and an identifier
_META = re.compile(
    r"^(?P<day>[^·|•]{6,30}?)\s*[·|•]\s*arXiv\s*:?\s*(?P<id>\d{4}\.\d{4,5}(?:v\d+)?)$", re.I
)


def read(lines: list[Line], doc: Doc) -> list[Found]:
    metas: list[tuple[int, str, str]] = []
    for index, line in enumerate(lines):
        if line.kind != "text" or len(line.text) > MAX_META or "arXiv" not in line.text:
            continue  # cheap tests first: a short line naming arXiv
        if (meta := _META.match(line.text)) and (day := date_in(meta["day"])):
            metas.append((index, day, meta["id"]))
    titled = [(index, day, id_) for index, day, id_ in metas if _titled(lines, index)]
    if len(titled) < AT_LEAST:
        return []
    found: list[Found] = []
    for at, (index, day, id_) in enumerate(titled):
        title = lines[index - 1]
        end = titled[at + 1][0] - 2 if at + 1 < len(titled) else _summary_end(lines, index)
        draft = Draft(line=title.number, title=title.text, date=day)
        draft.urls, draft.text, draft.confidence = title.urls, f"arXiv:{id_}", 0.85
        found.append(Found(build(draft, doc.captured), index - 1, max(index, end)))
    return found


def _titled(lines: list[Line], index: int) -> bool:
    return (
        index > 0
        and lines[index - 1].kind in ("text", "heading")
        and plain_title(lines[index - 1].text)
    )


SUMMARY = 4  # lines of the site's words under the last paper at most


def _summary_end(lines: list[Line], index: int) -> int:
    end = index
    while end + 1 < len(lines) and end < index + SUMMARY and lines[end + 1].kind == "text":
        end += 1
    return end
