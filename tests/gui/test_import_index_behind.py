"""The window's import task: the papers of a big import are searchable once it has run, the
listing index having caught up behind the import's result."""

from __future__ import annotations

from pathlib import Path

from benchmarks.generate import write_arxiv_listing

from papershelf.gui.tasks import ImportJob, ImportOutcome, ImportTask
from papershelf.library import Library
from papershelf.store import fts
from papershelf.store.search import Filter


def test_the_import_task_indexes_a_big_import_after_reporting_it(tmp_path: Path) -> None:
    listing = write_arxiv_listing(tmp_path / "big.txt", 1500, seed=11)
    database = tmp_path / "lib.db"
    Library(database).close()
    task = ImportTask(database, ImportJob(paths=[listing]))
    pending_when_reported: list[int] = []

    def reported(outcome: ImportOutcome) -> None:
        assert outcome.reports[0].new == 1500
        with Library(database) as library:
            pending_when_reported.append(fts.pending(library.conn))

    task.signals.finished.connect(reported)
    task.run()  # on this thread: the signal is delivered at once
    assert pending_when_reported == [1500]  # the result came before the index caught up
    with Library(database) as library:
        assert fts.pending(library.conn) == 0
        fts.check(library.conn)
        (title,) = library.conn.execute("SELECT title FROM papers WHERE id = 700").fetchone()
        assert 700 in library.query_ids(Filter(search=f'"{title}"'))
