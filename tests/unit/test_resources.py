"""resources/: the desktop entry and metainfo pass the freedesktop validators, the package holds
every file in a built wheel, and the icons load from that wheel (not from the checkout)."""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
RESOURCES = ROOT / "resources"
APP_ID = "io.github.papershelf.Papershelf"


def test_desktop_entry_passes_desktop_file_validate() -> None:
    result = subprocess.run(
        ["desktop-file-validate", str(RESOURCES / f"{APP_ID}.desktop")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "error" not in result.stdout.lower()


def test_metainfo_passes_appstreamcli_validate() -> None:
    result = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(RESOURCES / f"{APP_ID}.metainfo.xml")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_install_desktop_writes_the_entry_icons_and_metainfo(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "install_desktop.py"), str(tmp_path)],
        capture_output=True,
        text=True,
        check=True,
    )
    desktop = tmp_path / "applications" / f"{APP_ID}.desktop"
    assert str(desktop) in result.stdout
    assert f"Icon={APP_ID}" in desktop.read_text(encoding="utf-8")
    assert (tmp_path / "metainfo" / f"{APP_ID}.metainfo.xml").is_file()
    assert (tmp_path / "icons/hicolor/scalable/apps" / f"{APP_ID}.svg").is_file()
    png = tmp_path / "icons/hicolor/48x48/apps" / f"{APP_ID}.png"
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A wheel built offline from a copy of the project's sources (the checkout stays clean)."""
    source = tmp_path_factory.mktemp("source")
    for name in ("pyproject.toml", "setup.py", "README.md"):
        shutil.copy(ROOT / name, source / name)
    for folder in ("src", "resources"):
        shutil.copytree(
            ROOT / folder,
            source / folder,
            ignore=shutil.ignore_patterns("__pycache__", "*.egg-info"),
        )
    out = tmp_path_factory.mktemp("wheel")
    build = [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation"]
    subprocess.run(
        [*build, "-w", str(out), str(source)],
        check=True,
        capture_output=True,
    )
    (built,) = out.glob("papershelf-*.whl")
    return built


def test_wheel_holds_every_resource(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    expected = {
        "papershelf/resources/" + path.relative_to(RESOURCES).as_posix()
        for path in RESOURCES.rglob("*")
        if path.is_file() and "__pycache__" not in path.parts
    }
    assert expected <= names
    assert "papershelf/resources/papershelf.qss" in names


def test_icons_and_stylesheet_load_from_the_installed_wheel(wheel: Path, tmp_path: Path) -> None:
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    probe = (
        "import papershelf, sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from papershelf.gui.resources import app_icon, action_icon, resource, stylesheet\n"
        "print(papershelf.__file__)\n"
        "print(resource('icons/papershelf.svg'))\n"
        "print(sorted(s.width() for s in app_icon().availableSizes()))\n"
        "print(action_icon('tag').isNull(), 'QTableView#paperTable' in stylesheet())\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        check=True,
        cwd=tmp_path,
        env={"PYTHONPATH": str(site), "QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
    )
    module, icon, sizes, checks = result.stdout.splitlines()
    assert module.startswith(str(site))  # the wheel's copy, not the checkout's
    assert icon.startswith(str(site))
    assert sizes == "[16, 24, 32, 48, 64, 128, 256, 512]"
    assert checks == "False True"
