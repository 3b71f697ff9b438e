"""Labelled lists: `Title:` / `Authors:` / `Abstract:` / `Link:` / `Date:` cards, in English or
with the common Chinese labels (标题 / 作者 / 摘要 / 链接 / 日期), as lines, bold labels, label
headings or two-column tables. A card starts at a heading, a top-level list item, a bold line or
a `Title:` label; its title is the `Title:` value or the line that opened it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from papershelf.core.text import fold
from papershelf.importers.paste.blocks import (
    date_in,
    is_button_line,
    is_generic_label,
    names_and_date,
    title_and_year,
    year_in,
)
from papershelf.importers.paste.build import Draft, build
from papershelf.importers.paste.citations import title_then_names
from papershelf.importers.paste.doc import Doc, Found
from papershelf.importers.paste.front import paper_in
from papershelf.importers.paste.identifiers import BARE_NEW_ID, DOI, find_identifiers
from papershelf.importers.paste.lines import CJK, Line, clean_title, mostly_cjk, strip_emoji
from papershelf.importers.paste.names import looks_like_names, split_names
from papershelf.importers.paste.scholar import BYLINE

NAME = "labelled"
DESCRIPTION = "Labelled lists (Title:/Authors:/Abstract:/Link:, 标题/作者/摘要/链接/日期)"

LABELS = {
    "title": ("title", "paper title", "paper", "标题", "题目", "论文标题", "论文题目", "英文标题",
              "タイトル", "論文タイトル", "題目", "제목", "논문 제목"),
    "authors": ("authors", "author", "author(s)", "作者", "作者列表", "研究机构/作者", "著者",
                "저자"),
    "abstract": ("abstract", "summary", "摘要", "英文摘要", "摘要（原文）", "摘要(原文)", "原文摘要",
                 "要約", "概要", "アブストラクト", "초록", "요약"),
    "link": ("link", "links", "url", "pdf", "arxiv", "paper link", "链接", "论文链接", "阅读论文",
             "论文地址", "地址", "リンク", "링크"),
    "date": ("date", "published", "publish date", "submitted", "日期", "发布日期", "发表日期",
             "发布时间", "时间", "日付", "公開日", "날짜", "게시일", "發表日期", "發布日期", "發佈日期",
             "發表時間", "發布時間", "year", "publication year", "pub. year", "年份", "发表年份",
             "出版年份", "発表年", "出版年", "연도", "발행 연도"),
    "comments": ("comments", "comment", "备注"),
    "venue": ("venue", "published in", "conference", "journal", "发表", "发表于", "会议", "期刊",
              "收录"),
    "skip": ("subjects", "subject", "categories", "keywords", "关键词", "cite as", "tags", "标签",
             "title (zh)", "abstract (zh)", "一句话要点", "机构"),
}  # fmt: skip
_BY_LABEL = {label: field for field, labels in LABELS.items() for label in labels}
# An arXiv abstract page: `[Submitted on 12 Jun 2017 (v1), last revised …]` above the title.
# A Hugging Face paper page: `Published on Dec 28, 2024`.
_SUBMITTED_ON = re.compile(
    r"^[\[(]?(?:Submitted|Published)(?: on)? "  # `Submitted 3 June, 2019;` on arXiv's search
    r"(?P<date>\d{1,2} [A-Za-z]{3,9},? \d{4}|[A-Za-z]{3,9}\.? \d{1,2}, \d{4})\b"
)
# `Original Title title : the title translated`: digests print the translation after a label.
_TITLE_THEN_TRANSLATION = re.compile(r"\s+(?:title|标题)\s*[:：]", re.IGNORECASE)
_ONLY_LINK = re.compile(r"^(?:https?://\S+|arXiv:\s*\S+|\d{4}\.\d{4,5}(?:v\d+)?)$", re.I)
_LABELLED = re.compile(r"^(?P<label>[^:：]{1,40}?)\s*[:：]\s*(?P<value>.*)$")
# Digests that set their labels off with a bullet and a bar: `■ 论文 | Title`, `■ 链接 | https://…`,
# `■ 作者 | A / B`. There the bare word for "paper" labels the title.
_BAR_LABELLED = re.compile(r"^\s*[■□◆◇●▪►▶]\s*(?P<label>[^|｜:：]{1,12}?)\s*[|｜]\s*(?P<value>.+)$")
_PIPE_ROW = re.compile(r"^\|\s*(?P<label>[^|:：]{1,40}?)\s*\|\s*(?P<value>[^|]*?)\s*\|?\s*$")
_BAR_ONLY = {"论文": "title", "論文": "title", "paper": "title", "源码": "skip", "代码": "skip",
             "code": "skip"}  # fmt: skip


@dataclass
class _Card:
    opener: int  # index of the line that opened the card
    rank: tuple[str, int]  # (kind, level) of the opener: a peer or a higher one ends the card
    title: str = ""
    fields: dict[str, list[str]] = field(default_factory=dict)
    urls: list[str] = field(default_factory=list)
    last: int = 0
    loose: list[str] = field(default_factory=list)
    title_linked: bool = False  # `**Paper:** [Title](https://…)`: the label links the paper


def label_of(text: str) -> tuple[str, str] | None:
    """(field, value) when a line is `Label: value` (or a label alone) for a known label."""
    # both patterns below need a mark: four scans for one character, far cheaper than either
    marked = ":" in text or "：" in text or "|" in text or "｜" in text
    if len(text) > 60 and not marked:
        return None  # longer than any label alone (most lines of a long paste)
    plain = strip_emoji(text)
    if marked and (match := _PIPE_ROW.match(plain)):  # `| Published | 2026-05-22 |`, headerless
        plain = f"{match['label']}: {match['value']}"
    if marked and (match := _BAR_LABELLED.match(plain)):
        name = match["label"].strip().lower()
        field = _BY_LABEL.get(name) or _BAR_ONLY.get(name)
        if field is not None:
            value = match["value"].strip()
            return (
                ("link", value) if field == "title" and _ONLY_LINK.match(value) else (field, value)
            )
    if marked and (match := _LABELLED.match(plain)):
        name = match["label"].strip().strip("*_ ").lower()
        field = _BY_LABEL.get(name) or _qualified(name)
        if field is not None:
            value = match["value"].strip()
            if field == "title" and _ONLY_LINK.match(value):
                return "link", value  # `Paper: https://arxiv.org/abs/…` links the paper
            return field, value
    name = plain.strip().strip("*_:： ").lower()
    if name in _BY_LABEL:
        return _BY_LABEL[name], ""
    return None


# Labels in other languages, and labels that qualify their field (`Título capturado`, `Author /
# source (if known)`, `Date of original`): the first word names the field.
_FIRST_WORD = {
    "title": "title", "título": "title", "titulo": "title", "titre": "title", "titel": "title",
    "author": "authors", "authors": "authors", "autor": "authors", "autores": "authors",
    "auteur": "authors", "auteurs": "authors", "autoren": "authors", "autori": "authors",
    "abstract": "abstract", "resumen": "abstract", "résumé": "abstract", "resumo": "abstract",
    "zusammenfassung": "abstract", "date": "date", "fecha": "date", "datum": "date",
    "year": "date", "año": "date", "année": "date", "jahr": "date", "anno": "date", "年": "date",
    "url": "link", "enlace": "link", "lien": "link",
}  # fmt: skip


def _qualified(label: str) -> str | None:
    words = re.split(r"[\s/(]+", label)
    if len(words) > 5 or "(zh)" in label:
        return None
    return _FIRST_WORD.get(words[0])


def read(lines: list[Line], doc: Doc) -> list[Found]:
    cards: list[_Card] = []
    current: _Card | None = None
    active = ""  # the field that a label alone opened
    taken: list[int] = []  # the lines it took
    for index, line in enumerate(lines):
        if line.kind in ("claimed",):
            current, active = None, ""
            continue
        if line.kind == "rule":
            if not _note_goes_on(current):
                current, active = None, ""
            continue
        if line.kind == "row" and len(line.cells) > 2 and current is not None:
            if not current.fields and cards and cards[-1] is current:
                cards.pop()  # a heading over a table of its facts: the table reader's
            current, active = None, ""
            continue
        labelled = _row_label(line) if line.kind == "row" else label_of(line.text)
        if labelled is None and current is not None and (pairs := _label_pairs(line.text)):
            for name, value in pairs:  # `**评分**: 85/100 | **日期**: 2026-06-09`
                current.fields.setdefault(name, []).append(value)
            current.last = index
            continue
        if labelled is None and current is not None and _fact_item(line, current):
            current.loose.append(line.text)  # `- Format: html`: a fact of the note's paper
            current.last = index
            continue
        if labelled is None and _card_done(current, line):
            current, active = None, ""  # `■ 论文 | …` `■ 链接 | …` then the digest's next project
        if labelled is None and _opens_card(line, current):
            current = _Card(index, _rank(line), title=line.text, last=index)
            cards.append(current)
            active = ""
            _take_links(current, line)
            continue
        if current is None:
            if labelled and labelled[0] == "title" and labelled[1]:
                current = _Card(index, ("label", 0), title=labelled[1], last=index)
                cards.append(current)
            elif line.kind == "text" and len(line.text) < 200 and not line.links:
                current = _Card(index, ("loose", 0), title=line.text, last=index)
                cards.append(current)
            continue
        if (
            current.rank[0] == "loose"
            and not current.fields
            and not labelled
            and _loose_title(line)
        ):
            cards.pop()  # the title is the plain line right above the labels, not the page's top
            current = _Card(index, ("loose", 0), title=line.text, last=index)
            cards.append(current)
            continue
        if labelled and _next_paper_above(current, labelled, lines, index):
            current.loose.pop()  # `Title (2013)` then `Authors: …` again: a new paper's card
            current = _Card(index - 1, ("loose", 0), title=lines[index - 1].text, last=index)
            cards.append(current)
        current.last = index
        if labelled:
            name, value = labelled
            value, more = _inline_labels(value)
            if name == "authors":
                value = _ANY_LABEL_AFTER.split(value, maxsplit=1)[0]
            for other, text in more:  # `author : A, B organization : X link : https://…`
                current.fields.setdefault(other, []).append(text)
            if (
                name == "title"
                and value
                and (
                    current.fields.get("title")
                    or current.rank[0] == "label"
                    or _project_above(current)
                )
            ):
                current = _Card(index, ("label", 0), title=value, last=index)
                cards.append(current)
                continue
            active, taken = (name if not value else ""), []
            if value:
                current.fields.setdefault(name, []).append(value)
            if name == "link" or line.links:
                _take_links(current, line)
            if name == "title" and value and any(label == value for label, _ in line.links):
                current.title_linked = True
            continue
        _take_links(current, line)
        if active and taken and line.block != lines[taken[-1]].block:
            active = ""  # a label alone opens one paragraph; the next one is the user's remark
        if active and not is_button_line(line):
            current.fields.setdefault(active, []).append(line.text)
            taken.append(index)
        elif line.kind == "text":
            current.loose.append(line.text)
    return [hit for card in cards if (hit := _found(card, lines, doc))]


def _next_paper_above(
    card: _Card, labelled: tuple[str, str], lines: list[Line], index: int
) -> bool:
    """An `Authors:` label in a card that has its names already, right under a plain line of
    the card's own text: a paper's card went on without a heading or a rule, and that line is
    the next paper's title."""
    name, value = labelled
    if name != "authors" or not value or "authors" not in card.fields or index == 0:
        return False
    above = lines[index - 1]
    return (
        bool(card.loose)
        and card.loose[-1] == above.text
        and _loose_title(above)
        and label_of(above.text) is None
    )


