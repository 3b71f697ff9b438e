"""A page copied from a browser as plain text, where a caption of its own line names the papers
(`Accepted Papers`, `Selected publications`, `Readings`) over a run of bulleted lines, each a
bare title:

    Accepted Papers

      • An invented analysis of pretend speech under stress
      • Made-up subject identification using imaginary stimuli

Copied text keeps neither the heading's markup nor the list's: the caption is a short line with
no stop at its end, the items lines opening with a bullet sign. Each bullet of the run must read
as a title (three words or more, no sentence, no names, no label), or the run is no list of
papers; three at least make one. Records are flagged for review: a title alone is all they say.
"""

from __future__ import annotations

import re

from papershelf.core.records import PaperRecord
from papershelf.importers.paste.build import Draft, build
from papershelf.importers.paste.doc import Doc, Found
from papershelf.importers.paste.labels import label_of
from papershelf.importers.paste.lines import Line, is_furniture
from papershelf.importers.paste.names import looks_like_names

NAME = "captioned-titles"
DESCRIPTION = "Bulleted bare titles under a plain caption naming papers ('Accepted Papers')"

AT_LEAST = 3
WORDS = (3, 30)
CAPTION_WORDS = 5
_CAPTION = re.compile(
    r"^(?:(?:accepted|selected|published|recent|featured|key|suggested|recommended|required|"
    r"core|further|additional|optional|background|assigned|latest|new|popular|"
    r"most\s+(?:read|cited|downloaded|viewed|popular))\s+)?"
    r"(?:papers|publications|articles|readings|reading list|papers to read)\s*:?$",
    re.IGNORECASE,
)
_BULLET = re.compile(r"^\s*[•◦▪▸►‣∙·*–-]\s+(?=\S)")
_SENTENCE_END = re.compile(r"[.!;,。]$")
_SENTENCE = re.compile(r"[a-z]{2,}[.!?] +[A-Z]")


def read(lines: list[Line], doc: Doc) -> list[Found]:
    found: list[Found] = []
    for index, line in enumerate(lines):
        if not _caption(line):
            continue
        run = _bulleted_titles(lines, index + 1)
        if len(run) >= AT_LEAST:
            found += [Found(_paper(lines[at], doc), at, at) for at in run]
    return found


def _caption(line: Line) -> bool:
    text = line.text.strip()
    return (
        line.kind in ("text", "heading")
        and len(text.split()) <= CAPTION_WORDS
        and _CAPTION.match(text) is not None
    )


def _bulleted_titles(lines: list[Line], start: int) -> list[int]:
    """The lines of the bulleted run from `start`, if every one is a bare title; else none."""
    run: list[int] = []
    for index in range(start, len(lines)):
        line = lines[index]
        if line.kind == "claimed" or not _bulleted(line):
            break
        if not _bare_title(_title_of(line)):
            return []
        run.append(index)
    return run


def _bulleted(line: Line) -> bool:
    return line.kind == "item" or _BULLET.match(line.text) is not None


def _title_of(line: Line) -> str:
    return _BULLET.sub("", line.text, count=1).strip()


def _bare_title(text: str) -> bool:
    if not WORDS[0] <= len(text.split()) <= WORDS[1] or _SENTENCE_END.search(text):
        return False
    if not (text[:1].isupper() or text[:1].isdecimal()) or "http" in text:
        return False
    if _SENTENCE.search(text):
        return False
    return not (is_furniture(text) or looks_like_names(text) or label_of(text) is not None)


def _paper(line: Line, doc: Doc) -> PaperRecord:
    draft = Draft(line=line.number, title=_title_of(line), confidence=0.55)
    draft.reasons = ["a bare title in a bulleted list under a caption naming papers"]
    return build(draft, doc.captured)
