"""Trial 37: `papershelf import` of several files said what each file brought and left out,
and nowhere how many papers the import brought in all, as the window's summary now does
("Imported 12 papers; 3 unticked rows not imported"). It ends with a total line now, and its
--json report has "totals" (the keys it had are kept)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from papershelf.cli import main
from tests.conftest import DATA

AGENDA = DATA / "listings" / "022_reading-group-agenda.md"  # 7 papers, none left out (2 till s39)
TABLE = DATA / "listings" / "043_md-table-zh-keywords.md"  # 4 papers, 1 record left out


def run(capsys: pytest.CaptureFixture[str], db: Path, *argv: str) -> str:
    assert main(["--db", str(db), "import", *argv, str(AGENDA), str(TABLE)]) == 0
    return capsys.readouterr().out


def test_several_files_end_with_the_total(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    out = run(capsys, tmp_path / "library.db")
    last = out.splitlines()[-1]
    assert last == "Imported 11 papers from 2 files; 1 record left out as unlike a paper"


def test_the_json_report_adds_the_totals_and_keeps_its_keys(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    report = json.loads(run(capsys, tmp_path / "library.db", "--json"))
    assert set(report) == {"files", "errors", "totals"}
    assert report["totals"] == {"files": 2, "papers": 11, "imported": 11, "left_out": 1}
    assert [len(file["left_out"]) for file in report["files"]] == [0, 1]


def test_one_file_says_no_total(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    db = tmp_path / "library.db"
    assert main(["--db", str(db), "import", str(TABLE)]) == 0
    assert "Imported" not in capsys.readouterr().out


def test_files_imported_before_bring_none(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    db = tmp_path / "library.db"
    run(capsys, db)
    again = json.loads(run(capsys, db, "--json"))["totals"]
    assert again == {"files": 2, "papers": 11, "imported": 0, "left_out": 1}
    assert run(capsys, db).splitlines()[-1].startswith("Imported 0 papers from 2 files")
