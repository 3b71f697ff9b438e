"""Markdown (and Markdown holding HTML) to normalised lines, through markdown-it's syntax tree.

Links keep their targets, images are dropped, emphasis is read through, a paragraph keeps its
source lines apart (a title and the abstract under it are often one paragraph), tables become
rows of cells, and code blocks (where people paste raw listings) stay plain lines.

The tree comes from markdown-it-pyrs (markdown-it in Rust: CommonMark with tables and
strikethrough, HTML allowed), some twenty times faster than markdown-it-py, which a 10 MB paste
needs to preview in under two seconds. It is walked as the token stream markdown-it-py gives.
"""

from __future__ import annotations

import html
import re
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from markdown_it_pyrs import MarkdownIt, Node

from papershelf.importers.paste.hanging import joined_entries
from papershelf.importers.paste.html import html_lines
from papershelf.importers.paste.lines import Cell, Line, Link

_PARSER = MarkdownIt("commonmark").enable_many(["table", "strikethrough"])
# The same rules but `newline`, the one that turns a line end inside a paragraph into a break
# node. A hard-wrapped abstract is two nodes a line in `_PARSER`'s tree (its text and the break),
# which cost a third of the tree's time and which the walk never reads: a paragraph without
# inline markup is read from its source. Where the walk does read nodes (markup, headings,
# items, cells), a run of them on one source line holds no line end, and there `newline` never
# fires: the two trees agree. A run over more than one line sends the walk back to `_PARSER`.
_UNBROKEN = MarkdownIt("zero").enable_many(
    [
        "blockquote", "code", "fence", "heading", "hr", "lheading", "list", "paragraph",
        "reference", "autolink", "backticks", "emphasis", "entity", "escape", "image", "link",
        "html_block", "html_inline", "table", "strikethrough",
    ]
)  # fmt: skip
PROBE = 1 << 16  # characters of a long text whose walk tells which parser to read it with


class _RunsOn(Exception):
    """An inline run over more than one source line, met in a tree without line break nodes."""


@dataclass(slots=True)
class Token:
    """One step of the walk, shaped as markdown-it-py's tokens (`type`, `tag`, `content`,
    `map`, `children`, `attrGet`)."""

    type: str
    tag: str = ""
    nesting: int = 0
    content: str = ""
    map: list[int] | None = None
    nodes: Sequence[Node] = ()  # an inline token's tree nodes: the walk reads them directly
    href: str = ""

    def attrGet(self, name: str) -> str | None:  # markdown-it-py names it so
        return self.href if name == "href" else None

    @property
    def children(self) -> list[Token]:
        """An inline token's children as markdown-it-py's tokens (to compare the two trees)."""
        flat: list[Token] = []
        _flatten(self.nodes, flat)
        return flat


_ESCAPED_BREAK = re.compile(r"\\+(?=\s|$)")
_BLOCK_EDGES = frozenset(("<p>", "</p>", "</div>", "</li>", "</td>", "</h1>", "</h2>", "</h3>"))
_HREF = re.compile(r"""\bhref\s*=\s*["']?([^"'\s>]+)""", re.IGNORECASE)


