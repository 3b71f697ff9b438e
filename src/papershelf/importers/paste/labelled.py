"""Labelled lists: `Title:` / `Authors:` / `Abstract:` / `Link:` / `Date:` cards, in English or
with the common Chinese labels (标题 / 作者 / 摘要 / 链接 / 日期), as lines, bold labels, label
headings or two-column tables. A card starts at a heading, a top-level list item, a bold line or
a `Title:` label; its title is the `Title:` value or the line that opened it.
"""

from __future__ import annotations

import re

from papershelf.importers.paste.blocks import (
    date_in,
    is_button_line,
    is_generic_label,
    names_and_date,
    slashed_date,
    title_and_year,
    year_in,
)
from papershelf.importers.paste.build import Draft, build
from papershelf.importers.paste.card_titles import (
    Card,
    a_fact,
    latin_line,
    named_in_front_matter,
    named_in_prose,
    own_reference_title,
    quoted_lead,
    title_elsewhere,
)
from papershelf.importers.paste.citations import title_then_names
from papershelf.importers.paste.cited_headings import (
    cited_heading,
    numbered_within,
    outline_number,
    without_alias,
)
from papershelf.importers.paste.doc import Doc, Found
from papershelf.importers.paste.identifiers import BARE_NEW_ID, find_identifiers
from papershelf.importers.paste.labels import (
    ANY_LABEL_AFTER,
    CJK_LABEL_AFTER,
    LABELLED,
    ONLY_LINK,
    inline_labels,
    label_of,
    label_pairs,
    row_label,
)
from papershelf.importers.paste.lines import (
    Line,
    clean_title,
    mostly_cjk,
    numbered_entry,
    same_opening,
    strip_emoji,
)
from papershelf.importers.paste.names import looks_like_names, split_names
from papershelf.importers.paste.scholar import BYLINE
from papershelf.importers.paste.verdict import year_over_its_month

NAME = "labelled"
DESCRIPTION = "Labelled lists (Title:/Authors:/Abstract:/Link:, 标题/作者/摘要/链接/日期)"
# An arXiv abstract page: `[Submitted on 12 Jun 2017 (v1), last revised …]` above the title.
# A Hugging Face paper page: `Published on Dec 28, 2024`.
_SUBMITTED_ON = re.compile(
    r"^[\[(]?(?:Submitted|Published)(?: on)? "  # `Submitted 3 June, 2019;` on arXiv's search
    r"(?P<date>\d{1,2} [A-Za-z]{3,9},? \d{4}|[A-Za-z]{3,9}\.? \d{1,2}, \d{4})\b"
)
_VENUE_SLUG = re.compile(r"^[a-z]{2,12}[-_](?P<year>(?:19|20)\d{2})$")
_SUBMITTED_WITHIN = re.compile(
    r"\b(?:Submitted|Published)(?: on)? "
    r"(?P<date>\d{1,2} [A-Za-z]{3,9},? \d{4}|[A-Za-z]{3,9}\.? \d{1,2}, \d{4})\b"
)
_ISO_DAY_IN = re.compile(r"\b(?:19|20)\d{2}-\d{2}-\d{2}\b")
# `Original Title title : the title translated`: digests print the translation after a label.
_TITLE_THEN_TRANSLATION = re.compile(r"\s+(?:title|标题)\s*[:：]", re.IGNORECASE)


