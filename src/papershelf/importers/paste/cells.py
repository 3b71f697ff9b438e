"""The cells of a row of papers, read apart from the table around them.

The Paper cell that names the people beside the title: `Surname et al., "Title"`,
`**Surname & Surname** — "Title" (SHORT)`, `Surname & Surname, Title in plain words`,
`"Title" — Surname & Surname`.

In a cell of a table of papers the names before a quoted title need none of the cues a line of
prose needs: one family name (`Surname, "Title"`) is the author, and the quoted text is the title
however short (a system's name, `"NAME"`, is what the table calls the paper). Without quotes the
names must be two people or `et al.` before the comma or dash, and the rest a capitalised title of
two words or more, so that a title holding a comma is never cut at it.

The other cells: an arXiv id written bare, the remark or alias after a title, the institution
after the names, the year of a Year, Venue or Date cell.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from papershelf.importers.paste.blocks import date_in, slashed_date, year_in

# One family name of one or two words (`Dell'Amico`, `Candès`, `Van Rossum`).
_SURNAME = r"[^\W\d_][\w'’\-]*(?: [^\W\d_][\w'’\-]*)?"
_JOIN = r"\s*(?:,|&|\band\b)\s*"
_ET_AL = r",?\s+et\.?\s*al\.?"
_NAMES = rf"(?P<names>{_SURNAME}(?:{_JOIN}{_SURNAME})*(?P<et_al>{_ET_AL})?)"
# A hyphen parts the names from the title only with a space beside it: `Video-Guided` is a word.
_SEPARATOR = r"(?:\s*(?:,|—|–|:)\s*|\s+--?\s*|\s*--?\s+)"
# After the quoted title a remark in brackets, or the venue and year (`, CACM 1970`).
_QUOTED_AFTER = re.compile(
    rf"^{_NAMES}{_SEPARATOR}[\"“](?P<title>[^\"”]{{2,300}})[\"”]\s*"
    r"(?:\([^()]{1,40}\)|,?\s*(?P<venue>[A-Z][^\"“”()]{0,60}?(?P<year>(?:19|20)\d{2}))"
    r"(?:\s*\([^()]{1,40}\))?)?\s*$"
)
_QUOTED_BEFORE = re.compile(
    rf"^[\"“](?P<title>[^\"”]{{2,300}})[\"”]\s*(?:,|—|–|--?|\bby\b)\s*{_NAMES}\s*$"
)
_PLAIN_AFTER = re.compile(rf"^{_NAMES}{_SEPARATOR}(?P<title>[A-Z][^\"“”]{{3,300}})$")


@dataclass(frozen=True)
class NamedCell:
    title: str
    authors: list[str]
    year: str | None = None


def names_then_title(text: str) -> NamedCell | None:
    """The title and the family names of a Paper cell written `Names, "Title"`, or None."""
    text = text.strip()
    if match := _QUOTED_AFTER.match(text):
        return NamedCell(match["title"].strip(" ,."), _surnames(match), match["year"])
    if (match := _QUOTED_BEFORE.match(text)) and _people(match):
        return NamedCell(match["title"].strip(" ,."), _surnames(match))  # `"Title" — A & B`
    match = _PLAIN_AFTER.match(text)
    if match is None or len(match["title"].split()) < 2:
        return None
    if not _people(match) or any(_CAPITALS.match(name) for name in _surnames(match)):
        return None  # `Word, Rest of a title`: one word before a comma is no cue of a name
    return NamedCell(match["title"].strip(" ,."), _surnames(match))


# What stands before an italic title: the family names and the year a citation gives them
# (`LeCun et al. (1998) — `, `Lake & Baroni (2018) — `, `Agarwal et al., `, `Hodel, 2023: `).
_NAMES_YEAR = re.compile(rf"^{_NAMES}(?:\s*,?\s*\(?\s*(?P<year>(?:19|20)\d{{2}})[a-z]?\s*\)?)?$")
TITLE_WORDS = 2


def italic_citation(text: str, italic: list[str]) -> NamedCell | None:
    """`Surname et al. (1998) — *Title* (Alias)`: a Paper cell citing one paper, its title set
    in italics after the names (and year). The italics bound the title, so the alias or the
    identifier after it stays out; one family name is the author when the year follows it."""
    spans = [span for span in italic if len(span.split()) >= TITLE_WORDS]
    if len(spans) != 1 or (at := text.find(spans[0])) <= 0:
        return None
    match = _NAMES_YEAR.match(text[:at].strip(" *_,;:—–-"))
    if match is None:
        return None
    names = _surnames(match)
    if not names or any(_SYSTEM_NAME.search(name) for name in names):
        return None
    if not match["year"] and not _people(match):
        return None  # `Highlight: *Title*`: one word alone, with no year, may be anything
    return NamedCell(spans[0].strip(" ,."), names, match["year"])


# `RAG (Lewis et al., 2020)`, `Slot Attention (Ruiz & Chen, 2021)`: a short name or a title,
# then the citation in brackets. One word there may be a company (`GraphRAG (Microsoft, 2024)`),
# so only `et al.` or two names or more are taken for people; the year is taken all the same.
_BRACKETED = re.compile(
    rf"^(?P<title>.+?)\s+\({_NAMES},?\s+(?:[A-Z][\w&\-]*\s+){{0,3}}(?P<year>(?:19|20)\d{{2}})[a-z]?\)$"
)  # `(Park et al., NeurIPS 2029)`: the venue may stand before the year


def cited_in_brackets(text: str) -> NamedCell | None:
    """The title, the people and the year of `Title (Surname et al., 2020)`, or None."""
    match = _BRACKETED.match(text.strip())
    if match is None or "(" in match["title"]:
        return None
    people = _surnames(match) if _people(match) else []
    return NamedCell(match["title"].strip(), people, match["year"])


def _people(match: re.Match[str]) -> bool:
    """Two names or more, or `et al.`: names for sure; one word alone may be anything. A word
    opening with an acronym (`RAGPart & RAGMask: …`) names a system, not a family."""
    names = _surnames(match)
    if any(_SYSTEM_NAME.search(name) for name in names):
        return False
    return len(names) >= 2 or bool(match["et_al"])


_SYSTEM_NAME = re.compile(r"[A-Z]{2,}[a-z]")
# `PHANTOM and GHOSTDAG: A Scalable …`: words in capitals before an unquoted title are systems
_CAPITALS = re.compile(r"^[A-Z]{3,}$")


def _surnames(match: re.Match[str]) -> list[str]:
    names = match["names"]
    if match["et_al"]:
        names = names[: match.start("et_al") - match.start("names")]
    return [name for name in re.split(_JOIN, names.strip()) if name]


# --- the other cells of a row of papers -------------------------------------------------------

# `2201.11903`, `arXiv:2309.15817v2`: a cell that is an arXiv id and nothing else (an `arXiv` or
# `ID` column); written bare, the id needs the label the identifier finder looks for.
_BARE_ARXIV = re.compile(r"^(?:arxiv\s*:\s*)?(\d{2}(?:0[1-9]|1[0-2])\.\d{4,5}(?:v\d+)?)$", re.I)


def arxiv_cell(text: str) -> str | None:
    match = _BARE_ARXIV.match(text.strip(" *`"))
    return match[1] if match else None


# `Title（Alias）`, `RAG (original)`, `Corrective RAG (CRAG)`, `Morris II (AI Worm)`: a remark or
# an alias its writer put after a title in brackets is not the paper's. The remarks told apart:
# anything in full-width brackets (a CJK writer's note beside a Latin title); one word in lower
# case (`original`, `survey`, `book`); an acronym made of the title's own initials and capitals;
# and, after a short name, a few words holding an acronym (`AI Worm`, `RWKV-5/6`). A bracket
# that continues the title (`Guess Again (and Again and Again)`) or names another thing
# (`Null It Out (INLP)`) stays. So does `/ SSD` after a short name (`Mamba-2 / SSD`) go.
_FULL_WIDTH_REMARK = re.compile(r"\s*（[^（）]{1,40}）\s*[….]*\s*$")
_REMARK = re.compile(r"\s+\((?P<remark>[^()]{1,40})\)\s*$")
_LOWER_WORD = re.compile(r"^[^\W\d_A-Z][^\W\d_]*$")
_ACRONYM = re.compile(r"^[A-Z][A-Z0-9]+$")
_HOLDS_ACRONYM = re.compile(r"\b[A-Z]{2,}")
_SLASH_ALIAS = re.compile(r"^(?P<name>[^/]{2,30}?)\s+/\s+[^/\s][^/]{0,30}$")
SHORT_NAME_WORDS = 3
ALIAS_WORDS = 3


def without_remark(title: str) -> str:
    """The title of a table's cell without the alias or remark its writer put after it."""
    if (full_width := _FULL_WIDTH_REMARK.search(title)) and full_width.start() >= 2:
        return title[: full_width.start()].rstrip(" …")
    if (match := _REMARK.search(title)) and _a_remark(match["remark"], title[: match.start()]):
        return title[: match.start()]
    alias = _SLASH_ALIAS.match(title)
    if alias and all(len(part.split()) <= SHORT_NAME_WORDS for part in title.split(" / ")):
        return alias["name"]
    return title


