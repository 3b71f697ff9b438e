"""Kept-updated .bib files: registered in the library, rewritten after changes, only when needed."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import bibtexparser
import pytest

from papershelf.cli import main
from papershelf.core.errors import NotFound, PapershelfError
from papershelf.library import Library
from papershelf.library.autoexport import Selection, selection_of
from papershelf.store.connection import migrate, schema_version
from papershelf.store.schema import LATEST, MIGRATIONS, v11_autoexports
from papershelf.store.search import Filter


def cli(db: Path, *args: str) -> int:
    return main(["--db", str(db), *args])


def keys(path: Path) -> list[str]:
    return [entry.key for entry in bibtexparser.parse_file(str(path)).entries]


def test_add_writes_now_and_lists(
    seeded_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "refs.bib"
    assert cli(seeded_path, "tag", "1", "2", "--add", "thesis") == 0
    assert (
        cli(
            seeded_path, "autoexport", "add", str(target), "--format", "biblatex", "--tag", "thesis"
        )
        == 0
    )
    assert len(keys(target)) == 2 and "date = {" in target.read_text()
    capsys.readouterr()
    assert cli(seeded_path, "autoexport", "list", "--json") == 0
    (row,) = json.loads(capsys.readouterr().out)
    assert row["path"] == str(target) and row["format"] == "biblatex"
    assert (row["kind"], row["value"], row["selection"]) == ("tag", "thesis", "tag: thesis")
    assert row["last_written"] and row["last_error"] is None
    assert cli(seeded_path, "autoexport", "list") == 0
    assert f"{target}  biblatex  tag: thesis  written " in capsys.readouterr().out


def test_a_cli_change_rewrites_before_the_command_returns(
    seeded_path: Path, tmp_path: Path
) -> None:
    target = tmp_path / "all.bib"
    assert cli(seeded_path, "autoexport", "add", str(target)) == 0
    assert "rank5" not in target.read_text()
    assert cli(seeded_path, "rate", "1", "5") == 0
    assert "ranking = {rank5}" in target.read_text()
    assert cli(seeded_path, "trash", "1") == 0
    assert len(keys(target)) == 146


def test_unchanged_bytes_leave_the_file_untouched(seeded_path: Path, tmp_path: Path) -> None:
    target = tmp_path / "thesis.bib"
    cli(seeded_path, "tag", "1", "--add", "thesis")
    cli(seeded_path, "autoexport", "add", str(target), "--tag", "thesis")
    before = target.stat()
    assert cli(seeded_path, "rate", "7", "3") == 0  # paper 7 is not in the file
    after = target.stat()
    assert (after.st_ino, after.st_mtime_ns) == (before.st_ino, before.st_mtime_ns)
    assert cli(seeded_path, "rate", "1", "3") == 0
    assert target.stat().st_ino != before.st_ino  # replaced by a rename, not edited in place


def test_a_queue_file_keeps_the_queue_order(seeded: Library, tmp_path: Path) -> None:
    seeded.create_queue("thesis")
    seeded.enqueue("thesis", [9, 3, 5])
    target = tmp_path / "queue.bib"
    seeded.add_autoexport(target, "bibtex", Selection("queue", "thesis"))
    assert keys(target) == [seeded.paper(i)["citation_key"] for i in (9, 3, 5)]
    seeded.move_in_queue("thesis", [5], 1)
    seeded.refresh_autoexports()
    assert keys(target) == [seeded.paper(i)["citation_key"] for i in (5, 9, 3)]


def test_a_failure_is_kept_and_shown_then_cleared(
    seeded_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "paper"
    folder.mkdir()
    target = folder / "refs.bib"
    cli(seeded_path, "autoexport", "add", str(target))
    written = target.read_bytes()
    shutil.rmtree(folder)  # the LaTeX project was moved away
    capsys.readouterr()
    assert cli(seeded_path, "rate", "1", "4") == 0  # the change itself succeeded
    err = capsys.readouterr().err
    assert err.startswith(f"papershelf: warning: kept-updated {target}: cannot write"), err
    cli(seeded_path, "autoexport", "list")
    assert "error: " in capsys.readouterr().out
    folder.mkdir()
    assert cli(seeded_path, "rate", "1", "5") == 0
    with Library(seeded_path) as library:
        (row,) = library.autoexports()
    assert row["last_error"] is None and target.read_bytes() != written


def test_a_deleted_queue_is_an_error_and_the_file_stays(seeded: Library, tmp_path: Path) -> None:
    seeded.create_queue("later")
    seeded.enqueue("later", [4])
    target = tmp_path / "later.bib"
    seeded.add_autoexport(target, "bibtex", Selection("queue", "later"))
    content = target.read_bytes()
    seeded.delete_queue("later")
    (outcome,) = seeded.refresh_autoexports()
    assert outcome.error and "no queue named 'later'" in outcome.error
    assert target.read_bytes() == content
    assert seeded.autoexports()[0]["last_error"] == outcome.error


def test_remove_stops_updating_and_keeps_the_file(seeded: Library, tmp_path: Path) -> None:
    target = tmp_path / "refs.bib"
    seeded.add_autoexport(target, "bibtex", Selection())
    seeded.remove_autoexport(target)
    seeded.rate([1], 5)
    assert seeded.refresh_autoexports() == [] and "rank5" not in target.read_text()
    with pytest.raises(NotFound):
        seeded.remove_autoexport(target)


def test_bad_requests_are_refused_before_anything_is_stored(
    seeded: Library, tmp_path: Path
) -> None:
    with pytest.raises(PapershelfError, match="no tag named"):
        seeded.add_autoexport(tmp_path / "a.bib", "bibtex", Selection("tag", "nope"))
    with pytest.raises(PapershelfError, match="is the open library"):
        seeded.add_autoexport(seeded.path, "bibtex", Selection())
    with pytest.raises(PapershelfError, match="bibtex or biblatex"):
        seeded.add_autoexport(tmp_path / "a.json", "csl-json", Selection())
    with pytest.raises(PapershelfError, match="at most one"):
        selection_of(tag="a", queue="b", search=None)
    assert seeded.autoexports() == []
    assert not (tmp_path / "a.bib").exists()


def test_migration_adds_the_table_and_empties_the_old_rendering_cache(tmp_path: Path) -> None:
    step = MIGRATIONS.index(v11_autoexports) + 1
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path, isolation_level=None)
    migrate(conn, target=step - 1)
    conn.execute("INSERT INTO papers (id, title, added, modified) VALUES (1, 't', 'x', 'x')")
    conn.execute("INSERT INTO entry_cache VALUES (1, 'bibtex', 'k', '@misc{k, month = {apr}}')")
    conn.close()
    with Library(path) as library:
        assert schema_version(library.conn) == LATEST
        assert library.conn.execute("SELECT count(*) FROM entry_cache").fetchone()[0] == 0
        assert library.autoexports() == []


def test_a_search_file_follows_the_search(seeded_path: Path, tmp_path: Path) -> None:
    target = tmp_path / "clip.bib"
    assert cli(seeded_path, "autoexport", "add", str(target), "--search", "clip") == 0
    with Library(seeded_path) as library:
        expected = library.count(Filter(search="clip"))
    assert len(keys(target)) == expected > 0
    assert cli(seeded_path, "edit", "1", "--title", "CLIP for segmentation") == 0
    assert len(keys(target)) == expected + 1