def read(lines: list[Line], doc: Doc) -> list[Found]:
    cards: list[Card] = []
    current: Card | None = None
    active = ""  # the field that a label alone opened
    taken: list[int] = []  # the lines it took
    label_at = -1  # the line of the last label
    listed_until = -1  # the last item of a list of titles under a title label alone
    for index, line in enumerate(lines):
        if index <= listed_until:
            continue
        if line.kind in ("claimed",):
            current, active = None, ""
            continue
        if line.kind == "rule":
            if not _note_goes_on(current):
                current, active = None, ""
            continue
        if (
            line.kind == "row"
            and current is not None
            and (len(line.cells) > 2 or _table_of_items(lines, index))
        ):
            if not current.fields and cards and cards[-1] is current:
                cards.pop()  # a heading over a table of its facts: the table reader's
            current, active = None, ""
            continue
        labelled = row_label(line) if line.kind == "row" else label_of(line.text)
        if labelled is None and line.kind == "item" and " = " in line.text:
            labelled = _equals_label(line)
        if labelled and labelled[0] != "title" and labelled[1] and _numbered_heading(line):
            labelled = None  # `#### [6] Comment: On …`: an entry's title, its first word no label
        if labelled == ("title", "") and (title_list := _listed_titles(lines, index)):
            cards += title_list  # `Paper titles:` over a list: each item names a paper
            listed_until, current, active = title_list[-1].opener, None, ""
            continue
        if labelled is None and current is not None and (pairs := label_pairs(line.text)):
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
        if labelled is None and current is not None and _section_of(line, current):
            current.sectioned = True  # `## Metadata` in a paper's note: its items are facts
        # `**Authors:**` alone over `- Name` items: the list is the label's value
        listed = bool(active) and labelled is None and _list_value(line, lines, label_at, taken)
        if labelled is None and not listed and _opens_card(line, current):
            current = Card(index, _rank(line), title=line.text, last=index)
            cards.append(current)
            active = ""
            _take_links(current, line)
            continue
        if current is None:
            if labelled and labelled[0] == "title" and labelled[1]:
                current = Card(index, ("label", 0), title=labelled[1], last=index)
                cards.append(current)
                _take_links(current, line)
            elif line.kind == "text" and len(line.text) < 200 and not line.links:
                current = Card(index, ("loose", 0), title=line.text, last=index)
                cards.append(current)
            continue
        if (
            current.rank[0] == "loose"
            and not current.fields
            and not labelled
            and _loose_title(line)
        ):
            cards.pop()  # the title is the plain line right above the labels, not the page's top
            current = Card(index, ("loose", 0), title=line.text, last=index)
            cards.append(current)
            continue
        if labelled and _next_paper_above(current, labelled, lines, index):
            current.loose.pop()  # `Title (2013)` then `Authors: …` again: a new paper's card
            current = Card(index - 1, ("loose", 0), title=lines[index - 1].text, last=index)
            cards.append(current)
        elif labelled and _original_above_translation(current, labelled, lines, index):
            current.loose.pop()  # `[12] Original Title` then `标题 : 译名` again: the next paper
            current = Card(index - 1, ("label", 0), title=lines[index - 1].text, last=index)
            current.fields["title"] = [labelled[1]]
            cards.append(current)
            continue
        current.last = index
        if labelled:
            name, value = labelled
            # `comment: Updated version of arXiv:1611.01891` names another paper, not a field;
            # `Source: arXiv preprint arXiv:2501.01234, 2025 - arxiv.org` cites the paper itself
            value, more = inline_labels(value) if name not in ("comments", "venue") else (value, [])
            if name == "authors":
                value = ANY_LABEL_AFTER.split(value, maxsplit=1)[0]
                value = CJK_LABEL_AFTER.split(value, maxsplit=1)[0]
            for other, text in more:  # `author : A, B organization : X link : https://…`
                _add_field(current, other, text)
            if (
                name == "title"
                and value
                and (
                    current.fields.get("title")
                    or current.rank[0] == "label"
                    or _project_above(current)
                )
            ):
                current = Card(index, ("label", 0), title=value, last=index)
                cards.append(current)
                _take_links(current, line)  # `Title: [Name](doi)`: the next card's own link
                continue
            active, taken, label_at = (name if not value else ""), [], index
            if value:
                _add_field(current, name, value)
            if name == "link" or line.links:
                _take_links(current, line)
            if name == "title" and value and any(label == value for label, _ in line.links):
                current.title_linked = True
            continue
        _take_links(current, line)
        if active and taken and line.block != lines[taken[-1]].block and not listed:
            active = ""  # a label alone opens one paragraph; the next one is the user's remark
        if active and not is_button_line(line):
            value = f"{line.text.rstrip(',;')}," if listed and active == "authors" else line.text
            current.fields.setdefault(active, []).append(value)
            taken.append(index)
        elif line.kind == "text":
            current.loose.append(line.text)
    # Headings of one rank over papers' labels: a peer heading with a year and no labels of
    # its own (`#### Title (2025)` over remarks only) is a paper of the same list.
    bodied = {card.rank for card in cards if card.fields.get("authors") or _bylined(card)}
    return [hit for card in cards if (hit := _found(card, lines, doc, card.rank in bodied))]