class _Inline:
    """One inline run split into its source lines, with links, bold and italic spans."""

    def __init__(self) -> None:
        self.lines: list[tuple[str, list[Link], list[str]]] = []
        self.italic: list[list[str]] = []
        self._italic: list[str] = []
        self._em: list[str] | None = None
        self.code: list[list[str]] = []
        self._code: list[str] = []
        self._text: list[str] = []
        self._links: list[Link] = []
        self._bold: list[str] = []
        self._href: list[str] = []
        self._label: list[str] = []
        self._strong: list[str] | None = None
        self._summary = False  # inside `<summary>`: a toggle's label (`Show`), not the content

    def read(self, nodes: Sequence[Node]) -> list[tuple[str, list[Link], list[str]]]:
        self._nodes(nodes)
        self._break()
        return self.lines

    def _nodes(self, nodes: Sequence[Node]) -> None:
        """The tree's inline nodes read straight (no token made for each: a 10 MB paste has
        some 250,000), in the order of markdown-it-py's inline tokens."""
        for node in nodes:
            name = node.name  # each attribute of a tree node is built anew when read: read it once
            if name in ("text", "text_special"):
                self._put(node.meta["content"])
            elif name in ("softbreak", "hardbreak"):
                self._line_break()
            elif name in ("link", "autolink"):
                self._open_link(str(node.meta.get("url", "") or ""))
                self._nodes(node.children)
                self._close_link()
            elif name == "code_inline":
                code = "".join(c.meta.get("content", "") for c in node.children)
                self._put(code)
                self._code.append(code)
            elif name == "html_inline":
                self._html(node.meta["content"])
            elif name in ("strong", "em"):
                self._open_emphasis(name)
                self._nodes(node.children)
                self._close_emphasis(name)
            elif name == "strikethrough":
                self._nodes(node.children)
            # images are dropped, their alt text with them (as markdown-it-py's token holds it)

    def _put(self, text: str) -> None:
        if self._summary:
            return
        self._text.append(text)
        if self._href:
            self._label.append(text)
        if self._strong is not None:
            self._strong.append(text)
        if self._em is not None:
            self._em.append(text)

    def _line_break(self) -> None:
        """A line end ends the line, but inside a link's text or an emphasis: there it is the
        hard wrap of one text (`- A & B 1972, [Title wrapped⏎over lines](…), *Journal⏎Name*`),
        which no paste breaks between a title and its names; the line runs on."""
        if self._href or self._strong is not None or self._em is not None:
            self._put(" ")
            return
        self._break()

    def _open_link(self, href: str) -> None:
        self._href.append(href)
        self._label = []

    def _close_link(self) -> None:
        if not self._href:
            return
        # markdown-it escapes brackets in targets; the text shows them as typed
        href = self._href.pop().replace("%5B", "[").replace("%5D", "]")
        if href:
            label = _ESCAPED_BREAK.sub(" ", "".join(self._label))
            self._links.append((" ".join(label.split()), href))

    def _open_emphasis(self, kind: str) -> None:
        if kind == "strong":
            self._strong = []
        else:
            self._em = []

    def _close_emphasis(self, kind: str) -> None:
        if kind == "strong" and self._strong is not None:
            if bold := " ".join("".join(self._strong).split()):
                self._bold.append(bold)
            self._strong = None
        elif kind == "em" and self._em is not None:
            if italic := " ".join("".join(self._em).split()):
                self._italic.append(italic)
            self._em = None

    def _html(self, tag: str) -> None:
        """Inline HTML in Markdown: `<br>` breaks the line, `<a href>` links, `<b>` bolds."""
        lower = tag.lower()
        if lower.startswith(("<br", "</br")):
            self._break()
        elif lower.startswith("<a ") and (href := _HREF.search(tag)):
            self._open_link(html.unescape(href[1]))
        elif lower.startswith("</a") and self._href:
            self._close_link()
        elif lower.startswith(("<summary", "</summary")):
            self._summary = not lower.startswith("</")
        elif lower in ("<b>", "<strong>"):
            self._open_emphasis("strong")
        elif lower in ("</b>", "</strong>"):
            self._close_emphasis("strong")
        elif lower in _BLOCK_EDGES:  # `…doi:10.1/x</a></p>Title`: the paragraph's end parts words
            self._put(" ")

    def _break(self) -> None:
        text = _line_text("".join(self._text))
        if text or self._links:
            self.lines.append((text, self._links, self._bold))
            self.code.append(self._code)
            self.italic.append(self._italic)
        self._text, self._links, self._bold, self._code = [], [], [], []
        self._italic = []


@dataclass
class _Walk:
    """Where the walk of the tree is: the block being read and the kind of line it opens."""

    source: bytes  # the text in UTF-8: the tree's source maps count its bytes
    first_line: int
    found: list[Line] = field(default_factory=list)
    block: int = 0
    kind: str = "text"
    level: int = 0
    depth: int = 0
    row: list[Cell] | None = None
    header: bool = False
    unbroken: bool = False  # the tree is `_UNBROKEN`'s: an inline run must keep to one line
    classes: bytes = field(init=False)  # each byte of the source as `_BYTE_CLASSES` has it
    # The line ends before the last byte offset asked about: the walk goes forward through the
    # source, so each line end is counted once (in C), not found one by one beforehand.
    _at: int = field(default=0, init=False)
    _ends: int = field(default=0, init=False)

    def __post_init__(self) -> None:
        self.classes = self.source.translate(_BYTE_CLASSES)

    def line_at(self, offset: int) -> int:
        """The number of the source line holding the byte at `offset`."""
        if offset < self._at:  # never in a walk of the tree; counted again from the start
            self._at = self._ends = 0
        self._ends += self.source.count(b"\n", self._at, offset)
        self._at = offset
        return self.first_line + self._ends

    def line_of(self, node: Node) -> int:
        srcmap = node.srcmap
        if srcmap is None:
            return self.first_line
        return self.line_at(srcmap[0])


