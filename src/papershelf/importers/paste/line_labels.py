"""Training labels for the learned line reader: each normalised line's role, found by aligning
an excerpt's expected papers (its `.expected.json`) to its lines.

Roles: `title` (the line a paper's title starts on: a paper starts there), `title+` (the title
wrapped onto the next line), `ref` (a whole reference on one line: names, title, venue),
`authors`, `abstract`, `meta` (a date or venue line: it states the paper's year), `id` (a line
carrying the paper's arXiv id, DOI or link) and `other` (everything else: menus, headings,
remarks, furniture). A line is aligned to the paper whose title came last above it, so that the
fields of one paper never label lines of another.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from papershelf.importers.paste.lines import Line

TITLE, MORE, REF, AUTHORS, ABSTRACT, META, ID, OTHER = (
    "title", "title+", "ref", "authors", "abstract", "meta", "id", "other",
)  # fmt: skip
ROLES = (TITLE, MORE, REF, AUTHORS, ABSTRACT, META, ID, OTHER)
_WORD = re.compile(r"\w+")


def key(text: str) -> str:
    """Case, width, punctuation and spacing folded away (as scripts/fidelity.py matches titles)."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    return " ".join("".join(ch if ch.isalnum() else " " for ch in folded).split())


@dataclass(frozen=True)
class Expected:
    """One expected paper's fields, folded for matching."""

    title: str
    surnames: tuple[str, ...]
    abstract: str
    year: str
    ids: tuple[str, ...]

    @classmethod
    def of(cls, paper: dict[str, Any]) -> Expected:
        authors = [a for a in paper.get("authors") or [] if isinstance(a, str)]
        surnames = tuple(k.split()[-1] for a in authors if (k := key(a)))
        ids = [paper.get("arxiv_id"), paper.get("doi"), paper.get("url")]
        arxiv = paper.get("arxiv_id")
        if isinstance(arxiv, str):
            ids.append(re.sub(r"v\d+$", "", arxiv))
        date = paper.get("date")
        return cls(
            key(paper.get("title") or ""),
            surnames,
            key(paper.get("abstract") or ""),
            date[:4] if isinstance(date, str) and date[:4].isdigit() else "",
            tuple(str(i).lower() for i in ids if i),
        )


def _title_role(text: str, paper: Expected) -> str | None:
    line = key(text)
    if not line or not paper.title:
        return None
    if line == paper.title:
        return TITLE
    if paper.title in line:
        rest = line.replace(paper.title, " ", 1)
        named = _names_in(rest, paper) >= 1
        return REF if named or len(line) - len(paper.title) > 40 else TITLE
    if len(line) >= 12 and f" {line} " in f" {paper.title} ":
        return TITLE if paper.title.startswith(line) else MORE
    return None


def _names_in(line: str, paper: Expected) -> int:
    found = set(_WORD.findall(line))
    return sum(1 for name in paper.surnames if name in found)


def _field_role(line: Line, paper: Expected) -> str | None:
    text = key(line.text)
    if not text:
        return None
    names = _names_in(text, paper)
    if paper.surnames and names >= min(2, len(paper.surnames)) and len(text.split()) <= 80:
        return AUTHORS
    if paper.abstract and len(text) >= 20 and text in paper.abstract:
        return ABSTRACT
    raw = " ".join([line.text, *line.urls]).lower()
    if paper.ids and any(i in raw for i in paper.ids):
        return ID
    if paper.year and paper.year in text.split() and len(text.split()) <= 25:
        return META
    return None


def align(lines: Sequence[Line], papers: list[dict[str, Any]]) -> list[str]:
    """Each line's role, given the papers a careful reader finds in these lines."""
    expected = [Expected.of(p) for p in papers]
    roles = [OTHER] * len(lines)
    current: Expected | None = None
    for index, line in enumerate(lines):
        if line.kind == "claimed":
            continue
        role = None
        for paper in expected:
            role = _title_role(line.text, paper)
            if role is not None:
                if role == MORE and not (index and roles[index - 1] in (TITLE, MORE)):
                    role = None  # a piece of a title away from the title: not this title
                    continue
                current = paper
                break
        if role is None and current is not None:
            role = _field_role(line, current)
        roles[index] = role or OTHER
    return roles
