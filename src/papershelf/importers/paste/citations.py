"""Reading lists, awesome-lists and newsletters: one paper per list item, paragraph or heading.

The title is the part the author set apart: quoted, bold, a link's own text, or the text before
`, by Author`; the authors are the names before it (or after `by`, or after the year); the year is
the one in brackets or the first one outside links and identifiers. A unit with none of these
cues gives no paper.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from papershelf.core.records import PaperRecord
from papershelf.core.text import fold
from papershelf.importers.paste import ref_gaps
from papershelf.importers.paste.blocks import blocks, words
from papershelf.importers.paste.build import Draft, build
from papershelf.importers.paste.cite import (
    ID_THEN_TITLE,
    Citation,
    by_line,
    identified,
    read_citation,
    reference,
    title_and_year,
    title_in_venue,
    title_names_year,
    title_then_names,
    title_then_surnames,
    year_colon,
)
from papershelf.importers.paste.cite_context import (
    card_name,
    child_links,
    counted_title,
    dated_heading,
    full_date_by_title,
    heading_paper_link,
    identifies,
    link_below,
    linked_items,
    lone_links,
    names_below,
    names_in_unit,
    notes_under,
    one_author_under,
    plain_title,
    read_notes,
    summary_below,
    titled_link,
    under_heading,
    year_heading,
)
from papershelf.importers.paste.comma_refs import comma_entry
from papershelf.importers.paste.doc import Doc, Found
from papershelf.importers.paste.identifiers import (
    ARXIV_LABEL,
    ARXIV_LINK,
    DOI,
    behind_login,
    find_identifiers,
)
from papershelf.importers.paste.inverted_refs import colon_entry, inverted_entry, slashed_entry
from papershelf.importers.paste.lines import Line, Link, clean_title, is_furniture, mostly_cjk
from papershelf.importers.paste.run_on import run_on_entries
from papershelf.importers.paste.sci_refs import ScienceRef, science_entry, science_unit
from papershelf.importers.paste.works_cited import accessed_web_page, without_access_date

__all__ = ["DESCRIPTION", "NAME", "read", "read_citation", "title_then_names"]

NAME = "reading-list"
DESCRIPTION = "Reading lists, awesome-lists, newsletters (quoted, bold or linked titles)"


def read(lines: list[Line], doc: Doc) -> list[Found]:
    found: list[Found] = []
    missed: list[int] = []  # lines alone that gave no paper: the reference model may read them
    read_to = -1  # a paper read under its heading takes the lines after it: none is read twice
    for first, last in _units(lines):
        if first <= read_to:
            continue
        unit = lines[first : last + 1]
        if first == last and (run_on := run_on_entries(lines[first])):
            found += _run_on(run_on, first, doc)
            continue
        if last > first and (inverted := _inverted_lines(lines, first, last, doc)):
            found += inverted
            read_to = last
            continue
        if hit := _unit(unit, lines, first, last, doc):
            _names_from_details(hit.record, unit)
            found.append(hit)
            read_to = hit.last
        elif last > first and (entries := _entries_line_by_line(lines, first, last, doc)):
            found += entries
            read_to = entries[-1].last
        elif first == last:
            missed.append(first)
    return _without_bare_links(ref_gaps.between(found, missed, lines, doc))


BIBLIOGRAPHY = 5  # whole references (names and a date) that make a page a bibliography


def _without_bare_links(found: list[Found]) -> list[Found]:
    """On a page of whole references (names, title, year), a link that names nothing but its
    title (`[Giving a talk](…)`, `[Neural Data Science in Python](…)`) is a resource the page
    points to, no paper of its list; one carrying an identifier or linking a PDF stays."""
    whole = sum(1 for hit in found if hit.record.authors and hit.record.date)
    if whole < BIBLIOGRAPHY or 3 * whole < 2 * len(found):
        return found
    return [hit for hit in found if not _bare(hit.record)]


def _bare(record: PaperRecord) -> bool:
    """Nothing but a title and a link to a page that is no paper's file (a PDF stays)."""
    said = (record.authors, record.date, record.date_text, record.doi, record.arxiv_id)
    return not any(said) and bool(record.urls) and not any(map(_document, record.urls))


