"""One article's page as a publisher, a repository or an aggregator shows it (a journal's article
page, PubMed Central, SciELO, CyberLeninka, a paper's HTML version): menus maybe, then the
article's front, then the site's furniture:

    Published in final edited form as: J Made Up Inform. 2015 Sep 10;57:436–445. doi: 10.1234/x
    Title of the Article
    Ada Quist 1,2, Ben Okafor 2                   <- the byline, affiliation marks and all
    1 Department of Imaginary Studies, University of Somewhere     <- what shows it a front
    Received 29th May 2022, Accepted 12th August 2022
    First published on 13th August 2022
    Abstract
    The abstract, one paragraph.

The byline anchors it (`by` before it, affiliation marks, degrees, names an item or a line each,
Chinese, Japanese and Korean names too): the title is the line right over it (a publisher's
button between them aside), and the lines around it must show an article's front (an
affiliation, an e-mail, an ORCID, a `Received`/`Published` date, a DOI, an `Abstract` heading).
The day is the `Published` one, else the journal line's. A page holds one article: a paste with
two such fronts, or dated papers after its front, is a list, left to the other readers; a PDF's
first page with its arXiv stamp is the arXiv readers'.
"""

from __future__ import annotations

import re

from papershelf.importers.paste.build import Draft, build
from papershelf.importers.paste.doc import Doc, Found
from papershelf.importers.paste.lines import CJK, Line, is_furniture
from papershelf.importers.paste.names import looks_like_names, split_names

NAME = "article-page"
DESCRIPTION = "One article's page: its title, its byline, affiliations, dates, DOI and abstract"
TITLED = True

HEAD = 120  # lines of a page in which its front stands
AFTER = 12  # lines under the byline that hold the front's affiliations, dates and DOI
SHOWN_WITHIN = 6  # lines under the byline in which an affiliation, a date or a DOI shows a front
BEFORE = 5  # lines over the title that may hold the article's DOI and journal line
MAX_TITLE = 300
AGAIN = 20  # lines after the front in which another paper's date line shows a list
MIN_ABSTRACT = 100
PAGE_TITLE_WITHIN = 3  # the page's own title opens the capture
_SITE_AFTER = re.compile(r"^\s+[-|–—·]\s+\S.{0,60}$")  # ` - ScienceDirect`, ` | Nature`
ABSTRACT_WITHIN = 40  # lines under the byline in which its `Abstract` heading may stand
MIN_CJK_ABSTRACT = 40

