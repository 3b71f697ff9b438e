"""BibTeX and BibLaTeX entries: deterministic, sorted by key, safe to \\input."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from papershelf.core.jabref import (
    EXTRA_URLS_FIELD,
    JABREF_RANKING,
    OWN_STATUSES,
    READSTATUS,
    STATUS_FIELD,
)
from papershelf.core.latex import escape, escape_title, plain_text
from papershelf.core.names import (
    SUFFIXES,
    bibtex_order,
    initials_after,
    is_organisation,
    structured,
)
from papershelf.export.bibmacros import for_bibtex
from papershelf.export.kept import kept_blocks, with_kept_fields

# Bump when the text of an entry changes for the same paper: cached entries of an older
# rendering are then never served (the cache is keyed by style and this number).
RENDERING = 6
MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


class Bare(str):
    """A value written without braces: a month macro such as `apr`."""


@dataclass(frozen=True)
class BibOptions:
    biblatex: bool = False
    abstract: bool = True
    notes: bool = True
    personal: bool = True  # JabRef's ranking/readstatus and our keywords


def entry_type(paper: dict[str, Any]) -> str:
    if paper.get("entry_type"):
        return str(paper["entry_type"])
    if paper.get("journal_ref"):
        return "article"
    if paper.get("venue"):
        return "inproceedings"
    return "misc"


def _text(value: str, options: BibOptions, *, math: bool = False, cleanup: bool = False) -> str:
    """Escape text; `cleanup` strips listing LaTeX (abstracts only), `math` keeps safe $...$."""
    return escape(
        plain_text(value) if cleanup else value,
        unicode_to_latex=True,
        keep_latin=options.biblatex,
        keep_math=math,
    )


_NOT_IN_URLS = {"{": "%7B", "}": "%7D", "\\": "%5C", " ": "%20", "\n": "%0A", "\t": "%09"}


def verbatim(value: str) -> str:
    """A URL or DOI as it is, `%20` included: only what no URL may hold raw (braces,
    backslashes, spaces) and that would unbalance the .bib value is percent-encoded."""
    return "".join(_NOT_IN_URLS.get(ch, ch) for ch in value.strip())


def short_key(title: str) -> str:
    """The `key` field BibTeX sorts and labels an authorless entry by: the title's first words,
    without the comma or colon they were cut at (trial 7: `key = {… Architectures,}`)."""
    return " ".join(title.split()[:4]).rstrip(",;:–—-/ ")


def _author_field(paper: dict[str, Any], options: BibOptions) -> str | None:
    names = [_bib_name(name, options) for name in paper.get("names") or paper["authors"]]
    if not names:
        return None
    if paper["authors_truncated"]:
        names.append("others")
    return " and ".join(names)


def _bib_name(name: str | dict[str, str], options: BibOptions) -> str:
    """`von Last, Jr, First` or `{Organisation}`; a listing's plain `First Last` as it is,
    which BibTeX reads the same way."""
    if isinstance(name, str) and not _needs_parts(name) and not is_organisation(name):
        return _text(name, options)
    return bibtex_order(structured(name), lambda part: _text(part, options))


def _needs_parts(name: str) -> bool:
    last = name.rsplit(" ", 1)[-1].lower()
    if "," in name or " and " in f" {name.lower()} " or last in SUFFIXES or not name.strip():
        return True
    return initials_after(name) is not None  # `Wang F`: BibTeX would take F for the family


def fields(paper: dict[str, Any], options: BibOptions) -> list[tuple[str, str]]:
    """The entry's fields in a fixed order; values are already LaTeX."""
    out: list[tuple[str, str]] = []

    def put(name: str, value: str | None) -> None:
        if value:
            out.append((name, value))

    author = _author_field(paper, options)
    put("author", author)
    if author is None:
        # BibTeX styles sort and label by `key` when there is no author to go by.
        put("key", _text(short_key(paper["title"]), options))
    put("title", escape_title(paper["title"], unicode_to_latex=True, keep_latin=options.biblatex))
    kind = entry_type(paper)
    if kind == "article":
        put("journal", _text(paper.get("venue") or paper.get("journal_ref") or "", options))
    elif kind == "inproceedings":
        put("booktitle", _text(paper.get("venue") or "", options))
    out += _date_fields(paper.get("date") or "", options)
    if paper.get("arxiv_id"):
        put("eprint", _text(paper["arxiv_id"], options))
        put("archiveprefix", "arXiv")
        put("primaryclass", _text(paper.get("category") or "", options))
    put("doi", verbatim(paper["doi"]) if paper.get("doi") else None)
    out += _url_fields(paper["urls"])
    if options.abstract:
        put("abstract", _text(paper["abstract"], options, math=True, cleanup=True))
    if options.personal:
        out += _personal_fields(paper, options)
    if options.notes and paper["notes"]:
        put("annote", _text("\n\n".join(paper["notes"]), options, math=True))
    return with_kept_fields(out, paper, Bare)


