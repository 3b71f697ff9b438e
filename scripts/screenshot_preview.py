"""The import preview of a real paste, under Xvfb: docs/import-preview.png.

The paste is two excerpts of tests/data/listings one after the other (an arXiv search copied
into notes, 038, and a reading group's agenda, 022; see the MANIFEST there), put on the
clipboard as a browser would and read through the window's own Ctrl+Shift+V.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LISTINGS = ROOT / "tests" / "data" / "listings"
PASTES = ("038_arxiv-search-paste-in-notes.md", "022_reading-group-agenda.md")


def main() -> int:
    target = Path(sys.argv[1] if len(sys.argv) > 1 else ROOT / "docs" / "import-preview.png")
    target = target.resolve()
    if not os.environ.get("PAPERSHELF_UNDER_XVFB"):
        if shutil.which("xvfb-run") is None:
            print("xvfb-run not found: run `bash .ci/system-deps` first", file=sys.stderr)
            return 1
        env = {**os.environ, "PAPERSHELF_UNDER_XVFB": "1", "QT_QPA_PLATFORM": "xcb"}
        command = ["xvfb-run", "-a", "-s", "-screen 0 1600x1000x24", sys.executable, __file__]
        return subprocess.run([*command, str(target)], env=env, check=False).returncode
    return shoot(target)


def shoot(target: Path) -> int:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMimeData, QSettings, Qt, QTimer
    from PySide6.QtWidgets import QApplication

    from papershelf.files import write_bytes_atomic
    from papershelf.gui.app import make_application
    from papershelf.gui.dialogs.import_preview import ImportPreviewDialog
    from papershelf.gui.main_window import MainWindow
    from papershelf.library import Library

    workdir = Path(tempfile.mkdtemp())
    app = make_application()
    settings = QSettings(str(workdir / "settings.ini"), QSettings.Format.IniFormat)
    library = Library(workdir / "papershelf.db")
    window = MainWindow(library, settings=settings)
    window.resize(1200, 800)
    window.show()
    mime = QMimeData()
    mime.setText("\n\n".join((LISTINGS / name).read_text("utf-8") for name in PASTES))
    QApplication.clipboard().setMimeData(mime)
    window.file_actions.paste_listing()

    def grab() -> None:
        dialog = window.file_actions.preview_dialog
        if dialog is None:
            QTimer.singleShot(200, grab)
            return
        dialog.resize(1180, 640)
        model = dialog.model
        agenda = model.index(1, 0)
        model.setData(
            model.index(2, 0, agenda), Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole
        )
        QTimer.singleShot(500, lambda: save(dialog))

    def save(dialog: ImportPreviewDialog) -> None:
        image = dialog.grab()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        target.parent.mkdir(parents=True, exist_ok=True)
        write_bytes_atomic(target, bytes(data.data()))
        print(f"saved {target}")
        dialog.reject()
        window.close()
        app.quit()

    QTimer.singleShot(500, grab)
    app.exec()
    library.close()
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT / "src"))
    sys.exit(main())