_DOI = re.compile(r"\b10\.\d{4,9}/[^\s\"<>]+")
_ABSTRACT_HEADS = frozenset(
    ("abstract", "abstract:", "summary", "resumo", "resumen", "résumé", "аннотация", "抄録",
     "要旨", "摘要", "초록", "요약")
)  # fmt: skip
# An affiliation, an address to write to, a researcher's identifier: only a front has them
# right under a byline.
_AFFILIATION = re.compile(
    r"\b(?:Universit(?:y|at|ät|é|e|à|ad|ade|eit|as)|Institut(?:e|o|ion)?|Department|Dept\.|Faculty"
    r"|School of|College|Hospital|Centre|Center|Laborator(?:y|io|ies)|Correspondence)\b"
    r"|[Уу]ниверситет|[Ии]нститут|大学|研究所|研究院|대학교|연구소|연구원"
    r"|[\w.+\-]@[\w\-]+\.\w|\{at\}|\[email protected\]|orcid\.org",
)
MAX_AFFILIATION = 250  # characters: a longer line is prose that names a university
_DATED = re.compile(
    r"^(?:Received|Accepted|Revised|Published|First published|Available online|Publication date"
    r"|Recebido|Aceito|Recibido|Aceptado|Publicado|Reçu|Accepté|Publié|Поступила|Опубликовано"
    r"|発行日|公開日|出版日|受付日|发表日期|发布日期|收稿日期|발행일|게재일)(?:\b|(?=[:：\s]))",
    re.IGNORECASE,
)
# The day the article appeared, in the words pages print it with, best first.
_PUBLISHED = (
    re.compile(r"\bFirst published(?: online)?(?: on)?\s*[:：]?\s*(?P<day>[^,;|]{6,30})", re.I),
    # `Published online by Cambridge University Press:  06 March 2017`: the publisher named first
    re.compile(r"\bPublished online by [^:：]{3,80}[:：]\s*(?P<day>\d{1,2} [A-Z][a-z]{2,8} (?:19|20)\d{2})"),
    re.compile(r"\b(?:Published(?: online)?|Available online|Publication date)(?: on)?\s*[:：]?"
               r"\s*(?P<day>[A-Z][a-z]{2,8}\.? \d{1,2}, (?:19|20)\d{2}|[^,;|]{6,30}?)"
               r"(?=\.?\s+(?:DOI|doi)\b|\.\s|\s*[,;|/]|\.?$)", re.I),
    re.compile(r"(?:発行日|公開日|出版日|发表日期|发布日期|발행일|게재일)\s*[:：]?\s*"
               r"(?P<day>(?:19|20)\d{2}\s*[/.\-年]\s*\d{1,2}\s*[/.\-月]\s*\d{1,2}日?)"),
)  # fmt: skip
# `摘要: …`, `Abstract: …`: the abstract on its label's line
_ABSTRACT_LINE = re.compile(
    r"^(?:Abstract|Summary|Resumo|Resumen|Résumé|Аннотация|摘要|抄録|要旨|초록|요약)\s*[:：.]\s*"
    r"(?P<text>\S.{39,})$",
    re.I,
)
_NUMERIC_DAY = re.compile(r"^((?:19|20)\d{2})\s*[/.\-年]\s*(\d{1,2})\s*[/.\-月]\s*(\d{1,2})日?$")
MAX_NAME_WORDS = 4
_SENTENCE_END = re.compile(r"[^\W\d_]{3}\.$")  # `… Generator.`; not `Ada B.`
_UNFINISHED = re.compile(
    r"\s(?:a|an|the|of|for|and|or|to|in|on|at|with|via|by|from|into)$|[\-–—:,]$", re.I
)
# `Submitted …`, `by …`, and a digest's own dateline (`Created on Fri Sep 13 01:16:52 2024`)
_NO_TITLE_START = re.compile(
    r"^\[?(?:Submitted|by|(?:Created|Generated|Updated|Last (?:modified|updated))\s+(?:on|at)\b)\b",
    re.I,
)
_MARK_BEFORE_AND = re.compile(r"(?<=[^\W\d_])\s+\d{1,2}(?:\s*,\s*\d{1,2})*[*†]?(?=\s+(?:and|&)\s)")
_CJK_SEPARATORS = re.compile(r"[,，、;；]")
_CJK_MARKS = re.compile(r"[\d*∗†‡]+")
_CJK_NAME = re.compile(
    r"^(?=.{2,7}$)[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]{1,4}"
    r"(?: ?[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]{1,4})?$"
)
MAX_CJK_NAMES = 40
_DEGREES = re.compile(
    r",?\s+(?:MD|PhD|MSc|MPH|MBBS|BSc|BA|MA|MS|RN|DrPH|DPhil|FRCP|FRCS|MBA|MBChB|DO|PharmD)"
    r"(?=[\d*†‡,;]|\s|$)"
)
_BY = re.compile(r"^(?:by|By|BY)\s+(?=\S)")
_ORDINAL = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)\b")
_ISO_DAY = re.compile(r"^(?:19|20)\d{2}-\d{2}-\d{2}$")
_MONTHS = {m: n for n, m in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1)}  # fmt: skip
_YEAR_MONTH_DAY = re.compile(r"^((?:19|20)\d{2}) ([A-Za-z]{3})[a-z]*\.? (\d{1,2})$")
_DAY_MONTH_YEAR = re.compile(r"^(\d{1,2}) ([A-Za-z]{3,9})\.? ((?:19|20)\d{2})$")
# `J Made Up Inform. 2015 Sep 10;57:436–445`: a Vancouver citation of the article
_CITED_DAY = re.compile(r"\b((?:19|20)\d{2}) ([A-Z][a-z]{2})\.? (\d{1,2})\s*[;:]")
# `Front. Made-Up Sci., 12 March 2021`: a day in the journal's line
_A_DAY = re.compile(
    r"\b\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? (?:19|20)\d{2}\b"
)
_VANCOUVER_YEAR = re.compile(r"\b((?:19|20)\d{2});\s?\d+(?:\(\d+\))?:")  # `2021;12(3):45`
# `Journal v.22 n.4 City dez. 2013`, `Vol. 16, No. 1 (Jan., 1953)`: the issue the article is in
_ISSUE_YEAR = re.compile(r"\b(?:v\.\s?\d+|[Vv]ol\.\s?\d+|[Vv]olume \d+)\b.*\b((?:19|20)\d{2})\b")
_ISSUE_MONTH = re.compile(
    r"\b(?:[Vv]ol\.|[Vv]olume) ?\d+, (?:Issue \d+, )?([A-Z][a-z]{2,8}) ((?:19|20)\d{2})\b"
)
# French typography's ` : ` after a phrase, not a label's word: `La revue Lanterne : le point`
_SPACED_COLON_TITLE = re.compile(r"^[^\W\d_][^:：\s]*(?: [^:：\s]+){2,} [:：] \S+(?: \S+){2,}")
# `p. 51-60`, `pp. 3–14`, `S. 271-278`: the pages of the article in its issue, under its byline
_PAGES = re.compile(r"^(?:pp?\.|S\.|Seiten?|Pages?)\s?\d{1,5}\s?[-–]\s?\d{1,5}\.?$")
# A name or a number a title keeps in its translation: `SciELO`, `Cadernos`, `2021`
_NAME_WORD = re.compile(r"\b(?:[A-Z][\w-]{3,}|\d{2,})\b")
_NON_ASCII_LETTER = re.compile(r"(?![A-Za-z])[^\W\d_]")
_ACCESS_BADGE = re.compile(r"\s+(?:Free|Free Access|Open Access)$")
_ARXIV_LINK = re.compile(r"arxiv\.org/abs/\d{4}\.\d{4,5}|\barXiv:\s?\d{4}\.\d{4,5}", re.I)
_ARXIV_STAMP = re.compile(r"\barXiv:\d{4}\.\d{4,5}")
_LABEL = re.compile(r"^[^:：]{1,30}[:：]\s")
# `bioRxiv: the preprint server …`, `BERTIC: Pre-training …`, `SciELO Public Health: the …`:
# a title naming its system before a colon, the name in mixed case or an acronym (labels are
# words: `Journal:`, `Keywords:`)
_NAMED_TITLE = re.compile(
    r"^(?!(?:DOI|URL|PDF|ISSN|ISBN|PMID|PMCID|ORCID|JEL|MSC|PACS|UDC|CLC)\b)"
    r"(?:[a-z]+[A-Z][A-Za-z0-9]*|[A-Z][a-z]*[A-Z][A-Za-z0-9-]*|[A-Z]{3,}[0-9-]*)"
    r"(?: [^\W\d_][^:：\s]*){0,3}[:：]\s+\S+\s+\S+\s+\S+"
)
_NO_TITLE = re.compile(
    r"\b(?:Volume|Vol\.|Article ID)\s*\d|\b\d+ pages\b| > |^\d{3,}\s|[\w.+\-]@[\w\-]+\.\w"
    r"|\b\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? (?:19|20)\d{2}\b"
)  # an issue's line, pages, a breadcrumb, an address, an e-mail, a day (`Front. Sci., 12 March 2021`)
# Buttons a publisher sets between the title and the names
_BETWEEN = re.compile(
    r"^(?:Author links open overlay panel|Show more|Show authors|Authors?|Author information"
    r"|Open [Aa]ccess|Article|Research Article)$"
)
# The first word of a publisher's button beside an article (`Purchase PDF`, `Download PDF`) or
# of its menu (`Advanced Search`)
_BUTTON_WORDS = frozenset(
    (
        "purchase",
        "download",
        "buy",
        "rent",
        "request",
        "export",
        "subscribe",
        "sign",
        "log",
        "advanced",
        "search",
        "browse",
        "home",
        "help",
    )
)
# A byline of items, each a name with its affiliation in brackets (a Korean or Japanese journal's
# page): `• 정한민 (한국과학기술정보연구원) ;`
_BULLETS = "•·▪"
_BRACKETED_NAME = re.compile(
    r"^[•·▪]\s*(?P<name>[^\W\d_][^()\d,;:]{1,40}?)\s*\([^()]{3,150}\)\s*(?P<sep>[;,])?$"
)
# A byline's label in the languages journals' pages print it in
_BYLINE_LABEL = re.compile(
    r"^(?:Autor(?:/in|/innen|in|innen|en|es)?|Author(?:\(s\)|s)?|Auteur(?:\(e\)|e)?s?|Autoras?)"
    r"\s?[:：]\s*(?=\S)"
)
# The issue's line between the title and the byline: `Journal | Seite 271-278 | Publisher`
_SOURCE_PAGES = re.compile(r"\b(?:pp?\.|S\.|Seiten?|Pages?)\s?\d{1,5}\s?[-–]\s?\d{1,5}\b")
# A yearbook's or journal's abbreviation and the volume's year over the title: `JHK 2015`
_VOLUME_YEAR = re.compile(r"^[A-Z]{2,8} ((?:19|20)\d{2})$")
# bioRxiv's and medRxiv's link to an author's ORCID record, glued before each name that has one
_ORCID_BUTTON = re.compile(r"\bView ORCID Profile\s*")
# A bilingual page (a translating reader's) sets each line's translation after it, the names'
# too: `Larry Quist 拉里·奎斯特`
_TRANSLATED_NAMES = re.compile(r"\s+[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af][^a-z]*$")
# ScienceDirect's button, copied as text glued to the first name
_GLUED_BUTTON = "Author links open overlay panel"
# `Ada Quist a, Ben Okafor a b`: affiliations lettered after each name, before a comma or the end
_LETTER_MARKS = re.compile(r"(?<=[^\W\d_]{2})(?: [a-z]\b)+(?=\s*,|\s*$|\s+(?:and|&)\s)")
_INITIAL_END = re.compile(r"(?:^|\s)[A-Z]\.$")  # `… Sana S.`: a line ending with an initial
_LEADING_MARKS = "0123456789*†‡§ "  # `1Department of …`: the affiliation's mark glued on
_ABBREVIATION = re.compile(r"\b[^\W\d_]{2,}\.(?=\s|$)")  # `Sec.`: a word cut, no initial