def _project_above(card: _Card) -> bool:
    """Loose lines with a link of their own, or remarks and no field, above a title label: a
    digest's project, not the labelled paper's."""
    return card.rank[0] == "loose" and (
        "link" in card.fields or (not card.fields and bool(card.loose))
    )


def _card_done(card: _Card | None, line: Line) -> bool:
    """A card a title label opened, with its link, ends at a short unlabelled line of text."""
    return (
        card is not None
        and card.rank[0] == "label"
        and bool(card.fields.get("link"))
        and line.kind == "text"
        and len(line.text) < 120
        and line.text[-1:] not in ".。"
        and not _names(line.text)
    )


def _note_goes_on(card: _Card | None) -> bool:
    """A rule under a paper's `# Title` and its subtitle lines, before any field: the note goes on
    (`---` then `## 基本信息` and the table of its facts)."""
    return card is not None and card.rank == ("heading", 1) and not card.fields


def _loose_title(line: Line) -> bool:
    text = line.text
    return (
        line.kind == "text"
        and len(text) < 200
        and not line.links
        and not text.endswith((".", "。"))
    )


_ENGLISH_LABELS = "|".join(
    re.escape(label) for label in sorted(_BY_LABEL, key=len, reverse=True) if label.isascii()
)
_INLINE_LABEL = re.compile(
    rf"\s+(?P<label>{_ENGLISH_LABELS}|organization|affiliations?)\s*[:：]\s*", re.I
)