def _a_remark(remark: str, title: str) -> bool:
    if len(title) < 2 or _opens(title):
        return False
    if _LOWER_WORD.match(remark):
        return True
    if _ACRONYM.match(remark):
        return _initials_of(remark, title)
    short = len(title.split()) <= SHORT_NAME_WORDS
    return short and len(remark.split()) <= ALIAS_WORDS and bool(_HOLDS_ACRONYM.search(remark))


def _initials_of(acronym: str, title: str) -> bool:
    """`CRAG` of `Corrective RAG`: the acronym's letters in order among the title's capitals and
    initials, the first its first."""
    marks = "".join(
        ch
        for i, ch in enumerate(title)
        if ch.isupper() or (ch.isalnum() and (i == 0 or not title[i - 1].isalnum()))
    ).upper()
    if not marks or marks[0] != acronym[0]:
        return False
    at = 0
    for ch in acronym:
        at = marks.find(ch, at)
        if at < 0:
            return False
        at += 1
    return True


# `Programming Refusal with Conditional Steering (CAST)`: a method's name in brackets after a
# full title. Dropped only when the row carries the paper's arXiv id or DOI, which finds the paper
# by itself; in a row without one the name may be the reader's only handle on it, and stays.
_METHOD_NAME = re.compile(r"\s+\((?P<name>[A-Z][\w\-]*(?: [A-Z][\w\-]*){0,2})\)\s*$")
FULL_TITLE_WORDS = 4


