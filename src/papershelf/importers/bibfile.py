"""A .bib file's own machinery: blocks split by bibtexparser 2, then `@string` macros expanded,
`crossref` and `xdata` resolved, JabRef's group tree read from its `@comment`.

Field values are kept in BibTeX's value syntax, LaTeX and all, so that they can be written
back as they came: `{...}` for text (concatenations and macros expanded into one group) and a
bare `apr` or `2019` where the file had a month macro or a number.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from bibtexparser import model

from papershelf.core.records import ParseWarning
from papershelf.importers import bibscan

MONTH_MACROS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
MONTH_NAMES = (
    "January February March April May June July August September October November December"
).split()
# biblatex's default inheritance: a parent's title is its children's booktitle (or maintitle).
TITLE_INHERITANCE = {
    **dict.fromkeys(
        (
            "inproceedings",
            "incollection",
            "inbook",
            "bookinbook",
            "suppbook",
            "suppcollection",
            "inreference",
        ),
        "booktitle",
    ),
    **dict.fromkeys(("book", "collection", "proceedings", "reference"), "maintitle"),
}
NOT_INHERITED = frozenset(
    {
        "ids",
        "crossref",
        "xdata",
        "xref",
        "entryset",
        "entrysubtype",
        "execute",
        "label",
        "options",
        "presort",
        "related",
        "relatedoptions",
        "relatedstring",
        "relatedtype",
        "shorthand",
        "shorthandintro",
        "sortkey",
    }
)
_DELIMITERS = re.compile(r'[{}"#]')
_BRACE = re.compile(r"[{}]")
_GROUP_TREE = re.compile(r"@comment\s*\{\s*jabref-meta:\s*groupstree:", re.IGNORECASE)
_GROUP_LINE = re.compile(r"^\d+\s+(\w+):(.*)$")


@dataclass
class BibEntry:
    kind: str  # the entry type, lower case
    key: str
    line: int  # 1-based line of the `@`
    fields: dict[str, str]  # lower-case name -> value in BibTeX syntax, in the file's order
    duplicate_key: bool = False  # a second entry with a key the file used already
    # The file's blocks (`BibFile.blocks[a:b]`) that stood between the previous entry and this
    # one, and whether this is the file's first entry (its blocks are the file's head).
    blocks_before: tuple[int, int] = (0, 0)
    first: bool = False


@dataclass
class BibFile:
    entries: list[BibEntry] = field(default_factory=list)
    groups: dict[str, list[str]] = field(default_factory=dict)  # key -> JabRef group names
    # `@preamble` and `@comment` blocks, and the text between entries (as comments), in file
    # order, as ("preamble" | "comment", text).
    blocks: list[tuple[str, str]] = field(default_factory=list)
    warnings: list[ParseWarning] = field(default_factory=list)


def read(text: str) -> BibFile:
    """The whole file at once (see `read_stream`)."""
    found = BibFile()
    found.entries = list(read_stream(text, found))
    return found


def read_stream(text: str, found: BibFile) -> Iterator[BibEntry]:
    """Entries as they are read, so that the library can store them meanwhile; the ones with
    a `crossref` or `xdata` come last, resolved, since BibTeX puts parents after children.
    Macros, groups, blocks and warnings gather in `found`."""
    found.groups.update(_groups_ahead(text))
    macros = {m: "{" + name + "}" for m, name in zip(MONTH_MACROS, MONTH_NAMES, strict=True)}
    by_key: dict[str, BibEntry] = {}
    held: list[BibEntry] = []
    seen: set[str] = set()
    placed = 0  # blocks before the entries read so far
    for item in bibscan.scan(text):
        if isinstance(item, tuple):
            entry: BibEntry | None = _plain(item, seen, macros, found.warnings)
        else:
            entry = _take(bibscan.registered(item, seen), found, macros)
        if entry is None:
            continue
        entry.first, entry.blocks_before = not by_key, (placed, len(found.blocks))
        placed = len(found.blocks)
        if not entry.duplicate_key:
            by_key.setdefault(entry.key.lower(), entry)
        if "crossref" in entry.fields or "xdata" in entry.fields:
            held.append(entry)
        else:
            yield entry
    for entry in held:
        _resolve(entry, by_key, found.warnings)
        yield entry


def _groups_ahead(text: str) -> dict[str, list[str]]:
    """JabRef writes its group tree after the entries; it is read first, to tag them."""
    tree = _GROUP_TREE.search(text)
    if tree is None:
        return {}
    block = next(bibscan.blocks(text[tree.start() :]), None)
    return jabref_groups(block.comment) if isinstance(block, model.ExplicitComment) else {}


def _take(block: model.Block, found: BibFile, macros: dict[str, str]) -> BibEntry | None:
    duplicate = isinstance(block, model.DuplicateBlockKeyBlock)
    if isinstance(block, model.DuplicateBlockKeyBlock | model.DuplicateFieldKeyBlock):
        block = block.ignore_error_block or block
    line = (block.start_line or 0) + 1
    if isinstance(block, model.Entry):
        entry = _entry(block, line, macros, found.warnings)
        entry.duplicate_key = duplicate
        return entry
    if isinstance(block, model.String):
        macros[block.key.lower()] = expand(str(block.value), macros, line, found.warnings)
    elif isinstance(block, model.Preamble):
        found.blocks.append(("preamble", str(block.value)))
    elif isinstance(block, model.ExplicitComment):
        found.blocks.append(("comment", block.comment))
    elif isinstance(block, model.ImplicitComment):
        # BibTeX skips text between entries; it comes back as an @comment.
        found.blocks.append(("comment", block.comment.strip()))
    elif isinstance(block, model.ParsingFailedBlock):
        reason = str(block.error).split(".")[0] or type(block).__name__
        found.warnings.append(ParseWarning(line, f"cannot read this block: {reason}"))
    return None


def _plain(
    item: bibscan.Plain, seen: set[str], macros: dict[str, str], warnings: list[ParseWarning]
) -> BibEntry:
    """An entry the fast scanner read, registered as bibtexparser's library would do it."""
    kind, key, pairs, line = item
    line += 1
    fields: dict[str, str] = {}
    for name, value in pairs:
        name = name.lower()
        if name in fields:  # BibTeX itself keeps the first of repeated fields
            continue
        if value[:1] == "{" and value[-1:] == "}" and "#" not in value:
            fields[name] = value  # the common case: one braced group (see `expand`)
        else:
            fields[name] = expand(value, macros, line, warnings)
    duplicate = key in seen
    seen.add(key)
    return BibEntry(kind.lower(), key, line, fields, duplicate_key=duplicate)