# `Authors: Devlin et al. Key Contribution: Introduced …`: names never hold `Word Word:`, so a
# capitalised label after them, known or not, starts the line's next field.
_ANY_LABEL_AFTER = re.compile(
    r"(?<=[\w.)])\s+[A-Z][\w'’\-]*(?:\s+[A-Za-z][\w'’\-]*){0,2}\s*[:：]\s"
)


def _inline_labels(value: str) -> tuple[str, list[tuple[str, str]]]:
    """A value that runs on into further `label : value` pairs on the same line: its own part,
    and the known fields after it (an unknown label such as `organization` is dropped)."""
    parts = _INLINE_LABEL.split(value)
    if len(parts) == 1 or BYLINE.match(value):  # `… - arXiv preprint arXiv:2603.13320, 2026 - …`
        return value, []
    more = []
    for label, text in zip(parts[1::2], parts[2::2], strict=True):
        name = _BY_LABEL.get(label.lower())
        if name is not None and text.strip():
            more.append((name, text.strip()))
    return parts[0].strip(), more


def _row_label(line: Line) -> tuple[str, str] | None:
    if len(line.cells) != 2:
        return None
    found = label_of(line.cells[0].text)
    if found is None:
        return None
    value = line.cells[1].text.strip()
    if found[0] == "title" and _ONLY_LINK.match(value):
        return "link", value  # `| **Paper** | [arXiv:2605.23904](…) |`: the paper's link
    return found[0], value


