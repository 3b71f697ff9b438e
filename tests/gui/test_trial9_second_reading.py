"""Trial 9: the second reading in the real window (PySide6 6.11 from PyPI, under Xvfb).

A paste the rule readers misread is read again by the general readers, and the likelier reading
is shown with a note on its segment; the layout menu's "As detected" gives the first reading
back. Real pastes from tests/data/listings-holdout18 (see its MANIFEST).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from papershelf.core.sources import layout_label
from papershelf.gui.dialogs.import_preview import ImportPreviewDialog
from papershelf.gui.main_window import MainWindow
from papershelf.gui.models.import_preview import COLUMN, ImportPreviewModel
from papershelf.gui.models.paper_table import COLUMN as TABLE
from papershelf.importers.pipeline import read_listing
from tests.conftest import DATA
from tests.gui.conftest import accept_preview, wait_for_preview
from tests.gui.test_import_preview import paste, rows

HOLDOUT18 = DATA / "listings-holdout18"


def holdout18(prefix: str) -> str:
    (path,) = [p for p in HOLDOUT18.glob(f"{prefix}_*.md") if "expected" not in p.name]
    return path.read_text(encoding="utf-8")


# The general reader whose reading of 002 replaces the first (labelled cards): `reading-list`
# until session 34, the reference model's reading of the same papers since; which of the two
# wins turns on the record likelihoods retrained with each reader change (session 39 saw both),
# so the tests ask the pipeline, and check what the window says of it.
_READ = read_listing(holdout18("002"), "clipboard")
SECOND = _READ.segments[0].layout
SECOND_LABEL = layout_label(SECOND)


def test_a_general_reader_reads_the_cards_again() -> None:
    assert SECOND in ("reading-list", "reference-lines")  # not the first reading's cards


def paper_warnings(model: ImportPreviewModel, group: int = 0) -> list[str]:
    top = model.index(group, 0)
    return [
        model.index(row, COLUMN["warnings"], top).data() or "" for row in range(model.rowCount(top))
    ]


def segment_warning(model: ImportPreviewModel, group: int = 0) -> str:
    return model.index(group, COLUMN["warnings"]).data() or ""


def menu(dialog: ImportPreviewDialog, row: int = 0) -> list[str]:
    combo = dialog.combos[row]
    return [combo.itemText(i) for i in range(combo.count())]


def test_the_second_reading_is_said_on_the_segment_not_on_its_first_paper(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    """The note sat at the chosen reading's first line, its first paper's, so the preview showed
    "read as 'Reading list'…" in the Warnings of 'An updated digital model of plate boundaries'
    as if it were about that paper, and the segment's row said nothing but its confidence."""
    dialog = paste(qtbot, window, holdout18("002"))
    model = dialog.model
    assert model.segment_layout(0) == SECOND
    assert segment_warning(model).startswith(f"read as '{SECOND_LABEL}'")  # not cut off
    assert not any("look likelier" in cell for cell in paper_warnings(model))
    dialog.reject()


