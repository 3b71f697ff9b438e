"""Publication lists and bibliographies as people keep them on their pages (the shapes the
holdout14 corpus showed): a lab's list of initials, title, journal and year one paragraph each, a
psychologist's APA list, a Spanish lab's hand-typed APA, made up here."""

from __future__ import annotations

from papershelf.importers.paste.names import split_names
from papershelf.importers.pipeline import read_listing


def read(text: str, name: str = "pubs.md") -> list[tuple[str, list[str], str | None]]:
    return [(r.title, r.authors, r.date or r.date_text) for r in read_listing(text, name).records]


def test_a_long_entry_under_another_is_the_next_paper_not_its_abstract() -> None:
    text = (
        "Q. Marsh, T. Oduya. Charge transfer in stacked dye films. Chem. Lett. 2021. link\n\n"
        "P. Lindqvist, R. Amadi, S. H. Baek, K. J. Torvald, J.-M. Ruiz, B.-G. Holm, T. Y. Wren, "
        "E. M. Castell, C. Dunmore, J. H. Pratt, S.-M. Ilves, K. A. Brandt, H. Zorn, R. J. Kettle. "
        "Observed Orbital States and Local Structures in Amorphous Oxide Catalysts for Water "
        "Splitting. ACS Catal. 2021, 11, 10084-10094. link\n"
    )
    assert [title for title, _, _ in read(text, "pubs.txt")] == [
        "Charge transfer in stacked dye films",
        "Observed Orbital States and Local Structures in Amorphous Oxide Catalysts for Water "
        "Splitting",
    ]


def test_a_title_ending_in_a_roman_numeral_ends_at_its_stop() -> None:
    text = (
        "A. Pell, B. Orsk. Spin labels in a membrane complex. Appl. Magn. Reson. 2020. link\n\n"
        "J. Norle, U. Baptiste, L. M. Ferro. High-Field Resonance of Labeled Photosystem II. "
        "Applied Magnetic Resonance, 2021. link\n"
    )
    assert read(text, "pubs.txt")[1] == (
        "High-Field Resonance of Labeled Photosystem II",
        ["J. Norle", "U. Baptiste", "L. M. Ferro"],
        "2021",
    )


def test_apa_names_joined_by_unicode_hyphens_are_given_back_as_written() -> None:
    text = (
        "**Quist, C.**, Marlow, L., & Dorn, T. (2021). A signal approach to spotting false "
        "headlines. _Perspectives on Method_, 16(2), 1–20.\n\n"
        "Marlow, L., **Quist, C.**, Lévêque, H., & Brenner, P.\u2011C. (2019). A tutorial on "
        "multi\u2011level models of vowel spacing. _Journal of Speech Research_,62(5), "
        "1225–1242.\n\n"
        "Okafor, L., Hamdi\u2011Reyes, R., **Quist, C.**, & Tamm, H. (2018). Play routines and "
        "infant\u2011directed speech: A comparison of three languages. _Journal of Child "
        "Language_, 63(4), 633–666.\n"
    )
    assert read(text)[1:] == [
        (
            "A tutorial on multi\u2011level models of vowel spacing",
            ["Marlow, L.", "Quist, C.", "Lévêque, H.", "Brenner, P.\u2011C."],
            "2019",
        ),
        (
            "Play routines and infant\u2011directed speech: A comparison of three languages",
            ["Okafor, L.", "Hamdi\u2011Reyes, R.", "Quist, C.", "Tamm, H."],
            "2018",
        ),
    ]


def test_apa_six_names_skipped_before_the_last_and_a_title_glued_to_the_year() -> None:
    text = (
        "Harlan, M. S., Voskuil, N. L. D., Abeln, H., Brisk, C. O., Dade, C., Elm, A. R., ... "
        "Zorn, M. (2016).A multisite replication of the resource-depletion effect. "
        "_Perspectives on Method_,11(4), 546–573.\n\n"
        "Quill, T., & Ravel, S. (2017). Another entry of the same list. _Method Notes_, 3, 1–9.\n"
    )
    assert read(text)[0] == (
        "A multisite replication of the resource-depletion effect",
        ["Harlan, M. S.", "Voskuil, N. L. D.", "Abeln, H.", "Brisk, C. O.", "Dade, C.",
         "Elm, A. R.", "Zorn, M."],
        "2016",
    )  # fmt: skip


