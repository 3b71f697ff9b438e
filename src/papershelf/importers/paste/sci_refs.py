"""Reference lists in the citation styles of the sciences, read one entry at a time.

- Vancouver and PubMed: `Smith AB, Jones C, et al. Title. J Name. 2022 Oct 1;43(2):10-20. doi:
  10.1/x. Epub 2022 Sep 6. PMID: 1.` (the day the paper came out online is its date) and the
  lab-wiki kin with the year after the names: `Smith AB, Jones C (2014) Title. Journal 17:491.`
  A PubMed citation may follow one sentence's words (`… as introduced in Smith AB, …`).
- APA whose names are all `Family, I. I.` (tried before an italic journal can pass for the
  title), Harvard's kin (`(2019) Title.` with no stop), APA by `Anonymous` or an acronym body (no
  person), and APA in Korean or Han script.
- ABNT: `MENDES-DA-SILVA, W.; SOUZA, Ana Beatriz de. Title. Journal, 2019.`
- Elsevier's numbered style: `A. B. Smith, C. Jones, Title, Journal 83 (2016) 73–89.` (commas
  between everything; the title is what lies between the names and the journal's `vol (year)`
  or `in:`).
- Name-and-year styles of biology: `Smith, A. B., and C. Jones. 1981. Title. Journal 214: 82-85`.
- Nature's: `Smith, A. B., Jones, C. & Lee, D.-E. Title. *Journal* **588**, 1–9 (2014).` and
  Science's, the names given first: `J. Smith, K. Jones, Title. Science 352, 1–9 (2016).`
- Chemistry's ACS: `Smith, J.; Jones, K. Title. J. Am. Chem. Soc. 2019, 141, 1234–1240.`
- Japanese: `山田太郎・鈴木花子（2019）「論文名」『雑誌名』12(3).` and SIST 02's `山田太郎, 鈴木花子.
  論文名. 雑誌名. 2019, vol. 12.`
- China's GB/T 7714: `张三, 李四. 标题[J]. 期刊, 2019, 12(3): 45-67.` (and in Latin script).
- Journal clubs: `Button et al., Nature Reviews Neuroscience 2013: Title`.
- Russian library lists: `Иванов И.И., Петров П.П. Заглавие. - Журнал. - 2011. - N 6, с. 79.`
  and GOST 7.1's `Иванов, И. И. Заглавие / И. И. Иванов // Журнал. – 2019. – № 3.`

Each shape must fill the entry from its names to its venue and year: a sentence of prose never
takes it. The names come back one by one, as the entry writes them. `science_unit` reads a block:
one line of it that is an entry (under a label or a description), or the block wrapped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from papershelf.core.dates import parse_date
from papershelf.importers.paste.apa_dates import apa_date, is_month, published_day
from papershelf.importers.paste.blocks import words
from papershelf.importers.paste.cite import REMARK_OPENERS, Citation, reference
from papershelf.importers.paste.lines import clean_title, mostly_cjk


@dataclass
class ScienceRef(Citation):
    """A citation whose names were told apart one by one."""

    names: list[str] = field(default_factory=list)


# What numbers an entry: `[12]`, `12.`, `12)`, PubMed's `12:`, a footnote's `[^12]:`,
_LEAD = re.compile(
    r"^\s*(?:\[\^?\w{1,6}\]:?|\d{1,4}[.):]|\.(?=\s)|[•◦▪‣](?=\s)"
    r"|(?:MLA|APA|Chicago|Harvard|Vancouver|IEEE|AMA|ABNT|ISO\s?690)(?=\s))\s*"
)  # and the style a line is in, as Google Scholar's `Cite` box labels it
_PARTICLE = r"(?:(?:van|von|de|der|den|da|di|du|del|dos|das|le|la|ten|ter)\s)"
_SURNAME = rf"{_PARTICLE}*[A-ZÀ-Þ]\w*(?:[\-'’]\w+)*(?:\s[A-ZÀ-Þ][a-zà-ÿ]\w*(?:[\-'’]\w+)*)?"
_YEAR = r"(?:19|20)\d{2}"

# --- Vancouver ---------------------------------------------------------------------------
VANCOUVER_NAME = rf"{_SURNAME}\s[A-Z]{{1,3}}"
_VANCOUVER_NAMES = re.compile(
    rf"^(?P<names>{VANCOUVER_NAME}(?:,\s{VANCOUVER_NAME})*(?:,?\s(?:and|&)\s{VANCOUVER_NAME})?"
    r"(?:,\s(?:et\sal|and\sothers))?)"
    rf"(?:\.\s+(?![A-Z][a-z]?\.\s)(?:\((?P<year>{_YEAR})[a-z]?\)\.?\s+)?"
    rf"|\s+\((?P<year2>{_YEAR})[a-z]?\)\.?\s+)"
    r"(?P<rest>\S.*)$"
)
# A title ends at a full stop (not an initial's: an acronym's is), or at `?` / `!`.
_TITLE = re.compile(r"^(?P<title>.{6,400}?(?:[^A-Z\s.]|[A-Z]{2})[.?!])(?:\s+|$)")
# The journal's date: `2022 Dec;43(12)`, `2019 Oct 1;1(6)`, `2020;368:m689`, `2016 May 3.`.
_JOURNAL_DATE = re.compile(
    rf"(?:^|[.;]\s)[^.;]{{0,120}}?\b(?P<year>{_YEAR})(?:\s(?P<month>[A-Z][a-z]{{2}})"
    r"(?:\s(?P<day>\d{1,2}))?)?(?=[;:.,]|\s*$)"
)
_EPUB = re.compile(rf"\bEpub\s(?P<year>{_YEAR})\s(?P<month>[A-Z][a-z]{{2}})\s(?P<day>\d{{1,2}})\b")
_PUBMED_TAIL = re.compile(r"\b(?:PMID|PMCID|doi)\s*:", re.IGNORECASE)
_VENUE_NUMBERS = re.compile(
    r"\b\d{1,4}\s*(?:\(\d{1,4}\))?\s*:\s*[a-zA-Z]?\d"
)  # `121:1771`, `1(6):e271`
_EDITION = re.compile(r",?\s+\d{1,2}(?:st|nd|rd|th)\s+ed\.?$")
CJK_TITLE = 4  # characters: a title in Chinese or Japanese writes its words together
_ANY_YEAR = re.compile(rf"\b{_YEAR}\b")


def vancouver_entry(text: str) -> ScienceRef | None:
    match = _VANCOUVER_NAMES.match(text)
    if match is None:
        return None
    title = _TITLE.match(match["rest"])
    if title is None or _ANY_YEAR.match(title["title"]):
        return None  # `Names. J Name. 2020 Mar 1;…`: the journal's line, its title elsewhere
    after = match["rest"][title.end() :]
    if year := match["year"] or match["year2"]:
        date = year  # the lab wiki's `Names (2014) Title. Journal`
    elif not (_PUBMED_TAIL.search(after) or _VENUE_NUMBERS.search(after)):
        return None  # no journal, volume and pages after the title: no reference
    elif epub := _EPUB.search(after):
        date = apa_date(epub["year"], f"{epub['month']} {epub['day']}")
    elif (journal := _JOURNAL_DATE.search(after)) and (
        after[journal.end() : journal.end() + 1] == ";" or _PUBMED_TAIL.search(after)
    ):  # `J Name. 2020;368:m689`, `Lancet 2020; 395: 1054`: the journal's date, then `;`
        when = f"{journal['month']} {journal['day']}" if journal["day"] else None
        date = apa_date(journal["year"], when)
    else:
        return None
    return _science(title["title"], _split(match["names"]), date)


# --- Elsevier -----------------------------------------------------------------------------
# A hand-typed list may drop the last initial's stop before the comma: `Ayala G. F, Reyes A. A.`
_INITIALS = r"[A-Z][a-z]?\.(?:\s?-?[A-Z][a-z]?\.)*(?:\s[A-Z](?=,))?"
_GIVEN_FIRST = rf"{_INITIALS}\s{_SURNAME}"
_ELSEVIER_NAMES = re.compile(
    rf"^(?P<names>{_GIVEN_FIRST}(?:,\s{_GIVEN_FIRST})*(?:,?\s(?:and|&)\s{_GIVEN_FIRST})?"
    r"(?:,?\s+et\sal\.)?),\s(?P<rest>\S.*)$"
)
# Where the venue opens: `, in:` / `, In:` or a comma part holding `vol (year)` / `(year)`.
_IN_VENUE = re.compile(r",\s[Ii]n:\s")
_VOLUME_YEAR = re.compile(rf"(?:\b\d{{1,4}}\s(?:\(\d{{1,4}}\)\s)?)?\((?P<year>{_YEAR})\)")
_VOLUME_AT_END = re.compile(r"\s\d{1,4}$")
_LAST_YEAR = re.compile(rf".*\b(?P<year>{_YEAR})\b")


def elsevier_entry(text: str) -> ScienceRef | None:
    match = _ELSEVIER_NAMES.match(text)
    if match is None:
        return None
    rest = match["rest"]
    if not rest[:1].isupper() and not rest[:1].isdigit():
        return None  # `J. K. Rowling, the author, wrote (2019) …`: a sentence goes on
    venue = _IN_VENUE.search(rest)
    volume = _VOLUME_YEAR.search(rest)
    if volume is not None and (venue is None or volume.start() < venue.start()):
        cut = rest.rfind(", ", 0, volume.start())
        if cut > 0 and not re.search(r"[^\W\d_]", rest[cut + 2 : volume.start()]):
            cut = rest.rfind(", ", 0, cut)  # `Journal, 656 (2010)`: the journal is the part before
        year = volume["year"]
    elif venue is not None and (last := _LAST_YEAR.match(rest, venue.end())):
        cut, year = venue.start(), last["year"]
    else:
        return None
    if cut <= 0 or _VOLUME_AT_END.search(rest[:cut]):
        return None  # `Journal 3, No. e1603015 (2017)`: a journal and its volume, no title
    return _science(rest[:cut], _split(match["names"]), year)


# --- name and year first ----------------------------------------------------------------------
_INVERTED = rf"{_SURNAME},?\s{_INITIALS}"
_NAMES_YEAR = re.compile(
    rf"^(?P<names>{_INVERTED}(?:(?:,\s|,?\s(?:and|&)\s)(?:{_INVERTED}|{_GIVEN_FIRST}))*"
    rf"(?:,?\s+et\sal\.)?)(?:\s\([Ee]ds?\.\))?\.?\s+(?P<year>{_YEAR})[a-z]?\.\s+(?P<rest>\S.*)$"
)
# A chapter's title of two sentences runs to the book's `In:` (`Title. A subtitle. In: Name, A.
# (eds.), Book`): no journal's name comes before `In:`.
_SUBTITLE_TO_IN = re.compile(r"(?P<more>[A-Z][^.\d:]{8,200}?[^\s.])\.\s+In:\s")


def names_year_entry(text: str) -> ScienceRef | None:
    match = _NAMES_YEAR.match(text)
    if match is None:
        return None
    rest = _BARE_LINK.sub("", match["rest"]).strip()
    title = _TITLE.match(rest)
    whole = title["title"] if title else rest  # a book: its title alone
    if title is None and (len(rest) > 200 or _ANY_YEAR.search(rest)):
        return None
    if title is not None and (more := _SUBTITLE_TO_IN.match(rest, title.end())):
        whole = f"{whole} {more['more']}"
    return _science(whole, _split(match["names"]), match["year"])


_BARE_LINK = re.compile(r"[:,]?\s+https?://\S+\s*$")

# --- Nature -----------------------------------------------------------------------------------
_NATURE_NAMES = re.compile(
    rf"^(?P<names>{_INVERTED}(?:,\s{_INVERTED})*(?:,?\s&\s{_INVERTED})?(?:\set\sal\.)?)"
    r"\s+(?P<rest>[A-Z0-9\"“‘'(\[].*)$"
)
# Science's: `J. Smith, K. Jones, Title. Science 352, 1547–1552 (2016).`
_SCIENCE_NAMES = re.compile(
    rf"^(?P<names>{_GIVEN_FIRST}(?:,\s{_GIVEN_FIRST})*(?:,?\s(?:and|&)\s{_GIVEN_FIRST})?"
    r"(?:,?\s+et\sal\.)?),\s(?P<rest>[A-Z0-9\"“‘'(\[].*)$"
)
_NATURE_TAIL = re.compile(
    rf"\((?P<year>{_YEAR})\)\.?(?:\s+(?:https?://|doi:\s?)\S+?)?\.?\s*$", re.IGNORECASE
)


_JOURNAL_WORD = re.compile(r"[^\W\d_]{3,}")


def nature_entry(text: str) -> ScienceRef | None:
    match = _NATURE_NAMES.match(text) or _SCIENCE_NAMES.match(text)
    if match is None or (tail := _NATURE_TAIL.search(match["rest"])) is None:
        return None
    title = _TITLE.match(match["rest"])
    if title is None or not _JOURNAL_WORD.search(match["rest"], title.end(), tail.start()):
        return None  # a journal's name comes between the title and the year
    return _science(title["title"], _split(match["names"]), tail["year"])


# Nature's book: `Trappenberg, T. P. Title. (Oxford University Press, Oxford, 2022).`, the
# publisher, its place and the year in brackets after the title.
_NATURE_BOOK = re.compile(
    rf"^(?P<names>{_INVERTED}(?:,\s{_INVERTED})*(?:,?\s&\s{_INVERTED})?(?:\set\sal\.)?)"
    rf"\s+(?P<title>[A-Z0-9][^()]{{4,300}}?)\.?\s\((?P<publisher>[^()\d]{{3,120}}?),\s"
    rf"(?P<year>{_YEAR})\)\.?$"
)


def nature_book_entry(text: str) -> ScienceRef | None:
    match = _NATURE_BOOK.match(text)
    if match is None or not _JOURNAL_WORD.search(match["publisher"]):
        return None
    return _science(match["title"], _split(match["names"]), match["year"])


# A lab's list in Science's manner, the year after the journal with no brackets: `M. W. Name,
# Title. Chem. Sci., 2022, DOI: 10.1039/…` (the journal abbreviated, then the year, volume, pages).
_JOURNAL_YEAR = re.compile(rf"[A-Z][^\d]{{1,80}}?,?\s(?P<year>{_YEAR})\b(?![\-–/])")


_PLAIN_TITLE = re.compile(r"[A-Z0-9](?![a-z]?\.\s)")


def lab_entry(text: str) -> ScienceRef | None:
    match = _SCIENCE_NAMES.match(text)
    if match is None or not _PLAIN_TITLE.match(match["rest"]):
        return None  # IEEE's quoted title, or one more name (`…, J. Kim. Title.`)
    if (title := _TITLE.match(match["rest"])) is None:
        return None
    journal = _JOURNAL_YEAR.match(match["rest"], title.end())
    if journal is None or not _JOURNAL_WORD.search(match["rest"], title.end(), journal.start(1)):
        return None
    # `Title, Chem. Sci. 2022, 13, 100.`: a comma, not a stop, before the abbreviated journal
    whole = _ABBREVIATION_AFTER.sub("", title["title"])
    return _science(whole, _split(match["names"]), journal["year"])


_ABBREVIATION_AFTER = re.compile(r",\s[A-Z][a-z]{0,6}\.$")


# --- Russian library lists --------------------------------------------------------------------
# A foreign co-author keeps the Latin script: `Орлов Д.Н., Lind K.L.`
_CYRILLIC_NAME = r"[А-ЯЁA-Z][а-яёa-z]+(?:-[А-ЯЁA-Z][а-яёa-z]+)?,?\s?[А-ЯЁA-Z]\.\s?(?:[А-ЯЁA-Z]\.)?"
# `Иванов И.И. Заглавие. - Журнал. - 2011.`, `Иванов, И. И. Заглавие / И. И. Иванов // Журнал. –
# 2019. – № 3.` (GOST 7.1: the names again after `/`, the journal after `//`).
_GOST = re.compile(
    rf"^(?P<names>{_CYRILLIC_NAME}(?:,\s{_CYRILLIC_NAME})*)\s+(?P<title>\S.{{5,400}}?)"
    r"(?:\s/\s[^/]{2,200}?)?(?:\.\s*[-–—]\s?|\.?\s//\s*)(?P<venue>[^\W\d_].{0,200}?)[.,]?\s*"
    rf"(?:[-–—]\s*)?(?P<year>{_YEAR})\b"
)


_CYRILLIC_INITIALS = re.compile(r"^[А-ЯЁ]\.\s?(?:[А-ЯЁ]\.)?$")


def gost_entry(text: str) -> ScienceRef | None:
    match = _GOST.match(text)
    if match is None:
        return None
    return _science(match["title"], _cyrillic_names(match["names"]), match["year"])


def _cyrillic_names(text: str) -> list[str]:
    names: list[str] = []
    for piece in text.split(", "):
        if names and _CYRILLIC_INITIALS.match(piece) and "," not in names[-1]:
            names[-1] = f"{names[-1]}, {piece}"  # `Иванов, И. И.`: the initials are his
        else:
            names.append(piece.strip())
    return names


# Russian lists typed with stops alone between the parts: `Иванов И.И. Заглавие. Журнал. 2019.
# № 3. С. 10-20.`, a book `Иванов И.И. Заглавие. Пермь: Книга, 2015. 156 с.`
_RUSSIAN_DOTS = re.compile(
    rf"^(?P<names>{_CYRILLIC_NAME}(?:,\s{_CYRILLIC_NAME})*)\s+(?P<title>[А-ЯЁ«][^.]{{5,400}}?)\.\s+"
    rf"[А-ЯЁ][^.]{{1,200}}?[.,]\s(?P<year>{_YEAR})\b"
)


def russian_dots_entry(text: str) -> ScienceRef | None:
    match = _RUSSIAN_DOTS.match(text)
    if match is None:
        return None
    return _science(match["title"], _cyrillic_names(match["names"]), match["year"])


# --- APA -------------------------------------------------------------------------------------
# `Faisal, A. , Selen, L. P. J. , & Wolpert, D. M. (2008). Title. Journal, 9(4), 292–303.`: the
# names, every one `Family, I. I.`, then the year (and day) in brackets. APA 6 puts `...` before
# the last of eight names or more; a page may glue the title to the year's stop (`(2016).A`); a
# work not out yet says `(in press)` where its year goes, one without a date `(n.d.)`.
# `&` or the language's `and` before the last name: `y`, `e`, `et`, `und`
_APA_AND = r"(?:&|and|y|e|et|und)"
# A classic's reference gives the edition's year and the first one after it: `(1823 [1789])`,
# `(1951/1939)`; an old book's year may be before 1900 (bracketed after the names, a year still).
_OLD_YEAR = r"1[5-8]\d{2}"
_FIRST_EDITION = r"(?:\s?\[1[5-9]\d{2}\]|/1[5-9]\d{2})"
_APA_NAMES = re.compile(
    rf"^(?P<names>{_INVERTED}(?:(?:\s?,\s(?:{_APA_AND}\s|(?:\.\.\.|…)\s(?:{_APA_AND}\s)?)?|/){_INVERTED})*"
    rf"(?:\s?,?\s{_APA_AND}\s{_INVERTED})?)"
    rf"\s*\((?:(?P<year>{_YEAR}|{_OLD_YEAR})[a-z]?{_FIRST_EDITION}?"
    r"(?:,\s(?P<when>[^\W\d_]{3,12}\.?(?:\s\d{1,2})?))?"
    r"|(?P<pending>in\spress|forthcoming|n\.\s?d\.))\)"
    r"(?:(?P<stop>\.)(?:\s+|(?=[A-Z]))|(?P<colon>:)\s+|\s+)(?P<rest>\S.*)$"
)  # German author-date styles: `Müller, H./Weber, K. (2015): Title. Berlin: Verlag.`


_VENUE_AFTER = re.compile(r"\d")  # a volume, pages or a year after the title: a journal's
# APA writes a book's edition after its title: `Title (2nd ed.)`, `Title (Rev. ed.)`, `Title (Rev.
# & updated 2nd ed)`, and a reference manager the format it was filed in (`Title (Hardcover)`).
_APA_EDITION = re.compile(
    r"\s\((?:(?:[^()]{1,30}\s)?(?:\d{1,2}(?:st|nd|rd|th)|Rev\.|Revised)\sed\.?"
    r"|Hardcover|Paperback|Kindle(?:\sedition)?|e-?book)\)$"
    r"|,\s\d{1,2}(?:st|nd|rd|th)\sedition$",  # `*Title*, 2nd Edition. Place: Publisher.`
    re.IGNORECASE,
)
_OPEN_BRACKET_TAIL = re.compile(r"\s\([^()]{1,30}$")
_OTHER_AND = re.compile(r"\s(?:y|e|et|und)\s(?=[A-ZÀ-Þ])")
# `JURNAL ABDI INSANI Education of …`: a reference manager's export glues the journal's name, in
# capitals, before the title when the record's fields were mixed up.
_JOURNAL_LEAD = re.compile(
    r"^(?:JURNAL|JOURNAL|REVISTA|REVUE|RIVISTA|ZEITSCHRIFT|BULLETIN|ANNALS|ACTA)"
    r"(?:\s[A-Z&]{2,}){1,5}\s(?=[A-Z][a-z])"
)


# A page's italic title copied as text keeps the space before the stop that closed the italics
# (`(1977). Title . Bari: Laterza.`): the stop ends the title all the same.
_SPACED_STOP = re.compile(r"(?<=[^\s.]) \.(?=\s|$)")


def apa_entry(text: str) -> ScienceRef | None:
    """Read by the APA reading of `cite.reference` (descriptions, subtitles, days), its names
    told apart here; tried before the shapes that look for an italic title (a journal's)."""
    if " ." in text:
        text = _SPACED_STOP.sub(".", text)
    match = _APA_NAMES.match(text)
    if match is None:
        return None
    names = _split(_OTHER_AND.sub(" and ", match["names"]))
    if match["pending"]:  # `(in press)`, `(n.d.)`: a work without its year yet
        title = _TITLE.match(match["rest"])
        return _science(title["title"], names, None) if title else None
    if match["colon"]:  # `(2003): Title. In: Journal 12, S. 45–67.`, `(2018): Title. Göttingen.`
        title = _TITLE.match(match["rest"])
        return _science(title["title"], names, match["year"]) if title else None
    spaced = f"{text[: match.start('rest')].rstrip()} {match['rest']}"  # `(2016).A` apart
    if match["stop"] and (found := reference(spaced, [], [])) is not None:
        whole = _APA_EDITION.sub("", _JOURNAL_LEAD.sub("", found.title, count=1))
        whole = _OPEN_BRACKET_TAIL.sub("", whole)  # `Title (Rev. & updated 2nd ed).`: cut at `Rev.`
        return ScienceRef(whole, ", ".join(names), found.year, 0.7, names=names)
    # Harvard's `Smith, J. and Jones, K. (2019) Title. Journal, 12(3), pp. 45–67.`, its title
    # quoted (`(2019) 'Title', Journal, …`) or a book's (`(2019) Title. London: Publisher.`)
    if quoted := _HARVARD_QUOTED.match(match["rest"]):
        return _science(quoted["title"], names, match["year"])
    title = _TITLE.match(match["rest"])
    if title is None:
        return None
    after = match["rest"][title.end() :]
    if not _VENUE_AFTER.search(after) and not _PLACE_PUBLISHER.match(after):
        return None
    return _science(title["title"], names, match["year"])


# Italian lists put a comma after the year and between title, journal and volume: `Rossi M.,
# Bianchi L. (2019), Title, Giornale di Psicologia, 12, pp. 45-67.`
_COMMA_YEAR = re.compile(
    rf"^(?P<names>{_INVERTED}(?:,\s{_INVERTED})*(?:,?\s(?:e|and|&)\s{_INVERTED})?)"
    rf"\s\((?P<year>{_YEAR})[a-z]?\),\s(?P<title>[^,]{{8,300}}?),\s(?P<venue>[^\d,][^,]{{2,120}}?),\s"
    r"(?:vol\.\s?|n\.\s?|pp?\.\s?)?\d"
)


# Wiley's `(2016), Title, with a comma. Journal, 7: 1325-1330`: a sentence's end in what the
# comma shape took for the venue ends the title there.
_TITLE_STOP = re.compile(r"(?<=[a-z]{3})\.\s+(?=[A-Z])")


def comma_year_entry(text: str) -> ScienceRef | None:
    match = _COMMA_YEAR.match(text)
    if match is None:
        return None
    title = match["title"]
    if stop := _TITLE_STOP.search(match["venue"]):
        title = f"{title}, {match['venue'][: stop.start()]}"
    return _science(title, _split(match["names"]), match["year"])


_HARVARD_QUOTED = re.compile(r"^['‘\"“](?P<title>[^'’\"”]{6,300}?)[,.]?['’\"”][,.]?\s+\S")
# A book's place and publisher after its title: `London: Pretend Press.`, `2nd edn. Oxford: X.`
_PLACE_PUBLISHER = re.compile(
    r"^(?:\d{1,2}(?:st|nd|rd|th)\sedn?\.\s+)?[A-Z][^.:]{1,40}:\s[^.:]{2,80}\.?\s*$"
)


# --- APA in Korean, Chinese or Japanese -------------------------------------------------------
# `홍경선, 김동익. (2011). Title. *Journal*, 21(4).`: names of two to four syllables (a person's);
# one longer name is a body's (`한국교육개발원. (2023). *Title*.`), which names no person.
# Japanese names may hold kana and the iteration mark (`寺井しおり`, `津々見崇`) and run to six
# characters; a Korean or Chinese person's name runs to four.
_HANGUL_HAN = "\uac00-\ud7a3\u4e00-\u9fff\u3005\u3041-\u3096\u30a1-\u30fa"
_CJK_PERSON = rf"[{_HANGUL_HAN}]{{1,4}}\s[{_HANGUL_HAN}]{{1,4}}"  # `山田 太郎`: family, given
_CJK_APA = re.compile(
    rf"^(?P<names>(?:{_CJK_PERSON}|[{_HANGUL_HAN}]{{2,20}})(?:,\s(?:{_CJK_PERSON}|[{_HANGUL_HAN}]{{2,6}}))*)"
    r"\.?\s?"
    rf"\((?P<year>{_YEAR})[a-z]?\)\.\s+(?P<rest>\S.*)$"
)
PERSON_SYLLABLES = 4
JAPANESE_NAME = 6  # characters
_KANA = re.compile("[\u3005\u3041-\u3096\u30a1-\u30fa]")


def _person(name: str, among: int) -> bool:
    """A person's name: up to four syllables, or (in a list of several, or written with kana)
    a Japanese name of up to six characters."""
    if " " in name or len(name) <= PERSON_SYLLABLES:
        return True  # a family and a given name apart is a person's
    japanese = among > 1 or _KANA.search(name) is not None
    return japanese and not _HANGUL.search(name) and len(name) <= JAPANESE_NAME


_HANGUL = re.compile("[\uac00-\ud7a3]")


def cjk_apa_entry(text: str) -> ScienceRef | None:
    match = _CJK_APA.match(text)
    if match is None or (title := _TITLE.match(match["rest"])) is None:
        return None
    names = match["names"].split(", ")
    if len(names) == 1 and not _person(names[0], 1):
        names = []  # a body's name
    elif not all(_person(name, len(names)) for name in names):
        return None
    whole = clean_title(title["title"].rstrip("."))
    return ScienceRef(whole, ", ".join(names), match["year"], 0.7, names=names)


# --- Japanese ------------------------------------------------------------------------------
# `山田太郎・鈴木花子（2019）「論文名」『雑誌名』12(3), 45-67.`, a book `佐藤一郎（2020）『書名』出版社.`,
# and SIST 02's `山田太郎, 鈴木花子. 論文名. 雑誌名. 2019, vol. 12, p. 45-67.`
_KANA_HAN = "\u3040-\u30ff\u4e00-\u9fff"
_JA_NAME = rf"[{_KANA_HAN}]{{2,8}}"
_JA_YEAR_QUOTED = re.compile(
    rf"^(?P<names>{_JA_NAME}(?:[・、,，]\s?{_JA_NAME})*)(?:\s?(?:ほか|他|編|著))?\s?[（(]"
    rf"(?P<year>{_YEAR})[a-z]?[）)]\s?(?:「(?P<article>[^」]{{2,200}})」|『(?P<book>[^』]{{2,200}})』)"
)
_SIST = re.compile(
    rf"^(?P<names>{_JA_NAME}(?:[,，、]\s?{_JA_NAME})*)\.\s?(?P<title>[^.．]{{4,200}}?)[.．]\s?"
    rf"[^.．]{{2,100}}[.．]\s?(?P<year>{_YEAR})\b"
)
_JA_SEPARATOR = re.compile(r"\s?[・、,，]\s?")
# Law's citation style: `原田大樹『書名』（弘文堂、2020）`, `加賀山茂「論文名」法学セミナー60巻5号
# （2015）52頁`: the names (in Han or katakana), the title in brackets, then the year closing a
# bracket after it.
_JA_LAW_NAME = "[\u30a0-\u30ff\u4e00-\u9fff]{2,8}"
_JA_LAW = re.compile(
    rf"^(?P<names>{_JA_LAW_NAME}(?:・{_JA_LAW_NAME})*)(?:「(?P<article>[^「」]{{2,200}})」"
    rf"|『(?P<book>[^『』]{{2,200}})』)[^（(]{{0,60}}[（(][^（）()]{{0,60}}?(?P<year>{_YEAR})[）)]"
)


# Japanese APA set in full-width punctuation: `山田太郎・鈴木花子（2019）．論文名．雑誌名，12(3)，45–67．`
_JA_APA_WIDE = re.compile(
    rf"^(?P<names>{_JA_NAME}(?:[・、,，]\s?{_JA_NAME})*)\s?[（(](?P<year>{_YEAR})[a-z]?[）)]\s?"
    r"[．.。]\s?(?P<title>[^．。.]{2,200}?)[．。.]"
)


def japanese_entry(text: str) -> ScienceRef | None:
    if (match := _JA_APA_WIDE.match(text)) and "．" in text[: match.end()]:
        return _science(match["title"], _JA_SEPARATOR.split(match["names"]), match["year"])
    if match := _JA_YEAR_QUOTED.match(text):
        names = _JA_SEPARATOR.split(match["names"])
        return _science(match["article"] or match["book"], names, match["year"])
    if match := _SIST.match(text):
        return _science(match["title"], _JA_SEPARATOR.split(match["names"]), match["year"])
    if match := _JA_LAW.match(text):
        return _science(
            match["article"] or match["book"], match["names"].split("・"), match["year"]
        )
    return None


# --- ABNT ------------------------------------------------------------------------------------
# Brazil's standard: `MENDES-DA-SILVA, W.; SOUZA, Ana Beatriz de. Title. Journal, 2019, vol.23.
# Disponível em: <…>.`: family names in capitals, initials, `;` between the names.
_UPPER = r"[A-ZÀ-Þ]{2,}(?:[\-'’][A-ZÀ-Þ]{2,})*"
# `João Carlos`, `Maria A.`; no word after an initial (`BOOTH, Trevor H. Why …`: the title's)
_GIVEN_NAMES = r"[A-ZÀ-Þ][a-zà-ÿ]+(?:\s[A-ZÀ-Þ][a-zà-ÿ]+)*(?:\s[A-Z]\.)*"
_ABNT_NAME = rf"{_UPPER}(?:\s{_UPPER})*,\s(?:{_INITIALS}|{_GIVEN_NAMES})(?:\s(?:de|da|do|dos|das))?"
_ABNT = re.compile(
    rf"^(?P<names>{_ABNT_NAME}(?:;\s{_ABNT_NAME})*(?:\set\sal\.?)?)\.?\s+(?P<rest>[A-ZÀ-Þa-zà-ÿ].*)$"
)


def abnt_entry(text: str) -> ScienceRef | None:
    match = _ABNT.match(text)
    if match is None or (title := _TITLE.match(match["rest"])) is None:
        return None
    year = _ANY_YEAR.search(match["rest"], title.end())
    if year is None:
        return None
    names = [n.strip() for n in match["names"].removesuffix(" et al.").split(";")]
    return _science(title["title"], names, _abnt_day(match["rest"], year) or year[0])


# `…, p. 575–585, 8 maio 2023. Disponível em: …`: the day, month and year, written out
_ABNT_DAY = re.compile(r"\b\d{1,2}\s[a-zç]{3,9}\.?\s(?:19|20)\d{2}\b")


def _abnt_day(rest: str, year: re.Match[str]) -> str | None:
    """The publication's full date when the entry gives it with its year (never the `Acesso
    em:` date, the day the page was read, which comes after `Disponível em`)."""
    found = _ABNT_DAY.search(rest, max(0, year.start() - 16), year.end())
    return parse_date(found[0]).iso if found else None


# --- journal clubs ---------------------------------------------------------------------------
# `Button et al., Nature Reviews Neuroscience 2013: Power failure: why small samples …`: the
# family names, the journal and the year, then the title (in quotes it is read by `cite`).
_CLUB = re.compile(
    r"^(?P<names>[A-ZÀ-Þ][\w'’\-]+(?:\s(?:&|and)\s[A-ZÀ-Þ][\w'’\-]+)?(?:,?\set\.?\sal\.?)?),\s"
    rf"(?P<venue>[A-Za-z][\w.&\- ]{{1,60}}?)\s(?P<year>{_YEAR})\s?[:–—-]\s+(?P<rest>[A-Z0-9].+)$"
)


_CLUB_ET_AL = re.compile(r",?\set\.?\sal\.?$")
_CLUB_AND = re.compile(r"\s(?:&|and)\s")


def club_entry(text: str) -> ScienceRef | None:
    match = _CLUB.match(text)
    if match is None or match["rest"][:1] in '"“' or is_month(match["venue"]):
        return None  # `Update, June 2021: We moved …`: a dated note, no journal
    title = _TITLE.match(match["rest"])
    whole = title["title"] if title else match["rest"]
    if words(whole) < 3 or whole.split()[0].casefold() in REMARK_OPENERS:
        return None
    lead = _CLUB_ET_AL.sub("", match["names"])
    return _science(whole, _CLUB_AND.split(lead), match["year"])


# --- ACS ---------------------------------------------------------------------------------------
# Chemistry's: `Smith, J.; Jones, K. Title. J. Am. Chem. Soc. 2019, 141, 1234–1240.` (`;` between
# the names, the year before the volume).
_ACS = re.compile(
    rf"^(?P<names>{_INVERTED}(?:;\s(?:and\s)?{_INVERTED})+(?:;?\set\sal\.)?)\s+(?P<rest>[A-Z0-9].*)$"
)
_ACS_YEAR = re.compile(rf"\s(?P<year>{_YEAR}),\s\d")


def acs_entry(text: str) -> ScienceRef | None:
    match = _ACS.match(text)
    if match is None or (title := _TITLE.match(match["rest"])) is None:
        return None
    if (year := _ACS_YEAR.search(match["rest"], title.end())) is None:
        return None
    names = [n.strip() for n in match["names"].removesuffix(" et al.").split(";") if n.strip()]
    return _science(title["title"], [n.removeprefix("and ") for n in names], year["year"])


# --- GB/T 7714 ----------------------------------------------------------------------------------
# China's standard marks what a work is after its title: `张三, 李四. 标题[J]. 期刊, 2019, 12(3): 45.`,
# `Smith J, Jones K. Title[J]. Journal, 2019.`, `[D]` a thesis, `[M]` a book, `[C]` proceedings.
_GBT = re.compile(
    r"^(?P<names>[^.\[\]]{2,300}?)\.\s?(?P<title>[^\[\]]{4,300}?)\s?"
    r"\[(?:[JMDCRNPSZA]|EB/OL|J/OL|M/OL|C/OL)\]\.?\s*(?P<rest>.*)$"
)
_GBT_SEPARATOR = re.compile(r"\s*[,，、]\s*")
_GBT_MORE = {"等", "et al", "et al.", "等."}


def gbt_entry(text: str) -> ScienceRef | None:
    match = _GBT.match(text) if "]" in text else None
    if match is None or (year := _ANY_YEAR.search(match["rest"])) is None:
        return None
    names = [n for n in _GBT_SEPARATOR.split(match["names"].strip()) if n and n not in _GBT_MORE]
    if not names or any(len(name) > 40 for name in names):
        return None
    return _science(match["title"], names, year[0])


# --- APA with no person's name ------------------------------------------------------------
# `Anonymous. (2023). Title. Venue.`, `OECD. (2021). Title.`: APA names an unknown or corporate
# author (an acronym) where the names go; the entry names no person. A journal's editorial is
# cited by the journal: `Nature Editorial (2023). Title. *Nature*, 613, 612.`
_GROUP_APA = re.compile(
    rf"^(?:(?:Anonymous|Anon|[A-Z]{{2,8}})\.|[A-Z][\w&\-]+(?:\s[A-Z][\w&\-]+){{0,3}}\sEditorial\.?)"
    rf"\s\((?P<year>{_YEAR})[a-z]?\)\.\s+(?P<rest>\S.*)$"
)


def group_apa_entry(text: str) -> ScienceRef | None:
    match = _GROUP_APA.match(text)
    if match is None or (title := _TITLE.match(match["rest"])) is None:
        return None
    whole = clean_title(title["title"].rstrip("."))
    if words(whole) < 3:
        return None
    date = published_day(match["rest"][title.end() :], match["year"]) or match["year"]
    return ScienceRef(whole, "", date, 0.7, names=[])


# ---------------------------------------------------------------------------------------------

_SPLIT = re.compile(r",\s*(?:and\s+|&\s*|(?:\.\.\.|…)\s*(?:&\s*)?)?|\s+(?:and|&|y|et|e|und)\s+|/")
_ONLY_INITIALS = re.compile(rf"^{_INITIALS}$")
_ET_AL = re.compile(r"^(?:et\.?\sal\.?|and\sothers)$")


def _split(names: str) -> list[str]:
    """`Boag, P. T., and P. R. Grant` -> `Boag, P. T.`, `P. R. Grant`: initials after a comma
    belong to the surname before them."""
    out: list[str] = []
    for piece in _SPLIT.split(names.strip().removesuffix(" et al.").removesuffix(" et al")):
        piece = piece.strip()
        if not piece or _ET_AL.match(piece):
            continue
        if out and _ONLY_INITIALS.match(piece) and "," not in out[-1]:
            out[-1] = f"{out[-1]}, {piece}"
        else:
            out.append(piece)
    return out


def _science(title: str, names: list[str], date: str | None) -> ScienceRef | None:
    title = clean_title(_EDITION.sub("", title.strip().rstrip(".").strip()))
    short = len(title) < CJK_TITLE if mostly_cjk(title) else words(title) < 2 or len(title) < 8
    if short or not names:
        return None
    return ScienceRef(title, ", ".join(names), date, 0.7, names=names)


_SHAPES = (
    apa_entry,
    comma_year_entry,
    group_apa_entry,
    abnt_entry,
    cjk_apa_entry,
    japanese_entry,
    club_entry,
    acs_entry,
    gbt_entry,
    vancouver_entry,
    elsevier_entry,
    names_year_entry,
    nature_entry,
    lab_entry,
    nature_book_entry,
    gost_entry,
    russian_dots_entry,
)


# A reading list's `Chapter 7 of <the book's reference>` (`Capítulo 7 de`, `Kapitel 7 in`).
_CHAPTER_OF = re.compile(
    r"^(?:Chapters?|Chaps?\.|Chs?\.|Capítulos?|Caps?\.|Kapitel|Chapitres?|Capitoli|Capitolo)\s"
    r"\d{1,3}(?:\s?(?:[-–,]|y|and|und|et|e)\s?\d{1,3})*\s(?:of|in|en|de|del|aus|du|di)\s(?=[A-ZÀ-Þ])"
)  # `Capítulos 2 y 3 de`, `Chapters 4-6 of`
_CHAPTER_WORDS = frozenset(("Cha", "Ch.", "Chs", "Cap", "Kap"))
_PENDING = re.compile(r"\((?:in\spress|forthcoming|n\.\s?d\.)\)")
_OLD_APA_YEAR = re.compile(r"\(1[5-8]\d{2}[a-z]?[\s)\[/]")  # `(1790).`, `(1823 [1789])`
MIN_ENTRY = 16  # characters: a name, a year and a title in Han script take no fewer


def science_entry(text: str) -> ScienceRef | None:
    """One reference in a style of the sciences (see the module's doc), or None."""
    body = _LEAD.sub("", text, count=1).strip()
    body = _CHAPTER_OF.sub("", body, count=1) if body[:3] in _CHAPTER_WORDS else body
    if len(body) < MIN_ENTRY or not (
        _ANY_YEAR.search(body) or _PENDING.search(body) or _OLD_APA_YEAR.search(body)
    ):
        return None
    plain = body.translate(_HYPHENS) if _ODD_HYPHEN.search(body) else body
    found = next((found for shape in _SHAPES if (found := shape(plain))), None)
    if found is None and (label := _LIST_LABEL.match(plain)) is not None:
        found = science_entry(plain[label.end() :])  # `Overview paper: <the reference>`
    found = found or _cited_in_prose(plain)
    if found is not None and found.title[:1] in ('"', "“") and (q := _QUOTED.match(found.title)):
        found.title = clean_title(q["title"].strip().rstrip(".,"))  # Chicago's `“Title.” In …`
    if found is not None and ('"' in plain or "“" in plain) and _quoted_elsewhere(plain, found):
        return None
    if found is not None and plain is not body:
        _as_written(found, plain, body)
    return found


# A title in quotes: `Jeff S. Bowman and Hugh W. Ducklow. "Title" Journal (2015).`
_QUOTED = re.compile(r"[\"“](?P<title>[^\"“”]{12,400})[\"”]")
QUOTED_WORDS = 3  # a quoted phrase of fewer words is a term within a title


def _quoted_elsewhere(text: str, found: ScienceRef) -> bool:
    """The entry sets its title apart in quotes, and the shape read another part as the title
    (`Jeff S.` taken for Vancouver's `Surname I.`, the names after it for the title): no such
    reading holds; the quoted title's readers read the entry."""
    for quoted in _QUOTED.finditer(text):
        title = quoted["title"].strip(" ,.")
        if words(title) >= QUOTED_WORDS and title not in found.title and found.title not in title:
            return True
    return False


# Word processors and typeset pages join names with Unicode's hyphens (`Bürkner, P.‑C.`,
# `Hamdi‑Sultan, R.`): the shapes read them as `-`, and the names are given back as written.
_HYPHENS = str.maketrans({"\u2010": "-", "\u2011": "-"})
_ODD_HYPHEN = re.compile("[\u2010\u2011]")


def _as_written(found: ScienceRef, plain: str, body: str) -> None:
    """The title and names as the entry writes them: each is a piece of the entry read with
    plain hyphens, which stand where the entry's own were (one character for one)."""

    def written(piece: str) -> str:
        at = plain.find(piece)
        return body[at : at + len(piece)] if at >= 0 else piece

    found.title = written(found.title)
    found.names = [written(name) for name in found.names]
    found.authors = ", ".join(found.names)


# A reading list's own label before a whole reference: `Overview paper: Smith, J. 1998. Title.`,
# `Deep dive: Smith AB, …` (a short phrase and a colon, the names after it).
_LIST_LABEL = re.compile(r"^[A-Z][\w'’\- ]{2,40}?:\s+(?=[A-ZÀ-Þ][\w'’\-]+,?\s)")


def science_unit(texts: list[str]) -> ScienceRef | None:
    """The one reference a block holds: a line of its own under a remark or a label
    (`Reference:`, a description, a `pubmed ref` link), or the whole block wrapped over lines."""
    if len(texts) == 1:
        return science_entry(texts[0])
    hits = [found for text in texts if (found := science_entry(text))]
    if len(hits) == 1:
        return hits[0]
    return science_entry(" ".join(texts)) if not hits else None


# A PubMed citation quoted after a sentence's words (`…, as introduced in Eccles KM, Karmaus AL,
# … PMID: 36152849.`, a description run into its reference): the names start after the words.
_NAMES_START = re.compile(rf"(?<=\s)[A-ZÀ-Þ][a-zà-ÿ'’\-]+\s[A-Z]{{1,3}},\s{VANCOUVER_NAME},\s")
_PUBMED_END = re.compile(
    r"\b(?:PMID:\s*\d+|PMCID:\s*PMC\d+)\.?\s*$|\d{1,4}(?:\(\d+\))?:[a-z]?\d+[\-–]?\w*\.\s*$"
)


def _cited_in_prose(body: str) -> ScienceRef | None:
    if _PUBMED_END.search(body) is None:
        return None
    for start in _NAMES_START.finditer(body):
        if ". " in body[: start.start()]:
            return None  # one sentence leads into the reference; a title's stop ends it
        if found := vancouver_entry(body[start.start() :]):
            return found
    return None
