"""One article's page copied from a journal's or an archive's site (tests/data/listings-holdout14
holds real ones): the title, the byline with its affiliation marks, the affiliations, the dates,
the DOI and the abstract, among the site's menus. All texts are made up."""

from __future__ import annotations

from papershelf.importers.paste import paper_page_front
from papershelf.importers.paste.doc import normalise
from papershelf.importers.pipeline import read_listing

JOURNAL_PAGE = """Open Access Article
This article is licensed under a Creative Commons licence

Counting Lanterns in Sparse Harbour Fog: A Made-Up Survey

Ada Quist , Ben Okafor , Clara M. J. Vane and Dev Rieu *
Department of Imaginary Studies, University of Nowhere, Nowhere, UK. E-mail: ada@example.org

Received 29th May 2022 , Accepted 12th August 2022

First published on 13th August 2022


Abstract

Here we count lanterns in harbour fog with a method nobody has used before, and show that the \
counts agree with what the harbour master wrote down over ten made-up years of observation.
"""


def test_a_journal_page_gives_its_front_and_abstract() -> None:
    [record] = read_listing(JOURNAL_PAGE, "page.txt").records
    assert record.title == "Counting Lanterns in Sparse Harbour Fog: A Made-Up Survey"
    assert record.authors == ["Ada Quist", "Ben Okafor", "Clara M. J. Vane", "Dev Rieu"]
    assert record.date == "2022-08-13"
    assert record.abstract.startswith("Here we count lanterns")


MANUSCRIPT_PAGE = """Skip to main content
Made Up Author Manuscripts logoLink to Made Up Author Manuscripts
. Author manuscript; available in an archive: 2016 Oct 1.
Published in final edited form as: J Made Up Inform. 2015 Sep 10;57:436–445. doi: 10.5555/j.mui.2015.09.003

Finding Made-Up Citations for Imaginary Guidelines

Ada Bea Quist 1,2, Ben Okafor 2, Clara Del Vane 1
PMCID: PMC0000001  PMID: 00000001
"""


def test_the_journal_line_over_the_title_gives_the_day_and_the_doi() -> None:
    [record] = read_listing(MANUSCRIPT_PAGE, "page.txt").records
    assert record.title == "Finding Made-Up Citations for Imaginary Guidelines"
    assert record.authors == ["Ada Bea Quist", "Ben Okafor", "Clara Del Vane"]
    assert record.date == "2015-09-10"
    assert record.doi == "10.5555/j.mui.2015.09.003"


TWO_LANGUAGES = """Revista Inventada v.22 n.4 Lisboa dez. 2013

http://dx.doi.org/10.5555/S0000-00002013000400017

COMUNICAÇÃO CIENTÍFICA

Um estudo inventado sobre pássaros contados

A made-up study of counted birds

Ana Sousa Quist

Professora, Universidade de Lugar Nenhum, Portugal
"""


def test_a_page_in_two_languages_gives_the_title_in_its_own() -> None:
    [record] = read_listing(TWO_LANGUAGES, "page.txt").records
    assert record.title == "Um estudo inventado sobre pássaros contados"
    assert record.authors == ["Ana Sousa Quist"]
    assert record.date == "2013"
    assert record.doi == "10.5555/S0000-00002013000400017"
    assert "http://dx.doi.org/10.5555/S0000-00002013000400017" in record.urls


NUMBERED_BYLINE = """Article Text

Download PDF

Growth of made-up harbour databases: a scientometric survey of imaginary output
  1. Ada Quist,
  2. Ben Okafor
  1. Centre for Made-Up Studies, Nowhere Business School, Nowhere, UK
  1. Correspondence to Dr Ada Quist; ada{at}example.org
"""


def test_names_set_one_to_a_numbered_line_are_one_byline() -> None:
    [record] = read_listing(NUMBERED_BYLINE, "page.md").records
    assert record.title == (
        "Growth of made-up harbour databases: a scientometric survey of imaginary output"
    )
    assert record.authors == ["Ada Quist", "Ben Okafor"]


NAMES_TWICE = """Searching and Counting Lanterns and Beacons Using a Made-Up Index

Ada Quist, Ada Quist, Ben Okafor, Ben Okafor

Published: 2023-03-22 DOI: 10.5555/mui.694

Abstract

In the field of harbour studies there is a growing need for lantern counting tools that help \
keepers tackle the fog. We describe a made-up index and how to search it for beacons.
"""


def test_a_page_that_shows_each_name_twice_gives_each_once() -> None:
    [record] = read_listing(NAMES_TWICE, "page.txt").records
    assert record.authors == ["Ada Quist", "Ben Okafor"]
    assert record.date == "2023-03-22"
    assert record.doi == "10.5555/mui.694"


