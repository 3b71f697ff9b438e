"""Trial 9: two publications of one title, told apart by their DOIs, stay two papers.

holdout18's listing 002 (see its MANIFEST) cites "Ocean basin evolution and global-scale plate
reorganization events since Pangea breakup" twice: Earth-Science Reviews 2017 and Annual Review
of Earth and Planetary Sciences 2016, each with its DOI. The import merged the second into the
first ("9 new, 1 merged" for ten papers ticked): the 2016 paper and its DOI were gone.
"""

from __future__ import annotations

from pathlib import Path

from papershelf.library import Library
from papershelf.library.preview import preview_text
from tests.conftest import DATA

TITLE = "Ocean basin evolution and global-scale plate reorganization events since Pangea breakup"


def listing_002() -> str:
    (path,) = (DATA / "listings-holdout18").glob("002_*.md")
    return path.read_text(encoding="utf-8")


def stored(library: Library) -> list[tuple[str, str]]:
    return library.conn.execute(
        "SELECT date, doi FROM papers WHERE title = ? ORDER BY date", (TITLE,)
    ).fetchall()


def test_one_title_with_two_dois_is_two_papers(tmp_path: Path) -> None:
    with Library(tmp_path / "lib.db") as library:
        report = library.import_preview(preview_text(listing_002(), "clipboard"))
        assert report.new == 10
        assert stored(library) == [
            ("2016", "10.1146/annurev-earth-060115-012211"),
            ("2017", "10.1016/j.earscirev.2017.03.006"),
        ]


def test_a_listing_without_a_doi_still_merges_by_its_title(tmp_path: Path) -> None:
    """The title alone is evidence enough where one side has no DOI to tell them apart."""
    with Library(tmp_path / "lib.db") as library:
        library.import_preview(preview_text(listing_002(), "clipboard"))
        bare = (
            f'- "{TITLE}"; R. D. Müller\n'
            '- "Slab2, a comprehensive subduction zone geometry model"; G. P. Hayes\n'
        )
        report = library.import_preview(preview_text(bare, "notes.md"))
        assert report.new == 0
