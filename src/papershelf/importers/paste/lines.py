"""The normalised form every paste reader works on: visible text lines with their links kept.

Markdown and HTML both come down to these lines (see markdown.py and html.py); plain text is one
line per source line. A line remembers where it came from (1-based line number), what kind of
block it opened (heading, list item, table row, code), and its links as (label, URL) pairs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from papershelf.core.text import caseless, squash

Link = tuple[str, str]  # (label as shown, target URL)


@dataclass(slots=True)
class Cell:
    text: str
    links: list[Link] = field(default_factory=list)
    bold: list[str] = field(default_factory=list)
    italic: list[str] = field(default_factory=list)  # `*Title*` after the names in a citation
    # The cell's lines when `<br>` breaks it (`Title <br> [Video](…) <br> _Notes: …_`), else none.
    parts: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Line:
    number: int
    text: str
    kind: str = "text"  # text | heading | item | row | rule
    level: int = 0  # heading level, or list depth for items
    block: int = 0  # lines of one paragraph / item / row share a block number
    links: list[Link] = field(default_factory=list)
    bold: list[str] = field(default_factory=list)
    italic: list[str] = field(default_factory=list)  # `*Title*`: how reference lists set titles
    cells: list[Cell] = field(default_factory=list)
    header: bool = False  # a table's header row
    code: list[str] = field(default_factory=list)  # `code spans` (presenters, dates in agendas)

    @property
    def urls(self) -> list[str]:
        return [url for _, url in self.links]


# Site furniture: buttons, counters and badges between the fields of a paper.
_FURNITURE = re.compile(
    r"^(?:upvote\s*\d*|\[-\]\s*\d+|\d+\s*upvotes?|view pdf|code|pdf|html|save|cite|"
    r"submitted by\s+\S+.*|skip to main content|\d+\s+authors?|•\s*\d+\s+authors?|"
    r"(?:save\s+)?cite(?:\s+cited by \d+)?.*related articles.*|cited by \d+.*|"
    r"\d+\s+readers?|share|bookmark|copy link|follow|subscribe|sign in|log in|"
    r"get trending papers in your email inbox!|·|-|—|\*|\d+|\[?\s*(?:pdf|html|code|slides)\s*\]?|"
    r"\[(?:pdf|html|doc)\]\s*[\w.\-]+\.[a-z]{2,}|save\s+cite\b.*|"
    r"(?:cited by \d+\s*)?(?:related articles\s*)?all \d+ versions.*|"
    r"(?:[←«‹]\s*)?(?:previous|prev|next)(?:\s+(?:post|page|week|issue|chapter|article))?\s*[:：].*)$",
    re.IGNORECASE,
)


# What furniture starts with, in either case (`ſ` is a case-blind `s`), besides a digit: most
# lines (an abstract's) start otherwise and are not tried against every kind of button.
FURNITURE_FIRST = frozenset("uUvVcCpPhHsSſbBfFlLgGrRaAnN[•·-—*←«‹")
# The first two letters of `_FURNITURE`'s words (in lower case, as `caseless` gives them): a line
# that starts with a letter and with none of these (`Bafato is …`, `Submitted by` aside) is no
# button, without trying the pattern's thirty alternatives.
_FURNITURE_STARTS = frozenset(
    ("up", "vi", "co", "pd", "ht", "sa", "ci", "su", "sk", "sh", "bo", "fo", "si", "lo", "ge",
     "sl", "re", "al", "pr", "ne")
)  # fmt: skip


def is_furniture(text: str) -> bool:
    if len(text) >= 120:
        return False
    text = text.strip()
    first = text[:1]
    if first not in FURNITURE_FIRST and not first.isdecimal():
        return False
    if first in "nN" and text[:4].lower() != "next":
        return False  # a page's `Next:` link; many titles start with an N
    if first.isalpha() and caseless(text[:2]) not in _FURNITURE_STARTS:
        return False
    return _FURNITURE.match(text) is not None


_NUMBERING = re.compile(r"^(?:\[\d+\]|【\d+】|\d{1,3}(?:\)\.|[.)])|■|●|▪|•|-|\*)\s+")  # `1).` too
_COUNTERS = re.compile(r"\s*(?:\(\s*👍\s*\d+\s*\)|⭐\s*\d+|👍\s*\d+|🔥\s*\d*)\s*$")
# `(ARTICLE) Title`, `[Book] Title`: a note's tag of what kind of work it files, before the title.
_KIND_TAG = re.compile(
    r"^[(\[](?:article|paper|book|preprint|thesis|report|chapter|artikel|artículo|artigo|livre|livro"
    r"|buch|boek|article de revue)[)\]]\s+(?=\S)",
    re.IGNORECASE,
)
_ARXIV_SITE = re.compile(r"\s+[-–—|]\s+arXiv(?:\.org)?\s*$", re.IGNORECASE)
# `[Quantum Communication] Title`: a digest's topic tag before a title of several words.
_TOPIC_TAG = re.compile(r"^\[[A-Z][\w&\-]*(?: [A-Z][\w&\-]*){1,3}\]\s+(?=\S+\s+\S+\s+\S)")
# A digest's rating after the title: `(Score: 7/10)`, `[Rating 8.5]`, `（评分：8/10）`.
# `Title (Pages: 99-121)`: a book's or an issue's contents give each chapter's pages after it
_PAGES_TAIL = re.compile(
    r"\s*\((?:Pages?|pp?\.)\s*:?\s*[\dA-Za-z]{1,6}\s*[-–]\s*[\dA-Za-z]{1,6}\)$"
)
# `Title (+19.3% over LoRA)`, `Title (updates <0.02% params)`: the reader's note of a result,
# a figure in per cent, in brackets after the title
_RESULT_TAIL = re.compile(r"\s*\([^()]{0,30}\d%[^()]{0,30}\)$")
_SCORE_TAIL = re.compile(
    r"\s*[(\[（【]\s*(?:score|rating|评分|得分|점수|スコア)\s*[:：]?\s*\d+(?:\.\d+)?"
    r"\s*(?:/\s*\d+)?\s*[)\]）】]$",
    re.IGNORECASE,
)
_EMOJI = re.compile(
    "[\U0001f300-\U0001faff\u2600-\u27bf\u2b50\u2b06\u2934\u2935\u3030\u303d\ufe0f\u200d]"
)


CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")


def mostly_cjk(text: str) -> bool:
    """Chinese, Japanese or Korean script in most letters (a digest's translated title)."""
    if not CJK.search(text):
        return False  # the common case, decided without looking at each letter
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and sum(1 for c in letters if CJK.match(c)) > len(letters) / 2


def strip_emoji(text: str) -> str:
    return squash(text if text.isascii() else _EMOJI.sub(" ", text))  # no emoji is ASCII


# `nepjol.info Automated Spell Checking …`: Google Scholar's `[PDF] host` glued onto the title.
_LEADING_HOST = re.compile(
    r"^(?:\[(?:PDF|HTML|DOC)\]\s*)?[a-z][a-z0-9\-]*(?:\.[a-z0-9\-]+)*\.(?:org|com|net|edu|gov|info"
    r"|io|ac\.[a-z]{2}|edu\.[a-z]{2}|[a-z]{2})\s+(?=[A-Z])"
)


# `arXiv:2501.00001 — Title`: notes that cite by identifier set it before the title, with a dash.
# `[2501.00001] Title` as arXiv titles its pages; `2501.00001 | Title`.
_LEADING_ID = re.compile(
    r"^(?:(?:arXiv\s*:?\s*)?\d{4}\.\d{4,5}(?:v\d+)?\s*[—–\-:|]|\[\d{4}\.\d{4,5}(?:v\d+)?\]"
    r"|10\.\d{4,9}/\S+\s+[—–|])\s+(?=\S)",  # `10.1093/biomtc/ujag003 — Title`: the DOI first
    re.IGNORECASE,
)


# `Buckley2016EBF - Title`, `vaswani2017attention: Title`: a BibTeX key (a family name, the
# year, a word or the journal's initials) before the title, as notes kept beside a .bib file are.
_LEADING_CITEKEY = re.compile(
    r"^(?:[A-Z][a-z]+|[a-z]{2,})(?:[A-Z][a-z]+)*(?:19|20)\d{2}[A-Za-z]{0,15}(?:\s+[-–—]|\s*:)\s+(?=\S)"
)


_ENTRY_NUMBER = re.compile(r"^(?:\[\d+\]|【\d+】|\d{1,3}[.)])\s")


# Words in Chinese or Japanese and a colon before a title in Latin script of two words or more.
_CJK_PREFIX = re.compile(
    r"^[\u3040-\u30ff\u4e00-\u9fff]{2,12}\s*[:：]\s*(?=[A-Za-z0-9][^\s]*\s+[A-Za-z])"
)


def numbered_entry(text: str) -> bool:
    """`[6] …`, `12. …`: the text opens with an entry's number in a list of papers."""
    return text[:1] in "[【0123456789" and _ENTRY_NUMBER.match(text) is not None


SAME_START = 80  # two abstracts that open alike for this many letters are copies of one
_WORDS_ONLY = re.compile(r"\W+")


def same_opening(one: str, other: str) -> bool:
    """The two texts open with the same words (punctuation and spacing aside): copies of one
    abstract, cut at different places or with a sentence reworded further on."""
    one, other = _WORDS_ONLY.sub(" ", one[:200]).strip(), _WORDS_ONLY.sub(" ", other[:200]).strip()
    length = min(SAME_START, len(one), len(other))
    return length >= SAME_START // 2 and one[:length] == other[:length]


_MARKED = re.compile(r"==(?=\S)([^=\n]{1,200}?)(?<=\S)==")


_PREPRINT_SERVERS = ("bioRxiv", "medRxiv", "arXiv", "ChemRxiv", "SSRN", "PsyArXiv", "SocArXiv")
_PREPRINT_AFTER = re.compile(rf",\s*(?:{'|'.join(_PREPRINT_SERVERS)})$")
# `Title – arXiv:hep-ph/0408165`, `Title: arXiv:2303.02169`: the preprint's number after its
# title, in a list that links each paper (the identifier is read from the link).
_ARXIV_ID_AFTER = re.compile(
    r"(?:\s+[–—-]|:|,)?\s+\(?arXiv:\s?(?:\d{4}\.\d{4,5}|[a-z\-]+(?:\.[A-Z]{2})?/\d{7})(?:v\d+)?\)?$",
    re.IGNORECASE,
)


def clean_title(text: str) -> str:
    """A title as a careful reader copies it: no numbering, counters, emoji or closing stop."""
    if "👍" in text or "⭐" in text or "🔥" in text:  # what `_COUNTERS` needs to find anything
        text = _COUNTERS.sub("", text)
    text = strip_emoji(text)
    if "==" in text:
        text = _MARKED.sub(r"\1", text)  # `==Keyword==`: a digest's or a note's highlighting
    if text.endswith((")", "]", "）", "】")):
        text = _PAGES_TAIL.sub("", _SCORE_TAIL.sub("", text))
        if "%" in text:
            text = _RESULT_TAIL.sub("", text)
    text = _NUMBERING.sub("", text.strip())
    if text[:1] in "([":
        text = _TOPIC_TAG.sub("", _KIND_TAG.sub("", text))
    text = text.strip().strip("*_`").strip()
    text = _LEADING_HOST.sub("", text)
    if text[:1].isalpha() and (key := _LEADING_CITEKEY.match(text)):
        text = text[key.end() :]  # `Buckley2016EBF - Title`: a note filed under its BibTeX key
    if text[:1] in "aA[0123456789" and (lead := _LEADING_ID.match(text)):
        text = text[lead.end() :]
        if lead.group(0).startswith("["):  # `[2210.02747] Title - arXiv`: a search engine's
            text = _ARXIV_SITE.sub("", text)  # title of the abstract page, the site's name after
    prefix = _CJK_PREFIX.match(text) if text[:1] >= "\u3040" else None
    if prefix and not CJK.search(text, prefix.end()):  # `深度技术分析：Title`: the note's subject
        text = text[prefix.end() :]
    if text[:1] in '"“' and text[-1:] in '"”' and text.count('"') + text.count("“") <= 2:
        text = text[1:-1].strip()  # a quoted title; `"Mistakes Help Us Grow": …` keeps its quotes
    text = text.rstrip(",，").rstrip()  # `"Title," Venue`: IEEE puts the comma inside the quotes
    if text.endswith(" ·"):
        text = text[:-2].rstrip()  # `Title ·`: a citation index's mark before the work's DOI link
    if text.endswith(_PREPRINT_SERVERS):
        text = _PREPRINT_AFTER.sub("", text)  # `Title, bioRxiv`: where it appeared, after a comma
    elif "Xiv:" in text or "xiv:" in text:
        text = _ARXIV_ID_AFTER.sub("", text).rstrip(":")
    if text.endswith(("...", "…")) and len(text.split()) > 3:
        text = text.rstrip(".… ")  # a title cut short: what is shown of it
    if text.endswith(".") and not text.endswith(("..", "et al.")):
        text = text[:-1].rstrip()
    return " ".join(text.split())


def plain_lines(text: str, first_line: int = 1) -> list[Line]:
    """Plain text: one line per non-blank source line; blank lines end a block."""
    found: list[Line] = []
    block = 0
    rest = ".. [" in text  # reStructuredText's citations: see _rest_citation
    citation: Line | None = None
    # No-break spaces read as spaces once for the whole text (strip() drops both kinds alike).
    for number, raw in enumerate(text.replace("\u00a0", " ").split("\n"), start=first_line):
        stripped = raw.strip()
        if not stripped:
            block += 1
            citation = None
            continue
        if rest and citation is not None and raw[:1] in (" ", "\t"):
            citation.text += " " + stripped
            continue
        # the fields in order (Line's own): faster than by name and default, 100,000 times
        found.append(Line(number, stripped, "text", 0, block, [], [], [], [], False, []))
        citation = found[-1] if rest and _REST_CITATION.match(stripped) else None
    if "• " in text:
        _bulleted_entries(found)
    return [_rest_citation(line) for line in found] if rest else found


_BULLET = "• "
ENTRY_WORDS = 8  # a bullet of an entry (names, a title, a venue), not of a page's menu
FEWEST_ENTRIES = 3


def _bulleted_entries(found: list[Line]) -> None:
    """`  • Quill, Ada. "Title." Venue (2017).`: a web page's list of entries copied as text,
    its bullets kept. A run of such lines, each like an entry, is a list: its lines become items
    without their bullets (a page's bulleted menus, facts and key points stay text)."""
    run: list[Line] = []
    for line in [*found, None]:
        if line is not None and line.text.startswith(_BULLET) and _entry_long(line.text):
            run.append(line)
            continue
        if len(run) >= FEWEST_ENTRIES:
            for entry in run:
                entry.text, entry.kind = entry.text[len(_BULLET) :].lstrip(), "item"
        run = []


def _entry_long(text: str) -> bool:
    """Long enough for names, a title and a venue, and dated or quoting a title (a page's key
    points are sentences, `• Heart failure guidelines recommend …`)."""
    return text.count(" ") >= ENTRY_WORDS and (_ENTRY_YEAR.search(text) is not None or '"' in text)


_ENTRY_YEAR = re.compile(r"\b(?:1[6-9]|20)\d\d\b")


# reStructuredText's citation (`.. [Quill2019] A. Quill.`), as Sphinx bibliographies write them:
# its body goes on over the indented lines under it (`   *Title*.`, `   Publisher, 2019.`).
_REST_CITATION = re.compile(r"^\.\. \[[^\[\]\s]{1,60}\]\s+(?=\S)")
_REST_EMPHASIS = re.compile(r"(?<![\w*])\*(?=\S)([^*]+?)(?<=\S)\*(?![\w*])")


def _rest_citation(line: Line) -> Line:
    """A reST citation as one entry of a list: its label dropped (a citation key), its body on
    one line, its emphasis (`*Title*`) read as italics."""
    if not (label := _REST_CITATION.match(line.text)):
        return line
    body = line.text[label.end() :]
    line.italic = [m[1] for m in _REST_EMPHASIS.finditer(body)]
    line.text, line.kind = _REST_EMPHASIS.sub(r"\1", body), "item"
    return line
