"""CSL-JSON, RIS, CSV and Markdown: pure functions from papers to text."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

from papershelf.core.latex import plain_text
from papershelf.core.names import Name, structured
from papershelf.core.textfmt import STATUS_LABELS, authors_short, stars
from papershelf.export.kept_other import csl_kept, kept_names, kept_text, ris_kept

# Entry types with a CSL / RIS type of their own; the rest are told apart by venue and arXiv id.
CSL_TYPES = {
    **dict.fromkeys(("book", "mvbook", "collection", "mvcollection", "proceedings"), "book"),
    **dict.fromkeys(("incollection", "inbook", "bookinbook"), "chapter"),
    **dict.fromkeys(("phdthesis", "mastersthesis", "thesis"), "thesis"),
    **dict.fromkeys(("techreport", "report"), "report"),
}
RIS_TYPES = {"book": "BOOK", "chapter": "CHAP", "thesis": "THES", "report": "RPRT"}


def _by_key(papers: list[dict[str, Any]], keep_order: bool = False) -> list[dict[str, Any]]:
    """Sorted by citation key, so two exports diff cleanly; a queue keeps its order."""
    if keep_order:
        return papers
    return sorted(papers, key=lambda paper: (paper["citation_key"].lower(), paper["id"]))


def csl_name(name: str | Name) -> dict[str, str]:
    """CSL-JSON's name object: `literal` for an organisation, else family, given,
    `non-dropping-particle` (BibTeX's "von") and `suffix` (its "Jr")."""
    parts = structured(name)
    if "literal" in parts:
        return {"literal": parts["literal"]}
    keys = {"family": "family", "given": "given", "von": "non-dropping-particle", "jr": "suffix"}
    return {keys[part]: value for part, value in parts.items() if part in keys and value}


def csl_item(paper: dict[str, Any]) -> dict[str, Any]:
    item: dict[str, Any] = {
        "id": paper["citation_key"],
        "type": _csl_type(paper),
        "title": paper["title"],
    }
    if paper["authors"]:
        item["author"] = [csl_name(name) for name in paper.get("names") or paper["authors"]]
    date = paper.get("date") or ""
    if date[:4].isdigit():
        item["issued"] = {"date-parts": [[int(part) for part in date.split("-")]]}
    for role in ("editor", "translator"):
        people = kept_names(paper, role)
        if people:
            item[role] = [csl_name(name) for name in people]
    optional = {
        "abstract": plain_text(paper["abstract"]) or None,
        "URL": paper["urls"][0] if paper["urls"] else None,
        "DOI": paper.get("doi"),
        "container-title": paper.get("venue") or paper.get("journal_ref"),
        "keyword": ", ".join(paper["tags"]) or None,
        # The reader's notes only: CSL-JSON's import reads `note` back as them.
        "note": "\n\n".join(paper["notes"]) or None,
    }
    if paper.get("arxiv_id"):
        optional |= {"publisher": "arXiv", "number": f"arXiv:{paper['arxiv_id']}"}
    optional |= csl_kept(paper)  # a .bib's own publisher, volume, pages, ISBN, ...
    item |= {key: value for key, value in optional.items() if value}
    # CSL has one URL variable and no rating or reading status; CSL-JSON 1.0.2's `custom`
    # object holds the other links and the reader's own values, so a round trip keeps them.
    custom: dict[str, Any] = {"urls": paper["urls"]} if len(paper["urls"]) > 1 else {}
    if paper.get("rating"):
        custom["rating"] = paper["rating"]
    if paper.get("status") and paper["status"] != "new":
        custom["status"] = paper["status"]
    if custom:
        item["custom"] = custom
    return item


def _csl_type(paper: dict[str, Any]) -> str:
    kind = paper.get("entry_type")
    if kind in CSL_TYPES:
        return CSL_TYPES[kind]
    if kind == "inproceedings" or (paper.get("venue") and not paper.get("journal_ref")):
        return "paper-conference"
    if kind == "article" or paper.get("journal_ref"):
        return "article-journal"
    return "article"  # CSL 1.0.2: a preprint or other unpublished article


def render_csl_json(papers: list[dict[str, Any]], *, keep_order: bool = False) -> str:
    items = [csl_item(paper) for paper in _by_key(papers, keep_order)]
    return json.dumps(items, ensure_ascii=False, indent=2) + "\n"


def _ris_type(paper: dict[str, Any]) -> str:
    kind = CSL_TYPES.get(paper.get("entry_type") or "")
    if kind:
        return RIS_TYPES[kind]
    if paper.get("journal_ref") or paper.get("entry_type") == "article":
        return "JOUR"
    if paper.get("venue"):
        return "CPAPER"
    return "UNPB" if paper.get("arxiv_id") else "GEN"


def _ris_source(paper: dict[str, Any]) -> list[str]:
    """Venue (T2: the journal or the proceedings), DOI, and the arXiv id as an accession
    number in the arXiv database (RIS has no tag of its own for it)."""
    lines = []
    venue = paper.get("venue") or paper.get("journal_ref")
    if venue:
        lines.append(f"T2  - {_one_line(venue)}")
    if paper.get("doi"):
        lines.append(f"DO  - {paper['doi']}")
    if paper.get("arxiv_id"):
        lines += [f"AN  - arXiv:{paper['arxiv_id']}", "DB  - arXiv"]
    return lines


def render_ris(papers: list[dict[str, Any]], *, keep_order: bool = False) -> str:
    lines: list[str] = []
    for paper in _by_key(papers, keep_order):
        lines.append(f"TY  - {_ris_type(paper)}")
        lines.append(f"ID  - {paper['citation_key']}")
        lines.append(f"TI  - {_one_line(paper['title'])}")
        lines += [f"AU  - {_ris_name(name)}" for name in paper.get("names") or paper["authors"]]
        lines += [f"ED  - {_ris_name(name)}" for name in kept_names(paper, "editor")]
        lines += _ris_source(paper)
        lines += ris_kept(paper)
        date = paper.get("date") or ""
        if date[:4].isdigit():
            lines.append(f"PY  - {date[:4]}")
            parts = date.split("-")
            lines.append("DA  - " + "/".join(parts + [""] * (3 - len(parts))) + "/")
        if paper["abstract"]:
            lines.append(f"AB  - {_one_line(plain_text(paper['abstract']))}")
        lines += [f"UR  - {url}" for url in paper["urls"]]
        lines += [f"KW  - {_one_line(tag)}" for tag in paper["tags"]]
        notes = [text for text in [kept_text(paper, "note")] if text] + paper["notes"]
        lines += [f"N1  - {_one_line(note)}" for note in notes]
        lines += ["ER  - ", ""]
    return "\n".join(lines)


def _ris_name(name: str | Name) -> str:
    """RIS's `Last, First, Suffix` (`King, Martin Luther, Jr.`); an organisation as it is."""
    parts = structured(name)
    if "literal" in parts:
        return parts["literal"]
    family = " ".join(parts[p] for p in ("von", "family") if parts.get(p)) or parts.get("given", "")
    given = parts.get("given", "") if parts.get("family") else ""
    if parts.get("jr"):
        return f"{family}, {given}, {parts['jr']}"
    return f"{family}, {given}" if given else family


def _one_line(text: str) -> str:
    return " ".join(text.split())


CSV_COLUMNS = (
    "key",
    "title",
    "authors",
    "year",
    "date",
    "category",
    "arxiv_id",
    "doi",
    "url",
    "tags",
    "rating",
    "status",
    "queues",
    "notes",
    "abstract",
    "urls",  # every link, space-separated (`url` is the first, kept for older readers)
)


def _cell(value: str) -> str:
    # A leading = + - @ (or tab/CR) makes spreadsheets run the cell as a formula.
    return "'" + value if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value


def render_csv(papers: list[dict[str, Any]], *, keep_order: bool = False) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for paper in _by_key(papers, keep_order):
        date = paper.get("date") or ""
        row = [
            paper["citation_key"],
            paper["title"],
            "; ".join(paper["authors"]) + ("; et al." if paper["authors_truncated"] else ""),
            date[:4] if date[:4].isdigit() else "",
            date or paper.get("date_text") or "",
            paper.get("category") or "",
            paper.get("arxiv_id") or "",
            paper.get("doi") or "",
            paper["urls"][0] if paper["urls"] else "",
            "; ".join(paper["tags"]),
            str(paper["rating"]),
            paper["status"],
            "; ".join(paper["queues"]),
            "\n\n".join(paper["notes"]),
            paper["abstract"],
            " ".join(paper["urls"]),
        ]
        writer.writerow([_cell(value) for value in row])
    return buffer.getvalue()


def render_markdown(
    papers: list[dict[str, Any]], *, title: str = "Reading list", group_by: str = "status"
) -> str:
    """A checklist: grouped by status, or (group_by="order") kept in the given order."""
    lines = [f"# {title}", ""]
    if group_by == "order":
        lines += [_md_item(paper) for paper in papers]
    else:
        for status, label in STATUS_LABELS.items():
            group = [paper for paper in papers if paper["status"] == status]
            if group:
                lines += [f"## {label} ({len(group)})", ""]
                lines += [_md_item(paper) for paper in group]
                lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def _md_escape(text: str) -> str:
    return "".join("\\" + ch if ch in "\\`*_[]<>#|" else ch for ch in _one_line(text))


# What a link target between < and > cannot hold as itself: '<' and '>' end it (a SICI DOI's
# doi.org link left no link at all), a backslash escapes the next character, a line break
# ends the line. Each is written percent-encoded, as CommonMark readers encode it anyway;
# everything else (brackets, spaces, percent escapes) stays as the URL has it.
_MD_TARGET_ESCAPES = {ord(ch): f"%{ord(ch):02X}" for ch in "<>\\\n\r"}


def _md_target(url: str) -> str:
    return "<" + url.translate(_MD_TARGET_ESCAPES) + ">"


def _md_item(paper: dict[str, Any]) -> str:
    box = "x" if paper["status"] in ("read", "skimmed") else " "
    title = _md_escape(paper["title"])
    link = f"[{title}]({_md_target(paper['urls'][0])})" if paper["urls"] else title
    details = [authors_short(paper), (paper.get("date") or paper.get("date_text") or "")[:4]]
    if paper["rating"]:
        details.append(stars(paper["rating"]))
    details += [f"`{tag}`" for tag in paper["tags"]]
    said = [_md_escape(d) if not d.startswith("`") else d for d in details if d]
    said += [f"[link {n}]({_md_target(url)})" for n, url in enumerate(paper["urls"][1:], 2)]
    # A paper with nothing more to say ends at its title, with no dash left hanging.
    line = f"- [{box}] **{link}**" + (" — " + " · ".join(said) if said else "")
    notes = [f"  > {_one_line(note)}" for note in paper["notes"]]
    return "\n".join([line, *notes])