def _rank(line: Line) -> tuple[str, int]:
    if line.kind == "heading":
        return ("heading", line.level)
    if line.kind == "item":
        return ("item", line.level)
    return ("bold", 0)


def _opens_card(line: Line, current: _Card | None) -> bool:
    if _section_of(line, current):
        return False
    if current is not None and not current.fields and line.kind in ("heading", "item"):
        return True  # a section heading with no fields of its own gives way to the paper's
    if line.kind == "heading":
        kind, level = current.rank if current else ("", 0)
        return current is None or kind != "heading" or line.level <= level
    if line.kind == "item" and line.level <= 1:
        return current is None or current.rank[0] in ("item", "loose", "bold")
    if current is not None and current.rank[0] == "heading" and current.last == current.opener:
        return False  # a bold line right under the paper's heading: its subtitle or translation
    bold = " ".join(line.bold)
    whole = bool(bold) and len(bold) >= 0.8 * len(strip_emoji(line.text)) and len(bold) > 15
    return whole and (current is None or not current.fields or current.rank[0] in ("bold", "loose"))


def _label_pairs(text: str) -> list[tuple[str, str]]:
    """The known `label: value` pairs of a line of several parted by `|`."""
    if "|" not in text and "｜" not in text:
        return []
    pairs = [found for part in re.split(r"[|｜]", text) if (found := label_of(part.strip()))]
    return [(name, value) for name, value in pairs if value and name != "title"]


