"""Commands that only look at the library never create one (trial item 27), and a typed date
is checked like an imported one (trial item 12)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from papershelf.cli import EXIT_INPUT, EXIT_LIBRARY, main
from papershelf.core.errors import InvalidValue
from papershelf.library import Library
from tests.conftest import SEED_FILES

LOOKING = [
    ["summary"],
    ["summary", "--json"],
    ["list"],
    ["list", "--search", "diffusion"],
    ["show", "1"],
    ["tags"],
    ["related", "1"],
    ["duplicates"],
    ["export", "-f", "bibtex"],
    ["queue", "list"],
    ["autoexport", "list"],
    ["sync", "status"],
    ["backup"],
]


@pytest.mark.parametrize("argv", LOOKING, ids=" ".join)
def test_a_look_at_no_library_creates_none(
    argv: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "shelf" / "papershelf.db"
    db.parent.mkdir()
    assert main(["--db", str(db), *argv]) == EXIT_LIBRARY
    _out, err = capsys.readouterr()
    assert f"no library at {db} yet" in err
    assert list(db.parent.iterdir()) == []


def test_the_default_library_is_not_created_by_summary(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("XDG_", "PAPERSHELF_"))}
    env["HOME"] = str(home)
    done = subprocess.run(
        [sys.executable, "-m", "papershelf", "summary"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == EXIT_LIBRARY and "no library at" in done.stderr
    assert list(home.rglob("*")) == []


def test_import_still_creates_the_library(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "papershelf.db"
    assert main(["--db", str(db), "import", "--quiet", str(SEED_FILES[0])]) == 0
    assert main(["--db", str(db), "summary"]) == 0
    assert db.exists()


@pytest.mark.parametrize(
    ("typed", "stored"),
    [("2022", "2022"), ("March 2022", "2022-03"), ("14 March 2022", "2022-03-14")],
)
def test_a_typed_date_is_stored_as_iso(seeded_path: Path, typed: str, stored: str) -> None:
    with Library(seeded_path) as library:
        library.update_paper(1, date=typed)
        paper = library.paper(1)
    assert (paper["date"], paper["date_text"]) == (stored, typed)
    assert "year" not in paper["needs_review"] and "date" not in paper["needs_review"]


@pytest.mark.parametrize(
    ("typed", "why"),
    [
        ("sometime in 2022?", "is not a date"),
        ("March 14", "has no year"),
        ("2022-13", "is no date: there is no month 13"),
        ("2022-02-30", "is no date: February 2022 has no day 30"),
    ],
)
def test_a_typed_date_without_a_year_is_refused(
    seeded_path: Path, typed: str, why: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with Library(seeded_path) as library:
        before = library.paper(1)["date"]
        with pytest.raises(InvalidValue, match=re.escape(f"'{typed}' {why};")):
            library.update_paper(1, date=typed)
    assert main(["--db", str(seeded_path), "edit", "1", "--date", typed]) == EXIT_INPUT
    assert f"'{typed}' {why};" in capsys.readouterr().err
    with Library(seeded_path) as library:
        assert library.paper(1)["date"] == before