_BARE_ADDRESS = re.compile(r"^<?https?://\S+?>?$")


def _bare_addresses(tail: list[Line]) -> bool:
    """Lines that each hold one address and nothing else (an entry's link pasted under it)."""
    return all(_BARE_ADDRESS.match(line.text.strip()) for line in tail)


def _inverted_lines(lines: list[Line], first: int, last: int, doc: Doc) -> list[Found]:
    """A paragraph whose lines (parted by `<br>`) are each an entry in the German manner
    (`Engels, Peter/ Grunwald, Klaus (Hg.): Title, Darmstadt 2019.`): each line one entry."""
    block = lines[first : last + 1]
    if not all(colon_entry(line.text) or slashed_entry(line.text) for line in block):
        return []
    found: list[Found] = []
    for offset, line in enumerate(block):
        if hit := _unit([line], [line], 0, 0, doc):
            found.append(Found(hit.record, first + offset, first + offset))
    return found


def _run_on(entries: list[Line], index: int, doc: Doc) -> list[Found]:
    """The entries of one line holding a whole numbered list, each read as a line alone."""
    found: list[Found] = []
    for entry in entries:
        if hit := _unit([entry], [entry], 0, 0, doc):
            found.append(Found(hit.record, index, index))
    return found


# The shapes a whole reference line takes: an identifier and a title; names, title and a year; a
# title, a name and a year.
def _science_line(text: str, bold: list[str], links: list[Link]) -> Citation | None:
    return science_entry(text)


_WHOLE_LINES = (_science_line, identified, reference, title_names_year)
_ENTRY_LINE = 600  # characters: a reference line with all its names, title, venue and links


def _entries_line_by_line(lines: list[Line], first: int, last: int, doc: Doc) -> list[Found]:
    """A block that reads as no one paper may still hold whole reference lines: an APA entry
    between paragraphs of prose, `[3] arXiv:… | Title` over its snippet. Only those strong shapes
    (names, title and a year or an identifier; an identifier and a title) are read here, one line
    each, so that no paper is made of a sentence; the plain lines under an identified title are
    its snippet."""
    found: list[Found] = []
    index = first
    while index <= last:
        line = lines[index]
        cited = None
        if len(line.text) <= _ENTRY_LINE and not is_furniture(line.text):
            cited = next(
                (c for how in _WHOLE_LINES if (c := how(line.text, line.bold, line.links))), None
            )
        if cited is None or len(cited.title) < 8 or words(cited.title) > 40:
            index += 1
            continue
        end = index
        body: list[str] = []
        if cited.strength >= 0.7 and not isinstance(
            cited, ScienceRef
        ):  # an identifier over its snippet
            while end < last and not _a_reference(lines[end + 1]):
                end += 1
                body.append(lines[end].text)
        draft = Draft(line=line.number, title=cited.title, authors=cited.authors, date=cited.year)
        if isinstance(cited, ScienceRef):
            draft.authors = cited.names  # told apart one by one, each as the entry writes it
        draft.urls, draft.text = list(line.urls), line.text
        draft.abstract = " ".join(body)
        draft.confidence = cited.strength
        if below := link_below(lines, end):
            draft.urls.append(below[0])
            end = below[1]
        found.append(Found(build(draft, doc.captured), index, end))
        index = end + 1
    return found


def _head_alone(head: Line) -> Citation | None:
    """The first line of a unit read by the shapes that must fill a line to the end."""
    for how in (
        identified,
        reference,
        title_then_surnames,
        by_line,
        title_names_year,
        title_in_venue,
    ):
        if found := how(head.text, head.bold, head.links):
            return found
    return None


def _a_reference(line: Line) -> bool:
    return bool(identified(line.text, [], []) or reference(line.text, [], []))


_PROSE = 1200  # characters: longer than any citation with its names, title, venue and year
_ENTRY_NUMBER = re.compile(r"^\s*(?:\[\d{1,4}\]|\d{1,4}[.)])\s+\S")


