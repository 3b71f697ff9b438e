"""Blog posts that list papers as items of plain text ending in bracketed link labels, the names
in a nested item: `* Title [[Paper]](…) [[Github]](…)` over `* A Name, B Name` and `* Lab`.

The title is the item's text before its labels; the authors are the first nested item whose
parts each read as a person's name (two to four words, no organisation); a nested `Abstract:` or
`摘要：` item is the abstract. An item whose links identify no paper (`[[Blog]]`, `[[Homepage]]`)
is a paper only with names under it: a tool's or a post's item has a description instead.
"""

from __future__ import annotations

import re

from papershelf.importers.paste.blocks import GENERIC_LINK_LABELS, words
from papershelf.importers.paste.build import Draft, build
from papershelf.importers.paste.cite_context import identifies
from papershelf.importers.paste.doc import Doc, Found
from papershelf.importers.paste.lines import Line, clean_title
from papershelf.importers.paste.names import looks_like_names, split_names

NAME = "link-labels"
DESCRIPTION = "List items `Title [Paper] [Code]` with the names in a nested item (blog posts)"

_LABELS = re.compile(r"(?:\s*\[\s*[^\[\]]{1,20}\s*\])+\s*$")
_AFFILIATION = re.compile(r"\s*\([^()]{1,60}\)")  # `Tianhe Yu (Stanford)`
_ORGANISATION = re.compile(
    r"\b(?:University|Universit[éàä]t?|Institute|Institut|Lab|Labs|Laboratory|Research|Inc|Ltd"
    r"|Corp|College|School|Center|Centre|Brain|DeepMind|AI|Google|Microsoft|Meta|Berkeley"
    r"|Stanford|MIT|CMU)\b|大学|研究"
)
_ABSTRACT = re.compile(r"^(?:abstract|summary|摘要|概要)\s*[:：]\s*", re.IGNORECASE)
TITLE_WORDS = (3, 30)
# A year, `et al.` or brackets in the text before the labels: a citation, not a bare title.
_NOT_PLAIN = re.compile(r"[\[\]]|\((?:19|20)\d{2}\)|\bet al\b")


def read(lines: list[Line], doc: Doc) -> list[Found]:
    found: list[Found] = []
    for index, line in enumerate(lines):
        if line.kind == "item" and line.links and (hit := _item(lines, index, doc)):
            found.append(hit)
    return found


def _item(lines: list[Line], index: int, doc: Doc) -> Found | None:
    line = lines[index]
    labels = _LABELS.search(line.text)
    if labels is None or line.bold or line.italic:
        return None  # a bold or italic title is a reading list's, read with its names and year
    if not all(_generic(label) for label, _url in line.links):
        return None
    title = clean_title(line.text[: labels.start()])
    if not TITLE_WORDS[0] <= words(title) <= TITLE_WORDS[1] or _NOT_PLAIN.search(title):
        return None
    nested = _nested(lines, index)
    if not nested:
        return None  # the names, the lab, the abstract: an item of this shape has items under it
    authors = next((names for at in nested if (names := _people(lines[at].text))), [])
    urls = list(line.urls)
    if not authors and not any(map(identifies, urls)):
        return None  # a post's or a tool's link with its description: no paper
    draft = Draft(line=line.number, title=title, authors=authors, urls=urls, text=line.text)
    labelled = (lines[at].text for at in nested if _ABSTRACT.match(lines[at].text))
    draft.abstract = _ABSTRACT.sub("", next(labelled, ""))
    draft.date = next((year for at in nested if (year := _venue_year(lines[at].text))), None)
    draft.confidence = 0.75 if authors else 0.65
    last = nested[-1] if nested else index
    return Found(build(draft, doc.captured), index, last)


# `NIPS'19`, `ICML 2020`: a nested item naming the venue and its year, alone.
_VENUE_YEAR = re.compile(
    r"^[A-Z][A-Za-z\-]{1,15}\s*(?:'(?P<short>\d{2})|(?P<long>(?:19|20)\d{2}))$"
)


def _venue_year(text: str) -> str | None:
    match = _VENUE_YEAR.match(text.strip())
    if match is None:
        return None
    if match["long"]:
        return match["long"]
    return f"20{match['short']}" if int(match["short"]) <= 40 else f"19{match['short']}"


def _generic(label: str) -> bool:
    return label.strip("[] ").lower() in GENERIC_LINK_LABELS


def _nested(lines: list[Line], index: int) -> list[int]:
    """The items nested under this one (deeper list level), up to the next item of its level."""
    level, found = lines[index].level, []
    for at in range(index + 1, len(lines)):
        line = lines[at]
        if line.kind == "item" and line.level > level:
            found.append(at)
        elif line.kind in ("item", "heading", "claimed"):
            break
    return found


def _people(text: str) -> list[str]:
    """`A Name, B Name (Lab), C Name` as the names of people, or [] when a part is no person's."""
    text = _AFFILIATION.sub("", text).strip(" .")
    if not looks_like_names(text) or _ORGANISATION.search(text):
        return []
    names, _truncated = split_names(text)
    if not names or not all(2 <= len(name.split()) <= 4 for name in names):
        return []
    return names