def markdown_lines(text: str, first_line: int = 1) -> list[Line]:
    """Normalised lines of Markdown text; line numbers count from `first_line`.

    The tree is walked directly, block by block, in the order (and with the block numbers) of
    markdown-it-py's token stream that `tokens` gives: no token is made for each step."""
    text, headers = prepared(text)
    source = text.encode("utf-8")
    if _unbroken_fits(text):
        walk = _Walk(source, first_line, unbroken=True)
        if _walked(walk, _UNBROKEN, text):
            return _renumbered(walk.found, headers, first_line)
    walk = _Walk(source, first_line)
    _blocks(walk, _PARSER.tree(text).children)
    return _renumbered(walk.found, headers, first_line)


def prepared(text: str) -> tuple[str, list[int]]:
    """The text as the Markdown parser is given it (the shapes it would misread rewritten), and
    the lines of the header rows put over tables that had none."""
    text = _tex_percent(text)
    if "{:" in text:
        text = _ATTRIBUTE_LIST.sub("", text)
    if ")[http" in text:
        text = _REVERSED_LINK.sub(r"[\g<label>](\g<url>)", text)
    if "] (" in text or "]\n(" in text:
        text = _PARTED_LINK.sub(_joined_link, text)
    if "]({{" in text:
        text = _SHORTCODE_LINK.sub(r"](<\g<target>>)", text)
    if ">`_" in text:
        text = _RST_LINK.sub(_markdown_link, text)
        text = _RST_AUTO_NUMBER.sub(r"\g<indent>1. ", text)
    return _headerless_tables(text)


# `(Title)[https://…]`: a link written with its brackets swapped, as hand-written notes do; it
# means `[Title](https://…)`
_REVERSED_LINK = re.compile(r"\((?P<label>[^()\[\]\n]{2,300})\)\[(?P<url>https?://[^\s\]]+)\]")


# `[Title] (https://…)`, `[Title]` over `(https://…)`: a link whose text and address a space or a
# line break part, which Markdown reads as text and the writer meant as `[Title](https://…)`.
# The line break stays, after the link: the lines below keep their numbers.
_PARTED_LINK = re.compile(
    r"(?<![\]!\\])\[(?P<label>[^\[\]\n]{2,300})\](?P<gap>[ \t]*\n?[ \t]*)"
    r"\(\s*(?P<url>(?:https?://|www\.)[^\s()<>]+)\s*\)"
)


def _joined_link(found: re.Match[str]) -> str:
    if not found["gap"]:
        return found[0]
    return f"[{found['label']}]({found['url']})" + "\n" * found["gap"].count("\n")


# `[Title]({{% ref "posts\notes\Title" %}})`, `({{< relref "…" >}})`: a static site's link to one of
# its own pages by a template's shortcode, which Markdown reads as no link; it means `[Title](…)`
_SHORTCODE_LINK = re.compile(
    r"\]\(\{\{[%<]\s*(?:rel)?ref\s+\"(?P<target>[^\"<>\n]{1,400})\"\s*[%>]\}\}\)"
)


# reStructuredText's link, `` `Title <https://…>`_ `` (or `__`), as Sphinx pages and READMEs write
# it; and its auto-numbered list, `#. Item`, which such pages number their readings by
_RST_LINK = re.compile(r"`(?P<label>[^`<>\n]{1,300}?)\s*<(?P<url>https?://[^<>\s`]+)>`__?")
_RST_AUTO_NUMBER = re.compile(r"^(?P<indent>[ \t]*)#\.[ \t]+", re.MULTILINE)


def _markdown_link(found: re.Match[str]) -> str:
    label = found["label"].replace("[", "(").replace("]", ")")
    return f"[{label}]({found['url']})"


