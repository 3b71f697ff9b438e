"""Google Scholar result pages pasted as text: a title, then `A Author, B Author… - Venue, 2023 -
host`, snippet lines and `Save Cite Cited by 41 Related articles All 6 versions`; also the glued
form a page's get_text() gives (`[PDF] arxiv.orgTitleA Author\xa0- Venue, 2021 - hostSnippet`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from papershelf.importers.paste.build import Draft, build
from papershelf.importers.paste.doc import Doc, Found
from papershelf.importers.paste.lines import Line

NAME = "scholar"
DESCRIPTION = "Google Scholar results ([PDF] host, byline `Authors - Venue, Year - host`)"

_UPPER = "A-ZÀ-ÖØ-ÞĀ-Žα-ω"
_PARTICLES = r"(?:(?:van|von|der|den|de|del|della|di|da|du|la|le|dos|das|ter|ten)\s)*"
# Initials then a family name of one or two words (`M Robati Shirzad`), or a given name then one;
# on a Chinese, Japanese or Korean paper the names in their script (`张三`, `山田 太郎`, `김민수`).
_CJK_NAME = r"[\u4e00-\u9fff]{1,4}(?:\s?[\u4e00-\u9fff\u3040-\u30ff]{1,4})?|[\uac00-\ud7af]{2,4}"
_AUTHOR = (
    rf"(?:[{_UPPER}]{{1,3}}\s{_PARTICLES}[^\W\d_][\w'’\-]+(?:\s[{_UPPER}][a-zà-ÿ'’\-]+)?"
    rf"|[{_UPPER}][a-zà-ÿ]+\s{_PARTICLES}[^\W\d_][\w'’\-]+|{_CJK_NAME})"
)
# After the first name: a family name alone (`…, S Ren, Sun - …`), and in text read from a
# screenshot the initials glued to the family name (`KHe, XZhang`).
_LATER_AUTHOR = rf"(?:{_AUTHOR}|[{_UPPER}]{{1,3}}[{_UPPER}][a-z'’\-]+|[{_UPPER}][a-z'’\-]+)"
_FIRST_AUTHOR = rf"(?:{_AUTHOR}|[{_UPPER}]{{1,2}}[{_UPPER}][a-z'’\-]+)"
# A screenshot's debris after the cut list (`D Kalenichenko... aXi - preprint …`).
_CUT = r"(?:(?:…|\.\.\.)(?:\s[\w.]{1,4}(?=\s+-\s))?)?"
_CJK = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]")
# The byline ends with the host (`arxiv.org`) or the publisher (`Springer`, `Taylor & Francis`);
# a book or a preprint may have no venue, an old record no year; a copy may leave the host out
# (`A Name, B Name - ACM AI in Finance, 2024`).
_HOST = r"(?:[\w.\-]+\.[a-z]{2,}|[A-Z][\w&.,' ]{1,40})"
_DOMAIN = r"[a-z0-9\-]+(?:\.[a-z0-9\-]+)*\.[a-z]{2,}"  # `A Name, B Name - luyaoren.com`: no venue
BYLINE = re.compile(
    rf"^(?P<authors>{_FIRST_AUTHOR}(?:,\s*{_LATER_AUTHOR})*{_CUT})\s+-\s+"
    rf"(?:(?P<venue>.*?)(?P<year>(?:19|20)\d{{2}})(?:\s+-\s+(?P<host>{_HOST}))?"
    rf"|(?P<bare>[^-]{{3,80}}?)\s+-\s+{_HOST}|{_DOMAIN})\s*$"
)
# get_text() glues results into one line; each ends with its links row.
_RESULT_END = re.compile(r"(?:All \d+ versions|Related articles|View as HTML)\s{2,}(?=\S)")
# The result's kind, in the interface's language: `[BOOK]`, `[图书]`, `[引用]`, `[書籍]`, `[도서]`,
# `[LIVRE]`, `[BUCH]`, `[LIBRO]`, `[ZITATION]`, `[КНИГА]`.
_BADGE = re.compile(
    r"^(?:\[(?:PDF|HTML|BOOK|CITATION|DOC|B|C|LIVRE|LIVRO|LIBRO|BUCH|ZITATION|CITAS|CITAÇÃO"
    r"|CITAZIONE|КНИГА|ЦИТИРОВАНИЕ|[\u4e00-\u9fff\u3040-\u30ff\uac00-\ud7af]{2,3})\]\s*)+",
    re.IGNORECASE,
)
# The same kind glued to the title's end, as a copy of the result's row runs title and badge
# together (`… in pretrainingPreprint`): after a small letter, digit or bracket, never a word.
_GLUED_KIND = re.compile(r"(?<=[a-z0-9)\]?])(?:Preprint|Book|Citation|PDF|HTML|DOC)$")
_HOST_ONLY = re.compile(r"^\[(?:PDF|HTML|DOC)\]\s*[\w.\-]+\.[a-z]{2,}$", re.IGNORECASE)
GLUED = re.compile(
    rf"^(?:\[(?:PDF|HTML)\]\s*(?P<source>[\w\-]+(?:\.[\w\-]+)*?\.(?:org|com|edu|net|gov|io|de|fr|uk|cn)))?"
    rf"(?P<title>.+?)(?P<authors>{_AUTHOR}(?:,\s*{_AUTHOR})*…?)\s*\u00a0?-\s"
    r"(?P<venue>.*?)(?P<year>(?:19|20)\d{2})\s+-\s+(?P<host>[\w\-]+(?:\.[\w\-]+)*?\.(?:org|com|edu|net|gov|io))"
)


def read(lines: list[Line], doc: Doc) -> list[Found]:
    found: list[Found] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        index += 1
        if line.kind == "claimed":
            continue
        text = line.text
        # a byline has its ` - ` (on this line if wrapped): most lines are asked no more
        match, last = _byline(lines, index - 1) if "-" in text else (None, index - 1)
        if match and (title_at := _title_before(lines, index - 1)) is not None:
            found.append(_found(lines, title_at, last, match, doc))
            index = last + 1
        elif (row := _profile_row(lines, index - 1, doc)) is not None:
            found.append(row)
            index = row.last + 1
        elif text.startswith("[") and GLUED.match(_unglue(text)):
            for chunk in _RESULT_END.split(_unglue(text)):
                if match := GLUED.match(chunk.strip()):
                    at = index - 1
                    found.append(_found(lines, at, at, match, doc, title=match["title"]))
        elif len(text) > GLUED_PAGE and " - " in text and _links_row_in(text):
            found += [_glued_found(index - 1, line, r, doc) for r in glued_results(_unglue(text))]
    return found


# --- a whole results page glued into one line --------------------------------------------------

GLUED_PAGE = 300  # characters: a page's menus and one result at least
# Where a result's row of links ends, in the interface's languages: the count of versions
# (`All 6 versions`, `Todas as 5 versões`, `Alle 6 Versionen`, `所有 6 个版本`), else the related
# articles link, and after either the `View as HTML` link.
_VERSIONS = (
    r"All \d+ versions|Todas as \d+ versões|Todas las \d+ versiones|Las \d+ versiones"
    r"|Les \d+ versions|Toutes les \d+ versions|Alle \d+ Versionen|Tutte le \d+ versioni"
    r"|Alle \d+ versies|Все версии статьи \(\d+\)|所有 ?\d+ ?个版本|全 ?\d+ ?バージョン"
    r"|전체 ?\d+ ?개의 버전"
)
_RELATED = (
    r"Related articles|Artigos relacionados|Artículos relacionados|Autres articles"
    r"|Ähnliche Artikel|Articoli correlati|Gerelateerde artikelen|Похожие статьи|相关文章"
    r"|関連記事|관련 학술자료"
)
_AS_HTML = r"View as HTML|Ver em HTML|Ver como HTML|Afficher en HTML|Als HTML anzeigen"
_LINKS_END = re.compile(
    rf"(?:{_VERSIONS}|(?:{_RELATED})(?!\s*(?:{_VERSIONS})))(?:\s*(?:{_AS_HTML}))?"
)
# A word of those phrases, looked for first: a substring test is many times quicker than the
# pattern on a long line of prose (a 10 MB paste of abstracts).
_LINKS_WORDS = (
    "ersion", "ersõe", "ersie", "ерси", "版本", "バージョン", "버전", "elated", "elacionad",
    "orrelat", "Autres articles", "hnliche", "erelateerde", "охожие", "相关文章", "関連記事", "관련",
)  # fmt: skip


def _links_row_in(text: str) -> bool:
    return any(word in text for word in _LINKS_WORDS) and _LINKS_END.search(text) is not None


# `[PDF] arxiv.org` glued to the title after it: the host ends at a known top-level domain.
_GLUED_BADGE = re.compile(
    r"\[(?:PDF|HTML|DOC|BOOK|LIVRO|LIVRE|LIBRO|BUCH|CITATION|CITAÇÃO|CITAS|ZITATION)\]\s*"
    r"(?:[\w\-]+\.)+?(?:org|com|edu|net|gov|io|cc|ai|info|[a-z]{2})(?=[^a-z.]|[a-z][a-z]*[A-Z])"
)
_GLUED_BYLINE = re.compile(r"\s+-\s+(?P<venue>.{0,150}?)(?P<year>(?:19|20)\d{2})\s+-\s+\S")
_GLUED_NAMES = re.compile(rf"{_FIRST_AUTHOR}(?:,\s*{_LATER_AUTHOR})*{_CUT}")
_GLUED_AT = re.compile(rf"(?<=[^\s(\[{{])(?=[{_UPPER}])")


@dataclass
class GluedResult:
    """One result read from a glued page: the title, the names (cut ones left out), the year
    and the venue of its byline."""

    title: str
    authors: str
    year: str
    venue: str
    cut: bool = False  # the page cut the list of names short (`A Name, B Name…`)


def glued_results(text: str) -> list[GluedResult]:
    """The results of a Scholar page whose text was copied as one line: each runs from the end
    of the previous result's links row (or its `[PDF] host` badge) to its own, the title glued
    to the first author's initials (`… problemsS Cai, Z Wang… - Journal, 2021 - host`)."""
    results = []
    for chunk in _LINKS_END.split(text):
        badges = list(_GLUED_BADGE.finditer(chunk))
        start = badges[-1].end() if badges else 0
        if (result := _glued_result(chunk[start:].strip())) is not None:
            results.append(result)
    return results


