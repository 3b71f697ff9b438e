"""The page of one article, copied whole: its title over its people, near the top.

    Der „Grüne Weg zu Open Access“ in Deutschland
                                  Uwe Müller
                       Humboldt-Universität zu Berlin

    КОГНИТИВНЫЕ НАРУШЕНИЯ У ПАЦИЕНТОВ …
    Поспелова М.Л. 1 Зайцев Д.Е. 1 Лепёхина А.С. 1

    LA REVISTA MEXICANA
    DE INVESTIGACIÓN EDUCATIVA
    Una trayectoria de construcción de comunidades en la educación
    EDUARDO AGUADO-LÓPEZ / ARIANNA BECERRIL-GARCÍA / SHEILA GODÍNEZ-LARIOS

Document-sharing sites, journals and repositories print an article's title and then its
authors, each with an affiliation's number or mark, parted by commas, slashes or lines; what
comes before is the site's furniture, what comes after the affiliations and the abstract. The
first title-like lines over a line of people (or over people a line each) in the page's first
lines make the paper. Read only when every other reader found nothing (the paste would be
refused), and flagged for review: a page's headings may stand where its title does.
"""

from __future__ import annotations

import re

from papershelf.importers.paste.build import Draft, build
from papershelf.importers.paste.doc import Doc, Found
from papershelf.importers.paste.lines import Line, clean_title, is_furniture
from papershelf.importers.paste.names import looks_like_names, split_names

NAME = "article-top"
DESCRIPTION = "One article's page: the title over its authors near the top"

TOP = 60  # lines of the page to look at: a title lies above its article's text
TITLE_LINES = 3  # a title wrapped over this many lines at most
MIN_TITLE_WORDS = 3
MAX_TITLE_WORDS = 40
MAX_NAMES_LINE = 300
_MARKS = re.compile(r"(?<=[^\W\d_]|\.)\s?(?:\d{1,2}(?:\s?,\s?\d{1,2})*|[*∗†‡§¶✉]+)(?=\s|,|;|/|$)")
_PARTS = re.compile(
    r"\s*(?:/|;|·|,(?!\s*(?:Jr|Sr)\b)|\s{3,}|\band\b|\bund\b|\by\b|\be\b|\bet\b)\s*"
)
_EMAIL = re.compile(r"\S+@\S+")
_INITIALLED = r"[^\W\d_][\w'’\-]+\s?(?:[^\W\d_]\.\s?){1,3}"
_INITIALLED_RUN = re.compile(rf"(?:{_INITIALLED}\s*)+")
# What an affiliation's line names, in the languages of the corpora's article pages.
_AFFILIATION = re.compile(
    r"Univ|Institut|College|Colegio|Hospital|Klinik|Cent(?:re|er|ro)|Laborator|School|Escuela"
    r"|Department|Departamento|Faculty|Facultad|Faculdade|Fakultät|Academy|Akademie|Academia"
    r"|Universidad|Universidade|Università|Университет|Институт|Академ|Центр|大学|学院|研究所"
    r"|@",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[a-zà-ÿа-я]{2,}[.!?]\s+[A-ZÀ-ÞА-Я]")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


def read(lines: list[Line], doc: Doc) -> list[Found]:
    top = [index for index, line in enumerate(lines[:TOP]) if line.text.strip()]
    for at, index in enumerate(top):
        names = _people(lines, top, at)
        if names is None:
            continue
        title_at = _title_above(lines, top, at)
        if title_at is None:
            continue
        first = title_at[0]
        title = " ".join(lines[i].text.strip() for i in title_at)
        draft = Draft(line=lines[first].number, title=clean_title(title), authors=names)
        draft.text = " ".join(lines[i].text for i in top[at : at + 12])
        draft.urls = [url for i in title_at for url in lines[i].urls]
        draft.confidence = 0.5
        draft.reasons = ["read as one article's page (its title over its authors); check it"]
        return [Found(build(draft, doc.captured), first, index)]
    return []


def _people(lines: list[Line], top: list[int], at: int) -> list[str] | None:
    """The people of a line (`A Name1, B Name2`), or of the lines from here that hold one
    person each (a name, then its affiliation's lines, then the next name)."""
    text = lines[top[at]].text.strip()
    if len(text) > MAX_NAMES_LINE or _CJK.search(text):
        return None
    names = _names_of(text)
    if names is None:
        return None
    # A line of capitals (`WEITER LESEN`) reads as a name too, and a sentence over a list of names
    # (thanks to the people who helped) reads as a title over its authors: a byline shows its
    # affiliations' marks, an affiliation under it, or the slashes some journals part names with.
    marked = _MARKS.search(_EMAIL.sub("", text)) is not None
    below = lines[top[at + 1]].text if at + 1 < len(top) else ""
    if marked or _AFFILIATION.search(below) or (len(names) > 1 and " / " in text):
        return names
    return None


def _names_of(text: str) -> list[str] | None:
    plain = _MARKS.sub("", _EMAIL.sub("", text)).strip(" ,;")
    if _INITIALLED_RUN.fullmatch(plain):
        parts = [m.group(0).strip() for m in re.finditer(_INITIALLED, plain)]
    else:
        parts = [part.strip(" .,") for part in _PARTS.split(plain) if part and part.strip(" .,")]
    if not parts or len(parts) > 30:
        return None
    if not all(2 <= len(part.split()) <= 5 or _initialled(part) for part in parts):
        return None
    if not looks_like_names(", ".join(parts)):
        return None
    names, _truncated = split_names(", ".join(parts))
    return names or None


def _initialled(part: str) -> bool:
    """`Поспелова М.Л.`: a surname and initials written together."""
    return bool(re.fullmatch(_INITIALLED, part))


def _title_above(lines: list[Line], top: list[int], at: int) -> list[int] | None:
    """The lines of the title right above the people: title-like, no sentence's end inside,
    none the site's furniture, wrapped over up to three lines of one block."""
    if at == 0:
        return None
    taken: list[int] = []
    for back in range(at - 1, max(-1, at - 1 - TITLE_LINES), -1):
        index = top[back]
        line = lines[index]
        text = line.text.strip()
        if not _title_part(text) or (taken and line.block != lines[taken[0]].block):
            break
        if taken and index != taken[0] - 1:
            break  # a blank line between: another block
        taken.insert(0, index)
    if not taken:
        return None
    title = " ".join(lines[i].text.strip() for i in taken)
    words = title.split()
    if _CJK.search(title):
        return taken if len(title) >= 8 else None
    if not MIN_TITLE_WORDS <= len(words) <= MAX_TITLE_WORDS or looks_like_names(title):
        return None
    return taken


def _title_part(text: str) -> bool:
    if not text or is_furniture(text) or _SENTENCE_END.search(text) or "@" in text:
        return False
    if _MARKS.search(text) and not _CJK.search(text) and _names_of(text) is not None:
        return False  # another author's line (`A Name1`, one a line over its affiliation)
    if text.startswith(("http", "www.", "ISSN", "DOI", "doi:")) or text[:1].islower():
        return False
    if re.search(r"\[\d+(?:[,–-]\d+)*\]", text):
        return False  # `Focal loss [42]`: a note citing a reference, no article's title
    return not re.search(r"\d{4}.*\d{4}", text) or len(text.split()) > 6
