"""resources/: the desktop entry and metainfo pass the freedesktop validators, the package holds
every file in a built wheel, and the icons load from that wheel (not from the checkout)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
RESOURCES = ROOT / "resources"
APP_ID = "io.github.papershelf.Papershelf"
TRAINING = "refstrings"  # annotated reference strings (MANIFEST.md there), not package data


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
        if path.is_file() and "__pycache__" not in path.parts and TRAINING not in path.parts
    }
    assert expected <= names
    # the reference CRF's training strings stay in the repository: only its model ships
    assert not any(name.startswith(f"papershelf/resources/{TRAINING}/") for name in names)
    assert "papershelf/resources/ref_fields.crfsuite" in names
    assert "papershelf/resources/papershelf.qss" in names


@pytest.fixture(scope="module")
def installed(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh venv with the wheel installed by pip (no index: nothing is downloaded). Its
    dependencies (PySide6, sqlite-utils, …) are lent by this interpreter's site-packages through
    a .pth line, which adds the folder only: the checkout's editable install there (a .pth of
    its own) stays inactive, so `papershelf` can only come from the wheel."""
    venv = tmp_path_factory.mktemp("venv") / "fresh"
    made = subprocess.run(
        [sys.executable, "-m", "venv", "--without-pip", str(venv)],
        capture_output=True,
        text=True,
        check=False,
    )
    if made.returncode != 0:
        pytest.skip(f"cannot create a venv here: {made.stderr.strip()}")
    python = venv / "bin" / "python"
    site = Path(
        subprocess.run(
            [python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    )
    lent = [p for p in sys.path if p.endswith("site-packages") and Path(p).is_dir()]
    (site / "zz_lent_dependencies.pth").write_text("\n".join(lent) + "\n", encoding="utf-8")
    pip = [sys.executable, "-m", "pip", "--python", str(python), "install", "-q"]
    # Without PYTHONPATH: a checkout's src/ on it (with an egg-info there) reads as papershelf
    # already installed, and pip would skip the wheel.
    bare = {key: value for key, value in os.environ.items() if key != "PYTHONPATH"}
    subprocess.run(
        [*pip, "--no-deps", "--no-index", str(wheel)],
        capture_output=True,
        check=True,
        env=bare,
    )
    return venv


def run_installed(venv: Path, *args: str, cwd: Path) -> str:
    result = subprocess.run(
        [str(venv / "bin" / "python"), *args],
        capture_output=True,
        text=True,
        check=False,
        cwd=cwd,  # not the checkout: its src/ must not be importable by accident
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin", "HOME": str(cwd)},
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


PROBE = """
import xml.etree.ElementTree as tree
from configparser import ConfigParser
import papershelf
from PySide6.QtWidgets import QApplication
app = QApplication([])
from papershelf.gui.resources import APP_ID, action_icon, app_icon, apply_look, resource
apply_look(app)
entry = ConfigParser(interpolation=None)
entry.read_string(resource(APP_ID + ".desktop").read_text(encoding="utf-8"))
meta = tree.fromstring(resource(APP_ID + ".metainfo.xml").read_bytes())
print(papershelf.__file__)
print(resource("papershelf.qss"))
print(sorted(s.width() for s in app_icon().availableSizes()))
print(all(not action_icon(n).isNull() for n in ("import", "paste", "export", "tag", "undo")))
print("QTableView#paperTable" in app.styleSheet(), "@" not in app.styleSheet().split("*/", 1)[1])
print(entry["Desktop Entry"]["Icon"], entry["Desktop Entry"]["Exec"].split()[0])
print(meta.findtext("id"), meta.findtext("launchable"))
"""


def test_resources_load_from_the_wheel_installed_in_a_fresh_venv(
    installed: Path, tmp_path: Path
) -> None:
    lines = run_installed(installed, "-c", PROBE, cwd=tmp_path).splitlines()
    module, sheet, sizes, icons, styled, entry, meta = lines
    assert module.startswith(str(installed))  # the wheel's copy, not the checkout's
    assert sheet.startswith(str(installed)) and "site-packages/papershelf/resources" in sheet
    assert sizes == "[16, 24, 32, 48, 64, 128, 256, 512]"
    assert icons == "True"
    assert styled == "True True"  # the stylesheet, filled in for the palette
    assert entry == f"{APP_ID} papershelf"
    assert meta == f"{APP_ID} {APP_ID}.desktop"
    assert (installed / "bin" / "papershelf").is_file()  # the console script the entry runs


REFERENCE_PROBE = """
from papershelf.importers.paste import ref_fields
print(ref_fields._tagger() is not None)
parsed = ref_fields.parse_reference(
    "Brennan K, Ilves T (2016) Soil crusts that remember rain. Fict Soil Biol 51:77-90"
)  # made up
print(parsed.title if parsed else None)
"""


def test_the_reference_model_loads_from_the_wheel(installed: Path, tmp_path: Path) -> None:
    """The reference-field model ships as package data and is read from the installed wheel."""
    loaded, title = run_installed(installed, "-c", REFERENCE_PROBE, cwd=tmp_path).splitlines()
    assert loaded == "True"
    assert title == "Soil crusts that remember rain"


def test_desktop_files_install_from_the_wheel(installed: Path, tmp_path: Path) -> None:
    share = tmp_path / "share"
    printed = run_installed(installed, "-m", "papershelf.desktop", str(share), cwd=tmp_path)
    desktop = share / "applications" / f"{APP_ID}.desktop"
    assert str(desktop) in printed.splitlines()
    assert desktop.read_bytes() == (RESOURCES / f"{APP_ID}.desktop").read_bytes()
    svg = share / "icons/hicolor/scalable/apps" / f"{APP_ID}.svg"
    assert svg.read_bytes() == (RESOURCES / "icons" / "papershelf.svg").read_bytes()
    validated = subprocess.run(
        ["desktop-file-validate", str(desktop)], capture_output=True, text=True, check=False
    )
    assert validated.returncode == 0, validated.stdout