def test_a_title_glued_to_the_journal_after_it_ends_at_its_stop() -> None:
    text = (
        "Tamm, L., & Orrin, C. (2018). Turn-taking and caregiver speech: A comparison "
        "between two dialects.Northern Journal of Linguistics, 63(4), 633–666.\n\n"
        "Quill, T., & Ravel, S. (2017). Another entry of the same list. _Method Notes_, 3, 1–9.\n"
    )
    assert read(text)[0] == (
        "Turn-taking and caregiver speech: A comparison between two dialects",
        ["Tamm, L.", "Orrin, C."],
        "2018",
    )


def test_a_hand_typed_list_may_drop_the_stop_of_a_last_initial() -> None:
    text = (
        "Vela-Ruiz, A., & Barros, F. A. (2016). A Preliminary Study of Gender Differences in "
        "Recall. Psychological Notes, 118(2): 337–352.\n\n"
        "Vela G. F, Ruiz A. A., & Montaño M. G. (2014) Effect of sleep loss on spatial memory "
        "in rats. J Neuro Sleep. 2(3): 1065-69.\n\n"
        "Ortega C. E., Vela G. F, & Montaño M. G. (2013) Assessment of attention in children "
        "with reading difficulties. Revista Latinoamericana. 5(4), 53-60.\n"
    )
    assert read(text)[1:] == [
        (
            "Effect of sleep loss on spatial memory in rats",
            ["Vela G. F", "Ruiz A. A.", "Montaño M. G."],
            "2014",
        ),
        (
            "Assessment of attention in children with reading difficulties",
            ["Ortega C. E.", "Vela G. F", "Montaño M. G."],
            "2013",
        ),
    ]


def test_japanese_apa_names_may_hold_kana_and_run_to_six_characters() -> None:
    text = (
        "# 参考文献\n\n"
        "山野しおり, 川本正三. (1998). _港湾整備のあり方に関する研究_. 都市計画論文集, 33, 127-132.\n\n"
        "湯川能章, 十和田朗, 佐々見崇. (2002). 離島の類型に関する基礎的分析. 都市計画論文集, 37, "
        "793-798.\n"
    )
    assert read(text) == [
        ("港湾整備のあり方に関する研究", ["山野しおり", "川本正三"], "1998"),
        ("離島の類型に関する基礎的分析", ["湯川能章", "十和田朗", "佐々見崇"], "2002"),
    ]


def test_a_reference_linking_its_j_stage_article_is_no_news_story() -> None:
    text = (
        "# 参考文献\n\n"
        "宮野久光, 下田潤. (2003). 架橋島における人口変動の形態. 島嶼研究, 4, 57-75. "
        "アクセス日: 2025 年 1 月 12 日. "
        "https://www.jstage.jst.go.jp/article/isl2000/2003/4/2003_4_57/_article/-char/ja/\n\n"
        "北川一郎. (2010). 離島の人口変化の分析. 地理学報告, 12, 1-10.\n"
    )
    assert [title for title, _, _ in read(text)] == [
        "架橋島における人口変動の形態",
        "離島の人口変化の分析",
    ]


def test_a_german_bibliography_gives_place_and_year_and_leaves_the_series_out() -> None:
    text = (
        "## Bücher\n"
        "- Altmann, Jan Peter: Urkunden aus Kanzlei und Kammer. Studien zur Schriftlichkeit "
        "der spätmittelalterlichen Stadt (Masterarbeit), 2021.\n"
        "  https://www.example.org/records/4711\n\n"
        "- Brenner, Ulrich: Gelehrte Räte im Spätmittelalter. Karrieren einer Elite "
        "(Studien zur Geschichte der Bildung, 17), Leiden/Boston 2003.\n\n"
        "- Kolb-Weidner, Ulrich: Schule, Stift und Universität im Mittelalter (Reihe Studium: "
        "Seminar Geschichte), Berlin/Boston 2019.\n"
    )
    records = read_listing(text, "pubs.md").records
    assert [(r.title, r.authors, r.date) for r in records] == [
        (
            "Urkunden aus Kanzlei und Kammer. Studien zur Schriftlichkeit der "
            "spätmittelalterlichen Stadt",
            ["Altmann, Jan Peter"],
            "2021",
        ),
        (
            "Gelehrte Räte im Spätmittelalter. Karrieren einer Elite",
            ["Brenner, Ulrich"],
            "2003",
        ),
        ("Schule, Stift und Universität im Mittelalter", ["Kolb-Weidner, Ulrich"], "2019"),
    ]
    assert records[0].urls == ["https://www.example.org/records/4711"]


