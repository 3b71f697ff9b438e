"""Helpers the paste readers share: blocks of lines, labels, dates in passing."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from papershelf.core.dates import looks_like_date, parse_date
from papershelf.importers.paste.lines import Line
from papershelf.importers.paste.names import looks_like_names

GENERIC_LINK_LABELS = {
    "pdf", "paper", "code", "slides", "link", "here", "arxiv", "html", "abs", "project",
    "website", "video", "github", "bib", "bibtex", "blog", "demo", "huggingface", "data",
    "dataset", "poster", "doi", "url", "openreview", "semantic scholar", "talk", "homepage",
    "pdf link", "link to pdf", "link to paper", "paper link", "full text", "download",
    "download pdf", "read more", "preprint",
    "阅读论文", "论文", "链接", "代码", "原文",
}  # fmt: skip
# Not a decade (`the 1960s`, `1960'lardan`, `1960’larda`): a year followed by its plural or a suffix.
_YEAR = re.compile(r"(?<![\d.\-/:])((?:19|20)\d{2})(?![\d\-/]|s\b|['’][a-z])")
_PAREN_YEAR = re.compile(r"\(((?:19|20)\d{2})\)")
_ISO_DAY = re.compile(r"\b(\d{4}-\d{2}-\d{2})(?:\b|(?=T\d))")  # `2026-08-28T20:33:40Z` too
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_DAY_IN_TEXT = re.compile(
    rf"\b(?:\d{{1,2}} {_MONTH},? (?:19|20)\d{{2}}|{_MONTH} \d{{1,2}}, (?:19|20)\d{{2}})\b"
)
_META_PARTS = re.compile(r"[·|•;/]")
_DATE_WORD = re.compile(r"^(?:published|submitted|date|posted|updated)\s*(?:on)?\s*:?\s*", re.I)
_URLISH = re.compile(r"\S*(?:https?://|arxiv:|doi:|\d{4}\.\d{4,5})\S*", re.IGNORECASE)


def blocks(lines: list[Line]) -> Iterator[tuple[int, int]]:
    """(first, last) index ranges of lines that share a block; claimed lines end a block."""
    start: int | None = None
    for index, line in enumerate(lines):
        if line.kind == "claimed":
            if start is not None:
                yield start, index - 1
            start = None
            continue
        if start is not None and line.block != lines[start].block:
            yield start, index - 1
            start = None
        if start is None:
            start = index
    if start is not None:
        yield start, len(lines) - 1


# Buttons: `View arXiv page`, `Download PDF`, `Project page`, `Open in Colab`.
_BUTTON = re.compile(
    r"^(?:(?:view|open|download|read|see|visit|go to|get|add to|browse|explore)\b.{0,24}"
    # the same buttons in French, Spanish, Portuguese, Italian and Swedish pages, and German's
    # with the verb last (`PDF ansehen`, `Artikel lesen`)
    r"|(?:voir|lire|télécharger|consulter|accéder|leer|descargar|baixar|acessar|acesse|leggi|"
    r"scarica|läs|ladda ner)\b.{0,24}|.{0,24}\b(?:ansehen|lesen|herunterladen)"
    r"|(?:texte intégral|volltext|texto completo|testo completo|en ligne|en línea|online)"
    r"|community|discussion|html experimental|tex source|other formats"
    r"|copy (?:markdown|link|url|bibtex|citation)"
    r"|(?:project|github|code|paper|arxiv) (?:page|repo|repository|link))$"
)


_BUTTON_ZH = re.compile(r"(?:查看|点击|阅读|详情|原文|下载)")


_PUNCTUATION = re.compile(r"[^\w\s]")
# `_PUNCTUATION`'s characters in ASCII, each as a space, the others as they are: an ASCII text
# (nearly every label and line) is spaced in one C loop, ~6x the pattern's sub.
_ASCII_PUNCTUATION = bytes(
    ord(" ") if code < 128 and _PUNCTUATION.match(chr(code)) else code for code in range(256)
)


def _punctuation_spaced(text: str) -> str:
    """`_PUNCTUATION.sub(" ", text)`."""
    if text.isascii():
        return text.encode("ascii").translate(_ASCII_PUNCTUATION).decode("ascii")
    return _PUNCTUATION.sub(" ", text)


_BUTTON_MARKS = re.compile(r"[\s·|•,/\-\[\]()]")


# Google Scholar's link labels, also copied into READMEs: `[PDF] arxiv.org`, `[Abstract] ieee.org`.
_SCHOLAR_LABEL = re.compile(
    r"^\[(?:pdf|html|doc|abstract|citation|book)\]\s*[\w\-]+(?:\.[\w\-]+)+$", re.IGNORECASE
)


def is_generic_label(label: str) -> bool:
    if label[:1] == "[" and _SCHOLAR_LABEL.match(label.strip()):
        return True
    folded = " ".join(_punctuation_spaced(label.lower()).split())
    if _BUTTON_ZH.search(folded) and len(folded) <= 30:
        return True  # `到 Huggingface 论文主页查看详情`: see the details on the paper's page
    return (
        not folded
        or folded in GENERIC_LINK_LABELS
        or len(folded) <= 3
        or _BUTTON.match(folded) is not None
    )


def is_button_line(line: Line) -> bool:
    """`View arXiv page View PDF`, `[Code](…) · [Project](…)`, `Add to collection`: a row of
    buttons, never part of an abstract."""
    text = line.text.strip()
    if not text or len(text) > 120:
        return False
    if line.links:
        rest = text
        for label, _url in line.links:
            if not is_generic_label(label):
                return False
            rest = rest.replace(label, " ")
        return not _BUTTON_MARKS.sub("", rest)
    folded = " ".join(_punctuation_spaced(text.lower()).split())
    return folded in GENERIC_LINK_LABELS or _BUTTON.match(folded) is not None


def year_in(text: str) -> str | None:
    """A publication year in citation text, identifiers and links set aside."""
    text = _URLISH.sub(" ", text)
    if match := _PAREN_YEAR.search(text):
        return match[1]
    match = _YEAR.search(text) or _PAREN_YEAR_MONTH.search(text)
    return match[1] if match else None


# `(Xi et al., Fudan, 2023-09)`, `(2024-04)`: a year and its month closing a citation's brackets.
_PAREN_YEAR_MONTH = re.compile(r"[(,]\s*((?:19|20)\d{2})-(?:0[1-9]|1[0-2])\)")


def date_in(text: str) -> str | None:
    """A full date somewhere in a short meta line (`Apr 16, 2025 · arXiv …`, ISO date-times)."""
    if match := _ISO_DAY.search(text):
        return match[1]
    for part in _META_PARTS.split(text):
        part = _DATE_WORD.sub("", part.strip().strip(",."))
        if part and len(part) < 40 and looks_like_date(part) and parse_date(part).iso:
            return part
    if match := _DAY_IN_TEXT.search(text):  # `submitted 5 Dec 2017 (v1, 18:45:38 UTC). Subjects …`
        return match[0] if parse_date(match[0]).iso else None
    return None


# `Attention Is All You Need (2017)`, `2022: ⭐⭐ FlashAttention`, `2017 - Title`: a year a list
# puts on the title's line, after it in brackets or before it with a colon or a dash.
_SLASHED = re.compile(r"^\s*(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<year>(?:19|20)\d{2})\b")


def slashed_date(text: str) -> str | None:
    """`5/31/2026` (a feed's month first) or `31/5/2026` as ISO when a part over 12 tells the
    day from the month; None for `3/4/2026`, which either could be, and for any other text."""
    match = _SLASHED.match(text)
    if match is None:
        return None
    a, b = int(match["a"]), int(match["b"])
    if 12 < a <= 31 and 1 <= b <= 12:
        month, day = b, a
    elif 12 < b <= 31 and 1 <= a <= 12:
        month, day = a, b
    else:
        return None
    iso = f"{match['year']}-{month:02d}-{day:02d}"
    return iso if parse_date(iso).iso else None


# (`Title. (2017)`: the item's full stop before the year is no part of the title)
_YEAR_AFTER_TITLE = re.compile(
    r"^(?P<title>.{8,}?)(?<!\b[A-Z])\.?\s*[(\[](?P<year>(?:19|20)\d{2})[)\]]\.?$"
)
_YEAR_BEFORE_TITLE = re.compile(
    r"^(?P<year>(?:19|20)\d{2})\s*(?:[:：|]|\s[-–—])\s*(?:[⭐★☆🌟✨🔥]+\s*)*(?P<title>\S.{4,})$"
)


def title_and_year(text: str) -> tuple[str, str | None]:
    """A title line without the year set beside it, and that year (else the text and None)."""
    for shape in (_YEAR_AFTER_TITLE, _YEAR_BEFORE_TITLE):
        if (match := shape.match(text.strip())) and len(match["title"].split()) <= 40:
            return match["title"].strip(), match["year"]
    return text, None


def names_and_date(text: str) -> tuple[str, str | None]:
    """`A Name, B Name · 2024-04-04`: the names and the date of a byline (else "", None)."""
    head, dot, tail = text.rpartition(" · ")
    if dot and looks_like_names(head) and (when := date_in(tail)):
        return head, when
    byline = _PUBLISHED_FIELD.match(text) if " Published " in text else None
    if byline is not None and looks_like_names(byline["names"]):
        return byline["names"], byline["year"]
    dated = _DATELINE.match(text) if text[:1].isdecimal() else None
    if dated is not None and looks_like_names(dated["names"]):
        day, month = int(dated["day"] or dated["iday"]), int(dated["month"] or dated["imonth"])
        year = dated["year"] or dated["iyear"]
        if 1 <= day <= 31 and 1 <= month <= 12:
            return dated["names"], f"{year}-{month:02d}-{day:02d}"
    return "", None


# A reading list's byline under a title: the names, a bullet or a bar, then where the work came
# out and its year: `Hassan Name • Prentice Hall, 2002`, `Angeli, Amrit, & Rawlings • IEEE TAC, 2012`.
_VENUE_BYLINE = re.compile(
    r"^(?P<names>[^•·|]{2,300}?)\s+[•·|]\s+(?P<venue>[^•·|]{0,120}?)[,.]?\s*"
    r"[(]?(?P<year>(?:19|20)\d{2})[)]?\.?$"
)


def names_venue_and_year(text: str) -> tuple[str, str | None]:
    """`A Name & B Name • Publisher, 2004`: the names and the year of a byline that sets the
    names apart from the work's venue and year by a bullet or a bar (else "", None)."""
    byline = _VENUE_BYLINE.match(text)
    if byline is None or not looks_like_names(byline["names"]):
        return "", None
    return byline["names"], byline["year"]


# A feed digest's dateline under a title: `20.10.2020, A Name, B Name` (a dotted date, the day
# first, as Europe writes it; or an ISO date), then the names.
_DATELINE = re.compile(
    r"^(?:(?P<day>\d{1,2})\.(?P<month>\d{1,2})\.(?P<year>(?:19|20)\d{2})"
    r"|(?P<iyear>(?:19|20)\d{2})-(?P<imonth>\d{2})-(?P<iday>\d{2})),\s+(?P<names>\S.{2,400})$"
)


# Semantic Scholar's paper header copied as text: `A Name, B Name Published 2016 Engineering`.
_PUBLISHED_FIELD = re.compile(
    r"^(?P<names>\S.{2,300}?) Published (?:\d{1,2} [A-Z][a-z]{2,8} )?(?P<year>(?:19|20)\d{2})"
    r"(?: [A-Z][\w ,&]{0,60})?$"
)


def words(text: str) -> int:
    return len(text.split())


def split_run_together(
    lines: list[Line], run_together: Callable[[str], bool], part_start: re.Pattern[str]
) -> tuple[list[Line], list[int]]:
    """The lines, with each that holds a page run together on one line (scrapers, feeds,
    web-search answers) split where its parts start; and for each line the index of the line
    it came from. `run_together` tells such a line; it is searched only in lines with a colon."""
    colons = [index for index, line in enumerate(lines) if ":" in line.text]
    if not any(
        lines[index].kind != "claimed" and run_together(lines[index].text) for index in colons
    ):  # nearly every paste: the lines as they are, without two appends for each
        return list(lines), list(range(len(lines)))
    parts: list[Line] = []
    origin: list[int] = []
    for index, line in enumerate(lines):
        text = line.text
        if line.kind == "claimed" or ":" not in text or not run_together(text):
            parts.append(line)
            origin.append(index)
            continue
        for number, piece in enumerate(part_start.split(text)):
            if piece.strip():
                block = line.block * 1000 + number  # each part a paragraph of its own
                parts.append(Line(line.number, piece.strip(), block=block, links=line.links))
                origin.append(index)
    return parts, origin
