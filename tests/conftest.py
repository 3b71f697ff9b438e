"""Shared fixtures. Qt runs offscreen; every library is a real SQLite file in a temp dir."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("PAPERSHELF_DB", None)

import pytest

from papershelf.library import Library, import_all, imports
from tests.syncing import Replica, start

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SEED_FILES = sorted(SEEDS.glob("*.txt"))
DATA = Path(__file__).resolve().parent / "data"


def seed(prefix: str) -> Path:
    (path,) = [p for p in SEED_FILES if p.name.startswith(prefix)]
    return path


@pytest.fixture(scope="session")
def seeded_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seeds imported at one instant. Each file's papers are stamped when it is read, and
    the default order (added, then date) mixed the files differently when the import crossed
    a second: CI's run put a flagged paper first where the tests met an unflagged one."""
    path = tmp_path_factory.mktemp("template") / "seeded.db"
    instant = imports.now()
    with pytest.MonkeyPatch.context() as patch, Library(path) as library:
        patch.setattr(imports, "now", lambda: instant)
        _reports, failures = import_all(library, SEED_FILES)
        assert not failures
        library.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return path


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "library.db"


@pytest.fixture
def library(db_path: Path) -> Library:
    with Library(db_path) as opened:
        yield opened


@pytest.fixture
def seeded_path(seeded_template: Path, tmp_path: Path) -> Path:
    target = tmp_path / "seeded.db"
    shutil.copy(seeded_template, target)
    return target


@pytest.fixture
def seeded(seeded_path: Path) -> Library:
    with Library(seeded_path) as opened:
        yield opened


@pytest.fixture
def pair(seeded: Library, tmp_path: Path) -> Iterator[list[Replica]]:
    """Two machines syncing through their own copies of one folder: the seeded library on the
    laptop, an empty one on the desktop (tests/syncing.py)."""
    replicas = start(tmp_path, ["laptop", "desktop"], first=seeded)
    yield replicas
    for replica in replicas:
        replica.library.close()


def by_title(library: Library, title: str) -> dict:
    rows = library.conn.execute("SELECT id FROM papers WHERE title = ?", (title,)).fetchall()
    assert len(rows) == 1, f"{title!r}: {len(rows)} papers"
    return library.paper(rows[0][0])
