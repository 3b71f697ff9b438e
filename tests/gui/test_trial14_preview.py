"""New-user trial 14: the import preview with rows left out as unlike papers.

Real widgets offscreen, a real library file and real pastes from tests/data/listings-holdout29
(development data; see that folder's MANIFEST): 003, a geology society's day programme whose
welcome line is read as a paper and left out.
"""

from __future__ import annotations

from pathlib import Path

from tests.gui.test_import_preview import paste

HOLDOUT29 = Path(__file__).resolve().parents[1] / "data" / "listings-holdout29"
PROGRAMME = next(HOLDOUT29.glob("003_*.txt"))


def test_a_layout_that_reads_no_paper_gives_no_left_out_row_back(qtbot, empty_window) -> None:  # type: ignore[no-untyped-def]
    # The welcome line's segment read as "Timed schedule" held no paper, yet the headline said
    # "1 row first read as unlike a paper starts ticked there": there was no such row.
    dialog = paste(qtbot, empty_window, PROGRAMME.read_text(encoding="utf-8"))
    model = dialog.model
    assert "1 row unticked as unlike a paper" in dialog.headline.text()
    dialog.switch_layout(0, "timed-talks")
    qtbot.waitUntil(lambda: model.segment_layout(0) == "timed-talks", timeout=10000)
    assert model.rowCount(model.index(0, 0)) == 0
    text = dialog.headline.text()
    assert "starts ticked" not in text and "unticked as unlike" not in text, text