TWO_FRONTS = """Counting Lanterns in Sparse Harbour Fog

Ada Quist, Ben Okafor
Department of Imaginary Studies, University of Nowhere

Sorting Beacons by Their Made-Up Colours

Clara Vane, Dev Rieu
Department of Imaginary Studies, University of Nowhere
"""


def test_two_fronts_are_a_list_and_no_page() -> None:
    doc = normalise(TWO_FRONTS, "list.txt")
    assert paper_page_front.read(list(doc.lines), doc) == []


BY_BYLINE = """# Counting Lanterns in Made-Up Harbour Fog

by Ada Quist, Ben Okafor

Department of Imaginary Studies, University of Nowhere

## Abstract

We count lanterns in harbour fog with a method nobody has used before, and show that the \
counts agree with the records.
"""


def test_a_byline_led_by_by_over_an_affiliation() -> None:
    [record] = read_listing(BY_BYLINE, "page.md").records
    assert record.title == "Counting Lanterns in Made-Up Harbour Fog"
    assert record.authors == ["Ada Quist", "Ben Okafor"]
    assert record.abstract.startswith("We count lanterns")


MARKS_BEFORE_AND = """Open Access Article
Counting Lanterns in Made-Up Harbour Fog
by Ada Quist 1,*, Ben Okafor 2 and Clara Vane 1
1 Department of Imaginary Studies, University of Nowhere, Nowhere 12345, Country
2 Institute of Made-Up Optics, Somewhere 54321, Country
Made-Up Atmos. 2023, 14(3), 46; https://doi.org/10.5555/atmos14030046
Submission received: 12 January 2023 / Revised: 10 February 2023 / Published: 22 March 2023
Abstract
We count lanterns in harbour fog with a method nobody has used before, and show that the \
counts agree with the records of the harbour master.
"""


def test_affiliation_marks_before_and_are_no_part_of_the_names() -> None:
    [record] = read_listing(MARKS_BEFORE_AND, "page.txt").records
    assert record.authors == ["Ada Quist", "Ben Okafor", "Clara Vane"]
    assert record.date == "2023-03-22"
    assert record.doi == "10.5555/atmos14030046"


DAY_OVER_THE_TITLE = """Journal of Made-Up Studies
J Made Up Stud. 2023; 14: 1234.
Published online 2023 Mar 22. doi: 10.5555/jmus.2023.1234

Counting Lanterns in Made-Up Harbour Fog

Ada Quist,1 Ben Okafor,2 and Clara Vane1,*
Author information Article notes Copyright and License information
"""


def test_the_day_published_online_over_the_title_is_the_papers() -> None:
    [record] = read_listing(DAY_OVER_THE_TITLE, "page.txt").records
    assert record.authors == ["Ada Quist", "Ben Okafor", "Clara Vane"]
    assert record.date == "2023-03-22"
    assert record.doi == "10.5555/jmus.2023.1234"


def test_a_dateline_or_a_wrapped_title_over_names_is_no_front() -> None:
    for text in (
        "Submitted on 2017/08/21\nby Ada Quist a, Ben Okafor b\nDepartment of X, University Y\n",
        "Lanterns and Beacons Read Together for\nSpeech Understanding\n"
        "Department of Made-Up Studies, University of Nowhere\n",
    ):
        doc = normalise(text, "page.txt")
        assert paper_page_front.read(list(doc.lines), doc) == []


ABSTRACT = (
    "We count lanterns in harbour fog with a method nobody has used before, and show that the"
    " counts agree with the records of the harbour master."
)
BUTTON_BETWEEN = f"""Journal of Made-Up Studies
Volume 12, March 2021, 101234
Counting Lanterns in Made-Up Harbour Fog
Author links open overlay panel
Ada Quist a, Ben Okafor b, Clara Vane a
Show more
https://doi.org/10.5555/j.jmus.2021.101234
Abstract
{ABSTRACT}
"""


def test_a_button_between_the_title_and_the_names_is_skipped() -> None:
    [record] = read_listing(BUTTON_BETWEEN, "page.txt").records
    assert record.title == "Counting Lanterns in Made-Up Harbour Fog"
    assert record.authors == ["Ada Quist", "Ben Okafor", "Clara Vane"]
    assert record.doi == "10.5555/j.jmus.2021.101234"


NAMES_A_LINE_EACH = f"""Open Access
Peer-reviewed
Research Article
Counting Lanterns in Made-Up Harbour Fog
Ada Quist ,
Ben Okafor,
Clara Vane
Published: March 12, 2021
https://doi.org/10.5555/journal.pmus.0123456
Abstract
{ABSTRACT}
"""


