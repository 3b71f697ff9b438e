"""Reference lists in the citation styles of the sciences (see paste/sci_refs.py), read from
made-up entries in the shapes the holdout12 and holdout13 corpora showed: Vancouver and PubMed,
Elsevier's numbered style, biology's name-and-year style, Nature's and Russian library lists."""

from __future__ import annotations

import pytest

from papershelf.importers.paste.names import split_names
from papershelf.importers.paste.sci_refs import science_entry
from papershelf.importers.pipeline import read_listing


def read(text: str) -> list[tuple[str, list[str], str | None, str | None]]:
    return [
        (r.title, r.authors, r.date or r.date_text, r.doi)
        for r in read_listing(text, "refs.md").records
    ]


def test_pubmed_summary_entries_give_names_title_and_the_day_they_came_out_online() -> None:
    text = (
        "## References\n\n"
        "1: Quill-Farrow E, Mendel-Ortiz A, Brask D, Oyelaran-Kim LA. Benchmarking a variant "
        "caller on synthetic pedigrees. Hum Genet Rep. 2021 Dec;43(12):2010-2020. doi: "
        "10.1234/hgr.24459. Epub 2021 Sep 12. PMID: 36054330.\n\n"
        "2: Vance-de Lira A, Tomlin JM. Enrichment kits compared: lessons from a short-read "
        "study. J Clin Lab. 2019 Nov 13;9(11):3656. doi: 10.1234/jcl9113656. PMID: 33202991.\n"
    )
    assert read(text) == [
        (
            "Benchmarking a variant caller on synthetic pedigrees",
            ["Quill-Farrow E", "Mendel-Ortiz A", "Brask D", "Oyelaran-Kim LA"],
            "2021-09-12",
            "10.1234/hgr.24459",
        ),
        (
            "Enrichment kits compared: lessons from a short-read study",
            ["Vance-de Lira A", "Tomlin JM"],
            "2019-11-13",
            "10.1234/jcl9113656",
        ),
    ]


def test_a_lab_wiki_list_gives_the_year_after_the_names() -> None:
    text = (
        "#### Reading\n"
        "- Pellworth D (2003) Keeping notes: the art of finding them again. London: Kestrel "
        "Books.\n"
        "- Ambry M, van der Hoek S, Tal JV (2014) Nested data in small labs. Nature Methods "
        "17:491–496.\n"
    )
    assert read(text) == [
        ("Keeping notes: the art of finding them again", ["Pellworth D"], "2003", None),
        ("Nested data in small labs", ["Ambry M", "van der Hoek S", "Tal JV"], "2014", None),
    ]


def test_elsevier_numbered_entries_part_the_title_from_the_journal_at_its_volume() -> None:
    text = (
        "[13] D. A. Orrin, I. M. Talbot, Vortex shedding in shallow basins, a comparison, "
        "Journal of Made-up Fluids 83 (2016) 73–89. doi:10.1234/fld.4257.\n\n"
        "[18] P. J. Quent, J. Arlo, Mode analysis of tank data, in: 61st Annual Meeting of a "
        "Society, Vol. 53(15), Some Press, Austin, 2008.\n"
    )
    assert read(text) == [
        (
            "Vortex shedding in shallow basins, a comparison",
            ["D. A. Orrin", "I. M. Talbot"],
            "2016",
            "10.1234/fld.4257",
        ),
        ("Mode analysis of tank data", ["P. J. Quent", "J. Arlo"], "2008", None),
    ]


def test_name_and_year_entries_of_biology_keep_each_name_as_written() -> None:
    text = (
        "1. Marrow, P. T., and P. R. Quill. 1981. Strong selection in an island lizard. "
        "Science 214: 82-85\n"
        "2. Hallam W. D. and M. Zeno. 1982. Bright birds and their parasites? Science "
        "218:384-387.\n"
        "3. Endwell, J. A. 1986. Selection in the Field\n"
    )
    assert read(text) == [
        ("Strong selection in an island lizard", ["Marrow, P. T.", "P. R. Quill"], "1981", None),
        ("Bright birds and their parasites?", ["Hallam W. D.", "M. Zeno"], "1982", None),
        ("Selection in the Field", ["Endwell, J. A."], "1986", None),
    ]


def test_nature_footnoted_references_read_names_title_and_closing_year() -> None:
    found = science_entry(
        "[^66]: Ivers, K. M., Oto, H. T. & Moss, M.-B. Diversity along the axis of a made-up "
        "area. FEBS Lett. 588, 2470–2476. https://doi.org/10.1234/x.2014.06.004 (2014)."
    )
    assert found is not None
    assert (found.title, found.names, found.year) == (
        "Diversity along the axis of a made-up area",
        ["Ivers, K. M.", "Oto, H. T.", "Moss, M.-B."],
        "2014",
    )


