"""A report's references copied from a search engine (made-up papers): `[[2210.02747] Title -
arXiv](https://arxiv.org/abs/…)`. The arXiv page of a paper, titled with the site's name after
the title, is that paper; an arXiv page with no paper's id (a listing) is not."""

from __future__ import annotations

from papershelf.core.records import PaperRecord
from papershelf.importers.paste.verdict import judge
from papershelf.importers.pipeline import read_listing

REFERENCES = """## References

1. [[3110.02747] Pretend Matching for Invented Modeling - arXiv](https://arxiv.org/abs/3110.02747)

2. [[3112.06264] Pretend Matching Guide and Code](https://arxiv.org/abs/3112.06264) - A made-up framework...
"""


def test_an_arxiv_abstract_page_titled_with_the_sites_name_is_the_paper() -> None:
    records = read_listing(REFERENCES, "report.md").records
    assert [(r.title, r.arxiv_id) for r in records] == [
        ("Pretend Matching for Invented Modeling", "3110.02747"),
        ("Pretend Matching Guide and Code", "3112.06264"),
    ]


def test_an_arxiv_page_without_a_papers_id_stays_a_sites_page() -> None:
    assert judge(PaperRecord(line=1, title="Computation and Language - arXiv")) is not None
