"""Open the app on the seed library under Xvfb and save screenshots: docs/screenshot.png (the
main window, 1400x820) and beside it -queue, -notes, -dashboard (1400x820) and -small (1024x640)."""

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
        library.set_tag_colour("distillation", "#a28ae5")  # a colour given from the tag's menu
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
    from PySide6.QtWidgets import QApplication, QWidget

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
    window.show()
    shown: dict[str, QWidget] = {}

    def view(node: str, search: str = "") -> None:
        window.sidebar.setCurrentIndex(window.sidebar_model.find(node))
        window.search.setText(search)
        window.view.apply_search()
        window.table.selectRow(0)

    def main_view(width: int = 1400, height: int = 820) -> None:
        window.resize(width, height)
        view("all", "clip")

    def queue_view() -> None:
        window.resize(1400, 820)
        view("queue:Thesis chapter 2")
        window.table.selectRow(3)

    def notes_view() -> None:
        main_view()
        window.detail.tabs.setCurrentIndex(1)  # Notes

    def dashboard() -> None:
        window.detail.tabs.setCurrentIndex(0)
        shown["dashboard"] = window.show_dashboard()

    shots = [
        (target, main_view),
        (target.with_name(f"{target.stem}-queue.png"), queue_view),
        (target.with_name(f"{target.stem}-notes.png"), notes_view),
        (target.with_name(f"{target.stem}-dashboard.png"), dashboard),
        (target.with_name(f"{target.stem}-small.png"), lambda: main_view(1024, 640)),
    ]

    def save(widget: QWidget, file: Path) -> None:
        frame = widget.frameGeometry()
        image = QApplication.primaryScreen().grabWindow(
            0, frame.x(), frame.y(), frame.width(), frame.height()
        )
        if image.isNull():
            image = widget.grab()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        file.parent.mkdir(parents=True, exist_ok=True)
        write_bytes_atomic(file, bytes(data.data()))
        print(f"saved {file}")

    def step(number: int) -> None:
        if number == len(shots):
            window.close()
            app.quit()
            return
        file, arrange = shots[number]
        arrange()

        def grab() -> None:
            dialog = shown.pop("dashboard", None)
            save(dialog or window, file)
            if dialog is not None:
                dialog.close()
            step(number + 1)

        QTimer.singleShot(1200, grab)

    QTimer.singleShot(300, lambda: step(0))
    app.exec()
    library.close()
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT / "src"))
    sys.exit(main())
