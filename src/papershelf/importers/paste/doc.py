"""A paste after normalisation: its lines, front matter and stated capture date; and what a
reader hands back for each paper it finds."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from papershelf.core.records import PaperRecord
from papershelf.importers.paste.html import html_lines, looks_like_html
from papershelf.importers.paste.keys import without_keys
from papershelf.importers.paste.lines import Line, plain_lines
from papershelf.importers.paste.markdown import markdown_lines
from papershelf.importers.paste.refs import resolve_references
from papershelf.importers.paste.reldates import capture_date

# `key: value` in YAML, `"key": "value",` in JSON front matter.
_FRONT_KEY = re.compile(r"^\"?(?P<key>[A-Za-z_][\w\-]*)\"?\s*:\s*(?P<value>.*?),?$")
# Markdown shows itself in its first screenfuls: headings, links, emphasis, lists, tables,
# quotes, fences, HTML. Text without any is read line by line: cheaper than a Markdown tree,
# which would only give one paragraph per block of lines.
_MARKDOWN = re.compile(
    r"^\s{0,3}(?:#{1,6}\s|[-*+]\s|\d{1,3}[.)]\s|>|```|~~~|\|)|\]\(|\*\*|__|</?[a-zA-Z]|\\$",
    re.MULTILINE,
)
MARKDOWN_SNIFF = 64 * 1024


@dataclass
class Doc:
    lines: list[Line]
    source: str = ""  # the text the lines were read from: line n is source.split("\n")[n - 1]
    front_matter: dict[str, str] = field(default_factory=dict)
    captured: date | None = None
    heads: list[int] | None = None  # where the headings are (sections.py), found once
    parents: list[int] = field(default_factory=list)  # each heading's section heading, or -1
    plain: bool = False  # read as plain text: no Markdown or HTML showed in it

    def heading_indices(self) -> list[int]:
        """The indices of the heading lines, in order (the lines between two are a section)."""
        if self.heads is None:
            self.heads = [index for index, line in enumerate(self.lines) if line.kind == "heading"]
            self.parents = _parents([self.lines[index].level for index in self.heads])
        return self.heads


def _parents(levels: list[int]) -> list[int]:
    """For each heading (by its level), the position of the nearest one above it of a higher
    level, or -1."""
    parents: list[int] = []
    open_: list[int] = []  # the headings still open, of rising level
    for position, level in enumerate(levels):
        while open_ and levels[open_[-1]] >= level:
            open_.pop()
        parents.append(open_[-1] if open_ else -1)
        open_.append(position)
    return parents


@dataclass
class Found:
    """One paper a reader found: the record and the span of normalised lines it read."""

    record: PaperRecord
    first: int  # index into Doc.lines
    last: int
    # The text itself said the name is a paper's (`- Paper: <link>` under `### Name`): a short
    # name is a paper's name there, as under a newsletter's section of papers.
    named: bool = False


def split_front_matter(text: str) -> tuple[dict[str, str], str, int]:
    """YAML front matter (`---` … `---`) as plain keys, the rest, and the rest's first line."""
    if not text.startswith("---\n"):
        return {}, text, 1
    end = text.find("\n---", 4)
    if end < 0 and text[4:5] == "{":  # JSON front matter cut before its end: keys, and all as text
        return _keys(text[4:]), text, 1
    if end < 0 or not _yaml_like(text[4:end]):
        return {}, text, 1  # a page that opens with a rule (`---`) and has another further down
    keys = _keys(text[4:end])
    rest_start = text.find("\n", end + 4)
    rest = "" if rest_start < 0 else text[rest_start + 1 :]
    if not rest.strip() and (blocks := _block_scalars(text[: end + 1])):
        return keys, blocks, 1  # a page whose front matter is all of it: its text blocks
    return keys, rest, text[: rest_start + 1].count("\n") + 1 if rest_start >= 0 else 1


# `text: |` (or `>`) over indented lines: a YAML block of text, as Hugo's block pages (`sections:
# - block: markdown`) keep a whole page's content in the front matter.
_BLOCK_SCALAR = re.compile(r"^\s*(?:-\s+)?[\w\-]+:\s*[|>][+\-]?\s*$")
SHORTEST_BLOCK = 200  # characters: a description's line or two is no page


def _block_scalars(head: str) -> str:
    """The text of the front matter's blocks, dedented, each on its own lines (every other line
    left blank, so that line numbers stay the paste's); "" when they hold next to nothing."""
    lines = head.split("\n")
    out = [""] * len(lines)
    at = 0
    while at < len(lines):
        if not _BLOCK_SCALAR.match(lines[at]):
            at += 1
            continue
        opener = len(lines[at]) - len(lines[at].lstrip())
        at += 1
        indent: int | None = None
        while at < len(lines):
            line = lines[at]
            depth = len(line) - len(line.lstrip())
            if line.strip() and (depth <= opener or (indent is not None and depth < indent)):
                break
            if line.strip() and indent is None:
                indent = depth
            out[at] = line[indent or 0 :] if line.strip() else ""
            at += 1
    text = "\n".join(out)
    return text if len(text.strip()) >= SHORTEST_BLOCK else ""


