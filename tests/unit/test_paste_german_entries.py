"""A local history society's literature page in the German manner (made-up works, in the shape
of tests/data/listings-holdout27 024): paragraphs whose lines, parted by `<br>`, are each an entry
`Family, Given/ Family, Given, u.a. (Hgg.): Title, Place Year.`, a body as editor, a particle
after the given name, the edition raised before the year and a work in volumes."""

from __future__ import annotations

import pytest

from papershelf.importers.paste.inverted_refs import colon_entry
from papershelf.importers.paste.names import split_names
from papershelf.importers.pipeline import read_listing

PAGE = """## Handbücher zur erfundenen Stadtgeschichte
Quill, Ada/ Nadir, Ben-Dieter, u.a. (Hgg.): Ein Jahrhundert Erfundenstadt. Von der Residenz zur Wissenschaft 1914–2019, 3 Bde., Erfundenstadt 2019–2022.<br>
Quill, Ada: Erfundenstadt. Kleine Stadtgeschichte, Regensburg 2019.<br>
Historischer Verein für Erfundenland (Hg.): Stadtlexikon Erfundenstadt, Stuttgart 2006.<br>
Tansy, Cleo von: Werkzeug des Erfinders. Eine Einführung in die erfundenen Hilfswissenschaften, Frankfurt am Main <sup>18</sup>2012.
"""  # noqa: E501


def test_each_line_of_the_paragraph_is_an_entry() -> None:
    records = read_listing(PAGE, "literatur.md").records
    assert [(r.title, r.authors, r.date) for r in records[:3]] == [
        (
            "Ein Jahrhundert Erfundenstadt. Von der Residenz zur Wissenschaft 1914–2019",
            ["Quill, Ada", "Nadir, Ben-Dieter"],
            "2019",
        ),
        ("Erfundenstadt. Kleine Stadtgeschichte", ["Quill, Ada"], "2019"),
        ("Stadtlexikon Erfundenstadt", [], "2006"),
    ]
    # the particle after the given name and the raised edition do not hide the entry, and the
    # name keeps its particle (session 38: it was split at the comma)
    assert (records[3].title, records[3].authors, records[3].date) == (
        "Werkzeug des Erfinders. Eine Einführung in die erfundenen Hilfswissenschaften",
        ["Tansy, Cleo von"],
        "2012",
    )


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        ("Tansy, Cleo von", ["Tansy, Cleo von"]),
        ("Tansy, Cleo von, Quill, Ada", ["Tansy, Cleo von", "Quill, Ada"]),
        ("Hoorn, Bram van der, Nadir, Ben", ["Hoorn, Bram van der", "Nadir, Ben"]),
        ("Quill, Ada, Nadir, Ben", ["Quill", "Ada", "Nadir", "Ben"]),  # no particle: as before
    ],
)
def test_a_particle_after_the_given_name_keeps_the_name_whole(
    byline: str, names: list[str]
) -> None:
    assert split_names(byline) == (names, False)


def test_a_body_as_editor_needs_its_hg_mark() -> None:
    assert colon_entry("Historischer Verein (Hg.): Stadtlexikon Erfundenstadt, Stuttgart 2006.")
    assert colon_entry("Historischer Verein: Stadtlexikon Erfundenstadt, Stuttgart 2006.") is None