def without_method_name(title: str) -> str:
    """A full title of an identified paper without the method's name after it."""
    match = _METHOD_NAME.search(title)
    if match is None or len(title[: match.start()].split()) < FULL_TITLE_WORDS:
        return title
    return title[: match.start()]


def _opens(text: str) -> bool:
    """`A Study of (` … : the brackets belong to the title when one opens before them."""
    return text.count("(") > text.count(")") or text.count("（") > text.count("）")


# --- the Authors cell ------------------------------------------------------------------------

# `Edge et al. (MS)`, `Shapiro, Baquero (INRIA)`, `Xiaoyin Chen ほか（Mila / ServiceNow ほか）`:
# the people's institution in brackets after them; `Zuo et al., TII`: after `et al.` no name
# follows, so what does is the institution's or the venue's.
# (`(2019)` after the names is the year, no institution.)
_AFFILIATION = re.compile(r"\s*(?:\([^()\d]{1,60}\)|（[^（）\d]{1,60}）)\s*$")
_AFTER_ET_AL = re.compile(r"(\bet\.? al\.?)\s*,\s*[^\d,]{1,40}$")
# `Xiner Li ほか、Dileep Kalathil`: Japanese `ほか` (and others) inside a list, then more names.
_HOKA_BETWEEN = re.compile(r"\s*ほか\s*[、,]\s*")
# `Anon`, `Anonymous`, `Anónimo`, `N/A`: an Authors cell that names nobody.
ANONYMOUS = frozenset(
    ("anon", "anon.", "anonymous", "anónimo", "anonimo", "anonyme", "n/a", "unknown", "various")
)


# `и соавт.`, `и др.` (Russian), `та ін.` (Ukrainian), `y cols.`, `e col.`, `et coll.`, `u. a.`:
# `et al.` in the writer's language, after the names it cuts short.
_OTHERS = re.compile(
    r"\s+(?:и\s+соавт|и\s+др|та\s+ін|і\s+співавт|y\s+cols?|e\s+cols?|et\s+coll|u\.\s?a)\.?\s*$"
)


def people_cell(text: str) -> str:
    """An Authors cell with the institution after the names and the ほか between them set aside,
    and `et al.` in another language written so."""
    text = _OTHERS.sub(" et al.", _HOKA_BETWEEN.sub(", ", text.strip()))
    text = _AFFILIATION.sub("", text)
    return _AFTER_ET_AL.sub(r"\1", text)


