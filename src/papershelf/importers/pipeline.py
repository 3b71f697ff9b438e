"""The paste pipeline: decode -> normalise the markup -> find the listing segments -> records.

A paste in one of the seed layouts (whole pages copied from arXiv search, Hugging Face or an
author profile, bare abstracts, BibTeX, CSL-JSON) takes the fast path: its exact parser reads it
as one segment, as before. Anything else is normalised (Markdown through markdown-it, HTML
through html.parser) and handed to the paste readers in turn, most specific first; each claims
the lines it reads, so a file holding an arXiv search and then a Hugging Face list gives two
segments, and no reader glues lines another one read. Nothing here writes anything.
"""

from __future__ import annotations

import gc
import re
import unicodedata
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from itertools import islice
from types import ModuleType

from papershelf.core.dates import arxiv_month
from papershelf.core.errors import ImportFailed, NoListingFound
from papershelf.core.records import PaperRecord, ParseWarning
from papershelf.core.sources import layout_label
from papershelf.core.text import counted, fold, squash
from papershelf.importers import (
    abstracts,
    arxiv_search,
    author_profile,
    bibtex,
    csl_json,
    hf_daily,
    hf_papers,
)
from papershelf.importers.common import InputError
from papershelf.importers.decode import decode_listing
from papershelf.importers.paste import (
    LAST_RESORT,
    PASTE_LAYOUTS,
    READERS,
    UNSURE_READERS,
    author_sections,
    companions,
    front,
    identifiers_under,
    linked_resources,
    plausible,
    ref_lines,
    sections,
    year_sections,
)
from papershelf.importers.paste.doc import Doc, Found, normalise
from papershelf.importers.paste.lines import Line, same_opening
from papershelf.importers.paste.names import without_closing_stops
from papershelf.importers.paste.rtf import is_rtf, rtf_text
from papershelf.importers.paste.title_trim import (
    navigation,
    trim_titles,
    without_link_labels_after,
    without_names_after_links,
)
from papershelf.importers.paste.verdict import judge

SEED_LAYOUTS: dict[str, ModuleType] = {
    module.NAME: module
    for module in (author_profile, hf_papers, abstracts, arxiv_search, hf_daily, bibtex, csl_json)
}
DETECT_SAMPLE_LINES = 4000
UNSURE_BELOW = 0.6  # a generic segment less sure than this is read again by UNSURE_READERS
Reader = Callable[[list[Line], Doc], list[Found]]
CLAIMED = Line(0, "", kind="claimed", block=-1)  # stands in for every line a reader has read


@dataclass
class Segment:
    """A run of the paste read by one layout."""

    layout: str
    first_line: int
    last_line: int
    records: list[PaperRecord] = field(default_factory=list)
    warnings: list[ParseWarning] = field(default_factory=list)
    confidence: float = 1.0
    # Read in a stretch no reader read (see _gaps_read_as_references): not the reading's own
    # papers when it is weighed against another reading of the whole paste.
    in_gap: bool = False

    def to_json(self) -> dict[str, object]:
        return {
            "layout": self.layout,
            "first_line": self.first_line,
            "last_line": self.last_line,
            "confidence": self.confidence,
            "papers": len(self.records),
            "warnings": [w.to_json() for w in self.warnings],
        }


# Not a layout: "read these lines as they were first read" (the preview's layout menu).
AS_DETECTED = "as-detected"
# Not a layout either: lines no reader found a paper in, waiting for the user to choose one.
UNREAD = "unread"


@dataclass
class ListingPreview:
    """What a paste holds, read but not written: its segments and their records."""

    name: str
    text: str
    encoding: str
    segments: list[Segment]
    switched: bool = False  # a segment was read again as a layout the user chose
    detected: tuple[Segment, ...] = ()  # the segments as first read, before any switch

    @property
    def records(self) -> list[PaperRecord]:
        return [record for segment in self.segments for record in segment.records]

    @property
    def warnings(self) -> list[ParseWarning]:
        return [warning for segment in self.segments for warning in segment.warnings]

    def default_picks(self) -> list[int]:
        """The records an import writes unless the user chooses: all but those left out as
        unlike papers (indexes into `records`)."""
        return [i for i, record in enumerate(self.records) if not record.left_out]

    @property
    def layout(self) -> str:
        """The layouts that read the paste, in order (`a+b` for a paste of two)."""
        names: list[str] = []
        for segment in self.segments:
            if segment.layout not in names:
                names.append(segment.layout)
        return "+".join(names)


def layouts() -> dict[str, str]:
    """Every layout name a user can choose, with its description."""
    named = {name: str(module.DESCRIPTION) for name, module in SEED_LAYOUTS.items()}
    named.update({name: str(module.DESCRIPTION) for name, module in PASTE_LAYOUTS.items()})
    return named


def detect_seed_layout(lines: list[str]) -> tuple[str | None, float]:
    sample = lines[:DETECT_SAMPLE_LINES]
    last = _LAST_DETECTED.get("head")  # one read: another thread may replace it meanwhile
    if last is not None and last[0] == sample:
        return last[1]
    scores = {name: module.detect(sample) for name, module in SEED_LAYOUTS.items()}
    best = max(scores, key=lambda name: scores[name])
    found = (best, scores[best]) if scores[best] > 0 else (None, 0.0)
    _LAST_DETECTED["head"] = (sample, found)
    return found


