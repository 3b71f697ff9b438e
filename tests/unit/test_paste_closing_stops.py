"""A reference's closing full stop is no part of its last name (trial 9: `Chomsky, Noam.`).

The names in the first two tests are made up; the last reads a committed real paste.
"""

from __future__ import annotations

from scripts.fidelity import HOLDOUT18

from papershelf.core.records import PaperRecord
from papershelf.importers.paste.names import split_names, without_closing_stops
from papershelf.importers.pipeline import read_listing


def test_a_full_name_loses_the_reference_s_full_stop_and_an_initial_keeps_its_own() -> None:
    record = PaperRecord(
        line=1,
        authors=["Chomsky, Noam.", "Quill, A.", "Ada Fenn.", "Okafor, Jürgen.", "Lee, Bo"],
    )
    without_closing_stops([record])
    assert record.authors == ["Chomsky, Noam", "Quill, A.", "Ada Fenn", "Okafor, Jürgen", "Lee, Bo"]


def test_a_generational_suffix_keeps_its_full_stop() -> None:
    record = PaperRecord(line=1, authors=["King, Martin Luther, Jr.", "Ng, Wei, Jnr.", "Roe, Sr."])
    without_closing_stops([record])
    assert record.authors == ["King, Martin Luther, Jr.", "Ng, Wei, Jnr.", "Roe, Sr."]


def test_a_real_resources_list_gives_names_without_the_closing_stop() -> None:
    """holdout18 008 (a linguistics resources README) prints `Chomsky, Noam. (1988) _Title_`."""
    path = next(HOLDOUT18.glob("008_*.md"))
    records = read_listing(path.read_text(encoding="utf-8"), path.name).records
    names = [name for record in records for name in record.authors]
    assert names.count("Chomsky, Noam") >= 3
    assert not [name for name in names if name.endswith("Noam.")]


def test_an_initial_in_any_script_keeps_its_full_stop() -> None:
    """Made-up names: an accented or Cyrillic initial, a two-letter one, a surname and initials
    without a comma keep their dots; a list of undotted initials ends in the list's full stop."""
    assert split_names("Borrego, Á.")[0] == ["Borrego, Á."]
    assert split_names("Quill, Stefan Th.")[0] == ["Quill, Stefan Th."]
    assert split_names("Иванов, А., Петров, Б.")[0] == ["Иванов, А.", "Петров, Б."]
    assert split_names("Котов А.")[0] == ["Котов А."]
    assert split_names("Quill A.B., Fenn C.D.")[0] == ["Quill A.B.", "Fenn C.D."]
    assert split_names("Quill M, Fenn T, Lutz A.")[0] == ["Quill M", "Fenn T", "Lutz A"]
