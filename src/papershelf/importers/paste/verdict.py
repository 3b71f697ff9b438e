"""The last word on what a paste reader found: is its title a paper's title at all?

Every reader picks its titles by cues of its own; what is never a paper's title is the same for
all of them, so it is judged here once: a `Label: value` line of metadata, a list of names, an
affiliation, a counter or a bare number, a site's page title (`Computation and Language - arXiv`,
`owner/model · Hugging Face`), a link to something that is no paper (a notebook, a repository, a
site's section) with nothing else said about it. A page title that names a paper keeps the
paper's title (`Paper page - Title`, `[2401.01234] Title`, `View a PDF of the paper titled …`).
A record judged not a paper is dropped before its lines are claimed, so that a later reader may
still read them.
"""

from __future__ import annotations

import re

from papershelf.core.dates import parse_date
from papershelf.core.records import PaperRecord
from papershelf.core.text import caseless
from papershelf.importers.common import apply_date
from papershelf.importers.paste.arxiv_subjects import arxiv_subject
from papershelf.importers.paste.captions import listing_caption
from papershelf.importers.paste.lines import is_furniture
from papershelf.importers.paste.names import looks_like_names, split_names
from papershelf.importers.paste.reldates import is_relative
from papershelf.importers.paste.sources import not_a_paper

