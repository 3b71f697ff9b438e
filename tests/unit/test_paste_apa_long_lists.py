"""A journal club's page of `Title:` / `Authors:` cards (holdout25 001): APA's long author lists,
with a group among the people, a suffix after initials and the ellipsis before the last name,
were split at every comma; meetings whose presenter gave the title alone were dropped. The rule
tests use made-up names and titles."""

from __future__ import annotations

from scripts.fidelity import HOLDOUT25, expected_papers, title_key

from papershelf.importers.paste.names import split_names
from papershelf.importers.pipeline import read_listing


def test_apa_names_with_a_group_a_suffix_and_the_ellipsis() -> None:
    text = "Quill, A., Fenn, B. C., Pretend Research Network, Lutz, D., Marrow, E., 2nd, … De Vos, F. G."
    assert split_names(text)[0] == [
        "Quill, A.",
        "Fenn, B. C.",
        "Pretend Research Network",
        "Lutz, D.",
        "Marrow, E., 2nd",
        "De Vos, F. G.",
    ]
    assert split_names("Klein, H.-U., Quill, A., Fenn, B.")[0] == [
        "Klein, H.-U.",
        "Quill, A.",
        "Fenn, B.",
    ]


def test_family_names_alone_stay_apart() -> None:
    assert split_names("Quill, Fenn, Lutz")[0] == ["Quill", "Fenn", "Lutz"]


CARDS = """#### Meeting 24-02-21
- Title: An invented genome project of pretend bacteria
- Authors: Quill, A., Fenn, B. C., & Lutz, D.
- Presenter: Ada Marrow

---
#### Meeting 24-03-13
- Title: Pretend profiling of made-up tissues reveals invented subtypes
- Presenter: Ben Vos

---
#### Meeting 24-04-10
- Title: A made-up dataset of imaginary cells
- Authors: Marrow, E., Vos, F., & Quill, A.
- Presenter: Cy Lutz
"""


def test_a_titled_meeting_without_authors_among_meetings_with_them_is_a_paper() -> None:
    titles = [r.title for r in read_listing(CARDS, "club.md").records]
    assert titles == [
        "An invented genome project of pretend bacteria",
        "Pretend profiling of made-up tissues reveals invented subtypes",
        "A made-up dataset of imaginary cells",
    ]


def test_the_real_journal_club() -> None:
    path = next(HOLDOUT25.glob("001_*.md"))
    records = read_listing(path.read_text(encoding="utf-8"), path.name).records
    assert {title_key(p["title"]) for p in expected_papers(path)} <= {
        title_key(r.title) for r in records
    }
