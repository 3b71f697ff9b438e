"""BibTeX/BibLaTeX files, so that an existing .bib library comes along whole.

Every entry with a key becomes a paper (one without a title gets a placeholder and a review
flag); its type and all its fields are kept (see core.bibfields) and the ones the library uses
are also read into typed values: Unicode text for the title, structured names for the authors,
JabRef's special fields and groups for the rating, status and tags.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from papershelf.core import bibfields
from papershelf.core.dates import parse_date
from papershelf.core.doi import bare_doi
from papershelf.core.jabref import (
    EXTRA_URLS_FIELD,
    JABREF_RANKING,
    OWN_STATUSES,
    READSTATUS,
    STATUS_FIELD,
)
from papershelf.core.names import Name, display, parse_bibtex_name, split_names
from papershelf.core.records import PaperRecord, ParseResult, ParseWarning
from papershelf.core.text import squash
from papershelf.importers import bibfile
from papershelf.importers.bibdecode import decode

NAME = "bibtex"
DESCRIPTION = "BibTeX or BibLaTeX file"
# A style sheet's at-rules (`@media (max-width: 1259px) {` in a page's HTML) open no entry.
_CSS_AT_RULES = (
    r"(?:media|import|font-face|keyframes|supports|page|charset|namespace|layer|container)"
)
ENTRY = re.compile(rf"^\s*@\s*(?!{_CSS_AT_RULES}\b)[A-Za-z_][\w-]*\s*[{{(]", re.MULTILINE)
RANKING = {value: key for key, value in JABREF_RANKING.items()}
STATUS = {value: key for key, value in READSTATUS.items()}
# JabRef's keyword tokens for its special fields: rank1..rank5, read, skimmed.
STATUS_TOKENS = {"read": "read", "skimmed": "skimmed"}
MONTHS = {name: number for number, name in enumerate(bibfile.MONTH_MACROS, start=1)}
ARXIV = ("arxiv", "")
_LIST_SEPARATORS = re.compile(r"[,;]")
ARXIV_FIELDS = frozenset({"eprint", "primaryclass", "eprintclass"})
PERSONAL_FIELDS = frozenset({"keywords", "groups", "ranking", "readstatus", STATUS_FIELD, "annote"})


def detect(lines: list[str]) -> float:
    text = "\n".join(lines[:2000])
    return 1.0 if ENTRY.search(text) else 0.0


def stream(lines: Iterable[str], warnings: list[ParseWarning]) -> Iterator[PaperRecord]:
    """Records as entries are read (the text is read whole first: entries span lines)."""
    found = bibfile.BibFile(warnings=warnings)
    cache = NameCache()
    last: PaperRecord | None = None
    placed = 0  # blocks given to an entry so far
    for entry in bibfile.read_stream("\n".join(lines), found):
        record = _record(entry, found.groups.get(entry.key, []), warnings, cache)
        # The @preamble and @comment blocks (and text) between entries travel with the entry
        # after them and are written back before it; the file's head and tail (its preambles,
        # JabRef's metadata) are kept apart and written at the head and tail of an export.
        start, end = entry.blocks_before
        _give_blocks(record, "blocks_head" if entry.first else "blocks", found.blocks[start:end])
        placed = max(placed, end)
        if last is not None:
            yield last
        last = record
    if last is not None:
        _give_blocks(last, "blocks_after", found.blocks[placed:])
        yield last


def _give_blocks(record: PaperRecord, where: str, blocks: list[tuple[str, str]]) -> None:
    if blocks and record.bib_fields is not None:
        record.bib_fields[where] = blocks


def parse(text: str) -> ParseResult:
    result = ParseResult(NAME, [])
    result.records = list(stream([text], result.warnings))
    return result


def _text(entry: bibfile.BibEntry, name: str, warnings: list[ParseWarning]) -> str | None:
    value = entry.fields.get(name)
    if value is None:
        return None
    where = f"{name} of {entry.key!r}"
    text = squash(decode(_content(value), entry.line, warnings, where))
    return text or None


def _content(value: str) -> str:
    return value[1:-1] if value[:1] in '{"' else value


def _record(
    entry: bibfile.BibEntry,
    groups: list[str],
    warnings: list[ParseWarning],
    cache: NameCache | None = None,
) -> PaperRecord:
    record = PaperRecord(line=entry.line, citation_key=entry.key, entry_type=entry.kind)
    _title(record, entry, warnings)
    _authors(record, entry, warnings, cache or NameCache())
    _dates(record, entry)
    record.abstract = _text(entry, "abstract", warnings) or ""
    _arxiv(record, entry)
    _doi(record, entry)
    record.venue = next(
        (v for n in bibfields.GROUPS["venue"] if (v := _text(entry, n, warnings))), None
    )
    record.urls = [url for url in [_verbatim(entry, "url")] if url]
    record.urls += (_verbatim(entry, EXTRA_URLS_FIELD) or "").split()
    _personal(record, entry, groups, warnings)
    if entry.duplicate_key:
        record.citation_key = None  # the first entry with this key has it
        record.flag("duplicate")
        warnings.append(
            ParseWarning(entry.line, f"key {entry.key!r} is used twice; kept as a second paper")
        )
    record.bib_fields = {
        "fields": bibfields.stored_once(entry.fields, record.abstract),
        "seen": bibfields.fingerprints(_as_paper(record)),
    }
    return record


def _title(record: PaperRecord, entry: bibfile.BibEntry, warnings: list[ParseWarning]) -> None:
    title = _text(entry, "title", warnings)
    if title:
        record.title = title
        return
    record.title = f"Untitled ({entry.key})"
    record.title_is_placeholder = True
    record.flag("title")
    warnings.append(ParseWarning(entry.line, f"entry {entry.key!r} has no title; kept, flagged"))


class NameCache:
    """Each distinct name of a file read once: names repeat across a library, and reading one
    (BibTeX's parts, then LaTeX to text) costs more than the rest of its entry."""

    LIMIT = 1 << 17  # distinct names kept; past that, names are read again

    def __init__(self) -> None:
        self._read: dict[str, tuple[Name, str]] = {}
        # Given and family names recur far more often than whole names do.
        self._parts: dict[str, str] = {}

    def names(
        self, field: str, entry: bibfile.BibEntry, warnings: list[ParseWarning]
    ) -> tuple[list[Name], list[str]]:
        """The names of an author-like field, and how each reads on screen."""

        def part(latex: str) -> str:
            text = self._parts.get(latex)
            if text is None:
                warned = len(warnings)
                text = decode(latex, entry.line, warnings, f"{field} of {entry.key!r}")
                if len(warnings) == warned and len(self._parts) < self.LIMIT:
                    self._parts[latex] = text
            return text

        parsed: list[Name] = []
        shown: list[str] = []
        for text in split_names(_content(entry.fields[field])):
            found = self._read.get(text)
            if found is None:
                warned = len(warnings)
                name = parse_bibtex_name(text, part)
                found = (name, display(name))
                if len(warnings) == warned and len(self._read) < self.LIMIT:
                    self._read[text] = found  # a name that warned warns again where it recurs
            parsed.append(dict(found[0]))
            shown.append(found[1])
        return parsed, shown


def _authors(
    record: PaperRecord,
    entry: bibfile.BibEntry,
    warnings: list[ParseWarning],
    cache: NameCache,
) -> None:
    if not entry.fields.get("author"):
        return
    names, shown = cache.names("author", entry, warnings)
    if names and names[-1] == {"family": "others"}:
        names.pop()
        shown.pop()
        record.authors_truncated = True
    record.names = names
    record.authors = shown


def _dates(record: PaperRecord, entry: bibfile.BibEntry) -> None:
    date = _verbatim(entry, "date")
    if date:
        record.date = parse_date(date).iso
        record.date_text = date
        return
    year = _verbatim(entry, "year")
    if not year or not year[:4].isdigit():
        return
    month = (_verbatim(entry, "month") or "").lower()[:3]
    number = MONTHS.get(month) or (int(month) if month.isdigit() and 0 < int(month) < 13 else None)
    record.date = f"{year[:4]}-{number:02d}" if number else year[:4]
    record.date_text = record.date


def _verbatim(entry: bibfile.BibEntry, name: str) -> str | None:
    """A field whose value is not LaTeX text (a DOI, a URL, a year): braces off, nothing else."""
    value = entry.fields.get(name)
    text = _content(value).strip() if value else ""
    return text or None


def _doi(record: PaperRecord, entry: bibfile.BibEntry) -> None:
    """A resolver link in the DOI field is kept, and written back, as the bare DOI."""
    given = _verbatim(entry, "doi")
    record.doi = bare_doi(given)
    if record.doi != given:
        entry.fields["doi"] = f"{{{record.doi}}}"


# `2107.03374`, `2107.03374v2`, `hep-th/9901001`, `math.GT/0309136`, perhaps after `arXiv:`
_ARXIV_EPRINT = re.compile(
    r"^(?:arxiv:\s*)?(?P<id>\d{4}\.\d{4,5}(?:v\d+)?|[a-z][a-z\-]+(?:\.[A-Z]{2})?/\d{7}(?:v\d+)?)$",
    re.IGNORECASE,
)


def _arxiv(record: PaperRecord, entry: bibfile.BibEntry) -> None:
    if entry.fields.keys().isdisjoint(ARXIV_FIELDS):
        return  # most entries: the record's empty values stand
    kind = (_verbatim(entry, "archiveprefix") or _verbatim(entry, "eprinttype") or "").lower()
    eprint = _verbatim(entry, "eprint")
    if kind in ARXIV and eprint and (shaped := _ARXIV_EPRINT.match(eprint.strip())):
        # an eprint that is no arXiv identifier (Mendeley writes an ISSN there) stays in the
        # entry's fields, as written, and names no arXiv paper
        record.arxiv_id = shaped["id"]
        record.category = _verbatim(entry, "primaryclass") or _verbatim(entry, "eprintclass")
        record.categories = [record.category] if record.category else []


def _personal(
    record: PaperRecord,
    entry: bibfile.BibEntry,
    groups: list[str],
    warnings: list[ParseWarning],
) -> None:
    """Keywords become tags, except JabRef's special-field tokens (`rank4`, `read`), which
    become the rating and the status; JabRef's groups become tags too; `annote` a note."""
    if not groups and entry.fields.keys().isdisjoint(PERSONAL_FIELDS):
        return  # most entries: the record's empty values stand
    tags: list[str] = []
    for token in _LIST_SEPARATORS.split(_text(entry, "keywords", warnings) or ""):
        token = token.strip()
        if token in RANKING:
            record.rating = record.rating or RANKING[token]
        elif token.lower() in STATUS_TOKENS:
            record.status = record.status or STATUS_TOKENS[token.lower()]
        elif token:
            tags.append(token)
    tags += [g.strip() for g in _LIST_SEPARATORS.split(_text(entry, "groups", warnings) or "")]
    tags += groups
    record.tags = [tag for tag in dict.fromkeys(tags) if tag]
    ranking = _verbatim(entry, "ranking") or ""
    record.rating = RANKING.get(ranking) or record.rating
    status = (_verbatim(entry, "readstatus") or "").lower()
    record.status = STATUS.get(status) or record.status
    own = _verbatim(entry, STATUS_FIELD)  # the statuses JabRef lacks, in a field of our own
    record.status = own if own in OWN_STATUSES else record.status
    annote = entry.fields.get("annote")
    notes = decode(_content(annote), entry.line, warnings, "annote") if annote else ""
    record.notes = [" ".join(n.split()) for n in notes.split("\n\n") if n.strip()]


def _as_paper(record: PaperRecord) -> dict[str, object]:
    """The record's typed values under the names a stored paper has them (for fingerprints)."""
    return {
        "title": record.title,
        "names": record.names or [],
        "authors_truncated": record.authors_truncated,
        "date": record.date,
        "venue": record.venue,
        "abstract": record.abstract,
        "doi": record.doi,
        "urls": list(dict.fromkeys(record.urls)),
        "arxiv_id": record.arxiv_id,
        "category": record.category,
    }
