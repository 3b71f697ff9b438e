"""A study day's programme that names each talk's speakers with their roles in brackets, then
the title in guillemets (paste/cite.py's `_authors_before`), read from made-up talks in the shape
holdout17 showed."""

from __future__ import annotations

from papershelf.importers.pipeline import read_listing

PROGRAMME = (
    "PROGRAMME\n\n9 h 45 - Introduction\n\n"
    " Ada Quill-Marrow (présidente de la Cité imaginaire) et Ben Lomm (professeur d’histoire, "
    "Université Fictive 13, CRX) : « Histoire inventée des universités et corpus d’archives : "
    "propositions »\n\n"
    " Cy Brask (maître de conférences, EPHX) : « L’histoire inventée dans l’enseignement : état "
    "des lieux »\n"
)


def test_speakers_roles_in_brackets_are_no_part_of_their_names() -> None:
    records = read_listing(PROGRAMME, "programme.txt").records
    assert [(r.title, r.authors) for r in records] == [
        (
            "Histoire inventée des universités et corpus d’archives : propositions",
            ["Ada Quill-Marrow", "Ben Lomm"],
        ),
        ("L’histoire inventée dans l’enseignement : état des lieux", ["Cy Brask"]),
    ]