# `- **auteurs** = A Name, B Name`: a note's fields set as bold keys and `=`.
_EQUALS = re.compile(r"^(?P<label>[^=:：]{1,40}?)\s+=\s+(?P<value>\S.*)$")


def _equals_label(line: Line) -> tuple[str, str] | None:
    match = _EQUALS.match(line.text)
    if match is None or match["label"] not in line.bold:
        return None
    return label_of(f"{match['label']}: {match['value']}")


_ITEM_ROWS = 5  # rows under a header looked at to tell a table of items from one of labels


def _table_of_items(lines: list[Line], index: int) -> bool:
    """`| Link | description |` over rows whose first cells are no labels (a table of papers and
    their summaries): the table reader's, not a card's fields."""
    if not lines[index].header:
        return False
    rows = [line for line in lines[index + 1 : index + 1 + _ITEM_ROWS] if line.kind == "row"]
    return bool(rows) and not any(row_label(row) for row in rows)


def _numbered_heading(line: Line) -> bool:
    return line.kind == "heading" and numbered_entry(line.text)


def _add_field(card: Card, name: str, value: str) -> None:
    """A labelled value; a second copy of the card's abstract (a note's summary, then the feed's
    `Abstract:`) replaces the first when it is longer, and is never joined to it."""
    values = card.fields.setdefault(name, [])
    if name == "abstract" and values:
        before = " ".join(values)
        if same_opening(before, value):
            values[:] = [max(before, value, key=len)]
            return
    values.append(value)


LISTED_MIN = 2  # one item under a title label is that card's title, not a list of papers


def _listed_titles(lines: list[Line], label_at: int) -> list[Card]:
    """The items right under a title label alone, when there are several at one level and none
    is a label or a link list: each is a paper's title (a note's `涉及论文标题：` list)."""
    items: list[Card] = []
    at = label_at + 1
    while at < len(lines) and lines[at].kind == "item" and lines[label_at].kind != "item":
        line = lines[at]
        if line.level != lines[label_at + 1].level or label_of(line.text) is not None:
            break
        items.append(Card(at, ("listed", line.level), title=line.text, last=at))
        at += 1
    return items if len(items) >= LISTED_MIN else []


def _list_value(line: Line, lines: list[Line], label_at: int, taken: list[int]) -> bool:
    """An item right under a label alone on a line of its own (no item of a list), or after
    the items it took already."""
    if line.kind != "item" or label_at < 0 or lines[label_at].kind == "item":
        return False
    return not taken or (lines[taken[-1]].kind == "item" and lines[taken[-1]].level == line.level)


def _next_paper_above(card: Card, labelled: tuple[str, str], lines: list[Line], index: int) -> bool:
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


def _original_above_translation(
    card: Card, labelled: tuple[str, str], lines: list[Line], index: int
) -> bool:
    """A title label in another script (`标题 : 译名`) in a card that has its title already,
    right under a plain line of the card's own text in Latin script: digests print each paper's
    own title, then its translation under a label; that line is the next paper's title."""
    name, value = labelled
    if name != "title" or not value or "title" not in card.fields or index == 0:
        return False
    above = lines[index - 1]
    return (
        mostly_cjk(value)
        and bool(card.loose)
        and card.loose[-1] == above.text
        and _loose_title(above)
        and label_of(above.text) is None
        and not mostly_cjk(above.text)
    )


