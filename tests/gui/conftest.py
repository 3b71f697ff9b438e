"""GUI fixtures: a real MainWindow on a real seeded library file, settings in a temp dir."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from papershelf.gui.main_window import MainWindow
from papershelf.library import Library


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def window(qtbot, seeded_path: Path, settings: QSettings) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    library = Library(seeded_path)
    main = MainWindow(library, settings=settings)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    yield main
    main.close()
    library.close()


@pytest.fixture
def answer_yes(monkeypatch: pytest.MonkeyPatch) -> None:
    """Confirmation boxes are answered Yes, as a user would click."""
    monkeypatch.setattr(
        QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.Yes
    )
