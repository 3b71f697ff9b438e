"""BibTeX and BibLaTeX entries: deterministic, sorted by key, safe to \\input."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

from papershelf.core.jabref import JABREF_RANKING, READSTATUS
from papershelf.core.latex import escape, plain_text, protect_title
from papershelf.core.names import SUFFIXES, bibtex_order, structured
from papershelf.export.kept import kept_blocks, with_kept_fields

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
        unicode_to_latex=not options.biblatex,
        keep_math=math,
    )


def _url(value: str) -> str:
    # Characters that would unbalance or escape inside a .bib value are percent-encoded.
    return quote(value, safe=":/?&=#@!$'()*+,;-._~[]")


def short_key(title: str) -> str:
    return " ".join(title.split()[:4])


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
    if isinstance(name, str) and not _needs_parts(name):
        return _text(name, options)
    return bibtex_order(structured(name), lambda part: _text(part, options))


def _needs_parts(name: str) -> bool:
    last = name.rsplit(" ", 1)[-1].lower()
    return "," in name or " and " in f" {name.lower()} " or last in SUFFIXES or not name.strip()


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
    put("title", protect_title(_text(paper["title"], options)))
    kind = entry_type(paper)
    if kind == "article":
        put("journal", _text(paper.get("venue") or paper.get("journal_ref") or "", options))
    elif kind == "inproceedings":
        put("booktitle", _text(paper.get("venue") or "", options))
    date = paper.get("date") or ""
    if date[:4].isdigit() and options.biblatex:
        put("date", date)
    elif date[:4].isdigit():
        put("year", date[:4])
        if len(date) >= 7:
            put("month", MONTHS[int(date[5:7]) - 1])
    if paper.get("arxiv_id"):
        put("eprint", paper["arxiv_id"])
        put("archiveprefix", "arXiv")
        put("primaryclass", paper.get("category"))
    put("doi", _url(paper["doi"]) if paper.get("doi") else None)
    put("url", _url(paper["urls"][0]) if paper["urls"] else None)
    if options.abstract:
        put("abstract", _text(paper["abstract"], options, math=True, cleanup=True))
    if options.personal:
        put("keywords", ", ".join(_text(tag, options) for tag in paper["tags"]))
        put("ranking", JABREF_RANKING.get(paper["rating"]))
        put("readstatus", READSTATUS.get(paper["status"]))
    if options.notes and paper["notes"]:
        put("annote", _text("\n\n".join(paper["notes"]), options, math=True))
    return with_kept_fields(out, paper, Bare)


def _value(value: str) -> str:
    return value if isinstance(value, Bare) else f"{{{value}}}"


def entry(paper: dict[str, Any], options: BibOptions) -> str:
    lines = [*kept_blocks(paper), f"@{entry_type(paper)}{{{paper['citation_key']},"]
    lines += [f"  {name} = {_value(value)}," for name, value in fields(paper, options)]
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