def read(lines: list[Line], doc: Doc) -> list[Found]:
    fronts: list[tuple[int, int, int]] = []  # (title, first byline line, last byline line)
    end = min(len(lines), HEAD)
    at = 1
    while at < end:
        byline = _byline(lines, at)
        if byline is None:
            at += 1
            continue
        last = byline
        title_at = _title_over(lines, at)
        if title_at is not None and _front_shown(lines, title_at, at, last):
            fronts.append((title_at, at, last))
        at = last + 1
    titles = {lines[front[0]].text for front in fronts}
    if len(titles) != 1:
        return []  # none, or a list of papers: no single article's page
    title = fronts[0][0]
    near = range(max(0, title - BEFORE), min(len(lines), title + 4))
    if any(_ARXIV_STAMP.search(lines[at].text) for at in near):
        return []  # a PDF's first page, its arXiv stamp beside the title: the arXiv readers'
    found = _read_front(lines, doc, *fronts[0])
    if _dated_again(lines, found.last):
        return []  # `Published: …` under the next title too: a list of papers, each dated
    return [found]


def _dated_again(lines: list[Line], last: int) -> bool:
    """A line of the front's dates (`Published: 2025-03-30`) in the lines after it."""
    return any(
        _DATED.match(lines[at].text) for at in range(last + 1, min(len(lines), last + 1 + AGAIN))
    )


