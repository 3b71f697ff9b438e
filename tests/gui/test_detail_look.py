"""The detail pane reads well: first author first, readable source dates, notes listed as
rendered text, and the export preview in a fixed-width font."""

from __future__ import annotations

import re

from PySide6.QtGui import QFontInfo

from papershelf.gui.main_window import MainWindow
from papershelf.store.search import Filter


def test_long_author_lists_show_the_first_author(window: MainWindow) -> None:
    library = window.library
    ids = library.query_ids(Filter(search="source:003"))
    longest = max(library.papers(ids), key=lambda p: len(p["authors"]))
    assert len(longest["authors"]) >= 5
    window.view.highlight([longest["id"]])
    field = window.detail.authors
    assert field.cursorPosition() == 0
    assert field.text().startswith(longest["authors"][0].split()[-1]) or field.text().startswith(
        longest["authors"][0]
    )


def test_sources_tab_names_the_page_and_reads_dates(window: MainWindow) -> None:
    library = window.library
    paper_id = library.query_ids(Filter(search="source:003"))[0]
    window.view.highlight([paper_id])
    text = window.detail.provenance.toPlainText()
    # The source as the sidebar names it; its hashed file name only in the tooltip (trial 3).
    assert re.search(r"^arXiv search · [A-Z][a-z]{2} \d{1,2}, line \d+$", text, re.M)
    assert "003_" not in text
    assert re.search(r"^003_[0-9a-f]+\.txt, line \d+$", window.detail.provenance.toolTip(), re.M)
    (source,) = [s for s in library.sources() if str(s["file"]).startswith("003_")]
    node = window.sidebar_model.node_at(window.sidebar_model.find(f"source:{source['id']}"))
    window.node_actions.rename_source(node, new_name="My arXiv list")  # F2 in the sidebar
    assert window.statusBar().currentMessage().startswith("Renamed the source 'My arXiv list'")
    assert window.detail.provenance.toPlainText().startswith("My arXiv list, line ")
    assert re.search(r"^Added [A-Z][a-z]{2} \d{1,2}, \d{4} \d\d:\d\d$", text, re.M)
    assert not re.search(r"\d{4}-\d\d-\d\dT\d\d", text)  # no raw ISO timestamps


def test_notes_list_shows_rendered_text(window: MainWindow) -> None:
    paper_id = window.model.ids[0]
    window.library.add_note(paper_id, "# Key idea\n\nUse **CLIP** features.")
    window.view.highlight([paper_id])
    window.detail.reload()
    first = window.detail.notes.item(0).text()
    assert first.startswith("Key idea  —  ")


def test_export_preview_uses_a_fixed_width_font(window: MainWindow) -> None:
    dialog = window.file_actions.export_selection()
    assert QFontInfo(dialog.preview.font()).fixedPitch()
    dialog.close()