_YAML_LINE = re.compile(r"^(?:\s+\S|-\s|#|\"?[A-Za-z_][\w\-]*\"?\s*:(?:\s|$))")


def _yaml_like(block: str) -> bool:
    """Nearly every line a `key: value`, an indented continuation, a `- ` item or a comment."""
    lines = [line for line in block.split("\n") if line.strip()]
    fitting = sum(1 for line in lines if _YAML_LINE.match(line))
    return not lines or fitting >= 0.8 * len(lines)


_LIST_ITEM = re.compile(r"^\s*-\s+(?P<item>.+?)\s*$")
_WIKI_LINK = re.compile(r"\[\[(?:[^\]|]*\|)?([^\]]*)\]\]")  # `[[Page]]`, `[[Page|shown]]`


_QUOTES = "\"'"
# `authors: ["A Name", "B Name"]`: a YAML flow list, as feeds and scripts write front matter.
_FLOW_LIST = re.compile(r"^\[(?!\[)(?P<items>.*)\]$")
_FLOW_ITEM = re.compile(r"\"(?P<double>[^\"]*)\"|'(?P<single>[^']*)'|(?P<plain>[^,\"']+)")


def _flow_items(value: str) -> str:
    """A flow list's items joined by commas; any other value as it is."""
    match = _FLOW_LIST.match(value)
    if match is None:
        return value
    items = (
        (found["double"] or found["single"] or found["plain"] or "").strip()
        for found in _FLOW_ITEM.finditer(match["items"])
    )
    return ", ".join(item for item in items if item)


def _keys(block: str) -> dict[str, str]:
    """Plain keys; a key's YAML list (`author:` then `  - "[[A Name]]"` lines) joined by commas."""
    keys: dict[str, str] = {}
    listing: str | None = None  # the key whose list items follow
    last: str | None = None  # the key a folded value's indented lines go on
    folds = block.lstrip()[:1] != "{"  # JSON indents its keys; only YAML folds values
    for raw in block.split("\n"):
        if listing is not None and (item := _LIST_ITEM.match(raw)):
            value = _WIKI_LINK.sub(r"\1", item["item"].strip("\"'"))
            keys[listing] = f"{keys[listing]}, {value}" if keys[listing] else value
            continue
        if folds and last is not None and raw[:1] in (" ", "\t") and raw.strip():
            # `title: A long title that goes` / `  on here`: YAML folds a long value
            keys[last] = f"{keys[last]} {raw.strip().rstrip(_QUOTES)}".strip()
            continue
        listing = last = None
        if match := _FRONT_KEY.match(raw.strip()):
            key, value = match["key"].lower(), _flow_items(match["value"].strip()).strip("\"'")
            keys[key] = value
            listing = key if not value else None
            last = key if value else None
    return keys


def normalise(text: str, name: str = "") -> Doc:
    """Markdown through markdown-it (markdown.py), HTML through html.parser; front matter aside."""
    text = resolve_references(text)
    front, body, first = split_front_matter(text)
    plain = False
    if name.lower().endswith((".html", ".htm")):
        lines = html_lines(body, first)
    elif looks_like_html(body):
        lines = _tagged(body, first, markdown=bool(front) or _is_markdown_name(name))
    elif _MARKDOWN.search(body[:MARKDOWN_SNIFF]) or front:
        lines = _markdown_or_plain(body, first)
    else:
        lines, plain = plain_lines(body, first), True
    captured = capture_date(front, body[:4000])
    lines = without_keys(lines)
    return Doc(lines, source=text, front_matter=front, captured=captured, plain=plain)


def _tagged(body: str, first: int, *, markdown: bool) -> list[Line]:
    """Text full of tags. In a Markdown file (a Jekyll or Hugo page) it is what the page shows
    once rendered: a blank line ends a block, `---` is a rule, and `[Name](url)` inside a
    `<span>` is a link; anything else is HTML pasted as text."""
    return markdown_lines(body, first) if markdown else html_lines(body, first)


def _is_markdown_name(name: str) -> bool:
    return name.lower().endswith((".md", ".markdown"))


def _markdown_or_plain(body: str, first: int) -> list[Line]:
    """markdown-it-pyrs panics on a few odd inputs (code_pair.rs, found by hypothesis); a
    Rust panic arrives as pyo3's PanicException, a BaseException: read such text as plain."""
    try:
        return markdown_lines(body, first)
    except BaseException as error:
        if type(error).__name__ != "PanicException":
            raise
        return plain_lines(body, first)