def test_russian_library_entries_read_the_title_before_the_dash_and_the_journal() -> None:
    found = science_entry(
        "1. Иванов И.Д., Петрова А.Р. Получение топлива из отходов. -Энергетика и экология. "
        "- 2011.-N 6, с. 79-80."
    )
    assert found is not None
    assert (found.title, found.names, found.year) == (
        "Получение топлива из отходов",
        ["Иванов И.Д.", "Петрова А.Р."],
        "2011",
    )


def test_prose_and_dotted_initials_never_read_as_vancouver_names() -> None:
    assert science_entry("We thank NASA. The grant paid for the 2019 survey of 12:30 runs.") is None
    assert science_entry("Hallam W. D. and M. Zeno went to the lake in 1982 and came back.") is None


def test_a_numbered_list_run_onto_one_line_gives_each_entry() -> None:
    text = (
        "<h3>References</h3>\n<pre>\n"
        "[1]\tP. Arvel and A. V. Roon in “Counting walkers in a busy made-up square for safety,” "
        "2013 Conference on Signals, 2013, pp. 663-667, doi: 10.1234/sig.2013.77.\n"
        "[2]\tX. Ding, Z. Lan and Y. Hoy, “A recursive network for counting made-up crowds,” "
        "2018 Conference on Acoustics (ICASSP), 2018, pp. 1942-1946.\n"
        "[3]\tJ. Ferro and A.-L. Ellam in the “Evaluating crowd image analysis on a made-up "
        "dataset,” PRL, vol. 44, pp. 3–15, 2014\n"
        "</pre>\n"
    )
    assert read(text) == [
        (
            "Counting walkers in a busy made-up square for safety",
            ["P. Arvel", "A. V. Roon"],
            "2013",
            "10.1234/sig.2013.77",
        ),
        ("A recursive network for counting made-up crowds", ["X. Ding", "Z. Lan", "Y. Hoy"],
         "2018", None),
        ("Evaluating crowd image analysis on a made-up dataset", ["J. Ferro", "A.-L. Ellam"],
         "2014", None),
    ]  # fmt: skip


def test_apa_entries_by_anonymous_or_an_acronym_name_no_person_and_keep_the_published_day() -> None:
    text = (
        "## References\n\n"
        "Anonymous. (2022). Certifying made-up credentials on a ledger. *Some Journal*, "
        "Published 2022-06-21.\n\n"
        "ABCD. (2021). *Made-up Outlook 2021: Pushing frontiers with robots and IPFS*. ABCD "
        "Publishing.\n\n"
        "Rusk, A., & Dal, F. (2023). A review of made-up certificate systems. *Some Access*, "
        "*11*, 64679-64696. Date of Publication: 26 June 2023.\n"
    )
    assert read(text) == [
        ("Certifying made-up credentials on a ledger", [], "2022-06-21", None),
        ("Made-up Outlook 2021: Pushing frontiers with robots and IPFS", [], "2021", None),
        ("A review of made-up certificate systems", ["Rusk, A.", "Dal, F."], "2023-06-26", None),
    ]


def test_an_mla_list_inverts_its_first_name_only() -> None:
    assert split_names("Sarwell, S. B., and Tomas Vidric") == (
        ["Sarwell, S. B.", "Tomas Vidric"],
        False,
    )
    assert split_names("Anwar, K., Tomas Vidric") == (["Anwar, K.", "Tomas Vidric"], False)


def test_an_apa_entry_with_a_short_title_keeps_it_over_the_italic_journal() -> None:
    text = (
        "*   . Fennel, A. ,  Sorel, L. P. J. , & Wald, D. M.  (2008). Noise in made-up "
        "nerves. _Made-up Reviews Neuroscience_, 9(4), 292–303. doi: 10.1234/nrn2258  [DOI] "
        "[PubMed] [Google Scholar]\n"
    )
    assert read(text) == [
        (
            "Noise in made-up nerves",
            ["Fennel, A.", "Sorel, L. P. J.", "Wald, D. M."],
            "2008",
            "10.1234/nrn2258",
        )
    ]


