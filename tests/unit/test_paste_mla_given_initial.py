"""MLA citations whose first, inverted name keeps a middle initial (made-up names): `Quill, Ada
B., Ben Marrow, and Cleo D. Tansy. "Title." Journal 1.2 (2020): 3-4.` The first person is
`Quill, Ada B.`, as printed; the others follow."""

from __future__ import annotations

from papershelf.importers.paste.names import split_names


def test_an_inverted_given_name_with_its_initial_is_one_person() -> None:
    names, _ = split_names("Quill, Ada B., Ben Marrow, and Cleo D. Tansy")
    assert names == ["Quill, Ada B.", "Ben Marrow", "Cleo D. Tansy"]
    names, _ = split_names("Marrow, Ben, and Cleo D. Tansy")
    assert names == ["Marrow, Ben", "Cleo D. Tansy"]
