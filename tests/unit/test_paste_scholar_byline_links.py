"""A page built from Google Scholar's results prints each linked title with Scholar's byline after
it on the same line (holdout18 001, a software's publications page, found by trial 11 with no
authors); the rule test uses made-up names."""

from __future__ import annotations

from scripts.fidelity import HOLDOUT18

from papershelf.importers.paste.cite import read_citation
from papershelf.importers.pipeline import read_listing


def test_a_linked_title_s_scholar_byline_gives_its_authors() -> None:
    title = "Invented tides of pretend harbours"
    text = f"{title} AB Quill, C Fenn, D Lutz… - Journal of Made-Up Tides, 2025 - example.org"
    cited = read_citation(text, [], [(title, "https://example.org/paper.pdf")])
    assert cited is not None
    assert (cited.title, cited.authors, cited.year) == (title, "AB Quill, C Fenn, D Lutz…", "2025")


def test_a_real_scholar_built_page_names_its_authors() -> None:
    path = next(HOLDOUT18.glob("001_*.md"))
    records = read_listing(path.read_text(encoding="utf-8"), path.name).records
    first = records[0]
    assert first.title.startswith("A Review of Paleomagnetic Studies from Northern Alaska")
    assert first.authors == ["JA Biasi", "JV Strauss"]


def test_a_link_on_names_and_year_then_the_title() -> None:
    """holdout24 017 (a model's references page): `[Quiel et al. 2011.](…) Influence of …`."""
    text = "Quillby et al. 2011. Influence of invented change on pretend harbours. Tides 3."
    cited = read_citation(text, [], [("Quillby et al. 2011.", "https://doi.org/10.5555/x")])
    assert cited is not None
    assert (cited.title, cited.authors, cited.year) == (
        "Influence of invented change on pretend harbours",
        "Quillby et al",
        "2011",
    )
    quoted = 'Quillby, Tides 2022: "Logistic pretend harbours". Two presenters.'
    cited = read_citation(quoted, [], [("Quillby, Tides 2022", "q.pdf")])
    assert cited is None or cited.title == "Logistic pretend harbours"