def _project_above(card: Card) -> bool:
    """Loose lines with a link of their own, or remarks and no field, above a title label: a
    digest's project, not the labelled paper's."""
    return card.rank[0] == "loose" and (
        "link" in card.fields or (not card.fields and bool(card.loose))
    )


def _card_done(card: Card | None, line: Line) -> bool:
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


def _note_goes_on(card: Card | None) -> bool:
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
        and not text.startswith(("http://", "https://"))  # a bare address is no title
    )


def _rank(line: Line) -> tuple[str, int]:
    if line.kind == "heading":
        return ("heading", line.level)
    if line.kind == "item":
        return ("item", line.level)
    return ("bold", 0)


# `# 📅 2026-03-27 - Paper Digest`: an issue's heading opens with its date, and no paper's does.
_DATE_LED = re.compile(r"^\W*(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}\b")


def _opens_card(line: Line, current: Card | None) -> bool:
    if _section_of(line, current):
        return False
    if _cited_lead(line):
        return True  # `**Surname et al. (2016)** - Title` over its label bullets: a paper's card
    if line.kind == "heading" and current is not None and _DATE_LED.match(current.title):
        return current.rank[0] == "heading"  # the summary fields are no paper's
    if (
        current is not None
        and not current.fields
        and line.kind in ("heading", "item")
        and not (current.sectioned and line.kind == "item" and not _paper_item(line))
        and not _nested_item(line, current)
        and not _fact_under_title(line, current)
    ):
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


_YEAR_IN = re.compile(r"\b(?:19|20)\d{2}\b")


def _cited_lead(line: Line) -> bool:
    """A literature summary's line that cites its paper in bold, then gives the title after a
    dash: `**Surname et al. (2016)** – Title` (the note's heading, set as a bold paragraph)."""
    return (
        line.kind == "text"
        and bool(line.bold)
        and line.text.startswith(line.bold[0])
        and line.bold[0].rstrip(" :：").endswith(")")  # `**Surname (2016):** Title` too
        and cited_heading(line.text) is not None
    )


def _paper_item(line: Line) -> bool:
    """A list item set like a paper's entry (names in italics, a bold title, a year, a titled
    link, a sentence's length), not a note's topic (`- 3D Segmentation`) or link (`- [paper](…)`)."""
    return bool(
        line.italic
        or line.bold
        or _YEAR_IN.search(line.text)
        or len(line.text.split()) >= 6
        or any(len(label.split()) >= 3 for label, _ in line.links)
    )


# `- カード: <link>`, `- 人手レビュー: 未`: a short label in Japanese, Chinese or Korean, then its value.
_CJK_LABEL = re.compile(r"^[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af・/ ]{1,8}\s*[:：]\s*\S")


def _fact_under_title(line: Line, card: Card) -> bool:
    """An item of a short label in CJK and its value, or of a short label and an identifier
    (`- **ArXiv ID**: [2606.10744](…)`), under a heading that reads as a paper's title: a fact
    of that paper, never a paper (under `## 情報源` it is the paper's first fact)."""
    if line.kind != "item" or len(card.title.split()) < 4:
        return False
    if _CJK_LABEL.match(line.text) is not None:
        return True
    match = LABELLED.match(line.text)
    return bool(match and len(match["label"].split()) <= 3 and ONLY_LINK.match(match["value"]))


def _nested_item(line: Line, card: Card) -> bool:
    """`   * **doi**: …` under a paper's list item: a fact of that paper, not a paper."""
    return line.kind == "item" and card.rank[0] == "item" and line.level > card.rank[1]