def _fact_item(line: Line, card: _Card) -> bool:
    """A `- Label: value` item under a paper's heading: one of its facts, not a paper."""
    if line.kind != "item" or card.rank[0] != "heading" or line.links:
        return False
    if len(card.title.split()) < 4 or card.title.rstrip().endswith((":", "：")):
        return False  # `### List of papers:` heads a list, not one paper's note
    match = _LABELLED.match(line.text)
    if match is None or not match["value"] or len(match["label"].split()) > 5:
        return False
    label = [w for w in match["label"].split() if w.isalpha() and len(w) > 3]
    capitals = sum(1 for w in label if w[:1].isupper())
    return len(label) <= 1 or capitals < 2  # `Collapsing Domain Walls: …` is a title


def _section_of(line: Line, card: _Card | None) -> bool:
    """`## Provenance` under a paper's `# Title`, before any field: a section of its note."""
    if card is None or card.fields or line.kind != "heading" or card.rank[0] != "heading":
        return False
    return line.level > card.rank[1] and len(line.text.split()) <= 2 and not line.links


def _take_links(card: _Card, line: Line) -> None:
    for label, url in line.links:
        if url not in card.urls:
            card.urls.append(url)
        if not card.title and not is_generic_label(label):
            card.title = label


def _found(card: _Card, lines: list[Line], doc: Doc) -> Found | None:
    fields = card.fields
    title = (fields.get("title") or [card.title])[0]
    title = _TITLE_THEN_TRANSLATION.split(title, maxsplit=1)[0]
    title = _named_in_front_matter(title, doc)
    if not fields.get("title") and _a_fact(title):
        title = _title_elsewhere(card, lines, doc)  # `- **arXiv ID**: 2504.16736` opened it
    has_body = bool(fields.get("authors") or fields.get("abstract"))
    named = _named_in_prose(card) if fields.get("link") and not fields.get("title") else None
    if named is not None:
        title = named  # `可参考 Word Translation without Parallel Data 这篇论文` over `论文链接：…`
        # The first link is this paper's; later ones belong to the projects after it.
        card.urls, fields["link"] = card.urls[:1], fields["link"][:1]
    elif not title or (card.rank[0] == "loose" and not fields.get("authors")):
        return None  # unlabelled text with an abstract is left to the generic reader
    elif not has_body and not (_linked(card) or card.title_linked):
        return None  # a heading, lines of its own and an `arXiv:` line: the lines are the paper
    if mostly_cjk(title) and (original := _latin_line(card.loose, title=True)):
        title = original  # a digest's translated title over the paper's own
    quoted = _quoted_lead(card) if not fields.get("title") else None
    if quoted is not None:
        title = quoted["title"]
    reference = title_then_names(title) if not fields.get("title") else None
    if reference is not None:  # `1. Title. A Name, B Name. arXiv1603.05027 (2016)` over its links
        title = reference.title
    title, title_year = title_and_year(clean_title(title))
    draft = Draft(line=lines[card.opener].number, title=title, urls=card.urls)
    authors = " ".join(fields.get("authors", []))
    if quoted is not None and not authors and looks_like_names(quoted["names"]):
        authors = quoted["names"]
    names_line = names_and_date(card.loose[0]) if card.loose else ("", None)
    if not authors and card.loose and _names(card.loose[0].rstrip(".")):
        authors = card.loose[0].rstrip(".")  # the names right under the title, unlabelled
    elif not authors and names_line[0]:
        authors = names_line[0]  # `**A Name, B Name et al.** · 2022-12-30`
    byline = BYLINE.match(authors)
    if byline:  # `Authors & Venue: A Name, B Name - arXiv preprint arXiv:…, 2026 - arxiv.org`
        authors = byline["authors"]
    if not authors and reference is not None:
        authors = reference.authors
    draft.authors = "" if _not_given(authors) else authors
    draft.abstract = " ".join(fields.get("abstract", []))
    if mostly_cjk(draft.abstract) and (original := _latin_line(card.loose, title=False)):
        draft.abstract = original
    if not draft.abstract and card.loose:
        longest = max(card.loose, key=len)
        draft.abstract = longest if len(longest) > 200 else ""
    dates = fields.get("date", [])
    draft.date = _date_of(dates[0]) if dates else _submitted_on(card, lines)
    if not draft.date and names_line[1] and authors == names_line[0]:
        draft.date = names_line[1]
    if not draft.date:
        draft.date = next((d for text in card.loose if (d := _meta_date(text))), None)
    if not draft.date and quoted is not None:
        draft.date = date_in(quoted["rest"] or "")
    if not draft.date and fields.get("venue"):
        draft.date = year_in(fields["venue"][0])  # `发表：UIST 2023（ACM SIGCHI）`
    if not draft.date and byline:
        draft.date = byline["year"]
    if not draft.date and reference is not None:
        draft.date = reference.year
    draft.date = draft.date or title_year
    draft.comments = " ".join(fields.get("comments", [])) or None
    # `Cite as: arXiv:2401.01234`, `Subjects:`: not fields, but their identifiers count.
    facts = [t for t in card.loose if _LABELLED.match(t)]  # `arXiv ID: arXiv:2203.11171 — DOI …`
    opener = lines[card.opener].text
    links = [f"arXiv:{v}" if BARE_NEW_ID.fullmatch(v) else v for v in fields.get("link", [])]
    draft.text = " ".join(
        [*links, *fields.get("skip", []), *dates, opener, title, *facts]
        + ([byline.group(0)] if byline else [])
    )
    draft.confidence = 0.9 if has_body else 0.75
    return Found(build(draft, doc.captured), card.opener, card.last)