def _entry(
    block: model.Entry, line: int, macros: dict[str, str], warnings: list[ParseWarning]
) -> BibEntry:
    fields: dict[str, str] = {}
    for item in block.fields:
        name = item.key.lower()
        if name not in fields:  # BibTeX itself keeps the first of repeated fields
            fields[name] = expand(str(item.value), macros, line, warnings)
    return BibEntry(block.entry_type.lower(), block.key, line, fields)


def expand(raw: str, macros: dict[str, str], line: int, warnings: list[ParseWarning]) -> str:
    """A field value in BibTeX syntax with its macros and `#` concatenations worked out."""
    raw = raw.strip()
    if raw[:1] == "{" and raw[-1:] == "}" and "#" not in raw:
        return raw  # the common case: one braced group
    if raw.isdigit():
        return raw
    lowered = raw.lower()
    if lowered in MONTH_MACROS and lowered not in macros.keys() - MONTH_MACROS:
        return lowered  # kept as the macro: that is how a month is best written back
    pieces = _pieces(raw, macros, line, warnings)
    return "{" + "".join(pieces) + "}"


def _pieces(raw: str, macros: dict[str, str], line: int, warnings: list[ParseWarning]) -> list[str]:
    pieces: list[str] = []
    position = 0
    while position < len(raw):
        char = raw[position]
        if char.isspace() or char == "#":
            position += 1
        elif char == "{":
            end = _closing_brace(raw, position)
            pieces.append(raw[position + 1 : end])
            position = end + 1
        elif char == '"':
            end = _closing_quote(raw, position)
            pieces.append(raw[position + 1 : end])
            position = end + 1
        else:
            delimiter = _DELIMITERS.search(raw, position)
            stop = delimiter.start() if delimiter else len(raw)
            word = raw[position:stop].strip()
            pieces.append(_macro(word, macros, line, warnings))
            position = stop
    return pieces


