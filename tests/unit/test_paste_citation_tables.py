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
    # one word with no year before the italics may be a label, not a family name
    assert italic_citation("Highlight: Counting Codewords", ["Counting Codewords"]) is None


def test_a_reference_or_cite_column_holds_the_titles() -> None:
    text = (
        "| Reference | Author(s) | Year | Why |\n|---|---|---|---|\n"
        "| Patterns of Sparse Storage | Ana Ruiz | 2004 | Storage |\n"
        "| Parts and Wholes | Moreau, Okafor | 1998 | Theory |\n"
        "| Graph Priors for Weather | Lindqvist et al. | 2012 | Priors |\n"
    )
    assert read(text) == [
        ("Patterns of Sparse Storage", ["Ana Ruiz"], "2004"),
        ("Parts and Wholes", ["Moreau", "Okafor"], "1998"),
        ("Graph Priors for Weather", ["Lindqvist"], "2012"),
    ]


def test_a_cite_column_of_italic_titles_takes_the_year_from_a_venue_column_named_loosely() -> None:
    text = (
        "| Cite | Venue, checked | Overlap |\n|---|---|---|\n"
        "| Moreau et al., *Sparse Lattices for Tiny Models*, `arXiv:3001.01234` "
        "| **ICML 2031** — proceedings page | the lattice step |\n"
        "| Ruiz et al., *Warm Starts in Federated Tuning*, `arXiv:3002.04321` "
        "| **Findings of ACL 2030** — pp. 10–20 | warm starts |\n"
    )
    records = read_listing(text, "paste.md").records
    assert [(r.title, r.authors, r.date, r.arxiv_id) for r in records] == [
        ("Sparse Lattices for Tiny Models", ["Moreau"], "2031", "3001.01234"),
        ("Warm Starts in Federated Tuning", ["Ruiz"], "2030", "3002.04321"),
    ]


def test_a_russian_table_reads_its_date_column_and_et_al_in_russian() -> None:
    text = (
        "| Название | Авторы | Дата |\n|---|---|---|\n"
        "| SPARROW and FINCH: Two Tiny Lattice Models | Moreau, Okafor, Lindqvist | 2011/2014 |\n"
        "| Warm Starts in Federated Tuning | Ana Ruiz и соавт. | 2015 |\n"
        "| Counting Codewords for Sensing | Bo Chen и др. | 2019 |\n"
    )
    assert read(text) == [
        ("SPARROW and FINCH: Two Tiny Lattice Models", ["Moreau", "Okafor", "Lindqvist"], "2011"),
        ("Warm Starts in Federated Tuning", ["Ana Ruiz"], "2015"),
        ("Counting Codewords for Sensing", ["Bo Chen"], "2019"),
    ]


def test_names_in_capitals_before_a_colon_are_systems_not_authors() -> None:
    from papershelf.importers.paste.cells import names_then_title

    assert names_then_title("SPARROW and FINCH: Two Tiny Lattice Models") is None
    named = names_then_title("Moreau and Okafor: Two Tiny Lattice Models")
    assert named is not None and named.authors == ["Moreau", "Okafor"]


def test_a_short_name_linking_its_paper_page_is_a_paper() -> None:
    text = (
        "| 论文标题 | 领域 | Upvotes |\n| :--- | :--- | :---: |\n"
        "| [Sparse Lattices for Tiny Models](https://huggingface.co/papers/3001.01234) | LLM | 9 |\n"
        "| [SLT 2](https://huggingface.co/papers/3001.04321) | Agent | 7 |\n"
        "| [Toolbox](https://example.com/toolbox) | Agent | 3 |\n"
    )
    records = read_listing(text, "paste.md").records
    assert [(r.title, r.arxiv_id) for r in records] == [
        ("Sparse Lattices for Tiny Models", "3001.01234"),
        ("SLT 2", "3001.04321"),
    ]


def test_a_citation_in_brackets_after_a_short_name_gives_people_and_year() -> None:
    text = (
        "| Week | Paper | Idea |\n|---|---|---|\n"
        "| 1 | [Lattices (Moreau et al., 2011)](https://arxiv.org/abs/1101.01234) | lattices |\n"
        "| 2 | [WarmFed (Ruiz & Chen, 2015)](https://arxiv.org/abs/1502.04321) | warm starts |\n"
        "| 3 | [CodeSense (Acme, 2019)](https://arxiv.org/abs/1903.01111) | codewords |\n"
    )
    assert read(text) == [
        ("Lattices", ["Moreau"], "2011"),
        ("WarmFed", ["Ruiz", "Chen"], "2015"),
        ("CodeSense", [], "2019"),  # one word may be a company: no author taken
    ]


def test_a_quoted_title_after_one_family_name_keeps_the_venue_year_after_it() -> None:
    text = (
        "| Week | Paper |\n|------|-------|\n"
        '| 3 | Moreau, "Sparse Lattices for Tiny Models," JSM 1981 |\n'
        '| 6 | Ruiz and Chen, "Warm Starts in Federated Tuning," CIDR 2030 (warm starts) |\n'
    )
    assert read(text) == [
        ("Sparse Lattices for Tiny Models", ["Moreau"], "1981"),
        ("Warm Starts in Federated Tuning", ["Ruiz", "Chen"], "2030"),
    ]


def test_a_lab_or_venue_with_its_year_in_another_cell_dates_a_short_name() -> None:
    text = (
        "| Week | Paper | DOI/arXiv |\n|------|-------|-----------|\n"
        "| 1 | Sparse Lattices for Tiny Models | arXiv:3001.01234 |\n"
        "| 2 | LatticeKit | Acme Research 2030 |\n"
    )
    assert read(text) == [
        ("Sparse Lattices for Tiny Models", [], "2030-01"),
        ("LatticeKit", [], "2030"),
    ]


def test_a_syllabus_column_of_readings_holds_the_papers() -> None:
    text = (
        "| Week | Required Reading | Notes |\n|---|---|---|\n"
        "| 1 | Moreau et al. (2011). Sparse lattices for tiny models. JSM. | core |\n"
        '| 2 | Ruiz and Chen, "Warm Starts in Federated Tuning," CIDR 2030 | core |\n'
    )
    assert read(text) == [
        ("Sparse lattices for tiny models", ["Moreau"], "2011"),
        ("Warm Starts in Federated Tuning", ["Ruiz", "Chen"], "2030"),
    ]


def test_a_journal_club_table_citing_after_the_title_keeps_names_apart_from_the_venue() -> None:
    text = (
        "| Date | Paper | Presenter |\n|---|---|---|\n"
        "| 3/11 | [Warm Starts in Federated Tuning](https://openreview.net/forum?id=abc123)"
        " — Ruiz & Chen, ICLR 2030 | Lee |\n"
        "| 3/18 | Counting Codewords for Sensing (Park et al., NeurIPS 2029) | Cho |\n"
    )
    assert read(text) == [
        ("Warm Starts in Federated Tuning", ["Ruiz", "Chen"], "2030"),
        ("Counting Codewords for Sensing", ["Park"], "2029"),
    ]