def test_one_inverted_name_with_two_given_names_is_one_person() -> None:
    assert split_names("Keynes, John Maynard") == (["Keynes, John Maynard"], False)
    assert split_names("Altmann, Jan-Peter") == (["Altmann, Jan-Peter"], False)


def test_names_joined_by_ampersand_each_inverted_and_a_generational_suffix() -> None:
    assert split_names("Marlin, Benno & Steyr, Anna") == (["Marlin, Benno", "Steyr, Anna"], False)
    assert split_names("Chan, Gina Marie, Curran, Alex, & Whipp, Kelsey") == (
        ["Chan, Gina Marie", "Curran, Alex", "Whipp, Kelsey"],
        False,
    )  # APA with given names in full
    assert split_names("Frey, Ronald G., Jr., and Stefan D. Lott") == (
        ["Frey, Ronald G., Jr.", "Stefan D. Lott"],
        False,
    )


def test_versions_of_one_paper_listed_under_names_written_two_ways_are_one_paper() -> None:
    text = (
        "References listed on IDEAS\n"
        '- Benno Marlin & Anna Steyr, 2001. "The Design of Prize Ladders in Tournaments," '
        "Economic Review, vol. 91(3), pages 542-558, June.\n"
        '- Marlin, Benno & Steyr, Anna, 1999. "The Design of Prize Ladders in Tournaments," '
        "Discussion Papers 99-75, University of Somewhere.\n"
        '- Hanna Horst & Oskar Kamp, 2010. "Less effort than expected," Public Choice, '
        "vol. 144(1), pages 347-367, July.\n"
    )
    assert [(t, a) for t, a, _ in read(text, "refs.txt")] == [
        ("The Design of Prize Ladders in Tournaments", ["Benno Marlin", "Anna Steyr"]),
        ("Less effort than expected", ["Hanna Horst", "Oskar Kamp"]),
    ]


def test_a_subtitle_after_a_question_runs_to_the_journal_and_its_volume() -> None:
    text = (
        "> Arden, Sacha O., and Lutz Wessel. (2009). Was Luther Right? A Human Capital Theory "
        "of Reformation History. Quarterly Journal of Economics 124 (2): 531-96.\n\n"
        "> Bryer, Ronald G., and Stefan D. Lott. (2004). The Causes and Consequences of "
        "Distinctive Names. Quarterly Journal of Economics 119 (3): 767-805.\n"
    )
    assert read(text)[0] == (
        "Was Luther Right? A Human Capital Theory of Reformation History",
        ["Arden, Sacha O.", "Lutz Wessel"],
        "2009",
    )


def test_a_lab_list_names_the_journal_and_year_after_the_title_without_brackets() -> None:
    text = (
        "K. T. Varga, Ultrafast charge transfer in bridged dimetal complexes probed by X-ray "
        "absorption. Chem. Sci., 2022, DOI: 10.1234/D1SC0000. link\n\n"
        "Q. Marsh, T. Oduya. Charge transfer in stacked dye films. Chem. Lett. 2021, 50, "
        "11-19. link\n\n"
        "B. T. Pell, K. T. Varga, L. X. Chun. Excited-state dynamics of nickel complexes: "
        "insights and implications. Chem. Commun. 2021, 57, 11904-11921. link\n"
    )
    assert read(text, "pubs.txt")[0] == (
        "Ultrafast charge transfer in bridged dimetal complexes probed by X-ray absorption",
        ["K. T. Varga"],
        "2022",
    )


