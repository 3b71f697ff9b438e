"""An export or kept-updated file naming something the library lacks is refused: the trial's
`export --tag TYPO -o paper.bib` emptied a good .bib and exited 0."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from papershelf.cli import main
from tests.conftest import DATA

EXISTING = DATA / "bib" / "xampl.bib"  # any real .bib the user already has


def _export(capsys: pytest.CaptureFixture[str], db: Path, *argv: str) -> tuple[int, str]:
    code = main(["--db", str(db), *argv])
    out, err = capsys.readouterr()
    return code, out + err


@pytest.mark.parametrize(
    ("options", "named"),
    [
        (["--tag", "generatvie"], "no tag named 'generatvie'"),
        (["--tag", "cv", "--tag", "nosuch"], "no tag named 'nosuch'"),
        (["--queue", "thesiss"], "no queue named 'thesiss'"),
        (["--search", "tag:generatvie diffusion"], "no tag named 'generatvie'"),
        (["--search", "queue:thesiss"], "no queue named 'thesiss'"),
        (["--search", "source:nosuchfile"], "no imported file matches source:nosuchfile"),
        (["--search", "year:>>2020"], "year: needs a whole number"),
        (["--status", "finished"], "status: one of"),
        (["--ids", "1", "999999"], "no paper with id 999999"),
    ],
)
def test_an_unknown_name_leaves_the_file_alone(
    capsys: pytest.CaptureFixture[str],
    seeded_path: Path,
    tmp_path: Path,
    options: list[str],
    named: str,
) -> None:
    target = tmp_path / "mypaper.bib"
    shutil.copy(EXISTING, target)
    code, err = _export(capsys, seeded_path, "export", "-f", "bibtex", *options, "-o", str(target))
    assert code != 0
    assert named in err
    assert target.read_bytes() == EXISTING.read_bytes()


def test_a_known_selection_still_writes(
    capsys: pytest.CaptureFixture[str], seeded_path: Path, tmp_path: Path
) -> None:
    main(["--db", str(seeded_path), "tag", "1", "2", "--add", "Mine"])
    target = tmp_path / "mypaper.bib"
    shutil.copy(EXISTING, target)
    code, err = _export(capsys, seeded_path, "export", "--search", "tag:mine", "-o", str(target))
    assert code == 0, err
    assert target.read_text().count("@") == 2


@pytest.mark.parametrize(
    ("options", "named"),
    [
        (["--tag", "generatvie"], "no tag named 'generatvie'"),
        (["--queue", "thesiss"], "no queue named 'thesiss'"),
        (["--search", "tag:generatvie"], "no tag named 'generatvie'"),
        (["--search", "source:nosuchfile"], "no imported file matches"),
    ],
)
def test_a_kept_updated_file_with_an_unknown_name_is_refused(
    capsys: pytest.CaptureFixture[str],
    seeded_path: Path,
    tmp_path: Path,
    options: list[str],
    named: str,
) -> None:
    target = tmp_path / "thesis.bib"
    shutil.copy(EXISTING, target)
    code, err = _export(capsys, seeded_path, "autoexport", "add", str(target), *options)
    assert code != 0
    assert named in err
    assert target.read_bytes() == EXISTING.read_bytes()
    assert _export(capsys, seeded_path, "autoexport", "list") == (0, "")
