"""What a copied page glues around a paper's title, taken off whichever reader read it.

People paste the texts of links and the titles of browser tabs, and those carry the site's name
(`Title - 中国知网`, `Title | Scientific Reports`), the link target written out (`Title
<https://doi.org/…>`), the paper's identifier as the link's text before the title
(`PhysRevB.107.245423 Title`), a feed's marker (`[ASAP] Title`) or a journal's short name
(`Title (PRB)`). Every reader met some of these in its own corpus; these rules take them off every
reading, by marks that hold across sites: an identifier the record itself carries, an address,
a site named in the list below, or furniture that repeats around the titles of one paste.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from papershelf.core.records import PaperRecord
from papershelf.importers.paste.blocks import GENERIC_LINK_LABELS
from papershelf.importers.paste.names import has_title_word, looks_like_names, split_names

# Sites whose name a tab's title carries after the paper's (`Title - ScienceDirect`): scholarly
# hosts, databases and publishers, as their pages write themselves.
KNOWN_SITES = frozenset(
    name.casefold()
    for name in (
        "ScienceDirect",
        "SpringerLink",
        "Springer",
        "Wiley Online Library",
        "Taylor & Francis Online",
        "Taylor and Francis Online",
        "SAGE Journals",
        "JSTOR",
        "Oxford Academic",
        "Cambridge Core",
        "IEEE Xplore",
        "IEEE Journals & Magazine",
        "IEEE Conference Publication",
        "ACM Digital Library",
        "ACM Conferences",
        "PubMed",
        "PMC",
        "Europe PMC",
        "NCBI",
        "arXiv",
        "arXiv.org",
        "bioRxiv",
        "medRxiv",
        "SSRN",
        "ResearchGate",
        "Semantic Scholar",
        "Google Scholar",
        "OpenReview",
        "ACL Anthology",
        "Papers With Code",
        "Hugging Face",
        "dblp",
        "HAL",
        "HAL Open Science",
        "Frontiers",
        "MDPI",
        "PLOS",
        "PLOS ONE",
        "Nature",
        "Scientific Reports",
        "Nature Communications",
        "Science",
        "PNAS",
        "Cell",
        "eLife",
        "The Lancet",
        "BMJ",
        "J-STAGE",
        "CiNii",
        "CiNii Research",
        "中国知网",
        "知网",
        "CNKI",
        "万方数据",
        "维普",
        "KCI",
        "RISS",
        "DBpia",
        "eLIBRARY.RU",
        "КиберЛенинка",
        "Cairn.info",
        "Persée",
        "OpenEdition",
        "SciELO",
        "Redalyc",
        "Dialnet",
        "Academia.edu",
        "Zenodo",
        "figshare",
        "OSF",
        "PsyArXiv",
        "SocArXiv",
        "EconPapers",
        "IDEAS/RePEc",
        "NBER",
        "APS",
        "Physical Review B",
        "Physical Review Letters",
        "IOPscience",
        "ACS Publications",
        "RSC Publishing",
        "AIP Publishing",
        "Annual Reviews",
        "De Gruyter",
        "Emerald Insight",
        "Brill",
        "Project MUSE",
    )
)

_SEPARATOR = r"\s+[-|–—·•]\s+"
_SUFFIX = re.compile(_SEPARATOR + r"([^-|–—·•]{2,60})$")
_SEPARATED = re.compile(r"\s[-|–—·•]\s")
_ADDRESS_AFTER = re.compile(r"(?:\s*<https?://[^\s>]+>|\s*\(https?://[^\s)]+\)|\s+https?://\S+)$")
_BRACKETED_MARK = re.compile(r"^\[([^\]\s][^\]]{0,19})\]\s+")
# `[2016 | Title](…)`: a list's year and a bar before each title
_YEAR_BAR = re.compile(r"^((?:19|20)\d\d)\s*[|｜]\s*(?=\S)")
# A reading's chapter number before its title, and the chapters or pages to read after it (a
# title in brackets keeps its own: `Pseudomonads and Descent, PhD Thesis (Chapter 1)`)
_CHAPTER_WORD = r"(?:chapters?|chap\.|ch\.|kapitel|chapitre|cap[íi]tulo|capitolo|rozdział|глава)"
_CHAPTER_LEAD = re.compile(
    rf"^{_CHAPTER_WORD}\s*\d{{1,3}}[a-z]?\s*[:.\-–—]?\s+(?=\S)", re.IGNORECASE
)
_CHAPTERS_AFTER = re.compile(
    rf"[\s,;:–—-]+(?:{_CHAPTER_WORD}|pp?\.)\s*\d{{1,4}}(?:\s*[-–—,&]\s*\d{{1,4}})*\.?$",
    re.IGNORECASE,
)
# What a list says of a paper's access after its title: `(open access)`, `[PDF]`, `(preprint)`
_ACCESS_TAG = re.compile(
    r"\s*[(\[](?:open[ -]access|free(?: access| pdf)?|pdf|preprint|paywall(?:ed)?|full text)[)\]]$",
    re.IGNORECASE,
)
# A book's edition after its title: `Nonlinear Systems (3rd Edition)`, `Title (2nd ed.)`: the
# edition's statement, no part of the title (BibTeX's `edition` field)
_EDITION_AFTER = re.compile(
    r"\s*[(\[]\s*\d{1,2}(?:st|nd|rd|th|\.)?\s+(?:ed\.?|edn\.?|edition)\s*[)\]]\.?$"
    r"|,?\s+\d{1,2}(?:st|nd|rd|th)\s+edition\.?$",  # `… Hands-On 2nd Edition`, unbracketed
    re.IGNORECASE,
)
# `Title - NAACL 2019`, `Title – arXiv 2019)`: a venue's one word and a year after a dash
_VENUE_YEAR_AFTER = re.compile(
    r"\s+[-–—]\s+(?P<venue>[A-Za-z][A-Za-z.&]{1,15})\s+(?P<year>(?:19|20)\d\d)\)?$"
)
_YEAR_IN_MARK = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_SHORT_NAME = re.compile(r"\s+\(([A-Z][A-Za-z.&-]{1,9})\)$")
# `R01. Title`, `Article n°2: Title`, `Paper 3 - Title`: a list's own numbering, word and all.
_NUMBERED_LABEL = re.compile(
    r"^([A-Za-z][A-Za-z]{0,11})\s*(?:n[°º]\s*|no\.\s*|#)?(\d{1,3})\s*[.:)\-–—]\s+"
)
# `1.Title`, `#2. Title`, `3) Title`: a list's bare numbers, glued to the title or not.
_NUMBERING = re.compile(r"^#?(\d{1,3})[.)]\s*(?=[^\W\d_])")
# `10:45 Title`, `9h30–10h00 – Title`: a programme's time slot read into the title.
_TIME_SLOT = re.compile(
    r"^(\d{1,2}[:.h]\d{2})(?:\s*[ap]\.?m\.?)?(?:\s*[-–—]\s*\d{1,2}[:.h]\d{2}(?:\s*[ap]\.?m\.?)?)?"
    r"\s*[-–—:|]?\s+(?=\S)",
    re.IGNORECASE,
)
# `Bulow & Roberts 1989 - The Simple Economics of Optimal Auctions`: a list's own way of citing,
# its family names and year before each title.
_NAMES_YEAR = re.compile(
    r"^(?P<names>[A-Z][\w'’\-]+(?:\s(?:&|and)\s[A-Z][\w'’\-]+|\set\.? al\.?)?),?\s"
    r"\(?(?P<year>(?:1[5-9]|20)\d\d)[a-z]?\)?\s*[-–—:]\s+(?=\S)"
)
# `Nature | 人类终于读懂 …`, `Lancet Microbe | Title`: a digest names each paper's journal before a
# bar; two titles so led at least make it the list's way.
_VENUE_BAR = re.compile(r"^([A-Z][\w&.\-]*(?:\s[A-Z&][\w&.\-]*){0,3})\s*[|｜]\s*(?=\S)")
_BULLET = re.compile(r"^[-*•·]\s+(?=\S)")  # a list's mark read into the title: no title opens so
# `Title. (arXiv:2005.03587v1 [math.AG])`: how arXiv's feeds end each item's title.
_ARXIV_AFTER = re.compile(r"\.?\s*\(arXiv:(\d{4}\.\d{4,5}(?:v\d+)?)[^()]*\)\s*$")
_FIRST_WORD = re.compile(r"^\[?([^\s\]]+)\]?:?\s+")
# `Title [pdf]`, `Title [[PDF]] [code]`: the labels of a row's links (their targets gone) after a
# title; no title ends with one.
_LINK_LABELS_AFTER = re.compile(r"(?:\s*\[\[?([A-Za-z ]{2,12})\]?\])+\s*$")
# A suffix, mark or short name repeated after this many titles is the page's, not a title's.
REPEATED = 2
MARKED_HABIT = 3  # different bracketed tags before titles: the paste's habit
REPEATED_SHORT_NAME = 3
# What is left must still read as a title.
SHORTEST_TITLE = 8


def trim_titles(records: Iterable[PaperRecord]) -> None:
    """Take a copied page's furniture off each record's title, keeping what it says: an address
    joins the record's addresses, a journal's short name becomes its venue when it has none."""
    papers = [record for record in records if record.title and not record.title_is_placeholder]
    for record in papers:
        _without_bullet_or_feed_id(record)
        _without_site_names(record)
        _names_after_by(record)
    shared_suffixes = _repeated(_suffix(record.title) for record in papers)
    shared_marks = _repeated(_mark(record.title) for record in papers)
    if len({_mark(record.title) for record in papers} - {None}) >= MARKED_HABIT:
        # `[en] Title`, `[RoboOS-NeXT] RoboOS-NeXT: …`, `[Multi-Agent] Title`: a feed that tags
        # each title with a bracketed word tags them all; the tags differ
        shared_marks |= {mark for record in papers if (mark := _mark(record.title))}
    dated_marks = {mark for r in papers if (mark := _mark(r.title)) and _YEAR_IN_MARK.search(mark)}
    if len(dated_marks) >= REPEATED:
        shared_marks |= dated_marks  # `[2017-NIPS-Google] Title`, `[CVPR 2021] Title`: year tags
    shared_short_names = _repeated(
        (_short_name(record.title) for record in papers), at_least=REPEATED_SHORT_NAME
    )
    numbering = _numbering_labels(papers)
    numbered = _numbered(papers)
    timed = _timed(papers)
    cited = _cited_by_names_and_year(papers)
    venue_barred = sum(1 for r in papers if _VENUE_BAR.match(r.title)) >= REPEATED
    for record in papers:
        if venue_barred and (venue := _VENUE_BAR.match(record.title)):
            trimmed = _keep_if_title(record.title, record.title[venue.end() :])
            if trimmed != record.title:
                record.title, record.venue = trimmed, record.venue or venue.group(1)
        if cited and not record.authors and (lead := _NAMES_YEAR.match(record.title)):
            _names_and_year_out_of_title(record, lead)
        if timed and (slot := _TIME_SLOT.match(record.title)):
            record.title = _keep_if_title(record.title, record.title[slot.end() :])
        _trim(record, shared_suffixes, shared_marks, shared_short_names)
        label = _NUMBERED_LABEL.match(record.title)
        if label and label.group(1).casefold() in numbering:
            record.title = _keep_if_title(record.title, record.title[label.end() :])
        elif numbered and (number := _NUMBERING.match(record.title)):
            record.title = _keep_if_title(record.title, record.title[number.end() :])
    _without_glued_tags(papers)


# `… At Scale(ViT)`, `… through attention(DeiT)`: a model's short name glued to the title's last
# word, the writer's handle on the paper (a title's own brackets follow a space)
_GLUED_TAG = re.compile(r"(?<=[a-z])\((?P<tag>[A-Za-z][\w\-.]{1,12})\)$")


def _without_glued_tags(papers: list[PaperRecord]) -> None:
    """Glued tags are the paste's habit when REPEATED titles carry one."""
    tagged = [record for record in papers if _GLUED_TAG.search(record.title)]
    if len(tagged) < REPEATED:
        return
    for record in tagged:
        if found := _GLUED_TAG.search(record.title):
            record.title = _keep_if_title(record.title, record.title[: found.start()])


