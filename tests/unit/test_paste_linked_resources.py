"""A project's reading page that lists papers linked at journals among databases, guides and
sites (holdout25 020: 17 papers and 13 such links, all read as papers); the rule tests use
made-up titles and addresses."""

from __future__ import annotations

from scripts.fidelity import HOLDOUT25, expected_papers, title_key

from papershelf.core.records import PaperRecord
from papershelf.importers.paste.linked_resources import resources_among_papers
from papershelf.importers.pipeline import read_listing

PAPERS = [
    "https://pubmed.ncbi.nlm.nih.gov/1000001/",
    "https://link.springer.com/article/10.1007/s1-1",
    "https://www.ncbi.nlm.nih.gov/pmc/articles/PMC1000003/",
    "https://onlinelibrary.wiley.com/doi/abs/10.1002/x.4",
    "https://www.sciencedirect.com/science/article/pii/S1000005",
]


def _linked(index: int, url: str, **said: object) -> PaperRecord:
    return PaperRecord(line=index + 1, title=f"Pretend title number {index}", urls=[url], **said)


def test_bare_links_elsewhere_among_papers_at_journals_are_resources() -> None:
    papers = [_linked(i, url) for i, url in enumerate(PAPERS)]
    database = _linked(10, "https://example.org/tools/database.html")
    guide_pdf = _linked(11, "https://example.org/guide.pdf")
    code = _linked(12, "https://github.com/someone/tool")
    article = _linked(13, "https://journal.example.org/article-abstract/148/3/e1/181058/x")
    named = _linked(14, "https://example.org/page", authors=["Quill"], date="2005")
    dropped = resources_among_papers([*papers, database, guide_pdf, code, article, named])
    assert dropped == {id(database)}


def test_too_few_papers_at_journals_or_papers_with_names_change_nothing() -> None:
    database = _linked(10, "https://example.org/tools/database.html")
    few = [_linked(i, url) for i, url in enumerate(PAPERS[:4])]
    assert resources_among_papers([*few, database]) == set()
    cited = [_linked(i, url, authors=["Quill"]) for i, url in enumerate(PAPERS)]
    assert resources_among_papers([*cited, database]) == set()


def test_the_real_page_keeps_its_papers_and_drops_its_sites() -> None:
    path = next(HOLDOUT25.glob("020_*.md"))
    preview = read_listing(path.read_text(encoding="utf-8"), path.name)
    expected = {title_key(p["title"]) for p in expected_papers(path)}
    titles = {title_key(r.title) for r in preview.records}
    assert expected <= titles
    assert title_key("KEGG Metabolic Pathways Database") not in titles
    assert any("linked site among papers" in w.message for w in preview.warnings)
