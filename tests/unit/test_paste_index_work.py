"""A citation index's page of one work copied whole (made-up work, in the shape of
tests/data/listings-holdout30 024): the title with its kind in brackets, the facts as labels over
their values, then the numbered list of references in the style of physics journals, where books
have titles and journal articles none; and its pages that list references as Crossref gives them
(tests/data/listings-holdout32 001, -holdout31 010): `Surname, Title, Journal, № 14, с. 349` over a
`DOI:` line, or unnumbered, each over its `https://doi.org/… -` link."""

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


CROSSREF_PAGE = """Invented Methods for Made-up Brain Areas

Основна інформація

Тип публікації

Журнальна стаття

Видання
2020, Current Opinion in Pretend Biology, с. 59-69
Автори

Ada Quill, Bo Nadir

Список літератури

  1. Tansy, Imagined imaging of pretend activity, Nat Pretend, № 14, с. 349
    DOI: 10.5555/np.4230
  2. Oddly, Principles of invented communication: proposed schemes and design considerations, Trends Pretend, № 43, с. 725
    DOI: 10.5555/tp.2020.07.001
"""  # noqa: E501

COMPACT_PAGE = """Seasonal timing on a pretend planet: towards a made-up framework
https://doi.org/10.5555/pb.3001952 ·
Видання: Pretend Biology, 2022, № 12, с. e3001952
Видавець: Pretend Library of Science
Автори: Ada Quill, Bo Nadir
Список літератури
-
CD Tansy, Pretend phenology: an imagined environmental science.
https://doi.org/10.5555/978-94 -
EF Oddly, Toward an invented understanding of the role of phenology in evolution, Pretend Trans R Soc Lond B Biol Sci, № 365, с. 3101
https://doi.org/10.5555/rstb.0145 - GH Plum, The theory of imagined islands
-
IJ Quince, Shifting pretend phenology in response to made-up change, Trends Pretend Ecol, № 22, с. 357
https://doi.org/10.5555/tree.003 -
"""  # noqa: E501


def test_crossref_references_under_a_work_are_papers_with_their_dois() -> None:
    records = read_listing(CROSSREF_PAGE, "work.txt").records
    assert [(r.title, r.authors, r.doi) for r in records] == [
        ("Invented Methods for Made-up Brain Areas", ["Ada Quill", "Bo Nadir"], None),
        ("Imagined imaging of pretend activity", ["Tansy"], "10.5555/np.4230"),
        (
            "Principles of invented communication: proposed schemes and design considerations",
            ["Oddly"],
            "10.5555/tp.2020.07.001",
        ),
    ]


def test_unnumbered_crossref_references_take_the_link_under_them_and_stop_at_the_journal() -> None:
    records = read_listing(COMPACT_PAGE, "work.txt").records
    assert [(r.title, r.authors, r.doi) for r in records] == [
        (
            "Seasonal timing on a pretend planet: towards a made-up framework",
            ["Ada Quill", "Bo Nadir"],
            "10.5555/pb.3001952",
        ),
        ("Pretend phenology: an imagined environmental science", ["CD Tansy"], "10.5555/978-94"),
        (
            "Toward an invented understanding of the role of phenology in evolution",
            ["EF Oddly"],
            "10.5555/rstb.0145",
        ),
        ("The theory of imagined islands", ["GH Plum"], None),
        (
            "Shifting pretend phenology in response to made-up change",
            ["IJ Quince"],
            "10.5555/tree.003",
        ),
    ]


ENGLISH_COMPACT_PAGE = """Application of invented technology for pretend development in made-up supply chains ·

Journal: Pretend Operations Research, 2021, № 1-2, p. 46-61

Publisher: Pretend Science and Business Media LLC

Authors: Ada A Quill, Ben Kumar Nadir, Cleo Tansy

List of references

  1. Abeyratne SA, Monfared RP (2016) Invented ledger ready manufacturing supply chain using pretend tools. Int J Pretend Eng 5(09):1–10
  2. Allaoui H, Guo Y, Choudhary A (2018) Sustainable invented food supply chain design using a two-stage pretend approach. Comput Oper Res 89:369–384
  3. Bashir I (2017) Mastering Invented Ledgers. Pretend Publishing Ltd
"""  # noqa: E501


def test_an_english_page_with_labels_and_values_on_one_line_and_springer_references() -> None:
    records = read_listing(ENGLISH_COMPACT_PAGE, "work.txt").records
    assert [(r.title, r.authors, r.date) for r in records] == [
        (
            "Application of invented technology for pretend development in made-up supply chains",
            ["Ada A Quill", "Ben Kumar Nadir", "Cleo Tansy"],
            "2021",
        ),
        (
            "Invented ledger ready manufacturing supply chain using pretend tools",
            ["Abeyratne SA", "Monfared RP"],
            "2016",
        ),
        (
            "Sustainable invented food supply chain design using a two-stage pretend approach",
            ["Allaoui H", "Guo Y", "Choudhary A"],
            "2018",
        ),
        ("Mastering Invented Ledgers", ["Bashir I"], "2017"),
    ]
