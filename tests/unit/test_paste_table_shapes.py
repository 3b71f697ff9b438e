"""Tables of papers that the Markdown parser does not see whole, and title cells that carry the
venue: a table flattened to pipe-separated lines (its header broken over lines, or none), a pipe
table whose cells run over many lines, a quoted title or a system's name followed by its venue
in brackets. All texts are made up, in the shapes real pastes use (tests/data/listings-holdout4
holds real ones)."""

from __future__ import annotations

from papershelf.core.errors import ImportFailed
from papershelf.importers.pipeline import read_listing


def read(text: str, name: str = "paste.md") -> list[tuple[str, list[str], str | None]]:
    return [(r.title, r.authors, r.date) for r in read_listing(text, name).records]


FLATTENED = """Some older papers worth a look:
- Read each one.
Paper Name | Pub Date |
Times cited |
Cites per year |
Sorting networks of small depth | 1971 | 310 | 6 |
A note on lazy streams | 1984 | 95 | 3 |
Typed closures in practice | 1999 | 402 | 16 |
That was the list.
"""


def test_a_table_flattened_to_pipes_with_its_header_broken_over_lines() -> None:
    assert read(FLATTENED, "post.txt") == [
        ("Sorting networks of small depth", [], "1971"),
        ("A note on lazy streams", [], "1984"),
        ("Typed closures in practice", [], "1999"),
    ]


def test_a_flattened_table_without_header_gives_titles_beside_a_column_of_years() -> None:
    text = "\n".join(FLATTENED.split("\n")[5:])
    assert [title for title, _, _ in read(text, "post.txt")] == [
        "Sorting networks of small depth",
        "A note on lazy streams",
        "Typed closures in practice",
    ]


def test_a_pipe_table_without_its_delimiter_row_is_read_by_its_header() -> None:
    text = (
        "Our reading list:\n\n| Title | Authors | Year |\n"
        "| Sparse Lattices for Tiny Models | Ana Ruiz, Bo Chen | 2021 |\n"
        "| Warm Starts in Federated Tuning | Dee Park | 2022 |\n"
        "| Counting Codewords for Sensing | Eli Moss, Fay Wu | 2023 |\n"
    )
    assert read(text) == [
        ("Sparse Lattices for Tiny Models", ["Ana Ruiz", "Bo Chen"], "2021"),
        ("Warm Starts in Federated Tuning", ["Dee Park"], "2022"),
        ("Counting Codewords for Sensing", ["Eli Moss", "Fay Wu"], "2023"),
    ]


def test_a_table_markdown_does_not_parse_keeps_its_links_and_skips_its_delimiter_row() -> None:
    text = (
        "| Date ||Presenter ||Paper Title and Link |\n"
        "| :-------- | | :--------- || :--------- |\n"
        "|10/22/2021 || Ana Ruiz || [Sparse Lattices for Tiny Models](https://arxiv.org/abs/2101.00001) |\n"
        "|10/15/2021 || Bo Chen || [Warm Starts in Federated Tuning](https://arxiv.org/abs/2102.00002) |\n"
        "|10/8/2021 || Dee Park || [Counting Codewords](https://example.org/codewords.pdf) |\n"
    )
    records = read_listing(text, "group.md").records
    assert [(r.title, r.urls[:1]) for r in records] == [
        ("Sparse Lattices for Tiny Models", ["https://arxiv.org/abs/2101.00001"]),
        ("Warm Starts in Federated Tuning", ["https://arxiv.org/abs/2102.00002"]),
        ("Counting Codewords", ["https://example.org/codewords.pdf"]),
    ]


def test_a_log_flattened_to_pipes_with_a_year_column_is_no_table_of_papers() -> None:
    text = (
        "v1 | 2019 | fixed the build on old compilers.\nv2 | 2020 | added a flag for quiet runs.\n"
        "v3 | 2021 | dropped support for the old format.\n"
    )
    try:
        records = read(text, "changes.txt")
    except ImportFailed:
        records = []
    assert records == []


def test_pipe_lines_without_a_year_column_or_a_title_header_make_no_table() -> None:
    text = (
        "Mode | Key | Effect |\nfast | F1 | skips checks |\nslow | F2 | runs checks |\n"
        "quiet | F3 | prints nothing |\n"
    )
    try:
        records = read(text, "keys.txt")
    except ImportFailed:
        records = []
    assert records == []


# A scraper's cell keeps the page's line breaks and indentation (`·` marks a space here).
SPANNING = """| Title | Authors | Abstract | Domain |
|-------|---------|----------|--------|
| Sparse Lattices for Tiny Models | Authors:
Ana Ruiz,·
······
······Bo Chen,·
······
······Carl Olsen
······, et al. (4 additional authors not shown) | We study sparse lattices for small models. They help.
········△ Less | Unknown |
| Warm Starts in Federated Tuning | Authors:
Dee Park,·
······
······Eli Moss | Warm starts cut the rounds needed by half. We show why.
········△ Less | Unknown |
""".replace("·", " ")


