"""Sources are named by the page they came from and the day, never by hashed file names."""

from __future__ import annotations

from datetime import date

from papershelf.core.sources import source_labels, source_tooltip
from papershelf.library import Library
from tests.conftest import SEED_FILES


def test_seed_sources_read_as_pages_and_days(seeded: Library) -> None:
    sources = seeded.sources()
    labels = source_labels(sources)
    day = date.fromisoformat(sources[0]["imported"][:10])
    month_day = f"{day:%b} {day.day}"
    assert sorted(labels.values()) == sorted(
        f"{page} · {month_day}"
        for page in (
            "Author profile",
            "Hugging Face papers",
            "Abstracts",
            "arXiv search",
            "Hugging Face daily",
        )
    )
    for source in sources:
        assert source["file"] not in labels[source["id"]]  # no hashed file name
        assert source["file"] in source_tooltip(source)  # but it is in the tooltip


def test_two_clipboard_imports_can_be_told_apart(db_path) -> None:  # type: ignore[no-untyped-def]
    first, second = SEED_FILES[3], SEED_FILES[4]
    with Library(db_path) as library:
        library.import_text(first.read_text(encoding="utf-8"), "clipboard")
        library.import_text(second.read_text(encoding="utf-8"), "clipboard")
        library.import_text(first.read_text(encoding="utf-8") + "\n", "clipboard")
        labels = source_labels(library.sources())
    assert len(set(labels.values())) == len(labels)
    assert all(label.startswith("Clipboard · ") for label in labels.values())


def test_same_page_same_minute_gets_numbers() -> None:
    sources = [
        {"id": n, "file": "clipboard", "layout": "generic", "imported": "2026-12-01T10:00:00"}
        for n in (1, 2)
    ]
    assert source_labels(sources) == {
        1: "Clipboard · Pasted text · Dec 1 10:00 (1)",
        2: "Clipboard · Pasted text · Dec 1 10:00 (2)",
    }


def test_files_are_named_by_their_names_unless_hashed_and_pastes_say_clipboard() -> None:
    """Trial 5: two listing files were both "Labelled cards · Dec 1 16:37 (n)"; an HTML paste
    did not say it came from the clipboard; a paste read in two layouts showed the ids."""
    day = "2026-12-01T16:37:00"
    sources = [
        {"id": 1, "file": "/home/a/week-48.md", "layout": "labelled", "imported": day},
        {"id": 2, "file": "/home/a/agents.txt", "layout": "labelled", "imported": day},
        {"id": 3, "file": "clipboard.html", "layout": "reading-list", "imported": day},
        {"id": 4, "file": "clipboard", "layout": "arxiv-paste+reading-list", "imported": day},
        {"id": 5, "file": "004_e0fc368eee7a1676.txt", "layout": "hf-daily", "imported": day},
    ]
    assert source_labels(sources) == {
        1: "week-48 · Dec 1",
        2: "agents · Dec 1",
        3: "Clipboard · Reading list · Dec 1",
        4: "Clipboard · arXiv + Reading list · Dec 1",
        5: "Hugging Face daily · Dec 1",
    }


def test_every_layout_has_a_reader_s_name() -> None:
    from papershelf.core.sources import LAYOUT_LABELS
    from papershelf.importers.pipeline import layouts

    assert set(layouts()) <= set(LAYOUT_LABELS)