def test_as_detected_gives_the_first_reading_back_and_the_second_again(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    """The layout menu offered "As detected" only once the user had switched a segment: after
    the second reading it was missing, so the first reading could not be had back."""
    dialog = paste(qtbot, window, holdout18("002"))
    model = dialog.model
    second = rows(model)
    assert menu(dialog)[0] == "As detected"
    dialog.combos[0].activated.emit(0)
    qtbot.waitUntil(lambda: model.segment_layout(0) == "labelled", timeout=10000)
    assert rows(model) != second
    assert menu(dialog)[0] != "As detected"  # the first reading is what is shown
    dialog.combos[0].activated.emit(dialog.combos[0].findData(SECOND))
    qtbot.waitUntil(lambda: model.segment_layout(0) == SECOND, timeout=10000)
    assert rows(model) == second
    assert menu(dialog)[0] == "As detected"
    dialog.reject()


def test_a_file_read_twice_offers_as_detected_too(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """Opened as a file, not pasted: the same reading and the same way back."""
    path = tmp_path / "references.md"
    path.write_text(holdout18("022"), encoding="utf-8")
    window.file_actions.import_paths([path])
    dialog = wait_for_preview(qtbot, window)
    assert dialog.model.segment_layout(0) == "reference-lines"
    assert menu(dialog)[0] == "As detected"
    assert "look likelier" in segment_warning(dialog.model)
    assert dialog.model.index(0, 0).data(Qt.ItemDataRole.DisplayRole).startswith("references.md")
    dialog.reject()


def test_the_note_says_what_the_first_reading_found_and_how_to_have_it_back(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    """ "its papers look likelier than those read as 'Reading list'" left a new user asking:
    likelier to be what, how many were those, and where are they now?"""
    dialog = paste(qtbot, window, holdout18("008"))
    note = dialog.model.index(0, COLUMN["warnings"]).data(Qt.ItemDataRole.ToolTipRole)
    assert note.splitlines()[0] == (
        "read as 'Learned lines': its papers look likelier to be real papers than the 3 read "
        "as 'Reading list' (Layout › As detected shows those)"
    )
    dialog.reject()


def test_enter_after_switching_a_layout_imports_rather_than_ticking_all(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    """The switched segment's combo is made anew, and the focus fell to the next in the chain,
    "Tick all": Enter then ticked every paper again instead of importing the ones ticked."""
    dialog = paste(qtbot, window, holdout18("002"))
    dialog.activateWindow()
    dialog.combos[0].setFocus()
    qtbot.waitUntil(lambda: dialog.focusWidget() is dialog.combos[0])
    dialog.combos[0].activated.emit(0)  # As detected
    qtbot.waitUntil(lambda: dialog.model.segment_layout(0) == "labelled", timeout=10000)
    qtbot.waitUntil(lambda: dialog.focusWidget() is dialog.combos[0])
    dialog.reject()


def table_authors(window: MainWindow, title: str) -> str:
    model = window.model
    (row,) = [
        r
        for r in range(model.rowCount())
        if str(model.index(r, TABLE["title"]).data()).startswith(title)
    ]
    return str(model.index(row, TABLE["authors"]).data())


def test_the_table_shows_inverted_names_as_the_names_they_are(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """The table split the stored names' text at every comma: "Argus, D. F.; Gordon, R. G.;
    DeMets, C." (APA references, as the preview showed them) read "Argus, D. F., Gordon et al.",
    four names of a three-author paper, and "Tushnet, Mark" became two people."""
    paste(qtbot, window, holdout18("002"))
    accept_preview(qtbot, window)
    assert table_authors(window, "Geologically current motion") == (
        "Argus, D. F.; Gordon, R. G.; DeMets, C."
    )
    assert table_authors(window, "An updated digital model") == "Bird, P."
    assert table_authors(window, "Plate tectonic reconstructions") == (
        "Gurnis, M.; Turner, M.; Zahirovic, S. et al."
    )


def test_the_detail_pane_says_when_its_facts_go_on(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """The facts line under Date has two lines: a DOI's paper in a queue showed "DOI: …/
    9780190245757.013.39 · Queues: Con", the rest cut off without a mark, so the queue
    seemed to be called "Con"."""
    paper = window.model.ids[0]
    window.library.update_paper(paper, doi="10.1093/oxfordhb/9780190245757.013.39")
    window.library.create_queue("Con law week 1")
    window.library.enqueue("Con law week 1", [paper])
    window.view.refresh()
    window.table.selectRow(0)
    meta = window.detail.meta
    qtbot.waitUntil(lambda: "Queues: Con law week 1" in meta.text())
    meta.setFixedWidth(250)  # the pane's at 1400 px, as the trial's window had it
    shown = meta.shown_lines()
    assert len(shown) == 2
    assert shown[-1].endswith("…")
    assert meta.toolTip() == meta.text()
    meta.setFixedWidth(2000)
    assert meta.shown_lines() == [meta.text()]


def test_the_headline_says_a_paste_was_read_a_second_time(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """In a 1024 px screen's preview the Warnings column showed "read as 'R…": what happened
    was in a tooltip only. The headline says it whole; gone with the first reading back."""
    dialog = paste(qtbot, window, holdout18("002"))
    dialog.resize(972, 560)
    headline = dialog.headline.text()
    assert f"clipboard: read as '{SECOND_LABEL}': its papers look likelier" in headline
    assert "As detected" in headline
    dialog.combos[0].activated.emit(0)  # As detected
    qtbot.waitUntil(lambda: dialog.model.segment_layout(0) == "labelled", timeout=10000)
    assert "look likelier" not in dialog.headline.text()
    dialog.reject()
