"""Bibliographies in the German (DIN 1505) manner and its kin: family name first, then the given
name, the title after a colon or a comma, and the year last: `Benet, Juan: Title, 2014`,
`Maymounkov, Petar und Mazières, David, Title, 2002`, `Ogden et al., Title, 2018`,
`Wheen, Andrew: Title, Springer New York, 2011`, `Gramsch, Robert: Title (Series, 17), Leiden/Boston
2003.`

A publisher named after the title (a comma part with a publisher's word) is no part of it; an
entry with an address (`URL: …`) is a web source, not read here."""

from __future__ import annotations

import re

from papershelf.importers.paste.blocks import words
from papershelf.importers.paste.cite import Citation
from papershelf.importers.paste.lines import clean_title

_FAMILY = r"[A-ZÀ-Þ][\w'’\-]+(?:\s(?:von|van|de|der|da|di|du|le|la)?\s?[A-ZÀ-Þ][\w'’\-]+)?"
_GIVEN = r"(?!(?:Inc|Ltd|LLC|GmbH|AG|Corp|Co|SA|KG)\b)[A-ZÀ-Þ][\w'’\-]*\.?(?:\s[A-ZÀ-Þ][\w'’\-]*\.?){0,2}"
_NAME = rf"{_FAMILY},\s{_GIVEN}(?:\s(?:von|van|de|der|zu|vom))?"  # `Brandt, Ahasver von`
_AND = r"(?:\s+(?:und|and|&|et|y|e|u\.)\s+|\s*[;/]\s*)"
_ET_AL = r"(?:,?\s+(?:et\s+al\.?|u\.\s?a\.|and others))"
# A place (`Leiden/Boston`, `New York`, `Frankfurt am Main`, `Köln u.a.`), maybe its publisher
# after a colon (`Köln: Böhlau`).
_PLACE = r"[A-ZÀ-Þ][\w\-]+(?:\s[A-ZÀ-Þ][\w\-]+)?(?:\s(?:am|an\sder|im|upon)\s[A-ZÀ-Þ][\w\-]+)?"
# A co-author after a slash, given name first as the German manner writes all but the first
# (`Freytag, Nils/Wolfgang Piereth`, `Borowski, P./B. Vogel/H. Wunder`).
_SLASHED_GIVEN_FIRST = r"/(?:[A-ZÀ-Þ][\w'’\-]*\.?\s){1,3}[A-ZÀ-Þ][\w'’\-]+"
# A body as the editor of a work (`Historischer Verein für Hessen (Hg.): Title`): no person's name
_BODY_EDITOR = r"(?P<body>[A-ZÀ-Þ][^:()/,]{3,80}?)(?=\s\((?:Hg|Hrsg|Hgg)\.\):)"
_ENTRY = re.compile(
    rf"^(?:(?P<names>{_NAME}(?:{_AND}{_NAME}|{_SLASHED_GIVEN_FIRST})*{_ET_AL}?|{_FAMILY}{_ET_AL})"
    rf"|{_BODY_EDITOR})"
    r"(?:\s\((?:Hg|Hrsg|Hgg|ed|eds|Ed|Eds)\.\))?(?P<sep>\s*:\s+|,\s+)(?P<rest>.+?)"
    r"(?:,\s+in:\s+[^()]{2,200}?\s\d{1,4}\s\((?P<issued>(?:19|20)\d{2})\)"
    r"(?:,\s(?:S|pp?)\.\s?\d+(?:\s?[–\-]\s?\d+)?)?"
    rf"|,\s*(?:{_PLACE}(?:/{_PLACE})*(?:\su\.\s?a\.)?(?::\s[^,:]{{2,60}}?)?\s)?"
    # the edition set before the year (`Paderborn <sup>5</sup>2011` copied as `52011`), and the
    # last year of a work in volumes (`2019–2022`)
    r"(?:(?<=\s)\d{1,2}(?=(?:19|20)\d{2}\b))?"
    r"(?P<year>(?:19|20)\d{2})(?:\s?[–\-]\s?(?:19|20)\d{2})?)\.?$"
)  # a book's place before its year, no comma between: `…, Leiden/Boston 2003.`; an article's
# journal after `in:`, its volume and year: `…, in: Zeitschrift 12 (2003), S. 45–67.`
# What a German bibliography brackets after a title: the series and its number, or what the work
# is (`(Masterarbeit)`, `(Studien zur Geschichte, 17)`); an acronym in brackets (`(BERT)`) stays.
_BRACKETED_AFTER = re.compile(r"\s+\((?=[^()]*[a-zà-ÿ])[^()]{3,120}\)$")
_CONNECTOR = re.compile(_AND)
_TRAILING_ET_AL = re.compile(rf"{_ET_AL}$")
# A comma part after the title naming its publisher or venue (`Springer New York`, `MIT Press`).
_PUBLISHER = re.compile(
    r"\b(?:Springer|Verlag|Press|Wiley|Elsevier|IEEE|ACM|Hanser|Addison|O'Reilly|Pearson|Vieweg"
    r"|Teubner|Routledge|Publishers?|Publishing|Journal|Proceedings|Conference|Symposium"
    r"|Workshop|Universit\w*|Vol\.|pp\.|Heft|Band|Bde\.|Bd\.|Auflage|ed\.|Aufl\.)",
)
_WEB = re.compile(r"\bURL\s*:|https?://|www\.", re.IGNORECASE)


