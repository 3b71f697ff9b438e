"""The real app under Xvfb, driven by xdotool for a long while: does it survive? (`make soak`)

Starts a virtual X screen, opens `papershelf --db TMP` on a copy of the seed library and sends it
seeded random keys and clicks (ratings 0-5, status keys N T G R K D, arrows, Ctrl+F and typing,
clicks on sidebar nodes and table rows, Ctrl+Z / Ctrl+Shift+Z) for SOAK_MINUTES (default 20).
A crash is the process ending on its own or "Fatal Python error" on its stderr; the app is then
started again and the soak goes on. A screenshot is saved every few minutes; at the end the
figures are printed: actions sent, minutes, crashes, dialogs closed, PRAGMA integrity_check.

    python scripts/soak.py [--minutes 20] [--seed N] [--app-python PATH]

`--app-python` runs the app with another interpreter (e.g. a venv holding another PySide6).
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCREEN = (1600, 1000)
SEARCH_WORDS = ("clip", "learning", "author:qian", "year:>=2024", "tag:clip", "few-shot", "noisy")
STATUS_KEYS = "ntgrkd"
# Where things sit in a fresh window (1400x820 at the screen's top left, splitter 210|900|400),
# measured on a screenshot of the seed library:
SIDEBAR_X = (25, 180)
SIDEBAR_ROWS_Y = (26, 300)  # "All papers" down to a little below "Trash"
SIDEBAR_ROW_HEIGHT = 14
TABLE_X = (300, 1000)
TABLE_FIRST_ROW_Y = 66
ROW_HEIGHT = 22
TABLE_ROWS = 30


@dataclass
class Figures:
    seed: int
    actions: int = 0
    crashes: int = 0
    dialogs_closed: int = 0
    fatal_errors: list[str] = field(default_factory=list)
    screenshots: list[Path] = field(default_factory=list)
    started: float = field(default_factory=time.monotonic)

    def minutes(self) -> float:
        return (time.monotonic() - self.started) / 60


def main() -> int:
    sys.stdout.reconfigure(line_buffering=True)  # type: ignore[union-attr]  # progress shows live
    args = parse_args()
    for tool in ("Xvfb", "xdotool"):
        if shutil.which(tool) is None:
            print(f"{tool} not found: run `bash .ci/system-deps` first", file=sys.stderr)
            return 1
    work = Path(tempfile.mkdtemp(prefix="papershelf-soak-"))
    print(f"soak: seed {args.seed} (SOAK_SEED={args.seed} repeats it), {args.minutes} min, {work}")
    db = work / "library.db"
    seed_library(db)
    display, xvfb = start_xvfb()
    try:
        figures = soak(args, work, db, display)
    finally:
        xvfb.terminate()
        xvfb.wait(timeout=10)
    integrity = integrity_check(db)
    print_figures(figures, integrity, args, work)
    return 0 if figures.crashes == 0 and integrity == "ok" else 1


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--minutes", type=float, default=float(os.environ.get("SOAK_MINUTES", "20"))
    )
    parser.add_argument(
        "--seed", type=int, default=int(os.environ.get("SOAK_SEED", random.randrange(10**6)))
    )
    parser.add_argument("--app-python", default=sys.executable, help="interpreter for the app")
    parser.add_argument("--shot-minutes", type=float, default=5.0, help="minutes between shots")
    parser.add_argument("--delay", type=float, default=0.05, help="seconds between actions")
    return parser.parse_args()


def seed_library(path: Path) -> None:
    """The seed listings, with a few tags, ratings and a queue so every key has work to do."""
    sys.path.insert(0, str(ROOT / "src"))
    from papershelf.library import Library, import_all
    from papershelf.store.search import Filter

    with Library(path) as library:
        _reports, failures = import_all(library, sorted((ROOT / "seeds").glob("*.txt")))
        if failures:
            raise SystemExit(f"the seed listings did not import: {failures}")
        clip = library.query_ids(Filter(search="clip"))
        library.tag(clip, add=["clip"])
        library.tag(library.query_ids(Filter(search='"few-shot"')), add=["few-shot"])
        library.create_queue("thesis")
        library.enqueue("thesis", clip[:6])


def start_xvfb() -> tuple[str, subprocess.Popen[bytes]]:
    """Xvfb picks a free display itself and writes its number to a pipe (-displayfd)."""
    read, write = os.pipe()
    size = f"{SCREEN[0]}x{SCREEN[1]}x24"
    xvfb = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", size, "-nolisten", "tcp"],
        pass_fds=(write,),
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    with os.fdopen(read) as pipe:
        number = pipe.readline().strip()
    if not number:
        raise SystemExit("Xvfb did not start")
    return f":{number}", xvfb


class App:
    """One run of the real app; its stderr goes to a file so a fatal error can be read back."""

    def __init__(self, args: argparse.Namespace, work: Path, db: Path, display: str) -> None:
        self.env = {
            **os.environ,
            "DISPLAY": display,
            "QT_QPA_PLATFORM": "xcb",
            "XDG_CONFIG_HOME": str(work / "config"),  # fresh settings: the default layout
            "XDG_DATA_HOME": str(work / "data"),
        }
        self.command = [args.app_python, "-m", "papershelf", "--db", str(db)]
        self.stderr_path = work / "app-stderr.log"
        self.process: subprocess.Popen[bytes] | None = None
        self.window = ""

    def start(self) -> None:
        shutil.rmtree(self.env["XDG_CONFIG_HOME"], ignore_errors=True)  # the default layout
        stderr = self.stderr_path.open("ab")
        self.process = subprocess.Popen(
            self.command, env=self.env, stderr=stderr, stdout=subprocess.DEVNULL
        )
        stderr.close()
        self.window = self._wait_for_window()
        self.xdo("windowmove", self.window, "0", "0")
        self.xdo("windowfocus", "--sync", self.window)

    def _wait_for_window(self) -> str:
        assert self.process is not None
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise SystemExit(f"the app exited at start-up; see {self.stderr_path}")
            found = [w for w in self.windows() if self.title(w).startswith("Papershelf — ")]
            if found:
                return found[0]
            time.sleep(0.3)
        raise SystemExit("the app's window did not appear within 60 s")

    def windows(self) -> list[str]:
        """The app's visible windows (the main one, dialogs, tooltips, menus)."""
        assert self.process is not None
        result = subprocess.run(
            ["xdotool", "search", "--all", "--onlyvisible", "--pid", str(self.process.pid)],
            env=self.env,
            capture_output=True,
            text=True,
            check=False,
        )
        return result.stdout.split()

    def title(self, window: str) -> str:
        result = subprocess.run(
            ["xdotool", "getwindowname", window],
            env=self.env,
            capture_output=True,
            text=True,
            check=False,
        )
        return result.stdout.strip()

    def xdo(self, *arguments: str) -> None:
        subprocess.run(["xdotool", *arguments], env=self.env, check=False, capture_output=True)

    def alive(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def fatal_errors(self) -> list[str]:
        text = self.stderr_path.read_text(errors="replace") if self.stderr_path.exists() else ""
        return [line for line in text.splitlines() if "Fatal Python error" in line]

    def stop(self) -> None:
        if self.process is None or self.process.poll() is not None:
            return
        self.xdo("windowfocus", "--sync", self.window)
        self.xdo("key", "--window", self.window, "alt+F4")
        self.process.terminate()  # no window manager to honour a close request
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


def soak(args: argparse.Namespace, work: Path, db: Path, display: str) -> Figures:
    rng = random.Random(args.seed)
    figures = Figures(seed=args.seed)
    app = App(args, work, db, display)
    app.start()
    shots = work / "screenshots"
    shots.mkdir()
    next_shot = 0.0
    fatal_seen = 0
    while figures.minutes() < args.minutes:
        if figures.minutes() >= next_shot:
            figures.screenshots.append(screenshot(app, shots / f"{len(figures.screenshots)}.png"))
            next_shot += args.shot_minutes
        if not app.alive() or len(app.fatal_errors()) > fatal_seen:
            figures.crashes += 1
            fatal_seen = len(app.fatal_errors())
            print(
                f"soak: crash {figures.crashes} after {figures.actions} actions, "
                f"{figures.minutes():.1f} min (exit {app.process.poll() if app.process else '?'})"
            )
            app.stop()
            app.start()
            continue
        if figures.actions % 10 == 0:
            figures.dialogs_closed += close_stray_dialogs(app)
        act(app, rng)
        figures.actions += 1
        time.sleep(args.delay)
    figures.screenshots.append(screenshot(app, shots / f"{len(figures.screenshots)}.png"))
    figures.fatal_errors = app.fatal_errors()
    if not app.alive():
        figures.crashes += 1
    app.stop()
    return figures


def close_stray_dialogs(app: App) -> int:
    """A message box the soak cannot read would swallow every key after it: Escape it.
    (Tooltips and menus are windows too, but have no title.)"""
    extra = [w for w in app.windows() if w != app.window and app.title(w)]
    for window in extra:
        print(f"soak: closing a dialog: {app.title(window)!r}")
        app.xdo("key", "--window", window, "Escape")
    if extra:
        app.xdo("windowfocus", "--sync", app.window)
    return len(extra)


def act(app: App, rng: random.Random) -> None:
    kind = rng.choices(
        ("rate", "status", "arrow", "search", "sidebar", "row", "undo", "redo"),
        weights=(20, 20, 20, 6, 8, 14, 6, 6),
    )[0]
    if kind == "rate":
        key(app, str(rng.randrange(6)))
    elif kind == "status":
        key(app, rng.choice(STATUS_KEYS))
    elif kind == "arrow":
        key(app, rng.choice(("Up", "Down", "Down", "Page_Down", "Page_Up", "Home", "End")))
    elif kind == "search":
        key(app, "ctrl+f")
        word = rng.choice((*SEARCH_WORDS, ""))
        app.xdo("key", "--window", app.window, "ctrl+a", "BackSpace")
        if word:
            app.xdo("type", "--delay", "20", word)
        time.sleep(0.3)  # the search waits for typing to stop
        click_row(app, rng)  # back to the table, as a user would, so keys act on papers
    elif kind == "sidebar":
        x = rng.randint(*SIDEBAR_X)
        y = rng.randrange(SIDEBAR_ROWS_Y[0], SIDEBAR_ROWS_Y[1], SIDEBAR_ROW_HEIGHT)
        click(app, x, y)
        click_row(app, rng)
    elif kind == "row":
        click_row(app, rng)
    elif kind == "undo":
        key(app, "ctrl+z")
    else:
        key(app, "ctrl+shift+z")


def key(app: App, name: str) -> None:
    app.xdo("key", "--window", app.window, name)


def click(app: App, x: int, y: int) -> None:
    app.xdo("mousemove", "--window", app.window, str(x), str(y), "click", "1")


def click_row(app: App, rng: random.Random) -> None:
    row = rng.randrange(TABLE_ROWS)
    click(app, rng.randint(*TABLE_X), TABLE_FIRST_ROW_Y + row * ROW_HEIGHT + ROW_HEIGHT // 2)


def screenshot(app: App, target: Path) -> Path:
    """The whole virtual screen, grabbed by a short-lived Qt process (no extra Debian package)."""
    code = (
        "import sys; from PySide6.QtGui import QGuiApplication; a = QGuiApplication([]); "
        "QGuiApplication.primaryScreen().grabWindow(0).save(sys.argv[1])"
    )
    subprocess.run([sys.executable, "-c", code, str(target)], env=app.env, check=False, timeout=60)
    return target


def integrity_check(db: Path) -> str:
    with sqlite3.connect(db) as conn:
        rows = conn.execute("PRAGMA integrity_check").fetchall()
    return "; ".join(str(row[0]) for row in rows)


def print_figures(figures: Figures, integrity: str, args: argparse.Namespace, work: Path) -> None:
    version = subprocess.run(
        [args.app_python, "-c", "import PySide6, sys; print(PySide6.__version__, sys.version)"],
        capture_output=True,
        text=True,
        check=False,
    ).stdout.split()
    print("soak: figures")
    print(f"  seed            {figures.seed}")
    print(f"  PySide6         {' on Python '.join(version[:2]) if version else '?'}")
    print(f"  actions sent    {figures.actions}")
    print(f"  minutes         {figures.minutes():.1f}")
    print(f"  crashes         {figures.crashes}")
    print(f"  fatal errors    {len(figures.fatal_errors)} {figures.fatal_errors[:1]}")
    print(f"  dialogs closed  {figures.dialogs_closed}")
    print(f"  integrity_check {integrity}")
    print(f"  screenshots     {work / 'screenshots'} ({len(figures.screenshots)})")


if __name__ == "__main__":
    sys.exit(main())
