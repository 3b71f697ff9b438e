"""Bylines whose people are each a link to their profile, a digest's dateline that is no title,
and names spelt with Unicode hyphens (an OpenAlex journal alert, holdout19 002, read by trial 11
as one paper titled `Created on …`; session 33). The rule tests use made-up names."""

from __future__ import annotations

from scripts.fidelity import HOLDOUT19

from papershelf.importers.paste.generic import linked_names
from papershelf.importers.paste.lines import Line
from papershelf.importers.paste.names import looks_like_names
from papershelf.importers.pipeline import read_listing


def _line(text: str, labels: list[str]) -> Line:
    return Line(
        1, text, links=[(label, f"https://example.org/A{n}") for n, label in enumerate(labels)]
    )


def test_linked_names_before_a_venue_are_the_authors() -> None:
    labels = ["Ada Quill", "Tomas B. Fenn", "Berta Lutz"]
    text = (
        "Ada Quill, Tomas B. Fenn, Berta Lutz, Journal of Tides. None(None)] 2024.https://doi.org/x"
    )
    assert linked_names(_line(text, labels)) == labels


def test_one_linked_name_or_links_that_are_no_names_are_no_byline() -> None:
    assert linked_names(_line("Ada Quill, Journal of Tides 2024", ["Ada Quill"])) == []
    text = "Invented harbour tides, Pretend ports of call"
    assert linked_names(_line(text, ["Invented harbour tides", "Pretend ports of call"])) == []


def test_a_name_with_a_unicode_hyphen_is_a_name() -> None:
    assert looks_like_names("Shi\u2010Hong Quill")


def test_a_real_openalex_alert_reads_each_paper_with_its_authors() -> None:
    path = next(HOLDOUT19.glob("002_*.md"))
    records = read_listing(path.read_text(encoding="utf-8"), path.name).records
    titles = [r.title for r in records]
    assert not [t for t in titles if t.startswith("Created on")]
    by_title = {r.title: r for r in records}
    first = by_title[
        "Enantio- and Regioselective Ni-Catalyzed Radical Relay 1,4-Arylalkylation of 1,3-Enynes"
        " to Access Chiral Tetrasubstituted Allenes"
    ]
    assert first.authors[:4] == ["Jinze Du", "Anyao Liu", "Qian Zhang", "Shi\u2010Hong Luo"]