_PAGE_PREFIX = re.compile(
    r"^(?:paper page\s*[-–—:]\s*|\[(?:\d{4}\.\d{4,5}|[a-z\-]+/\d{7})(?:v\d+)?\]\s+"
    r"|view (?:a )?pdf of the paper titled\s+|(?:title|标题|题目|titel|titre|título)\s*[:：]\s*"
    r"|(?:paper|论文)\s*#?\d{1,3}\s*[:：.]\s+(?=\S)|:\s+)",  # `Paper 3: Title`: its place in a list
    re.IGNORECASE,
)
# `Title (Wang et al., 2022)`, `Title (Silver et al., arXiv:1712.01815) — abstract page only`:
# a note's heading cites its paper after the title.
_CITATION_TAG = re.compile(
    r"\s*\((?:[A-Z][\w'’\-]+ et al\.?|[A-Z][\w'’\-]+ (?:and|&) [A-Z][\w'’\-]+),?\s*[^()]{0,40}\)"
    r"(?:\s+[—–-]\s+[^—–]{1,60})?$"
)
_VIEW_PDF_BY = re.compile(r",\s+by\s+[^,]+(?:,\s*[^,]+)*$")
# A paper's own page is titled `Title | OpenReview`; a page of arXiv, Hugging Face, Scholar or
# GitHub titled `… - arXiv` is a listing, a model, a profile or a repository (their paper pages
# put the paper first: `[2401.01234] Title`, `Paper page - Title`).
_PAPER_SITE = re.compile(
    r"\s+[-–—|·]\s+(?:OpenReview(?:\.net)?|Semantic Scholar|ResearchGate|ACL Anthology"
    r"|Papers [Ww]ith Code)\s*$"
)
_OTHER_SITE = re.compile(
    r"\s+[-–—|·]\s+(?:arXiv(?:\.org)?|Hugging\s?Face|Google Scholar|GitHub|YouTube)\s*$"
)
# How the names the two patterns look for end.
_PAPER_SITE_ENDS = ("OpenReview", ".net", "Scholar", "ResearchGate", "Anthology", "Code")
_OTHER_SITE_ENDS = ("arXiv", ".org", "Face", "Scholar", "GitHub", "YouTube")
# A path or an address: two slashes or a file's name (`research/web/page.md`); one slash
# between words is a title's (`video/audio coding`, `and/or`)
_PATH = re.compile(r"[\w.\-]/[\w.\-]+/|/[\w.\-]+\.\w{2,4}\b|https?://|\.(?:md|html?|pdf|txt)\b")
# Labels of metadata lines, in the languages pastes come in; the value after them is never a title.
_META_LABELS = {
    "format", "source", "sources", "author", "authors", "author(s)", "autor", "autores",
    "auteur", "auteurs", "autoren", "venue", "date", "published", "submitted", "status",
    "score", "rating", "tags", "tag", "keywords", "category", "categories", "comments",
    "comment", "links", "link", "url", "pdf", "code", "note", "notes", "type", "journal",
    "conference", "year", "doi", "citation", "citations", "cited by", "affiliation",
    "affiliations", "institution", "subjects", "license", "licence", "fuente", "formato",
    "fecha", "estado", "reason", "summary", "tl;dr", "tldr", "topic", "topics", "task",
    "dataset", "datasets", "model", "models", "relevance", "priority", "read", "added",
    "评分", "日期", "作者", "来源", "链接", "关键词", "机构", "单位", "期刊", "会议", "发表",
    "元信息", "当前元信息", "分类", "标签", "备注", "评分理由", "推荐理由", "点评", "状态",
    "from", "to", "时间", "发布时间", "类别", "领域", "代码", "数据集", "저자", "날짜", "출처",
}  # fmt: skip
_LABEL = re.compile(r"^(?P<label>[^:：]{1,32}?)\s*[:：]\s*(?P<value>\S.*)$")
_KEY_PAIRS = re.compile(r"[:：][^|｜]*[|｜][^|｜]*[:：]")  # `Score: 85 | Date: 2026-06-09`
# `Fudan University`, `Microsoft Research`, `Shanghai AI Lab`: words of a short line that names an
# organisation (`Deep Research Bench` is a title: research ends no organisation's name there).
_ORGANISATION = re.compile(
    r"\b(?:University|Universit[éàä]t?|Institute|Institut|Laborator(?:y|ies)|Inc\.?|Ltd\.?"
    r"|Corp(?:oration)?\.?|GmbH|Academy|College|Department|DeepMind)\b|\b(?:Research|Labs?)$"
    r"|大学|研究院|研究所|实验室|公司"
)
_DATED_HEADING = re.compile(r"\b(?:19|20)\d{2}-\d{2}(?:-\d{2})?$")  # `Monthly Overview 2026-05`
# A document's version line (`Version 2, June 1991`, `Revision 1.3 – 2024`): no title.
_VERSION_LINE = re.compile(
    r"^(?:version|revision|rev\.|release|edition|draft)\s+[\d.]+\b[\s,;–—-]*"
    r"(?:(?:\d{1,2}\s+)?[A-Za-z]+\.?\s+(?:\d{1,2},?\s+)?)?(?:19|20)\d{2}$",
    re.IGNORECASE,
)
_METADATA = re.compile(
    r"\b(?:press enter|advanced search|skip to (?:main )?content|view email|sign in|log in)\b|"
    r"originally announced|submitted \d{1,2} \w+,? \d{4}",
    re.IGNORECASE,
)
# What `_METADATA` needs to find anything: most titles hold none of it.
_METADATA_WORDS = (
    "press enter", "advanced search", "skip to ", "view email", "sign in", "log in",
    "originally announced", "submitted ",
)  # fmt: skip


def _metadata_words(title: str) -> bool:
    lower = caseless(title)
    return any(word in lower for word in _METADATA_WORDS) and bool(_METADATA.search(title))


# Where no paper lives: notebooks, repositories, a hub's models and sections, search pages.
_NOT_PAPER_URL = re.compile(
    r"^https?://(?:colab\.research\.google\.com|(?:www\.)?github\.com/[^/]+/?[^/]*/?$"
    r"|huggingface\.co/(?!papers/\d)|(?:www\.)?(?:twitter|x|youtube|discord)\.com"
    r"|[\w.]*wikipedia\.org)",
    re.IGNORECASE,
)


_PLACEHOLDER = re.compile(
    r"^(?:the\s+)?(?:title|name)\s+of\s+(?:the\s+|his\s+|your\s+)?(?:paper|article|chapter"
    r"(?:\s+in\s+the\s+book)?|book|thesis|work|report)$|^(?:paper|article)\s+title$",
    re.IGNORECASE,
)