def without_names_after_links(records: Iterable[PaperRecord], text: str) -> None:
    """`[Title](https://arxiv.org/abs/…) (ResNet)`: a name in brackets after a link whose text
    is the whole title is the writer's handle on the paper, outside its title."""
    for record in records:
        found = _NAME_AFTER.search(record.title)
        if found is None or not record.urls:
            continue
        title = record.title[: found.start()]
        if any(f"[{title}]({url}) ({found['name']})" in text for url in record.urls):
            record.title = _keep_if_title(record.title, title)


_NAME_AFTER = re.compile(r"\s\((?P<name>[^()\s][^()]{0,30})\)$")


def without_link_labels_after(records: Iterable[PaperRecord], text: str) -> None:
    """`Title [`论文`](…) [`代码`](…)`: the short labels a paste gives link after link (in any
    language: `论文`, `Paper`, `Código`) are the page's buttons; read after a title, they are no
    words of it. A label counts when the paste uses it as a link's whole text LABEL_HABIT times."""
    habitual = _habitual_link_labels(text)
    lines = text.split("\n")
    for record in records:
        labels = habitual + _labels_after_on_its_line(record, lines)
        title = record.title
        while (label := next((x for x in labels if _ends_with_word(title, x)), None)) is not None:
            trimmed = _keep_if_title(title, title[: len(title) - len(label)])
            if trimmed == title or len(trimmed.split()) < 2:
                break
            title = trimmed
        record.title = title