def test_a_chapter_of_a_book_cited_in_natures_manner_is_the_book() -> None:
    text = (
        "## Lecturas recomendadas\n\n"
        "- Capítulo 7 de Varga, T. P. _Foundations of Neural Modelling_. (Kestrel University "
        "Press, Oxford, 2022).\n\n"
        "### Artículos\n\n"
        "- Yoon, D. & Carlo, J. Using deep networks to model sensory cortex. _Nat Neurosci_ "
        "19, 356–365 (2016).\n"
    )
    assert read(text) == [
        ("Foundations of Neural Modelling", ["Varga, T. P."], "2022"),
        ("Using deep networks to model sensory cortex", ["Yoon, D.", "Carlo, J."], "2016"),
    ]
    more = (
        "- Capítulos 2 y 3 de Varga, T. P. _Foundations of Neural Modelling_. (Kestrel "
        "University Press, Oxford, 2022).\n"
        "- Chapter 4 in Dayne, P. & Abbot, L. F. _Theoretical Neuroscience_. (Kestrel Press, "
        "Cambridge, 2001).\n"
    )
    assert read(more) == [
        ("Foundations of Neural Modelling", ["Varga, T. P."], "2022"),
        ("Theoretical Neuroscience", ["Dayne, P.", "Abbot, L. F."], "2001"),
    ]


def test_a_classic_dated_before_1900_keeps_its_year() -> None:
    text = (
        "> Marchetti, C. (1748). [The Order of Civil Laws](https://example.org/titles/order). "
        "London: T. Ewing, 1777, 4 vols. Vol. 2.\n\n"
        "> Wessel, Max. (1930). [The Ethic of Thrift and the Spirit of Trade]"
        "(https://example.org/titles/thrift). New York: Scribe.\n"
    )
    assert read(text)[0] == ("The Order of Civil Laws", ["Marchetti, C."], "1748")


def test_a_one_word_italic_title_between_dated_names_and_the_publisher_is_a_book() -> None:
    text = (
        "### Books\n"
        "+ Georg Christoph Lindner (2012): _Aphorisms_, ed. by Fritz Senger, Stuttgart: Reclam.\n"
        "+ Brock Wilber and Nathan Rabe (2020): _Postal_, Los Angeles: Boss Fight Books.\n"
        "+ Martin Heider (1967): _Lectures and Essays_, vol. 3, Pfullingen: Neske.\n"
    )
    assert read(text) == [
        ("Aphorisms", ["Georg Christoph Lindner"], "2012"),
        ("Postal", ["Brock Wilber", "Nathan Rabe"], "2020"),
        ("Lectures and Essays", ["Martin Heider"], "1967"),
    ]


def test_german_entries_with_editors_publishers_journals_and_a_comma_in_the_title() -> None:
    text = (
        "## Aufsätze\n"
        "- Möller, Hans: Die Stadt und ihre Räte im späten Mittelalter, in: Zeitschrift für "
        "Stadtgeschichte 12 (2003), S. 45–67.\n"
        "- Schmitt, Anna (Hg.): Handbuch der spätmittelalterlichen Kanzleien, Berlin/New York "
        "2015.\n"
        "- Wever, Karl/Fischler, Lena: Urkunden und Akten. Eine Einführung, Köln: Böhlau 2010.\n"
        "- Bäcker, Jonas: Gelehrte Netzwerke im Reich, 1350-1450, Göttingen 2018.\n"
        "- Wever, Karl: Kanzlei und Kammer. Eine Einführung, Köln u.a. 2011.\n"
    )
    assert read(text) == [
        ("Die Stadt und ihre Räte im späten Mittelalter", ["Möller, Hans"], "2003"),
        ("Handbuch der spätmittelalterlichen Kanzleien", ["Schmitt, Anna"], "2015"),
        ("Urkunden und Akten. Eine Einführung", ["Wever, Karl", "Fischler, Lena"], "2010"),
        ("Gelehrte Netzwerke im Reich, 1350-1450", ["Bäcker, Jonas"], "2018"),
        ("Kanzlei und Kammer. Eine Einführung", ["Wever, Karl"], "2011"),
    ]


