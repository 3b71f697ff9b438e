"""Triage of papers not imported yet, on two real reading lists: a speech-recognition section of
one (tests/data/listings/033) previewed against a library holding the other, sectioned list
(tests/data/related/), whose sections the reader keeps as tags and a queue."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from scripts.related_fidelity import LIST, section_of, sections

from papershelf.cli import main
from papershelf.library import Library, import_all, triage
from papershelf.library.preview import preview_path
from papershelf.store.search import Filter
from tests.conftest import DATA, SEED_FILES

ROADMAP = DATA / "listings" / "033_reading-roadmap-citations.md"


def sectioned_library(path: Path) -> Library:
    """The curated list imported, its speech and NLP sections tagged, its RL section queued."""
    library = Library(path)
    report = library.import_path(LIST)
    headings = sections(LIST.read_text(encoding="utf-8"))
    records = preview_path(LIST).records
    by_section: dict[str, list[int]] = {}
    for paper, record in zip(report.paper_ids, records, strict=True):
        by_section.setdefault(section_of(record.line, headings), []).append(paper)
    library.tag(by_section["Speech / Other Domain"], add=["speech"])
    library.tag(by_section["Natural Language Processing"], add=["nlp"])
    library.create_queue("robots")
    library.enqueue("robots", by_section["Reinforcement Learning / Robotics"])
    return library


@pytest.fixture
def library(tmp_path: Path) -> Iterator[Library]:
    with sectioned_library(tmp_path / "library.db") as opened:
        yield opened


def title_id(library: Library, words: str) -> int:
    (row,) = library.conn.execute("SELECT id FROM papers WHERE title LIKE ?", (f"%{words}%",))
    return int(row[0])


def test_papers_already_there_are_named_and_new_ones_find_their_tag(library: Library) -> None:
    records = preview_path(ROADMAP).records
    notes = dict(zip((r.title.lower()[:30] for r in records), library.triage(records), strict=True))
    assert len(notes) == 6
    # In both lists: the same paper, under the same title or the same arXiv id.
    for start, words in (
        ("deep neural networks for acous", "acoustic modeling in speech recognition"),
        ("speech recognition with deep r", "Speech recognition with deep recurrent"),
        ("deep speech 2: end-to-end spee", "Deep speech 2"),
    ):
        (first, *_rest) = notes[start].duplicates
        assert first["id"] == title_id(library, words) and first["score"] >= 0.9
    # Only in the roadmap: nothing looks like them, and the speech papers are closest.
    for start in (
        "towards end-to-end speech reco",
        "fast and accurate recurrent ne",
        "achieving human parity in conv",
    ):
        assert notes[start].duplicates == ()
        closest = notes[start].closest
        assert closest is not None and (closest.kind, closest.name) == ("tag", "speech")
        assert "speech" in notes[start].describe()


def test_dry_run_json_adds_the_keys_and_writes_nothing(
    library: Library, capsys: pytest.CaptureFixture[str]
) -> None:
    before = library.conn.execute("SELECT count(*), max(modified) FROM papers").fetchone()
    code = main(["--db", str(library.path), "import", "--dry-run", "--json", str(ROADMAP)])
    out = json.loads(capsys.readouterr().out)
    assert code == 0
    records = out["files"][0]["segments"][0]["records"]
    assert {"title", "authors", "likely_duplicates", "closest"} <= set(records[0])
    assert records[0]["likely_duplicates"][0]["reasons"]
    assert records[2]["likely_duplicates"] == []
    assert records[2]["closest"]["kind"] == "tag" and records[2]["closest"]["name"] == "speech"
    # The one the import would merge (the same title key): said, with the paper it already is.
    assert records[0]["in_library"] == {
        "id": records[0]["likely_duplicates"][0]["id"],
        "title": records[0]["likely_duplicates"][0]["title"],
    }
    assert records[2]["in_library"] is None
    after = library.conn.execute("SELECT count(*), max(modified) FROM papers").fetchone()
    assert after == before


def test_dry_run_without_a_library_gives_empty_keys(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "none.db"
    assert main(["--db", str(db), "import", "--dry-run", "--json", str(ROADMAP)]) == 0
    records = json.loads(capsys.readouterr().out)["files"][0]["segments"][0]["records"]
    assert all(r["likely_duplicates"] == [] and r["closest"] is None for r in records)
    assert all(r["in_library"] is None for r in records)
    assert not db.exists()


def test_triage_writes_nothing_and_reads_the_cache_like_the_papers(library: Library) -> None:
    """Before the duplicate cache is refreshed the keys are computed on the spot; after, read
    from the cache: the same notes either way, and the file is the same byte for byte."""
    records = preview_path(ROADMAP).records
    before = list(library.conn.iterdump())
    live = [t.as_json() for t in library.triage(records)]
    assert list(library.conn.iterdump()) == before
    library.refresh_duplicates()
    assert [t.as_json() for t in library.triage(records)] == live


def test_a_long_preview_is_triaged_only_as_far_as_the_limits(
    library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(triage, "CLOSEST_LIMIT", 2)
    monkeypatch.setattr(triage, "DUPLICATES_LIMIT", 1)
    notes = library.triage(preview_path(ROADMAP).records)
    assert notes[0].duplicates and notes[0].closest is not None
    assert notes[1].duplicates == () and notes[1].closest is not None
    assert all(n.duplicates == () and n.closest is None for n in notes[2:])


def test_a_smart_queue_is_a_home_too(library: Library) -> None:
    """The speech papers kept by a saved search instead of a tag: the new speech papers are
    closest to that smart queue, its papers found by its search."""
    speech = [i for (i,) in library.conn.execute("SELECT paper_id FROM paper_tags")]
    library.delete_tag("speech")
    library.create_queue("listening", query="speech")
    records = preview_path(ROADMAP).records
    notes = dict(zip((r.title.lower()[:30] for r in records), library.triage(records), strict=True))
    closest = notes["towards end-to-end speech reco"].closest
    assert closest is not None and (closest.kind, closest.name) == ("queue", "listening")
    listening = set(library.query_ids(Filter(search="speech")))  # what the queue shows
    assert set(closest.papers) <= listening and set(closest.papers) & set(speech)


COURSE = next((DATA / "listings-holdout13").glob("005_course-reading-material-*.md"))


def test_papers_of_another_field_find_no_home_on_a_word_or_two(library: Library) -> None:
    """Trial 6: a neuroscience course's readings (tests/data/listings-holdout13/005) were each
    "closest to" a deep-learning tag that one paper sharing a word or two voted for."""
    records = preview_path(COURSE).records
    assert len(records) >= 10
    notes = library.triage(records)
    assert [n.closest for n in notes] == [None] * len(records)
    # The speech papers still find theirs (test_papers_already_there_…, above).


GRAVITY = next((DATA / "listings-holdout34").glob("018_gravity-papers-*.md"))
NETWORK_ML = DATA / "listings" / "009_reading-list-network-ml.md"
COSMOLATTICE = DATA / "listings" / "010_html-publication-list-cosmolattice.md"


@pytest.fixture
def gravity_library(tmp_path: Path) -> Iterator[Library]:
    """The seeds (machine learning), and a reader's gravity papers kept in a queue Gravity."""
    with Library(tmp_path / "gravity.db") as library:
        import_all(library, SEED_FILES)
        (report,), _ = import_all(library, [GRAVITY])
        library.create_queue("Gravity")
        library.enqueue("Gravity", list(report.paper_ids))
        yield library


def closest_names(library: Library, path: Path) -> dict[str, str | None]:
    records = preview_path(path).records
    notes = library.triage(records)
    return {
        r.title: (n.closest.name if n.closest else None)
        for r, n in zip(records, notes, strict=True)
    }


def test_a_word_shared_by_chance_is_no_home(gravity_library: Library) -> None:
    """Trial 17: "Closest to: queue Gravity" beside wireless-sensing and networking papers,
    each with two Gravity papers sharing one word ("wave", "signals", "systems")."""
    closest = closest_names(gravity_library, NETWORK_ML)
    assert len(closest) == 8
    assert set(closest.values()) == {None}


def test_papers_of_the_field_still_find_the_queue(gravity_library: Library) -> None:
    closest = closest_names(gravity_library, COSMOLATTICE)
    home = {title[:40]: name for title, name in closest.items()}
    # Pulsar timing arrays and gravitational waves: two words shared with several.
    assert home["Collapsing Domain Wall Networks: Impact "] == "Gravity"
    assert home["Gravitational Wave Symphony from Oscilla"] == "Gravity"
