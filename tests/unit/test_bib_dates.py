"""A BibTeX round trip keeps the day of the month (trial #28: 2019-03-27 came back 2019-03)."""

from __future__ import annotations

from pathlib import Path

import bibtexparser

from papershelf.library import Library


def test_seed_dates_survive_a_bibtex_round_trip(seeded: Library, tmp_path: Path) -> None:
    exported = tmp_path / "seeds.bib"
    exported.write_text(seeded.export(seeded.query_ids(), "bibtex"))
    before = {p["citation_key"]: p["date"] for p in seeded.papers(seeded.query_ids())}
    assert sum(1 for date in before.values() if date and len(date) == 10) > 50
    with Library(tmp_path / "new.db") as fresh:
        fresh.import_path(exported)
        after = {p["citation_key"]: p["date"] for p in fresh.papers(fresh.query_ids())}
    assert after == before
    # BibTeX's own fields are still there for bibtex styles: a year and a month macro.
    entries = bibtexparser.parse_string(exported.read_text()).entries
    dated = [e for e in entries if "date" in e.fields_dict]
    assert dated and all({"year", "month"} <= set(e.fields_dict) for e in dated)
