"""Trial 4, D and E: the export dialog stores nothing until it writes (a cancelled export
leaves the papers without keys), and says what it exports, the highlighted papers or the
whole view, with the choice, whether one row or several are highlighted."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from papershelf.gui import file_dialogs
from papershelf.gui.main_window import MainWindow


def stored_key(window: MainWindow, paper_id: int) -> str | None:
    return window.library.paper(paper_id)["citation_key"]


def test_a_cancelled_export_assigns_no_keys(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    first = window.model.ids[0]
    window.view.highlight([first])
    assert stored_key(window, first) is None
    monkeypatch.setattr(file_dialogs, "save_file_name", lambda *_a, **_k: "")
    dialog = window.file_actions.export_selection()
    shown = dialog.preview.toPlainText()
    assert shown.startswith("@")  # the key the export would give is shown...
    key = shown.split("{", 1)[1].split(",", 1)[0]
    assert key
    dialog.format.setCurrentIndex(dialog.format.findData("csl-json"))
    assert f'"id": "{key}"' in dialog.preview.toPlainText()
    dialog.save()  # the reader cancels the file dialog
    dialog.reject()
    assert stored_key(window, first) is None  # ...but not stored
    assert window.detail.key.text() == ""
    assert window.detail.key.placeholderText() == "assigned on first export"


def test_the_export_stores_the_keys_its_preview_showed(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    ids = window.model.ids[:3]
    window.view.highlight(ids)
    dialog = window.file_actions.export_selection()
    previewed = dialog.preview.toPlainText()
    dialog.save(tmp_path / "three.bib")
    qtbot.waitUntil(lambda: dialog.saved_to is not None, timeout=20000)
    assert (tmp_path / "three.bib").read_text(encoding="utf-8") == previewed
    for paper_id in ids:
        key = stored_key(window, paper_id)
        assert key and f"{{{key}," in previewed


@pytest.mark.parametrize("highlighted", [1, 3])
def test_the_dialog_says_what_it_exports_and_offers_the_view(
    qtbot, window: MainWindow, highlighted: int
) -> None:  # type: ignore[no-untyped-def]
    ids = window.model.ids[:highlighted]
    window.view.highlight(ids)
    dialog = window.file_actions.export_selection()  # Ctrl+Shift+E
    assert dialog.ids == ids  # one row as several: the highlighted papers
    assert dialog.only_selected is not None and dialog.whole_view is not None
    assert dialog.only_selected.isChecked()
    chosen = "the selected paper" if highlighted == 1 else f"the {highlighted} selected papers"
    assert dialog.only_selected.text() == chosen
    assert dialog.whole_view.text() == "the 147 papers in this view"
    paper = "paper" if highlighted == 1 else "papers"
    assert dialog.windowTitle() == f"Export {highlighted} {paper} — Reading list"
    assert dialog.preview.toPlainText().count("\n@") + 1 == highlighted
    qtbot.mouseClick(dialog.whole_view, Qt.MouseButton.LeftButton)
    assert dialog.whole_view.isChecked()
    assert dialog.ids == window.model.all_ids()
    assert dialog.windowTitle() == "Export 147 papers — Reading list"
    assert "… and 47 more papers, written when you save." in dialog.preview.toPlainText()
    qtbot.mouseClick(dialog.only_selected, Qt.MouseButton.LeftButton)
    assert dialog.ids == ids
    dialog.close()


def test_with_nothing_highlighted_the_whole_view_is_exported_without_a_choice(
    window: MainWindow,
) -> None:
    window.table.clearSelection()
    dialog = window.file_actions.export_selection()
    assert dialog.ids == window.model.all_ids()
    assert dialog.only_selected is None and dialog.whole_view is None
    dialog.close()
