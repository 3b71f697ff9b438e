"""Readers for what people paste: each finds the papers of one kind of listing in normalised
lines (see lines.py), most specific first; `generic` reads what the others leave."""

from __future__ import annotations

from types import ModuleType

from papershelf.importers.paste import (
    access_lines,
    addressed_headings,
    annotated_quotes,
    arxiv,
    arxiv_abs,
    atom_text,
    bare_headings,
    bold_under_names,
    book_refs,
    by_lines,
    callouts,
    checklist_citations,
    chicago_items,
    citations,
    cited_links,
    cited_rows,
    cjk_refs,
    club_meetings,
    club_titles,
    csv_tables,
    dash_bylines,
    dated_id_lines,
    dated_names,
    digest_entries,
    digest_tagged,
    feed_cards,
    fielded,
    front,
    generic,
    glued_bylines,
    hf,
    initials_after,
    item_bylines,
    journal_highlights,
    keyed_titles,
    kv_tables,
    labelled,
    learned,
    led_by,
    link_bylines,
    link_labels,
    linked_refs,
    multi_cards,
    name_bullets,
    name_title_items,
    named_links,
    outline_readings,
    paper_headings,
    paper_page,
    paper_page_covers,
    paper_page_docsite,
    paper_page_front,
    preprint_cards,
    programme,
    programme_documents,
    pubmed_summary,
    quoted_alone,
    ref_lines,
    repeated,
    rxiv_cards,
    rxiv_lists,
    scholar,
    scholar_export,
    sections,
    surname_quotes,
    tables,
    template,
    title_lines,
    title_names_items,
    to_read_titles,
    venue_refs,
    week_readings,
    works_cited,
)

READERS: dict[str, ModuleType] = {
    module.NAME: module
    for module in (
        fielded,
        paper_page_covers,  # before arxiv-abs: HAL's cover says `Submitted on 8 Mar 2020` too
        arxiv,
        arxiv_abs,
        atom_text,
        hf,
        scholar,
        scholar_export,
        digest_entries,  # before labelled: `Title[id]` over `Abstract`
        template,
        link_labels,
        multi_cards,
        kv_tables,  # before labelled: a table of one paper's fields
        cited_rows,  # before labelled and the tables: `| **Full citation** | <reference> |`
        paper_page,  # before labelled: `作者:` left empty over `摘要`
        checklist_citations,  # before labelled: a README's `# Author:` would take its list
        paper_page_front,  # before labelled: `Received:`/`Published:` under an article's byline
        labelled,
        keyed_titles,  # before the tables: `- key | Title` items are no table's rows
        tables,
        csv_tables,
        surname_quotes,  # before programme: `**Title** – Surname & Surname (2019)` is no talk
        programme,
        by_lines,
        preprint_cards,
        rxiv_lists,
        sections,
        paper_headings,
        addressed_headings,
        link_bylines,  # before the reference lists: `& Name, Venue` is no entry's end
        cited_links,
        pubmed_summary,  # PubMed's four-line papers, before a reading list's units
        led_by,
        outline_readings,  # before the reference lists: a topic over its readings
        chicago_items,
        linked_refs,  # before the reading lists: a link's text that is a whole reference
        venue_refs,  # before the reading lists: initials first, the title, an italic venue
        dated_names,  # before the reading lists: `A Name. 2014.` over the title's line
        access_lines,  # before the reading lists: a reference, notes, `Access: https://…`
        bold_under_names,  # before the reading lists: an item of names, the bold title under it
        cjk_refs,  # before the reading lists: a CJK reference a line, short titles whole
        book_refs,  # before the reading lists: an inverted name, the title, `(Place: …, Year)`
        feed_cards,
        glued_bylines,  # before the reading lists: names run into the title
        title_names_items,  # before the reading lists: `Title. A Name e B Name.`
        journal_highlights,  # before the reference lists: a card's names over its citation line
        rxiv_cards,  # before the reference lists: `[PDF PS Other]` over a linked title
        paper_page_docsite,  # before the reference lists: `by user` … `Transcript`
        dated_id_lines,  # before the reference lists: a title over `Oct 23, 2025 · arXiv <id>`
        club_titles,  # before the reference lists: `Title: <title and its reference>` bullets
        annotated_quotes,  # before the reference lists: `"Title" a note, A Name` over its address
        week_readings,  # before the reference lists: `Week 2: "Title" by A Name`
        digest_tagged,  # before the reference lists: `math.NT` lines under a title
        programme_documents,  # before the reference lists: items that link a paper's PDF alone
        citations,
        bare_headings,
        works_cited,
        dash_bylines,
        callouts,
        name_bullets,
        named_links,
        name_title_items,
        item_bylines,
        club_meetings,
        quoted_alone,
        to_read_titles,
        initials_after,  # after every other reader: names with initials after them, then a title
        generic,
        front,
    )
}

# Read only when every reader above found nothing (the paste would be refused), or when the user
# picks it in the preview's layout switch.
LAST_RESORT: dict[str, ModuleType] = {
    ref_lines.NAME: ref_lines,  # reference lists, by the reference-field model (ref_fields.py)
    repeated.NAME: repeated,
    learned.NAME: learned,
}
# Read again, over a segment the generic reader read with too little confidence; kept when
# surer (see pipeline._reread_unsure). Empty: the leave-one-corpus-out figures decide.
UNSURE_READERS: dict[str, ModuleType] = {}
# Read only when the user chooses it: detected, it would read nearly any text as papers.
BY_HAND: dict[str, ModuleType] = {title_lines.NAME: title_lines}
PASTE_LAYOUTS: dict[str, ModuleType] = {**READERS, **LAST_RESORT, **BY_HAND}

__all__ = ["BY_HAND", "LAST_RESORT", "PASTE_LAYOUTS", "READERS", "UNSURE_READERS"]