LABEL_HABIT = 3
# a link's short text, not to a place on the same page (a contents list's `[Overview](#overview)`)
_MARKDOWN_LABEL = re.compile(r"\[[`*_\s]*([^\[\]`*_]{1,16}?)[`*_\s]*\]\((?!#)")
_WORD_BEFORE = re.compile(r"\w[^\w\n]*$")


def _habitual_link_labels(text: str) -> list[str]:
    """Short link texts (a word or two) the paste repeats after other words on their lines (a
    title's buttons), longest first."""
    counts: dict[str, int] = {}
    for found in _MARKDOWN_LABEL.finditer(text):
        label = found.group(1).strip()
        line_start = text.rfind("\n", 0, found.start()) + 1
        if not _WORD_BEFORE.search(text, line_start, found.start()):
            continue  # a link that opens its line is a title or a menu's entry, no button
        if label and len(label.split()) <= 2 and not label[:1].isdigit():
            counts[label.casefold()] = counts.get(label.casefold(), 0) + 1
    folded = text.casefold()
    return sorted(
        (x for x, n in counts.items() if n >= LABEL_HABIT and folded.count(x) <= n),
        key=len,
        reverse=True,
    )  # a label the paste also writes outside its links (`machine learning`) is words of titles


_TITLE_LEAD = 24  # characters of a title that find its line in the paste