def test_a_row_of_index_links_under_a_reference_is_no_paper() -> None:
    text = (
        "[^1]: Ivers, K. M. & Oto, H. T. Diversity along the axis of a made-up area. *Some "
        "Lett.* **588**, 2470–2476. [https://doi.org/10.1234/x.1](https://doi.org/10.1234/x.1)"
        " (2014).\n\n"
        "[Article](https://doi.org/10.1234%2Fx.1) [PubMed](http://example.org/pubmed?id=1) "
        "[PubMed Central](http://example.org/pmc/1) "
        "[Google Scholar](http://example.org/scholar?title=x)\n"
    )
    assert [title for title, *_ in read(text)] == ["Diversity along the axis of a made-up area"]


def test_a_reference_under_a_label_takes_the_link_below_it() -> None:
    text = (
        "# toolbox\n\nA module for made-up recordings.\n\n"
        "Reference:\n"
        "Garmin SJ, Schell A, Frost M and Jonas P. (2016) Completion of made-up patterns in a "
        "network. *Science*353:1117-1123.\n"
        "[pubmed ref](https://www.ncbi.nlm.nih.gov/pubmed/12345678)\n"
    )
    records = read_listing(text, "readme.md").records
    assert [(r.title, r.authors, r.date, r.urls) for r in records] == [
        (
            "Completion of made-up patterns in a network",
            ["Garmin SJ", "Schell A", "Frost M", "Jonas P"],
            "2016",
            ["https://www.ncbi.nlm.nih.gov/pubmed/12345678"],
        )
    ]


def test_a_pubmed_citation_after_a_description_or_wrapped_in_a_link_is_read() -> None:
    text = (
        "> Review of made-up models of imaging\n"
        "Lane A, Pike RJB, Bale JR. Quality of made-up imaging models: a systematic review. "
        "Artif Intell Med. 2022 Oct;132:102396. doi: 10.1234/am.2022.102396. Epub 2022 Sep 6. "
        "PMID: 36207080.\n\n"
        "> Review of made-up learning against professionals using CHARMS Lin X, Fay L, Kale AU, "
        "Ward SK. A comparison of made-up learners against professionals: a systematic review. "
        "The lancet digital health. 2019 Oct 1;1(6):e271-97.\n\n"
        "The package, as introduced in [Eckel\nKM, Karm AL, Messer KP. A made-up approach to "
        "mixtures\nvia a common target. Sci Total Environ. 2023 Jan 10;855:158905. doi:\n"
        "10.1234/env.2022.158905. Epub 2022 Sep 21. PMID: 36152849;\nPMCID: PMC9979101.]"
        "(https://pubmed.ncbi.nlm.nih.gov/36152849/)\n"
    )
    assert [(t, a, d) for t, a, d, _doi in read(text)] == [
        (
            "Quality of made-up imaging models: a systematic review",
            ["Lane A", "Pike RJB", "Bale JR"],
            "2022-09-06",
        ),
        (
            "A comparison of made-up learners against professionals: a systematic review",
            ["Lin X", "Fay L", "Kale AU", "Ward SK"],
            "2019-10-01",
        ),
        (
            "A made-up approach to mixtures via a common target",
            ["Eckel KM", "Karm AL", "Messer KP"],
            "2022-09-21",
        ),
    ]


def test_an_elsevier_line_naming_only_a_journal_and_volume_gives_no_title() -> None:
    assert (
        science_entry("S. Chan, A. Tal, & K.-R. Mull, Science Advances 3, No. e1603015 (2017)")
        is None
    )


def test_a_reading_list_of_inverted_names_then_a_colon_keeps_each_name_whole() -> None:
    text = (
        "<ul>\n"
        '  <li>Rimsey, Frank: <a href="pdfs/a.pdf">"A Contribution to a Made-up Theory of '
        'Taxes"</a> (1927, EJ)</li>\n'
        '  <li>Hotting, Harold: <a href="pdfs/b.pdf">"Stability in Made-up Markets"</a> (1929, '
        "EJ)</li>\n</ul>\n"
    )
    assert [(t, a) for t, a, _d, _doi in read_listing_html(text)] == [
        ("A Contribution to a Made-up Theory of Taxes", ["Rimsey, Frank"]),
        ("Stability in Made-up Markets", ["Hotting, Harold"]),
    ]


def read_listing_html(text: str) -> list[tuple[str, list[str], str | None, str | None]]:
    return [(r.title, r.authors, r.date, r.doi) for r in read_listing(text, "list.html").records]


