"""Importing into a real library file: merging, idempotence, atomicity, bad input."""

from __future__ import annotations

import codecs
import hashlib
import sqlite3
from pathlib import Path

import pytest

from papershelf.core.errors import ImportFailed
from papershelf.importers import decode
from papershelf.library import ImportCancelled, Library
from tests.conftest import SEED_FILES, by_title, seed


def table_counts(library: Library) -> dict[str, int]:
    names = [
        r[0]
        for r in library.conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'papers_fts%' "
            "AND name NOT LIKE 'sqlite_%'"
        )
    ]
    return {
        name: library.conn.execute(f"SELECT count(*) FROM {name}").fetchone()[0] for name in names
    }


def dump(library: Library) -> list[str]:
    return list(library.conn.iterdump())


def test_seed_library_totals(seeded: Library) -> None:
    assert seeded.count() == 147  # 149 listed, 2 papers appear in both Hugging Face pages
    assert len(seeded.sources()) == 5


def test_cross_seed_duplicate_keeps_both_provenances_and_richest_fields(seeded: Library) -> None:
    paper = by_title(seeded, "Wasserstein Dependency Measure for Representation Learning")
    assert [(s["layout"], s["line"]) for s in paper["sources"]] == [
        ("hf-papers", 199),
        ("hf-daily", 37),
    ]
    assert paper["date"] == "2019-03-27"
    assert paper["author_count"] == 6
    positive = by_title(seeded, "Rethinking Positive Pairs in Contrastive Learning")
    assert [s["file"][:3] for s in positive["sources"]] == ["001", "004"]
    assert positive["date"] == "2024-10-23"


def test_reimport_changes_nothing(seeded: Library) -> None:
    before = dump(seeded)
    for path in SEED_FILES:
        report = seeded.import_path(path)
        assert report.already_imported
        assert (report.new, report.merged, report.unchanged) == (0, 0, report.papers)
    assert dump(seeded) == before


def test_same_papers_in_a_new_file_merge_without_changes(seeded: Library, tmp_path: Path) -> None:
    copy = tmp_path / "copy.txt"
    copy.write_text(seed("003").read_text(encoding="utf-8") + "\n\n", encoding="utf-8")
    report = seeded.import_path(copy)
    assert (report.new, report.merged, report.unchanged) == (0, 0, 20)
    assert seeded.count() == 147
    paper = by_title(seeded, "Online Zero-Shot Classification with CLIP")
    assert [s["file"] for s in paper["sources"]] == [seed("003").name, "copy.txt"]


def test_placeholder_title_is_replaced_when_a_titled_listing_arrives(
    library: Library, tmp_path: Path
) -> None:
    library.import_path(seed("002"))
    abstract = seed("002").read_text(encoding="utf-8").splitlines()[0].removeprefix("Abstract:")
    titled = tmp_path / "titled.txt"
    titled.write_text(
        f"new\n\nSubscribe\n\nA Real Title For Meta-Learning\n\n{abstract}\n", encoding="utf-8"
    )
    report = library.import_path(titled)
    assert (report.layout, report.new, report.merged) == ("hf-papers", 0, 1)
    paper = by_title(library, "A Real Title For Meta-Learning")
    assert paper["needs_review"] == []
    assert paper["title_is_placeholder"] is False


def test_cancelled_import_leaves_library_as_it_was(seeded: Library) -> None:
    seeded.tag([1, 2], add=["keep-me"])
    before = dump(seeded)
    calls = iter(range(100))
    extra = seed("003").read_text(encoding="utf-8").replace("MMTok", "MMTokX")
    path = seeded.path.parent / "extra.txt"
    path.write_text(extra, encoding="utf-8")
    with pytest.raises(ImportCancelled):  # asked before the batch, then after it was written
        seeded.import_path(path, cancelled=lambda: next(calls) >= 1)
    assert dump(seeded) == before


def test_import_failing_midway_rolls_back(seeded: Library, tmp_path: Path) -> None:
    """A constraint violation from a real SQLite trigger aborts the whole file."""
    before = table_counts(seeded)
    seeded.conn.execute(
        "CREATE TEMP TRIGGER fail_on_fifth AFTER INSERT ON paper_sources "
        "WHEN (SELECT count(*) FROM paper_sources WHERE source_id = NEW.source_id) >= 5 "
        "BEGIN SELECT RAISE(ABORT, 'disk full'); END"
    )
    path = tmp_path / "other.txt"
    path.write_text(
        seed("000").read_text(encoding="utf-8").replace("TokenCut", "TokenCutX"), encoding="utf-8"
    )
    with pytest.raises(sqlite3.IntegrityError):
        seeded.import_path(path)
    assert table_counts(seeded) == before