# A journal's page names the society it serves above the article: `Official Journal of the Asia
# Oceania Geosciences Society (AOGS)`, `The official publication of the …`, `Journal of the …`
# alone is a journal's name and stays to the readers that know venues.
_JOURNAL_MOTTO = re.compile(
    r"^(?:the\s+)?(?:an?\s+)?official\s+(?:journal|publication|organ|magazine)\s+of\s+(?:the\s+)?\S",
    re.IGNORECASE,
)


def judge(record: PaperRecord, *, titled: bool = False, named: bool = False) -> str | None:
    """Put a page title right; return why the record is no paper, or None when it may be one.
    `titled`: the reader took the title from a field named so (a table's Title column), where
    one word (`LEACE`, `SimNet`) is a paper's short name when the record has names or a date.
    `named`: the text said the name is a paper's (a newsletter's section of papers)."""
    year = title_year(record.title)
    record.title = paper_title(record.title)
    if year is not None:
        _date_from_title(record, year)
    title = record.title
    identified = bool(record.arxiv_id or record.doi)
    # The sites' names end the title where the patterns find them: most titles end otherwise,
    # and are not searched letter by letter (`\s` and rstrip() know the same white space).
    tail = title.rstrip()
    if tail.endswith(_OTHER_SITE_ENDS) and _OTHER_SITE.search(title):
        return "a site's page (a listing, a model, a profile or a repository)"
    if tail.endswith(_PAPER_SITE_ENDS) and (site := _PAPER_SITE.search(title)) is not None:
        title = record.title = title[: site.start()].strip()
    if is_furniture(title) or is_relative(title) or _metadata_words(title):
        return "page furniture"
    if " • " in title or " · " in title or title.startswith("& "):
        return "a byline's fields (`A Name • Publisher, 2004`), no title"
    if _cjk_section_name(title):
        return "a section's name (`主要贡献`, `方法`)"
    wordy = _wordy(title)
    if not wordy or (
        wordy < 2 and not identified and not (named or _short_but_named(record, titled))
    ):
        return "no words of a title"
    if _PLACEHOLDER.match(title):
        return "a style guide's placeholder"  # `J. K. Author, “Title of paper,” …`
    if _JOURNAL_MOTTO.match(title):
        return "a journal's description of itself"  # `Official Journal of the … Society (AOGS)`
    if _dated_heading(title):
        return "a dated page heading"
    if _VERSION_LINE.match(title):
        return "a document's version line"
    if listing_caption(title):
        return "a listing's caption (`Accepted Papers`), no paper"
    if not identified and not record.authors and arxiv_subject(title):
        return "an arXiv subject's name: a list page's heading"
    # `Comment: On …`: a discussion paper's title (when the record has its own identifier and
    # abstract) is no metadata line; arXiv's `Comments: 12 pages` is
    discussion = identified and bool(record.abstract) and title.startswith("Comment: ")
    if _metadata_line(title) and not discussion:
        return "a metadata line"
    if (
        _names(title)
        and not named
        and not (record.authors and looks_like_names(", ".join(record.authors)))
    ):
        return "a list of names"  # `SMT-Based Goal and Plan Recognition` over its own names
    dated_name = titled and bool(record.date or record.date_text)
    if _affiliation(title) and not dated_name and not _cited_work(record, title):
        return "an affiliation"  # a Title column's `Agent Laboratory | 2025` is a system
    if (other_work := not_a_paper(record)) is not None:
        return other_work
    if not _other_evidence(record) and record.urls and not _paper_links(record):
        if len(title.split()) <= 3:
            return "a link to something that is no paper"  # `Google Colaboratory`
        # A title's words linked to a repository only: maybe a paper, maybe a project.
        record.flag("review: its only link is to a repository, a notebook or a model")
    return None


def _dated_heading(title: str) -> bool:
    """`_DATED_HEADING` ends in `-` and two digits, at the text's end or before its last line
    end (`$`): most titles end otherwise and are not searched letter by letter."""
    end = title[:-1] if title.endswith("\n") else title
    return end[-3:-2] == "-" and end[-1:].isdecimal() and _DATED_HEADING.search(title) is not None


SECTION_CHARACTERS = 4  # `主要贡献` (main contributions): a note's section, never a paper's title


