"""A reference's closing full stop is no part of its last name (trial 9: `Chomsky, Noam.`).

The names in the first two tests are made up; the last reads a committed real paste.
"""

from __future__ import annotations

from scripts.fidelity import HOLDOUT18

from papershelf.core.records import PaperRecord
from papershelf.importers.paste.names import without_closing_stops
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