def _date_fields(date: str, options: BibOptions) -> list[tuple[str, str]]:
    """BibLaTeX's ISO `date`; BibTeX's `year` and a `month` macro (styles print "April")."""
    if not date[:4].isdigit():
        return []
    if options.biblatex:
        return [("date", date)]
    if len(date) >= 7 and date[5:7].isdigit() and 1 <= int(date[5:7]) <= 12:
        month = [("year", date[:4]), ("month", Bare(MONTHS[int(date[5:7]) - 1]))]
        # BibTeX has no day field: the full `date` beside year and month keeps the day for
        # biblatex, JabRef and our own import, and BibTeX styles ignore it.
        return month + ([("date", date[:10])] if len(date) >= 10 else [])
    return [("year", date[:4])]


def _url_fields(urls: list[str]) -> list[tuple[str, str]]:
    if not urls:
        return []
    first, *rest = [verbatim(url) for url in urls]
    return [("url", first), *([(EXTRA_URLS_FIELD, " ".join(rest))] if rest else [])]


def _personal_fields(paper: dict[str, Any], options: BibOptions) -> list[tuple[str, str]]:
    """Tags, with JabRef's special fields mirrored as keywords: JabRef's keyword sync clears
    a `ranking` or `readstatus` whose token is missing from `keywords`."""
    ranking = JABREF_RANKING.get(paper["rating"])
    readstatus = READSTATUS.get(paper["status"])
    specials = [value for value in (ranking, readstatus) if value]
    tags = [tag for tag in paper["tags"] if tag not in specials]
    keywords = ", ".join([*(_text(tag, options) for tag in tags), *specials])
    pairs = [("keywords", keywords), ("ranking", ranking), ("readstatus", readstatus)]
    if paper["status"] in OWN_STATUSES:
        pairs.append((STATUS_FIELD, paper["status"]))
    return [(name, value) for name, value in pairs if value]


def _value(value: str) -> str:
    return value if isinstance(value, Bare) else f"{{{value}}}"


def entry(paper: dict[str, Any], options: BibOptions) -> str:
    lines = [*kept_blocks(paper), f"@{entry_type(paper)}{{{paper['citation_key']},"]
    written = fields(paper, options)
    if not options.biblatex:  # kept fields may hold biblatex's own macros
        written = [(n, v if isinstance(v, Bare) else for_bibtex(v)) for n, v in written]
    lines += [f"  {name} = {_value(value)}," for name, value in written]
    lines.append("}")
    return "\n".join(lines)


def render(
    papers: list[dict[str, Any]], options: BibOptions | None = None, *, keep_order: bool = False
) -> str:
    """Entries sorted by citation key, so two exports diff cleanly; a queue keeps its order."""
    chosen = options or BibOptions()
    ordered = (
        papers if keep_order else sorted(papers, key=lambda p: (p["citation_key"].lower(), p["id"]))
    )
    return "".join(entry(paper, chosen) + "\n\n" for paper in ordered)
