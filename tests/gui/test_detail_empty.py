"""An empty detail pane (no paper highlighted) keeps nothing of the paper shown before it.

Found by `make soak` (issue 13): after a search left the Trash view empty, the disabled pane still
read "20 authors (names not in the listing)" and "To read" from the last paper.
"""

from __future__ import annotations

from papershelf.gui.main_window import MainWindow


def test_empty_pane_drops_the_last_papers_hints_and_status(window: MainWindow) -> None:
    library = window.library
    (nameless,) = library.conn.execute(
        "SELECT id FROM papers WHERE author_count > 0 AND authors_text = '' LIMIT 1"
    ).fetchone()
    library.set_status([nameless], "to-read")
    detail = window.detail
    detail.show_paper(nameless)
    assert "names not in the listing" in detail.authors.placeholderText()
    assert detail.status.currentText() == "To read"
    detail.show_paper(None)
    assert detail.authors.placeholderText() == "Names separated by ;"
    assert detail.date.placeholderText() == "YYYY-MM-DD"
    assert detail.status.currentText() == ""
    assert library.paper(nameless)["status"] == "to-read"  # clearing the pane saved nothing
