"""The real JabRef (Debian's `jabref`) opens and saves our BibTeX export, and nothing a reader
set in Papershelf (ratings, statuses, tags) is lost when the file comes back."""

from __future__ import annotations

import itertools
import shutil
import subprocess
from pathlib import Path

import bibtexparser
import pytest

from papershelf.library import Library
from papershelf.store.search import Filter

JABREF = shutil.which("jabref")
STATUSES = ("new", "to-read", "reading", "skimmed", "read", "dropped")
# Tags named like JabRef's own tokens (`read`, `rank2`) are JabRef's status and rating by its
# definition, so they are not reader tags a round trip could tell apart.
TAG_SETS = ((), ("vision",), ("vision", "later"), ("to read",), ("survey", "2024"))

pytestmark = pytest.mark.skipif(JABREF is None, reason="JabRef is not installed (Debian: jabref)")


def _annotate(library: Library, ids: list[int]) -> None:
    """Every combination of rating, status and tags the test can tell apart."""
    combos = itertools.product(range(6), STATUSES, TAG_SETS)
    for paper_id, (rating, status, tags) in zip(ids, combos, strict=False):
        library.rate([paper_id], rating)
        library.set_status([paper_id], status)
        if tags:
            library.tag([paper_id], add=list(tags))


def _reading_state(library: Library) -> dict[str, tuple[int, str, frozenset[str]]]:
    return {
        paper["citation_key"]: (paper["rating"] or 0, paper["status"], frozenset(paper["tags"]))
        for paper in library.papers(library.query_ids(Filter()))
    }


def _jabref_resave(source: Path, target: Path, home: Path) -> None:
    """JabRef's command line: open the file as BibTeX and save it again."""
    result = subprocess.run(
        [str(JABREF), "-n", "-i", f"{source},bibtex", "-o", str(target)],
        capture_output=True,
        text=True,
        timeout=300,
        env={"HOME": str(home), "PATH": "/usr/bin:/bin", "JAVA_TOOL_OPTIONS": "-Xmx512m"},
        check=False,
    )
    assert result.returncode == 0 and target.exists(), result.stdout + result.stderr


def test_jabref_keeps_ratings_statuses_and_tags(seeded: Library, tmp_path: Path) -> None:
    ids = seeded.query_ids(Filter())[:60]
    _annotate(seeded, ids)
    ours = tmp_path / "ours.bib"
    ours.write_text(seeded.export(ids, "bibtex"), encoding="utf-8")
    saved = tmp_path / "jabref.bib"
    _jabref_resave(ours, saved, tmp_path)

    theirs = {entry.key: entry for entry in bibtexparser.parse_file(str(saved)).entries}
    mine = {entry.key: entry for entry in bibtexparser.parse_file(str(ours)).entries}
    assert theirs.keys() == mine.keys()
    for key, entry in mine.items():
        for name in ("ranking", "readstatus"):
            if name in entry.fields_dict:
                assert theirs[key].fields_dict[name].value == entry.fields_dict[name].value, key

    with Library(tmp_path / "back.db") as back:
        back.import_path(saved)
        expected = _reading_state(seeded)
        assert _reading_state(back) == {key: expected[key] for key in mine}