def _byline(lines: list[Line], at: int) -> int | None:
    """The index of the byline's last line when a byline starts at `at`: a line of names, or
    names set one to a line (`1. Ada Quist,` / `2. Ben Okafor`), each but the last ending in a
    comma."""
    line = lines[at]
    if line.text[:1] in _BULLETS and (bracketed := _BRACKETED_NAME.match(line.text)):
        last = at  # `• Ada Quist (University of Nowhere) ;`: a name an item, its affiliation
        while last + 1 < len(lines) and _BRACKETED_NAME.match(lines[last + 1].text):
            last += 1
        return last if last > at or bracketed["sep"] is None else None
    if line.kind not in ("text", "item") or not _names(line.text):
        return None
    if _BYLINE_LABEL.match(line.text) and not _source_line(lines[at - 1].text):
        return None  # `Authors: …` in a note of labelled fields is the labelled readers'
    last = at
    while last + 1 < len(lines) and _name_cut(lines[last].text, lines[last + 1]):
        last += 1  # `…, Ada B.` / `Quist, Ben Okafor`: a name wrapped after its initial
    while (
        (lines[last].text.endswith(",") or lines[last + 1].text.startswith(","))
        if last + 1 < len(lines)
        else False
    ) and lines[last + 1].kind == line.kind:
        following = lines[last + 1].text.lstrip(", ")
        if following and not _names(following):
            break
        last += 1  # `Ada Quist a` / `, Ben Okafor b` / `,`: a name a line, commas between
        while last + 1 < len(lines) and _name_cut(lines[last].text, lines[last + 1]):
            last += 1
    if last == at and line.kind == "item" and _one_name(line.text):
        while last + 1 < len(lines) and lines[last + 1].kind == "item":
            if not _one_name(lines[last + 1].text):
                break
            last += 1  # `- Ada Quist` / `- Ben Okafor`: a name an item
    return last


