"""The captions a listing sets over its papers: `Top Papers of the Week`, `Accepted Papers`,
`Paper Catalog`, `Oral Presentations`, `Selected Publications`. Such a line names a part of the
listing, never a paper: every word of it is one of the words captions are made of, and one of
them says papers. A title holds some other word (`Papers Without Code`: `without`)."""

from __future__ import annotations

import re

_PAPER_WORDS = frozenset(
    "paper papers publication publications preprint preprints presentation presentations "
    "oral orals poster posters spotlight spotlights talk talks article articles".split()
)
_CAPTION_WORDS = _PAPER_WORDS | frozenset(
    "top best notable key selected accepted recommended featured new latest recent this "
    "today today's week week's weekly month monthly day daily year of the this and & in "
    "catalog catalogue list index reading research highlighted more other further our my "
    "high impact honorable mentions must read additional related".split()
    # `Seminal Papers by Research Area`, `Classic Papers by Topic`: the list's kind and order
    + "seminal foundational important influential classic classical landmark essential core "
    "by area areas topic topics theme themes field fields subject subjects category "
    "categories".split()
)
_WORD = re.compile(r"[^\W\d_][\w'’]*")
# What every word of `_PAPER_WORDS` starts with: a caption holds one of them in its lowercased
# text (lowercasing is letter by letter, and these words are ASCII), most titles none.
_PAPER_STEMS = (
    "paper", "publication", "preprint", "presentation", "oral", "poster", "spotlight", "talk",
    "article",
)  # fmt: skip


# `2023 oral papers`: the year a caption opens with (after a title, `Papers 2024`, it stays)
_YEAR_FIRST = re.compile(r"^\s*(?:19|20)\d{2}\s+")


def listing_caption(title: str) -> bool:
    lower = title.lower()
    if not any(stem in lower for stem in _PAPER_STEMS):
        return False  # no word says papers: no caption (a scan far cheaper than the words')
    title = _YEAR_FIRST.sub("", title)
    words = [word.lower().replace("’", "'") for word in _WORD.findall(title)]
    if not words or len(words) > 8 or len(_WORD.sub("", title).strip(" ()[]:：-–—,.#*&/")) > 0:
        return False  # digits or other signs: a title (`Top-1 Accuracy of …`) or a date line
    return all(word in _CAPTION_WORDS for word in words) and any(
        word in _PAPER_WORDS for word in words
    )