def _glued_result(chunk: str) -> GluedResult | None:
    for byline in _GLUED_BYLINE.finditer(chunk):
        head = chunk[max(0, byline.start() - GLUED_HEAD) : byline.start()]
        for at in _GLUED_AT.finditer(head):
            title = _without_menus(head[: at.start()].strip())
            if len(title) >= MIN_TITLE and _GLUED_NAMES.fullmatch(head, at.start()):
                names = head[at.start() :]
                kept = _CUT_TAIL.sub("", names)
                return GluedResult(title, kept, byline["year"], byline["venue"], kept != names)
    return None


MIN_TITLE = 8
MAX_TITLE = 250  # characters: longer, the page's menus run into the first result's title
_MENU_SEAM = re.compile(r"(?<=[a-zà-ÿ])(?=[A-Z][a-z])")  # `…incluir citaçõesCriar alerta`


def _without_menus(title: str) -> str:
    """The first result's title with the page's menus glued before it (no `[PDF]` badge parts
    them) cut off at the last seam of two glued words."""
    if len(title) <= MAX_TITLE:
        return title
    seams = [seam.start() for seam in _MENU_SEAM.finditer(title)]
    return title[seams[-1] :] if seams and len(title) - seams[-1] <= MAX_TITLE else ""


GLUED_HEAD = 600  # characters: a title and its names before the byline's dash, at most