def _name_cut(text: str, following: Line) -> bool:
    """A byline wrapped inside a name, after its initial (`…, Sana S.` / `Quist, Ben Okafor,`):
    the next line's first word ends the name and names follow it."""
    if not _INITIAL_END.search(text) or following.kind != "text":
        return False
    head, _, rest = following.text.partition(", ")
    return bool(rest) and head[:1].isupper() and " " not in head and _names(rest)


def _one_name(text: str) -> bool:
    return _names(text) and len(split_names(_plain_byline(text))[0]) == 1


def _names(text: str) -> bool:
    """A line of people's names (`by` before them or not), each of two words at least (`KM`
    alone is a name cut by a wrapped line; `Help | Advanced Search` a menu)."""
    text = _plain_byline(text)
    if CJK.search(text[:8]):
        return _cjk_names(text)
    if len(text) > 400 or " | " in text or not looks_like_names(text.rstrip(",")):
        return False
    if text.split(None, 1)[0].casefold() in _BUTTON_WORDS:
        return False  # `Purchase PDF`, `Download PDF`: a publisher's button, two capitals
    names = split_names(text.rstrip(","))[0]
    if len(names) == 1 and (
        len(names[0].split()) > MAX_NAME_WORDS
        or _SENTENCE_END.search(text)
        or _ABBREVIATION.search(names[0])
    ):
        return False  # `A Model-Driven Probabilistic Parser Generator.`, `Sec. Made-Up Studies`
    return all(" " in name or not name.isascii() for name in names)


def _cjk_names(text: str) -> bool:
    """`山田 花子, 鈴木 一郎`, `山田花子1, 铃木一郎2`, `김민수, 이영희`: names of two to six
    characters (a space between family and given name or not), their marks dropped."""
    parts = [part.strip() for part in _CJK_SEPARATORS.split(_CJK_MARKS.sub("", text))]
    if len(parts) == 1 and " " not in parts[0]:
        return False  # `著者情報`, `抄録`: a name alone is written with a space in it
    return len(parts) <= MAX_CJK_NAMES and all(_CJK_NAME.match(part) for part in parts)


def _plain_byline(text: str) -> str:
    """The names without `by` before them and without the affiliation marks before `and`
    (`by Ada Quist 1,*, Ben Okafor 2 and Clara Vane 1`), without a publisher's button glued
    before them or affiliation letters after them (`Author links open overlay panelAda Quist a,
    Ben Okafor a b`)."""
    if text[:1] in _BULLETS and (bracketed := _BRACKETED_NAME.match(text)):
        return bracketed["name"]
    if ":" in text[:14] and (label := _BYLINE_LABEL.match(text)):
        text = text[label.end() :]  # `Autor/in: Ada Quist`, `Auteur : Ada Quist`
    if text[:1] == "A" and text.startswith(_GLUED_BUTTON):
        text = text[len(_GLUED_BUTTON) :]
    if "ORCID" in text:
        text = _ORCID_BUTTON.sub("", text)  # `View ORCID ProfileAda Quist, Ben Okafor`
    if text[:1].isascii() and (translated := _TRANSLATED_NAMES.search(text)):
        text = text[: translated.start()]  # `Ada Quist 阿达·奎斯特`: a bilingual page's translation
    if " " in text and _LETTER_MARKS.search(text):
        text = _LETTER_MARKS.sub("", text)
    text = _BY.sub("", text, count=1)
    if "," in text or ";" in text:
        text = _DEGREES.sub("", text)  # `Ada Quist, MD, PhD1; Ben Okafor, MSc2`
    return _MARK_BEFORE_AND.sub("", text) if " and " in text or " & " in text else text


def _title_over(lines: list[Line], byline: int) -> int | None:
    """The title right over the byline; a page in another language gives the English title
    under its own (`O resumo de um artigo` / `The abstract of a paper`): the first is taken."""
    at = byline - 1
    if at > 0 and _BETWEEN.match(lines[at].text):
        at -= 1  # `Author links open overlay panel`: a button between title and names
    elif at > 0 and _source_line(lines[at].text):
        at -= 1  # `Journal | Seite 271-278 | Publisher` between title and names
    if at > 0 and _published(lines[at].text) and _DATED.match(lines[at].text):
        # `Published online by …: 06 March 2017` between title and names (Cambridge's reader
        # page): the day says the line over it is the title, however short (`Editorial`)
        return at - 1 if _title_like(lines[at - 1]) or _short_title(lines[at - 1]) else None
    if not _title_like(lines[at]):
        return None
    if at > 0 and _title_start(lines[at - 1], lines[at]):
        return at - 1  # `Title: The case of` / `the rest of the title`: wrapped
    if at > 0 and (_translation_of_title_over(lines, at) or _translated_title_over(lines, at)):
        return at - 1
    if (
        at > 0
        and _title_like(lines[at - 1])
        and lines[at].text.isascii()
        and _NON_ASCII_LETTER.search(lines[at - 1].text)
        and not lines[at - 1].text.isupper()
    ):
        return at - 1
    return at


