"""Trial 10: a new user's first hour in the real window (PySide6 6.11.3 from PyPI, under Xvfb).

Real pastes from tests/data/listings-holdout19 and -holdout20 (see their MANIFESTs).
"""

from __future__ import annotations

from pathlib import Path

from papershelf.gui.main_window import MainWindow
from papershelf.library.preview import AS_DETECTED
from tests.conftest import DATA
from tests.gui.test_import_preview import paste, rows
from tests.gui.test_trial9_second_reading import paper_warnings, segment_warning


def listing(holdout: str, prefix: str) -> Path:
    (path,) = [p for p in (DATA / holdout).glob(f"{prefix}_*") if p.suffix in (".md", ".txt")]
    return path


def test_switching_back_names_no_paper_as_lost_that_is_read_on_its_line(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    """holdout20 014, read as 'A title and its people, a line each', then As detected ('Pasted
    text': 'Aumann (1976) Agreeing to Disagree'), then 'A title and its people' again: the
    preview said "5 papers read as 'Pasted text' are not read as 'A title and its people, a
    line each' (lines 9, 15, 19, 22, 25)" beside 'Agreeing to Disagree', read on line 9; all
    five were there, their titles without the '(1976)' the first reading had glued on."""
    dialog = paste(qtbot, window, listing("listings-holdout20", "014").read_text("utf-8"))
    model = dialog.model
    assert model.segment_layout(0) == "two-part-lines"
    model.switch(0, AS_DETECTED)
    assert model.segment_layout(0) == "generic"
    model.switch(0, "two-part-lines")
    assert "Agreeing to Disagree" in rows(model)
    said = [*paper_warnings(model), segment_warning(model)]
    assert not any("not read as" in cell for cell in said), said
    dialog.reject()