_NEAR_ITS_LINE = (2, 6)  # lines before and after a record's first line where its title stands


def _labels_after_on_its_line(record: PaperRecord, lines: list[str]) -> list[str]:
    """The short texts of the links that end the title's own line in the paste, after the title's
    opening (`… Shifted Windows [`论文`](…) [`主代码`](…) [`目标检测代码`](…)`). The title is
    looked for near the record's own line only: a 10 MB paste has 100,000 titles."""
    lead = record.title[:_TITLE_LEAD]
    if len(lead) < _TITLE_LEAD:
        return []
    before, after = _NEAR_ITS_LINE
    near = lines[max(0, record.line - 1 - before) : record.line + after]
    line = next((text[text.index(lead) :] for text in near if lead in text), "")
    labels = [found.group(1).strip().casefold() for found in _MARKDOWN_LABEL.finditer(line)]
    return sorted((x for x in labels if x and len(x.split()) <= 2), key=len, reverse=True)


def _ends_with_word(title: str, label: str) -> bool:
    folded = title.casefold().rstrip()
    return folded.endswith(label) and folded[: -len(label)].endswith((" ", "\u3000"))


# `[Noise in the nervous system by A. Aldo Faisal et al](…)`, `[Pattern Recognition and Machine
# Learning by Bishop](…)`: a link's text that names the authors after the title
_BY_NAMES = re.compile(
    r"^(?P<title>\S.{7,}?)\s+by\s+(?P<names>[A-ZÀ-Þ][^()\[\]]{1,150}?)"
    r"(?:\s*\((?P<year>(?:19|20)\d\d)[a-z]?\))?(?:\s*\([^()]{1,80}\))?\.?$"
)  # `… by Dora Vos (2012) (open access version)`: the year, and a remark after it
_ET_AL = re.compile(r",?\s+et\s+al\.?$")
_DONE_BY = re.compile(r"\b(?!(?:written|edited)$)[A-Za-z]+(?:ed|en)$", re.IGNORECASE)


def _names_after_by(record: PaperRecord) -> None:
    if record.authors or " by " not in record.title:
        return
    found = _BY_NAMES.match(record.title)
    if found is None or _DONE_BY.search(found["title"]) or len(found["title"].split()) < 3:
        return  # `Code Generated by Large Language Models`, `Addition by Division`: its own `by`
    names = _ET_AL.sub("", found["names"].strip())
    if has_title_word(names) or names.split()[0].endswith("ing"):
        return  # `Understanding by Generative Pre-Training`, `Metrology by Counting Codewords`
    if len(names.split()) == 1:
        people = [names] if names.isalpha() else []
    elif looks_like_names(names):
        people, _truncated = split_names(names)
    else:
        people = []
    if people:
        record.title, record.authors = found["title"], people
        record.date = record.date or found["year"]
        record.authors_truncated = record.authors_truncated or names != found["names"].strip()


