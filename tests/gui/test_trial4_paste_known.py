"""Trial 4, C: papers pasted again from a listing the library already holds (the first 70
lines of seeds/003, imported with the seeds) are marked already in the library and unticked,
as in Zotero; ticking one says that importing it merges it into the paper it already is."""

from __future__ import annotations

from PySide6.QtCore import Qt

from papershelf.gui.main_window import MainWindow
from papershelf.gui.models.import_preview import COLUMN, IN_LIBRARY, IN_LIBRARY_TICKED
from tests.conftest import seed
from tests.gui.test_import_preview import paste, rows


def first_lines(count: int) -> str:
    return "\n".join(seed("003").read_text(encoding="utf-8").splitlines()[:count]) + "\n"


def test_papers_already_in_the_library_are_unticked(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    library = window.library
    before = library.count()
    dialog = paste(qtbot, window, first_lines(70))
    model = dialog.model
    titles = rows(model)
    assert len(titles) == 5
    assert rows(model, "already in library") == [IN_LIBRARY] * 5
    assert model.ticked_count() == 0
    assert not dialog.import_button.isEnabled()
    top = model.index(0, 0)
    first = model.index(0, 0, top)
    assert first.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    there = model.index(0, COLUMN["already in library"], top)
    (paper_id,) = [
        i for (i,) in library.conn.execute("SELECT id FROM papers WHERE title = ?", (titles[0],))
    ]
    assert there.data(Qt.ItemDataRole.ToolTipRole).startswith(
        f"Already in your library as “{titles[0]}” (#{paper_id})."
    )
    changed: list[int] = []
    model.dataChanged.connect(lambda a, b, *_: changed.append(b.column()))
    model.setData(first, Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    assert max(changed) >= COLUMN["already in library"]  # the cell is repainted
    assert there.data() == IN_LIBRARY_TICKED
    # Whole in its column, not "already in library …" (seen under Xvfb).
    column = dialog.tree.header().sectionSize(COLUMN["already in library"])
    assert dialog.tree.fontMetrics().horizontalAdvance(IN_LIBRARY_TICKED) + 12 <= column
    assert dialog.import_button.text() == "Import 1 paper"
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.file_actions.last_import is not None, timeout=20000)
    assert library.count() == before  # merged into the paper it already was
    assert window.file_actions.last_import.reports[0].new == 0


def test_new_papers_beside_known_ones_stay_ticked(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    library = window.library
    known = first_lines(70)
    dialog = paste(qtbot, window, known)
    titles = rows(dialog.model)
    dialog.reject()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    window.file_actions.preview_dialog = None
    library.trash(
        [i for (i,) in library.conn.execute("SELECT id FROM papers WHERE title = ?", (titles[1],))]
    )
    library.empty_trash()  # the second paper is gone from the library: new again
    dialog = paste(qtbot, window, known)
    ticks = [
        dialog.model.index(row, 0, dialog.model.index(0, 0)).data(Qt.ItemDataRole.CheckStateRole)
        for row in range(5)
    ]
    assert ticks == [Qt.CheckState.Unchecked, Qt.CheckState.Checked] + [Qt.CheckState.Unchecked] * 3
    assert rows(dialog.model, "already in library")[1] in (None, "")
    assert dialog.import_button.text() == "Import 1 paper"
    dialog.reject()