def test_japanese_apa_names_written_family_and_given_apart_and_short_lines() -> None:
    text = (
        "# 参考文献\n"
        "山野 太郎, 鈴川 花子. (2019). 島嶼地域における人口移動の研究. 地理学評論, 12(3), 45-67.\n"
        "佐野一郎. (2020). _地域社会の変容_. 東京大学出版会.\n"
    )
    assert read(text) == [
        ("島嶼地域における人口移動の研究", ["山野 太郎", "鈴川 花子"], "2019"),
        ("地域社会の変容", ["佐野一郎"], "2020"),
    ]


def test_apa_names_joined_by_the_languages_own_and() -> None:
    text = (
        "## Publicaciones\n\n"
        "Garcés, J. y Lobo, M. (2018). Efectos del sueño en la memoria de trabajo. Revista de "
        "Psicología, 3(2), 1-10.\n\n"
        "Dupuis, J. et Marin, P. (2017). Les effets du sommeil sur la mémoire. Revue de "
        "Psychologie, 12, 45-60.\n\n"
        "Silvano, A. B. e Sousa, C. (2016). Efeitos do sono na memória. Revista Brasileira de "
        "Psicologia, 8(1), 22-30.\n"
    )
    assert [authors for _, authors, _ in read(text)] == [
        ["Garcés, J.", "Lobo, M."],
        ["Dupuis, J.", "Marin, P."],
        ["Silvano, A. B.", "Sousa, C."],
    ]


def test_chicago_author_date_gives_the_year_after_the_names() -> None:
    text = (
        "## Bibliography\n\n"
        "Keyes, John Mayer. 1936. The General Theory of Jobs, Interest and Money. London: "
        "Macmillan.\n\n"
        'Bryer, Ronald G., Jr., and Stefan D. Lott. 2004. "The Causes and Consequences of '
        'Distinctive Names." Quarterly Journal of Economics 119 (3): 767–805.\n'
    )
    assert read(text) == [
        ("The General Theory of Jobs, Interest and Money", ["Keyes, John Mayer"], "1936"),
        (
            "The Causes and Consequences of Distinctive Names",
            ["Bryer, Ronald G., Jr.", "Stefan D. Lott"],
            "2004",
        ),
    ]


def test_an_apa_entry_in_press_has_no_year_yet() -> None:
    text = (
        "**Quist, C.**, & Marlow, L. (in press). Remembering false headlines: A signal "
        "detection account. _Psychological Science_.\n\n"
        "Marlow, L., & **Quist, C.** (2021, March 3). Why we share what we do not believe. "
        "_Nature Human Behaviour_, 5, 100–110. https://doi.org/10.1234/nhb.2021.5\n"
    )
    assert read(text) == [
        (
            "Remembering false headlines: A signal detection account",
            ["Quist, C.", "Marlow, L."],
            None,
        ),
        ("Why we share what we do not believe", ["Marlow, L.", "Quist, C."], "2021-03-03"),
    ]


def test_lab_list_titles_with_a_question_or_a_comma_before_the_journal() -> None:
    text = (
        "B. T. Phel, M. W. Marr. Is the excited state planar? Evidence from X-ray absorption. "
        "Chem. Commun. 2021, 57, 11904-11921. link\n\n"
        "K. T. Varga, Ultrafast charge transfer probed by X-ray absorption, Chem. Sci. 2022, 13, "
        "100-110.\n\n"
        "J. Nikl, U. Brahm and O. G. Polk. High-Field EPR of Labeled Photosystem II. Applied "
        "Magnetic Resonance, 2021. link\n"
    )
    assert [title for title, _, _ in read(text, "pubs.txt")] == [
        "Is the excited state planar? Evidence from X-ray absorption",
        "Ultrafast charge transfer probed by X-ray absorption",
        "High-Field EPR of Labeled Photosystem II",
    ]