def _without_site_names(record: PaperRecord) -> None:
    """A site's name read as a person (`… - Hanbury-Brown - Wiley Online Library`) is none."""
    if record.authors and any(name.casefold() in KNOWN_SITES for name in record.authors):
        record.authors = [name for name in record.authors if name.casefold() not in KNOWN_SITES]


def _without_bullet_or_feed_id(record: PaperRecord) -> None:
    """A list's bullet before a title, link labels after one, and arXiv's `(arXiv:id [class])`
    after one (the id kept)."""
    title = record.title
    if title[:1] in "-*•·":
        title = _keep_if_title(title, _BULLET.sub("", title, count=1))
    if (
        title.endswith("]")
        and (labels := _LINK_LABELS_AFTER.search(title))
        and _link_labels(labels)
    ):
        title = _keep_if_title(title, title[: labels.start()])
    if found := _YEAR_BAR.match(title):
        trimmed = _keep_if_title(title, title[found.end() :])  # `2016 | 101 Formulaic Alpha`
        if trimmed != title:
            record.date = record.date or found.group(1)
            title = trimmed
    if found := _CHAPTER_LEAD.match(title):
        title = _keep_if_title(title, title[found.end() :])  # `Chapter 5: Designing Experiments`
    if found := _CHAPTERS_AFTER.search(title):
        title = _keep_if_title(title, title[: found.start()])  # `Capitalism and Freedom, ch. 1-3`
    if found := _ACCESS_TAG.search(title):
        title = _keep_if_title(title, title[: found.start()])  # `Title (open access)`
    if found := _EDITION_AFTER.search(title):
        title = _keep_if_title(title, title[: found.start()])  # `Nonlinear Systems (3rd Edition)`
    if found := _VENUE_YEAR_AFTER.search(title):
        trimmed = _keep_if_title(title, title[: found.start()])
        if trimmed != title and len(trimmed.split()) >= 3:  # `[Title - NAACL 2019](…)`
            record.venue = record.venue or found["venue"]
            record.date = record.date or found["year"]
            title = trimmed
    if "(arXiv:" in title and (found := _ARXIV_AFTER.search(title)):
        trimmed = _keep_if_title(title, title[: found.start()])
        if trimmed != title:
            record.arxiv_id = record.arxiv_id or found.group(1)
            title = trimmed
    record.title = title


def _link_labels(labels: re.Match[str]) -> bool:
    words = re.findall(r"\[\[?([^\[\]]+)", labels.group())
    return all(word.strip().casefold() in GENERIC_LINK_LABELS for word in words)


def _numbered(papers: list[PaperRecord]) -> bool:
    """The titles of a paste carry the list's own numbers: two different ones at least."""
    numbers = {found.group(1) for r in papers if (found := _NUMBERING.match(r.title))}
    return len(numbers) >= REPEATED


def _timed(papers: list[PaperRecord]) -> bool:
    """The titles of a paste open with a programme's times: two different ones at least."""
    times = {found.group(1) for r in papers if (found := _TIME_SLOT.match(r.title))}
    return len(times) >= REPEATED


def _cited_by_names_and_year(papers: list[PaperRecord]) -> bool:
    """The titles of a paste open with family names and a year: two papers' at least, none
    with names of its own."""
    cited = [r for r in papers if not r.authors and _NAMES_YEAR.match(r.title)]
    return len(cited) >= REPEATED


def _names_and_year_out_of_title(record: PaperRecord, lead: re.Match[str]) -> None:
    title = _keep_if_title(record.title, record.title[lead.end() :])
    if title == record.title:
        return
    record.title = title
    record.authors = split_names(lead["names"])[0]
    record.date = record.date or lead["year"]


def _numbering_labels(papers: list[PaperRecord]) -> set[str]:
    """Words that number the titles of a paste: the same word before two different numbers."""
    numbers: dict[str, set[str]] = {}
    for record in papers:
        if found := _NUMBERED_LABEL.match(record.title):
            numbers.setdefault(found.group(1).casefold(), set()).add(found.group(2).lstrip("0"))
    return {label for label, seen in numbers.items() if len(seen) >= REPEATED}