def _title_start(line: Line, rest: Line) -> bool:
    """The title's first line when the title wraps (`How X influences Y: The case of`): the
    same paragraph, cut after a word that cannot end a title."""
    text = line.text
    return (
        line.kind == "text"
        and line.block == rest.block
        and _UNFINISHED.search(text) is not None
        and len(text.split()) >= 3
        and len(text) + len(rest.text) <= MAX_TITLE
        and not (_DOI.search(text) or _DATED.match(text) or _NO_TITLE.search(text))
        and not looks_like_names(text)
    )


def _title_text(lines: list[Line], title: int, first: int) -> str:
    """The title, its wrapped lines joined."""
    text = lines[title].text
    at = title
    while at + 1 < first and _title_start(lines[at], lines[at + 1]):
        at += 1
        text = f"{text} {lines[at].text}"
    return text


def _translation_of_title_over(lines: list[Line], at: int) -> bool:
    """A bilingual page's line in Chinese, Japanese or Korean under a title in Latin letters
    (`Counting Lanterns` / `数灯笼`): the translation; the title is the original over it."""
    text, over = lines[at].text, lines[at - 1]
    return (
        CJK.search(text[:4]) is not None
        and over.text[:1].isascii()
        and not CJK.search(over.text)
        and _title_like(over)
    )


def _translated_title_over(lines: list[Line], at: int) -> bool:
    """A journal in two languages sets the title in both, the article's own language first
    (`SciELO Saúde Pública: o desempenho …` / `SciELO Public Health: the performance …`): two
    titles of like length that share a name (a capitalised word, a number) are one title."""
    title, over = lines[at].text, lines[at - 1]
    if not _title_like(over) or not 0.6 <= len(over.text) / len(title) <= 1.67:
        return False
    shared = set(_NAME_WORD.findall(over.text)) & set(_NAME_WORD.findall(title))
    return len(shared) >= 2


def _source_line(text: str) -> bool:
    return " | " in text and _SOURCE_PAGES.search(text) is not None


def _title_like(line: Line) -> bool:
    text = line.text
    if line.kind not in ("text", "heading") or len(text) > MAX_TITLE or is_furniture(text):
        return False
    words = len(text.split())
    if words < 3 and not (words == 1 and len(text) >= 6 and not text.isascii()):
        return False
    if text.endswith((":", "：", ",")) or _DOI.search(text):
        return False
    if _LABEL.match(text) and not (_NAMED_TITLE.match(text) or _SPACED_COLON_TITLE.match(text)):
        return False  # `Journal: …`, `Keywords: …`; not `bioRxiv: the preprint server`
    if _NO_TITLE.search(text) or text.endswith("."):
        return False  # an issue's line, a breadcrumb, an address, a citation's title (`Title.`)
    if _DATED.match(text.lstrip("[(")) or _NO_TITLE_START.match(text) or _UNFINISHED.search(text):
        return False  # a dateline, a byline; a title wrapped onto the next line (`… LLMs for`)
    if _abstract_head(text) or (CJK.search(text[:8]) and _cjk_names(text)):
        return False
    # `Searching and Evaluating Publications Using Europe PMC` reads as names split at `and`
    return not looks_like_names(text) or (words >= 6 and "," not in text)


def _short_title(line: Line) -> bool:
    """`Editorial`, `Obituary`: a title of a word or two, shown one by the dateline under it."""
    text = line.text
    return (
        line.kind in ("text", "heading")
        and 4 <= len(text) <= 40
        and text[:1].isupper()
        and not is_furniture(text)
        and not _LABEL.match(text)
        and not text.endswith((":", "：", ",", "."))
    )