def colon_entry(text: str) -> Citation | None:
    """An entry whose names end at a colon (`Benet, Juan: Title, 2014`): a shape no other
    reference style takes, read before them."""
    if ":" not in text[:_NAMES_REACH]:
        return None  # cheap test first: most lines are no such entry
    found = inverted_entry(text)
    return found if found is not None and _colon_after_names(text) else None


_NAMES_REACH = 200  # characters: the names before the colon, four of them with their given names


def _colon_after_names(text: str) -> bool:
    match = _ENTRY.match(text.strip())
    return match is not None and ":" in match["sep"]


def slashed_entry(text: str) -> Citation | None:
    """An entry whose co-authors follow a slash, given name first (`Freytag, Nils/Wolfgang
    Piereth, Title, Paderborn 2004`): a shape no other reference style takes, read before them;
    the names say it is an entry, so a title of two words is one."""
    if "/" not in text[:_NAMES_REACH]:
        return None  # cheap test first: most lines are no such entry
    match = _SLASHED_NAMES.match(text.strip())
    return inverted_entry(text, min_words=2) if match is not None else None


_SLASHED_NAMES = re.compile(rf"^{_NAME}{_SLASHED_GIVEN_FIRST}")


def inverted_entry(text: str, min_words: int = 3) -> Citation | None:
    """Names, title and year of an entry in this manner, or None."""
    if _WEB.search(text):
        return None
    match = _ENTRY.match(text.strip())
    if match is None:
        return None
    parts = match["rest"].split(", ")
    bracketed = _BRACKETED_AFTER.search(match["rest"])
    while len(parts) > 1 and _PUBLISHER.search(parts[-1]) and not bracketed:
        parts.pop()  # the brackets close the title: no publisher's name comes before them
    title = ", ".join(parts)
    if bracketed and words(unbracketed := title[: bracketed.start()]) >= 3:
        title = unbracketed
    title = clean_title(title)
    if match["names"] is None:  # a body edited it (`(Hg.)` says so): the work names no person
        return Citation(title, "", match["year"] or match["issued"], 0.6) if words(title) else None
    if words(title) < min_words:
        return None
    names = _TRAILING_ET_AL.sub("", match["names"])
    more = " et al." if names != match["names"] else ""
    year = match["year"] or match["issued"]
    return Citation(title, _CONNECTOR.sub(" and ", names) + more, year, 0.6)
