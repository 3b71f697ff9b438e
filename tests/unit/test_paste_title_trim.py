"""A copied page's furniture comes off the titles of every reading (title_trim.py).

The titles in the rule tests are made up; the last tests read committed real pastes.
"""

from __future__ import annotations

from scripts.fidelity import HOLDOUT18, HOLDOUT19, HOLDOUT20, HOLDOUT23, HOLDOUT24

from papershelf.core.records import PaperRecord
from papershelf.importers.paste.sources import not_a_paper
from papershelf.importers.paste.title_trim import navigation, trim_titles
from papershelf.importers.pipeline import read_listing


def _titles(*titles: str, doi: str | None = None) -> list[PaperRecord]:
    records = [PaperRecord(line=n, title=title, doi=doi) for n, title in enumerate(titles, 1)]
    trim_titles(records)
    return records


def test_a_known_site_s_name_after_a_tab_s_title_comes_off() -> None:
    first, second = _titles(
        "Soil carbon after fire in boreal forests - 中国知网",
        "Microbial taxa shift in degraded soil | Scientific Reports",
    )
    assert first.title == "Soil carbon after fire in boreal forests"
    assert second.title == "Microbial taxa shift in degraded soil"


def test_an_unknown_suffix_comes_off_only_when_it_repeats() -> None:
    once = _titles("Graph sampling at scale - Lab Notes")[0]
    assert once.title == "Graph sampling at scale - Lab Notes"
    twice = _titles("Graph sampling at scale | Lab Notes", "Sparse attention | Lab Notes")
    assert [r.title for r in twice] == ["Graph sampling at scale", "Sparse attention"]


def test_a_lower_case_suffix_is_the_title_s_own() -> None:
    records = _titles("Transformers - a survey", "Diffusion models - a survey")
    assert [r.title for r in records] == ["Transformers - a survey", "Diffusion models - a survey"]


def test_an_address_written_after_the_title_joins_the_addresses() -> None:
    record = _titles("The great acceleration <https://doi.org/10.1177/20530196145>")[0]
    assert record.title == "The great acceleration"
    assert record.urls == ["https://doi.org/10.1177/20530196145"]


def test_the_record_s_own_identifier_before_the_title_comes_off() -> None:
    record = _titles(
        "PhysRevB.107.245423 Hybrid devices passing a gap protocol",
        doi="10.1103/PhysRevB.107.245423",
    )[0]
    assert record.title == "Hybrid devices passing a gap protocol"
    other = _titles("PhysRevB.107.245423 Hybrid devices passing a gap protocol", doi="10.1/x.9")[0]
    assert other.title.startswith("PhysRevB")
    worded = _titles("Lanterns that Glow in Water", doi="10.5555/lanterns")[0]
    assert worded.title == "Lanterns that Glow in Water"


def test_a_formula_s_address_is_no_address_written_after_a_title() -> None:
    record = _titles('=HYPERLINK("http://evil")')[0]
    assert record.title == '=HYPERLINK("http://evil")'


def test_a_repeated_short_name_becomes_the_venue() -> None:
    records = _titles("Hall effect in MnTe (PRB)", "Heat transport (PRB)", "Grain boundaries (PRB)")
    assert [r.title for r in records] == [
        "Hall effect in MnTe",
        "Heat transport",
        "Grain boundaries",
    ]
    assert {r.venue for r in records} == {"PRB"}
    alone = _titles("Hall effect in MnTe (PRB)", "Heat transport (PRL)")
    assert [r.title for r in alone] == ["Hall effect in MnTe (PRB)", "Heat transport (PRL)"]


def test_a_feed_s_repeated_mark_and_a_list_s_numbering_come_off() -> None:
    marked = _titles("[ASAP] Calendar ageing of cells", "[ASAP] Ordered interfaces")
    assert [r.title for r in marked] == ["Calendar ageing of cells", "Ordered interfaces"]
    numbered = _titles("R01. Manifesto for a sociology", "R02. Threshold models of behaviour")
    assert [r.title for r in numbered] == [
        "Manifesto for a sociology",
        "Threshold models of behaviour",
    ]
    same = _titles("COVID 19: lessons for labs", "COVID 19: what schools learnt")
    assert same[0].title == "COVID 19: lessons for labs"


def test_what_is_left_must_still_be_a_title() -> None:
    record = _titles("Nature - ScienceDirect")[0]
    assert record.title == "Nature - ScienceDirect"


def test_a_real_link_log_s_titles_lose_the_site_s_name() -> None:
    """holdout19 020 (a link log) copies tab titles: `… - 中国知网`, `… | Scientific Reports`."""
    path = next(HOLDOUT19.glob("020_*.md"))
    titles = [r.title for r in read_listing(path.read_text(encoding="utf-8"), path.name).records]
    assert titles
    assert not [t for t in titles if t.endswith(("中国知网", "Scientific Reports"))]


def test_a_real_list_of_most_read_papers_loses_ids_and_journal() -> None:
    """holdout19 014 links each DOI's suffix before the title and closes with `(PRB)`."""
    path = next(HOLDOUT19.glob("014_*.md"))
    records = read_listing(path.read_text(encoding="utf-8"), path.name).records
    titles = {r.title for r in records}
    assert "Orbital and magnetic ordering in single-layer FePS3: A DFT+U study" in titles
    assert {r.venue for r in records} == {"PRB"}
    assert not [t for t in titles if t.startswith("PhysRevB") or t.endswith("(PRB)")]