def test_italian_and_french_author_date_lists() -> None:
    text = (
        "## Pubblicazioni\n\n"
        "Rosso M., Bianco L. (2019), La memoria di lavoro nei bambini, Giornale di Psicologia, "
        "12, pp. 45-67.\n\n"
        "Verde G. (2017), Il sonno e la memoria, Rivista di Neuroscienze, 3(2), pp. 10-20.\n\n"
        "## Publications\n\n"
        "DUPRÉ Jean, MARIN Pierre, 2018, « Les effets du sommeil sur la mémoire », Revue de "
        "Psychologie, vol. 12, p. 45-67.\n\n"
        "LEROUX Anne, 2016, « La mémoire des enfants », Enfance, n° 3, p. 200-215.\n"
    )
    assert read(text) == [
        ("La memoria di lavoro nei bambini", ["Rosso M.", "Bianco L."], "2019"),
        ("Il sonno e la memoria", ["Verde G."], "2017"),
        ("Les effets du sommeil sur la mémoire", ["DUPRÉ Jean", "MARIN Pierre"], "2018"),
        ("La mémoire des enfants", ["LEROUX Anne"], "2016"),
    ]


def test_an_entry_in_another_style_among_whole_references_is_read_by_the_reference_model() -> None:
    text = (
        "## References\n\n"
        "Quist, C., & Marlow, L. (2021). Remembering false headlines: A signal detection "
        "account. Psychological Science, 32(4), 1–12.\n\n"
        "Marlow, L., & Quist, C. (2020). Why we share what we do not believe. Nature Human "
        "Behaviour, 5, 100–110.\n\n"
        "Smyth, John. Rumours and their spread in small groups, Social Psychology Quarterly 80 "
        "(2017) 10–20.\n\n"
        "Dorn, T., Quist, C., & Marlow, L. (2018). Attention and sharing online. Cognition, 170, "
        "1–9.\n\n"
        "Github-Repository Rumours, URL: https://github.com/example/rumours 2018 (abgerufen am "
        "01.07.2018)\n\n"
        "Brandt, K. (2017). Rumours in small groups. Social Psychology Quarterly, 80(2), 10–20.\n"
    )
    assert [(t, a) for t, a, _ in read(text)] == [
        ("Remembering false headlines: A signal detection account", ["Quist, C.", "Marlow, L."]),
        ("Why we share what we do not believe", ["Marlow, L.", "Quist, C."]),
        ("Rumours and their spread in small groups", ["Smyth, John"]),
        ("Attention and sharing online", ["Dorn, T.", "Quist, C.", "Marlow, L."]),
        ("Rumours in small groups", ["Brandt, K."]),
    ]  # the repository, a web page the list cites, is no paper


def test_japanese_apa_in_full_width_punctuation_and_a_short_han_title() -> None:
    text = (
        "# 参考文献\n\n"
        "山野太郎・鈴川花子（2019）．島嶼地域における人口移動の研究．地理学評論，12(3)，45–67．\n\n"
        "佐野一郎（2020）．地域社会の変容．東京大学出版会．\n"
    )
    assert read(text) == [
        ("島嶼地域における人口移動の研究", ["山野太郎", "鈴川花子"], "2019"),
        ("地域社会の変容", ["佐野一郎"], "2020"),
    ]


def test_german_author_date_with_a_colon_after_the_year() -> None:
    text = (
        "## Literatur\n\n"
        "Möller, H. (2003): Die Stadt und ihre Räte im späten Mittelalter. In: Zeitschrift für "
        "Stadtgeschichte 12, S. 45–67.\n\n"
        "Schmitt, A./Wever, K. (2015): Handbuch der spätmittelalterlichen Kanzleien. Berlin: "
        "De Gruyter.\n\n"
        "Bäcker, J. (2018): Gelehrte Netzwerke im Reich. Göttingen.\n"
    )
    assert read(text) == [
        ("Die Stadt und ihre Räte im späten Mittelalter", ["Möller, H."], "2003"),
        ("Handbuch der spätmittelalterlichen Kanzleien", ["Schmitt, A.", "Wever, K."], "2015"),
        ("Gelehrte Netzwerke im Reich", ["Bäcker, J."], "2018"),
    ]