def _cjk_section_name(title: str) -> bool:
    text = title.strip(" *_:：#")
    return 0 < len(text) <= SECTION_CHARACTERS and len(_CJK.findall(text)) == len(text)


def _affiliation(title: str) -> bool:
    if _KEYED_AFFILIATION.match(title):
        return True
    return len(title.split()) <= 4 and bool(_ORGANISATION.search(title)) and ":" not in title


_ORGANISATION_ONLY_AT_END = re.compile(r"\b(?:Research|Labs?)$")


def _cited_work(record: PaperRecord, title: str) -> bool:
    """`Hall, E. (2014). Just Enough Research.`: a title that only ends in an organisation's
    last word is a work when people's names and a date are cited with it."""
    if record.date is None or not record.authors:
        return False
    if not (record.authors_truncated or looks_like_names(", ".join(record.authors))):
        return False  # `Sein et al.`: one name and `et al.` name people too
    return _ORGANISATION.search(_ORGANISATION_ONLY_AT_END.sub("", title)) is None


# `a. Dept. of Computing, Imperial College London, UK`: the key under a byline's lettered names.
_KEYED_AFFILIATION = re.compile(
    r"^[a-z\d\*†‡][.)]?\s+(?:Dept\.|Department|School|Faculty|Institute|Center|Centre|Lab)"
    r"[^:]{0,120},\s*[A-Z][\w .]{1,30}$"
)


def _short_but_named(record: PaperRecord, titled: bool) -> bool:
    """A one-word title that is a paper's all the same: a short name in a Title column with
    names or a date beside it; a title in Chinese or Japanese (no spaces between its words) of
    four characters or more with names and a date, or of eight or more (a sentence's worth of
    words) with names."""
    dated = bool(record.date or record.date_text)
    if titled and (record.authors or dated):
        return True
    if dated and record.authors and _CITED_NAME.match(record.title):
        # `Nasr et al. (2018), DeepCorr.`, `Saffer, D. (2013). Microinteractions.`: a work cited
        # with its authors and year by one word
        return record.authors_truncated or looks_like_names(", ".join(record.authors))
    cjk = len(_CJK.findall(record.title)) if record.authors else 0
    return cjk >= 8 or (dated and cjk >= 4)


_CITED_NAME = re.compile(r"^[A-Z][\w\-]{3,30}$")


# `Title (2024)`, `Title (EMNLP 2024)`, `Title (CVPR, 2019)`: the year (and venue) a list sets
# after the title.
YEAR_TAIL = re.compile(r"\s+\((?:[A-Z][\w&\-]*,?\s+){0,2}(?P<year>(?:19|20)\d{2})\)$")


_ID_TAIL = re.compile(
    r"(?:\s*[,;]\s*|\s+[-–—]\s+|\s+)\(?arXiv\s*[:.]?\s*\d{4}\.\d{4,5}(?:v\d+)?\)?$", re.IGNORECASE
)


def title_year(title: str) -> str | None:
    """The year a list sets after a title in brackets, else None."""
    if not title.endswith(")") or (match := YEAR_TAIL.search(title)) is None:
        return None
    return match["year"] if len(title[: match.start()].split()) >= 2 else None


def year_over_its_month(date_text: str | None, year: str | None) -> str | None:
    """The date of a paper whose title a list sets beside a year: that year over a month of it
    said elsewhere, as `_date_from_title` has it; a full date or another year stays."""
    if not date_text or year is None:
        return date_text or year
    iso = parse_date(date_text).iso
    return year if iso is not None and len(iso) == 7 and iso.startswith(year) else date_text


def _date_from_title(record: PaperRecord, year: str) -> None:
    """The year beside the title is the paper's, over a month of it said elsewhere (a heading
    `Title (2024)` over `Published: June 2024`); a full date or another year stays."""
    if record.date is None or (len(record.date) == 7 and record.date.startswith(year)):
        apply_date(record, year)