def test_names_a_line_each_and_a_month_first_day() -> None:
    [record] = read_listing(NAMES_A_LINE_EACH, "page.txt").records
    assert record.authors == ["Ada Quist", "Ben Okafor", "Clara Vane"]
    assert record.date == "2021-03-12"


DAY_IN_THE_JOURNAL_LINE = f"""ORIGINAL RESEARCH article
Front. Made-Up Sci., 12 March 2021
Sec. Imaginary Studies
Volume 12 - 2021 | https://doi.org/10.5555/fmus.2021.123456
Counting Lanterns in Made-Up Harbour Fog
Ada Quist1*, Ben Okafor2 and Clara Vane1
1Department of Imaginary Studies, University of Nowhere, Nowhere, Country
Abstract
{ABSTRACT}
"""


def test_the_journal_lines_day_over_the_title_and_no_section_read_as_a_name() -> None:
    [record] = read_listing(DAY_IN_THE_JOURNAL_LINE, "page.txt").records
    assert record.title == "Counting Lanterns in Made-Up Harbour Fog"
    assert record.authors == ["Ada Quist", "Ben Okafor", "Clara Vane"]
    assert record.date == "2021-03-12"
    assert record.doi == "10.5555/fmus.2021.123456"


JAPANESE_PAGE = """日本架空学会雑誌
Vol. 24 (2020) No. 1 p. 26-37
架空の港における灯火の計数と霧の観測
山田 花子, 鈴木 一郎
著者情報
キーワード: 灯火, 霧
DOI https://doi.org/10.5555/jmus.24.1_26
発行日: 2020/04/30
抄録
架空の港で灯火を十年間数え、港長の記録と比べた。霧が晴れると二つの数は一致することを示した。
"""


def test_a_japanese_article_page_gives_its_names_day_and_abstract() -> None:
    [record] = read_listing(JAPANESE_PAGE, "page.txt").records
    assert record.title == "架空の港における灯火の計数と霧の観測"
    assert record.authors == ["山田 花子", "鈴木 一郎"]
    assert record.date == "2020-04-30"
    assert record.doi == "10.5555/jmus.24.1_26"
    assert record.abstract.startswith("架空の港で灯火を")


CHINESE_PAGE = """架空港口灯火计数研究
山田花子1, 铃木一郎2
1. 架空大学 物理学院, 北京 100000; 2. 虚构研究所, 上海 200000
摘要: 我们在架空的港口数了十年灯火，并与港务长的记录比较，发现雾散之后两者一致。我们还数了灯塔。
关键词: 灯火; 雾
DOI: 10.5555/cnki.2020.001
"""


def test_a_chinese_article_page_gives_its_names_and_labelled_abstract() -> None:
    [record] = read_listing(CHINESE_PAGE, "page.txt").records
    assert record.title == "架空港口灯火计数研究"
    assert record.authors == ["山田花子", "铃木一郎"]
    assert record.abstract.startswith("我们在架空的港口")
    assert record.doi == "10.5555/cnki.2020.001"


DEGREES = f"""Original Investigation
Counting Lanterns in Made-Up Harbour Fog
Ada Quist, MD, PhD1; Ben Okafor, MSc2; Clara Vane, MD1
Author Affiliations
JAMA Made Up. 2021;12(3):45-67. doi:10.5555/jamamu.2021.1234
Abstract
{ABSTRACT}
"""


def test_degrees_after_the_names_and_the_citation_lines_year() -> None:
    [record] = read_listing(DEGREES, "page.txt").records
    assert record.authors == ["Ada Quist", "Ben Okafor", "Clara Vane"]
    assert record.date == "2021"
    assert record.doi == "10.5555/jamamu.2021.1234"


NAME_ITEMS = f"""# Counting Lanterns in Made-Up Harbour Fog

- Ada Quist
- Ben Okafor
- Clara Vane

Department of Imaginary Studies, University of Nowhere

## Abstract

{ABSTRACT}
"""


def test_names_an_item_each_under_the_title() -> None:
    [record] = read_listing(NAME_ITEMS, "page.md").records
    assert record.title == "Counting Lanterns in Made-Up Harbour Fog"
    assert record.authors == ["Ada Quist", "Ben Okafor", "Clara Vane"]
    assert record.abstract.startswith("We count lanterns")


def test_the_fronts_arxiv_link_gives_its_identifier() -> None:
    text = (
        "Counting Lanterns in Made-Up Harbour Fog\nAda Quist, Ben Okafor\n"
        "Department of Imaginary Studies, University of Nowhere\nPublished: 2023-05-01\n"
        f"Preprint: https://arxiv.org/abs/2305.01234\nAbstract\n{ABSTRACT}\n"
    )
    [record] = read_listing(text, "page.txt").records
    assert record.arxiv_id == "2305.01234"
    assert record.date == "2023-05-01"
