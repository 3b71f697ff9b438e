"""A link to a publisher's page of a paper goes on after the DOI with the page's own query
(`?mobileUi=0`, `?casa_token=…`): the DOI ends before it (made-up DOIs)."""

from __future__ import annotations

from papershelf.importers.paste.identifiers import find_identifiers


def test_a_page_query_is_no_part_of_the_doi() -> None:
    for url, doi in (
        ("https://www.example-press.org/doi/abs/10.5555/696225?mobileUi=0", "10.5555/696225"),
        ("https://example.org/doi/full/10.5555/x.2019.1/full?casa_token=AbC-1", "10.5555/x.2019.1"),
        ("https://example.org/doi/10.5555/abc?x", "10.5555/abc?x"),  # no `key=`: kept
    ):
        assert find_identifiers("", [url]).doi == doi