def _units(lines: list[Line]) -> list[tuple[int, int]]:
    """Blocks; a block of numbered entries (`[1] …`, `2. …`) one line each is one unit a line."""
    units: list[tuple[int, int]] = []
    for first, last in blocks(lines):
        numbered = [i for i in range(first, last + 1) if _ENTRY_NUMBER.match(lines[i].text)]
        lead = len(numbered) >= 2 and numbered[0] == first + 1 and len(lines[first].text) < 60
        if lead:  # `8.References:` over its entries
            units.append((first, first))
        if last > first and len(numbered) >= 2 and (numbered[0] == first or lead):
            ends = [*numbered[1:], last + 1]
            units += [(start, end - 1) for start, end in zip(numbered, ends, strict=True)]
        elif last > first and (
            _paper_a_line(lines[first : last + 1]) or _reference_a_line(lines[first : last + 1])
        ):
            units += [(index, index) for index in range(first, last + 1)]
        elif last > first + 1 and (entries := _wrapped_references(lines, first, last)):
            units += entries
        else:
            units.append((first, last))
    return _with_details_under(lines, units)


DETAILS_UNDER = 3  # nested items under a title's item that hold its names, venue and year


def _with_details_under(lines: list[Line], units: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """`* **"Title."**` over `  * Mikolov et al. ICLR. 2013.`: an item whose title is set apart
    (bold or quoted) and the items nested under it that say who and when (names, a
    year; no title of their own) are one paper's unit."""
    merged: list[tuple[int, int]] = []
    index = 0
    while index < len(units):
        first, last = units[index]
        ahead = index + 1
        if first == last and _set_apart_item(lines[first]):
            while (
                ahead < len(units)
                and ahead - index <= DETAILS_UNDER
                and units[ahead][0] == units[ahead][1] == units[ahead - 1][1] + 1
                and _detail_under(lines[first], lines[units[ahead][0]])
            ):
                ahead += 1
        merged.append((first, units[ahead - 1][1]))
        index = ahead
    return merged


_QUOTED_WHOLE = re.compile(r'^["“”„«].{8,}["“”»]\.?$')


def _set_apart_item(line: Line) -> bool:
    """An item that is a bold or quoted title and nothing else (a linked title's item is read
    with the notes under it: cite_context's names_in_unit and notes_under)."""
    text = line.text.strip()
    if line.kind != "item" or line.links:
        return False
    return any(len(b) >= 0.8 * len(text) for b in line.bold) or bool(_QUOTED_WHOLE.match(text))


def _detail_under(head: Line, line: Line) -> bool:
    """A nested item that names people or a year, and no title set apart of its own."""
    if line.kind != "item" or line.level <= head.level or line.bold or line.links:
        return False
    text = line.text.strip()
    return len(text) <= 160 and bool(_YEAR.search(text) or _ET_AL_DETAIL.search(text))


_ET_AL_DETAIL = re.compile(r"\bet\.? al\b")
# `Mikolov et al. ICLR. 2013.`, `Cho. EMNLP. 2014.`: the names, then the venue and year
_NAMES_FIRST = re.compile(r"^(?P<names>[^\W\d][^.\d()]{0,100}?)(?:,?\s+et\.?\s?al)?\.\s+\S")
_SURNAME = re.compile(r"^[^\W\d_][\w'’\-]*(?:\s[^\W\d_][\w'’\-]*){0,3}$")


def _names_from_details(record: PaperRecord, unit: list[Line]) -> None:
    """The names that open the detail item under a title's item, when the title had none."""
    if record.authors or len(unit) < 2 or not _set_apart_item(unit[0]):
        return
    if (match := _NAMES_FIRST.match(unit[1].text.strip())) is None:
        return
    names = [n.strip() for n in re.split(r",\s*|\s+(?:and|&)\s+", match["names"]) if n.strip()]
    if names and all(_SURNAME.match(name) and name[:1].isupper() for name in names):
        record.authors = names


# How a reference's first line opens: `Smith, J.`, `Smith AB,`, `A. B. Smith,`, `SMITH, J.`.
_ENTRY_START = re.compile(
    r"^(?:[A-ZÀ-Þ][\w'’\-]+(?:\s[A-ZÀ-Þ][\w'’\-]+)?,\s[A-Z]\.|[A-ZÀ-Þ][\w'’\-]+\s[A-Z]{1,3}[,.]\s"
    r"|(?:[A-Z]\.\s?-?)+[A-ZÀ-Þ][\w'’\-]+(?:,\s|\s(?:and|&)\s))"
)
WRAPPED_LINES = 4  # lines one wrapped reference takes at most


def _quoted_reference(text: str) -> bool:
    """IEEE's `A. Name, B. Name, “Title,” Venue, 2019.`: names, a quoted title and a year."""
    cited = read_citation(text, [], [])
    return cited is not None and bool(cited.authors and cited.year) and _quoted_in(cited, text)


def _wrapped_references(lines: list[Line], first: int, last: int) -> list[tuple[int, int]]:
    """A bibliography whose entries wrap onto the lines below them (a PDF's column, a plain-text
    paste), no blank line between: each entry opens with its names; the lines up to the next
    such opening are its own. Every entry must read as a whole reference, else []."""
    if last - first + 1 > REFERENCE_BLOCK:
        return []
    starts = [i for i in range(first, last + 1) if _ENTRY_START.match(lines[i].text)]
    lead = first + 1 if starts and starts[0] == first + 1 and len(lines[first].text) < 40 else first
    if len(starts) < 2 or starts[0] != lead or len(starts) == last - lead + 1:
        return []  # no entries, or one a line (read as such above)
    ends = [*starts[1:], last + 1]
    entries = list(zip(starts, [end - 1 for end in ends], strict=True))
    if any(end - start + 1 > WRAPPED_LINES for start, end in entries):
        return []
    for start, end in entries:
        texts = [line.text for line in lines[start : end + 1]]
        if science_unit(texts) is None and not _quoted_reference(" ".join(texts)):
            return []
    return [(first, first)] * (lead > first) + entries


# What a journal's page links under each reference: the paper and its records in the indexes.
_INDEX_LABELS = frozenset(
    (
        "article", "cas", "pubmed", "pubmed central", "google scholar", "ads", "mathscinet",
        "crossref", "scopus", "web of science", "isi", "pmc free article", "free pmc article",
        "full text", "europe pmc", "semantic scholar", "zbmath", "math reviews", "doi", "pdf",
        "medline", "view article",
    )
)  # fmt: skip
_INDEX_WORDS = frozenset(" ".join(_INDEX_LABELS).split())


def _index_links(line: Line) -> bool:
    """`Article CAS PubMed Google Scholar`: a row of links to a reference's index records."""
    if len(line.links) < 2 or any(w.casefold() not in _INDEX_WORDS for w in line.text.split()):
        return False
    return all(" ".join(label.split()).casefold() in _INDEX_LABELS for label, _ in line.links)


REFERENCE_BLOCK = 400  # lines: a bibliography typed without blank lines, not a book
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")


def _reference_a_line(block: list[Line]) -> bool:
    """A bibliography typed one entry a line with no blank line between (a plain-text paste):
    every line but a heading over them is a whole reference with names, title and year."""
    if len(block) > REFERENCE_BLOCK:
        return False
    lead = 1 if len(block[0].text) < 40 and not _YEAR.search(block[0].text) else 0
    entries = block[lead:]
    if len(entries) < 2 or all(_STYLE_LABEL.match(line.text) for line in entries):
        return False  # Google Scholar's `Cite` box: one paper in several styles, one unit
    return all(_whole_reference(line) for line in entries)


_STYLE_LABEL = re.compile(r"^(?:MLA|APA|Chicago|Harvard|Vancouver|IEEE|AMA|ABNT|ISO\s?690)\s")
_CJK = re.compile("[\u3041-\u30fa\u4e00-\u9fff\uac00-\ud7a3]")


def _whole_reference(line: Line) -> bool:
    text = line.text
    shortest = 40 if len(text) >= 40 or not _CJK.search(text) else 16  # Han and kana say more
    if not shortest <= len(text) <= _ENTRY_LINE or not _YEAR.search(text):
        return False  # cheap tests first: a reference names its year
    if science_unit([text]):
        return True
    cited = read_citation(text, line.bold, line.links, line.italic)
    return cited is not None and bool(cited.authors and cited.year) and words(cited.title) >= 2


def _paper_a_line(block: list[Line]) -> bool:
    """A paragraph whose lines each link a paper by its title (a table markdown could not read,
    a list typed without markers): a paper a line."""
    titled = [line for line in block if any(titled_link(label, url) for label, url in line.links)]
    return len(titled) >= 2 and all(len(line.text) < 300 for line in block)


# `(Балакин, П. Г.) 1936: Title`: a reading that left the year's colon in its title cut the
# names short
_YEAR_COLON_IN_TITLE = re.compile(r"^\(.*\)\s+(?:1[6-9]|20)\d{2}[a-h]?\s*:")


def _better_by_colon(cited: Citation | None, dated: Citation) -> bool:
    """The `Names Year: Title` reading over the sciences' when theirs left the year's colon in
    its title or read fewer of the same names (`Bartens` of `Bartens, Raija 1970: …`)."""
    if cited is None or _YEAR_COLON_IN_TITLE.search(cited.title):
        return True
    return (
        cited.title == dated.title
        and dated.authors.startswith(cited.authors)
        and (len(dated.authors) > len(cited.authors))
    )


def _unit(unit: list[Line], lines: list[Line], first: int, last: int, doc: Doc) -> Found | None:
    head = unit[0]
    if head.kind == "row" or is_furniture(head.text) or _index_links(head):
        return None
    text = " ".join(line.text for line in unit)
    bold = [b for line in unit for b in line.bold]
    links = [link for line in unit for link in line.links]
    if len(text) > _PROSE and not (bold or links or head.kind == "heading"):
        return None  # a paragraph of prose (an abstract): nothing in it is set apart as a title
    italic = [i for line in unit for i in line.italic]
    # A reference in a style of the sciences fills its line (or its block, wrapped); its names
    # are told apart there.
    one_line = len(unit) == 1 or _bare_addresses(unit[1:])
    cited: Citation | None = science_unit([line.text for line in unit])
    if (
        one_line
        and (dated := year_colon(head.text, head.italic))
        and _better_by_colon(cited, dated)
    ):
        cited = (
            dated  # `Name, A. (Имя, А.) 1975: Title / …`: the year's colon parts names from title
        )
    if cited is None and one_line:
        cited = colon_entry(head.text)  # `Benet, Juan: Title, Place 2014`, before the other shapes
        cited = cited or slashed_entry(head.text)  # `Freytag, Nils/Wolfgang Piereth, Title, …`
    cited = cited or read_citation(text, bold, links, italic)
    if cited is not None and not (
        isinstance(cited, ScienceRef)  # its shape, names to venue, holds it together
        or _within_one_line(cited.title, unit)
        or _quoted_in(cited, text)
        or _a_link_label(cited, links)
    ):
        cited = next(  # never a title glued from two lines: read the lines one by one
            (
                c
                for line in unit
                # the entry's italics: names set in italics wrap onto its next line
                if (c := read_citation(line.text, line.bold, line.links, italic))
            ),
            None,
        )
    if cited is None and (len(unit) == 1 or _bare_addresses(unit[1:])):  # its link under it
        cited = comma_entry(head.text, head.bold)  # `Okada D, **Iwasaki A**, Title, Venue, 2019`
        cited = cited or inverted_entry(head.text)  # `Benet, Juan: Title, 2014`
    snippet = ""
    if cited is None and len(unit) > 1:
        cited = _head_alone(head)  # `- Title Names · 2023` over a line of the user's remarks
        if cited is not None and ID_THEN_TITLE.match(head.text):
            snippet = " ".join(line.text for line in unit[1:])  # `[3] arXiv:… | Title` over it
    elif cited is not None and len(unit) > 1 and _identified_head(head, cited):
        snippet = " ".join(line.text for line in unit[1:])  # one sentence: read as a citation
    if cited is not None and mostly_cjk(cited.title) and (original := _original_title(links)):
        cited = original
    child_urls: list[str] = []
    if head.kind == "item":
        child_urls, child_last = child_links(lines, first, last)
        if cited is None and plain_title(head.text) and any(map(ARXIV_LINK.search, child_urls)):
            cited = Citation(clean_title(head.text), "", None, 0.6)
        if child_urls:
            last = child_last
        if cited is None and not child_urls:
            listed, year = counted_title(head.text)
            if plain_title(listed):
                child_urls, last = linked_items(lines, first)
                cited = Citation(clean_title(listed), "", year, 0.6) if child_urls else None
    if cited is None and head.kind == "item" and plain_title(head.text):
        if len(unit) == 1 and link_below(lines, last):
            cited = Citation(clean_title(head.text), "", None, 0.6)  # `1. Title` over its link
        elif len(unit) > 1 and (own := lone_links(unit[1:])):
            cited, child_urls = Citation(clean_title(head.text), "", None, 0.6), own
    if cited is None and head.kind == "item" and len(unit) == 1:
        cited = title_and_year(head.text)  # `- Title (2017)`: a list item, never a paragraph
    if cited is None and (dated := dated_heading(lines, first)):
        cited, last = dated, max(last, first + 1)
    if cited is None and (yearly := year_heading(lines, first)):
        cited = yearly
    if cited is None and (lead := _agenda_title(head)):
        cited = lead
    short_name = False  # a paper card's heading may be a short name (`UI-TARS`)
    if cited is None and (paper_link := heading_paper_link(lines, first)):
        cited, child_urls = Citation(clean_title(head.text), "", None, 0.6), [paper_link[0]]
        last, short_name = paper_link[1], card_name(lines, first)
    identified = any(p.search(text) for p in (ARXIV_LABEL, DOI)) or ID_THEN_TITLE.match(text)
    evidence = links or child_urls or (cited and (cited.authors or cited.year)) or head.code
    # `2 《Title》 a note`: Chinese marks a work's title so, as a list of works would
    marked = cited is not None and f"《{cited.title}》" in text
    if cited is None or not (evidence or identified or marked):
        return None
    if not (child_urls or cited.authors or cited.year or head.code) and (
        links and all(_navigation(u) for _, u in links)
    ):
        return None  # `[Hugging Face](https://huggingface.co/)`, `[AK](/akhaliq)`: the site's menus
    # `arXiv:2501.00001 — ReLoRA`: a short name is the paper's when its identifier labels it
    # `Name (2020): _Postal_, …`: a work's title set in italics between its names and its year
    italic_work = bool(cited.authors and cited.year) and cited.title in italic
    shortest = 2 if short_name else 4 if identified or italic_work else 8
    if isinstance(cited, ScienceRef) and mostly_cjk(cited.title):
        shortest = min(
            shortest, 4
        )  # `地域社会の変容`: Han script says in seven what Latin says in 30
    if len(cited.title) < shortest or words(cited.title) > 40:
        return None
    if _site_link(cited, links, child_urls) or _link_in_a_sentence(cited, head, links):
        return None
    if _page_titled(cited, links):
        return None
    if (online := accessed_web_page(text, [url for _, url in links])) == "page":
        return None  # `“Lecture 8,” YouTube, https://… (accessed May 19, 2023)`: no paper
    draft = Draft(line=head.number, title=cited.title, authors=cited.authors, date=cited.year)
    if isinstance(cited, ScienceRef):
        draft.authors = cited.names
    if not cited.authors:
        draft.authors = names_in_unit(unit, cited.title)
        draft.authors = draft.authors or one_author_under(unit, cited.title, lines, first)
    if not draft.authors and head.kind != "heading" and (names := names_below(lines, last)):
        draft.authors, last = names, last + 1
    elif not draft.authors and (summary := summary_below(lines, last)):
        (draft.authors, year), last = summary, last + 1
        draft.date = draft.date or year
    if full := full_date_by_title(unit, cited.title):
        draft.date = full  # `— A, B (Jan 2, 2024)`: the day over the year
    if online:
        draft.date = None  # the day the reader looked at the page
    draft.urls = [url for _, url in links] + child_urls
    if head.kind == "heading":
        last = under_heading(lines, first, last, draft)
    if below := link_below(lines, last):
        draft.urls.append(below[0])  # the paper's link, pasted on a line of its own
        last = below[1]
    if head.kind == "item" and (notes := notes_under(lines, first, last)):
        last = read_notes(lines, notes, draft)
    draft.text = without_access_date(text) if online else text
    draft.abstract = snippet or draft.abstract
    # A paper's own abstract quoted under its reference, or under its linked title in a list of
    # papers read (`* [Title](….pdf)` over `> We present …`)
    document = head.kind == "item" and any(map(_document, draft.urls))
    if (
        not draft.abstract
        and (draft.authors or document)
        and (below := _abstract_below(lines, last))
    ):
        draft.abstract, last = below
    cues = sum(bool(x) for x in (draft.urls, cited.authors, cited.year))
    draft.confidence = min(0.95, cited.strength + 0.1 * cues)
    if draft.confidence < 0.6:
        draft.reasons = ["title read from list markup only"]
    return Found(build(draft, doc.captured), first, last)


ABSTRACT_MIN = 300  # characters: a paragraph this long of sentences is an abstract, no remark
_SENTENCES = re.compile(r"[a-z)]\. [A-Z]")


def _abstract_below(lines: list[Line], last: int) -> tuple[str, int] | None:
    """`<summary>Names. <b>Title.</b></summary>` over a paragraph of the paper's own words
    (accepted-papers pages fold each abstract under its reference): one paragraph of prose,
    long and in sentences, right under a reference with names, is its abstract."""
    if last + 1 >= len(lines) or lines[last + 1].block == lines[last].block:
        return None
    end = last + 1
    while end + 1 < len(lines) and lines[end + 1].block == lines[last + 1].block:
        end += 1  # the paragraph hard-wrapped over lines
    paragraph = lines[last + 1 : end + 1]
    if any(line.kind != "text" or line.links or line.bold for line in paragraph):
        return None
    text = " ".join(line.text for line in paragraph)
    if len(text) < ABSTRACT_MIN or not text[:1].isupper() or not _SENTENCES.search(text):
        return None
    if science_unit([line.text for line in paragraph]):
        return None  # the next reference (after its description), not this one's abstract
    if len(paragraph) == 1 and reference(text, [], []) is not None:
        return None  # `A. Name, B. Name. Title. Venue 2021, 11, 10.`: the next entry of a list
    return text, end


def _document(url: str) -> bool:
    """A link to a paper's file or page: a PDF, or an address carrying its identifier."""
    return urlsplit(url).path.lower().endswith(".pdf") or identifies(url)


def _original_title(links: list[Link]) -> Citation | None:
    """A digest's translated headline over a link to the paper under its own title
    (`→ 원문: [Program-as-Weights: A Programming Paradigm …](https://arxiv.org/abs/…)`)."""
    for label, url in links:
        if words(label) >= 3 and not mostly_cjk(label) and identifies(url):
            return Citation(clean_title(label), "", None, 0.7)
    return None


def _link_in_a_sentence(cited: Citation, head: Line, links: list[Link]) -> bool:
    """`この記事は [Zenn記事: …](https://zenn.dev/…) の深掘りです`, `see [our earlier post](…) for
    more`: a link set inside a sentence, with words on both sides, to a page that is no paper,
    and no names or year: a reference in prose, not an entry of a list."""
    if cited.authors or cited.year:
        return False
    targets = [url for label, url in links if clean_title(label) == cited.title]
    if not targets or any(map(identifies, targets)):
        return False
    before, _, after = head.text.partition(cited.title)
    before = _ENTRY_NUMBER_ONLY.sub("", before).strip(" *_-•")
    after = _REMARK_AFTER.sub("", after)  # `[Title](…) [At UCSD]`: where the list found it
    return bool(before) and len(after.strip(" *_.。,，")) >= 2


_REMARK_AFTER = re.compile(r"^\s*\[[^\[\]]{1,30}\]\s*$")


_ENTRY_NUMBER_ONLY = re.compile(r"^\s*(?:\[\d{1,4}\]|\d{1,4}[.)]|\d{1,4}\\\.)\s*")


def _site_link(cited: Citation, links: list[Link], child_urls: list[str]) -> bool:
    """`GloVe: [Stanford NLP](https://nlp.stanford.edu/…)`: two words linking a site that names
    no paper, with no names and no year, credit a project or a group, not a paper."""
    if cited.authors or cited.year or child_urls or words(cited.title) > 2:
        return False
    targets = [url for label, url in links if clean_title(label) == cited.title]
    return bool(targets) and not any(map(identifies, targets))


_PAGE_TITLE_PARTS = re.compile(r"\s+[-–—·|]\s+")


def _page_titled(cited: Citation, links: list[Link]) -> bool:
    """`Name - Site`, `Name · Site`, `Site - slogan`: the link's label is the page's own title,
    naming the site it links (a repository, a demo, a data set, a product's page), not a paper.
    A link that identifies a paper (arXiv, DOI, OpenReview) is one whatever its label."""
    for label, url in links:
        parts = _PAGE_TITLE_PARTS.split(label.strip())
        if len(parts) < 2 or cited.title not in clean_title(label):
            continue
        site = _site_name(url)
        if site and any(site in _letters(part) for part in parts) and not identifies(url):
            return True
    return False


def _site_name(url: str) -> str:
    """`https://www.producthunt.com/…` -> `producthunt`; "" for a name too short to tell."""
    host = urlsplit(url).hostname or ""
    parts = host.removeprefix("www.").split(".")
    name = parts[-2] if len(parts) >= 2 else ""
    return name if len(name) >= 4 else ""


def _letters(text: str) -> str:
    return "".join(ch for ch in fold(text) if ch.isalnum())


_NAVIGATION = re.compile(r"^(?:https?://[^/\s]+)?/?(?:[A-Za-z]+/?)?(?:[?#].*)?$")
# A page of the site itself, linked from its top folder (`index.html`, `by-topic.html`): a menu.
_SITE_PAGE = re.compile(r"^[\w\-]+\.(?:html?|php|aspx?)(?:[?#].*)?$")


def _navigation(url: str) -> bool:
    """A site's home, a section or a user's page (`/models`, `/akhaliq`), or a jump within a page
    (`…/list/cs.CL/new#item1`) that names no paper: a menu, not a paper."""
    if (page := behind_login(url)) is not None:
        return not identifies(page)
    if _NAVIGATION.match(url) is not None or _SITE_PAGE.match(url) is not None:
        return True
    page, hashed, _fragment = url.partition("#")
    if not hashed or _DOCUMENT_NUMBER.search(page):
        return False  # `ieeexplore.ieee.org/document/7401052/#full-text-section`: a paper's page
    ids = find_identifiers(page, [])
    return not (ids.arxiv_id or ids.doi or ids.openreview)


_DOCUMENT_NUMBER = re.compile(r"/\d{5,}(?:/|\.\w{2,5})?$")


def _agenda_title(line: Line) -> Citation | None:
    """`Title, _Venue_, `Presenter` `Mar 15``: an agenda item, its title before the first comma
    that the item's code spans follow."""
    if not line.code or line.kind != "item":
        return None
    before, _, after = line.text.partition(", ")
    if not after or line.code[0] not in after or words(before) < 3:
        return None
    return Citation(clean_title(before), "", None, 0.45)


def _quoted_in(cited: Citation, text: str) -> bool:
    """A title in quotes that a hard-wrapped paragraph breaks over two lines: the quotes, not
    the lines, delimit it."""
    return any(f"{open_}{cited.title}" in text for open_ in ('"', "“"))


def _identified_head(head: Line, cited: Citation) -> bool:
    """`[4] arXiv:… | Title` alone on the unit's first line: the lines under it are its snippet."""
    return bool(ID_THEN_TITLE.match(head.text)) and _within_one_line(cited.title, [head])


def _a_link_label(cited: Citation, links: list[Link]) -> bool:
    """A title that is a link's own label, which the paste wraps over lines: the link's markup,
    not the lines, delimits it (`A Name. [Title wrapped\nover lines](…), Venue, 1950.`)."""
    return any(clean_title(label) == cited.title for label, _ in links)


def _within_one_line(title: str, unit: list[Line]) -> bool:
    key = fold(title)
    return any(key in fold(line.text) for line in unit)
