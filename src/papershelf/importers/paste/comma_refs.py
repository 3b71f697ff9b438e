"""CV and lab pages that list their owner's papers with commas between every part, names in the
Vancouver way (family name, then initials) first: `Okada D, Wada T, **Iwasaki A** and Yamada R,
Title, Venue Vol.34, 2019` and, in Japanese, `**岩崎** ら, Title, 学会, 2019`.

The names are the leading parts that each read as one such name (or `et al.`, `ら`); the title
is the part after them, the year the last one said after it. A bare name in Chinese or Japanese
script counts only set in bold (the page's owner) or with `ら`/`他`/`等` (and others) after it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from papershelf.importers.paste.blocks import words, year_in
from papershelf.importers.paste.cite import Citation
from papershelf.importers.paste.lines import clean_title, mostly_cjk

_PARTS = re.compile(r"\s*[,，、]\s*")
_LEAD = re.compile(r"^\s*(?:\[\d{1,4}\]|\d{1,3}[.)])\s*")
_VANCOUVER = re.compile(r"^[A-Z][\w'’\-]+(?: [A-Z][a-z][\w'’\-]*)* [A-Z]{1,3}\.?$")
_CJK_NAME = re.compile(r"^(?P<name>[\u3040-\u30ff\u4e00-\u9fff]{1,4})\s*(?P<more>ら|他|等)?$")
_ET_AL = re.compile(r"^(?:et\.? al\.?|ら|他|等)$")
_AND = re.compile(r"\s+(?:and|&)\s+")
_SENTENCE_STOP = re.compile(r"[^\W\d_]\.\s")
CJK_TITLE = 8  # characters: a title in Chinese or Japanese writes its words together


def comma_entry(text: str, bold: Sequence[str] = ()) -> Citation | None:
    parts = [part.strip(" .") for part in _PARTS.split(_LEAD.sub("", text).strip())]
    names: list[str] = []
    at = 0
    while at < len(parts) and (found := _names(parts[at], bold)) is not None:
        names += found
        at += 1
    if not names or at >= len(parts) - 1:
        return None  # a title and something after it (where, when) follow the names
    if _SENTENCE_STOP.search(parts[at]):
        return None  # `Quill M, Fenn T. Title. Venue, 2021`: the Vancouver style with stops
    title = clean_title(parts[at])
    if not (words(title) >= 3 or (mostly_cjk(title) and len(title) >= CJK_TITLE)):
        return None
    year = year_in(", ".join(parts[at + 1 :]))
    return Citation(title, ", ".join(names), year, 0.6)


def _names(part: str, bold: Sequence[str]) -> list[str] | None:
    """The names one comma-separated part holds, [] for `et al.`, None when it is no names."""
    if _ET_AL.match(part):
        return []
    found: list[str] = []
    for piece in _AND.split(part):
        if _VANCOUVER.match(piece):
            found.append(piece.rstrip("."))
        elif (cjk := _CJK_NAME.match(piece)) and (cjk["more"] or cjk["name"] in bold):
            found.append(cjk["name"])
        else:
            return None
    return found