def _fact_item(line: Line, card: Card) -> bool:
    """A `- Label: value` item under a paper's heading: one of its facts, not a paper."""
    if line.kind != "item" or line.links:
        return False
    cited = card.rank[0] == "bold" and cited_heading(card.title) is not None
    if card.rank[0] != "heading" and not cited:
        return False
    if len(card.title.split()) < 4 or card.title.rstrip().endswith((":", "：")):
        return False  # `### List of papers:` heads a list, not one paper's note
    match = LABELLED.match(line.text)
    if cited and match is not None and not match["value"]:
        return len(match["label"].split()) <= 3  # `- **Key Points:**` over its own items
    if match is None or not match["value"] or len(match["label"].split()) > 5:
        return False
    label = [w for w in match["label"].split() if w.isalpha() and len(w) > 3]
    capitals = sum(1 for w in label if w[:1].isupper())
    return len(label) <= 1 or capitals < 2  # `Collapsing Domain Walls: …` is a title


def _section_of(line: Line, card: Card | None) -> bool:
    """`## Provenance` under a paper's `# Title`, before any field: a section of its note."""
    if card is None or card.fields or line.kind != "heading" or card.rank[0] != "heading":
        return False
    if numbered_within(card.title, line.text):
        return False  # `### 2.1 Name` under `## 2. Related work`: the section's first entry
    return line.level > card.rank[1] and len(line.text.split()) <= 2 and not line.links


def _take_links(card: Card, line: Line) -> None:
    for label, url in line.links:
        if url not in card.urls:
            card.urls.append(url)
        if not card.title and not is_generic_label(label):
            card.title = label