def _glued_found(at: int, line: Line, result: GluedResult, doc: Doc) -> Found:
    draft = Draft(line=line.number, title=_GLUED_KIND.sub("", result.title))
    draft.authors = [name.strip() for name in result.authors.split(",") if name.strip()]
    draft.date = result.year
    draft.text = result.venue
    draft.confidence = 0.8
    record = build(draft, doc.captured)
    record.authors_truncated = result.cut
    return Found(record, at, at)


# A Scholar profile (`citations?user=…`) copied as text: the title, the authors alone, then the
# venue with the citation count and the year at its end (`…, 770-778   250000   2016`).
# Profiles print initials (`K He, X Zhang`); the year stands in its own column, not after a comma.
_INITIALLED = rf"[{_UPPER}]{{1,3}}\s{_PARTICLES}[^\W\d_][\w'’\-]+"
AUTHORS_ONLY = re.compile(rf"^{_INITIALLED}(?:,\s*{_INITIALLED})*(?:,?\s*(?:…|\.\.\.))?$")
_VENUE_YEAR = re.compile(
    r"^(?P<venue>.*?[^,\s])(?:\s+\d[\d,]*\*?)?(?:\t|\s{2,}|\s+\d[\d,]*\*?\s+)(?P<year>(?:19|20)\d{2})$"
)