def test_a_pipe_table_whose_cells_run_over_many_lines_gives_one_paper_a_row() -> None:
    records = read_listing(SPANNING, "table.md").records
    assert [(r.title, r.authors, r.abstract) for r in records] == [
        ("Sparse Lattices for Tiny Models", ["Ana Ruiz", "Bo Chen", "Carl Olsen"],
         "We study sparse lattices for small models. They help."),
        ("Warm Starts in Federated Tuning", ["Dee Park", "Eli Moss"],
         "Warm starts cut the rounds needed by half. We show why."),
    ]  # fmt: skip
    assert [r.line for r in records] == [3, 11]


VENUES = """| Paper | Year | Key Contribution |
|---|---|---|
| "Lattice Agents for Review Writing" (JMLR) | 2024 | Surveys 40 tools. |
| "Judging Reviews by Committee" (arXiv 2509.01234) | 2025 | Agreement with experts. |
| QuillBot Agent (Science, Mar 2026) | 2026 | Open retrieval over papers. |
| Agent Laboratory (ACL 2025 Findings) | 2025 | Research workflow end to end. |
| KITE (NAACL 2024) / Co-KITE (EMNLP 2024) | 2024 | Pre-writing by perspectives. |
"""


def test_a_title_cell_keeps_the_title_without_the_venue_in_brackets_after_it() -> None:
    assert [title for title, _, _ in read(VENUES)] == [
        "Lattice Agents for Review Writing",
        "Judging Reviews by Committee",
        "QuillBot Agent",
        "Agent Laboratory",
        "KITE",
    ]


def test_an_authors_column_of_family_names_some_of_two_words_parts_people() -> None:
    text = (
        "| arXiv | Title | Authors |\n|---|---|---|\n"
        "| 2211.00001 | Circuits in the Wild for Small Models | Wang, Vary, Conn, Shore |\n"
        "| 2309.00002 | Best Practices of Activation Patching | Zhang, Nanda |\n"
        "| 2403.00003 | Scalable Attribution to Components | Kramer, Lieb, Shah |\n"
        "| 2405.00004 | Sparse Feature Circuits Revisited | Rezaei Jafari, Eberle, Nanda |\n"
    )
    assert [authors for _, authors, _ in read(text)] == [
        ["Wang", "Vary", "Conn", "Shore"],
        ["Zhang", "Nanda"],
        ["Kramer", "Lieb", "Shah"],
        ["Rezaei Jafari", "Eberle", "Nanda"],
    ]


def test_a_table_a_browser_copied_as_tab_separated_lines() -> None:
    text = (
        "Title\tAuthors\tYear\n"
        "Sparse Lattices for Tiny Models\tAna Ruiz, Bo Chen\t2021\n"
        "Warm Starts in Federated Tuning\tDee Park\t2022\n"
        "Counting Codewords for Sensing\tEli Moss, Fay Wu\t2023\n"
    )
    assert read(text, "copied.txt") == [
        ("Sparse Lattices for Tiny Models", ["Ana Ruiz", "Bo Chen"], "2021"),
        ("Warm Starts in Federated Tuning", ["Dee Park"], "2022"),
        ("Counting Codewords for Sensing", ["Eli Moss", "Fay Wu"], "2023"),
    ]


LABELLED_CELLS = """## Property prediction

|Method | Paper |
|-------|-------|
|LatNet | Lattice nets for predicting melting points of alloys (NeurIPS2019) [[**Paper**](https://example.org/p/1)][[**Code**](https://github.com/x/latnet)] |
|ThermoG | Graph transformers for thermal conductivity of oxides (The Journal of Physical Chemistry Letters, 2023) [[**Paper**](https://doi.org/10.1021/acs.jpclett.3c09999)] |
"""  # noqa: E501


def test_a_title_cell_ending_in_its_links_labels_gives_the_title_before_venue_and_labels() -> None:
    records = read_listing(LABELLED_CELLS, "list.md").records
    assert [(r.title, r.date) for r in records] == [
        ("Lattice nets for predicting melting points of alloys", "2019"),
        ("Graph transformers for thermal conductivity of oxides", "2023"),
    ]
    assert records[1].doi == "10.1021/acs.jpclett.3c09999"


def test_a_bracketed_label_that_is_no_link_stays_in_the_title() -> None:
    text = (
        "| Paper | Year |\n|---|---|\n"
        "| Sparse lattices for tiny models [Extended] | 2021 |\n"
        "| Warm starts in federated tuning | 2022 |\n"
    )
    assert [r.title for r in read_listing(text, "list.md").records] == [
        "Sparse lattices for tiny models [Extended]",
        "Warm starts in federated tuning",
    ]
