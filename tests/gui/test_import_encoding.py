"""The import summary says when a file was read as something other than UTF-8, and names the
bytes it replaced."""

from __future__ import annotations

from pathlib import Path

from papershelf.gui.dialogs.import_summary import summary_text
from papershelf.gui.tasks import ImportOutcome
from papershelf.library import Library
from tests.conftest import DATA, seed


def test_summary_names_the_encoding_and_the_replaced_bytes(
    library: Library, tmp_path: Path
) -> None:
    text = seed("003").read_bytes()
    at = text.index(b"MMTok")
    path = tmp_path / "003-bad.txt"
    path.write_bytes(text[:at] + b"\xff" + text[at:])
    reports = [
        library.import_path(DATA / "encodings" / "musuos-bsp.bib"),
        library.import_path(path),
    ]
    shown = summary_text(ImportOutcome(reports=reports)).split("\n")
    assert shown[0].startswith("musuos-bsp.bib: BibTeX (read as windows-1252), ")
    assert any(line.startswith("003-bad.txt: arXiv search, 20 papers") for line in shown)
    assert any("not UTF-8: byte \\xff replaced" in line for line in shown)


def test_a_one_line_summary_is_a_small_box_and_a_long_one_scrolls(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Trial 5: "Import finished" was a 320 px box for one line."""
    from papershelf.gui.dialogs.import_summary import ImportSummary
    from papershelf.library.imports import ImportReport

    one = ImportSummary(ImportOutcome(reports=[ImportReport("a.txt", "labelled", 3, new=3)]))
    qtbot.addWidget(one)
    many = ImportOutcome(
        reports=[ImportReport(f"{n}.txt", "labelled", 3, new=3) for n in range(40)]
    )
    long = ImportSummary(many)
    qtbot.addWidget(long)
    assert one.height() < long.height() <= 320
