"""One citation read from its text alone: the title the author set apart (quoted, bold, italic, a
link's own text, before `, by Author`, after an identifier, or by a reference list's shape), the
names before or after it, and the year."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from papershelf.importers.paste.apa_dates import apa_date, published_day
from papershelf.importers.paste.blocks import date_in, is_generic_label, words, year_in
from papershelf.importers.paste.cells import ANONYMOUS
from papershelf.importers.paste.identifiers import find_identifiers
from papershelf.importers.paste.lines import Link, clean_title, mostly_cjk
from papershelf.importers.paste.names import bibtex_names, looks_like_names, split_names
from papershelf.importers.paste.scholar import BYLINE

QUOTED = re.compile(r"[\"“](?P<title>[^\"”]{8,300}?)[\"”]")
_ONE_ET_AL = re.compile(r"[A-Z][\w'’\-]+,?\s+et\.?\s*al\.?")
_QUOTE_WITHIN = 300  # a citation's quoted title follows its names; later quotes are prose
_BY = re.compile(r"^(?P<title>.{8,300}?),?\s+by\s+(?P<authors>[^,]{3,120}?)(?:,\s*[\d–\-]+)?\.?$")
AFTER_BY = re.compile(
    r"^(?:\s*\([^()]{0,40}\))?[\s).\]]*(?:\bby\b|(?:[—–]|\s-\s)(?:\s*by\b)?)\s*(?P<authors>[^\[\(|]{3,200}?)\s*(?:[\[(].*|:\s.*|\s[—–]\s.*)?$"
)  # `[Title](…) by A Name: a remark on the book`, `*Title* by Name — a remark`: the names end there
_BY_SURNAME = re.compile(r"^[\s).\]]*by\s")
_SURNAME_ALONE = re.compile(r"[A-ZÀ-Þ][a-zà-ÿ]{2,}(?:-[A-ZÀ-Þ][a-zà-ÿ]+)?")
# The names after a title end at a bracket, a link or a `;` (`…, Sanchez-Gonzalez; v1 submitted`).
# A workshop's list may part a quoted title from its names by a `;` (`"Title"; A Name, B Name`).
_AFTER_COMMA = re.compile(
    r"^[\s\"”]*[,;]\s*(?P<authors>[^\[\(|\\;]{3,300}?)[\s,.]*(?:\\?\[|\(|;|$)"
)
_AFTER_YEAR = re.compile(r"\(\s*(?:19|20)\d{2}\s*\)\s*,\s*(?P<authors>[^\[\(]+?)\s*(?:\[|\(|$)")


@dataclass
class Citation:
    title: str
    authors: str = ""
    year: str | None = None
    strength: float = 0.5


def read_citation(
    text: str, bold: list[str], links: list[Link], italic: Sequence[str] = ()
) -> Citation | None:
    """Title, authors and year of one citation-like text, or None when no title is set apart."""
    if found := _online_reference(text, italic):
        return found
    if found := _italicized(text, italic, bold) or _named_title(text, bold, italic):
        return found
    if found := _linked_citation_then_title(text, links) or _year_names_then_title(text):
        return found
    if _all_one_link(text, links) and (found := _label_dash_surnames(links[0][0])):
        return found  # `["Title" - Efron & Hastie](…)`
    found = _set_apart(text, bold, links)
    if found is not None and not found.authors:
        # `[**Title**](…) *Ding, Yiran and Zhang, Li*. ICML 2024.`: the names set in italics
        names = (_ITALIC_YEAR.sub("", s) for s in italic if s != found.title)
        found.authors = next((s for s in names if _italic_names(s)), "")
    if found is not None and not found.authors:
        found.authors = _scholar_byline_after(text, found.title)
    return found


# `[Kirchesch et al. 2019.](…) QSim - the model …`: a link on the names and year, the title after
_NAMES_YEAR_LABEL = re.compile(
    r"^(?P<names>[^\W\d_].{1,200}?)[,.]?\s+\(?(?P<year>(?:19|20)\d{2})[a-z]?\)?\.?$"
)
# `[Van Deynze et al.](…) Nitrogen fixation in …`, `[Korthauer and Irizarry.](…) Genome-wide …`: a
# journal club's link on the presenters' short citation without a year; only a surname with `et
# al.` or two surnames joined, since a linked title is far likelier than one linked name.
_NAMES_ONLY_LABEL = re.compile(
    r"^(?P<names>[A-Z][\w'’\-]+(?:\s[A-Z][\w'’\-]+)?(?:,?\s+et\.?\s*al|\s+(?:and|&)\s+[A-Z][\w'’\-]+))\.?(?P<year>)$"
)
# The first sentence: up to a stop before a capital (not an initial's), or the whole rest
# (`… Plant Genomes in 3D`).
_FIRST_SENTENCE = re.compile(r"^(?P<title>.{8,300}?)(?:(?<=[^\s.A-Z])\.\s+(?=[A-Z])|\.?$)")


def _linked_citation_then_title(text: str, links: list[Link]) -> Citation | None:
    """A list item that links its names and year and writes the title after the link (a
    software's references page): the names and year from the link, the title its first sentence
    after it."""
    if not links:
        return None
    label = " ".join(links[0][0].split())
    cited = _NAMES_YEAR_LABEL.match(label) or _NAMES_ONLY_LABEL.match(label)
    body = text.lstrip("-*• ")
    if cited is None or not body.startswith(label):
        return None
    names = cited["names"]
    if not (looks_like_names(names) or _ONE_ET_AL.fullmatch(names)):
        return None
    rest = body[len(label) :].lstrip(" .")
    if not rest[:1].isupper():
        return None  # `[Name, Venue 2022](…): "Title"`: a quoted title, read as quoted
    title = _FIRST_SENTENCE.match(rest)
    if title is None or words(title["title"]) < 2:
        return None
    return Citation(clean_title(title["title"]), names, cited["year"] or None, 0.6)


# `1981 Feynman: Simulating Physics with Computers <https://…>`, `1996: Grover: A fast …`,
# `1995 Cirac/Zoller: Quantum Computations …`, `1995 Monroe et al: Demonstration of …`: a list
# in time order leads each title with its year and its authors' family names.
_YEAR_NAMES = re.compile(
    r"^[-*•]?\s*(?P<year>(?:1[89]|20)\d\d)[a-z]?:?\s+"
    r"(?P<names>[A-Z][\w'’\-]+(?:\s?/\s?[A-Z][\w'’\-]+|\s(?:&|and)\s[A-Z][\w'’\-]+)*"
    r"(?:\set\.?\s?al\.?)?):\s+(?P<rest>[A-Z\"“].+)$"
)
_TRAILING_ADDRESS = re.compile(r"\s*<?https?://\S+>?\.?(?:\s.*)?$")
_NOBODY = {"various", "anonymous", "unknown", "misc"}


def _year_names_then_title(text: str) -> Citation | None:
    """A title after its year and its authors' family names and a colon; the title runs to the
    address or the first sentence's end, a remark after either stays out."""
    cited = _YEAR_NAMES.match(text.strip())
    if cited is None:
        return None
    rest = _TRAILING_ADDRESS.sub("", cited["rest"]).strip(' "“”')
    title = _FIRST_SENTENCE.match(rest)
    if title is None or words(title["title"]) < 2:
        return None
    names = re.sub(r"\s?/\s?", " and ", cited["names"])
    if names.casefold() in _NOBODY:
        names = ""
    return Citation(clean_title(title["title"]), names, cited["year"], 0.55)


def _scholar_byline_after(text: str, title: str) -> str:
    """`[Title](…) JA Biasi, JV Strauss - Canadian Journal …, 2025 - cdnsciencepub.com`: Google
    Scholar's byline after a linked title, as a page built from Scholar's results prints it."""
    at = text.find(title)
    if at < 0:
        return ""
    byline = BYLINE.match(text[at + len(title) :].strip())
    return byline["authors"] if byline else ""


# IEEE's style for a page online: `… . [Online]. Available: https://…` after the entry.
_ONLINE = re.compile(r"\.\s*\[Online\]\.?\s*Available\s*:", re.IGNORECASE)


def _online_reference(text: str, italic: Sequence[str]) -> Citation | None:
    """`[6] Title, *Venue*, 2025-11-24. [Online]. Available: https://…`: an online source cited
    in IEEE style with no author; the title runs up to the venue set in italics. (With authors
    IEEE quotes the title: `A. Name, "Title," *Venue*, …`, read as quoted.)"""
    online = _ONLINE.search(text) if "Online" in text else None
    if online is None or '"' in text or "“" in text:
        return None
    head = _LEAD_NUMBER.sub("", text[: online.start()])
    for venue in italic:
        at = head.find(venue)
        title = head[:at].rstrip(" *_,") if at > 0 else ""
        if words(title) < 2:
            continue
        tail = head[at + len(venue) :]
        return Citation(clean_title(title), "", date_in(tail) or year_in(tail), 0.7)
    return None


# `**Name**: rest of the title, *Venue 21*.`: a bold short name that the title starts with, the
# venue in italics after it; the venue's year may have two digits (`ICCV 21`).
_NAME_COLON = re.compile(r"^\s*[:：]\s*")
_VENUE_YEAR = re.compile(r"^(?:arXiv|[A-Z])[^\n]{0,80}?\b(?P<year>(?:19|20)\d{2}|\d{2})\b")
_BEFORE_NAME = re.compile(r"^[\s*\-•\d.)\[\]]*$")


def _named_title(text: str, bold: list[str], italic: Sequence[str]) -> Citation | None:
    if not bold or not italic or '"' in text or "“" in text:
        return None  # a quoted title is read as quoted
    name = bold[0]
    at = text.find(name)
    if at < 0 or not _BEFORE_NAME.match(text[:at]):
        return None
    after = text[at + len(name) :]
    if (colon := _NAME_COLON.match(after)) is None:
        return None
    for venue in italic:
        where = after.find(venue, colon.end())
        if where < 0 or (year := _VENUE_YEAR.match(venue)) is None:
            continue
        rest = after[colon.end() : where].rstrip(" ,;")
        if words(rest) < 2 or "." in rest:
            return None  # a sentence about the name, not the rest of its title
        return Citation(clean_title(f"{name}: {rest}"), "", _full_year(year["year"]), 0.7)
    return None


def _full_year(year: str) -> str:
    """`21` in `ICCV 21` is 2021; `98` is 1998."""
    if len(year) == 4:
        return year
    return f"20{year}" if int(year) <= 40 else f"19{year}"


# `_Srivastava et al.(2014)_`: the year set in italics with the names.
_ITALIC_YEAR = re.compile(r"\s*[,(]?\s*(?:19|20)\d{2}[a-z]?\)?\s*$")


_FIRST_ET_AL = re.compile(r"^[A-Z][\w'’\-]+(?: [A-Z][\w'’\-]+)? et\.? al\.?$")


def _italic_names(span: str) -> bool:
    return looks_like_names(span.strip(" .,")) or bool(_FIRST_ET_AL.match(span.strip(" ,")))


def _set_apart(text: str, bold: list[str], links: list[Link]) -> Citation | None:
    for how in (
        _quoted, _bolded, _linked, _after_paper_tag, by_line, _labelled_authors, identified,
        _scholar_then_title, names_year_dash, reference, title_then_surnames, _title_names_venue,
        title_names_year, names_title_link, title_in_venue,
    ):  # fmt: skip
        if found := how(text, bold, links):
            return found
    return None


def _split_around(text: str, title: str) -> tuple[str, str]:
    at = text.find(title)
    return (text[:at], text[at + len(title) :]) if at >= 0 else ("", text)


# A journal club's line: `[Button et al, Nature Reviews Neuroscience 2013](…): "Title"`, the
# family names, then the journal and the year (`Calin-Jageman & Cumming, eNeuro 2019`).
_CLUB_LEAD = re.compile(
    r"^(?P<names>[A-Z][\w'’\-]+(?:\s(?:&|and)\s[A-Z][\w'’\-]+)?(?:,?\set\.?\sal\.?)?),\s"
    r"[A-Za-z][\w.&\- ]{1,60}?\s(?:19|20)\d{2}\s?[:.]?$"
)
# The citation styles Google Scholar's `Cite` box (and reference managers) label their lines by.
_STYLE_LABEL = re.compile(r"^(?:MLA|APA|Chicago|Harvard|Vancouver|IEEE|AMA|ABNT|ISO\s?690)\s+")
_SURNAME_YEAR = re.compile(r"[A-Z][\w'’\-]+\s\((?:19|20)\d{2}\)[.,:]?")
_IN_BEFORE_QUOTE = re.compile(r"\s+in(?:\s+the)?$")


def _authors_before(before: str) -> str:
    before = re.sub(r"^\s*(?:\[\d+[a-z]?\]|\d+[.)])\s*", "", before).strip(" \"“”'*«")
    if club := _CLUB_LEAD.match(before):
        return club["names"]
    before = _LEAD_LABEL.sub("", before, count=1)  # `论文： Vaswani et al, "Title"`
    before = _STYLE_LABEL.sub("", before, count=1)  # Scholar's `Cite`: `MLA⇥Smith, John. "Title."`
    before = _IN_BEFORE_QUOTE.sub("", before)  # `A. Name and B. Name in “Title,”`
    if "," in before:  # `Ramsey, Frank: “Title” (1927, EJ)`: inverted names, then a colon
        before = before.rstrip(":： ")  # (`Batch Norm: [Title](…)` is a label, no names)
    # `Name (2024). *Title*`, and `Name (2024): *Title*` as author-date styles in German write it
    if _SURNAME_YEAR.fullmatch(before):
        return before[: before.index("(")].strip()  # `Bateman (1948) “Title”`: one name alone
    if "(" in before and (speakers := _without_roles(before)):
        return speakers
    if (one := _ONE_SURNAME_COMMA.fullmatch(before)) and one["name"] not in _NOT_SURNAMES:
        return one["name"]  # a syllabus's `Boyle, "Title"`: the author by family name alone
    before = _keep_initials_stop(_NAMES_YEAR_END.sub("", before))
    if _ONE_ET_AL.fullmatch(before):
        return before  # `Park et al. (2023). "Title."`
    return before if before and looks_like_names(before) else ""


_ONE_SURNAME_COMMA = re.compile(
    r"(?P<name>[A-ZÀ-Þ][a-zà-ÿ'’\-]+(?:\s(?:&|and)\s[A-ZÀ-Þ][a-zà-ÿ'’\-]+)?),"
)
_NOT_SURNAMES = frozenset(
    "See Also Read Note Plus Then Next Optional Required Recommended Further Background Skim "
    "Week Day Session Class Lecture Part Chapter Topic Reading Readings Paper Papers".split()
)


# A programme's speakers each with their role in brackets: `Ada Quill (professor, Made-up U)
# et Ben Marrow (archivist) : « Title »`. A year's brackets are a reference's, no role.
_ROLE = re.compile(r"\s*\((?![^()]*\b(?:1[5-9]|20)\d{2}\b)[^()]{2,160}\)")


_OTHER_AND = re.compile(r"\s(?:et|y|e|und)\s(?=[A-ZÀ-Þ])")  # the programme's language's `and`


def _without_roles(before: str) -> str:
    names = _ROLE.sub("", before).strip(" :：,")
    if names == before.strip(" :：,"):
        return ""
    names = _OTHER_AND.sub(" and ", names)
    return names if looks_like_names(names) else ""


# `Carugno, A.` / `Barber, R.F.`: an initial's stop closes the name, not the sentence.
_LAST_INITIAL = re.compile(r"(?:^|[\s,.])[A-Z]\.$")


_NAMES_YEAR_END = re.compile(r"(?:(?<![\s,.][A-Z])[.,])?\s*\(?(?:19|20)\d{2}\)?[.,:：]?\s*$")


def _keep_initials_stop(names: str) -> str:
    """The names without the stops and commas around them, an initial's own stop kept
    (`Fedderke, J. & Carugno, A. (2024).`: the last name is `Carugno, A.`)."""
    stripped = names.strip(" .,")
    kept = names.rstrip(" ,")
    return f"{stripped}." if _LAST_INITIAL.search(kept) and not stripped.endswith(".") else stripped


# `"Attention Is All You Need" (Vaswani et al., 2017)`: the names and the year in brackets.
_PAREN_NAMES_YEAR = re.compile(
    r"^[\s\"”*_]*[,.]?\s*\((?P<authors>[^()\d]{3,120}?)[,\s]+(?:19|20)\d{2}"
    r"(?:[a-z]|-(?:0[1-9]|1[0-2]))?\)"  # `(Tam et al., 2024-03)`: the month too
)


# `(Cemri, Pan, Yang et al., UC Berkeley, 2025-03)`: names up to `et al.`, then the place they
# work and the year (with its month) in the same brackets.
_PAREN_ET_AL_PLACE = re.compile(
    r"^[\s\"”*_]*[,.]?\s*\((?P<authors>[^()\d]{3,120}?\bet al\.?),\s*[^()\d]{2,60}?,\s*"
    r"(?:19|20)\d{2}(?:-(?:0[1-9]|1[0-2]))?\)"
)


# `Topic: "Title", Garfinkel et al.<br>Speaker: …`: one family name and `et al.` after the
# title's comma, whatever follows them.
_ET_AL_AFTER = re.compile(r"^[\s\"”]*,\s*(?P<authors>[A-Z][\w'’\-]+\s+et\.?\s*al\.?)(?=\s|$)")


# `[Title](…), A Name, B Name, arxiv:1910.07425`: the list's identifier after the names
_TRAILING_ID = re.compile(r",?\s*(?:arxiv|arXiv|doi|DOI)\s*:\s*\S+\s*$")


def _authors_after(after: str, title: str = "") -> str:
    if "rxiv" in after or "oi:" in after or "OI:" in after:
        after = _TRAILING_ID.sub("", after)
    if match := _ET_AL_AFTER.match(after):
        return match["authors"]
    if match := _PAREN_NAMES_YEAR.match(after):
        names = match["authors"].strip(" .,")
        if _ONE_ET_AL.fullmatch(names) or looks_like_names(names):
            return names
    if match := _PAREN_ET_AL_PLACE.match(after):
        names = match["authors"].strip(" ,")
        lead = re.sub(r",?\s*et al\.?$", "", names)
        if re.fullmatch(r"[A-Z][\w'’\-]+", lead) or looks_like_names(lead):
            return names
    if (match := _AFTER_COMMA.match(after)) and looks_like_names(match["authors"]):
        # `[Title](…), Yingtao Tian, Jesse Engel`; but `[A Name](…), B Name, C Name` lists people
        return "" if _a_name(title) else match["authors"]
    if match := _AFTER_YEAR.search(after):
        names = match["authors"].strip(" .,")
        return names if looks_like_names(names) else ""
    if match := AFTER_BY.search(after):  # `([arXiv](…)) by A Name, B Name`, `— Name et al., 2020`
        names = re.sub(r",?\s*\(?(?:19|20)\d{2}\)?\s*$", "", match["authors"]).strip(" .,")
        lead = re.sub(r",?\s*et\.?\s*al\.?$", "", names)
        one_et_al = lead != names and re.fullmatch(r"[A-Z][\w'’\-]+", lead) is not None
        # `[Cosmology](…) by Weinberg: a remark`: after `by`, a family name alone is the author
        surname = _BY_SURNAME.match(after) is not None and _SURNAME_ALONE.fullmatch(names)
        return names if looks_like_names(names) or one_et_al or surname else ""
    return ""


def _a_name(text: str) -> bool:
    return words(text) <= 3 and looks_like_names(text) and len(split_names(text)[0]) == 1


def _cited(text: str, title: str, strength: float, set_apart: bool = False) -> Citation:
    """The citation around a title found first; a title `set_apart` (in italics) is no person's
    name, however it reads (`*Against Method*, Paul Feyerabend`)."""
    before, after = _split_around(text, title)
    authors = _authors_before(before) or _authors_after(after, "" if set_apart else title)
    year = year_in(before + " " + after)
    if year is None and (old := _OLD_YEAR_BEFORE.search(before)):
        year = old["year"]  # `Montesquieu, C. (1748). [Title](…)`: a classic's own year
        authors = _OLD_YEAR_BEFORE.sub("", authors)
    if year and (day := _IEEE_DAY.search(after)) and day["year"] == year:
        year = apa_date(year, f"{day['month']} {day['day']}")  # IEEE's `…, Dec. 10, 2012.`
    return Citation(clean_title(title), authors, year, strength + (0.1 if authors else 0))


# The year in brackets closing an author-date reference's names, before 1900 (a classic's).
_OLD_YEAR_BEFORE = re.compile(r"\s*\((?P<year>1[5-8]\d{2})\)[.,:]?\s*$")
_IEEE_DAY = re.compile(
    r",\s(?P<month>[A-Z][a-z]{2,8})\.?\s(?P<day>\d{1,2}),\s(?P<year>(?:19|20)\d{2})\b"
)


# Japanese sets a title in corner brackets: `「Does Distillation Distill?」——remark`; a title in
# Latin script there is a paper's (Japanese words in them quote a phrase).
# The title opens the line (`25. 「Title」——remark`); further in, the brackets quote a phrase or
# name a product in a sentence.
# French sets a title in guillemets with spaces inside: `DUPONT Jean, 2018, « Titre », Revue`
# (Russian's `«Басеги»`, no spaces, quotes a name within a title or a venue).
_GUILLEMETS = re.compile(r"«\s(?P<title>[^«»]{8,300}?)\s»")
# Chinese marks a work's title with 《》: `1 《Attention Is All You Need》 a note`; a title in Latin
# script there is a paper's (Chinese titles in them, in running text, name books and columns).
_BOOK_MARKED = re.compile(
    r"^\s*(?:\d{1,3}[.)]?\s+)?[^《》]{0,30}?《(?P<title>[A-Za-z0-9][^《》]{7,300}?)》"
)
_CORNER_QUOTED = re.compile(
    r"^\s*(?:\d{1,3}[.)]\s*)?[「『](?P<title>[A-Za-z0-9][^「」『』]{7,300}?)[」』]"
)


def _quoted(text: str, bold: list[str], links: list[Link]) -> Citation | None:
    match = QUOTED.search(text) or (
        _CORNER_QUOTED.search(text) if "「" in text or "『" in text else None
    )
    if match is None and "« " in text:
        match = _GUILLEMETS.search(text)
    if match is None and "《" in text:
        match = _BOOK_MARKED.search(text)
    if (
        match is not None
        and match.re in (_CORNER_QUOTED, _BOOK_MARKED)
        and mostly_cjk(match["title"])
    ):
        return None
    if match is not None and (chapter := _NAMES_CHAPTER.match(text[: match.start()])):
        # `Johnson and Reynolds Chap 1: "Introduction"`: a chapter of a book the course names
        return Citation(clean_title(match["title"]), chapter["names"], None, 0.75)
    if match is None or words(match["title"]) < 2 or match.start() > _QUOTE_WITHIN:
        return None
    if match["title"].rstrip().endswith((":", "：")):
        return None  # `"correct nepali grammar: "`: a prompt prefix quoted, never a title
    if _quote_within_title(text, match) or _quote_within_link(match, links):
        return None
    closed = text[match.end() : match.end() + 1] in ("", ",", ".", ":", ";") or bool(
        _YEAR_IN_BRACKETS.match(text, match.end())
    )
    # `Name (2023). "Short Title." *Venue*`: APA closes the title with its stop inside the quotes
    # and IEEE its comma: `Crossbow Inc., "MICAz Datasheet," 2006.`
    closed = closed or (match["title"].endswith((".", ",")) and _ANY_YEAR.search(text) is not None)
    if words(match["title"]) < 3 and not closed:
        return None  # `we establish the "telephone effect" - when …`: a phrase quoted in prose
    return _cited(text, match["title"], 0.75)


_ANY_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
_NAMES_CHAPTER = re.compile(
    r"^\s*(?P<names>[A-ZÀ-Þ][a-zà-ÿ'’\-]+(?:(?:,\s|\s(?:and|&)\s)[A-ZÀ-Þ][a-zà-ÿ'’\-]+)*)"
    r"\s+(?:Chap(?:ter)?\.?|Ch\.)\s*\d{1,2}[a-z]?\s*[:.,]?\s*$"
)
# `La "granjería de las perlas" en el Nuevo Mundo`: a phrase quoted inside a title, a word or two
# of it before the quotes and its lower-case run after them, with no stop between.
_RUN_ON_AFTER = re.compile(r"\s+[a-zà-ÿ]")
_WORDS_BEFORE = 3


def _quote_within_link(match: re.Match[str], links: list[Link]) -> bool:
    """`[La ciudad …: una mirada a las “Ciudades Educadoras”](…)`: a link's text that holds the
    quoted phrase at its end, run on from the words before it, is the title, the phrase a part of
    it (a citation in a link's text, `Day, F., et al. "Title." Journal (2016)`, is not)."""
    quoted = match[0].strip()
    for label, _ in links:
        before, found, after = label.partition(quoted)
        if found and before.strip() and before.rstrip()[-1].isalpha() and not after.strip(" ."):
            return True
    return False


def _quote_within_title(text: str, match: re.Match[str]) -> bool:
    before = text[: match.start()].strip()
    if not before or before[-1] in ".,:;)]" or len(before.split()) > _WORDS_BEFORE:
        return False
    return bool(_RUN_ON_AFTER.match(text, match.end())) and not looks_like_names(before)


_LEAD_NUMBER = re.compile(r"^\s*(?:\[\d{1,4}\]|\d{1,4}[.)])?\s*")


# `"Local-First Software" (Onward! 2019)`, `*Title* (2007/2008)`: a venue and year in brackets
# right after the title, as a citation (never a sentence) sets them.
_YEAR_IN_BRACKETS = re.compile(r"\s*\((?:[^()]{0,30}\s)?(?:19|20)\d{2}(?:/(?:19|20)?\d{2})?\)")
_FIRST_YEAR = re.compile(r"(?:19|20)\d{2}")  # of a first edition and its reprint, the first
# `Jones, *Title* (2007)`: one family name and a comma before the title.
_ONE_SURNAME = re.compile(r"[A-Z][\w'’\-]+,")


def _one_author(before: str, after: str) -> str:
    """The family name before an italic title, when a year in brackets follows it (`Jones,
    *Keeping Found Things Found* (2007)`): one word alone is a name only in that full shape."""
    if _ONE_SURNAME.fullmatch(before) and _YEAR_IN_BRACKETS.match(after):
        return before.rstrip(",")
    return ""


def _italicized(text: str, italic: Sequence[str], bold: Sequence[str] = ()) -> Citation | None:
    """`[33] Chefer et al., *Title*, CVPR 2021 — [link](…). Remarks …`: a reference list that sets
    its titles in italics, first in the entry or after the names only."""
    for span in italic:
        at = text.find(span)
        if at < 0 or span.rstrip().endswith((":", "：")):
            continue
        short = words(span) < 2 or len(span) < 8
        if short and not (_dated_names_before(text[:at], span) or _dated_word(text, at, span)):
            continue
        if bibtex_names(span):
            continue  # `**Title** *Huang, Yuzhen and Zhang, Jinghan*`: the names in italics
        before = _LEAD_NUMBER.sub("", text[:at]).strip(" *_")
        if before and _MARKER_ONLY.fullmatch(before):
            before = ""  # `🔵 *Title* - Name`: a bullet of the user's choosing, no words
        if before.endswith((":", "：")) and before[:-1].strip(" *_") in bold:
            before = ""  # `**Textbook**: *Title* by Name`: a bold label, no names
        if _TITLE_BEFORE_VENUE.search(before):
            # `Clark et al. (2003) Title of it. *Journal*`: the italics name the venue
            return _dated_title_before(before)
        rest = text[at + len(span) :].lstrip("*_")
        one = _one_author(before, rest)
        if before and not one and not _authors_before(before):
            continue
        found = _cited(text[: at + len(span) + 1 + _VENUE_REACH], span, 0.75, set_apart=True)
        found.authors = found.authors or one
        bracket = _YEAR_IN_BRACKETS.match(rest)
        if not found.year and bracket and (first := _FIRST_YEAR.search(bracket[0])):
            found.year = first[0]  # `(2007/2008)`
        if not found.year and (closing := _CLOSING_YEAR.search(rest)):
            found.year = closing["year"]  # `*Title*. 41st AIAA Thermophysics Conference. 2009.`
        if not before and found.authors:  # `*Title* - A. Name, B. Name, and C. Name`: all of them
            tail = text[at + len(span) :]
            after = _YEAR_AT_END.sub("", tail)  # `… - A, B, C (1982)`: the names, then the year
            if names := _authors_after(after, span):
                found.authors = names
                found.year = found.year or year_in(tail[len(after) :])
        return found
    return None


# The year in brackets after the names, then a title's words ending in a full stop: what italics
# after it set apart is the journal
_TITLE_BEFORE_VENUE = re.compile(r"\((?:19|20)\d{2}[a-z]?\)\.?\s+\S+(?:\s+\S+){2,}[.?!]$")
_NAMES_YEAR_TITLE = re.compile(
    r"^(?P<names>[^()]{2,200}?)\s\((?P<year>(?:19|20)\d{2})[a-z]?\)\.?\s+(?P<title>.{8,300}?)[.?!]?$"
)


def _dated_title_before(before: str) -> Citation | None:
    match = _NAMES_YEAR_TITLE.match(before)
    if match is None:
        return None
    names = match["names"].strip(" ,")
    if not (looks_like_names(names) or _ONE_ET_AL.fullmatch(names)):
        return None
    return Citation(clean_title(match["title"]), names, match["year"], 0.75)


_YEAR_CLOSED = re.compile(r"\s*\((?:19|20)\d{2}[,)]")


def _dated_word(text: str, at: int, span: str) -> bool:
    """`- *Pragmatics* (1983) — a note`: a work titled by one word, leading its item, its year
    in brackets right after it (the year's bracket may add a remark: `(1962, lectures)`)."""
    before = _LEAD_NUMBER.sub("", text[:at]).strip(" *_-•")
    rest = text[at + len(span) :].lstrip("*_")
    return (
        not before
        and len(span.strip()) >= 4
        and span[:1].isupper()
        and bool(_YEAR_CLOSED.match(rest))
    )


# `Georg Name (2012): _Aphorismen_, ed. by …`: the names and the year in brackets, then the work in
# italics: a one-word title is a book's there.
_NAMES_YEAR_COLON = re.compile(r"^(?P<names>[^()]{3,200}?)\s\((?:19|20)\d{2}[a-z]?\):\s*[*_]*$")


def _dated_names_before(before: str, span: str) -> bool:
    match = _NAMES_YEAR_COLON.match(_LEAD_NUMBER.sub("", before).strip(" "))
    return match is not None and len(span) >= 4 and looks_like_names(match["names"])


# The year that closes a reference entry, past a long venue.
_CLOSING_YEAR = re.compile(r"[.,]\s*(?P<year>(?:19|20)\d{2})\.?\s*$")
_YEAR_AT_END = re.compile(r"[\s,]*\((?:19|20)\d{2}\)\.?\s*$")
_MARKER_ONLY = re.compile(r"[^\w\s]{1,3}")
_VENUE_REACH = 40  # `, CVPR 2021 —`: the year is read near the title, never in the remarks after


def _bolded(text: str, bold: list[str], links: list[Link]) -> Citation | None:
    spans = [
        b
        for b in bold
        if words(b) >= 2
        and not b.rstrip().endswith((":", "："))
        and not _lead_in(text, b)
        and not _glued_on(text, b)
        and not _own_name(text, b)
        and not (links and _names_et_al(b))
    ]
    if not spans:
        return None
    title = _first_link_of(max(spans, key=len), links)
    if lead := _NAMES_YEAR_LEAD.match(title.strip()):
        return Citation(clean_title(lead["title"]), lead["names"], lead["year"], 0.8)
    return _cited(text, title, 0.7)


_LINK_GLUE = re.compile(r"[\s,;|·•()\[\]]+")


def _first_link_of(span: str, links: list[Link]) -> str:
    """`**[Title](…), [<img>](repo), [[🏆Leaderboard]](…)**`: a bold run over the title's link
    and its badges' links is the title's link text; the badges are no part of it."""
    span = span.strip()
    for label, _url in links:
        label = label.strip()
        if words(label) < 2 or not span.startswith(label):
            continue
        rest = span[len(label) :]
        for other, _ in links:
            if other.strip() and other.strip() != label:
                rest = rest.replace(other.strip(), "", 1)
        return label if rest and not _LINK_GLUE.sub("", rest) else span
    return span


_PERSON = re.compile(
    r"^(?:[A-Z][\w'’\-]+ [A-Z]{1,3}|(?:[A-Z]\.\s?)+[A-Z][\w'’\-]+|[A-Z][\w'’\-]+,\s(?:[A-Z]\.\s?)+)$"
)
_NAME_SEPARATOR = re.compile(r"^\s*(?:,|\band\b|&|ら|他)")


def _own_name(text: str, bold: str) -> bool:
    """`**Smith J**, Doe A, et al. Title. …`: a CV sets its owner's name in bold among the
    authors; a name followed by the next one (a comma, `and`) is no title."""
    at = text.find(bold)
    if at < 0 or words(bold) > 4 or not _NAME_SEPARATOR.match(text[at + len(bold) :]):
        return False
    if _PERSON.match(bold.strip()) or (mostly_cjk(bold) and len(bold.strip()) <= 4):
        return True  # `Iwasaki A`, `J. Smith`, `Smith, J.`, `岩崎`: a person's name, by its shape
    # `Okada D, **Iwasaki A** and …`: after another name, a bold name is one of the names
    return text[:at].rstrip(" *_").endswith(",") and looks_like_names(bold)


def _names_et_al(span: str) -> bool:
    """`**D. Name et al.**` before a linked title: the names set in bold, not the title."""
    lead = re.sub(r",?\s*et\.? al\.?$", "", span.strip(" ,"))
    return lead != span.strip(" ,") and looks_like_names(lead)


def _glued_on(text: str, bold: str) -> bool:
    """`a **Vision Transformer**-based model`: the bold runs on into a word, emphasis inside a
    sentence; a title set in bold ends where the bold does."""
    at = text.find(bold)
    after = text[at + len(bold) : at + len(bold) + 2] if at >= 0 else ""
    return len(after) == 2 and after[0] in "-‑‐" and after[1].isalpha()


def _lead_in(text: str, bold: str) -> bool:
    """`**Vision model training**: a discussion of …`: a bold lead-in, not a title."""
    at = text.find(bold)
    return at >= 0 and text[at + len(bold) :].lstrip(" *_")[:1] in (":", "：")


def _linked(text: str, bold: list[str], links: list[Link]) -> Citation | None:
    for label, url in links:
        if _DATA_FILE.search(url):
            continue  # `[530 code links](./links.csv)`: a table of data, no paper
        if not is_generic_label(label) and _wordy(label) and not label.startswith("http"):
            if _NAMES_VENUE_YEAR.match(label.strip()):
                return None  # `[Badre et al.; Neuron, 2005](…)`: a paper named without its title
            found = _label_piped(label) or _label_byline(label, url) or _label_year(label)
            found = found or _label_comma_person(label) or _label_dash_surnames(label)
            return found or label_names_then_title(label) or _cited(text, label, 0.7)
    return None


def label_names_then_title(label: str) -> Citation | None:
    """`[Omer Raz, Dror Chawin, Uri B. Rom. The Title: A Dataset of …](…)`: a notes page's link
    names the authors, a stop, then the title to the link's end (no venue, no year)."""
    label = " ".join(label.split())
    for stop in NAMES_STOP.finditer(label, 0, 300):
        names, title = label[: stop.start()], label[stop.end() :].rstrip(". ")
        if "." in names[-3:] or not looks_like_names(names) or "," not in names + " ,":
            continue
        if words(title) >= 3 and not _SENTENCE_INSIDE.search(title):
            return Citation(clean_title(title), names, None, 0.65)
        return None
    return None


_SENTENCE_INSIDE = re.compile(r"[a-z]{2}\.\s+[A-Z]")


def _all_one_link(text: str, links: list[Link]) -> bool:
    return bool(links) and text.lstrip("-*• ").strip() == links[0][0].strip()


# `Miller & Cohen; Annu. Rev. Neurosci., 2001`, `Badre et al.; Neuron, 2005`: a reading list names a
# paper by its authors' family names, its journal and its year, and links it; no title is given
_NAMES_VENUE_YEAR = re.compile(
    r"^[A-ZÀ-Þ][\w'’\-]+(?:(?:,\s|\s(?:&|and)\s)[A-ZÀ-Þ][\w'’\-]+)*(?:\set\.?\sal\.?)?[;,]\s"
    r"[A-Z][\w.&\- ]{1,60}?,?\s(?:19|20)\d{2}$"
)
# `[Memory in the Cerebral Cortex, Joachin Fuster](…)`: a book's title, then its author's name
_TITLE_COMMA_PERSON = re.compile(
    r"^(?P<title>.{8,300}?),\s(?P<name>[A-ZÀ-Þ][a-zà-ÿ'’\-]+(?:\s[A-ZÀ-Þ]\.)?\s[A-ZÀ-Þ][a-zà-ÿ'’\-]+)$"
)


def _label_comma_person(label: str) -> Citation | None:
    match = _TITLE_COMMA_PERSON.match(label.strip())
    if match is None or words(match["title"]) < 3 or not looks_like_names(match["name"]):
        return None
    if _NO_PERSON.search(match["name"]):
        return None  # `…, Third Edition`, `…, Oxford Press`
    return Citation(clean_title(match["title"]), match["name"], None, 0.7)


_NO_PERSON = re.compile(r"\b(?:Edition|Volume|Press|Series|Books?|Publishing|University)$")

# `[Deep Learning - Goodfellow, Bengio & Courville](…)`, `["Title" - Efron & Hastie](…)`: a book
# list's link names the book, a dash, then its authors' family names.
_SURNAME = r"[A-ZÀ-Þ][a-zà-ÿ'’]+(?:-[A-ZÀ-Þ][a-zà-ÿ'’]+)?"
_TITLE_DASH_SURNAMES = re.compile(
    rf"^[\"“]?(?P<title>[^\"“”]{{4,200}}?)[\"”]?\s[-–—]\s(?P<names>{_SURNAME}(?:(?:,\s|\s(?:&|and)\s)"
    rf"{_SURNAME})*)$"
)
# One word after a page's title that is no family name: the site's or the page's kind.
_NOT_A_SURNAME = frozenset(
    ("wikipedia", "youtube", "medium", "github", "overview", "introduction", "summary", "slides",
     "video", "notes", "online", "book", "course", "lecture", "tutorial", "review", "home",
     "homepage", "blog", "paper", "preprint", "abstract", "website", "part", "chapter", "solutions")
)  # fmt: skip


def _label_dash_surnames(label: str) -> Citation | None:
    match = _TITLE_DASH_SURNAMES.match(" ".join(label.split()))
    if match is None or words(match["title"]) < 2 or _ANY_YEAR.search(match["title"]):
        return None  # `Angeletos & Werning 2006 - Crises and Prices`: names and year, then title
    names = match["names"]
    if " " not in names and (names.casefold() in _NOT_A_SURNAME or is_generic_label(names)):
        return None
    if _NO_PERSON.search(names):
        return None
    return Citation(clean_title(match["title"]), names.replace(", ", " and "), None, 0.7)


# `[Think Python |Allen B. Downey|](…)`, `[Title |Cambridge Univ. Press. 2008|](…)`: a resources
# page sets the authors (or the publisher and year) between bars inside the link's text.
_LABEL_PIPED = re.compile(r"^(?P<title>[^|]{4,300}?)\s*\|\s*(?P<rest>[^|]{2,160}?)\s*\|$")


def _label_piped(label: str) -> Citation | None:
    match = _LABEL_PIPED.match(label.strip())
    if match is None or not _wordy(match["title"]):
        return None
    rest = match["rest"].rstrip(" .")
    names = rest if looks_like_names(rest) else ""
    return Citation(clean_title(match["title"]), names, year_in(rest), 0.7)


# `[Title, 2021, NIPS](…)`, `[Title, 2020, Journal of X](…)`: the link's text names the paper,
# then its year and maybe its venue after commas.
_LABEL_YEAR = re.compile(
    r"^(?P<title>.{8,300}?),\s*(?P<year>(?:19|20)\d{2})(?:,\s*(?P<venue>[^,]{2,120}?))?\s*$"
)


def _label_year(label: str) -> Citation | None:
    match = _LABEL_YEAR.match(label.strip())
    if match is None or words(match["title"]) < 3:
        return None
    return Citation(clean_title(match["title"]), "", match["year"], 0.7)


# `[Chord: A scalable lookup service - Frans Kaashoek](…)`: a note names the paper and, after a
# dash, the person who wrote it (or gave the talk).
_DASH_PERSON = re.compile(
    r"^(?P<title>.{8,300}?)\s+[-–—]\s+(?P<name>[A-Z][\w'’\-]+(?:\s[A-Z][\w'’.\-]*){1,2})$"
)


def _label_byline(label: str, url: str) -> Citation | None:
    match = _DASH_PERSON.match(label.strip())
    if match is None or words(match["title"]) < 3 or not looks_like_names(match["name"]):
        return None
    name = "".join(ch for ch in match["name"].casefold() if ch.isalnum())
    if name in "".join(ch for ch in url.casefold() if ch.isalnum()):
        return None  # `Title - Hugging Face` at huggingface.co: the site, no person
    return Citation(clean_title(match["title"]), match["name"], None, 0.7)


# `[[PAPER]](https://arxiv.org/abs/…) Title, ICCV 2017`: a reference list tags each entry's link
# with its kind (`[BLOG]`, `[GITHUB]` too) and writes the title, maybe the venue, after it.
_PAPER_TAGS = {"paper", "pdf", "arxiv", "论文", "論文", "논문"}
_AFTER_TAG = re.compile(
    r"^\s*(?P<title>[^\s,].{6,300}?)(?:,\s*(?P<venue>[A-Z][\w&.\- ]{1,40}?)\s+"
    r"(?P<year>(?:19|20)\d{2}))?\.?$"
)


def _after_paper_tag(text: str, bold: list[str], links: list[Link]) -> Citation | None:
    if not links or not text.startswith(label := links[0][0]):
        return None
    if label.strip("[]【】 ").casefold() not in _PAPER_TAGS:
        return None
    match = _AFTER_TAG.match(text[len(label) :])
    if match is None or not _wordy(match["title"]) or match["title"].lstrip()[:1] in "[【":
        return None  # `[paper] [code] [bibtex]`: a row of links, no title after the first
    return Citation(clean_title(match["title"]), "", match["year"], 0.65)


_DATA_FILE = re.compile(r"\.(?:csv|tsv|xlsx?|json|jsonl|zip|tar\.gz|tgz)(?:[?#].*)?$", re.I)


def _wordy(label: str) -> bool:
    """Two words or more; a Chinese or Japanese title writes none apart: eight characters."""
    return words(label) >= 2 or (len(label) >= 8 and mostly_cjk(label))


def by_line(text: str, bold: list[str], links: list[Link]) -> Citation | None:
    match = _BY.match(re.sub(r"^\s*[■●▪•]\s*", "", text))
    if match is None or not looks_like_names(match["authors"]) or words(match["title"]) < 2:
        return None
    if re.search(r"\d", match["authors"]):
        return None  # `Improving Language Understanding by Generative Pre-Training GPT1`
    return Citation(clean_title(match["title"]), match["authors"], year_in(text), 0.7)


# `2. Title Authors: A Name, B Name` and `Title 作者：A, B`: a table of contents one paper a line.
_INLINE_AUTHORS = re.compile(
    r"^(?:\[\d+\]|\d{1,3}[.)])?\s*(?P<title>.{8,300}?)\s+(?:Authors?|作者|著者|저자)\s*[:：]\s*"
    r"(?P<authors>.+?)\s*$"
)
# `[1] arXiv:1411.1854v2 | Title`, `2401.01234 - Title`, `### 2509.00366 Title`: an identifier,
# then the title.
ID_THEN_TITLE = re.compile(
    r"^(?:\[\d+\]|\d{1,3}[.)])?\s*(?:arXiv\s*:\s*)?(?:\d{4}\.\d{4,5}|[a-z\-]+(?:\.[A-Z]{2})?/\d{7})"
    r"(?:v\d+)?(?:\s*[|｜:–—]\s*|\s+(?=[A-Z]))(?P<title>[^|｜]{8,300}?)\s*$",
    re.IGNORECASE,
)


# Google Scholar's line of names, venue, year and host, and the title after it:
# `A Khurshid, J Scharcanski - Sensors, 2020 - mdpi.com. Title of the paper. mdpi.com`.
_SCHOLAR_THEN_TITLE = re.compile(
    r"^(?:\[\d+\]|\d{1,3}[.)])?\s*(?P<names>[^\-–]{3,300}?)\s+[-–]\s+(?:[^\-–]{0,120}?,\s*)?"
    r"(?P<year>(?:19|20)\d{2})\s+[-–]\s+\S+?\.\s+(?P<title>[^.]{8,300}?[^.\s])\.(?:\s+\S+)?"
    r"(?:\s+Cited by \d+)?\s*$"
)


def _scholar_then_title(text: str, bold: list[str], links: list[Link]) -> Citation | None:
    match = _SCHOLAR_THEN_TITLE.match(text)
    if match is None or not looks_like_names(match["names"]) or words(match["title"]) < 3:
        return None
    return Citation(clean_title(match["title"]), match["names"], match["year"], 0.6)


def _labelled_authors(text: str, bold: list[str], links: list[Link]) -> Citation | None:
    match = _INLINE_AUTHORS.match(text)
    if match is None or words(match["title"]) < 2 or not _named_by_label(match["authors"]):
        return None  # the label says they are names: `Victor R\\"uhle` too
    return Citation(clean_title(match["title"]), match["authors"], year_in(text), 0.7)


def _named_by_label(text: str) -> bool:
    return 2 <= len(text) <= 1000 and "http" not in text and text[:1].isupper()


def identified(text: str, bold: list[str], links: list[Link]) -> Citation | None:
    match = ID_THEN_TITLE.match(text)
    if match is None or words(match["title"]) < 2:
        return None
    title, authors, year = match["title"], "", None
    if cited := _CITED_AFTER.search(title):  # `… Title (Cemri et al., UC Berkeley, 2025-03)`
        authors = _authors_after(cited[0])
        if authors or _YEAR_ALONE.fullmatch(cited[0].strip()):  # not `(Master's thesis, 2015)`
            title, year = title[: cited.start()], year_in(cited[0])
    return Citation(clean_title(title), authors, year, 0.7)


# The names and the year (or the year alone) in brackets closing an `id — Title` line.
_YEAR_ALONE = re.compile(r"\((?:19|20)\d{2}(?:-(?:0[1-9]|1[0-2]))?\)")
_CITED_AFTER = re.compile(r"\s*\([^()]{0,120}\b(?:19|20)\d{2}(?:-(?:0[1-9]|1[0-2]))?\)\s*$")


# `… Leskovec. node2vec: …`, and Chicago's `… Woessmann. 2009. Title`
NAMES_STOP = re.compile(r"(?<=[^\W\d_]{2})\.\s+(?=[A-Za-z\"“]|(?:19|20)\d{2}[a-z]?\.\s)")
# APA dates a dated work to the day: `(2016, 17 februari).`, `(2019, May 7).`, `(2019, February).`
_APA = re.compile(
    r"^(?P<authors>.{3,300}?)\s*\((?P<year>(?:19|20)\d{2})[a-z]?(?:,\s*(?P<when>[^\W\d_]{3,12}\.?"
    r"(?:\s+\d{1,2})?|\d{1,2}\.?\s+(?:de\s+)?[^\W\d_]{3,12}\.?))?\)\.\s+(?P<rest>.+)$"
)
# What follows the date of a work APA cites without an author, its title where the names go:
# `The Harbour Manifesto 2.0. (2009, May 29). Retrieved February 24, 2010, from https://…`
_AFTER_AN_UNSIGNED_TITLE = re.compile(r"^(?:Retrieved|Available|Accessed)\b|^In\s+[A-Z]")


def _unsigned(before: str, after: str) -> bool:
    """No names before an APA date but a title: a retrieval or a host work after the date."""
    return (
        bool(_AFTER_AN_UNSIGNED_TITLE.match(after))
        and words(before) >= 2
        and (not _names_or_et_al(before.rstrip(".")))
    )


# APA's description of what a work is, after its title: `[Book]`, `[Boek]`, `[Blog post]`.
_DESCRIPTION = re.compile(r"\s*\[[^\W\d_]+(?:\s[^\W\d_]+){0,2}\]$")
# A title ends at a full stop (a venue follows: `In Proceedings`, `arXiv preprint`, `Nature`), or
# at `?` / `!` before a capital (`Don't walk, skip! online learning …` goes on). `.In` is a stop
# pasted without its space, and so is one before a journal's name (`… english.Canadian Journal`).
# A Roman numeral after a word (`Photosystem I.`, `Part II.`) is no initial: its stop ends it,
# and so does an acronym's of three capitals or more (`… in the era of JWST.`).
_SENTENCE = re.compile(
    r"^(?P<title>.{8,300}?(?:[^A-Z\s]|(?<=[a-z]\s)(?:I{1,3}|IV|VI{0,3})|(?<=\s[A-Z]{2})[A-Z]+)"
    r"(?:\.|[?!](?=\s+[A-Z\"“(\[]|\s*$)))"
    r"(?:\s+|$|(?=In\s)|(?<=[a-z]{2}\.)(?=[A-Z][a-z]+\s[A-Z]))"
)
# What a citation may say before its names: `Paper:`, `论文：`, `Reference:`.
_LEAD_LABEL = re.compile(r"^\s*[\w\s]{1,20}?[:：]\s+(?=\S)")
# `… (arXiv:2601.13295)` after an APA title: the identifier, not part of the title.
_ID_IN_BRACKETS = re.compile(r"\s*\((?:arXiv\s*:\s*\S+|doi\s*:\s*\S+|\d{4}\.\d{4,5}(?:v\d+)?)\)")
_ANY_ID = re.compile(
    r"\barXiv\s*[:.]?\s*\d{4}\.\d{4,5}|\b10\.\d{4,9}/\S+|arxiv\.org/abs/", re.IGNORECASE
)


# Reading lists that name a paper by its title, then its authors' family names and the year:
# `Goto Statement Considered Harmful. Dijkstra (1968).`, `Mamba: … State Spaces Gu & Dao · 2023`,
# `Lost in the Middle: … Liu et al. (TACL 2024) · 2023`.
_SURNAMES = (
    r"(?P<names>[A-Z][\w'’\-]+(?:(?:,\s*|\s*(?:&|\band\b)\s*)[A-Z][\w'’\-]+){0,3}"
    r"(?:,?\s+et\.?\s*al\.?)?)"
)
# `**Rimmer et al. (2018), Title.**`: a note's bold lead cites the names and the year, then the
# title after a comma, a stop or a colon.
_NAMES_YEAR_LEAD = re.compile(
    rf"^{_SURNAMES}\s*\((?P<year>(?:19|20)\d{{2}})[a-z]?\)\s*[,.:：]\s*(?P<title>\S.{{2,300}})$"
)
# `Sein et al. (2011) - Action Design Research`, `- [ ] Tripp (2005) - Title`: a note's list names
# the paper by its authors and year, then a dash and the title. A remark of three words or fewer
# (`Baskerville (1996) - SI e pesquisa-ação`) is the topic the writer filed it under, unless the
# item is on a checklist of papers to read (`[ ]`, `[x]`).
_NAMES_YEAR_DASH = re.compile(
    rf"^(?P<task>\[[ xX]\]\s*)?{_SURNAMES}\s*\((?P<year>(?:19|20)\d{{2}})[a-z]?\)\s*[-–—]\s*"
    r"(?P<title>\S.{2,300}?)(?:\s*\([a-zà-ÿ]+(?: [a-zà-ÿ]+)?\))?$"
)
TOPIC_WORDS = 3


def names_year_dash(text: str, bold: list[str], links: list[Link]) -> Citation | None:
    match = _NAMES_YEAR_DASH.match(text.strip())
    if match is None or (not match["task"] and words(match["title"]) <= TOPIC_WORDS):
        return None
    if match["title"][:1].islower():
        return None  # `Smith (2020) - a talk I liked`: a remark, no title
    return Citation(clean_title(match["title"]), match["names"], match["year"], 0.7)


_TITLE_DOT_SURNAMES_YEAR = re.compile(
    rf"^(?P<title>.{{8,300}}?[^\s.A-Z])\.\s+{_SURNAMES}\s*\((?P<year>(?:19|20)\d{{2}})\)\.?$"
)
_TITLE_SURNAMES_DOT_YEAR = re.compile(
    rf"^(?P<title>.{{8,300}}?)\s+{_SURNAMES}(?:\s*\([^()]{{1,40}}\))?\s*·\s*"
    r"(?P<year>(?:19|20)\d{2})$"
)


# A key-papers list: `Title, Mnih et al, 2013. Algorithm: DQN.`, `Title, Hausknecht and Stone,
# 2015.`: the title, one name (with `et al` or a second one), the year, maybe a remark after it.
# The names hold no comma, so a title that holds one (`Predictable, Empirically`) stays whole.
_TITLE_COMMA_NAMES_YEAR = re.compile(
    r"^(?:\[\d{1,4}\]|\d{1,3}[.)])?\s*(?P<title>.{8,300}),\s+"
    r"(?P<names>[A-Z][\w'’\-]+(?:\s+et\.?\s*al\.?|\s*(?:&|\band\b)\s*[A-Z][\w'’\-]+)?)"
    r",?\s+(?P<year>(?:19|20)\d{2})\b\.?(?:\s+\S.*)?$"
)

# A reading list of titles and years only: `Deep Residual Learning (2016)`, `Title. 2017.`
_TITLE_YEAR = re.compile(
    r"^(?P<title>[^()]{8,200}?[^\s.(])(?:\s*\((?P<paren>(?:19|20)\d{2})\)|\.\s+(?P<dot>(?:19|20)\d{2}))\.?$"
)


_SENTENCE_BREAK = re.compile(r"[.!?]\s+\S")
REMARK_OPENERS = {"i", "we", "it", "this", "they", "you", "he", "she", "our", "my", "read",
                   "see", "todo", "note"}  # fmt: skip


def _remark(title: str) -> bool:
    """`This is great. Smith (2020).`: sentences or the user's own words, no title."""
    return bool(_SENTENCE_BREAK.search(title)) or title.split()[0].lower() in REMARK_OPENERS


def title_and_year(text: str) -> Citation | None:
    text = re.sub(r"^\s*(?:[-*•]|\d{1,3}[.)])\s+", "", text).strip()
    match = _TITLE_YEAR.match(text)
    if match is None or words(match["title"]) < 3 or _SENTENCE_BREAK.search(match["title"]):
        return None  # `I read it in 2017. It was great (2017).`: sentences, no title
    if match["title"].split()[0].lower() in REMARK_OPENERS:
        return None  # `- We met at the workshop (2019)`: the user's own remark
    return Citation(clean_title(match["title"]), "", match["paren"] or match["dot"], 0.55)


def title_then_surnames(text: str, bold: list[str], links: list[Link]) -> Citation | None:
    text = re.sub(r"^\s*(?:[-*•]|\d{1,3}[.)])\s+", "", text).strip()
    for shape in (_TITLE_DOT_SURNAMES_YEAR, _TITLE_SURNAMES_DOT_YEAR):
        if (
            (match := shape.match(text))
            and words(match["title"]) >= 2
            and not _remark(match["title"])
        ):
            names = re.sub(r",?\s+et\.?\s*al\.?$", "", match["names"])
            # The shape holds family names only: `Ziv, Lempel` is two people, not `Family, Given`.
            names = re.sub(r"\s*,\s*", " and ", names)
            return Citation(clean_title(match["title"]), names, match["year"], 0.6)
    return None


def title_names_year(text: str, bold: list[str], links: list[Link]) -> Citation | None:
    """`Title, Mnih et al, 2013. Algorithm: DQN.`: a title, its first author's name and a year."""
    match = _TITLE_COMMA_NAMES_YEAR.match(text.strip())
    if match is None or words(match["title"]) < 2 or _remark(match["title"]):
        return None
    if date_in(f"1 {match['names']} {match['year']}"):
        return None  # `Volume 48, Issue 1-4, June 2022`: a month, no name
    if match["names"].isupper() or re.search(r"\bet\.?\s*al\b", match["title"]):
        return None  # `Title, Okafor et al., MICRO 2019`: a venue's acronym, names before it
    names = re.sub(r",?\s+et\.?\s*al\.?$", "", match["names"])
    return Citation(clean_title(match["title"]), names, match["year"], 0.6)


# `A Name, B Name, …, Title of the paper, https://arxiv.org/abs/2203.02155.`: names in full, the
# title, then the paper's link; a long list may skip names (`...`, `et al. (300+ more)`).
_THEN_LINK = re.compile(r"^(?P<body>.{20,1500}?),\s+(?P<url>https?://\S+?)[.,;]?(?:,\s.*)?$")
_SKIPPED = re.compile(r"^(?:\.{3}|…)?\s*(?:et\.?\s*al\.?)?\s*(?:\([^()]*\))?$")


def names_title_link(text: str, bold: list[str], links: list[Link]) -> Citation | None:
    """Names, one a comma-separated part, then the title, then the paper's own link."""
    match = _THEN_LINK.match(text.strip())
    if match is None:
        return None
    ids = find_identifiers("", [match["url"]])
    if not (ids.arxiv_id or ids.doi):
        return None
    parts = [part.strip() for part in match["body"].split(", ")]
    names = 0
    while names < len(parts) and (_one_name(parts[names]) or _SKIPPED.match(parts[names])):
        names += 1
    title = ", ".join(parts[names:])
    people = [part for part in parts[:names] if not _SKIPPED.match(part)]
    if len(people) < 2 or words(title) < 3 or looks_like_names(title):
        return None
    return Citation(clean_title(title), ", ".join(people), None, 0.55)


def _one_name(part: str) -> bool:
    return 2 <= words(part) <= 4 and looks_like_names(part) and len(split_names(part)[0]) == 1


# `Identity Mappings in Deep Residual Networks. Kaiming He, Xiangyu Zhang. arXiv1603.05027 (2016)`:
# the title first, then the names, then where and when.
_TITLE_FIRST = re.compile(
    r"^(?:\[\d+\]|\d{1,3}[.)])?\s*(?P<title>.{8,300}?[^\s.A-Z])\.\s+(?=[A-Z])"
)


# A question closes a title as a full stop does: `Is it clinically significant? Erill S. Lancet`.
_QUESTION_FIRST = re.compile(
    r"^(?:\[\d+\]|\d{1,3}[.)])?\s*(?P<title>.{8,300}?[^\s.][?!])\s+(?=[A-Z])"
)
# Vancouver's names end in an initial without its dot: `Schulz KF, Grimes D. Lancet 2002`.
_INITIAL_STOP = re.compile(r"(?<=[^\W\d_]{2} [A-Z])\.\s+(?=[A-Z])")
_VANCOUVER_NAME = re.compile(r"^[A-Z][\w'’\-]+(?: [A-Z][\w'’\-]+)* [A-Z]{1,3}$")


def title_then_names(text: str) -> Citation | None:
    """A reference that puts its title before its names, and a year after them."""
    text = text.strip()
    for pattern in (_TITLE_FIRST, _QUESTION_FIRST):
        match = pattern.match(text)
        if match is None or words(match["title"]) < 2 or re.match(r"[A-Z]\.\s", match["title"]):
            continue  # `A. Smith and B. Jones. Title. …` puts its names first
        if cited := _names_then_year(match["title"], text[match.end() :]):
            return cited
    return None


def _names_then_year(title: str, rest: str) -> Citation | None:
    stops = sorted(
        [(stop, False) for stop in NAMES_STOP.finditer(rest, 0, 402)]
        + [(stop, True) for stop in _INITIAL_STOP.finditer(rest, 0, 402)],
        key=lambda pair: pair[0].start(),
    )
    for stop, at_initial in stops:
        names = rest[: stop.start()].strip()
        if at_initial and not all(map(_VANCOUVER_NAME.match, split_names(names)[0])):
            continue  # `K. Benson, A. J. Hartz.`: an initial there opens a name
        if looks_like_names(names) and (year := year_in(rest[stop.end() :])):
            return Citation(clean_title(title), names, year, 0.6)
    return None


# `1. Title. In AAAI 2019.`, `Title. In Proceedings of EMNLP, 2020.`: a numbered list of titles
# with where they appeared, no names.
_TITLE_IN_VENUE = re.compile(
    r"^(?:\[\d+\]|\d{1,3}[.)])?\s*(?P<title>.{8,300}?[^\s.A-Z])\.\s+In\s+(?=[A-Z])"
    r"(?P<venue>[^.]{2,120}?),?\s+(?P<year>(?:19|20)\d{2})\.?$"
)


def title_in_venue(text: str, bold: list[str], links: list[Link]) -> Citation | None:
    match = _TITLE_IN_VENUE.match(text.strip())
    if match is None or words(match["title"]) < 3 or _remark(match["title"]):
        return None
    return Citation(clean_title(match["title"]), "", match["year"], 0.6)


def _title_names_venue(text: str, bold: list[str], links: list[Link]) -> Citation | None:
    return title_then_names(text)


def _names_or_et_al(names: str) -> bool:
    return looks_like_names(names) or _ONE_ET_AL.fullmatch(names) is not None


def reference(text: str, bold: list[str], links: list[Link]) -> Citation | None:
    """A bibliography entry: `A. Smith and B. Jones. Title. Venue, 2024.` or, APA,
    `Smith, A., Jones, B. (2017). Title. Venue.` The names end where a list of names can end;
    `Smith et al.` names too, and an identifier after the title stands in for a year."""
    text = re.sub(r"^\s*(?:\[\d+\]|\d{1,3}[.)])\s*", "", text).strip()
    labelled = _LEAD_LABEL.sub("", text, count=1)
    for candidate in dict.fromkeys((text, labelled)):
        if found := _reference_of(candidate):
            return found
    return None


# Springer's LNCS style parts the names from the title by a colon: `Sun, X., Li, Q.: Title.
# Venue (2018)`; the names end at an initial.
_LNCS = re.compile(r"^(?P<names>[^:]{3,400}?\b[A-Z]\.)\s*:\s+(?P<rest>\S.+)$")


def _lncs(text: str) -> Citation | None:
    if ".:" not in text and ". :" not in text:
        return None
    match = _LNCS.match(text)
    if match is None or not _names_or_et_al(match["names"]):
        return None
    title = _SENTENCE.match(match["rest"])
    if title is None or words(title["title"]) < 3:
        return None
    year = year_in(match["rest"][title.end() :])
    return Citation(_reference_title(title["title"]), match["names"], year, 0.55) if year else None


def _reference_of(text: str) -> Citation | None:
    if found := _lncs(text):
        return found
    if match := _APA.match(text):
        title = _SENTENCE.match(match["rest"])
        names = match["authors"].strip(" ,")
        if names.lower().rstrip(".") in ANONYMOUS:
            names = ""  # `Anónimo (2010). Title.`: APA's author of a work nobody signed
        if title and (
            not names or _names_or_et_al(names.rstrip(".") if "et al" in names else names)
        ):
            whole = _exclaimed_subtitle(match["rest"], title["title"]) or title["title"]
            whole = _DESCRIPTION.sub("", whole.rstrip(". "))
            date = apa_date(match["year"], match["when"])
            date = published_day(match["rest"], date) or date
            return Citation(_reference_title(whole), names, date, 0.55)
        if _unsigned(names, match["rest"]):  # APA's work without an author
            date = apa_date(match["year"], match["when"])
            return Citation(_reference_title(names.rstrip(". ")), "", date, 0.5)
        return None
    # Names run 400 characters at most (see looks_like_names): stops past that end no names.
    for stop in NAMES_STOP.finditer(text, 0, 402):  # not after an initial
        names = text[: stop.start()].strip()
        if not _names_or_et_al(names if " et al" not in names else names + "."):
            continue
        rest = text[stop.end() :]
        if dated := _DATED_AFTER_NAMES.match(rest):  # Chicago's `Names. 2009. Title. …`
            rest = rest[dated.end() :]
        title = _SENTENCE.match(rest)
        if title is None or words(title["title"]) < 2:
            continue
        after = rest[title.end() :]
        year = dated["year"] if dated else year_in(after)
        if words(title["title"]) < 3 and not (year and _PUBLISHER_YEAR.match(after)):
            continue  # `I. Goodfellow, Y. Bengio. Deep Learning. MIT Press, 2016.` only
        if year:
            whole = _exclaimed_subtitle(rest, title["title"]) or title["title"]
            return Citation(_reference_title(whole), names, year, 0.55)
        if _ANY_ID.search(after):  # `Smith et al. Title. arXiv. https://doi.org/10.48550/…`
            return Citation(_reference_title(title["title"]), names, None, 0.55)
        if is_generic_label(after.strip(" .")) and after.strip(" ."):
            # `M. Deisenroth, A. Faisal. Title. [URL](…)`: a book list links what it names
            return Citation(_reference_title(title["title"]), names, None, 0.5)
    return None


# `. MIT Press, 2016.`, `. Springer, 2006`: a book's publisher and year after its title.
_PUBLISHER_YEAR = re.compile(r"^\.?\s*[A-Z][\w&.\- ]{1,40},\s(?:19|20)\d{2}\b")


# Linguistics' and the humanities' `Names Year: Title. Venue` (`Bartens, Raija 1970: On the
# Temporal Forms in Mordvin. FUF …`), the names perhaps with their spelling in another script in
# brackets (`Alâmkin, N. S. (Алямкин, Н. С.) 1975: Title / Н. С. Алямкин // Venue`): the year and
# its colon part names from title; the title ends at its stop, or at the ` / ` or ` // ` after
# which GOST names its authors again and the venue, or at a translation in square brackets.
_YEAR_COLON = re.compile(
    r"^(?P<names>[^\d:()\[\]]{2,200}?)(?P<spelt>\s*\([^()\d]{2,80}\))?\s+"
    r"(?P<year>(?:1[6-9]|20)\d{2})[a-h]?\s*:\s+(?P<rest>[^\s\"“].+)$"
)
_GOST_OR_TRANSLATION = re.compile(r"\s+(?://?|\[)\s*")
_ONE_SURNAME_ONLY = re.compile(r"[A-Z][\w'’\-]+")


# The natural sciences' German manner: `FORMAN, R. T. T. (1995): Title. 632 p.; Cambridge (…)`,
# `TROLL, C. (1950): Title. – Studium Generale, 3: 163-181.`, `… (2012): Title. In: Editors …`
_PAREN_YEAR_COLON = re.compile(
    r"^(?P<names>[^\d:()\[\]]{2,200}?)\s+\((?P<year>(?:1[6-9]|20)\d{2})[a-h]?\)\s*:\s+"
    r"(?P<rest>[^\s\"“].+)$"
)
# Where such a title ends: a spaced dash before its venue, `In:` before the book it is in, its
# pages or edition (`. 632 p.`, `. 2. Aufl.`), or a semicolon before the place.
_PAREN_TITLE_END = re.compile(r"\s[–—]\s|[.,]?\s+In:\s|\.\s+\d|;\s")


def _paren_year_colon(text: str, italic: Sequence[str]) -> Citation | None:
    match = _PAREN_YEAR_COLON.match(text)
    if match is None or not looks_like_names(names := match["names"].strip(" ,")):
        return None
    rest = match["rest"]
    if set_apart := next((span for span in italic if rest.startswith(span)), None):
        title = set_apart  # `Name (2024): _Title_, Berlin: Verlag`: the italics are the title
    elif end := _PAREN_TITLE_END.search(rest):
        title = rest[: end.start()]
    else:
        return None  # no mark says where the title ends
    title = title.strip(" .*_")
    return Citation(_reference_title(title), names, match["year"], 0.6) if title else None


def year_colon(text: str, italic: Sequence[str] = ()) -> Citation | None:
    """`Names Year: Title`; a title set in italics right after the colon is the title whole
    (`… 1930: *Звуки … с. Козловки.*`: an abbreviation's stop inside it ends nothing); and
    `NAMES (Year): Title. – Venue`."""
    if ":" not in text:
        return None
    if (match := _YEAR_COLON.match(text)) is None:
        return _paren_year_colon(text, italic) if ")" in text else None
    names = match["names"].strip(" ,")
    # one word is a name only beside its spelling in another script (`Bubrix (Бубрих, Д. В.)`):
    # `LAGB 2024: Annual Meeting` is an event's
    one = match["spelt"] is not None and _ONE_SURNAME_ONLY.fullmatch(names) is not None
    if not (looks_like_names(names) or one):
        return None
    rest = match["rest"]
    if set_apart := next((span for span in italic if rest.startswith(span)), None):
        whole = set_apart.strip(" .*_")
    else:
        if cut := _GOST_OR_TRANSLATION.search(rest):
            rest = rest[: cut.start()]
        title = _SENTENCE.match(rest)
        whole = (title["title"] if title else rest).strip(" .*_")
    if words(whole) < 2:
        return None
    return Citation(_reference_title(whole), names, match["year"], 0.6)


_DATED_AFTER_NAMES = re.compile(r"(?P<year>(?:19|20)\d{2})[a-z]?\.\s+(?=[A-Z\"“‘])")


def _reference_title(title: str) -> str:
    return clean_title(_TRAILING_ID.sub("", _ID_IN_BRACKETS.sub("", title)))


# `… Identity in LDP. arXiv:2603.18043`: a title ending in a capital runs past its stop (an
# initial's stop is no title's end) up to the identifier after it, which is no part of it.
_TRAILING_ID = re.compile(r"[.,]?\s+(?:arXiv\s*:\s*|doi\s*:\s*|https?://)\S+$", re.IGNORECASE)
# `Title Are Smelly! Towards Improving … Descriptions. arXiv:2602.14878.`: words after a `!` or
# `?` that run to a stop right before the identifier are the title's own; a venue there would
# hold digits, commas or open with `In`, `Proceedings`, `Journal`.
_SUBTITLE_TO_ID = re.compile(
    r"\s+(?!In\s|Proc|Journal|Advances|Transactions|Conference|arXiv)(?P<more>[A-Z][^\d,.!?]{8,200}?)"
    r"\.\s+(?=arXiv\s*:|doi\s*:|https?://)",
    re.IGNORECASE,
)


# `Was It Wrong? A Theory of Something. Quarterly Journal of Economics 124 (2): 531-96.`: words
# after the `?` that run to a stop right before a journal's name and volume are the title's own.
_SUBTITLE_TO_VOLUME = re.compile(
    r"\s+(?!In\s|Proc|Journal|Advances|Transactions|Conference|arXiv)"
    r"(?P<more>[A-Z][^\d,.!?]{8,200}?)\.\s+(?=[A-Z][^\d,;:]{2,120}?\s\d{1,4}\s?[(:,])"
)


def _exclaimed_subtitle(rest: str, title: str) -> str | None:
    if title[-1:] not in "!?":
        return None
    more = _SUBTITLE_TO_ID.match(rest, len(title)) or _SUBTITLE_TO_VOLUME.match(rest, len(title))
    return f"{title} {more['more']}" if more else None
