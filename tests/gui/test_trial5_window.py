"""Trial 5 (a fresh clone, `make run` under Xvfb, driven with xdotool): an export's own key
writes were announced as a change made elsewhere, over the "Exported" line; the trash question
said "them" of one paper; the preview's layout list put the arXiv layouts after "Works cited"."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMessageBox

from papershelf.gui.main_window import MainWindow
from papershelf.library import Library
from tests.gui.test_import_preview import listing, paste
from tests.gui.test_trial4_window import opened


def test_an_export_is_announced_as_ours_and_its_key_shows_at_once(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    first = window.model.ids[0]
    window.view.highlight([first])
    assert window.detail.key.text() == ""
    dialog = window.file_actions.export_selection()
    dialog.save(tmp_path / "one.bib")
    qtbot.waitUntil(lambda: dialog.saved_to is not None, timeout=20000)
    window.view.check_external_changes()  # the window's watch, as its timer runs it
    message = window.statusBar().currentMessage()
    assert message == f"Exported 1 paper to {tmp_path / 'one.bib'}"
    key = window.library.paper(first)["citation_key"]
    assert key and f"{{{key}," in (tmp_path / "one.bib").read_text(encoding="utf-8")
    assert window.detail.key.text() == key  # the pane shows the key the export assigned


@pytest.mark.parametrize(("count", "pronoun"), [(1, "it"), (3, "them")])
def test_the_trash_question_speaks_of_one_paper_as_it(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, count: int, pronoun: str
) -> None:
    asked: list[str] = []

    def answer(_parent, _title, text, *_args, **_kwargs):  # type: ignore[no-untyped-def]
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    before = window.library.count()
    window.view.highlight(window.model.ids[:count])
    window.paper_actions.trash_selected()
    assert asked and f"restore {pronoun} from the Trash" in asked[0]
    assert window.library.count() == before - count


def test_the_layout_list_is_alphabetical_whatever_the_case(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    dialog = paste(qtbot, window, listing("014").read_text(encoding="utf-8"))
    combo = dialog.combos[0]
    labels = [combo.itemText(i) for i in range(combo.count())]
    assert labels == sorted(labels, key=str.casefold)
    assert labels.index("arXiv search") < labels.index("Works cited")
    dialog.reject()


def resized(qtbot, window: MainWindow, width: int, height: int) -> list[int]:  # type: ignore[no-untyped-def]
    window.resize(width, height)
    qtbot.waitUntil(lambda: window.size().width() == width)
    QApplication.processEvents()
    return window.splitter.sizes()


def test_a_window_made_small_then_large_gives_the_table_its_width_back(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    """Trial 5: 1400 -> 800 -> 1024 -> 1400 px left the detail pane 475 px wide instead of
    321 and the table 647 instead of 784 (titles cut after 15 characters)."""
    first = resized(qtbot, window, 1400, 820)
    small = resized(qtbot, window, 800, 520)
    assert small[2] < first[2] and small[1] < first[1]
    middle = resized(qtbot, window, 1024, 640)
    assert middle[2] <= first[2]
    assert resized(qtbot, window, 1400, 820) == first


def test_a_detail_pane_dragged_wider_keeps_its_share(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    first = resized(qtbot, window, 1400, 820)
    handle = window.splitter.sizes()[0] + first[1] - 100
    window.splitter.moveSplitter(handle, 2)  # as the reader's drag does
    QApplication.processEvents()
    dragged = window.splitter.sizes()
    assert dragged[2] > first[2] + 90
    resized(qtbot, window, 900, 560)
    assert resized(qtbot, window, 1400, 820)[2] == dragged[2]


def test_the_next_start_gives_the_detail_pane_its_share_not_a_small_screen_s(
    qtbot, seeded: Library, settings: QSettings
) -> None:  # type: ignore[no-untyped-def]
    first = opened(qtbot, seeded, settings, (1400, 820))
    wide = first.splitter.sizes()
    resized(qtbot, first, 800, 520)
    first.close()
    second = opened(qtbot, seeded, settings, (1400, 820))
    assert second.splitter.sizes()[2] == wide[2]
    second.close()


def test_the_layout_combo_shows_its_layout_whole_beside_long_author_lists(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    """Trial 5: pasting listing 005 (three long author names) left "Labelled car" in the
    combo: Authors took the room first."""
    dialog = paste(qtbot, window, listing("005").read_text(encoding="utf-8"))
    dialog.resize(1240, 620)  # as on the trial's 1400x900 screen (offscreen's is smaller)
    qtbot.waitUntil(lambda: dialog.tree.viewport().width() > 1100)
    QApplication.processEvents()
    for combo in dialog.combos:
        metrics = combo.fontMetrics()
        widest = max(metrics.horizontalAdvance(combo.itemText(i)) for i in range(combo.count()))
        frame = combo.sizeHint().width() - widest  # the arrow and the style's margins
        assert combo.width() >= frame + metrics.horizontalAdvance(combo.currentText())
    dialog.reject()