# An import asks twice about the same head of a file (is it a sure layout? which one?), and
# asking every layout costs ~0.1 s: the last answer is kept.
_LAST_DETECTED: dict[str, tuple[list[str], tuple[str | None, float]]] = {}


def sure_seed_layout(lines: list[str]) -> str | None:
    """A seed layout the head of the text shows beyond doubt (its exact parser then reads it)."""
    name, score = detect_seed_layout(lines)
    if name is None:
        return None
    if name == bibtex.NAME and (_fenced_citation(lines) or _entries_in_a_page(lines)):
        return None
    if name in (bibtex.NAME, csl_json.NAME, abstracts.NAME):
        return name
    if name == arxiv_search.NAME:  # the copied search page: records between lone `-` lines
        sample = list(islice(lines, DETECT_SAMPLE_LINES))
        dashes = sum(1 for line in sample if line.strip() == "-")
        # A blog's cards (`Authors: He et al.` between `-` lines) show no `Submitted …` line;
        # a Hugging Face page's `Submitted by` names a user, never a date as arXiv's does.
        submitted = any(line.startswith("Submitted ") and line[10:11].isdigit() for line in sample)
        return name if dashes and submitted and score >= 0.5 else None
    return name if score >= 0.9 else None


_FENCE = re.compile(r"^\s*(?:```|~~~)")
PAGE_AROUND = 20  # lines of a page's own text around a fenced entry: no .bib file


def _fenced_citation(lines: list[str]) -> bool:
    """`Cite as:` and a BibTeX entry in a fenced block of a Markdown page (a post's or a
    repository's own citation): the page is read as a page, the entry as part of it."""
    fenced, outside, entry_outside = False, 0, False
    for line in islice(lines, DETECT_SAMPLE_LINES):
        if _FENCE.match(line):
            fenced = not fenced
        elif not fenced and line.strip():
            outside += 1
            entry_outside = entry_outside or bibtex.ENTRY.match(line) is not None
    return not entry_outside and outside >= PAGE_AROUND


def _entries_in_a_page(lines: list[str]) -> bool:
    """BibTeX entries inside a page of other text, more of it than of them (a notes page that
    shows each paper's entry in a box under its citation, with a list of papers to read below):
    the page is read as a page; a .bib file's comments between its entries are fewer."""
    depth, inside, outside = 0, 0, 0
    opener, closer = "{", "}"
    for line in islice(lines, DETECT_SAMPLE_LINES):
        entry = bibtex.ENTRY.match(line) if depth <= 0 else None
        if entry is not None:  # `@article{…}` or, as BibTeX allows, `@article(…)`
            opener, closer = ("(", ")") if entry.group(0).endswith("(") else ("{", "}")
        if entry is not None or depth > 0:
            inside += 1
            depth = (0 if entry else depth) + line.count(opener) - line.count(closer)
        elif line.strip():
            outside += 1
    return outside >= PAGE_AROUND and outside > inside


_SEARCH_TAIL = ("originally announced", "Comments:", "Journal ref:", "DOI:", "Report number:")


def _search_page_end(lines: list[str], seed: str) -> int | None:
    """Where a copied arXiv search page ends when more text follows it (a second page pasted
    under it): after its last `originally announced …` and the labels that may follow it.
    None when nothing but blank lines follows."""
    if seed != arxiv_search.NAME:
        return None
    last = max((i for i, line in enumerate(lines) if "originally announced" in line), default=None)
    if last is None:
        return None
    end = last + 1
    while end < len(lines) and (not lines[end].strip() or lines[end].startswith(_SEARCH_TAIL)):
        end += 1
    rest = lines[end:]
    if not any(line.strip() for line in rest) or any(line.strip() == "-" for line in rest):
        return None
    return end


def _search_then_more(text: str, name: str, lines: list[str], cut: int) -> ListingPreview:
    """The search page through its exact parser, the text after it through the paste readers."""
    segments = [seed_segment(lines[:cut], arxiv_search.NAME, 1)]
    tail = "\n" * cut + "\n".join(lines[cut:])  # blank lines keep the line numbers
    segments += find_segments(normalise(tail, name), READERS)
    return _checked(ListingPreview(name, text, "utf-8", [s for s in segments if s.records]), None)


def _pasted_twice(lines: list[str]) -> int | None:
    """Where the second copy starts when the whole paste is one text twice (blank lines
    between), else None. Its exact parser would read the seam into the last paper of the first."""
    count = len(lines)
    while count and not lines[count - 1].strip():
        count -= 1
    for gap in range(4):
        half, odd = divmod(count - gap, 2)
        if odd or half < 2 or any(line.strip() for line in lines[half : half + gap]):
            continue
        if lines[:half] == lines[half + gap : count]:
            return half
    return None


def _seed_reads_its_layout(segment: Segment) -> bool:
    """A Hugging Face page copied as plain text pairs every title with its abstract. A clipped or
    text-browser copy of it (links, counters, `4 authors` on lines of their own) shows the same
    furniture, but its exact parser then reads every line as a title without an abstract: such a
    paste goes to the paste readers instead."""
    if not segment.records:
        return False  # a page with a cut BibTeX entry at its end: its own text is read instead
    if segment.layout not in (hf_daily.NAME, hf_papers.NAME):
        return True
    whole = sum(1 for record in segment.records if record.abstract)
    return 2 * whole >= len(segment.records)