def _front_shown(lines: list[Line], title: int, first: int, last: int) -> bool:
    """An affiliation, a date, a DOI or an `Abstract` heading under the byline, or a DOI over
    the title."""
    for at in range(last + 1, min(len(lines), last + 1 + SHOWN_WITHIN)):
        text = lines[at].text
        if lines[at].kind == "claimed":
            break
        if (
            (len(text) <= MAX_AFFILIATION and _AFFILIATION.search(text.lstrip(_LEADING_MARKS)))
            or _DATED.match(text)
            or _DOI.search(text)
            or _PAGES.match(text)
            or _abstract_head(text)
        ):
            return True
    if any(_source_line(lines[at].text) for at in range(title + 1, first)):
        return True  # the issue's line with the article's pages between title and names
    return any(
        _DOI.search(lines[at].text) for at in range(max(0, title - BEFORE), title)
    ) and not any(lines[at].kind == "claimed" for at in range(title, last + 1))


def _read_front(lines: list[Line], doc: Doc, title: int, first: int, last: int) -> Found:
    names = ""
    for at in range(first, last + 1):
        part = lines[at].text.strip(", ")
        if part[:1] in _BULLETS and (bracketed := _BRACKETED_NAME.match(part)):
            part = bracketed["name"]  # `• Ada Quist (University of Nowhere) ;`
        if part:  # a name wrapped after its initial goes on with no comma between
            cut = _INITIAL_END.search(names) and not lines[at - 1].text.endswith(",")
            names = f"{names} {part}" if names and cut else f"{names}, {part}" if names else part
    names = _plain_byline(names)
    title_text = _ACCESS_BADGE.sub(
        "", _title_text(lines, title, first)
    )  # `Title Free`: the page's badge
    draft = Draft(line=lines[title].number, title=title_text)
    draft.authors = _once_each(split_names(names)[0])
    draft.urls = list(lines[title].urls)
    top = title  # the first line the article's fields were taken from
    for at in range(max(0, title - BEFORE), title):  # the DOI and the journal's line over it
        if lines[at].kind == "claimed":
            continue
        if _take_ids(draft, lines[at]):
            top = min(top, at)
        if day := _published(lines[at].text):  # a `Published …` day over a cited year
            draft.date, top = day, min(top, at)
        elif not draft.date and (cited := _cited_day(lines[at].text)):
            draft.date, top = cited, min(top, at)
        elif not draft.date and at == title - 1 and (volume := _VOLUME_YEAR.match(lines[at].text)):
            draft.date, top = volume[1], min(top, at)  # `JHK 2015` right over the title
    for at in range(title + 1, first):  # a `Published online by …:` line between them
        if day := _published(lines[at].text):
            draft.date = day
    end = last
    labels: set[str] = set()  # the date lines' labels met: a label again is the next paper's
    for at in range(last + 1, min(len(lines), last + 1 + AFTER)):
        line = lines[at]
        if line.kind == "claimed":
            break
        if dated := _DATED.match(line.text):
            if dated[0].casefold() in labels:
                break
            labels.add(dated[0].casefold())
        if _abstract_head(line.text):
            following = lines[at + 1] if at + 1 < len(lines) else None
            if following and following.kind == "text" and _abstract_like(following.text):
                draft.abstract, end = following.text, at + 1
            elif not any(lines[up].kind == "heading" for up in range(last + 1, at)):
                end = at  # the front's lines down to its empty `Abstract` heading are its own
            break
        labelled = _ABSTRACT_LINE.match(line.text)
        if not draft.abstract and labelled and _abstract_like(labelled["text"]):
            draft.abstract, end = labelled["text"], at
            continue
        _take_ids(draft, line)
        if day := _published(line.text):
            draft.date = day
        elif not draft.date and (cited := _cited_day(line.text)):
            draft.date = cited  # the journal's citation line under the names (`… 2021;12(3):45`)
        if _ARXIV_LINK.search(line.text) and "arxiv" not in draft.text.lower():
            draft.text += " " + line.text  # the article's arXiv version, linked on its page
            draft.urls += [url for url in line.urls if "arxiv.org/" in url]
            end = at
        end = at if (_DATED.match(line.text) or _DOI.search(line.text)) else end
    if not draft.abstract and (below := _abstract_below(lines, last)) is not None:
        draft.abstract, end = lines[below].text, below
    top = _page_title_over(lines, draft, title, top)
    draft.confidence = 0.85
    return Found(build(draft, doc.captured), top, max(end, last))


