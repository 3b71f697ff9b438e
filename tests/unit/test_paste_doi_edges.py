"""Where a DOI ends (made-up DOIs and titles): Elsevier's DOIs hold the issue in brackets,
`10.1016/S0000-0000(21)00042-7`, and a feed item's HTML paragraph glues its closing tag's next
words to the DOI it ends with (`doi:10.1/x</a></p>Title`)."""

from __future__ import annotations

import pytest

from papershelf.importers.paste.identifiers import DOI
from papershelf.importers.pipeline import read_listing


@pytest.mark.parametrize(
    ("text", "doi"),
    [
        ("doi: 10.1016/S9999-0001(21)00042-7.", "10.1016/S9999-0001(21)00042-7"),
        ("(https://doi.org/10.1016/S9999-0002(19)30001-X)", "10.1016/S9999-0002(19)30001-X"),
        ("10.1234/plain.5678 (2016)", "10.1234/plain.5678"),  # a year after it is no part
        ("see (10.1234/plain.5678)", "10.1234/plain.5678"),
        ("10.1234/ends(2016).", "10.1234/ends"),  # a bracket closing it is no part either
    ],
)
def test_a_bracketed_issue_inside_a_doi_is_part_of_it(text: str, doi: str) -> None:
    found = DOI.search(text)
    assert found is not None and found["doi"] == doi


FEED = """# Digest

## Journal of Examples

- **An invented result about pretend crystals**
  🔗 https://example.org/articles/x-0001
  📝 <p>Journal, Published online: 02 May 2025; <a href="https://example.org/articles/x-0001">doi:10.5555/x-0001</a></p>An invented result about pretend crystals

- **A second invented finding on imaginary water**
  🔗 https://example.org/articles/x-0002
  📝 <p>Journal, Published online: 03 May 2025; <a href="https://example.org/articles/x-0002">doi:10.5555/x-0002</a></p>A second invented finding on imaginary water
"""  # noqa: E501


def test_a_closing_paragraph_tag_ends_the_doi_before_it() -> None:
    records = read_listing(FEED, "digest.md").records
    assert [r.doi for r in records] == ["10.5555/x-0001", "10.5555/x-0002"]
