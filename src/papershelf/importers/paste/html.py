"""HTML (saved pages, clipboard text/html, HTML inside Markdown) to normalised lines.

The standard library's HTMLParser reads it; block elements end a line, table rows become rows of
cells, links keep their targets, scripts, styles and images are dropped, and an element's
`data-arxiv-id` is kept as an arXiv link (digest pages carry the id only there).
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

from papershelf.importers.paste.lines import Cell, Line, Link

_BLOCKS = {
    "p", "div", "li", "dt", "dd", "tr", "table", "section", "article", "details", "summary",
    "ul", "ol", "blockquote", "br", "hr", "header", "footer", "h1", "h2", "h3", "h4", "h5", "h6",
    "pre", "thead", "tbody", "dl",
}  # fmt: skip
_SKIPPED = {"script", "style", "noscript", "svg", "head", "title", "iframe"}
_CELLS = {"td", "th"}
_LISTS_IN_CELL = {"ul", "ol", "details"}
_AUTHORS_CLASS = re.compile(r"\bauthors?\b", re.IGNORECASE)
# A site's menu and its logo: `<nav>`, or a list or a division named so (`<div id="menu">`)
_MENU_TAGS = {"div", "ul", "ol", "nav"}
_MENU_NAMES = frozenset(
    ("menu", "nav", "navbar", "navbar-nav", "navigation", "main-nav", "topnav", "site-nav",
     "breadcrumb", "breadcrumbs", "logo")
)  # fmt: skip
_VOID = {"br", "hr", "img", "input", "meta", "link", "area", "base", "col", "wbr", "source"}
# An RSS or Atom feed pasted as XML: each item (entry) is a paper's card, its elements the card's
# labelled lines (the labelled-list reader reads them); the channel's own elements are no paper.
_FEED_ITEMS = {"item", "entry"}
_FEED_LABELS = {
    "title": "Title", "link": "Link", "id": "Link", "description": "Abstract",
    "summary": "Abstract", "published": "Published", "pubdate": "Published",
    "dc:date": "Published", "name": "Authors", "dc:creator": "Authors",
}  # fmt: skip
# arXiv's feeds open a description with the id and the kind of announcement.
_ANNOUNCED = re.compile(r"^(?P<id>arXiv:\S+)\s+Announce Type:\s*\S+\s*(?:Abstract:\s*)?")


def _menu_named(values: dict[str, str | None]) -> bool:
    """An element whose id or one of whose classes names a menu (`class="nav navbar-nav"`)."""
    names = f"{values.get('id') or ''} {values.get('class') or ''}".lower()
    if "nav" not in names and "menu" not in names and "logo" not in names and "bread" not in names:
        return False  # most elements, cheaply told
    return any(name in _MENU_NAMES for name in names.split())


class _Reader(HTMLParser):
    def __init__(self, first_line: int, feed: bool = False) -> None:
        super().__init__(convert_charrefs=True)
        self.first_line = first_line
        self.in_feed = feed  # an RSS or Atom feed: see `_FEED_ITEMS`
        self._in_item = False
        self._label_of = ""  # the feed element whose text is being read
        self._item: list[Line] = []  # the item's labelled lines, its title put first at its end
        self.found: list[Line] = []
        self._text: list[str] = []
        self._links: list[Link] = []
        self._bold: list[str] = []
        self._href: list[str | None] = []
        self._label: list[str] = []
        self._strong: list[str] | None = None
        self._skip = 0
        self._kind = "text"
        self._level = 0
        self._line = first_line
        self._row: list[Cell] | None = None
        self._header = False
        self._in_cell = False
        self._menu = 0  # how deep in a site's menu (`<nav>`, `<div id="menu">`) the reader is
        self._menu_tag = ""
        self._authors_span = False  # in `<span class="authors">`

    def _number(self) -> int:
        return self.first_line + self.getpos()[0] - 1

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.in_feed:
            self._feed_start(tag, dict(attrs))
            return
        if tag in _SKIPPED:
            self._skip += 1
            return
        values = dict(attrs)
        if self._menu:
            self._menu += tag == self._menu_tag and tag not in _VOID
            return
        if tag in _MENU_TAGS and (tag == "nav" or _menu_named(values)):
            self._flush()
            self._menu, self._menu_tag = 1, tag  # the site's menu: no part of the page's text
            self._skip += 1  # its text is skipped as a script's is
            return
        if arxiv := values.get("data-arxiv-id"):
            self._links.append((f"arXiv:{arxiv}", f"https://arxiv.org/abs/{arxiv}"))
        if self._in_cell and tag in _LISTS_IN_CELL:
            # a programme's cell that lists its talks (`<td><details><ul><li>…`): the row ends
            # here and the list is read as a list, one talk an item
            self._cell()
            self._end_row()
        if tag in _CELLS:
            self._flush()
            self._in_cell = True
            self._header = self._header or tag == "th"
        elif tag == "tr":
            self._flush()
            self._row, self._header = [], False
            self._line = self._number()
        elif tag in _BLOCKS:
            self._flush()
            if tag[0] == "h" and tag[1:].isdigit():
                self._kind, self._level = "heading", int(tag[1])
            elif tag in ("li", "dt"):
                self._kind = "item"
        if tag == "a":
            self._href.append(values.get("href"))
            self._label = []
        elif tag in ("b", "strong"):
            self._strong = []
        elif tag == "span" and _AUTHORS_CLASS.search(values.get("class") or ""):
            self._text.append(" ")
            self._authors_span = True

    def handle_endtag(self, tag: str) -> None:
        if self.in_feed:
            self._feed_end(tag)
            return
        if tag in _SKIPPED:
            self._skip = max(0, self._skip - 1)
            return
        if self._menu:
            self._menu -= tag == self._menu_tag
            if not self._menu:
                self._skip = max(0, self._skip - 1)
            return
        if tag == "a" and self._href:
            href = self._href.pop()
            if href:
                self._links.append((" ".join("".join(self._label).split()), href))
        elif tag in ("b", "strong") and self._strong is not None:
            if bold := " ".join("".join(self._strong).split()):
                self._bold.append(bold)
            self._strong = None
        elif tag == "span" and self._authors_span:
            self._text.append(" — ")  # the names the page marks as authors, parted from the title
            self._authors_span = False
        if tag in _CELLS:
            self._cell()
        elif tag == "tr" and self._row is not None:
            self._end_row()
        elif tag in _BLOCKS:
            self._flush()

    def handle_data(self, data: str) -> None:
        if self._skip or (self.in_feed and not self._label_of):
            return
        if not self._text and not self._in_cell and data.strip():
            self._line = self._number()
        self._text.append(data)
        if self._href:
            self._label.append(data)
        if self._strong is not None:
            self._strong.append(data)

    def _feed_start(self, tag: str, attrs: dict[str, str | None]) -> None:
        if tag in _FEED_ITEMS:
            self._feed_rule()
            self._in_item = True
        elif self._in_item and tag in _FEED_LABELS:
            self._flush()
            self._label_of = tag
            href = attrs.get("href") if tag == "link" else None
            if href and attrs.get("rel") in (None, "alternate"):  # Atom: `<link href="…"/>`
                self._line = self._number()
                self._text.append(href)
                self._feed_line()

    def _feed_end(self, tag: str) -> None:
        if tag in _FEED_ITEMS:
            self._feed_line()
            self._feed_rule()
            self._in_item = False
        elif tag == self._label_of:
            self._feed_line()

    def _feed_line(self) -> None:
        """The element's text as a labelled line (`Title: …`, `Abstract: …`)."""
        text, _links, _bold = self._take()
        label, self._label_of = _FEED_LABELS.get(self._label_of, ""), ""
        if not (label and text):
            return
        if label == "Link" and not text.startswith(("http://", "https://")):
            return  # an Atom entry's id that is no address
        if label == "Abstract" and (announced := _ANNOUNCED.match(text)):
            self._item.append(Line(self._line, f"Link: {announced['id']}"))
            text = text[announced.end() :]
        links = [(text, text)] if label == "Link" else []
        line = Line(self._line, f"{label}: {text}", links=links)
        if label == "Title":
            self._item.insert(0, line)
        else:
            self._item.append(line)

    def _feed_rule(self) -> None:
        """The end of an item (or the start of the next): its lines, then a rule."""
        self._feed_line()
        self.found += self._item
        self._item = []
        self.found.append(Line(self._number(), "---", kind="rule"))

    def _take(self) -> tuple[str, list[Link], list[str]]:
        text = " ".join("".join(self._text).replace("\u00a0", " ").split())
        taken = (text, self._links, self._bold)
        self._text, self._links, self._bold = [], [], []
        return taken

    def _cell(self) -> None:
        text, links, bold = self._take()
        if self._row is None:
            self._row = []
        self._row.append(Cell(text, links, bold))
        self._in_cell = False

    def _end_row(self) -> None:
        if self._in_cell:
            self._cell()
        cells = self._row or []
        self._row = None
        if any(cell.text or cell.links for cell in cells):
            self.found.append(
                Line(
                    self._line,
                    " | ".join(cell.text for cell in cells),
                    kind="row",
                    links=[link for cell in cells for link in cell.links],
                    bold=[b for cell in cells for b in cell.bold],
                    cells=cells,
                    header=self._header,
                )
            )

    def _flush(self) -> None:
        if self._in_cell:
            return
        text, links, bold = self._take()
        if text or links:
            # the fields in order (Line's own): a third cheaper than by name, once for each line
            line = Line(
                self._line, text, self._kind, self._level, 0, links, bold, [], [], False, []
            )
            self.found.append(line)
        self._kind, self._level = "text", 0

    def close(self) -> None:
        super().close()
        if self.in_feed:
            self._feed_rule()  # a feed cut inside an item
        if self._row is not None:
            self._end_row()
        self._flush()


def html_lines(text: str, first_line: int = 1) -> list[Line]:
    """Normalised lines of an HTML text; each gets its own block number."""
    head = text[:FEED_SNIFF]
    reader = _Reader(first_line, feed="<rss" in head or "<feed" in head)
    reader.feed(text)
    reader.close()
    for block, line in enumerate(reader.found, start=1):
        line.block = block
    return reader.found


FEED_SNIFF = 2000  # a feed names itself (`<rss`, `<feed`) in its first lines


# How copied HTML opens: a document, or a fragment as browsers put it on the clipboard (Chrome on
# Linux opens it with `<meta charset='utf-8'>`, Windows' with `<!--StartFragment-->`), or a saved
# page's part that opens with its style sheet or a section.
_HTML_OPENINGS = ("<!doctype", "<html", "<h", "<div", "<dl", "<table", "<body", "<p", "<meta",
                  "<style", "<!--startfragment", "<section", "<article", "<main", "<ul", "<ol",
                  "<span")  # fmt: skip


def looks_like_html(text: str) -> bool:
    head = text.lstrip()[:2000].lower()
    return head.startswith(_HTML_OPENINGS)
