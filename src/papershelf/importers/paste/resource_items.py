"""Awesome-lists that give each paper as a plain title followed by its resources' links, often
after the month it appeared: `- `2023.05` Title, [arXiv](…), [Code](…)`, `- [2024/01] Title
[[Paper]](…) [[Model]](…)`, `* Title | [PDF](…) | [Project](…)`.

The item's text before its first link is the title (the separators between the links, and a
month or year that opens the item, are not); the links' texts are short labels (a word or two,
`arXiv`, `Code`, `.stanford.edu`), one of them a paper's (hosts.py, or an identifier in its
address). Three such items at least: a list, not one remark's link. A list of this shape whose
items carry no paper's link (tools with `[GitHub]` and `[Docs]`) is none of its business.
"""

from __future__ import annotations

import re

from papershelf.importers.paste.blocks import is_generic_label, words
from papershelf.importers.paste.build import Draft, build
from papershelf.importers.paste.cite_context import identifies
from papershelf.importers.paste.doc import Doc, Found
from papershelf.importers.paste.hosts import scholarly
from papershelf.importers.paste.lines import Line

NAME = "resource-items"
DESCRIPTION = "Items `Title, [arXiv](…), [Code](…)`: a plain title, then its resources' links"

AT_LEAST = 3  # such items in the paste
LABEL_WORDS = 2
LABEL_CHARS = 24
TITLE_WORDS = (2, 40)
# `2023.05`, `[2024/07]`, `2019-04`, `(2021)`, `2022:` opening the item: the month or year it
# appeared, never a word of its title.
_LEAD_DATE = re.compile(
    r"^[\[(]?(?P<year>(?:19|20)\d{2})(?:[./\-](?P<month>0?[1-9]|1[0-2]))?[\])]?"
    r"(?:\s*[:|–—-])?\s+(?=\S)"
)
_SEPARATORS = " ,;|·•/–—-:[("
_YEAR_AFTER = re.compile(r"\s*[,(]\s*(?P<year>(?:19|20)\d{2})\)?$")
# `Please refer to the revised version on [arXiv](…)`: a sentence whose link is its last word's
# object, or two sentences, is a remark about a paper (a README's news), not its title.
_PROSE_END = re.compile(
    r"\b(?:on|in|at|to|of|from|the|a|an|via|see|here|and|or|by|for|with|is|are|was|has|been)$",
    re.IGNORECASE,
)
_SENTENCES = re.compile(r"[a-z]{2}[.!?]\s+[A-Z]")


def read(lines: list[Line], doc: Doc) -> list[Found]:
    found = [
        Found(build(draft, doc.captured), index, index)
        for index, line in enumerate(lines)
        if line.kind == "item" and line.links and (draft := _draft(line))
    ]
    return found if len(found) >= AT_LEAST else []


def _draft(line: Line) -> Draft | None:
    if line.bold or line.italic:
        return None  # a bold or italic title is a reading list's, read with what follows it
    labels = [label.strip(" []`*_") for label, _url in line.links]
    if not all(_short_label(label) for label in labels):
        return None
    if not any(is_generic_label(label) for label in labels):
        return None  # a list of named links (`[SciBERT](…)`), which other readers know
    if not any(identifies(url) or scholarly(url) for url in line.urls):
        return None  # a tool's or a model's item: no paper's link
    opening = _before_links(line.text, labels)
    if opening is None:
        return None
    draft = Draft(line=line.number, title="", urls=list(line.urls), text=line.text)
    if lead := _LEAD_DATE.match(opening):
        month = lead["month"]
        draft.date = f"{lead['year']}-{int(month):02d}" if month else lead["year"]
        opening = opening[lead.end() :]
    title = opening.strip(" *_").rstrip(_SEPARATORS).strip(" *_")
    if year := _YEAR_AFTER.search(title):  # `Title,2017`: the year the list gives after it
        title, draft.date = title[: year.start()], draft.date or year["year"]
    if not TITLE_WORDS[0] <= words(title) <= TITLE_WORDS[1]:
        return None
    if _PROSE_END.search(title) or _SENTENCES.search(title):
        return None
    draft.title = title
    draft.confidence = 0.75
    return draft


def _short_label(label: str) -> bool:
    return 0 < len(label) <= LABEL_CHARS and words(label) <= LABEL_WORDS


def _before_links(text: str, labels: list[str]) -> str | None:
    """The item's text before its first link's label; None when the item opens with a link (a
    linked title, read elsewhere) or a label cannot be found in the text."""
    at = text.find(labels[0])
    if at <= 0:
        return None
    return text[:at]