# A table's delimiter row (`|-:|:-|`) with no header row over it: a programme's table, whose
# first row is a day's name, written without one; Markdown reads it as text unless given one.
_DELIMITER_ROW = re.compile(r"^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)+\|?\s*$")


def _headerless_tables(text: str) -> tuple[str, list[int]]:
    """The text with an empty header row put over each delimiter row that has none, and the
    indices (in the new text's lines) of the rows put in."""
    if "|-" not in text and "|:-" not in text and "| -" not in text:
        return text, []  # no table's delimiter row: nearly every paste
    lines = text.split("\n")
    out: list[str] = []
    headers: list[int] = []
    for line in lines:
        if _DELIMITER_ROW.match(line) and not (out and "|" in out[-1]):
            headers.append(len(out))
            out.append("|" + " |" * (line.strip().strip("|").count("|") + 1))
        out.append(line)
    return ("\n".join(out), headers) if headers else (text, [])


def _renumbered(found: list[Line], headers: list[int], first_line: int) -> list[Line]:
    """Line numbers of the text as pasted: the header rows put in are no lines of it."""
    if not headers:
        return found
    kept: list[Line] = []
    for line in found:
        index = line.number - first_line
        if index in headers:
            continue  # the empty header row itself
        line.number -= sum(1 for at in headers if at < index)
        kept.append(line)
    return kept


def _walked(walk: _Walk, parser: MarkdownIt, text: str) -> bool:
    """Walk `parser`'s tree of the text; False when an inline run met runs over lines (or the
    parser panics where `_PARSER` may not: it reads the text again, as it always did)."""
    try:
        _blocks(walk, parser.tree(text).children)
    except _RunsOn:
        return False
    except BaseException as error:
        if type(error).__name__ != "PanicException":
            raise
        return False
    return True


def _unbroken_fits(text: str) -> bool:
    """Whether to read the text with `_UNBROKEN` first: a short text always (read again at
    worst); a long one when its first paragraphs keep every inline run to a line, so that a
    paste with links or emphasis over lines is not parsed twice."""
    if len(text) <= PROBE:
        return True
    head = text[:PROBE]
    head = head[: head.rfind("\n\n") + 1] or head
    return _walked(_Walk(head.encode("utf-8"), 1, unbroken=True), _UNBROKEN, head)


# kramdown's (Jekyll's) attribute lists: `[Title](url){:target="_blank"}`, `{: .page-header}`,
# `{:toc}`; markup for the page, no text of it.
_IAL_ITEM = r"""(?:[.#][\w-]+|[\w-]+(?:=(?:"[^"\n]*"|'[^'\n]*'|[^\s}]+))?)"""
_ATTRIBUTE_LIST = re.compile(rf"\{{:\s*{_IAL_ITEM}?(?:\s+{_IAL_ITEM})*\s*\}}")


def _tex_percent(text: str) -> str:
    """`80\\%` kept as written: TeX's escaped percent, as arXiv prints abstracts, copied along
    with them; no Markdown writer escapes `%`, so the backslash is no Markdown escape."""
    return text.replace("\\%", "\\\\%") if "\\%" in text else text


