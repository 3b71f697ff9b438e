"""Tag colours and source names (schema 16): stored in the library, undone like any write, and
kept by a file migrated from an older version."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from papershelf.core.errors import InvalidValue, NotFound
from papershelf.core.sources import source_labels
from papershelf.library import Library
from papershelf.store.connection import schema_version
from papershelf.store.schema import LATEST
from tests.conftest import DATA


def test_a_tag_keeps_its_colour_until_undone(seeded: Library) -> None:
    ids = seeded.query_ids()[:3]
    seeded.tag(ids, add=["vision"])
    changes = seeded.set_tag_colour("vision", "#5FB236")
    assert changes.sidebar and set(ids) <= changes.papers
    assert seeded.tag_colours() == {"vision": "#5fb236"}
    seeded.set_tag_colour("vision", "#f00")
    assert seeded.tag_colours() == {"vision": "#ff0000"}
    assert seeded.undo() is not None
    assert seeded.tag_colours() == {"vision": "#5fb236"}
    seeded.set_tag_colour("vision", None)
    assert seeded.tag_colours() == {}


def test_a_renamed_tag_keeps_its_colour(seeded: Library) -> None:
    seeded.tag(seeded.query_ids()[:2], add=["vision"])
    seeded.set_tag_colour("vision", "#2ea8e5")
    seeded.rename_tag("vision", "computer vision")
    assert seeded.tag_colours() == {"computer vision": "#2ea8e5"}


@pytest.mark.parametrize("colour", ["red", "#12345", "#ggg000", "", "rgb(1,2,3)"])
def test_colours_not_written_as_hex_are_refused(seeded: Library, colour: str) -> None:
    seeded.tag(seeded.query_ids()[:1], add=["vision"])
    with pytest.raises(InvalidValue, match="#rrggbb"):
        seeded.set_tag_colour("vision", colour)
    assert seeded.tag_colours() == {}


def test_colouring_a_missing_tag_is_an_error(seeded: Library) -> None:
    with pytest.raises(NotFound, match="no tag named 'nope'"):
        seeded.set_tag_colour("nope", "#ff0000")


def test_a_named_source_shows_its_name_until_cleared(seeded: Library) -> None:
    first = seeded.sources()[0]
    before = source_labels(seeded.sources())[first["id"]]
    changes = seeded.name_source(first["id"], "  Lab   reading  group ")
    assert changes.sidebar
    assert source_labels(seeded.sources())[first["id"]] == "Lab reading group"
    assert seeded.undo() is not None
    assert source_labels(seeded.sources())[first["id"]] == before
    seeded.name_source(first["id"], "Lab reading group")
    seeded.name_source(first["id"], "   ")
    assert source_labels(seeded.sources())[first["id"]] == before
    with pytest.raises(NotFound):
        seeded.name_source(9999, "x")


def test_two_sources_given_one_name_are_numbered(seeded: Library) -> None:
    first, second = seeded.sources()[:2]
    seeded.name_source(first["id"], "Week 48")
    seeded.name_source(second["id"], "Week 48")
    labels = source_labels(seeded.sources())
    assert {labels[first["id"]], labels[second["id"]]} == {"Week 48 (1)", "Week 48 (2)"}


def test_version_12_file_gains_tag_colours_and_source_names(tmp_path: Path) -> None:
    path = tmp_path / "v12.db"
    shutil.copy(DATA / "library-v12.db", path)
    with sqlite3.connect(path) as raw:
        tags = raw.execute("SELECT name FROM tags").fetchall()
    with Library(path) as library:
        assert schema_version(library.conn) == LATEST
        assert library.tag_colours() == {}
        (name,) = tags[0]
        library.set_tag_colour(name, "#a28ae5")
        assert library.tag_colours() == {name: "#a28ae5"}
        assert all(source["label"] is None for source in library.sources())
