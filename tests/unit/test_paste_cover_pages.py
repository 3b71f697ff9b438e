"""An archive's cover page before a paper's PDF, copied from a document-sharing site
(tests/data/listings-holdout14 holds real ones): HAL's `HAL Id:` … `To cite this version:` and
JSTOR's `Author(s):` … `Stable URL:`, their lines kept or run together. All texts are made up."""

from __future__ import annotations

from papershelf.importers.pipeline import read_listing

HAL_LINES = """• Nothing found

Compter les lanternes : une étude inventée

Partager "Compter les lanternes : une étude inventée"

HAL Id: halshs-00000001

https://halshs.example.org/halshs-00000001

Submitted on 30 Jan 2006

HAL is a multi-disciplinary open access archive for the deposit and dissemination of made-up \
research documents, whether they are published or not.

L'archive ouverte pluridisciplinaire HAL, est destinée au dépôt de documents inventés.

Compter les lanternes dans le brouillard du port : une étude inventée des phares (CCSD/HAL)

Ada Quist

To cite this version:

Ada Quist. Compter les lanternes dans le brouillard du port : une étude inventée des phares \
(CCSD/HAL). 2006. halshs-00000001
"""


def test_a_hal_cover_gives_the_cited_title_year_and_its_page() -> None:
    [record] = read_listing(HAL_LINES, "cover.txt").records
    assert record.title == (
        "Compter les lanternes dans le brouillard du port : une étude inventée des phares"
        " (CCSD/HAL)"
    )
    assert record.authors == ["Ada Quist"]
    assert record.date == "2006"
    assert record.urls == ["https://halshs.example.org/halshs-00000001"]


HAL_RUN_TOGETHER = (
    "19\n"
    "HAL Id: hal-00000002 https://hal.example.org/hal-00000002 Submitted on 8 Mar 2020 HAL is a"
    " multi-disciplinary open access archive for made-up documents. L'archive ouverte HAL est"
    " destinée aux documents inventés, publics ou privés. Counting lanterns in harbour fog: an"
    " overview and a look ahead Ada Quist, Ben Okafor, Clara Vane, Dev Rieu To cite this version:"
    " Ada Quist, Ben Okafor, et al.. Counting lanterns in harbour fog: an overview and a look"
    " ahead. Made-Up Letters, Imaginary 2020, 6 (3), pp.e03551. 10.5555/j.mul.2020.e03551."
    " hal-00000002\n"
    "\n"
    "Counting lanterns in harbour fog: an overview\n"
)


def test_a_cover_run_together_gives_the_full_names_over_the_cited_ones() -> None:
    [record] = read_listing(HAL_RUN_TOGETHER, "cover.txt").records
    assert record.title == "Counting lanterns in harbour fog: an overview and a look ahead"
    assert record.authors == ["Ada Quist", "Ben Okafor", "Clara Vane", "Dev Rieu"]
    assert record.date == "2020"
    assert record.doi == "10.5555/j.mul.2020.e03551"


JSTOR_COVER = """counting lanterns

12
Counting Lanterns in Old Harbours Author(s): Ada B. Quist Source: The Made-Up Archivist, \
Vol. 16, No. 1 (Jan., 1953), pp. 27-37 Published by: Society of Imaginary Archivists Stable \
URL: http://www.jstor.org/stable/00000001 . Accessed: 25/06/2014 06:15 Your use of the archive \
indicates your acceptance of its Terms.

Upload: ada-b-quist

218 views
"""


def test_a_jstor_cover_gives_title_names_issue_year_and_stable_url() -> None:
    [record] = read_listing(JSTOR_COVER, "cover.txt").records
    assert record.title == "Counting Lanterns in Old Harbours"
    assert record.authors == ["Ada B. Quist"]
    assert record.date == "1953"
    assert record.urls == ["http://www.jstor.org/stable/00000001"]


def test_a_jstor_cover_with_its_lines_kept() -> None:
    text = (
        "Counting Lanterns in Old Harbours\n"
        "Author(s): Ada B. Quist and Ben Okafor\n"
        "Source: The Made-Up Archivist, Vol. 16, No. 1 (Jan., 1953), pp. 27-37\n"
        "Published by: Society of Imaginary Archivists\n"
        "Stable URL: https://www.jstor.org/stable/00000001\n"
        "Accessed: 25/06/2014 06:15\n"
    )
    [record] = read_listing(text, "cover.txt").records
    assert (record.title, record.authors, record.date, record.urls) == (
        "Counting Lanterns in Old Harbours",
        ["Ada B. Quist", "Ben Okafor"],
        "1953",
        ["https://www.jstor.org/stable/00000001"],
    )


HAL_INITIALS = """HAL Id: hal-01234567
https://hal.example.org/hal-01234567v2
Submitted on 3 Feb 2021
HAL is a multi-disciplinary open access archive for the deposit of made-up documents.
L'archive ouverte pluridisciplinaire HAL, est destinée aux documents inventés.
Distributed under a Creative Commons Attribution 4.0 International License
Lanterns in fog. A made-up survey of harbours
Ada B. Quist, Ben Okafor
To cite this version:
Ada B. Quist, Ben Okafor. Lanterns in fog. A made-up survey of harbours. Journal of Made-Up \
Harbours, 2021, 12 (3), pp.45-67. ⟨10.5555/jmh.2021.45⟩. ⟨hal-01234567v2⟩
"""


def test_a_cited_title_with_a_full_stop_after_names_with_initials() -> None:
    [record] = read_listing(HAL_INITIALS, "cover.txt").records
    assert record.title == "Lanterns in fog. A made-up survey of harbours"
    assert record.authors == ["Ada B. Quist", "Ben Okafor"]
    assert record.date == "2021"
    assert record.doi == "10.5555/jmh.2021.45"