def _blocks(walk: _Walk, nodes: Sequence[Node]) -> None:
    through = -1  # the byte an HTML table read whole reaches: the nodes it took are read
    for at, node in enumerate(nodes):
        srcmap = node.srcmap
        if srcmap is not None and srcmap[0] < through:
            continue
        name = node.name  # each attribute of a tree node is built anew when read: read it once
        if name == "html_block" and srcmap and (end := _open_table_end(walk, node)) > 0:
            through = _whole_nodes_to(nodes, at, end)
            chunk = walk.source[srcmap[0] : through].decode("utf-8", "replace")
            _html_block(walk, chunk, walk.line_of(node))
            continue
        if name == "paragraph":  # the most frequent first
            walk.block += 1
            if not _plain_paragraph(walk, node.srcmap):
                _inline(walk, node.children, walk.line_of(node))
        elif name == "list_item":
            walk.block += 1
            walk.kind, walk.level = "item", walk.depth
            _list_item(walk, node)
        elif name in ("heading", "lheading"):
            walk.block += 1
            walk.kind, walk.level = "heading", int(node.meta.get("level", 1))
            _inline(walk, node.children, walk.line_of(node))
        elif name in ("bullet_list", "ordered_list"):
            walk.depth += 1
            _blocks(walk, node.children)
            walk.depth -= 1
        elif name == "tcell":
            _inline(walk, node.children, walk.line_of(node))
        elif name == "trow":
            walk.block += 1
            walk.row, start = [], walk.line_of(node)
            _blocks(walk, node.children)
            walk.found.append(_row_line(start, walk.row, walk.header, walk.block))
            walk.row = None
        elif name in ("thead", "tbody"):
            walk.header = name == "thead"
            _blocks(walk, node.children)
        elif name in ("blockquote", "table"):
            _blocks(walk, node.children)
        elif name == "hr":
            walk.block += 1
            walk.found.append(Line(walk.line_of(node), "---", kind="rule", block=walk.block))
        elif name == "code_block" and _indented_html(content := str(node.meta.get("content", ""))):
            _html_block(walk, content, walk.line_of(node))
        elif name in ("fence", "code_block"):
            start = walk.line_of(node) + (1 if name == "fence" else 0)
            _code_lines(walk, str(node.meta.get("content", "")), start)
        elif name == "html_block":
            _html_block(walk, str(node.meta.get("content", "")), walk.line_of(node))


_TABLE_OPEN = re.compile(rb"<table\b", re.IGNORECASE)
_TABLE_CLOSE = re.compile(rb"</table\s*>", re.IGNORECASE)


def _open_table_end(walk: _Walk, node: Node) -> int:
    """A page's HTML table written with blank lines between its rows (`<tr>` blocks indented
    under `<tbody>`): CommonMark ends the HTML block at the first blank line and makes the rest
    code, where the page shows one table. The byte after the table's `</table>` when the block
    opens a table it does not close, else 0."""
    content = str(node.meta.get("content", "")).encode("utf-8", "replace")
    if node.srcmap is None or not _TABLE_OPEN.search(content) or _TABLE_CLOSE.search(content):
        return 0
    close = _TABLE_CLOSE.search(walk.source, node.srcmap[0])
    if close is None:
        return 0
    end = walk.source.find(b"\n", close.end())
    return len(walk.source) if end < 0 else end + 1


def _whole_nodes_to(nodes: Sequence[Node], at: int, end: int) -> int:
    """The byte where the last of the nodes from `at` that starts before `end` ends: the table's
    HTML is read with the rest of the block that closes it (`</table>` then `<p>…</p>`)."""
    reach = end
    for node in nodes[at + 1 :]:
        srcmap = node.srcmap
        if srcmap is None or srcmap[0] >= end:
            break
        reach = max(reach, srcmap[1])
    return reach


def _html_block(walk: _Walk, content: str, first: int) -> None:
    for line in html_lines(content, first):
        walk.block += 1
        line.block = walk.block
        walk.found.append(markdown_inside(line))


_BLOCK_TAG = re.compile(r"^<(?:div|section|article|p|h[1-6]|ul|ol|li|table|span|a)\b[^>]*>", re.I)


def _indented_html(content: str) -> bool:
    """A page written in HTML inside Markdown indents its nested tags; after a blank line
    CommonMark makes such lines an indented code block, but the page shows them as HTML (the
    site renders its HTML whatever the indent): a block that opens with a tag and ends with
    one is HTML, not code shown as text."""
    text = content.strip()
    return _BLOCK_TAG.match(text) is not None and text.endswith(">")


def markdown_inside(line: Line) -> Line:
    """Markdown written inside an HTML block (a `<span>` around `[Name](url), ...`, as Jekyll
    and Hugo pages write author lists) is what the page shows as links: read as Markdown."""
    if "](" not in line.text and "**" not in line.text:
        return line
    read = markdown_lines(line.text, line.number)
    if len(read) != 1 or read[0].kind != "text":
        return line
    inner = read[0]
    line.text = inner.text
    line.links += inner.links
    line.bold += inner.bold
    line.italic += inner.italic
    return line


def _list_item(walk: _Walk, node: Node) -> None:
    """A tight list item holds its text without a paragraph: read as one (a block of its own)."""
    loose: list[Node] = []
    for child in node.children:
        if child.name in _INLINE:
            loose.append(child)
            continue
        if loose:
            walk.block += 1
            _inline(walk, loose, walk.line_of(node))
            loose = []
        _blocks(walk, [child])
    if loose:
        walk.block += 1
        _inline(walk, loose, walk.line_of(node))


