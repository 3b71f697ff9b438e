"""A programme copied as text: a line of speakers' names over a line of its talk's title
(session 33). The rule tests use made-up text; the last reads holdout24 022, a symposium's
agenda."""

from __future__ import annotations

from scripts.fidelity import HOLDOUT24

from papershelf.core.errors import ImportFailed
from papershelf.importers.pipeline import read_listing

AGENDA = """Saturday, 11 October

Welcoming remarks, introductions

Land-Sea Interactions

Ada Quillby
Invented tides at the interface of pretend lakes and oceans
Tomas Fennick and Berta Lutzow
The made-up effects of imaginary loading on harbours
Dana Mossberg
Controls on pretend removal in invented rivers: a collaborative approach
"""


def test_names_over_a_title_make_a_talk() -> None:
    preview = read_listing(AGENDA, "agenda.txt")
    talks = [(r.title, r.authors) for r in preview.records if preview.layout.endswith("titles")]
    assert talks == [
        ("Invented tides at the interface of pretend lakes and oceans", ["Ada Quillby"]),
        ("The made-up effects of imaginary loading on harbours", ["Tomas Fennick", "Berta Lutzow"]),
        (
            "Controls on pretend removal in invented rivers: a collaborative approach",
            ["Dana Mossberg"],
        ),
    ]


def test_a_list_of_titles_with_a_name_here_and_there_is_not_a_programme() -> None:
    titles = "\n".join(
        f"The tides of invented harbours in pretend ports, part {p}" for p in "ABCDEFGH"
    )
    paste = AGENDA.split("Land-Sea Interactions")[1] + "\n" + titles + "\n"
    try:
        layout = read_listing(paste, "list.txt").layout
    except ImportFailed:  # refused is as good: not read as a programme
        layout = "refused"
    assert "speaker-titles" not in layout


def test_a_real_symposium_agenda_names_each_talk_s_speakers() -> None:
    path = next(HOLDOUT24.glob("022_*.txt"))
    records = read_listing(path.read_text(encoding="utf-8"), path.name).records
    by_title = {r.title: r.authors for r in records}
    assert by_title["The limnology of alluvial ground water basins"] == ["Brian Reid"]
    assert by_title[
        "The ecological effects of nitrogen loading to estuaries: macrophyte and macroinvertebrate"
        " communities"
    ] == ["Ylva Olsen", "Sophia Fox"]
