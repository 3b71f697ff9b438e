"""Open the app on the seed library under Xvfb and save a screenshot: docs/screenshot.png."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    target = Path(sys.argv[1] if len(sys.argv) > 1 else ROOT / "docs" / "screenshot.png").resolve()
    if not os.environ.get("PAPERSHELF_UNDER_XVFB"):
        if shutil.which("xvfb-run") is None:
            print("xvfb-run not found: run `bash .ci/system-deps` first", file=sys.stderr)
            return 1
        env = {**os.environ, "PAPERSHELF_UNDER_XVFB": "1", "QT_QPA_PLATFORM": "xcb"}
        command = [
            "xvfb-run",
            "-a",
            "-s",
            "-screen 0 1600x1000x24",
            sys.executable,
            __file__,
            str(target),
        ]
        return subprocess.run(command, env=env, check=False).returncode
    return shoot(target)


def seed_library(path: Path) -> None:
    from papershelf.library import Library, import_all
    from papershelf.store.search import Filter

    with Library(path) as library:
        import_all(library, sorted((ROOT / "seeds").glob("*.txt")))
        clip = library.query_ids(Filter(search="clip"))
        library.tag(clip, add=["clip"])
        library.tag(library.query_ids(Filter(search='"few-shot"')), add=["few-shot"])
        library.tag(library.query_ids(Filter(search="distillation")), add=["distillation"])
        library.rate(clip[:4], 5)
        library.rate(clip[4:8], 3)
        library.set_status(clip[:3], "read")
        library.set_status(clip[3:6], "to-read")
        library.create_queue("Thesis chapter 2")
        library.enqueue("Thesis chapter 2", clip[:6])
        library.add_note(
            clip[0], "**Why it matters:** zero-shot baseline to beat.\n\n- compare with InMaP"
        )


def shoot(target: Path) -> int:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from papershelf.files import write_bytes_atomic
    from papershelf.gui.app import make_application
    from papershelf.gui.main_window import MainWindow
    from papershelf.library import Library

    workdir = Path(tempfile.mkdtemp())
    path = workdir / "papershelf.db"
    seed_library(path)
    app = make_application()
    settings = QSettings(str(workdir / "settings.ini"), QSettings.Format.IniFormat)
    library = Library(path)
    window = MainWindow(library, settings=settings)
    window.resize(1560, 940)
    window.show()
    window.search.setText("clip")
    window.view.apply_search()
    window.table.selectRow(0)

    def grab() -> None:
        target.parent.mkdir(parents=True, exist_ok=True)
        screen = QApplication.primaryScreen()
        image = screen.grabWindow(
            0,
            window.x(),
            window.y(),
            window.frameGeometry().width(),
            window.frameGeometry().height(),
        )
        if image.isNull():
            image = window.grab()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        write_bytes_atomic(target, bytes(data.data()))
        print(f"saved {target}")
        window.close()
        app.quit()

    QTimer.singleShot(1500, grab)
    app.exec()
    library.close()
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT / "src"))
    sys.exit(main())