def test_journal_club_lines_name_the_family_names_before_the_journal_and_year() -> None:
    text = (
        "# Journal Club\n\n"
        '- [Bitton et al, Made-up Reviews Neuroscience 2013](b.pdf): "Power failure in made-up '
        'samples". 5 presenters, 12 minutes.\n'
        '- [Padder-Schull, Neuron 2022](p.pdf): "Logistic analysis of made-up choices". Until '
        "Figure 4 only.\n"
        '- [Calm-Jager & Cummer, eNeuro 2019](c.pdf): "Estimation for better made-up inference".'
        "\n"
    )
    assert [(t, a, d) for t, a, d, _doi in read(text)] == [
        ("Power failure in made-up samples", ["Bitton"], "2013"),
        ("Logistic analysis of made-up choices", ["Padder-Schull"], "2022"),
        ("Estimation for better made-up inference", ["Calm-Jager", "Cummer"], "2019"),
    ]


def test_a_talk_topic_names_its_paper_by_quoted_title_and_one_name_et_al() -> None:
    text = (
        "### Past events\n\n"
        'Topic: "Fear from the Made-up Heart: Sensitivity Depends on Beats", Garner et al.<br>\n'
        "Speaker: Wendel Sitz <br>\nDate: 24/06/2018 <br>\n"
    )
    records = read_listing(text, "club.md").records
    assert [(r.title, r.authors) for r in records] == [
        ("Fear from the Made-up Heart: Sensitivity Depends on Beats", ["Garner"])
    ]


def test_abnt_entries_keep_uppercase_family_names_with_their_initials() -> None:
    text = (
        "MENDES-DA-SOUZA, W. Revisão aberta na comunidade inventada. Rev. adm. cont. 2019, "
        "vol.23, n.4, pp.1-6. Disponível em: <https://doi.org/10.1234/rac2019>.\n\n"
        "OLIVA, E. C. P. de; PRADO, A. Revisão por pares: análise de revistas inventadas. In: "
        "ENCONTRO, 2, 2018, São Paulo. Anais... São Paulo, 2018. p. 1-5.\n"
    )
    assert read(text) == [
        (
            "Revisão aberta na comunidade inventada",
            ["MENDES-DA-SOUZA, W."],
            "2019",
            "10.1234/rac2019",
        ),
        (
            "Revisão por pares: análise de revistas inventadas",
            ["OLIVA, E. C. P. de", "PRADO, A."],
            "2018",
            None,
        ),
    ]


def test_korean_apa_entries_tell_a_persons_names_from_a_bodys() -> None:
    text = (
        "한국가상연구원. (2023). *가상 학습지원 시스템 효과성 연구*. 한국가상연구원 보고서.\n"
        "  > **인용**: 2장\n\n"
        "홍길순, 김철민. (2011). 가상 의사소통 능력 향상을 위한 전략 연구. *가상교육연구*, *21*(4), "
        "439-460.\n"
    )
    assert [(t, a, d) for t, a, d, _doi in read(text)] == [
        ("가상 학습지원 시스템 효과성 연구", [], "2023"),
        ("가상 의사소통 능력 향상을 위한 전략 연구", ["홍길순", "김철민"], "2011"),
    ]


def test_ieee_quotes_a_short_title_with_its_comma_and_a_name_alone_may_lead_a_quote() -> None:
    text = (
        '[19] Made-up Technology Inc., "MOTE Datasheet," 2006. [Online]. Available: '
        "http://example.org/mote.pdf\n\n"
        "[20] Batesford (1948) “Intra-sexual selection in made-up flies”\n"
    )
    assert [(t, a, d) for t, a, d, _doi in read(text)][1:] == [
        ("Intra-sexual selection in made-up flies", ["Batesford"], "1948"),
    ]
    assert read(text)[0][0] == "MOTE Datasheet"


def test_a_date_of_conference_under_a_paper_heading_gives_its_year_only() -> None:
    text = (
        "## 1. Basics\n\n"
        "### 1-1. [Made-up Energy Saving Strategy of a Radio Network]"
        "(https://ieeexplore.ieee.org/stamp/stamp.jsp?tp=&arnumber=1234567)\n\n"
        "- **Published in:** 2022 Made-up Symposium on Broadband Systems (BMSB)\n"
        "- **Date of Conference:** 15-17 June 2022\n"
        "- **Publisher:** IEEE\n"
    )
    records = read_listing(text, "note.md").records
    assert [(r.title, r.date) for r in records] == [
        ("Made-up Energy Saving Strategy of a Radio Network", "2022")
    ]