BAD_INPUTS = {
    "empty.txt": (b"", "is empty"),
    "blank.txt": (b"  \n\n \r\n", "is empty"),
    "binary.bin": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary"),
    "prose.txt": (b"Dear diary,\nnothing to see here.\n", "no known listing layout"),
}


@pytest.mark.parametrize("name", sorted(BAD_INPUTS))
def test_bad_files_are_refused_and_nothing_is_written(
    library: Library, tmp_path: Path, name: str
) -> None:
    data, message = BAD_INPUTS[name]
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(ImportFailed) as raised:
        library.import_path(path)
    assert str(path) in str(raised.value)
    assert message in str(raised.value)
    assert library.count() == 0 and library.sources() == []


def test_directory_and_missing_file(library: Library, tmp_path: Path) -> None:
    with pytest.raises(ImportFailed, match="is a directory"):
        library.import_path(tmp_path)
    with pytest.raises(ImportFailed, match="no such file"):
        library.import_path(tmp_path / "nope.txt")


@pytest.mark.parametrize(
    ("encoding", "bom"),
    [
        ("utf-8", b""),
        ("utf-8", codecs.BOM_UTF8),
        ("utf-16-le", codecs.BOM_UTF16_LE),
        ("utf-16-be", codecs.BOM_UTF16_BE),
    ],
)
def test_encodings_and_crlf(library: Library, tmp_path: Path, encoding: str, bom: bytes) -> None:
    text = seed("000").read_text(encoding="utf-8").replace("\n", "\r\n")
    path = tmp_path / "profile.txt"
    path.write_bytes(bom + text.encode(encoding))
    report = library.import_path(path)
    assert (report.layout, report.papers) == ("author-profile", 21)
    names = by_title(
        library, "MobileQuant: Mobile-friendly Quantization for On-device Language Models"
    )
    assert names["authors"][2] == "Łukasz Dudziak"


def test_windows_1252_fallback(library: Library, tmp_path: Path) -> None:
    # A Windows editor's save: what cp1252 cannot hold (Ł, π) was lost on the way.
    text = seed("000").read_text(encoding="utf-8").replace("Łukasz", "Lukasz").replace("π", "pi")
    path = tmp_path / "cp1252.txt"
    path.write_bytes(text.encode("cp1252"))
    report = library.import_path(path)
    assert report.papers == 21
    assert (
        by_title(
            library,
            "Pushing the Limits of Simple Pipelines for Few-Shot Learning: External Data "
            "and Fine-Tuning Make a Difference",
        )["authors"][2]
        == "Jan Stühmer"
    )


def test_record_cut_off_at_end_is_kept_with_a_warning(library: Library, tmp_path: Path) -> None:
    text = (
        seed("004").read_text(encoding="utf-8").rstrip()
        + "\n\nA Title Whose Abstract Was Never Copied\n"
    )
    path = tmp_path / "cut.txt"
    path.write_text(text, encoding="utf-8")
    report = library.import_path(path)
    assert report.papers == 32
    assert [(w.line, "cut off" in w.message) for w in report.warnings] == [(257, True)]
    paper = by_title(library, "A Title Whose Abstract Was Never Copied")
    assert paper["needs_review"] == ["abstract"]


def test_source_records_hash_and_layout(seeded: Library) -> None:
    digest = hashlib.sha256(seed("002").read_text(encoding="utf-8").encode()).hexdigest()
    row = seeded.conn.execute(
        "SELECT file, layout FROM sources WHERE sha256 = ?", (digest,)
    ).fetchone()
    assert row == (seed("002").name, "abstracts")


def library_content(library: Library) -> list[dict[str, object]]:
    """Every paper as `list --json` shows it, minus the clock, in id order.

    Not in `added` order: imports a second apart tie-break differently from imports within one.
    """
    papers = sorted(library.papers(library.query_ids()), key=lambda paper: paper["id"])
    for paper in papers:
        for stamp in ("added", "modified", "status_changed"):
            paper.pop(stamp)
        for note in paper["note_records"]:
            note.pop("created"), note.pop("modified")
        for source in paper["sources"]:
            source.pop("imported")
    return papers


