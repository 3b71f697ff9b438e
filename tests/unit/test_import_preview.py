"""Preview before writing: `import --dry-run` and the library's preview-then-import use case."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from papershelf.cli import main
from papershelf.core.errors import ImportFailed
from papershelf.core.sources import layout_label
from papershelf.library import Library
from papershelf.library.preview import preview_path, switch_layout

LISTINGS = Path(__file__).resolve().parent.parent / "data" / "listings"
NOTES = LISTINGS / "038_arxiv-search-paste-in-notes.md"
LIST = LISTINGS / "034_company-tagged-link-list.md"


def test_dry_run_prints_segments_and_records_and_writes_nothing(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    db = tmp_path / "library.db"
    code = main(["--db", str(db), "import", "--dry-run", "--json", str(NOTES), str(LIST)])
    out = json.loads(capsys.readouterr().out)
    assert code == 0 and not db.exists()
    assert set(out) >= {"files", "errors"} and out["dry_run"] is True
    first = out["files"][0]
    assert first["layout"] == "arxiv-paste" and first["papers"] == 2
    (segment,) = first["segments"]
    assert {"layout", "first_line", "last_line", "confidence", "warnings", "records"} <= set(
        segment
    )
    assert segment["records"][0]["arxiv_id"] == "2405.02246"
    assert out["files"][1]["papers"] == 6


def test_dry_run_text_and_refusals(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    prose = tmp_path / "prose.txt"
    prose.write_text("Dear diary,\nnothing to see here.\n", encoding="utf-8")
    db = tmp_path / "library.db"
    code = main(["--db", str(db), "import", "--dry-run", str(NOTES), str(prose)])
    out, err = capsys.readouterr()
    assert code == 1 and not db.exists()
    assert "dry run: nothing written" in out and "What matters when building" in out
    assert f"{prose}: no known listing layout" in err
    assert "hint: name a layout to read it as with --format NAME" in err
    code = main(["--db", str(db), "import", "--dry-run", "--format", "title-lines", str(prose)])
    out, err = capsys.readouterr()
    assert code == 0 and "title-lines, 2 papers" in out and not err  # read as the user says


def test_import_only_the_papers_kept_then_the_rest(library: Library) -> None:
    preview = preview_path(LIST)
    assert len(preview.records) == 6
    first = library.import_preview(preview, [0, 2])
    assert (first.papers, first.new, library.count()) == (2, 2, 2)
    rest = library.import_path(LIST)  # the whole file is still new to the library
    assert not rest.already_imported and rest.papers == 6 and library.count() == 6
    with pytest.raises(ImportFailed, match="no paper chosen"):
        library.import_preview(preview, [])


def test_a_switched_segment_imports_as_the_chosen_layout(library: Library) -> None:
    preview = switch_layout(preview_path(NOTES), 0, "arxiv-search")
    report = library.import_preview(preview)
    assert report.layout == "arxiv-search" and report.papers == len(preview.records)


def test_identifiers_read_from_a_paste_reach_the_bibtex_export(library: Library) -> None:
    library.import_path(LISTINGS / "009_reading-list-network-ml.md")
    text = library.export(library.query_ids(), "bibtex")
    assert "1906.00604" in re.findall(r"eprint\s*=\s*\{([^}]*)\}", text)
    assert "10.1145/3387514.3405859" in re.findall(r"doi\s*=\s*\{([^}]*)\}", text)


def test_a_paste_layout_can_be_forced(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    scholar = LISTINGS / "036_scholar-results-annotated.md"
    db = tmp_path / "library.db"
    code = main(["--db", str(db), "import", "--json", "--format", "scholar", str(scholar)])
    out = json.loads(capsys.readouterr().out)
    assert code == 0 and out["files"][0]["layout"] == "scholar" and out["files"][0]["papers"] == 4
    fresh = tmp_path / "fresh.db"  # the first library knows this file already
    code = main(["--db", str(fresh), "import", "--format", "table", str(scholar)])
    assert code == 1 and "no paper found as layout 'table'" in capsys.readouterr().err


def test_a_segment_read_another_way_keeps_its_lines_and_says_what_it_lost() -> None:
    """Trial 5: read as `generic`, the arXiv paste of listings/038 went from 'lines 7–23 · 2
    papers' to 'lines 16–23 · 1 paper', and the first paper vanished without a word."""
    source = Path(__file__).parents[1] / "data" / "listings" / "038_arxiv-search-paste-in-notes.md"
    first = preview_path(source)
    (segment,) = first.segments
    assert (segment.layout, len(segment.records)) == ("arxiv-paste", 2)
    switched = switch_layout(first, 0, "generic")
    (again,) = switched.segments
    assert again.first_line <= segment.first_line and again.last_line >= segment.last_line
    lost = [r for r in segment.records if r.title not in {x.title for x in again.records}]
    assert lost
    assert any(
        f"read as {layout_label('arxiv-paste')!r} {'is' if len(lost) == 1 else 'are'} "
        f"not read as {layout_label('generic')!r}"
        in w.message
        and str(lost[0].line) in w.message
        for w in again.warnings
    )
    back = switch_layout(switched, 0, "arxiv-paste")
    assert [r.title for r in back.records] == [r.title for r in segment.records]
    assert not any("not read as" in w.message for w in back.warnings)


def test_a_reading_tried_and_left_is_no_loss_when_switched_back() -> None:
    """Trial 5: listings/014 read as `generic` (one heading as a paper) and back as `labelled`
    warned "1 paper read as 'generic' is not read as 'labelled'", and the import counted it."""
    source = Path(__file__).parents[1] / "data" / "listings" / "014_hf-trending-details-summary.md"
    first = preview_path(source)
    (segment,) = first.segments
    tried = switch_layout(first, 0, "generic")
    assert {r.title for r in tried.records} - {r.title for r in first.records}  # one of its own
    back = switch_layout(tried, 0, segment.layout)
    assert [r.title for r in back.records] == [r.title for r in first.records]
    assert not any("not read as" in w.message for w in back.warnings)
    lost = switch_layout(first, 0, "generic").warnings  # from the first reading: still said
    assert any(f"read as {layout_label(segment.layout)!r}" in w.message for w in lost)