def test_a_sites_own_menu_of_html_pages_is_no_paper() -> None:
    text = (
        '<div><a href="index.html"><h1>reading list by year</h1></a>\n'
        '<h2><a href="index.html">back to main page</a> | '
        '<a href="by-topic.html">by topic</a></h2></div>\n'
        "<ul>\n"
        '  <li>Rimsey, Frank: <a href="pdfs/a.pdf">"A Contribution to a Made-up Theory of '
        'Taxes"</a> (1927, EJ)</li>\n</ul>\n'
    )
    assert [t for t, *_ in read_listing_html(text)] == [
        "A Contribution to a Made-up Theory of Taxes"
    ]


def test_on_a_bibliography_page_a_link_naming_only_a_title_is_a_resource() -> None:
    entries = "".join(
        f"- Name{i} AB, Other CD ({2000 + i}) A made-up finding number {i} in neurons. "
        f"Journal {i}:1{i}–2{i}.\n"
        for i in range(5)
    )
    text = (
        "#### Papers\n" + entries + "\n## Skills\nSee these guides:\n"
        "- [Giving a made-up talk](https://drive.example.org/file/d/1/view)\n"
        "- [Neural Data Science in Made-up Python](https://course.example.org/intro.html)\n"
    )
    titles = [t for t, *_ in read(text)]
    assert len(titles) == 5 and all(t.startswith("A made-up finding") for t in titles)


def test_one_name_inverted_with_a_middle_initial_is_one_person() -> None:
    assert split_names("Washford, Edwin W.") == (["Washford, Edwin W."], False)
    assert split_names("Tanner K, Yamada S, Yokoi H.") == (
        ["Tanner K", "Yamada S", "Yokoi H"],
        False,
    )
    assert split_names("Olmo P, Tanaba Y.") == (["Olmo P", "Tanaba Y"], False)


def test_an_ieee_entry_dated_to_the_day_and_a_doi_in_a_publishers_page_address() -> None:
    text = (
        '* T. Lieb, A. Renn, and D. Ern, "openXY - A free made-up simulation platform for '
        'imaginary coordinates," Made-up Journal of Modelling, online, Dec. 10, 2012.\n'
        '* Grossa, Swen, et al. "Numerical study of made-up stent designs." Current Made-up '
        "Engineering 5.1 (2019): 497-499. https://www.degruyter.com/document/doi/10.1234/"
        "cme-2019-0125/html\n"
    )
    assert [(d, doi) for _t, _a, d, doi in read(text)] == [
        ("2012-12-10", None),
        ("2019", "10.1234/cme-2019-0125"),
    ]


@pytest.mark.parametrize(
    ("line", "names", "year"),
    [
        (
            "1. Smith J, Jones K, et al. Made-up survival in imaginary cohorts. Lancet 2020; "
            "395: 1054–62.",
            ["Smith J", "Jones K"],
            "2020",
        ),
        (
            "Smith, J. and Jones, K. (2019) Made-up survival in imaginary cohorts. Journal of "
            "Things, 12(3), pp. 45–67.",
            ["Smith, J.", "Jones, K."],
            "2019",
        ),
        (
            "1. Smith, J. & Jones, K. Made-up survival in imaginary cohorts. Nature 521, "
            "436–444 (2015). https://doi.org/10.1234/nature14539",
            ["Smith, J.", "Jones, K."],
            "2015",
        ),
        (
            "J. Smith, K. Jones, Made-up survival in imaginary cohorts. Science 352, "
            "1547–1552 (2016).",
            ["J. Smith", "K. Jones"],
            "2016",
        ),
        (
            "Иванов, И. И. Выживаемость в воображаемых когортах / И. И. Иванов // Вестник "
            "науки. – 2019. – № 3. – С. 45–67.",
            ["Иванов, И. И."],
            "2019",
        ),
        (
            "Иванов И. И., Петров П. П. Выживаемость в воображаемых когортах // Вестник "
            "науки. 2019. № 3. С. 45–67.",
            ["Иванов И. И.", "Петров П. П."],
            "2019",
        ),
    ],
)
def test_kin_of_the_styles_read_the_same(line: str, names: list[str], year: str) -> None:
    found = science_entry(line)
    assert found is not None
    assert found.title in (
        "Made-up survival in imaginary cohorts",
        "Выживаемость в воображаемых когортах",
    )
    assert (found.names, found.year) == (names, year)


@pytest.mark.parametrize(
    "prose",
    [
        "Appendix B. Data were collected from the made-up sensors. They ran at 10:30 every day "
        "in 2019.",
        "J. K. Rowan, the made-up author, wrote (2019) a book about it, as A. Lee did later.",
        "Smith, J. said in 2019. That the made-up results held was clear to all of us then.",
    ],
)
def test_sentences_with_names_and_years_are_no_references(prose: str) -> None:
    assert science_entry(prose) is None


