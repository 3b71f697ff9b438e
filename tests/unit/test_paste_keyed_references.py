"""Reference lists with keys of their own, hanging indents, German-style entries and access
dates in other languages: made-up entries in the shapes tests/data/listings-holdout9/ showed
(its 006, 026 and 029; see its MANIFEST for their sources)."""

from __future__ import annotations

from papershelf.importers.paste.cite import reference
from papershelf.importers.paste.hanging import joined_entries
from papershelf.importers.paste.inverted_refs import inverted_entry
from papershelf.importers.paste.keys import without_keys
from papershelf.importers.paste.lines import Line
from papershelf.importers.paste.works_cited import accessed_web_page
from papershelf.importers.pipeline import read_listing


def _records(text: str) -> list[tuple[str, list[str], str | None, str | None]]:
    return [
        (r.title, r.authors, r.date or r.date_text, r.arxiv_id)
        for r in read_listing(text, "notes.md").records
    ]


def test_a_wrapped_entry_under_a_hanging_indent_is_one_line() -> None:
    raws = [
        "[R1]  Doe, J., & Roe, K. (2023). Sparse Widgets for",
        "      Quiet Machines. arXiv:2301.01234.",
        "",
        "[R2]  Poe, A. (2021). Loud Machines. arXiv:2101.04321.",
    ]
    assert [text for _, text in joined_entries(raws)] == [
        "[R1]  Doe, J., & Roe, K. (2023). Sparse Widgets for Quiet Machines. arXiv:2301.01234.",
        "",
        "[R2]  Poe, A. (2021). Loud Machines. arXiv:2101.04321.",
    ]


def test_indented_lines_that_open_things_of_their_own_stay_apart() -> None:
    fields = ["1. Sparse Widgets", "   Authors: J. Doe", "   - a remark"]
    bibtex = ["@article{doe2023,", "  title = {Sparse Widgets},", "}"]
    assert len(joined_entries(fields)) == 3
    assert len(joined_entries(bibtex)) == 3


def test_apa_references_wrapped_in_a_code_block_are_each_a_paper() -> None:
    text = (
        "## References\n\n```\n"
        "[P01]  Doe, J., Roe, K., Moe, L., &\n"
        "       Poe, A. (2024). Sparse Widgets for Quiet Machines: A Study.\n"
        "       arXiv:2401.01234.\n\n"
        "[P02]  Kim, S. (2025). Loud Machines Are Smelly! Towards Quieter Widgets in\n"
        "       Every Home. arXiv:2502.04321.\n```\n"
    )
    assert _records(text) == [
        (
            "Sparse Widgets for Quiet Machines: A Study",
            ["Doe, J.", "Roe, K.", "Moe, L.", "Poe, A."],
            "2024",
            "2401.01234",
        ),
        (
            "Loud Machines Are Smelly! Towards Quieter Widgets in Every Home",
            ["Kim, S."],
            "2025",
            "2502.04321",
        ),
    ]


def test_an_apa_title_ending_in_a_capital_stops_before_its_identifier() -> None:
    cited = reference("Roe, K. (2026). Delegation Contracts in LDP. arXiv:2603.01234.", [], [])
    assert cited is not None and cited.title == "Delegation Contracts in LDP"


def test_a_running_key_opening_an_item_is_no_part_of_the_names() -> None:
    text = (
        "## Sources\n\n"
        '- [N1] J. Doe, K. Roe, "Sparse widgets for quiet machines", *Widget Letters* 3:12, '
        "2023. https://example.org/w/1\n"
        '- [N2] A. Poe, "Loud machines and their keepers", SSRN WP 5104340, 2025.\n'
    )
    assert [(t, a) for t, a, _y, _i in _records(text)] == [
        ("Sparse widgets for quiet machines", ["J. Doe", "K. Roe"]),
        ("Loud machines and their keepers", ["A. Poe"]),
    ]


