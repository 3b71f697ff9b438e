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
# An entry read field by field (see `_plain_entry`): the one-pattern way (`_FIELD`s inside
# `@type{key, ... }`, then the fields found again) read every character twice at regex speed.
_HEAD = re.compile(r"@[ \t]*([A-Za-z_][\w\-]*)[ \t]*\{\s*([^\s,{}\"#()=%]+)\s*,")
_NAME = re.compile(r'\s*+([^\s=,{}"#()%]++)\s*+=\s*+')
_NESTED_VALUE = re.compile(_NESTED)
_BARE_VALUE = re.compile(r"[A-Za-z0-9_\-:.+/]++")
_AFTER_VALUE = re.compile(r"\s*+(?:(,)|(?=\}))")
_CLOSE = re.compile(r"\s*\}")
_AT = re.compile(r"@[ \t]*([A-Za-z_][\w\-]*)[ \t]*[{(]")
_NEXT_BLOCK = re.compile(r"\n[ \t]*@")
_SPECIAL = frozenset({"string", "preamble", "comment"})


# A plain entry as the fast path reads it: type (as written), key, (name, value) pairs, and
# its 0-based line. No bibtexparser objects are made for it: a big file has a million fields.
Plain = tuple[str, str, list[tuple[str, str]], int]


def blocks(text: str) -> Iterator[model.Block]:
    """The file's blocks in order, as bibtexparser's splitter would give them; an implicit
    comment (text between entries, which BibTeX skips) only where it holds more than space."""
    seen: set[str] = set()
    for item in scan(text):
        if isinstance(item, tuple):
            kind, key, pairs, line = item
            fields = [model.Field(name, value) for name, value in pairs]
            item = model.Entry(kind.lower(), key, fields, start_line=line)
        yield registered(item, seen)


def scan(text: str) -> Iterator[Plain | model.Block]:
    """Like `blocks`, with each plain entry as a `Plain` tuple and nothing registered yet
    (see `registered`): what the importer reads, at a fraction of the cost."""
    position = 0
    line = 0  # 0-based, like bibtexparser's start_line
    counted_to = 0
    at_search = _AT.search
    count = text.count
    while True:
        at = at_search(text, position)
        stop_at = at.start() if at else len(text)
        if stop_at > position and not (between := text[position:stop_at]).isspace():
            yield model.ImplicitComment(between.strip(), start_line=line)
        if at is None:
            return
        line += count("\n", counted_to, stop_at)
        counted_to = stop_at
        entry = None if at[1].lower() in _SPECIAL else _plain_entry(text, stop_at)
        if entry is not None:
            kind, key, pairs, position = entry
            yield (kind, key, pairs, line)
            continue
        end = _NEXT_BLOCK.search(text, at.end())
        stop = end.start() + 1 if end else len(text)
        for found in Splitter(text[stop_at:stop]).split().blocks:
            if isinstance(found, model.ImplicitComment) and not found.comment.strip():
                continue
            if found.start_line is not None:
                found._start_line_in_file = found.start_line + line  # shifted into the file
            yield found
        position = stop


def _plain_entry(text: str, start: int) -> tuple[str, str, list[tuple[str, str]], int] | None:
    """The entry at `start` as `_ENTRY` reads it (type, key, pairs, and where it ends), or
    None where `_ENTRY` would not match. Braced values without inner braces, the usual kind,
    are found with two `str.find`s instead of a pattern's walk over every character."""
    head = _HEAD.match(text, start)
    if head is None:
        return None
    position = head.end()
    pairs: list[tuple[str, str]] = []
    while (name := _NAME.match(text, position)) is not None:
        end = _value_end(text, name.end())
        after = _AFTER_VALUE.match(text, end) if end >= 0 else None
        if after is None:
            return None
        pairs.append((name[1], text[name.end() : end]))
        position = after.end()
        if after[1] is None:  # no comma: the closing brace follows
            break
    close = _CLOSE.match(text, position)
    return None if close is None else (head[1], head[2], pairs, close.end())


def _value_end(text: str, start: int) -> int:
    """Where the value at `start` ends, as `_VALUE` reads it; -1 where it reads none."""
    first = text[start : start + 1]
    if first == "{":
        close = text.find("}", start + 1)
        if close >= 0 and text.find("{", start + 1, close) < 0:
            return close + 1
        found = _NESTED_VALUE.match(text, start)
    elif first == '"':
        close = text.find('"', start + 1)
        braced = text.find("{", start + 1, close) >= 0 or text.find("}", start + 1, close) >= 0
        return close + 1 if close >= 0 and not braced else -1
    else:
        found = _BARE_VALUE.match(text, start)
    return found.end() if found else -1


def registered(block: model.Block, seen: set[str]) -> model.Block:
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