def _profile_row(lines: list[Line], index: int, doc: Doc) -> Found | None:
    """`index` is the authors line of a profile row, with its title above and venue below."""
    if index == 0 or index + 1 >= len(lines) or not AUTHORS_ONLY.match(lines[index].text):
        return None
    title, venue = lines[index - 1], lines[index + 1]
    if title.kind == "claimed" or venue.kind == "claimed" or len(title.text.split()) < 2:
        return None
    match = _VENUE_YEAR.match(venue.text)
    if match is None or ("," in title.text and AUTHORS_ONLY.match(title.text)):
        return None
    draft = Draft(line=title.number, title=_BADGE.sub("", title.text))
    draft.authors = lines[index].text.removesuffix("...")
    draft.date = match["year"]
    draft.text = match["venue"]
    draft.urls = [url for line in (title, lines[index], venue) for url in line.urls]
    draft.confidence = 0.8
    return Found(build(draft, doc.captured), index - 1, index + 1)


def _byline(lines: list[Line], index: int) -> tuple[re.Match[str] | None, int]:
    """The byline on this line, or wrapped onto the next one (text browsers wrap at 80 columns)."""
    line = lines[index]
    if match := BYLINE.match(line.text):
        return match, index
    if " - " in line.text and index + 1 < len(lines) and lines[index + 1].block == line.block:
        following = lines[index + 1]
        if following.kind != "claimed" and (match := BYLINE.match(f"{line.text} {following.text}")):
            return match, index + 1
    return None, index


def _title_before(lines: list[Line], index: int) -> int | None:
    at = index - 1
    while at >= 0 and lines[at].kind != "claimed" and _HOST_ONLY.match(lines[at].text):
        at -= 1
    if at < 0 or lines[at].kind == "claimed":
        return None
    text = lines[at].text
    if len(text) < 8 and not (len(text) >= 4 and _CJK.search(text)):  # `深度学习综述`
        return None
    return at


def _found(
    lines: list[Line], first: int, last: int, match: re.Match[str], doc: Doc, title: str = ""
) -> Found:
    head = lines[first].text
    above = lines[first - 1] if first > 0 else None
    draft = Draft(
        line=lines[first].number, title=_GLUED_KIND.sub("", title or _BADGE.sub("", head))
    )
    names = _CUT_TAIL.sub("", match["authors"])
    # Scholar prints every name initials first: `KHe, XZhang` are two people, never one inverted.
    draft.authors = [name.strip() for name in names.split(",") if name.strip()]
    draft.date = match["year"]
    draft.text = match["venue"] or match.groupdict().get("bare") or ""
    # the names link their Scholar profiles, the links row Scholar's own searches: no paper's
    draft.urls = [
        url for line in lines[first : last + 1] for url in line.urls if _SCHOLAR_PAGE not in url
    ]
    claim = first
    if above is not None and above.kind != "claimed" and _HOST_ONLY.match(above.text):
        draft.urls += above.urls  # `[PDF] arxiv.org` links the full text
        claim = first - 1
    draft.confidence = 0.85
    last = _rest_of_result(lines, last, draft.urls)
    record = build(draft, doc.captured)
    record.authors_truncated = names != match["authors"]
    return Found(record, claim, last)


_SCHOLAR_PAGE = "scholar.google."
_CUT_TAIL = re.compile(r"(?:…|\.\.\.)(?:\s[\w.]{1,4})?$")
_BARE_URL = re.compile(r"^https?://\S+$")


def _rest_of_result(lines: list[Line], byline: int, urls: list[str]) -> int:
    """The snippet and links row under a byline, and a link the user pasted under them alone on
    its line (the full text's address): up to the next result's title. Returns the last line."""
    last, at = byline, byline + 1
    while at < len(lines) and lines[at].kind not in ("claimed", "heading"):
        line = lines[at]
        if _BARE_URL.match(line.text):
            urls.append(line.text)
        elif _next_result(lines, at) or line.block != lines[byline].block:
            break
        last, at = at, at + 1
    return last


def _next_result(lines: list[Line], at: int) -> bool:
    """A title (and maybe its `[PDF] host` line) starts here: a byline follows within two lines."""
    return any(
        BYLINE.match(lines[ahead].text)
        for ahead in (at + 1, at + 2)
        if ahead < len(lines) and lines[ahead].kind != "claimed"
    )


def _unglue(text: str) -> str:
    # get_text() output kept inside source code shows its no-break spaces as the escape `\xa0`.
    return text.replace("\\xa0", " ").replace("\u00a0", " ")