@pytest.mark.parametrize("batch", [7, 1000])
def test_batched_import_equals_one_record_at_a_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, batch: int
) -> None:
    """Batches change how many statements run, never which papers merge with which.

    One seed comes first, listed twice over in one file, so every paper meets its own copy inside
    a batch and across batch edges; then the five seeds, which match it and each other.
    """
    doubled = tmp_path / "doubled.txt"
    listing = seed("002").read_text(encoding="utf-8")
    doubled.write_text(listing + "\n" + listing, encoding="utf-8")
    contents = []
    for size in (1, batch):
        monkeypatch.setattr("papershelf.library.imports.IMPORT_BATCH", size)
        with Library(tmp_path / f"batch-{size}.db") as library:
            reports = [library.import_path(path) for path in [doubled, *SEED_FILES]]
            contents.append((library_content(library), [r.to_json() for r in reports]))
    assert contents[0] == contents[1]
    papers, reports = contents[1]
    assert len(papers) == 147
    assert reports[0]["papers"] == 2 * reports[0]["new"] > 0  # each paper stored once
    assert reports[3]["new"] == 0  # the same seed alone finds all of its papers there


@pytest.mark.parametrize(
    ("encoding", "bom", "chunk"),
    [
        ("utf-8", b"", 7),
        ("utf-8", codecs.BOM_UTF8, 2),
        ("utf-16-le", codecs.BOM_UTF16_LE, 3),
        ("cp1252", b"", 5),
    ],
)
def test_chunked_reading_sees_the_same_text(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, encoding: str, bom: bytes, chunk: int
) -> None:
    """Chunk edges fall inside characters, inside \\r\\n and between lines; none of it shows."""
    text = "Ünïcødé títle\r\nline two\rline three\n\n€ last, no end"
    if encoding == "cp1252":
        text = text.replace("ø", "o")
    path = tmp_path / "listing.txt"
    path.write_bytes(bom + text.encode(encoding))
    whole = decode.sniff(path)
    monkeypatch.setattr(decode, "CHUNK_BYTES", chunk)
    sniffed = decode.sniff(path)
    lines = list(decode.iter_lines(path, sniffed.encoding))
    expected = text.replace("\r\n", "\n").replace("\r", "\n")
    assert lines == expected.split("\n")
    assert sniffed == whole
    # The digest is the one earlier versions stored: re-importing their files is still a no-op.
    assert sniffed.digest == hashlib.sha256(expected.encode("utf-8")).hexdigest()


def test_parser_reads_the_file_as_it_is_written(
    library: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The first batch is stored before the parser has reached the end of the file."""
    listing = tmp_path / "long.txt"
    listing.write_text(seed("001").read_text(encoding="utf-8"), encoding="utf-8")
    monkeypatch.setattr("papershelf.library.imports.IMPORT_BATCH", 10)
    monkeypatch.setattr(decode, "CHUNK_BYTES", 4096)
    monkeypatch.setattr("papershelf.importers.DETECT_SAMPLE_LINES", 20)
    seen: list[tuple[int, int]] = []
    report = library.import_path(listing, progress=lambda done, total: seen.append((done, total)))
    size = listing.stat().st_size
    assert report.papers == 67
    assert len(seen) == 7 and all(total == size for _, total in seen)
    assert seen[0][0] < size // 2  # bytes read when the first 10 papers were written
    assert [done for done, _ in seen] == sorted(done for done, _ in seen)
    assert seen[-1][0] == size


def index_sql(library: Library) -> list[tuple[str, str]]:
    query = "SELECT name, sql FROM sqlite_master WHERE type = 'index' ORDER BY name"
    return library.conn.execute(query).fetchall()


def test_big_first_import_builds_sort_indexes_at_the_end(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Library(tmp_path / "kept.db") as library:
        for path in SEED_FILES:
            library.import_path(path)
        kept = library_content(library), index_sql(library)
    monkeypatch.setattr("papershelf.store.bulk.DEFER_INDEXES_FROM", 0)
    with Library(tmp_path / "deferred.db") as library:
        for path in SEED_FILES:  # each file is "big" against the papers before it
            library.import_path(path)
        assert (library_content(library), index_sql(library)) == kept
        plan = library.conn.execute(
            "EXPLAIN QUERY PLAN SELECT id FROM papers WHERE deleted IS NULL "
            "ORDER BY title COLLATE NOCASE, date, category, id"
        ).fetchall()
        assert "papers_live_title" in str(plan) and "TEMP B-TREE" not in str(plan)


def test_failed_big_import_keeps_the_sort_indexes(
    seeded: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("papershelf.store.bulk.DEFER_INDEXES_FROM", 0)
    monkeypatch.setattr("papershelf.library.imports.LISTING_BYTES_PER_PAPER", 1)
    before = index_sql(seeded)
    path = seeded.path.parent / "extra.txt"
    path.write_text(seed("003").read_text(encoding="utf-8").replace("MMTok", "MMTokX"))
    with pytest.raises(ImportCancelled):
        seeded.import_path(path, cancelled=lambda: True)
    assert index_sql(seeded) == before
    report = seeded.import_path(path)
    assert report.papers == 20 and index_sql(seeded) == before