# `"Agent-Fence: Mapping …" (Puppala, Hossain, Lee; v1 submitted 2026-02-07). An architecture …`
_QUOTED_LEAD = re.compile(
    r"^[\"“](?P<title>[^\"”]{8,300})[\"”]\s*\((?P<names>[^;()]{3,300})(?:;(?P<rest>[^()]{0,80}))?\)"
)


def _quoted_lead(card: _Card) -> re.Match[str] | None:
    """A note under a heading of its own (`### 1. What it is`) whose text opens with the paper's
    quoted title and its names in brackets."""
    if not card.loose or len(card.title.split()) > 5:
        return None
    match = _QUOTED_LEAD.match(card.loose[0])
    return match if match and len(match["title"].split()) >= 3 else None


# A paper a Chinese or Japanese sentence names by its own (Latin) title: `《Title》`, or the title
# followed by `这篇论文` / `该论文` / `論文` ("this paper").
_PAPER_IN_PROSE = re.compile(
    r"《(?P<quoted>[A-Za-z][^》]{7,200})》"
    r"|(?<![A-Za-z])(?P<title>[A-Z][\w'’\-:]*(?:\s+[\w'’\-:]+){2,30}?)\s*"
    r"(?:这篇论文|這篇論文|该论文|該論文|这篇文章|一文|という論文|の論文)"
)


def _named_in_prose(card: _Card) -> str | None:
    """The one paper the card's own sentences name, for a card whose label links a paper."""
    found = [
        m["quoted"] or m["title"] for text in card.loose for m in _PAPER_IN_PROSE.finditer(text)
    ]
    return found[0].strip() if len(found) == 1 else None


def _a_fact(text: str) -> bool:
    """`arXiv ID: 2504.16736`, `DOI: 10.1/x`: a label and an identifier, no title."""
    match = _LABELLED.match(text)
    return match is not None and (
        _ONLY_LINK.match(match["value"].strip()) is not None
        or DOI.fullmatch(match["value"].strip()) is not None
    )