def read_bytes(data: bytes, name: str, *, layout: str | None = None) -> ListingPreview:
    text = decode_listing(data, name)
    preview = read_listing(text, name, layout=layout)
    return replace(preview, encoding=_encoding_name(data))


def _encoding_name(data: bytes) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return "cp1252"
    return "utf-8"


def read_listing(text: str, name: str, *, layout: str | None = None) -> ListingPreview:
    """Read a paste into segments of records; ImportFailed when it holds no paper at all.
    Records unlike papers among likelier ones are flagged and left out (see plausible.leave_out),
    except in a layout the user named: then each record is what the user said the lines are."""
    with no_collector_pauses():
        if layout is not None:
            return _read_listing(text, name, layout=layout)
        twice = _worth_a_second_reading(text)
        preview = _read_twice(text, name) if twice else _read_listing(text, name)
        plausible.leave_out(preview.records)
        return preview


def first_reading(text: str, name: str, *, layout: str | None = None) -> ListingPreview:
    """The pipeline's reading without the second one (training the second reading's model)."""
    with no_collector_pauses():
        return _read_listing(text, name, layout=layout)


SECOND_READING_MOST_LINES = 2_000  # five times the longest real paste of the corpora (381 lines)


def _worth_a_second_reading(text: str) -> bool:
    return text.count("\n", 0, 400_000) < SECOND_READING_MOST_LINES and len(text) < 400_000


def _read_twice(text: str, name: str) -> ListingPreview:
    """The pipeline's reading, or the general reader's whose papers look likelier (see
    paste/plausible.py). A paste a seed layout's exact parser read is never read again."""
    try:
        first: ListingPreview | None = _read_listing(text, name)
    except NoListingFound:
        first = None
    if first is not None and any(s.layout in SEED_LAYOUTS for s in first.segments):
        return first
    others: list[ListingPreview] = []
    for candidate in plausible.CANDIDATES:
        try:
            others.append(_read_listing(text, name, layout=candidate))
        except ImportFailed:
            continue
    own = [r for s in first.segments if not s.in_gap for r in s.records] if first else []
    choice = plausible.better_reading(own, [other.records for other in others])
    if choice.index is None:
        if first is None:
            raise NoListingFound(name)
        return first
    return _second_reading(others[choice.index], first)


def _second_reading(chosen: ListingPreview, first: ListingPreview | None) -> ListingPreview:
    """The chosen reading, saying why it was chosen over the first (which the layout menu's
    `as detected` gives back)."""
    # Likelier to be what, how many were those, and where are they now (trial 9: a new user
    # asked all three of "its papers look likelier than those read as 'Reading list'").
    than = (
        f"the {len(first.records)} read as {layout_label(first.layout)!r} "
        "(Layout › As detected shows those)"
        if first
        else "none (no layout found a paper here at first)"
    )
    why = (
        f"read as {layout_label(chosen.layout)!r}: its papers look likelier to be real papers "
        f"than {than}"
    )
    chosen.segments[0].warnings.insert(0, ParseWarning(chosen.segments[0].first_line, why))
    detected = tuple(first.segments) if first else ()
    if detected:  # the lines the first reading read stay in the chosen one's span
        _keep_span(chosen.segments, detected[0].first_line, detected[-1].last_line)
    return replace(chosen, detected=detected)