def _inline(walk: _Walk, nodes: Sequence[Node], start: int) -> None:
    if walk.unbroken and nodes and _over_lines(walk.source, nodes):
        raise _RunsOn
    parts = _plain_parts(nodes)
    if parts is None:
        reader = _Inline()
        parts = reader.read(nodes)
        _add_lines(walk, parts, start, reader.italic, reader.code)
    else:
        _add_lines(walk, parts, start)


def _over_lines(source: bytes, nodes: Sequence[Node]) -> bool:
    """The run holds a line end (or a node without a source map, left to `_PARSER`). The
    parser maps an emphasis left open (`*em** [a⏎b](…)`) after the nodes that follow it: a run
    opening with one is measured by every node's map."""
    first, last = nodes[0].srcmap, nodes[-1].srcmap
    if first is None or last is None or source.find(b"\n", first[0], last[1]) >= 0:
        return True
    if len(nodes) == 1 or nodes[0].name not in ("em", "strong"):
        return False
    maps = [node.srcmap for node in nodes]
    if any(span is None for span in maps):
        return True
    start = min(span[0] for span in maps if span is not None)
    end = max(span[1] for span in maps if span is not None)
    return source.find(b"\n", start, end) >= 0


Part = tuple[str, list[Link], list[str]]  # a line's text, links and bold texts


def _add_lines(
    walk: _Walk,
    parts: list[Part],
    start: int,
    italic: list[list[str]] | None = None,
    code: list[list[str]] | None = None,
) -> None:
    """An inline run's lines (its first opens the block), or a table cell of them."""
    if walk.row is not None:
        walk.row.append(
            Cell(
                " ".join(p[0] for p in parts),
                [link for p in parts for link in p[1]],
                [b for p in parts for b in p[2]],
                [i for spans in italic or [] for i in spans],
                [p[0] for p in parts] if len(parts) > 1 else [],
            )
        )
        return
    found, kind, level, block = walk.found, walk.kind, walk.level, walk.block
    for offset, (line_text, links, bold) in enumerate(parts):
        found.append(  # the fields in order (Line's own): a third cheaper than by name
            Line(
                start + offset,
                line_text,
                kind if offset == 0 else "text",
                level,
                block,
                links,
                bold,
                italic[offset] if italic is not None else [],
                [],
                False,
                code[offset] if code is not None else [],
            )
        )
    walk.kind, walk.level = "text", 0


# What inline Markdown (emphasis, code, links, images, autolinks, HTML, entities, escapes,
# strikethrough) starts with, a quote's marker, and what the parser reads as a line end or
# replaces: a paragraph whose source holds none of them is its source lines, as they stand.
# (ASCII white space other than a space and a line end, rare, is left to the nodes too.)
_INLINE_MARKUP = re.compile(rb"[\\`*_\[\]<>&~\r\x00\t\x0b\x0c\x1c-\x1f]")


# Each byte as `M` when `_INLINE_MARKUP` finds it, a space for a space or a line end, `a` for any
# other: one pass over the whole source, after which a paragraph's markup and white space are
# each found by a byte search (far faster than the pattern's scan and three for pairs).
_BYTE_CLASSES = bytes(
    ord("M") if _INLINE_MARKUP.match(bytes([b])) else ord(" ") if b in b" \n" else ord("a")
    for b in range(256)
)


def _squeezed(source: bytes) -> bool:
    """ASCII lines without inline markup (nor the white space it counts as such) that
    " ".join(line.split()) leaves as they are (scans for two bytes: a pattern's scan cost more
    than all the rest of reading such a paragraph)."""
    return (
        source.isascii()
        and b"  " not in source
        and b" \n" not in source
        and b"\n " not in source
        and source[:1] != b" "
        and source[-1:] != b" "
    )


