"""German bibliographies that write the first author family name first and each co-author after
a slash, given name first (paste/inverted_refs.py's `slashed_entry`), read from made-up entries
in the shape holdout17 showed."""

from __future__ import annotations

from papershelf.importers.paste.inverted_refs import slashed_entry
from papershelf.importers.pipeline import read_listing

LIST = """Folgende Einführungen sind dazu geeignet:
- Quell, P./B. Marow/H. Brask, Einführung in die erfundene Geschichte, 5. Auflage, Opladen 1989.
- Varn, Nils/Wolfgang Oster, Kursbuch Erfindung, Paderborn 2004.
- Lomm, Ernst/Günther Tell, Einführung in das Studium der ausgedachten Zeit, Stuttgart 2001.
"""


def test_slashed_co_authors_are_names_not_places() -> None:
    assert [(r.title, r.authors, r.date) for r in read_listing(LIST, "guide.txt").records] == [
        ("Einführung in die erfundene Geschichte", ["Quell, P.", "B. Marow", "H. Brask"], "1989"),
        ("Kursbuch Erfindung", ["Varn, Nils", "Wolfgang Oster"], "2004"),
        (
            "Einführung in das Studium der ausgedachten Zeit",
            ["Lomm, Ernst", "Günther Tell"],
            "2001",
        ),
    ]


def test_a_slash_in_a_title_makes_no_entry() -> None:
    assert slashed_entry("Input/Output Made Simple, a guide, Berlin 2004.") is None