def anonymous(text: str) -> bool:
    return text.strip().lower() in ANONYMOUS


# --- the Date and Year cells ------------------------------------------------------------------

# `2005/2022`: a book's first edition and its reprint in one Year cell; the first is the paper's.
_TWO_YEARS = re.compile(r"^((?:19|20)\d{2})\s*/\s*(?:19|20)\d{2}$")


def _first_of_two_years(text: str) -> str | None:
    match = _TWO_YEARS.match(text)
    return match[1] if match else None


# `2024-6-29`: an ISO date written without the zeros
_UNPADDED = re.compile(r"^((?:19|20)\d{2})-(\d{1,2})-(\d{1,2})$")


def date_cell(text: str) -> str | None:
    """The date of a Date column's cell: a full date, a month, a year."""
    text = text.strip("* ")
    if unpadded := _UNPADDED.match(text):
        text = f"{unpadded[1]}-{int(unpadded[2]):02d}-{int(unpadded[3]):02d}"
    when = date_in(text) or slashed_date(text)
    when = when or (text if re.fullmatch(r"\d{4}(?:-\d{2})?", text) else None)
    when = when or year_in(text) if re.search(r"\d{4}", text) else when
    return when or _first_of_two_years(text) or year_cell(text)


_A_YEAR = re.compile(r"(?<![\d.])((?:19|20)\d{2})(?![\d.])")


def year_cell(text: str) -> str | None:
    """The year of a Year or Venue cell: `Oct 2025`, `1991-1994` (the first), `arXiv 2024-06`."""
    found = year_in(text)
    if found is None and (match := _A_YEAR.search(text)):
        found = match[1]
    return found


# --- the Authors cell written with initials -----------------------------------------------------

# The word before the last person: `A. Name et B. Name`, `Name, A., and Name, B.` (French, English,
# German, Spanish, Portuguese and Italian joiners).
_LAST_JOINER = re.compile(r"\s*,?\s+(?:et|and|und|y|e|&)\s+|\s*&\s*")
_INITIALS_ONLY = re.compile(r"^(?:[A-Z][a-z]?\.[\s\-]?)+$")  # `P.`, `G.A.`, `J.-P.`, `Th.`
_AN_INITIAL = re.compile(r"(?:^|[\s.\-])[A-Z][a-z]?\.")
# One person: up to four capitalised words or initials (`Autume D’ A.`, `Robinson J.A.`)
_PERSON_WORD = r"(?:[A-Z][a-z]?\.(?:-?[A-Z][a-z]?\.)*|[^\W\d_][\w'’\-]*)"
_PERSON = re.compile(rf"^(?:{_PERSON_WORD}[\s.]*){{1,4}}$")


# `Perrin, A.` then `Vautrin, B.`: family names, each with its initials after a comma (the
# people parted by a line break the cell lost, a comma, a semicolon or a joiner)
_INVERTED_INITIALLED = re.compile(
    r"(?P<person>[^\W\d_][\w'’\-]*(?: [^\W\d_][\w'’\-]*)?, [A-Z][a-z]?\.(?:[\s\-]?[A-Z][a-z]?\.)*)"
    r"(?:\s*[,;&]?\s*(?:(?:et|and|und|y|e)\s+)?|$)"
)


def _inverted_initialled(text: str) -> list[str] | None:
    """`Perrin, A. Vautrin, B.` -> `Perrin, A.`, `Vautrin, B.`; None unless the whole text is
    such people."""
    people: list[str] = []
    at = 0
    while at < len(text):
        match = _INVERTED_INITIALLED.match(text, at)
        if match is None or match.end() == at:
            return None
        people.append(match["person"])
        at = match.end()
    return people if len(people) >= 2 else None