def _found(card: Card, lines: list[Line], doc: Doc, peer: bool = False) -> Found | None:
    fields = card.fields
    if card.rank[0] == "heading" and _DATE_LED.match(card.title) and not fields.get("authors"):
        return None  # an issue's dated heading over its summary
    title = (fields.get("title") or [card.title])[0]
    title = _TITLE_THEN_TRANSLATION.split(title, maxsplit=1)[0]
    if title.endswith(("...", "…")):
        title = _printed_in_full(card, title)
    title = named_in_front_matter(title, doc)
    if not fields.get("title") and a_fact(title):
        title = title_elsewhere(card, lines, doc)  # `- **arXiv ID**: 2504.16736` opened it
    # `#### Surname et al. (2013) — Title`: a literature note's heading cites its paper
    cited = (
        cited_heading(title)
        if card.rank[0] in ("heading", "bold") and not fields.get("title")
        else None
    )
    if cited is not None:
        title = cited.title
    elif card.rank[0] == "heading" and (number := outline_number(title)):
        title = without_alias(title[len(number) :])  # `### 2.3 Name`: the outline's number
    has_body = bool(fields.get("authors") or fields.get("abstract") or cited or _bylined(card))
    named = named_in_prose(card) if fields.get("link") and not fields.get("title") else None
    if named is not None:
        title = named  # `可参考 Word Translation without Parallel Data 这篇论文` over `论文链接：…`
        # The first link is this paper's; later ones belong to the projects after it.
        card.urls, fields["link"] = card.urls[:1], fields["link"][:1]
    elif not title or (card.rank[0] == "loose" and not fields.get("authors")):
        return None  # unlabelled text with an abstract is left to the generic reader
    elif card.rank[0] == "listed":
        pass  # named under a title label: a paper, though nothing more is told of it
    elif not has_body and not (
        _linked(card)
        or card.title_linked
        or _dated_peer(card, peer)
        or _source_peer(card, peer)
        or _titled_peer(card, peer)
    ):
        return None  # a heading, lines of its own and an `arXiv:` line: the lines are the paper
    if mostly_cjk(title) and fields.get("title") and _latin_opener(card, title):
        title = card.title  # `### Original Title` over `- 标题: 译名`: the heading is the paper's
    elif mostly_cjk(title) and (original := latin_line(card.loose, title=True)):
        title = original  # a digest's translated title over the paper's own
    quoted = quoted_lead(card) if not fields.get("title") else None
    if quoted is not None:
        title = quoted["title"]
    reference = title_then_names(title) if not fields.get("title") else None
    if reference is not None:  # `1. Title. A Name, B Name. arXiv1603.05027 (2016)` over its links
        title = reference.title
    title, title_year = title_and_year(clean_title(title))
    if card.rank[0] == "heading" and not fields.get("title"):
        title = _REMARK_AFTER.sub("", title)
    if title_year is None and (venue := _VENUE_YEAR.search(title)):
        title, title_year = title[: venue.start()], venue["year"]  # `**Title** (EMNLP 2024)`
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
    if not authors:
        authors = _names_by_link(fields.get("link", []))
    draft.authors = "" if _not_given(authors) else authors
    if not draft.authors and cited is not None:
        draft.authors = cited.names  # family names alone: a comma parts two people here
    draft.abstract = " ".join(fields.get("abstract", []))
    if mostly_cjk(draft.abstract) and (original := latin_line(card.loose, title=False)):
        draft.abstract = original
    if not draft.abstract and card.loose:
        longest = max(card.loose, key=len)
        draft.abstract = longest if len(longest) > 200 else ""
    dates = fields.get("date", [])
    draft.date = _fullest_date(dates) if dates else _submitted_on(card, lines)
    if not draft.date and names_line[1] and authors == names_line[0]:
        draft.date = names_line[1]
    if not draft.date and fields.get("venue"):
        venue_text = fields["venue"][0]  # `发表：UIST 2023（ACM SIGCHI）`, `发表: 2026-08-20 · …`
        draft.date = (
            date_in(venue_text)
            if _DATE_LED.match(venue_text) or _ISO_DAY_IN.search(venue_text)
            else year_in(venue_text)
        )  # `来源：*Journal*；同行评审论文；1997-09-01。`: the day the source gives
        if not draft.date and (slug := _VENUE_SLUG.match(venue_text)):
            draft.date = slug["year"]  # `Conference: iclr-2026`
    if not draft.date:  # `arXiv:1905.01067 (cs.LG) — Submitted 3 May 2019`
        said = (_SUBMITTED_WITHIN.search(v) for v in fields.get("link", []))
        draft.date = next((found["date"] for found in said if found), None)
    if not draft.date:  # a labelled venue's year before a date in a line of the note's own facts
        draft.date = next((d for text in card.loose if (d := _meta_date(text))), None)
    if not draft.date and quoted is not None:
        draft.date = date_in(quoted["rest"] or "")
    if not draft.date and byline:
        draft.date = byline["year"]
    if not draft.date and reference is not None:
        draft.date = reference.year
    if not draft.date and cited is not None:
        draft.date = cited.year
    if (first := _first_version(lines, card)) and year_in(draft.date or "") == first[-4:]:
        draft.date = first  # `Year: 2023 (preprint); …` over `[v1] Thu, 6 Jul 2023 …`: the day
    # `Title (2024)` over `Published: June 2024`: the year, as every reader has it
    draft.date = year_over_its_month(draft.date, title_year)
    if card.rank[0] == "heading" and not fields.get("title"):
        # `## Título traduzido` over the note's ABNT reference with the paper's own title
        draft.title = own_reference_title(card, draft.date) or draft.title
    draft.comments = " ".join(fields.get("comments", [])) or None
    # `Cite as: arXiv:2401.01234`, `Subjects:`: not fields, but their identifiers count.
    facts = [t for t in card.loose if LABELLED.match(t)]  # `arXiv ID: arXiv:2203.11171 — DOI …`
    opener = lines[card.opener].text
    # `arXiv: 1905.01067 (cs.LG; stat.ML) — Submitted …`: the id the arXiv label gave
    links = [f"arXiv:{v}" if BARE_NEW_ID.match(v) else v for v in fields.get("link", [])]
    draft.text = " ".join(
        [*links, *fields.get("skip", []), *fields.get("venue", []), *dates, opener, title, *facts]
        + ([byline.group(0)] if byline else [])
    )
    draft.confidence = 0.9 if has_body else 0.75
    paper_named = card.rank[0] == "heading" and _paper_labelled(lines, card)
    # `論文タイトル："On Face Segmentation, Face Swapping, …"`: a title label says it is a title,
    # though its words read like names
    paper_named = paper_named or bool(fields.get("title") and not mostly_cjk(title))
    return Found(build(draft, doc.captured), card.opener, card.last, named=paper_named)


