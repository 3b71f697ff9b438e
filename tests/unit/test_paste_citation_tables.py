"""Tables whose Paper cell cites the paper (the names, the year, the title in italics), reading
schedules with the planner's own rows among the papers, and the other shapes of such cells. All
texts are made up, in the shapes real pastes use (tests/data/listings-holdout10 and
listings-holdout11 hold real ones)."""

from __future__ import annotations

from papershelf.importers.paste.cells import italic_citation
from papershelf.importers.pipeline import read_listing


def read(text: str, name: str = "paste.md") -> list[tuple[str, list[str], str | None]]:
    return [(r.title, r.authors, r.date) for r in read_listing(text, name).records]


SCHEDULE = """## Reading plan

| # | Date | Paper | Theme |
|---|---|---|---|
| 1 | 2030-03-02 | Moreau et al. (2011) — *Sparse Lattices for Tiny Models* (SLT) | Basics |
| 2 | 2030-03-04 | Ruiz & Chen (2015) — *Warm Starts in Federated Tuning* | Basics |
| 3 | 2030-03-06 | **MILESTONE 1** — Build the toy model; run it on the small set | — |
| 3 | 2030-03-06 | Okafor (2019) — *Counting Codewords for Sensing* | Coding |
| 4 | 2030-03-08 | Lindqvist et al. (2021) — *Graph Priors for Weather Nowcasting* (GPWN) | Weather |
"""


def test_a_cited_paper_cell_gives_names_year_and_the_italic_title_not_the_schedule_date() -> None:
    assert read(SCHEDULE) == [
        ("Sparse Lattices for Tiny Models", ["Moreau"], "2011"),
        ("Warm Starts in Federated Tuning", ["Ruiz", "Chen"], "2015"),
        ("Counting Codewords for Sensing", ["Okafor"], "2019"),
        ("Graph Priors for Weather Nowcasting", ["Lindqvist"], "2021"),
    ]


def test_italic_citation_needs_names_before_one_italic_title() -> None:
    cited = italic_citation(
        "Okafor (2019) — Counting Codewords for Sensing (CCS)", ["Counting Codewords for Sensing"]
    )
    assert cited is not None
    assert (cited.title, cited.authors, cited.year) == (
        "Counting Codewords for Sensing",
        ["Okafor"],
        "2019",
    )
    # a system's name before the title, or no italics, is no citation
    assert italic_citation("RAGMix: Tiny Retrieval Models", ["Tiny Retrieval Models"]) is None
    assert italic_citation("Okafor (2019) — Counting Codewords", []) is None
