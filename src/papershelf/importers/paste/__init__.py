"""Readers for what people paste: each finds the papers of one kind of listing in normalised
lines (see lines.py), most specific first; `generic` reads what the others leave."""

from __future__ import annotations

from types import ModuleType

from papershelf.importers.paste import (
    addressed_headings,
    arxiv,
    arxiv_abs,
    atom_text,
    bare_headings,
    callouts,
    chicago_items,
    citations,
    cited_links,
    dash_bylines,
    feed_cards,
    fielded,
    front,
    generic,
    hf,
    keyed_titles,
    labelled,
    learned,
    led_by,
    link_bylines,
    link_labels,
    multi_cards,
    name_bullets,
    name_title_items,
    named_links,
    paper_headings,
    repeated,
    scholar,
    sections,
    tables,
    template,
    to_read_titles,
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
        link_labels,
        multi_cards,
        labelled,
        keyed_titles,  # before the tables: `- key | Title` items are no table's rows
        tables,
        sections,
        paper_headings,
        addressed_headings,
        link_bylines,  # before the reference lists: `& Name, Venue` is no entry's end
        cited_links,
        led_by,
        chicago_items,
        feed_cards,
        citations,
        bare_headings,
        works_cited,
        dash_bylines,
        callouts,
        name_bullets,
        named_links,
        name_title_items,
        to_read_titles,
        generic,
        front,
    )
}

# Read only when every reader above found nothing (the paste would be refused), or when the user
# picks it in the preview's layout switch.
LAST_RESORT: dict[str, ModuleType] = {repeated.NAME: repeated, learned.NAME: learned}
# Read again, over a segment the generic reader read with too little confidence; kept when
# surer (see pipeline._reread_unsure). Empty: the leave-one-corpus-out figures decide.
UNSURE_READERS: dict[str, ModuleType] = {}
PASTE_LAYOUTS: dict[str, ModuleType] = {**READERS, **LAST_RESORT}

__all__ = ["LAST_RESORT", "PASTE_LAYOUTS", "READERS", "UNSURE_READERS"]
