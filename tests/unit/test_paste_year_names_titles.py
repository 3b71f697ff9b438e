"""A list in time order that leads each title with its year and its authors' family names
(`1981 Feynman: Simulating Physics with Computers <link>`, holdout26 012, read as three remarks);
the rule tests use made-up titles and names."""

from __future__ import annotations

from scripts.fidelity import HOLDOUT26, expected_papers, title_key

from papershelf.importers.paste.cite import read_citation
from papershelf.importers.pipeline import read_listing


def test_year_names_colon_then_the_title_up_to_its_address() -> None:
    text = "1981 Quillby: Simulating Pretend Harbours <https://example.org/q.pdf>. A classic."
    cited = read_citation(text, [], [])
    assert cited is not None
    assert (cited.title, cited.authors, cited.year) == (
        "Simulating Pretend Harbours",
        "Quillby",
        "1981",
    )


def test_two_names_parted_by_a_slash_and_a_colon_after_the_year() -> None:
    cited = read_citation("1995 Fenn/Lutz: Invented Tides in Cold Traps", [], [])
    assert cited is not None and cited.authors == "Fenn and Lutz"
    cited = read_citation("1996: Quill: A fast pretend search over harbours", [], [])
    assert cited is not None and (cited.authors, cited.year) == ("Quill", "1996")
    cited = read_citation("1997 Various: The Pretend Harbour Experiment", [], [])
    assert cited is not None and cited.authors == ""


def test_a_year_before_prose_is_no_citation() -> None:
    assert read_citation("1970s era: a clear summary of pretend harbours", [], []) is None
    assert read_citation("2020 was a year: nothing happened", [], []) is None


def test_the_real_list_is_read_whole() -> None:
    path = next(HOLDOUT26.glob("012_*.md"))
    records = read_listing(path.read_text(encoding="utf-8"), path.name).records
    expected = expected_papers(path)
    assert [title_key(r.title) for r in records] == [title_key(p["title"]) for p in expected]
    assert records[6].authors == ["Cirac", "Zoller"] and records[6].date == "1995"
