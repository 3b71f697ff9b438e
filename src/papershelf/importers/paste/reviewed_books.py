"""A review posted to a mailing list (LINGUIST List's, a digest's message): the message's head
names the book in its `Subject:`, and the review opens with the book's reference, wrapped:

    Message 1: Counting Lanterns
    Date: Thu, 28 Aug 2003 14:59:08 +0200
    From: A Reviewer <>
    Subject: Counting Lanterns
    Quist, Ada (2002) Counting Lanterns: Harbours and Fog, Made-Up Press,
    Topics in Lanterns 42.

The reviewed work is the paper: its title starts with the subject, up to the comma or full stop
after it; the names before the bracketed year are kept as written.
"""

from __future__ import annotations

import re

from papershelf.importers.paste.build import Draft, build
from papershelf.importers.paste.doc import Doc, Found
from papershelf.importers.paste.lines import Line

NAME = "reviewed-book"
DESCRIPTION = "A mailing list's review: `Subject: Title` over the book's `Name (2002) Title, …`"

_SUBJECT = "Subject:"
_REFERENCE = re.compile(
    r"^(?P<names>[^\W\d_][^()]{2,120}?)\s*\((?P<year>(?:19|20)\d{2})[a-z]?\)\.?\s+(?P<rest>\S.*)$"
)
_HEAD = re.compile(r"^(?:Message \d+|Date|From|To|Cc)\s*:")
_TITLE_END = re.compile(r"[,.]\s")
HEAD_LINES = 4  # lines of the message's head over `Subject:`
REFERENCE_LINES = 4  # lines a wrapped reference runs over
MIN_SUBJECT = 8


def read(lines: list[Line], doc: Doc) -> list[Found]:
    found: list[Found] = []
    for at, line in enumerate(lines[:-1]):
        if line.text[:8] != _SUBJECT or line.kind != "text":
            continue  # cheap test first
        subject = line.text[len(_SUBJECT) :].strip()
        if len(subject) < MIN_SUBJECT or lines[at + 1].kind != "text":
            continue
        hit = _reviewed(lines, at, subject, doc)
        if hit is not None:
            found.append(hit)
    return found


def _reviewed(lines: list[Line], at: int, subject: str, doc: Doc) -> Found | None:
    opening = lines[at + 1]
    last = at + 1
    while (
        last + 1 < len(lines)
        and last + 1 <= at + REFERENCE_LINES
        and lines[last + 1].block == opening.block
        and lines[last + 1].kind == "text"
    ):
        last += 1
    text = " ".join(lines[i].text for i in range(at + 1, last + 1))
    reference = _REFERENCE.match(text)
    if reference is None or not reference["rest"].casefold().startswith(subject.casefold()):
        return None
    rest = reference["rest"]
    end = _TITLE_END.search(rest, len(subject))
    title = (rest[: end.start()] if end else rest).rstrip(" .")
    names = reference["names"].strip().rstrip(",")
    authors = [name.strip() for name in re.split(r"\s+(?:and|&)\s+|;\s*", names) if name.strip()]
    draft = Draft(line=opening.number, title=title, authors=authors, date=reference["year"])
    draft.confidence = 0.8
    first = at
    while first > 0 and at - first < HEAD_LINES and _HEAD.match(lines[first - 1].text):
        first -= 1  # the message's head: `Message 1: …`, `Date:`, `From:`
    return Found(build(draft, doc.captured), first, last)
