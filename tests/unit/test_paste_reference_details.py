"""Details of references that lost papers or names on holdout25 006 and holdout26 009: a name's
`Jr.` after its initials, Wiley's `(2016), Title, with a comma. Journal, 7: …`, and a title with
one slash between words (`video/audio coding`), which is no path. Made-up names and titles."""

from __future__ import annotations

from papershelf.core.records import PaperRecord
from papershelf.importers.paste.ref_fields import reference_names
from papershelf.importers.paste.sci_refs import science_entry
from papershelf.importers.paste.verdict import judge


def test_a_suffix_after_initials_stays_with_its_name() -> None:
    names = reference_names("Quill, P.J., G.L. Fenn, Jr., J.M. Lutz, and J.D. Marrow")
    assert names == ["Quill, P.J.", "G.L. Fenn, Jr.", "J.M. Lutz", "J.D. Marrow"]


def test_wiley_s_comma_after_the_year_and_a_title_with_a_comma() -> None:
    cited = science_entry(
        "Quill, O. and Fenn, M. (2016), PRETEND: a free, versatile open-source logger for"
        " video/audio harbours.  Methods Pretend Evol, 7: 1325-1330"
    )
    assert cited is not None
    assert cited.title == "PRETEND: a free, versatile open-source logger for video/audio harbours"
    italian = science_entry(
        "Rossi M., Bianchi L. (2019), Titolo inventato del porto, Giornale, 12, pp. 45-67."
    )
    assert italian is not None and italian.title == "Titolo inventato del porto"


def test_one_slash_between_words_is_no_path() -> None:
    title = "PRETEND: a free logger for video/audio harbours and live tides"
    record = PaperRecord(line=1, title=title, authors=["Quill, O."], date="2016")
    assert judge(record) is None
    path = PaperRecord(line=1, title="Location: research/web/pretend-page.md (text from page)")
    assert judge(path) is not None


def test_apa_with_the_ellipsis_and_a_copied_bullet() -> None:
    """holdout25 024, a blog's bulleted APA references with `… &` before the last name."""
    cited = science_entry(
        "• Quill, J. M., Fenn, O. J., Lutz, K. J., … & Marrow-García, J. (2014). Assembly of a"
        " pretend harbour: Surface kinematics of the 4 April 2010 Pretend (Mexico) Mw 7.2 tide."
        " Geosphere, GES00933-1."
    )
    assert cited is not None
    assert cited.title.endswith("(Mexico) Mw 7.2 tide")
    assert cited.names == ["Quill, J. M.", "Fenn, O. J.", "Lutz, K. J.", "Marrow-García, J."]


def test_names_after_a_linked_title_before_the_list_s_arxiv_id() -> None:
    """holdout19 015: `* [Title](https://arxiv.org/abs/…), A Name, B Name, arxiv:1910.07425`."""
    from papershelf.importers.paste.cite import read_citation

    title = "Pretend Sequences with Invented States"
    text = f"{title}, Ada Quill, Ben Fenn, Cy Lutz, arxiv:1910.07425"
    cited = read_citation(text, [], [(title, "https://arxiv.org/abs/1910.07425")])
    assert cited is not None and cited.authors == "Ada Quill, Ben Fenn, Cy Lutz"


def test_a_journal_s_description_of_itself_is_no_paper() -> None:
    """holdout25 031: a review's page opens `Official Journal of the … Society (AOGS)`."""
    motto = PaperRecord(line=1, title="Official Journal of the Pretend Tides Society (PTS)")
    assert judge(motto) is not None
    titled = PaperRecord(line=1, title="Journal of an official pretend voyage to the harbours")
    assert judge(titled) is None


def test_abnt_names_end_at_an_initial_and_the_issue_s_day_is_the_date() -> None:
    """holdout25 012: `BOOTH, Trevor H. Why …` took `Why` for a given name; `… et al. bioclim:
    …` (a title in lower case) was no entry; `…, 8 maio 2023. Disponível em: … Acesso em: …`."""
    why = science_entry(
        "QUILL, Ada H. Why Pretend Harbours Matter. *Austral Tides*, v. 43, n. 8, p. 852–860,"
        " 9 jun. 2018. Disponível em: <https://doi.org/10.5555/pretend>. Acesso em: 19 maio 2024."
    )
    assert why is not None
    assert (why.title, why.names, why.year) == (
        "Why Pretend Harbours Matter",
        ["QUILL, Ada H."],
        "2018-06-09",
    )
    lower = science_entry(
        "FENN, Ben et al. tidesim: the first pretend harbour package. *Pretend Distributions*,"
        " v. 20, n. 1, p. 1–9, 8 maio 2013. Disponível em: <https://example.org/x>."
    )
    assert lower is not None
    assert (lower.title, lower.year) == ("tidesim: the first pretend harbour package", "2013-05-08")