def _title_elsewhere(card: _Card, lines: list[Line], doc: Doc) -> str:
    """The title of a card of facts that names none: the text of a link elsewhere in the note
    to the same paper (`本記事は [Title](https://arxiv.org/abs/…) の解説記事です`), else the
    note's front matter title without a label before it or a translated subtitle after it
    (`論文解説: Title — 日本語の副題`); "" when neither names it."""
    ids = find_identifiers(" ".join(card.fields.get("link", [])), card.urls)
    paper = ids.arxiv_id or ids.doi
    if not paper:
        return ""
    for line in lines:
        for label, url in line.links:
            linked = find_identifiers("", [url])
            if paper in (linked.arxiv_id, linked.doi) and _a_title(label):
                return label
    named = paper_in(doc.front_matter)
    front = find_identifiers(named.text, named.urls) if named else None
    if front is None or paper not in (front.arxiv_id, front.doi):
        return ""
    title = _EXPLAINER.sub("", doc.front_matter.get("title", ""))
    head, dash, tail = title.partition(" — ")
    return head.strip() if dash and mostly_cjk(tail) else title.strip()


# `論文解説: `, `[論文紹介] `: a label in another script before the paper's own title.
_EXPLAINER = re.compile(r"^\s*(?:\[[^\]]*[^\x00-\x7f][^\]]*\]|[^:：\x00-\x7f][^:：]{0,15}[:：])\s*")


def _a_title(label: str) -> bool:
    return len(label.split()) >= 3 and not label.startswith("http") and not mostly_cjk(label)


def _named_in_front_matter(title: str, doc: Doc) -> str:
    """`# LT-Defense` over a note whose front matter says `title: "LT-Defense: Searching-free …"`:
    the heading is the short name of the title the front matter gives in full."""
    full = doc.front_matter.get("title", "")
    short = fold(title)
    return full if short and len(full) > len(title) and fold(full).startswith(short) else title


# `年 / venue: 2026 / arXiv [cs.CL]`: a label for the year and the venue, the year first.
_YEAR_THEN_MORE = re.compile(r"^(?P<year>(?:19|20)\d{2})\s*[/|,;·]\s*\D")


def _date_of(value: str) -> str:
    if found := date_in(value):
        return found
    return match["year"] if (match := _YEAR_THEN_MORE.match(value)) else value


def _meta_date(text: str) -> str | None:
    """`_2026-02-27_ · https://arxiv.org/abs/…`: a short line of facts parted by `·` or `|`."""
    if len(text) > 120 or not _META_PARTS.search(text):
        return None
    return next(
        (d for part in _META_PARTS.split(text) if len(part) < 40 and (d := date_in(part))), None
    )


_META_PARTS = re.compile(r"\s+[·|•]\s+")


def _linked(card: _Card) -> bool:
    """A `Link:` label and no line of the card's own text besides names and labels."""
    if "link" not in card.fields or not (card.fields["link"] or card.urls):
        return False
    return not any(
        len(t) < 120 and t[-1:] != "." and not _names(t) and not _LABELLED.match(t)
        for t in card.loose
    )


def _latin_line(loose: list[str], *, title: bool) -> str | None:
    """The first line in Latin script shaped like a title (or, for an abstract, like prose):
    a bilingual digest shows the paper's own title and abstract beside its translation."""
    for text in loose:
        if CJK.search(text):
            continue
        if title and 3 <= len(text.split()) <= 40 and not text.endswith("."):
            return text
        if not title and len(text) > 200 and text.count(". ") >= 1:
            return text
    return None


def _names(text: str) -> bool:
    """Two names or more (one long capitalised line may as well be a title)."""
    return looks_like_names(text) and len(split_names(text)[0]) >= 2


def _submitted_on(card: _Card, lines: list[Line]) -> str | None:
    for line in lines[card.opener : card.last + 1]:
        if match := _SUBMITTED_ON.match(line.text):
            return match["date"]
    return None


def _not_given(text: str) -> bool:
    return not text or any(
        word in text for word in ("未显式", "未提供", "N/A", "unknown", "请参阅")
    )