def test_a_plain_text_bibliography_without_blank_lines_gives_a_paper_a_line() -> None:
    text = (
        "References\n"
        "Smith J, Jones K. A made-up study of imaginary cohorts. J Things. 2019;12:34-56.\n"
        "Lee, A. (2020). Another made-up title about things. Journal of Stuff, 1, 2-3.\n"
        'A. Quill, T. Fenn, "Effects of imaginary supplements on sleep," Made-up Journal, '
        "vol. 4, pp. 1-9, 2021.\n"
    )
    records = read_listing(text, "refs.txt").records
    assert [(r.title, r.authors, r.date) for r in records] == [
        ("A made-up study of imaginary cohorts", ["Smith J", "Jones K"], "2019"),
        ("Another made-up title about things", ["Lee, A."], "2020"),
        ("Effects of imaginary supplements on sleep", ["A. Quill", "T. Fenn"], "2021"),
    ]


def test_pubmed_summary_results_give_four_line_papers_dated_by_their_issue() -> None:
    text = (
        "1\nMade-up survival in imaginary cohorts.\nSmith J, Jones K, Lee A.\n"
        "J Things. 2019 Mar 4;12(3):34-56. doi: 10.1234/jt.2019.1. Epub 2019 Jan 2.\n"
        "PMID: 12345678 Free PMC article.\n"
        "2\nMade-up education outside of centers.\nWaters AD, Morgan M; Made-up Society of "
        "Things.\nClin J Things. 2015 Jul-Sep;10(9):1659-69. doi: 10.1234/cjt.0095.\n"
        "PMID: 26116651\n"
    )
    records = read_listing(text, "pubmed.txt")
    assert records.layout == "pubmed-summary"
    assert [(r.title, r.authors, r.date, r.doi) for r in records.records] == [
        (
            "Made-up survival in imaginary cohorts",
            ["Smith J", "Jones K", "Lee A"],
            "2019-03-04",
            "10.1234/jt.2019.1",
        ),
        (
            "Made-up education outside of centers",
            ["Waters AD", "Morgan M", "Made-up Society of Things"],
            "2015",
            "10.1234/cjt.0095",
        ),
    ]


def test_abnt_entries_may_spell_the_given_names_out() -> None:
    found = science_entry(
        "SILVA, João Carlos; SOUZA, Maria. Revisão aberta na comunidade inventada. Rev. adm. "
        "cont., v. 23, n. 4, p. 1-6, 2019."
    )
    assert found is not None
    assert (found.title, found.names, found.year) == (
        "Revisão aberta na comunidade inventada",
        ["SILVA, João Carlos", "SOUZA, Maria"],
        "2019",
    )


def test_a_bibliography_whose_entries_wrap_onto_the_next_line_gives_each_entry() -> None:
    text = (
        "References\n"
        "Smith, J., & Jones, K. (2019). A made-up study of imaginary cohorts that\n"
        "wraps. Journal of Things, 12, 34-56.\n"
        "Lee, A. (2020). Another made-up title about things. Journal of Stuff, 1, 2-3.\n"
        "Quill M, Fenn T. Effects of imaginary supplements on sleep quality in fictional\n"
        "adults. J Made Up Med. 2021 Mar;12(3):45-67. doi: 10.1234/jmum.2021.0045.\n"
        "A. Olm, Y. Tanabe, Randomised trial of pretend exercise in invented patients, Fict\n"
        "Clin Res 7 (2019) 101–109.\n"
    )
    records = read_listing(text, "refs.txt").records
    assert [(r.title, r.authors[0], r.date) for r in records] == [
        ("A made-up study of imaginary cohorts that wraps", "Smith, J.", "2019"),
        ("Another made-up title about things", "Lee, A.", "2020"),
        ("Effects of imaginary supplements on sleep quality in fictional adults", "Quill M",
         "2021"),
        ("Randomised trial of pretend exercise in invented patients", "A. Olm", "2019"),
    ]  # fmt: skip