# `- Paper: https://…` under `### STEER`: the note says the link is the paper's, so the heading's
# short name is the paper's name.
_PAPER_LINK = re.compile(r"^(?:paper|论文|논문)\s*[:：]\s*<?https?://\S+$", re.IGNORECASE)


def _paper_labelled(lines: list[Line], card: Card) -> bool:
    return any(_PAPER_LINK.match(line.text) for line in lines[card.opener + 1 : card.last + 1])


TITLE_MAX = 300


def _printed_in_full(card: Card, cut: str) -> str:
    """A title cut short with `...` (a note's heading) printed in full in the card below it."""
    stem = cut.rstrip(".… ")
    return next(
        (
            text
            for text in card.loose
            if text.startswith(stem) and len(stem) < len(text) < TITLE_MAX
        ),
        cut,
    )


def _bylined(card: Card) -> bool:
    """`20.10.2020, A Name, B Name` right under the heading: a feed item's dateline (a byline
    `A Name · 2024-01-02` is left to the generic reader, which reads the abstract under it)."""
    if card.rank[0] != "heading" or not card.loose or not card.loose[0][:1].isdecimal():
        return False
    return names_and_date(card.loose[0])[1] is not None


_SOURCE_WORDS = frozenset(("source", "link", "full text", "article", "paper"))


def _source_peer(card: Card, peer: bool) -> bool:
    """A heading among headings of its rank that are papers, with nothing under it but a link
    (`[Source](…)`) whose address carries the paper's DOI or arXiv id: a feed item whose byline
    the feed had not."""
    if not peer or card.rank[0] != "heading" or not card.urls:
        return False
    if any(
        t.strip().casefold() not in _SOURCE_WORDS and not is_generic_label(t) for t in card.loose
    ):
        return False
    found = find_identifiers("", card.urls)
    return bool(found.doi or found.arxiv_id)


def _titled_peer(card: Card, peer: bool) -> bool:
    """A card whose `Title:` label names its paper among cards of its rank that name their
    papers' authors: a journal club's meeting whose presenter gave the title alone."""
    return peer and bool(card.fields.get("title"))


def _dated_peer(card: Card, peer: bool) -> bool:
    """A heading `Title (2025)` among headings of its rank that label papers' authors."""
    return (
        peer
        and card.rank[0] == "heading"
        and title_and_year(clean_title(card.title))[1] is not None
    )


def _latin_opener(card: Card, translated: str) -> bool:
    """The card's heading (or bold line, or a digest's numbered entry `[11] Title`) in Latin
    script, above a title label in another; a plain line may be the page's own heading."""
    opener = card.title.strip()
    entry = card.rank[0] == "label" or (card.rank[0] == "loose" and numbered_entry(opener))
    return (
        (card.rank[0] in ("heading", "bold") or entry)
        and opener != translated
        and len(opener.split()) >= 2
        and not mostly_cjk(opener)
        and label_of(opener) is None
    )


# `Title (EMNLP 2024)`, `Title (NeurIPS 2023 Spotlight)`: a venue and year in brackets after it.
_VENUE_YEAR = re.compile(
    r"(?<=\S)\s+\((?:[A-Z][\w&.\-]*\s+){1,3}(?P<year>(?:19|20)\d{2})(?:\s+[A-Z][\w\-]*){0,2}\)$"
)


