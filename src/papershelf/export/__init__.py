"""Papers -> text. Every exporter is pure and deterministic."""

from __future__ import annotations

from typing import Any, Protocol

from papershelf.export.bibtex import BibOptions, render
from papershelf.export.others import render_csl_json, render_csv, render_markdown, render_ris


class Exporter(Protocol):
    """Papers -> text; sorted by citation key unless `keep_order` (a queue's order)."""

    def __call__(self, papers: list[dict[str, Any]], *, keep_order: bool = False) -> str: ...


def _bibtex(papers: list[dict[str, Any]], *, keep_order: bool = False) -> str:
    return render(papers, BibOptions(biblatex=False), keep_order=keep_order)


def _biblatex(papers: list[dict[str, Any]], *, keep_order: bool = False) -> str:
    return render(papers, BibOptions(biblatex=True), keep_order=keep_order)


def _markdown(papers: list[dict[str, Any]], *, keep_order: bool = False) -> str:
    return render_markdown(papers, group_by="order" if keep_order else "status")


FORMATS: dict[str, Exporter] = {
    "bibtex": _bibtex,
    "biblatex": _biblatex,
    "csl-json": render_csl_json,
    "ris": render_ris,
    "csv": render_csv,
    "markdown": _markdown,
}
EXTENSIONS = {
    "bibtex": ".bib",
    "biblatex": ".bib",
    "csl-json": ".json",
    "ris": ".ris",
    "csv": ".csv",
    "markdown": ".md",
}

__all__ = ["EXTENSIONS", "FORMATS", "BibOptions", "render"]
