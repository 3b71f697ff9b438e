"""Citation keys a merged paper answers to, and the .bib fields that name other entries.

A merge keeps the folded papers' keys as aliases in biblatex's `ids` field, so `\\cite` of any
of them still resolves under biber. BibTeX ignores `ids` (an unknown field): the aliases stay in
the file for biber, JabRef and a later re-import, but a plain-BibTeX document must cite the
kept key.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

ALIASES = "ids"
# Fields whose value is one key (crossref) or a comma-separated list of keys.
LINKS = ("crossref", "xref", "xdata", "related")
# Fields that only mean something beside a `related` field.
RELATED_EXTRAS = ("relatedtype", "relatedstring", "relatedoptions")


def key_list(value: str | None) -> list[str]:
    """`{a, b}` or `a,b` -> ["a", "b"]."""
    text = (value or "").strip()
    if text[:1] == "{" and text[-1:] == "}":
        text = text[1:-1]
    return [key.strip() for key in text.split(",") if key.strip()]


def braced(keys: Iterable[str]) -> str:
    return "{" + ",".join(keys) + "}"


def aliases(fields: Mapping[str, str]) -> list[str]:
    return key_list(fields.get(ALIASES))


def with_aliases(fields: Mapping[str, str], own: str | None, more: Iterable[str]) -> dict[str, str]:
    """`fields` with `more` added to the `ids` aliases (never the paper's own key, no repeats)."""
    known = {key.casefold() for key in ([own] if own else [])}
    merged: list[str] = []
    for key in [*aliases(fields), *more]:
        if key.casefold() not in known:
            known.add(key.casefold())
            merged.append(key)
    out = {name: value for name, value in fields.items() if name != ALIASES}
    if merged:
        out[ALIASES] = braced(merged)
    return out


def repointed(fields: Mapping[str, str], gone: Iterable[str], target: str | None) -> dict[str, str]:
    """Link fields with the keys in `gone` replaced by `target` (None: dropped); a link of an
    entry to itself, or left empty, goes (with `related`'s companions)."""
    folded = {key.casefold() for key in gone}
    out = dict(fields)
    for name in LINKS:
        if name not in out:
            continue
        keys: list[str] = []
        for key in key_list(out[name]):
            new = (target if key.casefold() in folded else key) or ""
            if new and new.casefold() not in {k.casefold() for k in keys}:
                keys.append(new)
        if keys == key_list(out[name]):
            continue
        if keys:
            out[name] = braced(keys)
        else:
            del out[name]
            if name == "related":
                for extra in RELATED_EXTRAS:
                    out.pop(extra, None)
    return out


@dataclass(frozen=True, slots=True)
class Entry:
    """What a paper's .bib entry says about which work it is."""

    key: str | None
    fields: Mapping[str, str]
    sources: frozenset[int]  # the files it came from
    year: str | None

    def names(self) -> set[str]:
        return {k.casefold() for k in [self.key, *aliases(self.fields)] if k}


# Fields that set one edition, printing or reprint of a work apart from another.
_EDITION_FIELDS = ("edition", "origyear", "origdate", "origpublisher", "origlocation")


def apart(a: Entry, b: Entry) -> str | None:
    """Why two look-alike .bib entries are different entries of one work (a reprint, another
    edition, entries the file links), or None. A merge would lose what the file meant."""
    if a.names() & b.names():
        return None  # one entry, met twice
    for one, other in ((a, b), (b, a)):
        for name in LINKS:
            if {k.casefold() for k in key_list(one.fields.get(name))} & other.names():
                return f"linked to each other in the .bib ({name})"
    for one in (a, b):
        # A `crossref`/`xdata`/`related` entry is part of its file's own machinery
        # (xampl's *-crossref, biblatex's *:related): the file meant it as another entry.
        linked = next((name for name in LINKS if key_list(one.fields.get(name))), None)
        if linked:
            return f"{one.key} is linked to other entries in its .bib ({linked})"
    for name in _EDITION_FIELDS:
        if _plain(a.fields.get(name)) != _plain(b.fields.get(name)):
            return f"different edition or reprint ({name})"
    if (
        a.key
        and b.key
        and a.key.casefold() != b.key.casefold()
        and a.sources & b.sources
        and a.year != b.year
    ):
        return "distinct entries of one .bib with different years"
    return None


def _plain(value: str | None) -> str:
    return " ".join((value or "").replace("{", "").replace("}", "").split()).casefold()