# `### 2.1 Title (systematic review)`: a note's heading says in lowercase words what kind of
# work the paper is; the paper's own title holds no such remark.
_REMARK_AFTER = re.compile(r"(?<=\S)\s+\((?:[a-zà-ÿ][a-zà-ÿ\-]*\s?){1,3}\)$")


# `年 / venue: 2026 / arXiv [cs.CL]`: a label for the year and the venue, the year first.
_YEAR_THEN_MORE = re.compile(r"^(?P<year>(?:19|20)\d{2})\s*[/|,;·]\s*\D")


# arXiv's submission history copied into a note: `[v1] Thu, 6 Jul 2023 17:54:11 UTC (410 KB)`.
_FIRST_VERSION = re.compile(r"^\[v1\]\s+[A-Z][a-z]{2},\s+(?P<date>\d{1,2} [A-Z][a-z]{2} \d{4})\b")


def _first_version(lines: list[Line], card: Card) -> str | None:
    for line in lines[card.opener : card.last + 1]:
        if line.text.startswith("[v1]") and (match := _FIRST_VERSION.match(line.text)):
            return match["date"]
    return None


def _fullest_date(values: list[str]) -> str:
    """`Year: 1976` then `Date: January 21, 1976`: the label that gives the day wins."""
    full = (found for value in values if (found := date_in(value) or slashed_date(value)))
    return next(full, _date_of(values[0]))


def _date_of(value: str) -> str:
    if found := date_in(value) or slashed_date(value):
        return found
    if match := _YEAR_THEN_MORE.match(value):
        return match["year"]
    # `date de publication = la synthèse … date de 2016, mais …`: a sentence, its first year
    return (year_in(value) or value) if len(value.split()) > 4 else value


def _meta_date(text: str) -> str | None:
    """`_2026-02-27_ · https://arxiv.org/abs/…`: a short line of facts parted by `·` or `|`."""
    if len(text) > 120 or not _META_PARTS.search(text):
        return None
    return next(
        (d for part in _META_PARTS.split(text) if len(part) < 40 and (d := date_in(part))), None
    )


_META_PARTS = re.compile(r"\s+[·|•]\s+")


def _linked(card: Card) -> bool:
    """A `Link:` label and no line of the card's own text besides names and labels."""
    if "link" not in card.fields or not (card.fields["link"] or card.urls):
        return False
    return not any(
        len(t) < 120 and t[-1:] != "." and not _names(t) and not LABELLED.match(t)
        for t in card.loose
    )


# `URL : Springer (Jerbi, Benjeddou)`, `URL : https://dl.acm.org (Mustafee, Katsaliaki)`: where
# the paper is, then its authors' family names in brackets (a note that had no link to give).
_NAMES_IN_BRACKETS = re.compile(
    r"\((?P<names>[A-Z][a-z][\w'’\-]*(?:,\s*[A-Z][a-z][\w'’\-]*){0,9})\)\s*$"
)


def _names_by_link(links: list[str]) -> str:
    for value in links:
        if match := _NAMES_IN_BRACKETS.search(value):  # family names alone: `;` parts them
            return "; ".join(name.strip() for name in match["names"].split(","))
    return ""


def _names(text: str) -> bool:
    """Two names or more (one long capitalised line may as well be a title)."""
    return looks_like_names(text) and len(split_names(text)[0]) >= 2


def _submitted_on(card: Card, lines: list[Line]) -> str | None:
    for line in lines[card.opener : card.last + 1]:
        if match := _SUBMITTED_ON.match(line.text):
            return match["date"]
    return None


def _not_given(text: str) -> bool:
    return not text or any(
        word in text for word in ("未显式", "未提供", "N/A", "unknown", "请参阅")
    )
