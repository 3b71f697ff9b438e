"""A large .bib comes in whole, and the import has no step that grows with the library.

The large file is generated from the real files in tests/data/bib: each file's blocks copied
again and again, every citation key (and every crossref/xdata naming one) given a copy suffix,
so that the entries are real ones with distinct keys. Correctness only: speed is in the bench.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from bibtexparser import model
from bibtexparser.splitter import Splitter

from papershelf.importers import worker
from papershelf.importers.decode import read_listing
from papershelf.library import Library
from papershelf.library.imports import ImportCancelled
from papershelf.store.batch import _CANDIDATES
from tests.conftest import DATA
from tests.unit.test_bib_roundtrip import differences, exported_entries, original_entries

FILES = sorted((DATA / "bib").glob("*.bib"))
ENTRIES = 5000
_REFERENCE = re.compile(
    r"^(\s*(?:crossref|xdata|xref|entryset|related)\s*=\s*[{\"])([^}\"]*)", re.I | re.M
)
_OPENING = re.compile(r"[{(]\s*")


def _copy(blocks: list[model.Block], suffix: str) -> str:
    """The file's blocks again, its keys (and the keys its entries name) suffixed."""
    out = []
    for block in blocks:
        raw = block.raw
        if isinstance(block, model.Entry):
            opening = _OPENING.search(raw)
            assert opening is not None and raw.startswith(block.key, opening.end())
            head, rest = raw[: opening.end()], raw[opening.end() + len(block.key) :]
            rest = _REFERENCE.sub(
                lambda m: m[1] + ",".join(k.strip() + suffix for k in m[2].split(",")), rest
            )
            raw = head + block.key + suffix + rest
        out.append(raw)
    return "\n\n".join(out) + "\n\n"


def large_bib(path: Path, entries: int) -> int:
    """Copies of every real file until `entries` entries are written; returns the count."""
    files = [Splitter(read_listing(p)).split().blocks for p in FILES]
    pieces, count, copy = [], 0, 0
    while count < entries:
        for blocks in files:
            pieces.append(_copy(blocks, f"-c{copy}"))
            count += sum(isinstance(b, model.Entry) for b in blocks)
        copy += 1
    path.write_text("".join(pieces), encoding="utf-8")
    return count


def test_a_large_generated_bib_keeps_every_key_and_field(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = tmp_path / "large.bib"
    count = large_bib(source, ENTRIES)
    monkeypatch.setattr(worker, "PROCESS_MIN_BYTES", 0)  # parsed beside the writer, as a big file
    with Library(tmp_path / "lib.db") as library:
        report = library.import_path(source)
        exported = exported_entries(library.export(library.query_ids(), "bibtex"))
    before = original_entries(source)
    assert len(before) == report.new == count >= ENTRIES
    assert sorted(exported) == sorted(before)
    # BibTeX style: biblatex-only commands go out as plain LaTeX (test_bib_roundtrip)
    lost = {key: differences(f, exported[key], plain=True) for key, f in before.items()}
    assert {key: found for key, found in lost.items() if found} == {}


def test_finding_a_batchs_matches_uses_indexes_not_a_scan(tmp_path: Path) -> None:
    """Every batch asks for its candidates: a scan of the papers there made a 100k import
    quadratic (1.8 s a batch at 100k papers)."""
    with Library(tmp_path / "lib.db") as library:
        empty = dict.fromkeys("cadtk", "[]")
        plan = library.conn.execute(f"EXPLAIN QUERY PLAN {_CANDIDATES}", empty).fetchall()
    steps = [row[3] for row in plan]
    assert not [step for step in steps if step.startswith("SCAN papers")], steps
    assert sum("SEARCH papers USING INDEX" in step for step in steps) == 5, steps


def test_entries_parsed_beside_the_writer_merge_with_their_names_and_fields(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A record crosses from the parsing process with its names and kept fields as its row's
    JSON only; one that meets its paper again gets them back before it merges."""
    monkeypatch.setattr(worker, "PROCESS_MIN_BYTES", 0)
    bare, full = tmp_path / "bare.bib", tmp_path / "full.bib"
    bare.write_text("".join(f"@article{{k{i}, title = {{T {i}}}}}\n" for i in range(300)))
    full.write_text(
        "".join(
            f"@article{{k{i}, title = {{T {i}}}, pages = {{{i}--9}},\n"
            f"  author = {{King, Jr., Martin Luther and {{Google DeepMind}} and A. N{i}}}}}\n"
            for i in range(300)
        )
    )
    with Library(tmp_path / "lib.db") as library:
        library.import_path(bare)
        report = library.import_path(full)
        papers = [library.paper(paper_id) for paper_id in library.query_ids()]
    assert report.merged == len(papers) == 300
    for paper in papers:
        number = paper["citation_key"][1:]
        assert paper["names"] == [
            {"given": "Martin Luther", "family": "King", "jr": "Jr."},
            {"literal": "Google DeepMind"},
            {"given": "A.", "family": f"N{number}"},
        ]
        assert paper["bib_fields"]["fields"]["pages"] == f"{{{number}--9}}"


def _stored(library: Library) -> tuple[object, ...]:
    from tests.unit.test_library_import import library_content

    conn = library.conn
    return (
        library_content(library),
        conn.execute("SELECT paper_id FROM dup_stale ORDER BY 1").fetchall(),
        conn.execute("SELECT * FROM review_flags ORDER BY 1, 2").fetchall(),
        conn.execute("SELECT type, name, sql FROM sqlite_master ORDER BY name").fetchall(),
    )


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_duplicate_marks_set_after_store_what_the_trigger_does(
    path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A big import marks its new papers for the duplicate finder in one statement at the end,
    not through the per-row trigger (store.bulk), and leaves the same library behind. The file
    comes twice over, in batches of 7, so records meet their own papers across batches."""
    doubled = tmp_path / path.name
    text = read_listing(path)
    doubled.write_text(f"{text}\n{text}", encoding="utf-8")
    monkeypatch.setattr("papershelf.library.imports.IMPORT_BATCH", 7)
    with Library(tmp_path / "usual.db") as library:
        library.import_path(doubled)
        usual = _stored(library)
    monkeypatch.setattr("papershelf.store.bulk.MARKS_AFTER_FROM", 0)
    statements: list[str] = []
    with Library(tmp_path / "filled.db") as library:
        library.conn.set_trace_callback(statements.append)
        library.import_path(doubled)
        library.conn.set_trace_callback(None)
        assert _stored(library) == usual
    assert "DROP TRIGGER dup_stale_insert" in statements


def test_a_failed_big_import_leaves_the_schema_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("papershelf.store.bulk.MARKS_AFTER_FROM", 0)
    monkeypatch.setattr("papershelf.store.bulk.DEFER_INDEXES_FROM", 0)
    monkeypatch.setattr("papershelf.library.imports.IMPORT_BATCH", 7)
    batches = 0

    def cancel_after_three() -> bool:
        nonlocal batches
        batches += 1
        return batches > 3

    with Library(tmp_path / "lib.db") as library:
        before = _stored(library)
        with pytest.raises(ImportCancelled):
            library.import_path(FILES[0], cancelled=cancel_after_three)
        assert batches > 3 and _stored(library) == before
        report = library.import_path(FILES[0])
        assert report.new and _stored(library)[3] == before[3]
