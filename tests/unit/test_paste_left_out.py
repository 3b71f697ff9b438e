"""Records unlike papers are read, flagged and left out unless asked for
(importers/paste/plausible.leave_out): the pipeline marks them, an import leaves them out and
says so, `--include-unlikely` imports them, `--dry-run` shows them with the reason.

The records built in the first tests are MADE UP (titles and names invented); the paste is a
committed real excerpt of tests/data/listings-holdout24 (an early-career symposium's agenda page:
its heading "Eco-DAS VIII Symposium Agenda" is read as a record, among fifteen talks).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from scripts.fidelity import HOLDOUT24, expected_papers, title_key

from papershelf.cli import main
from papershelf.core.records import PaperRecord
from papershelf.importers.paste import plausible
from papershelf.importers.pipeline import read_listing
from papershelf.library import Library

AGENDA = next(HOLDOUT24.glob("022_page-aquatic-science-early-career-symposium-agenda*.txt"))
HEADING = "Eco-DAS VIII Symposium Agenda"


def _paper(line: int, title: str) -> PaperRecord:
    return PaperRecord(
        line, title, authors=["Ines Quill", "Tomas Fenn"], date="2021-03-04", confidence=0.8
    )


def test_a_button_among_papers_is_left_out_with_the_reason() -> None:
    button = PaperRecord(5, "Read more", confidence=0.5)
    papers = [
        _paper(1, "Patient optimisers arrive calmer"),
        _paper(9, "Quiet models for loud data"),
    ]
    records = [papers[0], button, papers[1]]
    assert plausible.leave_out(records) == [button]
    assert button.left_out and not any(paper.left_out for paper in papers)
    (reason,) = button.needs_review
    assert reason.startswith("review: unlike a paper (likelihood 0.")
    assert "no names, date, identifier, link" in reason
    assert "its title is a link's or a button's words" in reason


def test_an_identifier_an_abstract_or_an_exact_parser_keeps_a_record() -> None:
    kept = [
        PaperRecord(5, "Read more", doi="10.1234/q.19", confidence=0.5),
        PaperRecord(6, "Read more", abstract="We count slow gradients.", confidence=0.5),
        PaperRecord(7, "Read more"),  # an exact seed parser's (confidence None)
    ]
    assert plausible.leave_out([_paper(1, "Patient optimisers arrive calmer"), *kept]) == []
    assert not any(record.left_out or record.needs_review for record in kept)


def test_nothing_is_left_out_when_nothing_looks_likelier() -> None:
    """Bare titles alone, or one record alone: the user chose to import this paste."""
    doubtful = [PaperRecord(i, "Read more", confidence=0.5) for i in (1, 2)]
    assert plausible.leave_out(doubtful) == []
    assert plausible.leave_out([PaperRecord(1, "Web of Science", confidence=0.5)]) == []
    assert not any(record.left_out for record in doubtful)


def test_a_real_agenda_s_heading_is_left_out_and_its_talks_kept() -> None:
    preview = read_listing(AGENDA.read_text(encoding="utf-8"), AGENDA.name)
    left_out = [record.title for record in preview.records if record.left_out]
    assert left_out == [HEADING]
    expected = {title_key(paper["title"]) for paper in expected_papers(AGENDA)}
    kept = {title_key(preview.records[i].title) for i in preview.default_picks()}
    assert kept == expected and len(expected) == 15


def test_a_layout_the_user_names_leaves_nothing_out() -> None:
    """Read as one title a line, the agenda's heading and day lines are what the user asked for."""
    text = AGENDA.read_text(encoding="utf-8")
    preview = read_listing(text, AGENDA.name, layout="title-lines")
    assert preview.records[0].title == HEADING and len(preview.records) > 16
    assert not any(record.left_out for record in preview.records)


def test_import_leaves_them_out_and_says_so(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    db = tmp_path / "library.db"
    assert main(["--db", str(db), "import", str(AGENDA)]) == 0
    out = capsys.readouterr().out
    assert "15 papers — 15 new" in out
    assert "1 record left out as unlike a paper (line 1); --include-unlikely imports it" in out
    with Library(db) as library:
        titles = {paper["title"] for paper in library.papers(library.query_ids())}
    assert HEADING not in titles and len(titles) == 15


def test_include_unlikely_imports_every_record(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    db = tmp_path / "library.db"
    assert main(["--db", str(db), "import", "--json", "--include-unlikely", str(AGENDA)]) == 0
    (report,) = json.loads(capsys.readouterr().out)["files"]
    assert (report["papers"], report["left_out"]) == (16, [])
    with Library(db) as library:
        (heading,) = [p for p in library.papers(library.query_ids()) if p["title"] == HEADING]
    assert any(flag.startswith("review: unlike a paper") for flag in heading["needs_review"])


def test_the_json_report_names_the_lines_left_out(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    db = tmp_path / "library.db"
    assert main(["--db", str(db), "import", "--json", str(AGENDA)]) == 0
    (report,) = json.loads(capsys.readouterr().out)["files"]
    assert (report["papers"], report["left_out"]) == (15, [1])


def test_dry_run_shows_them_marked(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    db = tmp_path / "library.db"
    assert main(["--db", str(db), "import", "--dry-run", str(AGENDA)]) == 0
    out = capsys.readouterr().out
    assert "16 papers, 1 of them left out as unlike a paper" in out
    assert f"1: (left out) {HEADING}" in out and "unlike a paper (likelihood 0.2" in out
    assert main(["--db", str(db), "import", "--dry-run", "--json", str(AGENDA)]) == 0
    (file,) = json.loads(capsys.readouterr().out)["files"]
    records = [r for s in file["segments"] for r in s["records"]]
    assert [r["title"] for r in records if r["left_out"]] == [HEADING]
    assert not db.exists()
