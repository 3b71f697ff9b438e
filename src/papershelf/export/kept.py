"""A .bib entry's own fields written back beside the library's typed ones (core.bibfields)."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from papershelf.core.bibfields import GROUP_OF, READER_FIELDS, unchanged_groups
from papershelf.export.bibmacros import guarded_preamble

Field = tuple[str, str]


def with_kept_fields(
    typed: list[Field], paper: Mapping[str, Any], bare: Callable[[str], str]
) -> list[Field]:
    """`typed` with each group the reader left alone replaced by the fields the file had, and
    every other kept field (volume, pages, editor, file, ...) added after them.

    `bare` marks a value written without braces (a month macro, a number).
    """
    kept = paper.get("bib_fields")
    if not kept:
        return typed
    fields: dict[str, str] = kept["fields"]
    unchanged = unchanged_groups(kept, paper)
    out: list[Field] = []
    written: set[str] = set()

    def put_kept(name: str) -> None:
        if name not in written:
            value = fields[name]
            out.append((name, value[1:-1] if value[:1] == "{" else bare(value)))
            written.add(name)

    # In the typed order, a group the reader left alone is written from the kept fields.
    for name, value in typed:
        group = GROUP_OF.get(name)
        if group in unchanged or (name == "key" and "key" in fields):
            for kept_name in [n for n in fields if GROUP_OF.get(n) == group] or [name]:
                if kept_name in fields:
                    put_kept(kept_name)
        elif name not in written:
            out.append((name, value))
            written.add(name)
    changed = {GROUP_OF[name] for name in written if name in GROUP_OF} - unchanged
    for name in fields:
        group = GROUP_OF.get(name)
        if name in READER_FIELDS or group in changed or (group and group not in unchanged):
            continue
        put_kept(name)
    return out


def kept_blocks(paper: Mapping[str, Any]) -> list[str]:
    """The `@preamble`/`@comment` blocks (and the text between entries) that stood before the
    paper's entry in its file. (A file's head and tail go out through `block_texts`.)"""
    kept = paper.get("bib_fields") or {}
    return block_texts(kept.get("blocks", []))


def block_texts(blocks: Sequence[Sequence[str]]) -> list[str]:
    """Kept blocks, each `(kind, text)`, as BibTeX."""
    return [_block(kind, text) for kind, text in blocks]


def _block(kind: str, text: str) -> str:
    if kind == "preamble":
        return f"@preamble{{{guarded_preamble(text)}}}\n"
    if not _balanced(text):
        # Text between entries with a stray brace cannot be an @comment's body; BibTeX skips
        # it as it stands, so it goes back as it came.
        return text + "\n"
    return f"@{kind}{{{text}}}\n"


def _balanced(text: str) -> bool:
    depth = 0
    for char in text:
        if char in "{}":
            depth += 1 if char == "{" else -1
            if depth < 0:
                return False
    return depth == 0
