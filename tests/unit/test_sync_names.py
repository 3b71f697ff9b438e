"""Tag colours and source names sync (schema 18, store/sync_names.py): the later change wins
by the hybrid logical clock, everywhere; a source (the same file, by its SHA-256) imported
later takes the name given elsewhere; an undo is an ordinary change; a library that synced
before schema 18 sends the colours and names it had."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from papershelf.library import Library
from papershelf.store import sync_names
from papershelf.store.connection import migrate, schema_version
from papershelf.store.schema import LATEST
from tests.conftest import DATA, seed
from tests.syncing import Replica, everyone, start


def some_tag(replica: Replica) -> str:
    replica.library.tag([1, 2], add=["to-cite"])
    return "to-cite"


def labels(library: Library) -> dict[str, str | None]:
    return sync_names.read(library.conn, "source")


def test_a_tag_colour_reaches_the_other_machine_and_the_later_change_wins(
    pair: list[Replica],
) -> None:
    laptop, desktop = pair
    tag = some_tag(laptop)
    everyone(pair)
    laptop.library.set_tag_colour(tag, "#C03")
    everyone(pair)
    assert desktop.library.tag_colours()[tag] == "#cc0033"
    # Both change it before they exchange: the later change wins on both.
    laptop.library.set_tag_colour(tag, "#112233")
    desktop.library.set_tag_colour(tag, "#445566")
    everyone(pair)
    assert laptop.library.tag_colours()[tag] == desktop.library.tag_colours()[tag] == "#445566"
    # An undo is a change like any other; a colour taken away is taken away everywhere.
    desktop.library.undo()
    everyone(pair)
    assert laptop.library.tag_colours()[tag] == "#cc0033"
    laptop.library.set_tag_colour(tag, None)
    everyone(pair)
    assert tag not in desktop.library.tag_colours()
    assert laptop.state() == desktop.state()


def test_a_tag_coloured_before_it_reaches_a_machine_gets_its_colour_there(
    pair: list[Replica],
) -> None:
    laptop, desktop = pair
    laptop.library.tag([3], add=["fresh"])
    laptop.library.set_tag_colour("fresh", "#00aa00")
    everyone(pair)  # the tag and its colour arrive in one exchange
    assert desktop.library.tag_colours()["fresh"] == "#00aa00"


def test_a_source_name_reaches_every_machine_that_imported_the_file(
    pair: list[Replica],
) -> None:
    laptop, desktop = pair
    listing = seed("004")
    laptop.library.import_path(listing)
    (source,) = [s for s in laptop.library.sources() if s["file"].endswith(listing.name)]
    laptop.library.name_source(source["id"], "Spring reading group")
    everyone(pair)
    # The desktop imports the same file afterwards: at its next exchange the name is there.
    desktop.library.import_path(listing)
    everyone(pair)
    (there,) = [s for s in desktop.library.sources() if s["file"].endswith(listing.name)]
    assert there["label"] == "Spring reading group"
    # Renamed on the desktop, later: the laptop follows.
    desktop.library.name_source(there["id"], "Reading group, spring")
    everyone(pair)
    sha = laptop.library.conn.execute(
        "SELECT sha256 FROM sources WHERE id = ?", (source["id"],)
    ).fetchone()[0]
    assert labels(laptop.library)[sha] == labels(desktop.library)[sha] == "Reading group, spring"


def test_a_library_synced_at_schema_17_sends_its_colours_after_the_migration(
    tmp_path: Path,
) -> None:
    path = tmp_path / "v17.db"
    shutil.copy(DATA / "library-v12.db", path)
    conn = sqlite3.connect(path, isolation_level=None)
    migrate(conn, target=17)
    (name,) = conn.execute("SELECT name FROM tags ORDER BY name LIMIT 1").fetchone()
    conn.execute("UPDATE tags SET colour = '#123456' WHERE name = ?", (name,))
    conn.close()
    with Library(path) as template:
        assert schema_version(template.conn) == LATEST
        # Not syncing: nothing noted, the triggers wait for a folder.
        assert not sync_names.pending(template.conn)
        laptop, desktop = start(tmp_path, ["laptop", "desktop"], first=template)
    assert desktop.library.tag_colours()[name] == "#123456"
    for replica in (laptop, desktop):
        replica.library.close()


def test_schema_18_notes_colours_given_while_syncing_before_it(tmp_path: Path) -> None:
    path = tmp_path / "v17-syncing.db"
    shutil.copy(DATA / "library-v12.db", path)
    conn = sqlite3.connect(path, isolation_level=None)
    migrate(conn, target=17)
    conn.execute("UPDATE tags SET colour = '#abcdef' WHERE id = (SELECT min(id) FROM tags)")
    conn.execute("INSERT INTO sync_state (key, value) VALUES ('folder', ?)", (str(tmp_path),))
    migrate(conn, target=18)
    assert sync_names.noted(conn)["tag"] == {
        conn.execute("SELECT name FROM tags WHERE colour = '#abcdef'").fetchone()[0]
    }
    conn.close()
