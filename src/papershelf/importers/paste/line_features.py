"""What the learned line reader (learned.py) sees of each normalised line: layout features.

Each line gets a handful of discrete features, the way reference parsers (ParsCit, GROBID)
describe a line to their sequence labeller: its kind after normalisation (heading, list item,
row), length, capitalisation, punctuation, comma and `and` counts, whether it reads as names,
years, dates and identifiers, a field label in any of the languages labels.py knows, emphasis
and links, blank lines and block starts, the same few facts of the lines around it, and whether
each of the two lines either side has the line's own shape (a run of titles, or records of two
lines, repeat a shape where prose and furniture do not; a shape is no corpus's vocabulary). The
features are strings (`name=value`, weight 1), so that the model needs no scaling.
"""

from __future__ import annotations

import re
from functools import lru_cache

from papershelf.importers.paste.blocks import date_in, words, year_in
from papershelf.importers.paste.generic import title_like, title_quality
from papershelf.importers.paste.identifiers import ARXIV_LABEL, ARXIV_LINK, DOI, HF_LINK
from papershelf.importers.paste.labels import label_of
from papershelf.importers.paste.lines import Line, is_furniture
from papershelf.importers.paste.names import looks_like_names
from papershelf.importers.paste.reldates import is_relative

Features = dict[str, str]

_LEAD = re.compile(r"^\s*(?:\[\d{1,4}\]|\d{1,4}[.)]|[-*•·▪■●])\s+")
_URL = re.compile(r"https?://\S+")
_SENTENCE_BREAK = re.compile(r"[a-z]{2,}[.!?] +[A-Z]")
_AND = re.compile(r"\b(?:and|und|et|y|e)\b|&|和|与")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")
# The facts of a line its neighbours see too (prefixed `-1:`, `+1:`, `-2:`, `+2:`).
_LONGEST = 1000  # characters of a line looked at (the regular expressions stay linear)
_SHARED = ("kind", "len", "names", "year", "id", "label", "case", "blank", "title", "prose")
# What makes two lines look alike: `same-1=True` for a title under a title of the same layout.
_SHAPE = ("kind", "len", "case", "end", "start", "names", "id", "bold", "linked")


def _bucket(value: int, edges: tuple[int, ...]) -> str:
    for edge in edges:
        if value <= edge:
            return str(edge)
    return f">{edges[-1]}"


def _case(text: str) -> str:
    """The capitalisation of the words: title case, sentence case, lower, upper, or none."""
    found = [w for w in text.split() if w[:1].isalpha()]
    if not found:
        return "none"
    if all(w.isupper() for w in found if len(w) > 1) and any(len(w) > 1 for w in found):
        return "upper"
    share = title_quality(text)
    if share >= 0.75:
        return "title"
    if found[0][:1].isupper():
        return "sentence"
    return "lower"


def _identifier(text: str, line: Line) -> str:
    if ARXIV_LABEL.search(text) or ARXIV_LINK.search(text):
        return "arxiv"
    if DOI.search(text):
        return "doi"
    urls = line.urls
    if any(ARXIV_LINK.search(u) or HF_LINK.search(u) for u in urls):
        return "arxiv-link"
    if any(DOI.search(u) for u in urls):
        return "doi-link"
    if _URL.search(text):
        return "url"
    return "link" if urls else "no"


@lru_cache(maxsize=1 << 14)
def _text_features(text: str) -> tuple[tuple[str, str], ...]:
    """The facts that depend only on the line's text (cached: pastes repeat lines)."""
    bare = _LEAD.sub("", text).strip()
    found: dict[str, str] = {
        "len": _bucket(words(bare), (0, 1, 2, 4, 8, 14, 22, 35, 60)),
        "chars": _bucket(len(bare), (10, 30, 60, 100, 160, 250)),
        "case": _case(bare),
        "commas": _bucket(bare.count(",") + bare.count("，"), (0, 1, 3, 6)),
        "and": str(bool(_AND.search(bare))),
        "names": str(bool(bare) and looks_like_names(bare.rstrip("."))),
        "year": "date" if date_in(bare) else ("year" if year_in(bare) else "no"),
        "relative": str(is_relative(bare)),
        "furniture": str(is_furniture(bare)),
        "prose": str(bool(_SENTENCE_BREAK.search(bare)) or words(bare) > 35),
        "end": bare[-1:] if bare[-1:] in ".,:;?!)]" else ("w" if bare else "-"),
        "start": _start(bare),
        "lead": str(bare != text.strip()),
        "cjk": str(bool(_CJK.search(bare))),
        "colon": str(":" in bare or "：" in bare),
        "brackets": str("(" in bare or "[" in bare),
        "digits": _bucket(sum(c.isdigit() for c in bare), (0, 2, 4, 8)),
    }
    labelled = label_of(bare) if bare else None
    found["label"] = labelled[0] if labelled else "no"
    found["label_alone"] = str(labelled is not None and not labelled[1])
    first = bare.split(maxsplit=1)[0].strip(":：*_[]()").lower() if bare else ""
    if 0 < len(first) <= 14 and not any(c.isdigit() for c in first):
        found["w0"] = first
    return tuple(found.items())


def _start(text: str) -> str:
    if not text:
        return "-"
    char = text[0]
    if char.isupper():
        return "upper"
    if char.islower():
        return "lower"
    if char.isdigit():
        return "digit"
    return "mark" if not char.isalpha() else "other"


def line_features(line: Line, previous: Line | None) -> Features:
    """The features of one line, given the line before it (for blank lines and block starts)."""
    if line.kind == "claimed":
        return {"kind": "claimed", "blank": "True"}
    text = line.text[:_LONGEST]  # a line longer than this is no field of a paper anyway
    found = dict(_text_features(text))
    found["kind"] = line.kind if line.kind != "heading" else f"h{min(line.level, 4)}"
    found["blank"] = str(not text.strip())
    found["block_start"] = str(previous is None or previous.block != line.block)
    found["gap"] = _bucket(line.number - previous.number - 1 if previous else 9, (0, 1, 3))
    found["id"] = _identifier(text, line)
    found["bold"] = str(bool(line.bold) and sum(map(len, line.bold)) >= 0.6 * len(text.strip()))
    found["italic"] = str(bool(line.italic))
    found["linked"] = str(any(len(label) >= 0.6 * len(text.strip()) for label, _ in line.links))
    found["title"] = str(title_like(line))
    return found


def _shape(features: Features) -> tuple[str, ...]:
    return tuple(features.get(name, "") for name in _SHAPE)


def sequence_features(lines: list[Line]) -> list[Features]:
    """Every line's features and its neighbours' (two either side), in order."""
    own = [line_features(line, lines[i - 1] if i else None) for i, line in enumerate(lines)]
    shapes = [_shape(f) for f in own]
    result: list[Features] = []
    for index, features in enumerate(own):
        merged = {"bias": "1", **features}
        for offset in (-2, -1, 1, 2):
            at = index + offset
            if 0 <= at < len(own) and own[index].get("blank") != "True":
                merged[f"same{offset:+d}"] = str(shapes[at] == shapes[index])
        for offset in (-2, -1, 1, 2):
            at = index + offset
            if not 0 <= at < len(own):
                merged[f"{offset:+d}:edge"] = "True"
                continue
            for name in _SHARED:
                if name in own[at]:
                    merged[f"{offset:+d}:{name}"] = own[at][name]
        result.append(merged)
    return result


def as_items(features: list[Features]) -> list[list[str]]:
    """The features as CRFsuite attribute strings (`name=value`)."""
    return [[f"{name}={value}" for name, value in line.items()] for line in features]
