"""New-user trial 13: `papershelf import` on a paste with a record left out as unlike a paper.

A real paste: tests/data/listings-holdout24's 022, a symposium's agenda page whose heading is
read as a record and left out (see that folder's MANIFEST).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from papershelf.cli import main
from papershelf.library import Library
from papershelf.store.search import Filter
from tests.conftest import DATA

(AGENDA,) = (DATA / "listings-holdout24").glob("022_*.txt")
HEADING = "Eco-DAS VIII Symposium Agenda"


def test_one_record_left_out_is_worded_as_one(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    db = tmp_path / "library.db"
    assert main(["--db", str(db), "import", str(AGENDA)]) == 0
    out = capsys.readouterr().out
    # It read "1 record left out as unlike papers (line 1); --include-unlikely imports them".
    assert "1 record left out as unlike a paper (line 1); --include-unlikely imports it" in out
    assert main(["--db", str(db), "import", "--dry-run", str(AGENDA)]) == 0
    assert "16 papers, 1 of them left out as unlike a paper (" in capsys.readouterr().out


def test_a_reader_s_reason_is_not_said_review_twice(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    # "warning: needs review (review: read as a speaker's name …)", as the window's summary
    # no longer says since trial 7.
    db = tmp_path / "library.db"
    assert main(["--db", str(db), "import", str(AGENDA)]) == 0
    out = capsys.readouterr().out
    assert "warning: needs review (read as a speaker's name" in out
    assert "(review: " not in out
    assert main(["--db", str(db), "import", "--dry-run", str(AGENDA)]) == 0
    assert "(review: " not in capsys.readouterr().out


def test_a_dry_run_into_a_closed_pipe_is_one_error_line(tmp_path: Path) -> None:
    """`papershelf import --dry-run notes.md | head`: it ended in a BrokenPipeError traceback.

    The pipe is closed before the command writes (it reads the file first): whether a reader
    that stops after ten bytes closes it before the last write depends on the machine's load."""
    args = ["--db", str(tmp_path / "library.db"), "import", "--dry-run", str(AGENDA)]
    with subprocess.Popen(
        [sys.executable, "-m", "papershelf", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    ) as process:
        assert process.stdout is not None and process.stderr is not None
        process.stdout.close()
        err = process.stderr.read().decode()
        assert process.wait() == 1
    assert err.count("\n") == 1 and err.startswith("papershelf: error: standard output"), err


def test_dry_run_says_unlike_a_paper_first(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    db = tmp_path / "library.db"
    assert main(["--db", str(db), "import", "--dry-run", str(AGENDA)]) == 0
    out = capsys.readouterr().out
    assert "(left out) Eco-DAS VIII Symposium Agenda  [review: unlike a paper (likelihood" in out


def test_a_record_imported_though_unlike_a_paper_is_named_among_the_warnings(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    # Ticked in the preview (or --include-unlikely), the heading came in flagged, but the
    # summary said "0 warnings" or only its other flag: nothing told it had been left out.
    db = tmp_path / "library.db"
    assert main(["--db", str(db), "import", "--include-unlikely", str(AGENDA)]) == 0
    out = capsys.readouterr().out
    assert ":1: warning: needs review (unlike a paper (likelihood 0.2" in out
    assert "16 warnings" not in out and "17 warnings" in out


def test_reviewed_clears_a_paper_s_flags(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    # Imported with --include-unlikely, the heading stayed flagged: no command cleared a
    # reader's own reason.
    db = tmp_path / "library.db"
    assert main(["--db", str(db), "import", "--include-unlikely", str(AGENDA)]) == 0
    with Library(db) as library:
        (heading,) = [p for p in library.papers(library.query_ids()) if p["title"] == HEADING]
    capsys.readouterr()
    assert main(["--db", str(db), "reviewed", str(heading["id"])]) == 0
    assert capsys.readouterr().out == "Marked 1 paper reviewed\n"
    with Library(db) as library:
        assert library.paper(heading["id"])["needs_review"] == []
        assert library.counts()["review"] == 15  # the talks keep theirs


def test_needs_finds_a_reader_s_reason_by_its_first_word(tmp_path: Path) -> None:
    # `needs:unlike` found nothing: a reader's reasons ("review: unlike a paper (…)") matched
    # only whole, so the records imported though left out could not be found among the rest.
    with Library(tmp_path / "library.db") as library:
        library.import_path(AGENDA, include_unlikely=True)
        (found,) = library.papers(library.query_ids(Filter(search="needs:unlike")))
        assert found["title"] == HEADING
        assert library.count(Filter(search="needs:read")) == 15  # "read as a speaker's name …"
        assert library.count(Filter(search="needs:title")) == 0  # the code, not "title found…"
