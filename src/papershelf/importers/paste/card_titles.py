"""Where a labelled card's paper title stands when its opener is no title: a quoted title with its
names in brackets, a title a sentence names (`可参考 Title 这篇论文`), a link to the same paper
elsewhere in the note, the note's front matter, the Latin line beside a translated one."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from papershelf.core.text import fold
from papershelf.importers.paste.doc import Doc
from papershelf.importers.paste.front import paper_in
from papershelf.importers.paste.identifiers import DOI, find_identifiers
from papershelf.importers.paste.labels import LABELLED, ONLY_LINK
from papershelf.importers.paste.lines import CJK, Line, mostly_cjk


@dataclass
class Card:
    """The lines a labelled paper was read from: its fields, links and unlabelled lines."""

    opener: int  # index of the line that opened the card
    rank: tuple[str, int]  # (kind, level) of the opener: a peer or a higher one ends the card
    title: str = ""
    fields: dict[str, list[str]] = field(default_factory=dict)
    urls: list[str] = field(default_factory=list)
    last: int = 0
    loose: list[str] = field(default_factory=list)
    title_linked: bool = False  # `**Paper:** [Title](https://…)`: the label links the paper
    sectioned: bool = False  # a `## Metadata` section of the note opened: its items are facts


# `"Agent-Fence: Mapping …" (Puppala, Hossain, Lee; v1 submitted 2026-02-07). An architecture …`
_QUOTED_LEAD = re.compile(
    r"^[\"“](?P<title>[^\"”]{8,300})[\"”]\s*\((?P<names>[^;()]{3,300})(?:;(?P<rest>[^()]{0,80}))?\)"
)


def quoted_lead(card: Card) -> re.Match[str] | None:
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


def named_in_prose(card: Card) -> str | None:
    """The one paper the card's own sentences name, for a card whose label links a paper."""
    found = [
        m["quoted"] or m["title"] for text in card.loose for m in _PAPER_IN_PROSE.finditer(text)
    ]
    return found[0].strip() if len(found) == 1 else None


def a_fact(text: str) -> bool:
    """`arXiv ID: 2504.16736`, `DOI: 10.1/x`: a label and an identifier, no title."""
    match = LABELLED.match(text)
    return match is not None and (
        ONLY_LINK.match(match["value"].strip()) is not None
        or DOI.fullmatch(match["value"].strip()) is not None
    )


def title_elsewhere(card: Card, lines: list[Line], doc: Doc) -> str:
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


def named_in_front_matter(title: str, doc: Doc) -> str:
    """`# LT-Defense` over a note whose front matter says `title: "LT-Defense: Searching-free …"`:
    the heading is the short name of the title the front matter gives in full. A line that leads
    in to what follows (it ends with a colon) is no title: the front matter's is the paper's."""
    full = doc.front_matter.get("title", "")
    if full and title.rstrip().endswith((":", "：")):
        return full  # `Подробное саммари статьи:` over the labels: the note's lead-in, no title
    short = fold(title)
    return full if short and len(full) > len(title) and fold(full).startswith(short) else title


_LINK_LABELS = re.compile(r"(?:\s*\[[^\[\]]{1,20}\])+\s*")


def latin_line(loose: list[str], *, title: bool) -> str | None:
    """The first line in Latin script shaped like a title (or, for an abstract, like prose):
    a bilingual digest shows the paper's own title and abstract beside its translation."""
    for text in loose:
        if CJK.search(text) or _LINK_LABELS.fullmatch(text):
            continue  # a translation, or `[arxiv] [pdf]` buttons
        if title and 3 <= len(text.split()) <= 40 and not text.endswith("."):
            return text
        if not title and len(text) > 200 and text.count(". ") >= 1:
            return text
    return None


# A Brazilian note's ABNT reference of its paper, under a heading that translates the title:
# `ABRAMSON, J. et al. Accurate structure prediction of … 3. **Nature**, v. 630, p. 493–500, 2024.`
_ABNT = re.compile(
    r"^\W{0,2}(?P<names>[A-ZÀ-Þ][A-ZÀ-Þ'\- ]+, (?:[A-ZÀ-Þ][\w-]*\.? ?){1,4}(?:et al\.)?)\s+"
    r"(?P<title>[^.?!]{8,300}[?!]?)\.\s+(?P<rest>\S.*)$"
)
_LAST_YEAR = re.compile(r"\b((?:19|20)\d{2})\b(?!.*\b(?:19|20)\d{2}\b)")


def own_reference_title(card: Card, year: str | None) -> str | None:
    """The title an ABNT reference among the card's lines gives, when the reference's year is
    the card's (the reference is this paper's own) and it titles the paper otherwise."""
    if not year:
        return None
    for text in card.loose:
        if ", " not in text[:40] or not text.lstrip("+*- ")[:2].isupper():
            continue  # cheap: the reference opens with a surname in capitals and a comma
        match = _ABNT.match(text)
        if match is None or (last := _LAST_YEAR.search(match["rest"])) is None:
            continue
        if last[1] == year[:4] and match["title"].strip() != card.title.strip():
            return match["title"].strip()
    return None
