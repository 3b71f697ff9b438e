"""A citation index's page of one work copied whole (made-up work, in the shape of
tests/data/listings-holdout30 024): the title with its kind in brackets, the facts as labels over
their values, then the numbered list of references in the style of physics journals, where books
have titles and journal articles none."""

from __future__ import annotations

from papershelf.importers.pipeline import read_listing

PAGE = """Pretend Activation of Invented Boron Clusters by Made-up Metal Complexes (Review)

General information

Publication type

Journal Article

Journal
2021, Journal of Pretend Chemistry, № 9, p. 1289-1342
Publisher

Pretend Publishing Ltd

Author

A. B. Quill

Details

Number of citations

0

List of references

  1. A. B. Quill and C. D. Nadir, Invented Clusters in Use: Status and Perspectives (Pretend Publishers, Hauppauge, 2009).
  2. Made-up Science. New Technologies, Ed. by E. F. Tansy (Pretend Press, Boca Raton, 2012). https://doi.org/10.5555/b11199
    DOI: 10.5555/b11199
  3. A. B. Quill, C. D. Nadir, and G. H. Oddly, J. Pretend Chem. 67, 679 (2002). https://doi.org/10.5555/cccc679
    DOI: 10.5555/cccc679
"""  # noqa: E501


def test_the_work_and_its_titled_references_are_papers_a_journal_reference_none() -> None:
    records = read_listing(PAGE, "work.txt").records
    assert [(r.title, r.authors, r.date, r.doi) for r in records] == [
        (
            "Pretend Activation of Invented Boron Clusters by Made-up Metal Complexes",
            ["A. B. Quill"],
            "2021",
            None,
        ),
        (
            "Invented Clusters in Use: Status and Perspectives",
            ["A. B. Quill", "C. D. Nadir"],
            "2009",
            None,
        ),
        ("Made-up Science. New Technologies", ["E. F. Tansy"], "2012", "10.5555/b11199"),
    ]