def test_wrapped_ieee_entries_are_parted_at_their_names_too() -> None:
    text = (
        "References\n"
        "A. Smith, B. Jones, and C. Lee, “A made-up study of imaginary cohorts that wraps\n"
        "onto the next line,” in Proc. Made-up Conf., 2019, pp. 1-9.\n"
        "D. Olm and Y. Tanabe, “Randomised trial of pretend exercise,” J. Things, vol. 7,\n"
        "pp. 101–109, 2020.\n"
    )
    records = read_listing(text, "ieee.txt").records
    assert [(r.title, r.authors, r.date) for r in records] == [
        ("A made-up study of imaginary cohorts that wraps onto the next line",
         ["A. Smith", "B. Jones", "C. Lee"], "2019"),
        ("Randomised trial of pretend exercise", ["D. Olm", "Y. Tanabe"], "2020"),
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "Bitton et al., Made-up Reviews Neuroscience 2013: Power failure: why small samples "
            "undermine made-up science. 5 presenters.",
            ("Power failure: why small samples undermine made-up science", ["Bitton"], "2013"),
        ),
        (
            "Calm-Jager & Cummer, eNeuro 2019 - Estimation for better made-up inference",
            ("Estimation for better made-up inference", ["Calm-Jager", "Cummer"], "2019"),
        ),
        ("Update, June 2021: The new version of the made-up lab site is up.", None),
        ("Note, Spring 2021: We moved the made-up lab to a new building", None),
    ],
)
def test_journal_club_lines_without_quotes(
    line: str, expected: tuple[str, list[str], str] | None
) -> None:
    found = science_entry(line)
    assert (found and (found.title, found.names, found.year)) == expected


def test_on_a_bibliography_page_a_title_linking_a_pdf_stays_a_paper() -> None:
    entries = "".join(
        f"- Name{i} AB, Other CD ({2000 + i}) A made-up finding number {i} in neurons. "
        f"Journal {i}:1{i}–2{i}.\n"
        for i in range(5)
    )
    text = entries + "- [Attention to made-up things](https://papers.example.org/paper/7181.pdf)\n"
    assert [t for t, *_ in read(text)][-1] == "Attention to made-up things"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "Smith, J.; Jones, K. Made-up catalysis of imaginary bonds. J. Am. Chem. Soc. 2019, "
            "141, 1234–1240.",
            ("Made-up catalysis of imaginary bonds", ["Smith, J.", "Jones, K."], "2019"),
        ),
        (
            "[3] Smith J, Jones K. Made-up survival in imaginary cohorts[J]. Journal of Things, "
            "2019, 12(3): 45-67.",
            ("Made-up survival in imaginary cohorts", ["Smith J", "Jones K"], "2019"),
        ),
        (
            "[4] 张三, 李四. 虚构队列中的生存研究[J]. 虚构医学杂志, 2019, 12(3): 45-67.",
            ("虚构队列中的生存研究", ["张三", "李四"], "2019"),
        ),
        (
            "[5] 王五. 深度学习方法研究[D]. 北京: 虚构大学, 2020.",
            ("深度学习方法研究", ["王五"], "2020"),
        ),
    ],
)
def test_acs_and_gbt_7714_entries(line: str, expected: tuple[str, list[str], str]) -> None:
    found = science_entry(line)
    assert found is not None
    assert (found.title, found.names, found.year) == expected


def test_japanese_reference_lists() -> None:
    text = (
        "## 参考文献\n\n"
        "- 山田太郎・鈴木花子（2019）「架空の学習者における動機づけの研究」『架空教育学研究』12(3), 45-67.\n"
        "- 佐藤一郎（2020）『架空の社会調査法入門』架空出版.\n"
        "- 山田太郎, 鈴木花子. 架空の集団における生存の研究. 架空医学雑誌. 2019, vol. 12, no. 3, "
        "p. 45-67.\n"
    )
    assert [(t, a, d) for t, a, d, _doi in read(text)] == [
        ("架空の学習者における動機づけの研究", ["山田太郎", "鈴木花子"], "2019"),
        ("架空の社会調査法入門", ["佐藤一郎"], "2020"),
        ("架空の集団における生存の研究", ["山田太郎", "鈴木花子"], "2019"),
    ]


def test_scholars_cite_box_gives_one_paper_without_the_style_label_in_its_names() -> None:
    text = (
        'MLA\tSmith, John, and Kate Jones. "Made-up survival in imaginary cohorts." Journal of '
        "Things 12.3 (2019): 45-67.\n"
        "APA\tSmith, J., & Jones, K. (2019). Made-up survival in imaginary cohorts. Journal of "
        "Things, 12(3), 45-67.\n"
        "Vancouver\tSmith J, Jones K. Made-up survival in imaginary cohorts. Journal of Things. "
        "2019;12(3):45-67.\n"
    )
    assert [(t, a, d) for t, a, d, _doi in read(text)] == [
        ("Made-up survival in imaginary cohorts", ["Smith, John", "Kate Jones"], "2019")
    ]


