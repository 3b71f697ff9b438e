"""Readers for what people paste: each finds the papers of one kind of listing in normalised
lines (see lines.py), most specific first; `generic` reads what the others leave."""

from __future__ import annotations

from types import ModuleType

from papershelf.importers.paste import (
    arxiv,
    arxiv_abs,
    atom_text,
    bare_headings,
    citations,
    dash_bylines,
    fielded,
    front,
    generic,
    hf,
    labelled,
    paper_headings,
    scholar,
    sections,
    tables,
    template,
    works_cited,
)

READERS: dict[str, ModuleType] = {
    module.NAME: module
    for module in (
        fielded,
        arxiv,
        arxiv_abs,
        atom_text,
        hf,
        scholar,
        template,
        labelled,
        tables,
        sections,
        paper_headings,
        citations,
        bare_headings,
        works_cited,
        dash_bylines,
        generic,
        front,
    )
}

__all__ = ["READERS"]