@contextmanager
def no_collector_pauses() -> Iterator[None]:
    """A 10 MB paste becomes some 100,000 lines and their records, none of which is garbage
    until the preview is dropped: the cycle collector, run every few hundred allocations, would
    walk them again and again (a third of the time, measured). It rests while the paste is read."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


def _read_listing(text: str, name: str, *, layout: str | None = None) -> ListingPreview:
    if not text.strip():
        raise ImportFailed(name, "is empty")
    if text[:1] == "{" and is_rtf(text):
        text = rtf_text(text)  # a word processor's or a harvester's export: read what it shows
    if layout is not None and layout not in SEED_LAYOUTS and layout not in PASTE_LAYOUTS:
        known = ", ".join(sorted(layouts()))
        raise ImportFailed(name, f"unknown format {layout!r} (known: {known})")
    lines = text.split("\n")
    if (half := _pasted_twice(lines)) is not None:
        once = _read_listing("\n".join(lines[:half]), name, layout=layout)
        note = ParseWarning(half + 1, "the same text pasted twice; each paper kept once")
        once.segments[-1].warnings.append(note)
        return replace(once, text=text)
    seed = layout if layout in SEED_LAYOUTS else None
    if layout is None:
        seed = sure_seed_layout(lines)
    if seed is not None and layout is None and (cut := _search_page_end(lines, seed)):
        return _search_then_more(text, name, lines, cut)
    if seed is not None:
        try:
            segment = seed_segment(lines, seed, 1)
        except InputError as error:  # a layout the user forced, on text not in it
            raise ImportFailed(name, error.message, line=error.line) from None
        if layout is not None or _seed_reads_its_layout(segment):
            return _checked(
                ListingPreview(name, text, "utf-8", [segment] if segment.records else []),
                seed,
                exact=True,
            )
    doc = normalise(text, name)
    readers = {layout: PASTE_LAYOUTS[layout]} if layout else READERS
    segments = find_segments(doc, readers)
    if layout is None and UNSURE_READERS:
        segments = _reread_unsure(doc, segments)
    if layout is None and segments:
        segments = _gaps_read_as_references(doc, segments)
    front.complete([r for s in segments for r in s.records], doc)
    year_sections.complete([r for s in segments for r in s.records], doc)
    author_sections.complete([r for s in segments for r in s.records], doc)
    identifiers_under.complete([r for s in segments for r in s.records], doc)
    if not segments and layout is None:
        guess, _score = detect_seed_layout(lines)  # a weak seed layout still beats a refusal
        if guess is not None:
            fallback = seed_segment(lines, guess, 1)
            segments = [fallback] if fallback.records and _seed_reads_its_layout(fallback) else []
    if not segments and layout is None:  # the last resort before a refusal
        segments = find_segments(doc, LAST_RESORT)
        front.complete([r for s in segments for r in s.records], doc)
    return _checked(ListingPreview(name, text, "utf-8", segments), layout)


GAP_LINES = 3  # text lines no reader read, between or around the segments


def _gaps_read_as_references(doc: Doc, segments: list[Segment]) -> list[Segment]:
    """The stretches of a paste that no reader read, read as reference lists (the last resort's
    reference model): a list of references in a style no rule knows, under a part the rules read
    (`- Name - Title` books, then `Surname I., Surname I. Title. Publisher, 2012.`)."""
    covered = bytearray(max(line.number for line in doc.lines) + 2)
    for segment in segments:
        covered[segment.first_line : segment.last_line + 1] = b"\1" * (
            segment.last_line + 1 - segment.first_line
        )
    gaps: list[tuple[int, int]] = []
    run: list[int] = []
    for line in doc.lines:
        if covered[line.number]:
            if len(run) >= GAP_LINES:
                gaps.append((run[0], run[-1]))
            run = []
        elif line.text.strip():
            run.append(line.number)
    if len(run) >= GAP_LINES:
        gaps.append((run[0], run[-1]))
    if not gaps:
        return segments
    more = [s for gap in gaps for s in find_segments(doc, {ref_lines.NAME: ref_lines}, within=gap)]
    for segment in more:
        segment.in_gap = True
        segment.records = [r for r in segment.records if not any(map(_cut_bracket, r.authors))]
    more = [segment for segment in more if segment.records]
    return sorted([*segments, *more], key=lambda s: s.first_line) if more else segments


def _cut_bracket(name: str) -> bool:
    """`ExploreKit (KDD`: a name the reference model cut out of a note's `**Name** (KDD 2016) -
    A Name - …`, which is no reference."""
    return name.count("(") != name.count(")")


def _reread_unsure(doc: Doc, segments: list[Segment]) -> list[Segment]:
    """A generic reading less sure than the review threshold, read again by the readers for
    unsure segments; their reading is kept when it is surer."""
    kept: list[Segment] = []
    for segment in segments:
        if segment.layout != "generic" or segment.confidence >= UNSURE_BELOW:
            kept.append(segment)
            continue
        span = (segment.first_line, segment.last_line)
        again = find_segments(doc, UNSURE_READERS, within=span)
        papers = [r for s in again for r in s.records]
        surer = papers and sum(r.confidence or 0 for r in papers) / len(papers) > segment.confidence
        kept += again if surer else [segment]
    return kept


def _checked(preview: ListingPreview, layout: str | None, *, exact: bool = False) -> ListingPreview:
    without_closing_stops(preview.records)
    if not exact:  # a seed parser reads its site's fields exactly: nothing glued to trim
        without_link_labels_after(preview.records, preview.text)  # the outermost furniture
        trim_titles(preview.records)
        without_names_after_links(preview.records, preview.text)
        _urls_as_typed(preview.records, preview.text)
        _drop_navigation(preview.segments)
        _drop_link_labels(preview.segments, preview.text.split("\n"))
    drop_repeats(preview.segments)
    _drop_pages_about_papers(preview.segments)
    if not exact:
        _drop_resources_among_papers(preview.segments)
    dated_by_arxiv_id(preview.records)
    if not preview.records:
        if layout is None:
            raise NoListingFound(preview.name)
        raise ImportFailed(preview.name, f"no paper found as layout {layout!r}")
    return preview


def _urls_as_typed(records: list[PaperRecord], text: str) -> None:
    """A link's target as the paste typed it: the Markdown parser percent-encodes brackets in
    targets and its reader decodes them back, which turned a typed `%5B…%5D` (a SICI DOI in a
    Wiley address) into `[…]`, another address on a round trip through the Markdown export."""
    for record in records:
        for at, url in enumerate(record.urls):
            if "[" not in url and "]" not in url:
                continue
            for typed in (
                _encoded_brackets(url, "%5B", "%5D"),
                _encoded_brackets(url, "%5b", "%5d"),
            ):
                if url not in text and typed in text:
                    record.urls[at] = typed
                    break


def _encoded_brackets(url: str, left: str, right: str) -> str:
    return url.replace("[", left).replace("]", right)


def unread_preview(text: str, name: str) -> ListingPreview:
    """A paste no reader found a paper in, as one segment of no papers, which the user may read
    again as a layout of their choice (the preview's layout menu) instead of being refused."""
    last = last_line(text)
    why = "no known listing layout found: choose one in the Layout column to read these lines"
    segment = Segment(UNREAD, 1, last, warnings=[ParseWarning(1, why)])
    return ListingPreview(name, text, "utf-8", [segment])


def last_line(text: str) -> int:
    """The number of the text's last line: a final newline ends that line, it opens none
    (trial 8: four lines and their newline showed as 'lines 1–5')."""
    return max(1, text.count("\n") + (0 if text.endswith("\n") else 1))


def dated_by_arxiv_id(records: list[PaperRecord]) -> None:
    """A paper the listing gives no date at all gets the month its arXiv id was first
    submitted in (trial 6: `2508.15805` showed no date, where the id says August 2025). A date
    the listing printed, even one without a year or one that could not be read, is kept."""
    for record in records:
        if record.date or record.date_text or record.date_partial:
            continue
        record.date = arxiv_month(record.arxiv_id)


def _repeat_key(title: str) -> str:
    """A title's comparison form: ASCII letters and digits (`Café` and `Cafe` are one title);
    but a title with letters of another script keeps them all, case folded, since they fold to
    nothing (`Python深度学习` and `Python神经网络编程` are two books)."""
    folded = fold(title)
    # Each letter or digit of a Latin script folds to one ASCII character at least (`é` to `e`,
    # `ﬁ` to `fi`); fewer folded ones than the title has say some fold to nothing.
    if title.isascii() or sum(map(str.isalnum, title)) <= len(folded):
        return folded or title
    return "".join(ch for ch in unicodedata.normalize("NFKC", title).casefold() if ch.isalnum())


def drop_repeats(segments: list[Segment]) -> None:
    """A block pasted twice (clippers and hurried hands do it) gives each paper once; a paper
    a paste reader met twice (see `complement` and `absorb`) is one record."""
    seen: dict[tuple[object, ...], list[tuple[list[str], int]]] = {}  # the names and the line
    by_id: dict[tuple[str, str], PaperRecord] = {}
    by_title: dict[str, PaperRecord] = {}  # a paste reader's records by title
    by_arxiv: dict[str, PaperRecord] = {}  # and by arXiv id
    for segment in segments:
        kept: list[PaperRecord] = []
        for record in segment.records:
            title = _repeat_key(record.title)
            # Two DOIs under one title are two publications (a paper and its journal version).
            key = (title, record.arxiv_id, record.doi, record.abstract)
            first = _same_people(seen.get(key), record.authors) or _told_before(
                record, title, by_id
            )
            if first is None and record.confidence is not None:
                first = _met_before(record, title, by_title, by_arxiv)
            if first is not None:
                segment.warnings.append(
                    ParseWarning(record.line, f"the same paper as line {first}; kept once")
                )
                continue
            seen.setdefault(key, []).append((record.authors, record.line))
            if record.confidence is not None and len(record.title) >= 12:
                by_title.setdefault(title, record)
            if record.confidence is not None and record.arxiv_id:
                by_arxiv.setdefault(_arxiv_base(record), record)
            if record.arxiv_id:
                by_id.setdefault((title, record.arxiv_id), record)
            kept.append(record)
        segment.records = kept
    segments[:] = [segment for segment in segments if segment.records]


def _same_people(earlier: list[tuple[list[str], int]] | None, authors: list[str]) -> int | None:
    """The line of an earlier record (of the same title and identifiers) by the same people,
    written alike or two ways (`Benny Moldovanu` and `Moldovanu, Benny`), else None."""
    for names, line in earlier or ():
        if names == authors or _families(names) == _families(authors):
            return line
    return None


def _drop_navigation(segments: list[Segment]) -> None:
    """A site's link or label read as a lone title (`Go back to top`) is no paper: it goes, and
    the segment says so on its line."""
    for segment in segments:
        for record in segment.records:
            if navigation(record):
                segment.warnings.append(
                    ParseWarning(record.line, f"{record.title!r} is the page's, no paper")
                )
        segment.records = [r for r in segment.records if not navigation(r)]
    segments[:] = [segment for segment in segments if segment.records]


LABEL_LINKS = 3  # links of one text, each to its own address


def _drop_link_labels(segments: list[Segment], lines: list[str]) -> None:
    """A link alone on its line whose text the paste gives three links or more, each to another
    address, with no date nor identifier (`* [Nice rendered Markdown](…)` under each part of a
    course) is a button's label: one paper is not linked three ways by its bare title (one title
    with other words around it thrice, a byline, is told as one paper read three times)."""
    bare: dict[str, set[tuple[str, ...]]] = {}
    for record in (r for segment in segments for r in segment.records):
        if _says_only_its_title(record) and _link_alone(lines, record.line):
            bare.setdefault(record.title.casefold(), set()).add(tuple(record.urls))
    labels = {title for title, addresses in bare.items() if len(addresses) >= LABEL_LINKS}
    if not labels:
        return
    for segment in segments:
        for record in segment.records:
            if _says_only_its_title(record) and record.title.casefold() in labels:
                segment.warnings.append(
                    ParseWarning(record.line, f"{record.title!r} labels several links; no paper")
                )
        segment.records = [
            r
            for r in segment.records
            if not (_says_only_its_title(r) and r.title.casefold() in labels)
        ]
    segments[:] = [segment for segment in segments if segment.records]


_LINK_ALONE = re.compile(r"^\s*(?:[-*+•]|\d{1,3}[.)])?\s*\[[^\[\]]+\]\([^()\s]+\)\s*$")


def _link_alone(lines: list[str], number: int) -> bool:
    return 0 < number <= len(lines) and _LINK_ALONE.match(lines[number - 1]) is not None


def _says_only_its_title(record: PaperRecord) -> bool:
    """Links and a title, no date nor identifier (a section's name read as its people aside)."""
    said = (record.date, record.date_text, record.doi, record.arxiv_id)
    return bool(record.urls) and not any(said)


def _drop_pages_about_papers(segments: list[Segment]) -> None:
    """`[Name explainer, Some Site](…)` after the paper `Name: …` is a page about it, no paper."""
    about = companions.pages_about([r for s in segments for r in s.records])
    if not about:
        return
    for segment in segments:
        for record in segment.records:
            if (paper := about.get(id(record))) is not None:
                segment.warnings.append(
                    ParseWarning(
                        record.line, f"a page about the paper on line {paper.line}; no paper"
                    )
                )
        segment.records = [r for r in segment.records if id(r) not in about]
    segments[:] = [segment for segment in segments if segment.records]


def _drop_resources_among_papers(segments: list[Segment]) -> None:
    """A database's, a guide's or a site's link in a list that links its papers at journals and
    preprint servers is no paper (linked_resources.py)."""
    tools = linked_resources.runs_of_repositories([r for s in segments for r in s.records])
    for segment in segments:
        resources = linked_resources.resources_among_papers(segment.records) | tools
        for record in segment.records:
            if id(record) in resources:
                segment.warnings.append(
                    ParseWarning(
                        record.line,
                        f"{record.title!r}: a linked site among papers linked at journals; no paper",
                    )
                )
        segment.records = [r for r in segment.records if id(r) not in resources]
    segments[:] = [segment for segment in segments if segment.records]


def _met_before(
    record: PaperRecord,
    title: str,
    by_title: dict[str, PaperRecord],
    by_arxiv: dict[str, PaperRecord],
) -> int | None:
    """The line of an earlier paste record of the same paper, which took in what this one says;
    None when there is none (or the two disagree)."""
    if (earlier := by_title.get(title)) is not None and complement(earlier, record):
        return earlier.line
    if record.arxiv_id and (earlier := by_arxiv.get(_arxiv_base(record))) is not None:
        if _two_papers(earlier, record):
            return None
        absorb(earlier, record)
        return earlier.line
    return None


def _two_papers(one: PaperRecord, other: PaperRecord) -> bool:
    """Two English titles of other years and words under one arXiv id: two papers, one link copied wrong
    (`[[PAPER]](…/1610.02391) Grad-CAM …, ICCV 2017` over `[[PAPER]](…/1610.02391) Striving
    for Simplicity …, ICLR 2015`); a translated capture of one paper keeps its year."""
    years = {(r.date or r.date_text or "")[:4] for r in (one, other)}
    if len(years) < 2 or "" in years or not (_says(one)[0] and _says(other)[0]):
        return False
    words, others = (
        set(_WORD.findall(one.title.casefold())),
        set(_WORD.findall(other.title.casefold())),
    )
    return len(words & others) < 0.5 * min(len(words), len(others))


def complement(earlier: PaperRecord, later: PaperRecord) -> bool:
    """A paper named twice in one paste (a link in a note, then its Scholar result further down):
    when nothing the two say disagrees, the earlier record takes what only the later one says
    and True is returned; else nothing changes. Seed layouts' records (no confidence) are exact
    and never merged."""
    if earlier.confidence is None or later.confidence is None:
        return False
    pairs = (
        (earlier.arxiv_id and _VERSION.sub("", earlier.arxiv_id),
         later.arxiv_id and _VERSION.sub("", later.arxiv_id)),
        (earlier.doi and earlier.doi.lower(), later.doi and later.doi.lower()),
        (earlier.date, later.date),
        (earlier.abstract, later.abstract),
    )  # fmt: skip
    if any(a and b and a != b for a, b in pairs) or not _same_names(earlier, later):
        return False
    if not earlier.authors or _cut_short(earlier, later):
        earlier.authors, earlier.authors_truncated = later.authors, later.authors_truncated
    if not (earlier.date or earlier.date_text or earlier.date_partial):
        earlier.date, earlier.date_text = later.date, later.date_text
        earlier.date_partial = later.date_partial
    earlier.abstract = earlier.abstract or later.abstract
    earlier.arxiv_id = earlier.arxiv_id or later.arxiv_id
    earlier.doi = earlier.doi or later.doi
    earlier.venue = earlier.venue or later.venue
    earlier.urls += [url for url in later.urls if url not in earlier.urls]
    return True


def _same_names(one: PaperRecord, other: PaperRecord) -> bool:
    """No names, the same names, or one list cut short (`D. Name et al.`) that the other goes on
    from."""
    if not one.authors or not other.authors or one.authors == other.authors:
        return True
    if _families(one.authors) == _families(other.authors):
        return True  # the same people in another style: `Smith, John` / `Smith, J.` / `Smith J`
    return _cut_short(one, other) or _cut_short(other, one)


_INITIALS = re.compile(r"^(?:[A-Z]\.?-?){1,4}$")


def _families(names: list[str]) -> list[str]:
    """Each name's family name, however the style writes it (`Smith, J.`, `Smith JA`, `J. A.
    Smith`, `John Smith`)."""
    families = []
    for name in names:
        if "," in name:
            families.append(name.split(",")[0].strip().casefold())
            continue
        words = name.split()
        vancouver = len(words) > 1 and _INITIALS.match(words[-1]) is not None
        families.append((words[0] if vancouver else words[-1]).casefold() if words else "")
    return families


def _cut_short(short: PaperRecord, full: PaperRecord) -> bool:
    count = len(short.authors)
    return (
        short.authors_truncated
        and 0 < count < len(full.authors)
        and full.authors[:count] == short.authors
    )


_VERSION = re.compile(r"v\d+$")
_WORD = re.compile(r"\w+")
_LATIN = re.compile(r"[A-Za-z]")


def _arxiv_base(record: PaperRecord) -> str:
    """The record's arXiv id without its version; "" for a seed layout's record or none."""
    if record.confidence is None or not record.arxiv_id:
        return ""
    return _VERSION.sub("", record.arxiv_id)


def _says(record: PaperRecord) -> tuple[bool, ...]:
    """How much a record says, to pick between two readings of one arXiv paper: arXiv's titles
    are English (a capture translated into another script keeps the original too), then names,
    abstract, date."""
    latin = sum(1 for ch in record.title if _LATIN.match(ch)) >= 0.5 * len(record.title)
    return (latin, bool(record.authors), bool(record.abstract), bool(record.date))


def absorb(earlier: PaperRecord, later: PaperRecord) -> None:
    """One arXiv paper read twice in a paste (a note's heading linking it, then the page itself;
    a translated capture, then the original): the earlier record, where it stands, says what
    the fuller reading says and keeps what only it says."""
    longer = max(earlier.abstract, later.abstract, key=len)
    copies = bool(earlier.abstract and later.abstract) and same_opening(
        earlier.abstract, later.abstract
    )
    if not _says(later)[0]:  # a translation's reading adds its links and identifiers only
        later = replace(later, title="", authors=[], abstract="", date=None, date_text=None,
                        date_partial=None)  # fmt: skip
    elif _says(later) > _says(earlier):
        kept = replace(earlier)
        for name in ("title", "authors", "authors_truncated", "abstract", "date", "date_text",
                     "date_partial", "arxiv_id", "doi", "comments", "categories",
                     "category"):  # fmt: skip
            setattr(earlier, name, getattr(later, name))
        later = kept
    complement(earlier, replace(later, authors=[], date=None, abstract="", arxiv_id=None))
    earlier.doi = earlier.doi or later.doi
    if copies:  # one abstract shown twice (a note's feed copy, then the page's): the longer
        earlier.abstract = longer


def _told_before(
    record: PaperRecord, title: str, by_id: dict[tuple[str, str], PaperRecord]
) -> int | None:
    """The line of an earlier record of the same title (`title`, folded) and arXiv id that says
    all this one says (an arXiv page's title repeated in its `View a PDF of the paper titled …`
    line), else None."""
    if not record.arxiv_id:
        return None
    earlier = by_id.get((title, record.arxiv_id))
    if earlier is None:
        return None
    adds = (record.authors and record.authors != earlier.authors) or (
        record.abstract and record.abstract != earlier.abstract
    )
    return None if adds else earlier.line


def seed_segment(lines: list[str], layout: str, first_line: int) -> Segment:
    warnings: list[ParseWarning] = []
    records = list(SEED_LAYOUTS[layout].stream(iter(lines), warnings))
    if first_line != 1:
        for record in records:
            record.line += first_line - 1
        warnings = [ParseWarning(w.line + first_line - 1, w.message) for w in warnings]
    last = first_line + len(lines) - 1
    return Segment(layout, first_line, last, records, warnings, 1.0)


def find_segments(
    doc: Doc, readers: dict[str, ModuleType], *, within: tuple[int, int] | None = None
) -> list[Segment]:
    """Each reader in turn reads the lines no earlier reader claimed (and, given `within`,
    only the lines numbered from its first to its last)."""
    lines = list(doc.lines)
    if within is not None:
        first, last = within
        lines = [line if first <= line.number <= last else CLAIMED for line in lines]
    found: list[tuple[str, Found]] = []
    # A newsletter with a section of papers drops its news and tools sections' items.
    mixed = bool(doc.heading_indices()) and sections.has_papers_section(doc)
    course = bool(doc.heads) and sections.has_course_material(doc)  # `## Lectures`, `## Slides`
    for name, module in readers.items():
        titled, named = getattr(module, "TITLED", False), getattr(module, "NAMED", False)
        for hit in module.read(lines, doc):
            if judge(hit.record, titled=titled, named=named or hit.named) is not None:
                continue  # no paper: its lines stay for the readers after this one
            if mixed and _among_other_things(hit, doc):
                continue
            if course and sections.course_material(hit, doc):
                continue
            found.append((name, hit))
            lines[hit.first : hit.last + 1] = [CLAIMED] * (hit.last + 1 - hit.first)
    found.sort(key=lambda pair: pair[1].first)
    return _group(found, doc.lines)