def _page_title_over(lines: list[Line], draft: Draft, title: int, top: int) -> int:
    """A page captured as Markdown opens with the page's own title, the site's name after the
    article's (`# Title - ScienceDirect`), and maybe `URL: https://…` under it: they are the
    article's too (the address its page). Returns the first line of the article's front."""
    wanted = lines[title].text.strip()
    for at in range(min(PAGE_TITLE_WITHIN, top)):
        text = lines[at].text.strip()
        if not text.startswith(wanted) or not _SITE_AFTER.match(text[len(wanted) :]):
            continue
        below = lines[at + 1].text if at + 1 < len(lines) else ""
        if below.startswith("URL: http"):
            draft.urls.append(below[5:].split()[0])
        return at
    return top


def _abstract_below(lines: list[Line], last: int) -> int | None:
    """The abstract under its heading further down, past a publisher's `Highlights` and buttons
    (ScienceDirect's page): the first such heading only, and none past another paper's."""
    for at in range(last + 1, min(len(lines) - 1, last + 1 + ABSTRACT_WITHIN)):
        line = lines[at]
        if line.kind == "claimed":
            return None
        if _abstract_head(line.text):
            following = lines[at + 1]
            if following.kind == "text" and _abstract_like(following.text):
                return at + 1
            return None
    return None


def _abstract_head(text: str) -> bool:
    """`Abstract`, `摘要`, and on a bilingual page the two glued (`Abstract摘要`)."""
    folded = text.casefold()
    if folded in _ABSTRACT_HEADS:
        return True
    if len(folded) > 20 or not folded[:1].isascii() or (cjk := CJK.search(folded)) is None:
        return False
    return (
        folded[: cjk.start()].strip() in _ABSTRACT_HEADS
        and folded[cjk.start() :] in _ABSTRACT_HEADS
    )


def _abstract_like(text: str) -> bool:
    """A paragraph an abstract's length (Chinese, Japanese and Korean say as much in fewer)."""
    return len(text) >= (MIN_CJK_ABSTRACT if CJK.search(text[:20]) else MIN_ABSTRACT)


def _once_each(names: list[str]) -> list[str]:
    """A page that shows each name twice (the link's text and its tooltip): each once."""
    seen: list[str] = []
    for name in names:
        if name not in seen:
            seen.append(name)
    return seen


def _take_ids(draft: Draft, line: Line) -> bool:
    """The line's DOI (and its link), when the draft has none yet: True when taken."""
    if (doi := _DOI.search(line.text)) is None or "doi" in draft.text:
        return False
    draft.text += f" doi:{doi[0].rstrip('.,;')}"
    if (start := line.text.find("http")) >= 0:
        url = line.text[start:].split()[0]
        if _DOI.search(url):
            draft.urls.append(url)
    return True


def _published(text: str) -> str | None:
    for pattern in _PUBLISHED:
        if found := pattern.search(text):
            return _iso(found["day"].strip())
    return None


def _iso(day: str) -> str:
    """`13th August 2022` -> `2022-08-13`; an ISO day as it is; anything else as printed."""
    day = _ORDINAL.sub(r"\1", day).strip()
    if _ISO_DAY.match(day):
        return day
    if found := _NUMERIC_DAY.match(day):  # `2020/04/30`, `2020年4月30日`
        return f"{found[1]}-{int(found[2]):02d}-{int(found[3]):02d}"
    if (found := _DAY_MONTH_YEAR.match(day)) and (month := _MONTHS.get(found[2][:3].lower())):
        return f"{found[3]}-{month:02d}-{int(found[1]):02d}"
    if (found := _YEAR_MONTH_DAY.match(day)) and (month := _MONTHS.get(found[2][:3].lower())):
        return f"{found[1]}-{month:02d}-{int(found[3]):02d}"  # PubMed's `2023 Mar 22`
    return day


def _cited_day(text: str) -> str | None:
    """The day or year of the issue a citation line over the title gives."""
    if (found := _CITED_DAY.search(text)) and (month := _MONTHS.get(found[2].lower())):
        return f"{found[1]}-{month:02d}-{int(found[3]):02d}"
    if found := _A_DAY.search(text):  # `Front. Made-Up Sci., 12 March 2021`
        return _iso(found[0])
    if found := _VANCOUVER_YEAR.search(text):  # `JAMA Made Up. 2021;12(3):45-67`
        return found[1]
    if (found := _ISSUE_MONTH.search(text)) and (month := _MONTHS.get(found[1][:3].lower())):
        return f"{found[2]}-{month:02d}"  # `Volume 152, February 2021, 105716`
    if found := _ISSUE_YEAR.search(text):
        return found[1]
    return None
