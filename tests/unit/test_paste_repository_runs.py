"""An awesome-list that links its papers at arXiv and, in another list, a run of repositories
(`- [3DUnetCNN](https://github.com/…)`), as holdout44's 016 does: the repositories whose names
read as titles were papers. A run of three or more bare repository links is a list of tools;
one alone, among papers, may be a paper known by its code."""

from __future__ import annotations

from pathlib import Path

from papershelf.importers.pipeline import read_listing
from tests.pastes import real_papers_found

# made up, in the real README's shape
TOOLS = (
    "### A pretend survey\n\n"
    "- [Pretend Data for Machine Learning](https://github.com/example/pretend-data)\n"
    "- [Invented Networks for Made-up Imaging](https://github.com/example/invented-imaging)\n"
    "- [Imaginary Analysis using Deep Pretending](https://github.com/example/imaginary)\n\n"
)
PAPERS = "Genomics\n\n" + "".join(
    f"- [Pretend Genomics Paper Number {n}: A Made-up Overview](https://arxiv.org/pdf/1802.0081{n}.pdf)\n"
    for n in range(5)
)


def test_a_run_of_repositories_beside_papers_is_no_paper() -> None:
    records = read_listing(TOOLS + PAPERS, "README.md").records
    assert [record.title for record in records] == [
        f"Pretend Genomics Paper Number {n}: A Made-up Overview" for n in range(5)
    ]


def test_one_repository_among_papers_stays() -> None:
    one = "- [Imaginary Analysis using Deep Pretending](https://github.com/example/imaginary)\n"
    records = read_listing(PAPERS + one, "README.md").records
    assert "Imaginary Analysis using Deep Pretending" in [record.title for record in records]


def test_the_real_readme() -> None:
    path = next((Path(__file__).parents[1] / "data" / "listings-holdout44").glob("016_*.md"))
    records = read_listing(path.read_text(encoding="utf-8"), path.name).records
    assert real_papers_found(path) == 7
    assert len(records) == 7  # 11 before: four repositories as papers