def _trim(record: PaperRecord, suffixes: set[str], marks: set[str], short_names: set[str]) -> None:
    title = record.title
    title = _without_address(record, title)
    title = _without_own_identifier(record, title)
    mark = _mark(title)
    if mark and mark in marks:
        title = _keep_if_title(title, _BRACKETED_MARK.sub("", title, count=1))
    suffix = _suffix(title)
    if suffix and (suffix in suffixes or suffix.casefold() in KNOWN_SITES):
        title = _keep_if_title(title, _SUFFIX.sub("", title))
    short = _short_name(title)
    if short and short in short_names:
        title = _keep_if_title(title, _SHORT_NAME.sub("", title))
        record.venue = record.venue or short
    record.title = title


def _repeated(values: Iterable[str | None], at_least: int = REPEATED) -> set[str]:
    counts = Counter(value for value in values if value)
    return {value for value, count in counts.items() if count >= at_least}


def _suffix(title: str) -> str | None:
    if not _SEPARATED.search(title):  # most titles: one quick scan instead of the search below
        return None
    found = _SUFFIX.search(title)
    if found is None or found.group(1)[0].islower():  # `… - a review` goes on the title
        return None
    return found.group(1).strip()


def _mark(title: str) -> str | None:
    found = _BRACKETED_MARK.match(title)
    return found.group(1) if found else None


def _short_name(title: str) -> str | None:
    if not title.endswith(")"):
        return None
    found = _SHORT_NAME.search(title)
    return found.group(1) if found else None


def _without_address(record: PaperRecord, title: str) -> str:
    """An address is never part of a title (`Title <https://doi.org/…>`, a link written out)."""
    if "http" not in title:
        return title
    found = _ADDRESS_AFTER.search(title)
    if found is None:
        return title
    address = found.group(0).strip().strip("<>()")
    trimmed = _keep_if_title(title, title[: found.start()].rstrip(" .,;:-"))
    if trimmed != title and address not in record.urls:
        record.urls.append(address)
    return trimmed


def _without_own_identifier(record: PaperRecord, title: str) -> str:
    """The record's own DOI or arXiv id as the first word (a link's text before the title)."""
    if not (record.doi or record.arxiv_id) or not any(ch.isdigit() for ch in title[:40]):
        return title
    found = _FIRST_WORD.match(title)
    if found is None:
        return title
    word = found.group(1).casefold().removeprefix("arxiv:")
    own = {
        value.casefold()
        for value in (record.doi, record.doi and record.doi.split("/", 1)[-1], record.arxiv_id)
        if value
    }
    if record.arxiv_id:
        own.add(re.sub(r"v\d+$", "", record.arxiv_id.casefold()))
    # An identifier has a digit (`PhysRevB.107.245423`); `Lanterns` under `10.5555/lanterns` is
    # the title's first word, whatever the DOI's suffix says.
    if word.rstrip(".,;") not in own or not any(ch.isdigit() for ch in word):
        return title
    return _keep_if_title(title, title[found.end() :])


def _keep_if_title(title: str, trimmed: str) -> str:
    trimmed = trimmed.strip()
    return trimmed if len(trimmed) >= SHORTEST_TITLE else title


# A site's own links and labels, which a reader may take for a lone title: no paper is called so.
_NAVIGATION = re.compile(
    r"^(?:(?:go\s+)?back\s+to\s+(?:the\s+)?top|top\s+of\s+(?:the\s+)?page|subscribe\b.*"
    r"|read\s+(?:the\s+journal|more|online|the\s+full\s+text)|in\s+this\s+issue"
    r"|corresponding\s+authors?(?:\s+e-?mail)?|(?:pdf|html|full[\s-]text)\s+link"
    r"|speaker\s*\d*\s*:?|created\s+on\s+\w+.*|journal\s+prestige\b.*"
    r"|(?:download|view)\s+(?:the\s+)?(?:pdf|article|full[\s-]text|citation|issue)"
    r"|table\s+of\s+contents|(?:related|recommended|latest|most\s+read|most\s+cited)\s+articles)$",
    re.IGNORECASE,
)


def navigation(record: PaperRecord) -> bool:
    """A record that is nothing but a site's link or label (`Go back to top`, `pdf link`)."""
    if record.authors or record.doi or record.arxiv_id:
        return False
    return _NAVIGATION.match(" ".join(record.title.split()).strip(" .:")) is not None
