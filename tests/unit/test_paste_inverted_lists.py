"""Author lists whose every name is inverted, family then given names, stay one person a name.

Session 33 found them split at every comma in five sets' references (`Vanderburg, Andrew,
Rappaport, Saul A.`, `KARCHER, Sebastian and ZELLE, Rintze`, `Hould-Gosselin, G., Rousseau, A. N.,
Gumiere, Silvio J.`); the names here are made up.
"""

from __future__ import annotations

import pytest

from papershelf.importers.paste.names import alternating_inverted, split_names
from papershelf.importers.paste.ref_fields import reference_names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Quillfeather, Adaline, Fennimore, Tomas B., Lutzow, Berta W.",
            ["Quillfeather, Adaline", "Fennimore, Tomas B.", "Lutzow, Berta W."],
        ),
        (
            "Hould-Quill, G., Fenn, A. N., Lutzow, Berta J., Mossy, Dana W.",
            ["Hould-Quill, G.", "Fenn, A. N.", "Lutzow, Berta J.", "Mossy, Dana W."],
        ),
        ("de Quillet, Ada, and Tomas Fenn", ["de Quillet, Ada", "Tomas Fenn"]),
        ("Quillet, W Ada", ["Quillet, W Ada"]),
    ],
)
def test_inverted_names_stay_whole(text: str, names: list[str]) -> None:
    assert split_names(text)[0] == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Quillet, Fenn, Lutzow, Mossy", ["Quillet", "Fenn", "Lutzow", "Mossy"]),  # no given name
        ("Ada Quillet, Tomas Fenn", ["Ada Quillet", "Tomas Fenn"]),
        (
            "Bartel, A. Quillet, S. Fenn, S. Lutzow",
            ["Bartel", "A. Quillet", "S. Fenn", "S. Lutzow"],
        ),
        ("Quillet, A., Fenn, N.", ["Quillet, A.", "Fenn, N."]),
    ],
)
def test_other_lists_are_not_paired(text: str, names: list[str]) -> None:
    assert split_names(text)[0] == names


def test_a_reference_list_with_and_between_inverted_names() -> None:
    assert reference_names("QUILLET, Adaline and FENNIMORE, Tomas") == [
        "QUILLET, Adaline",
        "FENNIMORE, Tomas",
    ]
    assert reference_names("ÁGUILO, A. R. del, FENNO, S. y QUILLA, A.") == [
        "ÁGUILO, A. R. del",
        "FENNO, S.",
        "QUILLA, A.",
    ]


def test_commas_alone_need_an_initial_to_pair() -> None:
    assert not alternating_inverted(["Quillet", "Ada", "Fenn", "Tomas"])
    assert alternating_inverted(["Quillet", "Ada", "Fenn", "Tomas"], [",", "and", ","])
    assert alternating_inverted(["Quillet", "Ada", "Fenn", "Tomas B."])
