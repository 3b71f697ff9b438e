"""An organisation named as an author in a listing (`The GEBCO Compilation Group (2024). GEBCO
2024 Grid.`) is exported braced whole, so that BibTeX and biber read one corporate author, not
a person whose family name is `Group` (trial 9: the key came out `groupGEBCO2024Grid2024`).

The listing is a committed real paste (tests/data/listings-holdout18 002); the short names below
are made up.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import bibtexparser
import pybtex.database
import pytest
from scripts.fidelity import HOLDOUT18

from papershelf.core.citekeys import base_key
from papershelf.core.names import is_organisation, structured
from papershelf.library import Library


@pytest.mark.parametrize(
    "name",
    ["The GEBCO Compilation Group", "Planck Collaboration", "World Health Organization"],
)
def test_an_organisation_is_one_literal_name(name: str) -> None:
    assert is_organisation(name)
    assert structured(name) == {"literal": name}


@pytest.mark.parametrize("name", ["Robert Service", "Ada Board", "Smith, Group", "Group"])
def test_a_person_is_no_organisation(name: str) -> None:
    assert not is_organisation(name)
    assert "literal" not in structured(name)


def _gebco_export(tmp_path: Path) -> str:
    with Library(tmp_path / "library.db") as library:
        library.import_path(next(HOLDOUT18.glob("002_*.md")))
        rows = library.conn.execute("SELECT id FROM papers WHERE title LIKE '%GEBCO%'").fetchall()
        ids = [row[0] for row in rows]
        assert len(ids) == 1
        return library.export(ids, "bibtex")


def test_the_export_braces_the_organisation_whole(tmp_path: Path) -> None:
    text = _gebco_export(tmp_path)
    assert "author = {{The GEBCO Compilation Group}}" in text
    entry = bibtexparser.parse_string(text).entries[0]
    assert entry.key.startswith("thegebcocompilationgroup")
    assert entry.key == base_key(
        {
            "authors": ["The GEBCO Compilation Group"],
            "title": entry["title"].strip("{}"),
            "date": "2024",
        }
    )
    person = pybtex.database.parse_string(text, "bibtex").entries[entry.key].persons["author"][0]
    assert person.last_names == ["{The GEBCO Compilation Group}"]
    assert person.first_names == []


@pytest.mark.skipif(shutil.which("bibtex") is None, reason=".ci/system-deps installs bibtex")
def test_bibtex_labels_the_entry_by_the_whole_organisation(tmp_path: Path) -> None:
    (tmp_path / "refs.bib").write_text(_gebco_export(tmp_path), encoding="utf-8")
    key = bibtexparser.parse_string((tmp_path / "refs.bib").read_text("utf-8")).entries[0].key
    (tmp_path / "doc.aux").write_text(
        f"\\citation{{{key}}}\n\\bibstyle{{alpha}}\n\\bibdata{{refs}}\n", encoding="utf-8"
    )
    subprocess.run(["bibtex", "doc"], cwd=tmp_path, check=True, capture_output=True)
    bbl = (tmp_path / "doc.bbl").read_text(encoding="utf-8")
    assert "The GEBCO Compilation Group" in bbl
    assert "\\bibitem[{The}24]" in bbl  # one name: alpha labels it by its first letters