def initialled_people(text: str) -> list[str] | None:
    """The people of an Authors cell whose names carry initials, each as written: `Aghion, P. et
    E. Cohen` -> `Aghion, P.`, `E. Cohen`; `Acs Z.J.` keeps its full stop (in a cell of names it
    ends an initial, not a sentence). A comma parts two people unless initials alone follow it
    (`Aghion, P.` is one), and what follows the last joiner is one person. None for a cell not
    written so (no initial, a year, a word in lower case)."""
    text = " ".join(text.split()).strip(" ,;")
    if not text or not _AN_INITIAL.search(text) or any(ch.isdecimal() for ch in text):
        return None
    if "et al" in text or "…" in text:
        return None
    if ";" in text:  # `Vale I.; Rieu T.`: the semicolons part the people
        parts = [part.strip() for part in text.split(";") if part.strip()]
        whole = all(_PERSON.match(part.replace(", ", " ")) for part in parts)
        return parts if whole and all(_AN_INITIAL.search(part) for part in parts) else None
    if inverted := _inverted_initialled(text):
        return inverted
    groups = _LAST_JOINER.split(text)
    people: list[str] = []
    for at, group in enumerate(groups):
        pieces = [piece.strip() for piece in group.split(",") if piece.strip()]
        if at == len(groups) - 1 and at > 0:
            people.append(", ".join(pieces))  # after `et`: the last person, however written
            continue
        for piece in pieces:
            if people and _INITIALS_ONLY.match(piece) and not _AN_INITIAL.search(people[-1]):
                people[-1] += f", {piece}"  # `Aghion, P.`
            else:
                people.append(piece)
    if not people or not all(_PERSON.match(person.replace(", ", " ")) for person in people):
        return None
    return people


# --- a cell of labelled fields ------------------------------------------------------------------

# `**TITLE:** … <br>**JOURNAL:** … <br>**AUTHORS:** …`: one cell holding a paper's fields, each
# after a bold label (the line breaks between them are spaces in the cell's text).
_CELL_FIELDS = {
    "title": "title", "paper": "title", "titre": "title", "título": "title", "titel": "title",
    "author": "authors", "authors": "authors", "auteurs": "authors", "autores": "authors",
    "year": "year", "date": "year", "published": "year", "journal": "venue", "venue": "venue",
    "publisher": "venue", "conference": "venue", "doi": "doi",
}  # fmt: skip


def labelled_fields(text: str, bold: list[str]) -> dict[str, str] | None:
    """The fields of a cell written `TITLE: … JOURNAL: … AUTHORS: …` with bold labels, by name
    (title, authors, year, venue, doi); None unless a title and one more field are labelled."""
    labels = [(b, field) for b in bold if (field := _CELL_FIELDS.get(_label_name(b)))]
    if len(labels) < 2 or "title" not in {field for _, field in labels}:
        return None
    fields: dict[str, str] = {}
    at = 0
    spans: list[tuple[str, int, int]] = []  # field, where its label starts, where its value starts
    for label, field in labels:
        start = text.find(label, at)
        if start < 0:
            return None
        end = start + len(label)
        while end < len(text) and text[end] in ":： ":
            end += 1
        spans.append((field, start, end))
        at = end
    for n, (field, _start, value_at) in enumerate(spans):
        value_end = spans[n + 1][1] if n + 1 < len(spans) else len(text)
        value = text[value_at:value_end].strip(" ;,|")
        if value and field not in fields:
            fields[field] = value
    return fields if fields.get("title") else None


def _label_name(bold: str) -> str:
    return bold.strip().rstrip(":：").strip().casefold()


# `Heim 1983 "Title"`, `Cardinaletti & Starke (1999) "Title" chapters 1 and 2`: a reading
# schedule's cell, the family names and the year before the quoted title, a remark after it.
_NAMES_YEAR_QUOTED = re.compile(
    rf"^{_NAMES}\s+\(?(?P<year>(?:19|20)\d{{2}})[a-z]?\)?[.,:]?\s+[\"“](?P<title>[^\"“”]{{2,300}})[\"”]"
)


def names_year_quoted(text: str) -> NamedCell | None:
    """The family names, year and quoted title of a cell written `Surname 1983 "Title" …`; in a
    table of papers one family name there is the author, as before a quoted title."""
    match = _NAMES_YEAR_QUOTED.match(text.strip())
    if match is None or any(_CAPITALS.match(name) for name in _surnames(match)):
        return None
    return NamedCell(match["title"].strip(" ,."), _surnames(match), match["year"])


# `Day, Felix R., et al.`: MLA's first author, family name first, then `et al.` for the others
_MLA_FIRST = re.compile(
    r"^(?P<person>[^\W\d_][\w'’\-]*(?: [^\W\d_][\w'’\-]*)?, [^\W\d_][\w'’\-]*(?: [A-Z]\.)*),? "
    r"et\.? al\.?$"
)


def mla_first_author(names: str) -> str | None:
    """`Day, Felix R., et al.` -> `Day, Felix R.` (the comma inside the name, not between
    two people); None for names written otherwise."""
    match = _MLA_FIRST.match(names.strip())
    return match["person"] if match else None