def test_a_real_annotated_bibliography_loses_its_numbering() -> None:
    """holdout20 002 numbers its entries `R01.`, `R02.`, …"""
    path = next(HOLDOUT20.glob("002_*.md"))
    titles = {r.title for r in read_listing(path.read_text(encoding="utf-8"), path.name).records}
    assert "Manifesto for a Relational Sociology" in titles


def test_a_bullet_and_a_feed_s_arxiv_id_come_off() -> None:
    bulleted = _titles("- [Letter] Harbours that float", "- [Letter] Towns that pretend")
    assert [r.title for r in bulleted] == ["Harbours that float", "Towns that pretend"]
    fed = _titles("Gluing made-up curves along their torsion. (arXiv:2005.03587v1 [math.AG])")[0]
    assert fed.title == "Gluing made-up curves along their torsion"
    assert fed.arxiv_id == "2005.03587v1"


def test_a_list_s_bare_numbers_come_off_when_they_count() -> None:
    numbered = _titles("1.Smooth pretend flows", "#2. Extremal invented functions")
    assert [r.title for r in numbered] == ["Smooth pretend flows", "Extremal invented functions"]
    once = _titles("1.Smooth pretend flows", "2.5D printing of harbours")
    assert [r.title for r in once] == ["1.Smooth pretend flows", "2.5D printing of harbours"]


def test_a_programme_s_time_slots_come_off_when_they_count() -> None:
    timed = _titles("10:45 Noise of invented lamps", "11:05 – 11:30 Harbour line coding")
    assert [r.title for r in timed] == ["Noise of invented lamps", "Harbour line coding"]
    once = _titles("10:45 Noise of invented lamps", "Harbour line coding")
    assert once[0].title == "10:45 Noise of invented lamps"


def test_a_real_conference_session_s_titles_lose_their_times() -> None:
    """holdout23 023 (a technical session's page) puts each talk's time before its title."""
    path = next(HOLDOUT23.glob("023_*.txt"))
    titles = {r.title for r in read_listing(path.read_text(encoding="utf-8"), path.name).records}
    assert "Multi-armed Bandit Channel Selection for Power Line Communication" in titles
    assert not [t for t in titles if t[:2].isdigit() and t[2:3] == ":"]


def test_names_and_a_year_before_each_title_become_its_fields() -> None:
    cited = _titles("Quill & Fenn 1989 - Invented harbour tides", "Lutz 2012 - Pretend ports")
    assert [(r.title, r.authors, r.date) for r in cited] == [
        ("Invented harbour tides", ["Quill", "Fenn"], "1989"),
        ("Pretend ports", ["Lutz"], "2012"),
    ]
    once = _titles("Quill & Fenn 1989 - Invented harbour tides", "Pretend ports")
    assert once[0].title == "Quill & Fenn 1989 - Invented harbour tides"


def test_a_real_blog_post_s_best_articles_name_authors_year_and_title() -> None:
    """holdout24 028 links `Kay 1995 - Alchian and the Alchian Thesis` and ten more so."""
    path = next(HOLDOUT24.glob("028_*.md"))
    records = read_listing(path.read_text(encoding="utf-8"), path.name).records
    by_title = {r.title: r for r in records}
    assert by_title["Alchian and the Alchian Thesis"].authors == ["Kay"]
    assert by_title["The Simple Economics of Optimal Auctions"].date == "1989"
    assert "A Plea for Mechanisms" in by_title  # `Elster 1998 - …`: a title, no remark


def test_a_site_s_link_read_as_a_lone_title_is_no_paper() -> None:
    assert navigation(PaperRecord(line=1, title="Go back to top"))
    assert navigation(PaperRecord(line=1, title="pdf link"))
    assert not navigation(PaperRecord(line=1, title="In This Issue", authors=["Ada Quill"]))
    assert not navigation(PaperRecord(line=1, title="Back to the top of the food chain"))
    # holdout18 001, a publications page from Google Scholar, ends each year with the link
    path = next(HOLDOUT18.glob("001_*.md"))
    preview = read_listing(path.read_text(encoding="utf-8"), path.name)
    assert "Go back to top" not in [r.title for r in preview.records]
    assert any(
        "'Go back to top' is the page's" in w.message for s in preview.segments for w in s.warnings
    )


def test_a_site_s_name_is_no_author() -> None:
    record = PaperRecord(line=1, title="Forest regeneration", authors=["Wiley Online Library"])
    trim_titles([record])
    assert record.authors == []


def test_a_reading_named_by_author_and_year_is_no_paper_but_one_with_a_title_is() -> None:
    assert not_a_paper(PaperRecord(line=1, title="Quillby, 2006 - shorter paper"))
    assert not_a_paper(PaperRecord(line=1, title="Quillby 2006"))
    assert not not_a_paper(
        PaperRecord(line=1, title="Quillby 1995 - Harbours and the Harbour Thesis")
    )
