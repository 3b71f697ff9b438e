"""The title, names and the rest of a line the learned reader labelled a whole reference.

A reference on one line comes in many shapes: table cells (`1 | Title | Names | Venue`), a title
set apart as a link, bold, italics or quotes, a bibliography entry (cite.py reads those), or
pieces between full stops and dashes. The title is the piece that reads most like one; the
names are the piece that reads as names.
"""

from __future__ import annotations

import re

from papershelf.importers.paste.blocks import date_in, words
from papershelf.importers.paste.cite import read_citation, reference
from papershelf.importers.paste.generic import _names_not_title, title_quality
from papershelf.importers.paste.identifiers import ARXIV_LABEL, DOI
from papershelf.importers.paste.lines import Line, is_furniture
from papershelf.importers.paste.names import looks_like_names

_LEAD = re.compile(
    r"^\s*(?:\[\d{1,4}\]|【\d{1,4}】|\d{1,4}[.)]|[-*•·▪■●]|\[\d{4}\.\d{4,5}(?:v\d+)?\]|"
    r"\[(?:PDF|HTML|BOOK|CITATION|B|C)\])\s+"
)
_CELLS = re.compile(r"\s+[|｜]\s+")
_PIECES = re.compile(r"(?<=[a-z\d)\]\"”])[.]\s+(?=[A-Z\"“])|\s+[—–-]\s+|\s+·\s+")
_QUOTED = re.compile(
    r"[\"“](?P<title>[^\"”]{8,}?)[,.]?[\"”]|"
    # single quotes, not an apostrophe: the closing one is followed by no letter (`Parkinson's`)
    r"(?:^|(?<=[\s(\[]))[‘'](?P<single>[^'’]{8,}?)[,.]?[’'](?![\w])"
)
# `Title By A Name; B Name`: the names after the last `by` that reads as names.
_BY = re.compile(r"\s+(?:by|By|BY)\s+(?=[A-Z\w])")
_NAMES_END = re.compile(r"\s*(?:[(\[]|\s[—–-]\s|\.\s).*$")
_ET_AL = re.compile(r"\bet\.? ?al\.?", re.IGNORECASE)
_URL = re.compile(r"https?://\S+")
_HEADING = re.compile(r"^#{1,6}\s+")
_REF_LINK = re.compile(r"\[(?P<label>[^\]]{3,})\](?:\[\d{1,4}\]|\([^)\s]*\))")

_NONE = -100.0  # no title at all
Parts = tuple[str, str, str]  # title, names, the rest


def plain(text: str) -> str:
    """A line's text without a list marker, heading marks or a reference link's brackets
    (`### [Title][32]`, which text browsers print)."""
    text = _HEADING.sub("", _LEAD.sub("", text).strip())
    return _REF_LINK.sub(lambda m: m["label"], text).strip()


def set_apart(line: Line) -> bool:
    """Whether a title line holds more than its title: table cells, a quoted title or names
    after `by`."""
    text = plain(line.text)
    return bool(_CELLS.search(text) or _QUOTED.search(text) or _title_by_names(text))


def reference_parts(line: Line) -> Parts | None:
    if len(line.text) > 2000:
        return None  # no reference is this long
    text = plain(line.text)
    if _CELLS.search(text):
        return _best([_unquoted(c) for c in _CELLS.split(text.strip("|｜ "))], text)
    for span in [label for label, _ in line.links] + line.bold + line.italic:
        if _title_score(span) > _NONE:
            return span.strip(), _names_among(text.replace(span, "\n").split("\n")), text
    if (quoted := _QUOTED.search(text)) and _subtitled_quote(text, quoted):
        return text.strip(), "", ""  # `“A quoted phrase”: the subtitle`: the whole line is it
    if (quoted := _QUOTED.search(text)) and _title_score(title := _quoted(quoted)) > _NONE:
        before = text[: quoted.start()].strip(" ,.")
        after = text[quoted.end() :]
        return title, before if _names(before) else _names_by(after), after
    if by := _title_by_names(text):
        return by
    cited = reference(text, line.bold, line.links) or read_citation(
        text, line.bold, line.links, line.italic
    )
    if cited is not None and cited.title:
        return cited.title, cited.authors, text.replace(cited.title, " ", 1)
    return _best(_PIECES.split(text), text)