def paper_title(title: str) -> str:
    """The paper's title in a page's title, a button's words or a note's heading."""
    title = (_CITATION_TAG.sub("", title) if "(" in title else title).strip() or title
    if title_year(title) is not None:
        title = YEAR_TAIL.sub("", title)
    if "arxiv" in title.lower():
        title = _ID_TAIL.sub("", title) or title  # `Title, arXiv 2607.22529`: the link's words
    stripped = _PAGE_PREFIX.sub("", title, count=1).strip()
    stripped = _PAGE_PREFIX.sub("", stripped, count=1).strip()  # `: Title: …` (a definition)
    if stripped != title and title.lower().startswith("view"):
        stripped = _VIEW_PDF_BY.sub("", stripped).strip()
    return stripped or title


_CJK = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]")
_TWO_LETTERS = re.compile(r"[^\W\d_].*?[^\W\d_]")


def _wordy(title: str) -> int:
    """How many words of two letters or more the title has: 0, 1, or 2 for two or more."""
    count = 0
    for word in title.split():
        # a word of letters only has two (isalpha() letters are all `[^\W\d_]`); others are searched
        if (len(word) >= 2 and word.isalpha()) or _TWO_LETTERS.search(word):
            count += 1
            if count == 2:
                break
    return count


def _metadata_line(title: str) -> bool:
    if ":" not in title and "：" not in title:
        return False  # both patterns need a colon
    if ("|" in title or "｜" in title) and _KEY_PAIRS.search(title):
        return True
    match = _LABEL.match(title) if _label_reaches_colon(title) else None
    if match is None:
        return False
    short_label = len(match["label"].split()) <= 3  # `SPIP dans la recherche : … (CCSD/HAL)`
    if short_label and _PATH.search(match["value"]) and not _PATH.search(match["label"]):
        return True  # `Original location: research/web/… (text from page.md)`
    label = match["label"].strip().strip("*_#>- ").lower()
    if label in _META_LABELS or label.rstrip("s") in _META_LABELS:
        return True
    first = label.split("/")[0].split("(")[0].strip()
    return first in _META_LABELS and len(label.split()) <= 5


def _label_reaches_colon(title: str) -> bool:
    """Whether `_LABEL`'s label (at most 32 characters, no colon, then white space) can reach the
    title's first colon: a title whose first colon stands after a longer run of words (`A Long
    Title of a Paper: Its Subtitle`) is not tried letter by letter."""
    colon = min(at for at in (title.find(":"), title.find("：")) if at >= 0)
    return colon <= LABEL_MOST or title[LABEL_MOST:colon].isspace()


LABEL_MOST = 32  # `_LABEL`'s {1,32}


_NAME_SEPARATORS = re.compile(r",|;|，|、|\band\b|&|·|\||et al|\(")


# What `_NAME_SEPARATORS` needs: one of these marks, or `and` or `et al` (a cheaper test first).
_NAME_MARKS = re.compile(r"[,;，、&·|(]")


def _names(title: str) -> bool:
    maybe = _NAME_MARKS.search(title) or "and" in title or "et al" in title
    if not maybe or not _NAME_SEPARATORS.search(title) or not looks_like_names(title):
        return False
    names, truncated = split_names(title)
    if not (len(names) >= 2 or truncated):
        return False
    # `Accelerating Goal-Conditioned RL Algorithms and Research` is capitalised too: people's
    # names run two or three words each (or carry initials).
    if any(_NOUN_ENDING.search(n) for n in names):
        return False  # `Pattern Recognition and Machine Learning`, `Logic and Conversation`
    return all(2 <= len(n.split()) <= 3 or re.search(r"\b[A-Z]\.", n) for n in names)


# Words no one is named: nouns of a title (`Recognition`, `Conversation`, `Ethics`, `Biology`).
_NOUN_ENDING = re.compile(r"[a-z]{3}(?:tion|sion|ness|ity|ities|ology|ics|ism|isms)s?\b")


def _other_evidence(record: PaperRecord) -> bool:
    return bool(
        record.authors or record.date or record.date_text or record.date_partial
        or record.abstract or record.arxiv_id or record.doi
    )  # fmt: skip


def _paper_links(record: PaperRecord) -> list[str]:
    return [url for url in record.urls if not _NOT_PAPER_URL.match(url)]
