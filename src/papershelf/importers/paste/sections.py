"""Newsletters and digests name their sections: `## Top Research Papers`, `## Quick Updates`,
`## Tool Spotlight`, `## Top GitHub Repos`, `## Model releases`, `## 论文推荐`. What a section
holds follows from its name: under a heading of papers a bold name with its summary
(`- **VideoPoet** → a model for …`) is a paper even when the name is one word; under a heading
of news, tools, repositories, releases, figures or jobs an item is no paper unless it carries a
paper's identifier.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from papershelf.core.records import PaperRecord
from papershelf.core.text import caseless
from papershelf.importers.paste.build import Draft, build
from papershelf.importers.paste.captions import listing_caption
from papershelf.importers.paste.doc import Doc, Found
from papershelf.importers.paste.labels import label_of
from papershelf.importers.paste.lines import Line, clean_title, strip_emoji
from papershelf.importers.paste.names import looks_like_names

NAME = "paper-section"
DESCRIPTION = "A newsletter's section of papers: a bold name and its summary per item"
NAMED = True  # the section's heading says its items are papers: a one-word name is one

_PAPERS = re.compile(
    r"\b(?:papers?|research|publications?|preprints?|reading list)\b|论文|論文|文献|논문",
    re.IGNORECASE,
)
# Sections of a newsletter that hold no papers; the words are a newsletter's, not a research
# topic's (`## Tool use`, `## News recommendation` and `## Video generation` are topics of papers).
_OTHER = re.compile(
    r"\b(?:news(?:\s*(?:&|and)\s*updates)?$|quick (?:updates|hits|takes)|spotlight|repos\b"
    r"|repositories|stats? of the|charts?\b|by the numbers|funding|jobs\b|hiring|big story"
    r"|announcements|podcasts?\b|memes?\b|sponsors?\b|trending|releases\b|launch(?:es)?\b"
    r"|awards?\b|hono(?:u)?rs\b|grants\b"
    # a project's resources page: its news coverage, data, journals, bodies and programmes
    r"|news\s*(?:&|and)\s*(?:articles|media|press|coverage)|press coverage|in the news"
    r"|datasets?\b|data\s+sets?\b|journals\b|organi[sz]ations\b|initiatives\b|programs\b"
    r"|programmes\b|institutions\b|societies\b)"
    r"|新闻|资讯|快讯|开源项目|招聘|发布|获奖|受賞|ニュース|リリース|뉴스|소식|릴리즈|릴리스|출시",
    re.IGNORECASE,
)
# `**DeepSeek-R1** → Scaling RL for reasoning`, `**Name** – summary`, `**Name**: summary`.
_NAME_THEN_SUMMARY = re.compile(r"^(?P<sep>\s*(?:→|->|—|–|-|:|：)\s*)(?P<summary>\S.{9,})$")
_IDENTIFIED = re.compile(
    r"arxiv\.org/(?:abs|pdf)/|huggingface\.co/papers/|doi\.org/10\.|openreview\.net/forum"
)


SECTION_WORDS = 6
_WORD = re.compile(r"[^\W_]+")


def section_name(doc: Doc, index: int) -> str:
    """The heading of the section that line `index` stands in ("" when none): the nearest heading
    above it, or the one above its own level when the line is a heading itself."""
    at = _section_at(doc, index)
    return doc.lines[doc.heading_indices()[at]].text if at >= 0 else ""


def _section_at(doc: Doc, index: int) -> int:
    """The position among the headings of the section line `index` stands in (-1: none)."""
    heads = doc.heading_indices()
    at = bisect_left(heads, index)
    if at < len(heads) and heads[at] == index:
        return doc.parents[at]  # a heading's section is the one it stands in
    return at - 1


@lru_cache(maxsize=1 << 10)
def of_papers(heading: str) -> bool:
    return _a_section(heading) and bool(_PAPERS.search(heading)) and not _OTHER.search(heading)


@lru_cache(maxsize=1 << 10)
def of_other_things(heading: str) -> bool:
    """A section of news, tools, repositories, figures or jobs, which names no papers."""
    return _a_section(heading) and bool(_OTHER.search(heading)) and not _PAPERS.search(heading)


def other_things_at(doc: Doc, index: int) -> bool:
    """Line `index` stands in a section of other things than papers (`## Datasets`, `## News`),
    which is no part of a section of papers: a CV's `### Journals` and `### Datasets` under
    `## Publications` (a caption of papers alone) list its papers."""
    heads = doc.heading_indices()
    at = _section_at(doc, index)
    if at < 0 or not of_other_things(doc.lines[heads[at]].text):
        return False
    at = doc.parents[at]
    while at >= 0:
        if listing_caption(doc.lines[heads[at]].text):
            return False  # not `## Research experience` nor `# Lab Weekly: Tools and Papers`
        at = doc.parents[at]
    return True


def _a_section(heading: str) -> bool:
    """A section's name is short; a paper's title over its notes (`Tools for …: …`) is longer."""
    return len(_WORD.findall(heading)) <= SECTION_WORDS


# A course's own materials, in the sections of its page that list them: `## Lectures`,
# `## Slides`, `## Problem Sets`. The whole heading names them (`## Lecture 3: Attention` is a
# topic, whose readings are papers); its readings are listed under `## References` or `## Readings`.
_COURSE_MATERIAL = re.compile(
    r"^(?:lectures|lecture (?:plan|notes|slides|videos|recordings)|slides|tutorials|exercises"
    r"|problem sets|assignments|homeworks?|handouts)$",
    re.IGNORECASE,
)
_HEADING_NUMBER = re.compile(r"^(?:\d{1,2}[.)]?\s+)?|[\s:：]+$")


# A word each of `_COURSE_MATERIAL`'s names holds: most headings (a paper's title) hold none.
_COURSE_WORDS = (
    "lecture", "slides", "tutorials", "exercises", "problem sets", "assignments", "homework",
    "handouts",
)  # fmt: skip


@lru_cache(maxsize=1 << 10)
def of_course_material(heading: str) -> bool:
    folded = caseless(heading)
    if not any(word in folded for word in _COURSE_WORDS):
        return False
    return _COURSE_MATERIAL.match(_HEADING_NUMBER.sub("", heading.strip())) is not None


def has_course_material(doc: Doc) -> bool:
    return any(of_course_material(doc.lines[index].text) for index in doc.heading_indices())


def course_material(hit: Found, doc: Doc) -> bool:
    """An item of a course's own materials (`[Introduction to students](…/slides.pdf)` under
    `## Lectures` › `#### Kickoff`, or the lecture plan's table): no paper unless it names its
    authors, its year or an identifier, as a paper the course reads would."""
    record = hit.record
    if record.authors or record.date or record.date_text or identified(record):
        return False
    heads = doc.heading_indices()
    at = bisect_left(heads, hit.first)
    if not (at < len(heads) and heads[at] == hit.first):
        at -= 1  # the hit is no heading: the section it stands in
    while at >= 0:
        if of_course_material(doc.lines[heads[at]].text):
            return True
        at = doc.parents[at]
    return False


def has_papers_section(doc: Doc) -> bool:
    return any(of_papers(doc.lines[index].text) for index in doc.heading_indices())


def identified(record: PaperRecord) -> bool:
    return bool(record.arxiv_id or record.doi) or any(map(_IDENTIFIED.search, record.urls))


def read(lines: list[Line], doc: Doc) -> list[Found]:
    if not doc.heading_indices() or not has_papers_section(doc):
        return []
    found: list[Found] = []
    for index, line in enumerate(lines):
        if line.kind != "item" or line.level > 1 or not line.bold:
            continue  # a nested item is a remark on the one above it
        if not line.text.startswith(line.bold[0]):
            found += _bold_in_prose(line, index, doc)
            continue
        if label_of(line.text) is not None:
            continue  # `**Authors**: …` is a label, not a name
        if not _in_papers_section(doc, index) or _led_in_otherwise(lines, index):
            continue
        if hit := _named_paper(line, index, doc):
            found.append(hit)
    return found


PROSE_TITLE_WORDS = 4  # a bold phrase in prose is a title only when it is a title's length
_YEAR = re.compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)")


def _bold_in_prose(line: Line, index: int, doc: Doc) -> list[Found]:
    """`- The paper introducing the 10X platform: **Massively parallel digital profiling of
    single cells**.`: a course's list of landmark papers names each by its bold title inside a
    remark, under a heading of papers (perhaps through topic headings: `### How does it work?`)."""
    if (
        line.links
        or line.italic
        or _YEAR.search(line.text)
        or not _under_papers_heading(doc, index)
    ):
        return []  # a citation (`A Name (2020). **Title**. *Journal*`): its reader's
    if looks_like_names(line.text[: line.text.find(line.bold[0])].strip(" *_.,:;-–(")):
        return []
    titles = [clean_title(span) for span in line.bold]
    return [
        _paper(line, index, doc, title, "a title set in bold in a remark under a heading of papers")
        for title in titles
        if _whole_title(title) and len(title.split()) >= PROSE_TITLE_WORDS
    ]


def _under_papers_heading(doc: Doc, index: int) -> bool:
    """A heading of papers above the line, through topic headings, and none of other things."""
    return _papers_above(doc, index, through_topics=True)


def _in_papers_section(doc: Doc, index: int) -> bool:
    """Under a heading of papers, or under a part of one: `## Accepted Papers` over `### Oral`
    and `### Posters` names the papers of both parts (a part of news or tools names none)."""
    return _papers_above(doc, index, through_topics=False)


def _papers_above(doc: Doc, index: int, *, through_topics: bool) -> bool:
    heads = doc.heading_indices()
    at = bisect_left(heads, index) - 1
    while at >= 0:
        heading = doc.lines[heads[at]].text
        if of_papers(heading):
            return True
        if of_other_things(heading) or not (through_topics or _PART.search(heading)):
            return False  # `### Tools we used` under `## Research` is a section of its own
        at = doc.parents[at]
    return False


# The parts a programme or a catalog of papers is divided into: `### Oral Presentations`,
# `### Posters`, `### Session 2`, `### Day 1`, `### Main Track`, `### Findings`.
_PART = re.compile(
    r"\b(?:orals?|posters?|spotlights?|sessions?|tracks?|day|part|highlights?|contributed"
    r"|invited|short|long|full|main|findings|presentations?|talks?|accepted|selected)\b"
    r"|口头|海报|口頭|ポスター",
    re.IGNORECASE,
)


_LEAD_IN_REACH = 30  # items: a list's lead-in line is looked for no further above


def _led_in_otherwise(lines: list[Line], index: int) -> bool:
    """`**Honorable Mentions**:` over the list: a bold line ending in a colon names the list
    under it as a heading would, and this one names no papers."""
    above = index - 1
    while above >= max(0, index - _LEAD_IN_REACH) and lines[above].kind == "item":
        above -= 1
    if above < 0 or lines[above].kind != "text" or not lines[above].bold:
        return False
    lead = lines[above].text.strip()
    set_apart = lead.rstrip(" :：").strip(" *_") == lines[above].bold[0].strip(" :：")
    return set_apart and lead.endswith((":", "：")) and not of_papers(lead)


def _named_paper(line: Line, index: int, doc: Doc) -> Found | None:
    name = line.bold[0]
    match = _NAME_THEN_SUMMARY.match(line.text[len(name) :])
    title = clean_title(strip_emoji(name))
    if match is None and line.text.strip() == name.strip() and _alone(line, index, doc):
        if not _whole_title(title):
            return None
        return _paper(line, index, doc, title, "a title set in bold under a heading of papers")
    if match is None or not 2 <= len(title) <= 120 or title.endswith((":", "：")):
        return None
    if names := _names_after(match["summary"], line):  # a title and its names: a paper's
        return _paper(line, index, doc, title, "", names)
    if match["sep"].strip() in (":", "：") and _subtitle(match["summary"]):
        return _paper(line, index, doc, f"{title}: {match['summary'].strip()}", "")
    return _paper(line, index, doc, title, "a name under a heading of papers, with its summary")


def _alone(line: Line, index: int, doc: Doc) -> bool:
    """An item of one line, without links: names or a link on the lines under the bold title
    (`**[Title](…)**` over `A Name, B Name`) are a reading list's, read by its reader."""
    below = doc.lines[index + 1] if index + 1 < len(doc.lines) else None
    return not line.links and (below is None or below.block != line.block)


