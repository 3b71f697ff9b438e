"""Splitting a .bib file into blocks quickly, with bibtexparser 2 for anything unusual.

bibtexparser's splitter walks every brace and comma in Python (~100 µs an entry); a 100k-entry
library would take longer to split than the target for the whole import. Most entries are
plain: `@type{key,` then `name = {value}` pairs with braces nested at most a few levels, `"..."`
values, numbers and macro names. One regular expression takes such an entry in a single C call.
Anything else (`@string`, `@preamble`, `@comment`, a concatenation, deeper braces, an entry
the expression does not take up to its closing brace) is handed, from its `@` to the next
line-starting `@`, to bibtexparser's splitter, so the result is bibtexparser's in every case;
tests compare the two on every real file.

Line numbers are counted incrementally, from the previous entry, never from the file's start.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from bibtexparser import model
from bibtexparser.splitter import Splitter

_NESTED = r"\{(?:[^{}]++|\{(?:[^{}]++|\{(?:[^{}]++|\{[^{}]*+\})*+\})*+\})*+\}"  # 4 levels deep
_VALUE = rf'(?:{_NESTED}|"[^"{{}}]*+"|[A-Za-z0-9_\-:.+/]++)'
_FIELD = rf"\s*+([^\s=,{{}}\"#()%]++)\s*+=\s*+({_VALUE})\s*+"
_ENTRY = re.compile(
    rf"@[ \t]*([A-Za-z_][\w\-]*)[ \t]*\{{\s*([^\s,{{}}\"#()=%]+)\s*,((?:{_FIELD},)*+(?:{_FIELD})?)\s*\}}"
)
_FIELDS = re.compile(_FIELD + r"(?:,|$)")
_AT = re.compile(r"@[ \t]*([A-Za-z_][\w\-]*)[ \t]*[{(]")
_NEXT_BLOCK = re.compile(r"\n[ \t]*@")
_SPECIAL = frozenset({"string", "preamble", "comment"})


def blocks(text: str) -> Iterator[model.Block]:
    """The file's blocks in order, as bibtexparser's splitter would give them; an implicit
    comment (text between entries, which BibTeX skips) only where it holds more than space."""
    seen: set[str] = set()
    position = 0
    line = 0  # 0-based, like bibtexparser's start_line
    counted_to = 0
    while True:
        at = _AT.search(text, position)
        between = text[position : at.start() if at else len(text)]
        if not between.isspace() and between:
            yield model.ImplicitComment(between.strip(), start_line=line)
        if at is None:
            return
        line += text.count("\n", counted_to, at.start())
        counted_to = at.start()
        entry = None if at[1].lower() in _SPECIAL else _ENTRY.match(text, at.start())
        if entry is not None:
            block: model.Block = _entry(entry, line)
            position = entry.end()
            yield _registered(block, seen)
            continue
        end = _NEXT_BLOCK.search(text, at.end())
        stop = end.start() + 1 if end else len(text)
        for found in Splitter(text[at.start() : stop]).split().blocks:
            if isinstance(found, model.ImplicitComment) and not found.comment.strip():
                continue
            if found.start_line is not None:
                found._start_line_in_file = found.start_line + line  # shifted into the file
            yield _registered(found, seen)
        position = stop


def _entry(match: re.Match[str], line: int) -> model.Entry:
    fields = [model.Field(name, value.strip()) for name, value in _FIELDS.findall(match[3].strip())]
    return model.Entry(match[1].lower(), match[2], fields, start_line=line)


def _registered(block: model.Block, seen: set[str]) -> model.Block:
    """A second entry with a key seen before comes wrapped, as bibtexparser's library does."""
    if isinstance(block, model.Entry):
        if block.key in seen:
            return model.DuplicateBlockKeyBlock(
                block.key, block, block, start_line=block.start_line
            )
        seen.add(block.key)
        names = [field.key for field in block.fields]
        if len(set(names)) != len(names):
            repeated = {name for name in names if names.count(name) > 1}
            return model.DuplicateFieldKeyBlock(repeated, block)
    elif isinstance(block, model.DuplicateBlockKeyBlock):
        seen.add(block.key)
    return block