def _among_other_things(hit: Found, doc: Doc) -> bool:
    """A newsletter's item under `## Tool Spotlight` or `## Quick Updates` (in a paste that has a
    section of papers too, not as a part of it): no paper unless it carries a paper's identifier."""
    return sections.other_things_at(doc, hit.first) and not sections.identified(hit.record)


def _group(found: list[tuple[str, Found]], lines: list[Line]) -> list[Segment]:
    segments: list[Segment] = []
    for name, hit in found:
        first, last = lines[hit.first].number, lines[hit.last].number
        if segments and segments[-1].layout == name:
            segment = segments[-1]
            segment.last_line = max(segment.last_line, last)
        else:
            segment = Segment(name, first, last)
            segments.append(segment)
        segment.records.append(hit.record)
    for segment in segments:
        sure = [r.confidence for r in segment.records if r.confidence is not None]
        segment.confidence = round(sum(sure) / len(sure), 2) if sure else 1.0
        for record in segment.records:
            if record.needs_review:
                reasons = ", ".join(record.needs_review)
                segment.warnings.append(ParseWarning(record.line, f"needs review ({reasons})"))
    return segments


def reread_segment(preview: ListingPreview, index: int, layout: str) -> ListingPreview:
    """The same preview with one segment read again as another layout.

    A seed layout's exact parser reads the segment's own lines. A paste reader reads them with
    the lines around them that no other segment read (a table's header, say, which a segment
    starting at its first paper leaves out), so that switching back gives the papers back.
    """
    if layout == AS_DETECTED:
        return _back_as_detected(preview, index)
    segment = replace(preview.segments[index])
    every_line = preview.text.split("\n")
    if layout in PASTE_LAYOUTS:
        segment.first_line = preview.segments[index - 1].last_line + 1 if index > 0 else 1
        after = index + 1 < len(preview.segments)
        segment.last_line = (
            preview.segments[index + 1].first_line - 1 if after else last_line(preview.text)
        )
    lines = every_line[segment.first_line - 1 : segment.last_line]
    refusal = f"no paper found as {layout_label(layout)!r}"  # the name the layout menu shows
    if layout in SEED_LAYOUTS:
        try:
            replacement = [seed_segment(lines, layout, segment.first_line)]
        except InputError as error:  # the seed parsers refuse text not in their layout
            replacement = []
            refusal += f" (line {error.line + segment.first_line - 1}: {error.message})"
    elif layout in PASTE_LAYOUTS:
        # The whole paste is normalised, as at first (a code fence or a list opened before the
        # segment still holds), and the reader sees only the segment's lines.
        doc = normalise(preview.text, preview.name)
        span = (segment.first_line, segment.last_line)
        replacement = find_segments(doc, {layout: PASTE_LAYOUTS[layout]}, within=span)
    else:
        raise ImportFailed(preview.name, f"unknown format {layout!r}")
    if not any(s.records for s in replacement):
        replacement = [
            Segment(
                layout,
                segment.first_line,
                segment.last_line,
                warnings=[ParseWarning(segment.first_line, refusal)],
            )
        ]
    _keep_span(replacement, segment.first_line, segment.last_line)
    dated_by_arxiv_id([r for s in replacement for r in s.records])
    detected = preview.detected or tuple(preview.segments)
    _warn_of_papers_lost(detected, replacement, layout)
    segments = preview.segments[:index] + replacement + preview.segments[index + 1 :]
    return replace(preview, segments=segments, switched=True, detected=detected)