_SUBTITLE = re.compile(r"^\s*[:：]\s+[A-Z]\S*(?:\s+\S+){2,}")


def _subtitled_quote(text: str, quoted: re.Match[str]) -> bool:
    """A title that opens with a quoted phrase and goes on after a colon (`“I feel it is my
    responsibility to stream”: Streaming and Engaging with …`): the quote is its first part."""
    return not text[: quoted.start()].strip(" -*•") and bool(_SUBTITLE.match(text[quoted.end() :]))


def _quoted(match: re.Match[str]) -> str:
    return match["title"] or match["single"]


def _unquoted(cell: str) -> str:
    """A cell's quoted title (`Shafer & Vovk — "A Tutorial on …"`), or the cell."""
    quoted = _QUOTED.search(cell)
    return _quoted(quoted) if quoted and _title_score(_quoted(quoted)) > _NONE else cell


def _names_by(after: str) -> str:
    """The names of `… by A Name and B Name (2021)` after a title, without what follows them."""
    match = _BY.match(" " + after.lstrip(" ,"))
    if not match:
        return ""
    names = _NAMES_END.sub("", after.lstrip(" ,")[match.end() - 1 :]).strip(" ,.;")
    whole = names[:1].isupper() and len(names.split()) >= 2  # `by Krishna et al.`: a citation
    return names if whole and looks_like_names(names) else ""


def _balanced(text: str) -> bool:
    """No bracket left open: `… (as shown by A Name` is prose, no title."""
    return text.count("(") == text.count(")") and text.count("[") == text.count("]")


def _title_by_names(text: str) -> Parts | None:
    """`Title By A Name; B Name`: a title, then `by` and names (the first `by` whose remainder
    reads as names, so that `Learning by Doing by A Name` keeps its title whole)."""
    for match in _BY.finditer(text):
        title = text[: match.start()].strip(" ,.;")
        names = _names_by(text[match.start() :])
        if names and _title_score(title) > _NONE and _balanced(title):
            return title, names, text[match.end() :]
    return None


def _best(pieces: list[str], text: str) -> Parts | None:
    # A later piece is more often a remark or a summary than the title.
    scored = [(_title_score(p) - 0.2 * at, -at, p.strip()) for at, p in enumerate(pieces)]
    score, _, title = max(scored, default=(0.0, 0, ""))
    if score <= -10:
        return None
    return title, _names_among([p for p in pieces if p.strip() != title]), text


def _names(piece: str) -> bool:
    piece = piece.strip(" ,.;")
    return bool(piece) and (looks_like_names(piece) or bool(_ET_AL.search(piece)))


def _names_among(pieces: list[str]) -> str:
    for piece in pieces:
        piece = piece.strip(" ,.;")
        if _names(piece):
            return _ET_AL.sub("et al.", piece)
    return ""


def _title_score(piece: str) -> float:
    """How much a piece reads like a title: 0 for none (names, a date, a link, an id, a
    button, too short or too long); else its length and capitalisation."""
    piece = piece.strip(" ,.;")
    count = words(piece)
    if not 2 <= count <= 40 or len(piece) > 300 or is_furniture(piece):
        return _NONE
    if _ET_AL.search(piece) or _names_not_title(piece):
        return _NONE
    if _URL.search(piece) or ARXIV_LABEL.search(piece) or DOI.search(piece) or date_in(piece):
        return _NONE
    if not any(c.isalpha() for c in piece[:3]):
        return _NONE
    return min(count, 15) / 15 + title_quality(piece) + (0.3 if ":" in piece else 0.0)