def _paper(line: Line, index: int, doc: Doc, title: str, doubt: str, authors: str = "") -> Found:
    draft = Draft(line=line.number, title=title, urls=list(line.urls), text=line.text)
    draft.authors = authors
    draft.confidence = 0.55 if doubt else 0.75 if authors else 0.7
    draft.reasons = [doubt] if doubt else []
    return Found(build(draft, doc.captured), index, index)


def _names_after(summary: str, line: Line) -> str:
    """`[**Title**](…) - *A Name, B Name*`: an accepted-papers list sets the names, in italics,
    where a newsletter writes its summary."""
    names = summary.strip().strip("*_").strip()
    if not any(names == span.strip() for span in line.italic):
        return ""
    return names if looks_like_names(names) else ""


_SENTENCE_END = re.compile(r"[.!。]\s|[.!。]$")
_LONG_WORD = re.compile(r"[^\W\d_][\w'’\-]{3,}")


def _subtitle(rest: str) -> bool:
    """`**SimpleMem**: Efficient Lifelong Memory for LLM Agents`: the rest of a paper's title after
    its short name, not a summary (`**Name**: a model that …`, `**Name**: It scales well.`): it
    opens with a capital, says no sentence, and capitalises half its longer words or more."""
    rest = rest.strip()
    if not rest[:1].isupper() or _SENTENCE_END.search(rest) or len(rest.split()) > 20:
        return False
    long = _LONG_WORD.findall(rest)
    return len(long) >= 2 and 2 * sum(1 for w in long if w[:1].isupper()) >= len(long)


_TITLE_WORDS = (3, 25)


def _whole_title(title: str) -> bool:
    """`1. **Episodic Memory from Compression Boundaries**`: an item all in bold, with nothing
    after it, that reads as a title (three words or more, capitalised, no sentence)."""
    count = len(title.split())
    if not _TITLE_WORDS[0] <= count <= _TITLE_WORDS[1] or _SENTENCE_END.search(title):
        return False
    return title[:1].isupper() and not title.endswith((":", "："))