def _back_as_detected(preview: ListingPreview, index: int) -> ListingPreview:
    """The segment's lines as they were first read, before any switch (trial 6: the layout
    menu had no way back but to guess which layout had read them)."""
    segment = preview.segments[index]
    inside = [
        replace(first, warnings=list(first.warnings))
        for first in preview.detected or preview.segments
        if segment.first_line <= first.first_line and first.last_line <= segment.last_line
    ]
    if not inside:
        raise ImportFailed(preview.name, "these lines were not read as one segment at first")
    # The first reading's own spans (trial 7: "line 3" came back as "lines 1–32").
    segments = preview.segments[:index] + inside + preview.segments[index + 1 :]
    # Chosen by hand like any layout: the import tells it from the reading shown first (trial
    # 10: imported after the second reading of the same paste, it was "already imported").
    return replace(preview, segments=segments, switched=True)


def _keep_span(replacement: list[Segment], first: int, last: int) -> None:
    """The lines switched stay the segment's (trial 5: a reader finding papers only from line
    16 made 'lines 7–23' read 'lines 16–23', and what was above vanished without a word)."""
    replacement[0].first_line = min(replacement[0].first_line, first)
    replacement[-1].last_line = max(replacement[-1].last_line, last)


def _warn_of_papers_lost(
    detected: tuple[Segment, ...], replacement: list[Segment], layout: str
) -> None:
    """Papers the first reading of these lines had and the new one has not (by title, or by
    the line it starts on), named by their lines. Against the first reading, not the one
    replaced: switched back, a reading the user tried and left has lost nothing (trial 5:
    'read as generic is not read as labelled'). A paper read on the same line under a cleaner
    title is no loss (trial 10: 'Aumann (1976) Agreeing to Disagree', read again as
    'Agreeing to Disagree' on line 9, was named among 5 papers "not read")."""
    first, last = replacement[0].first_line, replacement[-1].last_line
    before = [s for s in detected if s.records and first <= s.records[0].line <= last]
    read = [r for s in replacement for r in s.records]
    titles = {squash(r.title) for r in read}
    starts = {r.line for r in read}
    lost = [
        r
        for s in before
        for r in s.records
        if squash(r.title) not in titles and r.line not in starts
    ]
    if not lost or not any(s.records for s in replacement):
        return  # nothing read at all already says so
    lines = ", ".join(str(r.line) for r in lost[:8]) + (", …" if len(lost) > 8 else "")
    layouts = "+".join(dict.fromkeys(s.layout for s in before))
    replacement[0].warnings.append(
        ParseWarning(
            lost[0].line,
            f"{counted(len(lost), 'paper')} read as {layout_label(layouts)!r} "
            f"{'is' if len(lost) == 1 else 'are'} not read as {layout_label(layout)!r} "
            f"(line{'s' if len(lost) > 1 else ''} {lines})",
        )
    )
