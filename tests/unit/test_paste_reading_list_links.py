"""A resident's reading-list post (made-up entries): first links to other people's reading lists
(`[ATS reading list](…)`), then the papers as MLA citations. A link to a list of readings is no
paper; the citations under it are."""

from __future__ import annotations

from papershelf.importers.pipeline import read_listing

POST = """# Reading lists
* [Example Society reading List](https://society.example.org/residents/reading-list/adult/index.php)
* [Invented Hospital Residency reading lists](https://hospital.example.org/reading-lists-1)

# Single articles

* Quill, Ada B., and Ben C. Marrow. "Pretend Gout: Rapid Invented Review." Journal of Examples 102.9 (2020): 533-538.
* Tansy, Cleo, and Dan F. Oddly. "Imaginary Motility Disorders of the Made-up Tract." Invented Journal of Medicine 383.20 (2020): 1961-1972.
"""  # noqa: E501


def test_links_to_reading_lists_are_no_papers() -> None:
    titles = [r.title for r in read_listing(POST, "post.md").records]
    assert titles == [
        "Pretend Gout: Rapid Invented Review",
        "Imaginary Motility Disorders of the Made-up Tract",
    ]
