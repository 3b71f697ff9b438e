"""News posts that announce a group's papers one item each: the quoted title, who led it, and
where it appeared, the venue linking the paper:

    1. "An Invented Estimate of Pretend Sensitivity" led by Ada Quill in [Journal](https://…).
    2. "A Made-up Chain of Imaginary Impacts: led by Ben Marrow in [Journal](https://…)

The person who led the work is its first author (the others are not named); a quote left open
ends where `led by` begins.
"""

from __future__ import annotations

import re

from papershelf.importers.paste.build import Draft, build
from papershelf.importers.paste.doc import Doc, Found
from papershelf.importers.paste.lines import Line
from papershelf.importers.paste.names import looks_like_names

NAME = "led-by"
DESCRIPTION = 'Announced papers: `"Title" led by A Name in [Venue](…)`'

_OPENING = ('"', "“")
_NAME = r"[A-ZÀ-Þ][\w'’\-.]*(?: (?:[a-z]{1,3} )?[A-ZÀ-Þ][\w'’\-.]*){1,3}"
_LED = re.compile(
    r"^[\"“](?P<title>[^\"“”]{10,300}?)(?:[\"”]\s*|[:,;]?\s+)"
    rf"(?:led|first-authored|authored) by (?:(?:[a-z][\w\-]*|PhD|MSc|Dr\.?) ){{0,2}}(?P<name>{_NAME})"
    r"(?:,? (?:et al\.?|and colleagues))?\s+(?:in|at|for|published in|out in) (?P<venue>\S.*)$"
)


def read(lines: list[Line], doc: Doc) -> list[Found]:
    found: list[Found] = []
    for index, line in enumerate(lines):
        if not line.text.startswith(_OPENING) or line.kind not in ("item", "text"):
            continue  # cheap: the item opens with the quoted title
        if " by " not in line.text:
            continue
        match = _LED.match(line.text)
        if match is None or not looks_like_names(match["name"]):
            continue
        draft = Draft(line=line.number, title=match["title"].strip(), authors=[match["name"]])
        draft.urls = [url for _, url in line.links]
        draft.text, draft.confidence = match["venue"], 0.75
        found.append(Found(build(draft, doc.captured), index, index))
    return found
