"""A damaged library whose checks quote names that are not UTF-8 (bytes of a broken page) is
reported as damaged, not met with UnicodeDecodeError (make torture found one among 150 damaged
files: the command line died with a traceback)."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

from papershelf.store import health


def library_with_an_undecodable_index(tmp_path: Path) -> Path:
    path = tmp_path / "damaged.db"
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("CREATE TABLE papers_like (title TEXT)")
        conn.executemany("INSERT INTO papers_like VALUES (?)", [(f"row {n}",) for n in range(500)])
        conn.execute("CREATE INDEX idx_zzzz ON papers_like (title)")
        conn.commit()
    data = bytearray(path.read_bytes())
    at = data.find(b"row 100")
    data[at : at + 7] = b"ROW 100"  # the table's text no longer what its index holds
    path.write_bytes(bytes(data).replace(b"idx_zzzz", b"idx_\xa0\xa0\xa0\xa0"))
    return path


def test_an_undecodable_name_in_the_check_is_reported(tmp_path: Path) -> None:
    path = library_with_an_undecodable_index(tmp_path)
    with closing(sqlite3.connect(path, isolation_level=None)) as conn:
        try:
            conn.execute("PRAGMA integrity_check(5)").fetchall()
            raised = False
        except (sqlite3.OperationalError, UnicodeDecodeError):
            raised = True
        assert raised  # what the checks met before they read the rows as bytes
        rows = health.check_rows(conn, "integrity_check(5)")
        assert rows and "missing from index idx_\ufffd" in rows[0]
        problems = health.deep_problems(conn)
    assert problems[0].startswith("integrity check: ") and "idx_\ufffd" in problems[0]
    assert conn.text_factory is str  # the connection reads text as before