def test_one_paper_cited_in_several_styles_on_lines_apart_is_one_record() -> None:
    text = (
        'MLA\tSmith, John, and Kate Jones. "Made-up survival in imaginary cohorts." Journal of '
        "Things 12.3 (2019): 45-67.\n\n"
        "APA\tSmith, J., & Jones, K. (2019). Made-up survival in imaginary cohorts. Journal of "
        "Things, 12(3), 45-67.\n\n"
        "Vancouver\tSmith J, Jones K. Made-up survival in imaginary cohorts. Journal of Things. "
        "2019;12(3):45-67.\n"
    )
    assert [(t, a, d) for t, a, d, _doi in read(text)] == [
        ("Made-up survival in imaginary cohorts", ["Smith, John", "Kate Jones"], "2019")
    ]


def test_two_family_names_before_one_given_name_are_one_person() -> None:
    assert split_names("Nadal Zarza, Albert") == (["Nadal Zarza, Albert"], False)
    assert split_names("Alice Smith, Bob Jones") == (["Alice Smith", "Bob Jones"], False)


def test_apa_book_copied_from_a_page_keeps_the_space_that_closed_its_italic_title() -> None:
    text = (
        "Quenby, T. (1974). Essays on imaginary harbours (1830-1842) . Oxford: Made-up Press.\n"
        "Google Scholar\n"
        "Varlow, P. (2001). Tres ensayos sobre puertos inventados . Lima: Editorial Ficticia.\n"
        "Google Scholar\n"
        "Ormund, K. (1988). Notes on a harbour that never was . Bari: Laterza.\n"
    )
    assert [(t, a, d) for t, a, d, _doi in read(text)] == [
        ("Essays on imaginary harbours (1830-1842)", ["Quenby, T."], "1974"),
        ("Tres ensayos sobre puertos inventados", ["Varlow, P."], "2001"),
        ("Notes on a harbour that never was", ["Ormund, K."], "1988"),
    ]


@pytest.mark.parametrize(
    ("line", "title", "year"),
    [
        (
            "Quenby, T. (1790). Reflections on a harbour. London: Dodsley.",
            "Reflections on a harbour",
            "1790",
        ),
        (
            "Quenby, T. (1823 [1789]). Principles of made-up tides. Oxford: Clarendon.",
            "Principles of made-up tides",
            "1823",
        ),
        (
            "Quenby, T. (1951/1939). Conversations on tides. Bari: Laterza.",
            "Conversations on tides",
            "1951",
        ),
    ],
)
def test_apa_classics_give_the_editions_year_old_or_with_the_first_editions(
    line: str, title: str, year: str
) -> None:
    found = science_entry(line)
    assert found is not None
    assert (found.title, found.names, found.year) == (title, ["Quenby, T."], year)


def test_an_apa_title_ending_in_an_acronym_ends_at_its_stop() -> None:
    found = science_entry(
        "Quenby, T. M. R., & Varlow, P. A. (2024). Pretend atmospheres in the era of XKCDT. "
        "Reviews in Invented Geochemistry, 90(1), 411-464. https://doi.org/10.1234/made.up.12"
    )
    assert found is not None
    assert found.title == "Pretend atmospheres in the era of XKCDT"


def test_given_names_first_with_a_middle_initial_are_no_vancouver_names_before_a_quoted_title() -> (
    None
):
    text = (
        'Ada K. Quenby and Bo W. Varlow. "Made-up Communities Can Be Described by Pretend '
        'Structure" PLOS Two: 0135868 (2015). http://example.org/made-up\n\n'
        'Cy D. Ormund, Dee R. Lomm, and Eli R. Brask. "Invented events in pretend lake series" '
        "L&O Notes (2017). http://example.org/invented\n"
    )
    assert [(t, a, d) for t, a, d, _doi in read(text)] == [
        (
            "Made-up Communities Can Be Described by Pretend Structure",
            ["Ada K. Quenby", "Bo W. Varlow"],
            "2015",
        ),
        (
            "Invented events in pretend lake series",
            ["Cy D. Ormund", "Dee R. Lomm", "Eli R. Brask"],
            "2017",
        ),
    ]


def test_a_chicago_title_in_quotes_after_names_and_year_is_the_quoted_part() -> None:
    found = science_entry(
        "Quenby, J., D. Varlow, and X. Ormund. 2016. “A Framework for Pretend Data Services.” "
        "In 2016 Made-up International Conference on Services (MUC), 82–89."
    )
    assert found is not None
    assert (found.title, found.names, found.year) == (
        "A Framework for Pretend Data Services",
        ["Quenby, J.", "D. Varlow", "X. Ormund"],
        "2016",
    )