def test_a_key_alone_on_its_line_opens_the_entry_below_it() -> None:
    lines = [
        Line(1, "[DOE15]:", block=1),
        Line(2, "Doe, Jane: Sparse Widgets for Quiet", block=1),
        Line(3, "Machines, 2015", block=1),
        Line(5, "[v1] Mon, 1 Jan 2024", block=2),
    ]
    kept = without_keys(lines)
    assert [(line.number, line.text) for line in kept] == [
        (2, "Doe, Jane: Sparse Widgets for Quiet Machines, 2015"),
        (5, "[v1] Mon, 1 Jan 2024"),  # an arXiv version, no key
    ]


def test_german_style_entries_give_names_title_and_year() -> None:
    one = inverted_entry("Doe, Jane: Widgets - Sparse, Quiet, Small, 2014")
    two = inverted_entry("Roe, Karl und Poe, Anna, Loud Machines and Their Keepers, 2002")
    many = inverted_entry("Moe et al., Widgets for Everyone at Home, 2018")
    book = inverted_entry("Kim, Sara: The Birth of Widgets, Springer New York, 2011")
    assert one is not None and (one.title, one.authors, one.year) == (
        "Widgets - Sparse, Quiet, Small",
        "Doe, Jane",
        "2014",
    )
    assert two is not None and two.authors == "Roe, Karl and Poe, Anna"
    assert many is not None and many.authors == "Moe et al."
    assert book is not None and book.title == "The Birth of Widgets"
    assert (
        inverted_entry("Widget Corp, Inc., Widgets Are Here, URL: https://w.example/ 2018") is None
    )


def test_a_bibliography_keeps_its_papers_and_leaves_its_web_sources() -> None:
    text = (
        "## Literaturverzeichnis\n\n"
        '<a name="ref_DOE15">[DOE15]</a>:\n'
        "Doe, Jane et al., Sparse Widgets for Quiet Machines in\nEvery Home, 2015\n\n"
        '<a name="ref_ROE18">[ROE18]</a>:\n'
        "Roe, Karl: Widget Blog Post on Loud Machines, URL: https://roe.example/post "
        "(abgerufen am 30.06.2018)\n\n"
        '<a name="ref_POE02">[POE02]</a>:\n'
        "Poe, Anna und Moe, Lars, Loud Machines and Their Keepers, 2002\n"
    )
    assert _records(text) == [
        ("Sparse Widgets for Quiet Machines in Every Home", ["Doe, Jane"], "2015", None),
        ("Loud Machines and Their Keepers", ["Poe, Anna", "Moe, Lars"], "2002", None),
    ]


def test_an_access_date_in_another_language_marks_an_online_source() -> None:
    assert accessed_web_page("Widgets, https://w.example/ (abgerufen am 30.06.2018)", []) == "page"
    assert accessed_web_page("Widgets, https://w.example/ (consulté le 3 mai 2021)", []) == "page"
    assert (
        accessed_web_page("Widgets, https://arxiv.org/abs/2401.01234 (zugegriffen am 1.2.2024)", [])
        == "paper"
    )


def test_a_works_cited_list_keeps_paper_pages_and_pdfs_and_drops_site_names() -> None:
    text = (
        "1. Sparse Widgets for Quiet Machines \\- WidgetConf, accessed July 6, 2025, "
        "[https://www.widgetconf.org/2020/0671.pdf](https://www.widgetconf.org/2020/0671.pdf)  \n"
        "2. Paper page \\- Loud Machines Are All You Need \\- Hugging Face, accessed July 6, 2025, "
        "[https://huggingface.co/papers/2505.01234](https://huggingface.co/papers/2505.01234)  \n"
        "3. Widgets in Practice \\- Some Blog, accessed July 6, 2025, "
        "[https://someblog.example/posts/2020-01-29-widgets/](https://someblog.example/posts/2020-01-29-widgets/)\n"
    )
    assert [(t, i) for t, _a, _y, i in _records(text)] == [
        ("Sparse Widgets for Quiet Machines", None),
        ("Loud Machines Are All You Need", "2505.01234"),
    ]