def _plain_paragraph(walk: _Walk, srcmap: tuple[int, int] | None) -> bool:
    """A paragraph with no inline markup read as its source lines, without walking its nodes
    (a 10 MB paste has some 100,000 such lines: names, abstracts, dates); False for any other."""
    if srcmap is None or walk.row is not None:
        return False
    start, end = srcmap
    if walk.classes.find(b"M", start, end) >= 0:  # _INLINE_MARKUP.search(source)
        return False
    source = walk.source[start:end]
    number = walk.line_at(start)
    found, block, kind, level = walk.found, walk.block, walk.kind, walk.level
    # No white space beside white space: then _squeezed asks only for ASCII and the ends.
    paired = walk.classes.find(b"  ", start, end) >= 0
    if (
        not paired and source.isascii() and source[:1] != b" " and source[-1:] != b" "
    ) or _squeezed(source):  # the lines as _line_text gives them
        texts = [t[2:] if t[:2] == ": " else t for t in source.decode("ascii").split("\n")]
    else:
        texts = [_line_text(raw) for raw in source.decode("utf-8").split("\n")]
    for text in texts:
        if text:
            # the fields in order (Line's own): a tenth faster than by name, 100,000 times
            found.append(Line(number, text, kind, level, block, [], [], [], [], False, []))
            number += 1
            kind = "text"
    walk.kind, walk.level = "text", 0
    return True


def _plain_parts(nodes: Sequence[Node]) -> list[Part] | None:
    """The lines of an inline run of text, line breaks and links of plain text (names, an
    abstract, a linked title, a row of buttons), read as `_Inline` reads them without its
    bookkeeping; None when the run holds anything else."""
    parts: list[Part] = []
    texts: list[str] = []
    links: list[Link] = []
    for node in nodes:
        name = node.name
        if name == "text" or name == "text_special":
            texts.append(node.meta["content"])
        elif name == "softbreak" or name == "hardbreak":
            if (text := _line_text("".join(texts))) or links:
                parts.append((text, links, []))
            texts, links = [], []
        elif name == "link" or name == "autolink":
            label = []
            for child in node.children:
                if child.name != "text" and child.name != "text_special":
                    return None
                label.append(child.meta["content"])
            texts += label
            # markdown-it escapes brackets in targets; the text shows them as typed
            href = str(node.meta.get("url", "") or "").replace("%5B", "[").replace("%5D", "]")
            if href:
                shown = _ESCAPED_BREAK.sub(" ", "".join(label))
                links.append((" ".join(shown.split()), href))
        else:
            return None
    if (text := _line_text("".join(texts))) or links:
        parts.append((text, links, []))
    return parts


def _line_text(text: str) -> str:
    """One source line's text as a line: spaces squeezed, a clipper's escaped breaks read as
    spaces, a definition list's `: ` marker dropped."""
    text = text.replace("\u00a0", " ")
    if "\\" in text:  # a clipper's escaped line breaks (`\\` at line ends, `\ ` inside)
        text = _ESCAPED_BREAK.sub(" ", text)
    text = " ".join(text.split())
    if text.startswith(": "):  # a definition list's `:   Title: …` (Pandoc, PHP Markdown Extra)
        text = text[2:]
    return text


def _row_line(number: int, cells: list[Cell], header: bool, block: int) -> Line:
    return Line(
        number,
        " | ".join(cell.text for cell in cells),
        kind="row",
        block=block,
        links=[link for cell in cells for link in cell.links],
        bold=[b for cell in cells for b in cell.bold],
        cells=cells,
        header=header,
    )


def _code_lines(walk: _Walk, content: str, first: int) -> None:
    """Code blocks, where people paste raw listings: a line each (an entry wrapped under a
    hanging indent one line), blank lines end blocks. A heading is a block of its own: a code
    block under it opens another."""
    if walk.found and walk.found[-1].kind == "heading":
        walk.block += 1
    for offset, raw in joined_entries(content.split("\n")):
        text = " ".join(raw.split())
        if not text:
            walk.block += 1
            continue
        walk.found.append(Line(first + offset, text, block=walk.block))
    walk.block += 1


# --- the syntax tree as markdown-it-py's token stream -------------------------------------------

_INLINE = {
    "text", "text_special", "softbreak", "hardbreak", "code_inline", "html_inline", "image",
    "link", "autolink", "strong", "em", "strikethrough",
}  # fmt: skip
_CONTAINERS = {
    "bullet_list": "bullet_list", "ordered_list": "ordered_list", "blockquote": "blockquote",
    "table": "table", "thead": "thead", "tbody": "tbody", "trow": "tr",
}  # fmt: skip


