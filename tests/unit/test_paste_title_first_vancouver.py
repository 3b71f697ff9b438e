"""Title-first references with Vancouver names (an evidence-based-medicine blog's reading list,
holdout23 003, session 33): `Title. Schulz KF, Grimes D. Lancet 2002: 359(9307); 696-700.`, a
question as the title. The rule tests use made-up references."""

from __future__ import annotations

from scripts.fidelity import HOLDOUT23

from papershelf.importers.paste.cite import title_then_names
from papershelf.importers.pipeline import read_listing


def test_vancouver_names_ending_in_one_initial() -> None:
    cited = title_then_names(
        "Hiding tides in harbours: who got what. Quill KF, Fenn D. Lancet 2002: 9; 6-7."
    )
    assert cited is not None
    assert (cited.title, cited.authors, cited.year) == (
        "Hiding tides in harbours: who got what",
        "Quill KF, Fenn D",
        "2002",
    )


def test_a_question_as_the_title() -> None:
    cited = title_then_names("Is the harbour significant? Quill S. Lancet 2002: 359(9318); 1708.")
    assert cited is not None
    assert (cited.title, cited.authors) == ("Is the harbour significant?", "Quill S")


def test_initials_before_a_surname_still_open_a_name() -> None:
    cited = title_then_names(
        "A comparison of invented harbours and tides. K. Quill, A. J. Fenn. Pretend Journal 2000: 3; 1-8."
    )
    assert cited is not None
    assert cited.authors == "K. Quill, A. J. Fenn"


def test_a_real_blog_s_reading_list_names_every_paper() -> None:
    path = next(HOLDOUT23.glob("003_*.md"))
    records = read_listing(path.read_text(encoding="utf-8"), path.name).records
    by_title = {r.title: r for r in records}
    assert by_title["Blinding in randomised trials: hiding who got what"].authors == [
        "Schulz KF",
        "Grimes D",
    ]
    assert "Is it clinically significant?" in by_title
