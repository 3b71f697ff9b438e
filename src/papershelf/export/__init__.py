"""Papers -> text. Every exporter is pure and deterministic."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from papershelf.export.bibtex import BibOptions, render
from papershelf.export.others import render_csl_json, render_csv, render_markdown, render_ris

Exporter = Callable[[list[dict[str, Any]]], str]

FORMATS: dict[str, Exporter] = {
    "bibtex": lambda papers: render(papers, BibOptions(biblatex=False)),
    "biblatex": lambda papers: render(papers, BibOptions(biblatex=True)),
    "csl-json": render_csl_json,
    "ris": render_ris,
    "csv": render_csv,
    "markdown": render_markdown,
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