def tokens(text: str) -> Iterator[Token]:
    """The block tokens of `text` (inline ones as children of `inline`), with line maps: the
    tree as markdown-it-py's token stream, which `markdown_lines` walks in the same order."""
    yield from _block(_PARSER.tree(text), _line_starts(text.encode("utf-8")))


def _line_starts(source: bytes) -> list[int]:
    """The byte offset of each line's start in the UTF-8 text."""
    starts = [0]
    at = source.find(b"\n")
    while at >= 0:
        starts.append(at + 1)
        at = source.find(b"\n", at + 1)
    return starts


def _line_of(node: Node, starts: list[int]) -> list[int] | None:
    if node.srcmap is None:
        return None
    line = bisect_right(starts, node.srcmap[0]) - 1
    return [line, line + 1]


def _block(node: Node, starts: list[int]) -> Iterator[Token]:
    for child in node.children:
        name = child.name
        where = _line_of(child, starts)
        if name == "paragraph":  # the most frequent first
            yield from _paragraph(child.children, where)
            continue
        if name in ("heading", "lheading"):
            tag = f"h{child.meta.get('level', 1)}"
            yield Token("heading_open", tag, 1, map=where)
            yield _inline_token(child.children, where)
            yield Token("heading_close", tag, -1)
        elif name == "list_item":
            yield Token("list_item_open", "li", 1, map=where)
            yield from _item(child, starts, where)
            yield Token("list_item_close", "li", -1)
        elif name == "tcell":
            yield Token("td_open", "td", 1, map=where)
            yield _inline_token(child.children, where)
            yield Token("td_close", "td", -1)
        elif name in _CONTAINERS:
            kind = _CONTAINERS[name]
            yield Token(f"{kind}_open", "", 1, map=where)
            yield from _block(child, starts)
            yield Token(f"{kind}_close", "", -1)
        elif name == "hr":
            yield Token("hr", "hr", 0, map=where)
        elif name in ("fence", "code_block", "html_block"):
            yield Token(name, "", 0, content=str(child.meta.get("content", "")), map=where)


def _item(node: Node, starts: list[int], where: list[int] | None) -> Iterator[Token]:
    """A tight list item holds its text without a paragraph: markdown-it-py gives it one."""
    loose: list[Node] = []
    for child in node.children:
        if child.name in _INLINE:
            loose.append(child)
            continue
        if loose:
            yield from _paragraph(loose, where)
            loose = []
        holder = _Holder([child])
        yield from _block(holder, starts)  # type: ignore[arg-type]
    if loose:
        yield from _paragraph(loose, where)


@dataclass
class _Holder:
    children: list[Node]


def _paragraph(children: Sequence[Node], where: list[int] | None) -> Iterator[Token]:
    yield Token("paragraph_open", "p", 1, map=where)
    yield _inline_token(children, where)
    yield Token("paragraph_close", "p", -1)


def _inline_token(children: Sequence[Node], where: list[int] | None) -> Token:
    return Token("inline", map=where, nodes=children)


def _flatten(children: Sequence[Node], into: list[Token]) -> None:
    """markdown-it-py's inline tokens of the tree's inline nodes (as `_Inline._nodes` reads them)."""
    for child in children:
        name = child.name  # each attribute of a tree node is built anew when read: read it once
        if name in ("text", "text_special"):
            into.append(Token("text", content=child.meta["content"]))
        elif name == "softbreak" or name == "hardbreak":
            into.append(Token(name))
        elif name == "html_inline":
            into.append(Token(name, content=child.meta["content"]))
        elif name == "code_inline":
            code = "".join(c.meta.get("content", "") for c in child.children)
            into.append(Token("code_inline", content=code))
        elif name in ("link", "autolink"):
            into.append(Token("link_open", "a", 1, href=child.meta.get("url", "")))
            _flatten(child.children, into)
            into.append(Token("link_close", "a", -1))
        elif name in _EMPHASIS:
            tag = _EMPHASIS[name]
            into.append(Token(f"{tag}_open", tag, 1))
            _flatten(child.children, into)
            into.append(Token(f"{tag}_close", tag, -1))
        # images are dropped, their alt text with them (as markdown-it-py's token holds it)


_EMPHASIS = {"strong": "strong", "em": "em", "strikethrough": "s"}
