"""Register Papershelf with the desktop for this user: the .desktop entry, the icons in the
hicolor theme and the AppStream metainfo, under $XDG_DATA_HOME (~/.local/share) or the folder
given. Reads the files from the installed package, so it works from a wheel as from a checkout:
`python -m papershelf.desktop` after `pip install`, `make install-desktop` in a checkout."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from importlib.resources import as_file, files
from pathlib import Path

APP_ID = "io.github.papershelf.Papershelf"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def data_home() -> Path:
    return Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")


def install(target: Path) -> list[Path]:
    """Copy the files under target; returns what was written."""
    package = files("papershelf.resources")
    plan = [
        (f"{APP_ID}.desktop", target / "applications" / f"{APP_ID}.desktop"),
        (f"{APP_ID}.metainfo.xml", target / "metainfo" / f"{APP_ID}.metainfo.xml"),
        ("icons/papershelf.svg", target / "icons/hicolor/scalable/apps" / f"{APP_ID}.svg"),
    ]
    plan += [
        (f"icons/papershelf-{n}.png", target / f"icons/hicolor/{n}x{n}/apps/{APP_ID}.png")
        for n in PNG_SIZES
    ]
    written = []
    for name, destination in plan:
        destination.parent.mkdir(parents=True, exist_ok=True)
        with as_file(package.joinpath(name)) as source:
            shutil.copyfile(source, destination)
        written.append(destination)
    return written


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    target = Path(args[0]) if args else data_home()
    for path in install(target):
        print(path)
    # Menus pick the entry up without a log-out where these caches exist.
    for command in (
        ["update-desktop-database", str(target / "applications")],
        ["gtk-update-icon-cache", "-q", "-t", str(target / "icons/hicolor")],
    ):
        if shutil.which(command[0]):
            subprocess.run(command, check=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
