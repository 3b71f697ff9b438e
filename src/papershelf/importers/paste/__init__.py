"""Readers for what people paste: each finds the papers of one kind of listing in normalised
lines (see lines.py), most specific first; `generic` reads what the others leave."""

from __future__ import annotations

from types import ModuleType

from papershelf.importers.paste import (
    access_lines,
    addressed_headings,
    affiliated_names,
    anchor_contents,
    annotated_quotes,
    article_top,
    article_venue,
    arxiv,
    arxiv_abs,
    arxiv_listed,
    atom_text,
    bare_headings,
    bold_under_names,
    book_refs,
    by_lines,
    callouts,
    captioned_titles,
    catalogue_record,
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
    dashed_items,
    dated_id_lines,
    dated_names,
    digest_entries,
    digest_inverted,
    digest_tagged,
    emoji_citations,
    feed_cards,
    fielded,
    fields_line,
    front,
    generic,
    glued_bylines,
    hf,
    index_work,
    initials_after,
    inline_bylines,
    issue_contents,
    italic_works,
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
    lone_title,
    marked_titles,
    multi_cards,
    name_bullets,
    name_dash_titles,
    name_title_items,
    named_links,
    names_then_links,
    noted_headings,
    outline_readings,
    paper_headings,
    paper_page,
    paper_page_covers,
    paper_page_dateline,
    paper_page_docsite,
    paper_page_front,
    paper_page_typed,
    picked_titles,
    preprint_cards,
    programme,
    programme_documents,
    pubmed_summary,
    quoted_alone,
    ranked_rows,
    ref_lines,
    repeated,
    resource_items,
    reviewed_books,
    rxiv_cards,
    rxiv_lists,
    scholar,
    scholar_export,
    sections,
    speaker_titles,
    surname_quotes,
    tables,
    template,
    timed_feed,
    timed_talks,
    title_bylines,
    title_lines,
    title_names_items,
    titled_snippets,
    to_read_titles,
    two_part_lines,
    venue_refs,
    week_readings,
    works_cited,
)

READERS: dict[str, ModuleType] = {
    module.NAME: module
    for module in (
        fielded,
        catalogue_record,  # before article-page: its labels glued to their values read as a title
        index_work,  # before the readers of label lines: its labels stand over their values
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
        resource_items,  # after link-labels: theirs are the items with names under them
        multi_cards,
        fields_line,  # before labelled: `key: … authors: … title: …` run together on a line
        kv_tables,  # before labelled: a table of one paper's fields
        cited_rows,  # before labelled and the tables: `| **Full citation** | <reference> |`
        captioned_titles,  # before paper_page: copied text's `Accepted Papers` over bare titles
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
        names_then_links,  # before the reading lists: `Surname, [Title](…)` lines
        pubmed_summary,  # PubMed's four-line papers, before a reading list's units
        led_by,
        outline_readings,  # before the reference lists: a topic over its readings
        chicago_items,
        italic_works,  # before the reading lists: `*Title*, Author`, one-word titles and names
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
        arxiv_listed,  # before digest-tagged: `Title(1803.06379)` over `date classes`
        reviewed_books,  # before the reference lists: `Subject: Title` over its reference
        dated_id_lines,  # before the reference lists: a title over `Oct 23, 2025 · arXiv <id>`
        club_titles,  # before the reference lists: `Title: <title and its reference>` bullets
        annotated_quotes,  # before the reference lists: `"Title" a note, A Name` over its address
        week_readings,  # before the reference lists: `Week 2: "Title" by A Name`
        digest_tagged,  # before the reference lists: `math.NT` lines under a title
        programme_documents,  # before the reference lists: items that link a paper's PDF alone
        digest_inverted,  # before the reference lists: a title over `Surname, Given,Surname, Given`
        emoji_citations,  # before the reference lists: `📄 Surname et al (2021) Title. Journal`
        dashed_items,  # before the reference lists: `• Title – A Name and B Name.`
        name_dash_titles,  # before the reference lists: `A Name – Title` books a line
        timed_feed,  # before the reference lists: `12:32a |` over a title and its abstract
        issue_contents,  # before the reference lists: `Names. Title. Vol. 2, No.1 (2006), pp. 1-9`
        picked_titles,  # before the reference lists: a title over `A Name –– comment`
        ranked_rows,  # before the reference lists: `1 Surname et al. Title` rows
        timed_talks,  # before the reference lists: `9.40-10.00 A Name Title` talks
        inline_bylines,  # before the reference lists: `Title By A Name; B Name` on one line
        anchor_contents,  # before the reading lists: a notes page's numbered contents
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
        marked_titles,  # `《Title》` lines: Chinese and Japanese mark a book's title so
        to_read_titles,
        paper_page_dateline,  # `Mis en ligne le 4 octobre 2012, par A Name` under a breadcrumb
        paper_page_typed,  # `Article de revue` / title / `Pages 201 à 209`, names lost
        initials_after,  # after every other reader: names with initials after them, then a title
        speaker_titles,  # before generic: a programme's speakers over their talks' titles
        title_bylines,  # before generic: paragraphs of a title over its authors' line
        affiliated_names,  # before generic: a title over `A Name, Affiliation` lines
        article_venue,  # before generic: a title right over its journal's line, alone
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
    two_part_lines.NAME: two_part_lines,  # a title and its people on a line, any mark between
    article_top.NAME: article_top,  # one article's page: its title over its people
    lone_title.NAME: lone_title,  # a few short lines: a title alone, perhaps over its people
    noted_headings.NAME: noted_headings,  # a heading per paper over notes, under `## Papers`
    titled_snippets.NAME: titled_snippets,  # a title over the start of its abstract, thrice
}
# Read again, over a segment the generic reader read with too little confidence; kept when
# surer (see pipeline._reread_unsure). Empty: the leave-one-corpus-out figures decide.
UNSURE_READERS: dict[str, ModuleType] = {}
# Read only when the user chooses it: detected, it would read nearly any text as papers.
BY_HAND: dict[str, ModuleType] = {title_lines.NAME: title_lines}
PASTE_LAYOUTS: dict[str, ModuleType] = {**READERS, **LAST_RESORT, **BY_HAND}

__all__ = ["BY_HAND", "LAST_RESORT", "PASTE_LAYOUTS", "READERS", "UNSURE_READERS"]