def _macro(word: str, macros: dict[str, str], line: int, warnings: list[ParseWarning]) -> str:
    if word.isdigit():
        return word
    value = macros.get(word.lower())
    if value is None:
        warnings.append(ParseWarning(line, f"undefined @string macro {word!r}; kept as text"))
        return word
    return value[1:-1] if value[:1] == "{" else value


def _closing_brace(raw: str, start: int) -> int:
    depth = 0
    for match in _BRACE.finditer(raw, start):
        depth += 1 if match[0] == "{" else -1
        if depth == 0:
            return match.start()
    return len(raw)


def _closing_quote(raw: str, start: int) -> int:
    depth = 0
    for position in range(start + 1, len(raw)):
        char = raw[position]
        if char == "{":
            depth += 1
        elif char == "}":
            depth -= 1
        elif char == '"' and depth == 0:
            return position
    return len(raw)


def _resolve(entry: BibEntry, by_key: dict[str, BibEntry], warnings: list[ParseWarning]) -> None:
    """A child takes the fields it lacks from its `xdata` and `crossref` parents (which stay
    entries of their own): what BibTeX and biber do when they read the file."""
    for parent_key in _xdata_keys(entry):
        parent = by_key.get(parent_key.lower())
        if parent is None:
            warnings.append(ParseWarning(entry.line, f"xdata entry {parent_key!r} not found"))
            continue
        _inherit(entry, parent, title_to=None)
    crossref = entry.fields.get("crossref")
    if crossref:
        parent_key = _content(crossref).strip()
        parent = by_key.get(parent_key.lower())
        if parent is None:
            warnings.append(ParseWarning(entry.line, f"crossref entry {parent_key!r} not found"))
            return
        _inherit(entry, parent, title_to=TITLE_INHERITANCE.get(entry.kind))


def _xdata_keys(entry: BibEntry) -> list[str]:
    value = entry.fields.get("xdata")
    return [key.strip() for key in _content(value).split(",") if key.strip()] if value else []


def _inherit(child: BibEntry, parent: BibEntry, *, title_to: str | None) -> None:
    """Same-name fields first (BibTeX's rule), then biblatex's title -> booktitle/maintitle."""
    titles = ("title", "subtitle", "titleaddon", "shorttitle")
    for name, value in parent.fields.items():
        if name in NOT_INHERITED or (name in titles and parent.kind != "xdata"):
            continue  # a crossref parent's own title is not its child's title
        child.fields.setdefault(name, value)
    if title_to and "title" in parent.fields:
        child.fields.setdefault(title_to, parent.fields["title"])


def _content(value: str) -> str:
    return value[1:-1] if value[:1] == "{" and value[-1:] == "}" else value


def jabref_groups(comment: str) -> dict[str, list[str]]:
    """JabRef's explicit groups (`jabref-meta: groupstree:`), as citation key -> group names.

    JabRef 3.x and later keep static groups in each entry's `groups` field instead; their tree
    (`jabref-meta: grouping:`) lists no members and adds nothing here.
    """
    text = comment.strip()
    if not text.startswith("jabref-meta:") or "groupstree" not in text.split("\n", 1)[0]:
        return {}
    members: dict[str, list[str]] = {}
    for line in re.split(r";\s*\n", text.split(":", 2)[2]):
        match = _GROUP_LINE.match(line.strip())
        if not match or match[1] != "ExplicitGroup":
            continue
        parts = [part.replace("\\\\", "\\") for part in match[2].split("\\;")]
        name, keys = parts[0], parts[2:]
        for key in keys:
            if key.strip():
                members.setdefault(key.strip(), []).append(name)
    return members
