"""Plain-text renderings of papers shared by the CLI and the GUI."""

from __future__ import annotations

import shutil
from typing import Any

from papershelf.core.records import unlike_first
from papershelf.core.text import counted

STATUS_LABELS = {
    "new": "New",
    "to-read": "To read",
    "reading": "Reading",
    "read": "Read",
    "skimmed": "Skimmed",
    "dropped": "Dropped",
}


# The flags the store sets itself, in words; a reader's own reason is stored as "review: …".
REVIEW_REASONS = {
    "title": "needs a real title",
    "year": "date has no year",
    "date": "date is unreadable",
    "abstract": "abstract is missing or cut off",
    "duplicate": "may be the same paper as another entry (search needs:duplicate)",
}


def review_reasons(flags: list[str]) -> list[str]:
    """A paper's review flags in words, "unlike a paper" first, a reader's without its
    "review: ", which "Needs review:" or "Review:" before them already says (trial 7 in the
    window; trial 14 in `papershelf show`: "Review:   review: read as …, review: unlike …")."""
    return [REVIEW_REASONS.get(flag, flag.removeprefix("review: ")) for flag in unlike_first(flags)]


def authors_short(paper: dict[str, Any], *, most: int = 3) -> str:
    """`A, B, C et al.` for long or truncated lists, `N authors` when only a count is known."""
    names: list[str] = paper["authors"]
    if not names:
        count = paper.get("author_count")
        return counted(count, "author") if count else ""
    # "Martin Luther King, Jr." holds a comma: such lists are split by semicolons, so that one
    # name does not read as two.
    separator = "; " if any("," in name for name in names[:most]) else ", "
    shown = separator.join(names[:most])
    return shown + " et al." if paper["authors_truncated"] or len(names) > most else shown


def date_label(paper: dict[str, Any]) -> str:
    return paper["date"] or paper["date_text"] or ""


def stars(rating: int) -> str:
    return "★" * rating + "☆" * (5 - rating)


def _clip(text: str, width: int) -> str:
    return text if len(text) <= width else text[: max(1, width - 1)] + "…"


def table(papers: list[dict[str, Any]], *, numbered: bool = False) -> str:
    width = shutil.get_terminal_size((120, 20)).columns
    title_width = max(30, width - 68)
    rows = []
    for index, paper in enumerate(papers, start=1):
        prefix = f"{index:3d}. " if numbered else ""
        rows.append(
            f"{prefix}{paper['id']:>5}  {stars(paper['rating'])}  "
            f"{STATUS_LABELS[paper['status']]:<8} {date_label(paper):<12} "
            f"{_clip(paper['title'], title_width):<{title_width}}  {_clip(authors_short(paper), 28)}"
        )
    return "\n".join(rows)


def paper_lines(paper: dict[str, Any]) -> list[str]:
    lines = [f"[{paper['id']}] {paper['title']}"]
    if paper["authors"] or paper["author_count"]:
        names = ", ".join(paper["authors"]) + (" et al." if paper["authors_truncated"] else "")
        lines.append(f"Authors:  {names or authors_short(paper)}")
    for label, key in (
        ("Date", "date"),
        ("Category", "category"),
        ("Affiliation", "affiliation"),
        ("arXiv", "arxiv_id"),
        ("DOI", "doi"),
    ):
        if paper[key]:
            extra = f" ({paper['date_text']})" if key == "date" and paper["date_text"] else ""
            lines.append(f"{label + ':':<10}{paper[key]}{extra}")
    if not paper["date"] and paper["date_text"]:
        lines.append(f"Date:     {paper['date_text']} (year unknown)")
    lines.append(f"Status:   {STATUS_LABELS[paper['status']]}   Rating: {stars(paper['rating'])}")
    if paper["tags"]:
        lines.append("Tags:     " + ", ".join(paper["tags"]))
    if paper.get("deleted"):  # out of its queues' views while in the Trash, as in the window
        lines.append(f"Trash:    since {paper['deleted'][:10]} (papershelf untrash {paper['id']})")
    elif paper["queues"]:
        lines.append("Queues:   " + ", ".join(paper["queues"]))
    if paper["needs_review"]:
        lines.append("Review:   " + "; ".join(review_reasons(paper["needs_review"])))
    lines.extend(f"Link:     {url}" for url in paper["urls"])
    if paper["abstract"]:
        lines += ["", paper["abstract"]]
    for note in paper["note_records"]:
        lines += ["", f"Note {note['id']} ({note['modified']}):", note["body"]]
    for source in paper["sources"]:
        lines.append(f"From:     {source['file']}:{source['line']} ({source['layout']})")
    return lines
