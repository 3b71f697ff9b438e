"""New-user trial 13: the import preview's rows left out as unlike papers.

Real widgets offscreen, a real library file and a real paste: tests/data/listings-holdout24's
022, a symposium's agenda page whose heading is read as a record and left out (see that
folder's MANIFEST).
"""

from __future__ import annotations

from tests.gui.test_import_preview import paste, rows
from tests.gui.test_preview_left_out import AGENDA, HEADING, empty_window  # noqa: F401


def test_a_left_out_row_s_warnings_start_with_why_it_is_unticked(qtbot, empty_window) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    # The heading's other flag ("title found by one cue only (date)") came first: the narrow
    # Warnings column showed "⚑ check: title fo…", not the reason the headline points to.
    dialog = paste(qtbot, empty_window, AGENDA.read_text(encoding="utf-8"))
    titles, warnings = rows(dialog.model), rows(dialog.model, "warnings")
    assert titles[0] == HEADING
    assert warnings[0].startswith("⚑ check: unlike a paper (likelihood 0.2"), warnings[0]
    assert "title found by one cue only" in warnings[0]  # still said, after it
