"""The second reading on text its readers had not seen: each group of sets read by the readers of
the commit that first scored them unseen, their first reading against the one the second reading
picks. The record-likelihood model is trained here on the development corpora other than the
group's (with today's readers, as `make train-plausible` does), so no set is judged by a model
that learned from it.

    python scripts/second_reading_history.py

Prints one row per set and reading, in `make loco`'s table form. Takes a few minutes: the old
readers read every set once and once more for each of the second reading's readers.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import fidelity
import loco
import loco_history
import train_lines
import train_plausible

from papershelf.core.records import PaperRecord
from papershelf.importers.paste import plausible

# Sets scored unseen together, and the commit whose readers first scored them.
GROUPS = {
    "74e57bc": (  # session 30's start: holdout14 (session 29's unseen set) and the four after it
        "listings-holdout14",
        "listings-holdout15",
        "listings-holdout16",
        "listings-holdout17",
        "listings-holdout18",
    ),
    "3a95699": ("listings-holdout19", "listings-holdout20"),  # session 31's start
}
# The old readers' first reading and each of the second reading's readers alone, as a layout the
# user chose (no second reading at those commits: it came after them).
DUMP = """
import json, sys
from pathlib import Path
from papershelf.core.errors import ImportFailed
from papershelf.importers.decode import decode_listing
from papershelf.importers.pipeline import read_listing
FIELDS = ("title", "authors", "date", "date_text", "date_partial", "arxiv_id", "doi", "urls",
          "abstract", "venue", "confidence", "needs_review", "line")
out = {}
for p in sorted(Path(sys.argv[1]).iterdir()):
    if not (p.name[:3].isdigit() and p.suffix in (".md", ".html", ".txt")):
        continue
    text = decode_listing(p.read_bytes(), p.name)
    readings = {}
    for layout in [None, *sys.argv[2:]]:
        try:
            records = read_listing(text, p.name, layout=layout).records
        except ImportFailed:
            readings[layout or ""] = None
            continue
        readings[layout or ""] = [{f: getattr(r, f) for f in FIELDS} for r in records]
    out[p.name] = readings
json.dump(out, sys.stdout)
"""
Readings = dict[str, dict[str, list[dict[str, Any]] | None]]


def old_readings(commit: str, corpus: Path, folder: Path) -> Readings:
    """Each excerpt's readings by the readers (and the learned model) of `commit`."""
    tree = folder / commit
    if not tree.exists():
        tree.mkdir()
        archive = subprocess.run(
            ["git", "-C", str(fidelity.ROOT), "archive", commit, "src", "resources"],
            check=True,
            capture_output=True,
        ).stdout
        subprocess.run(["tar", "-x", "-C", str(tree)], input=archive, check=True)
        # The old models, not the installed package's: the resources beside the old sources.
        (tree / "src" / "papershelf" / "resources").symlink_to(tree / "resources")
    done = subprocess.run(
        [sys.executable, "-c", DUMP, str(corpus), *plausible.CANDIDATES],
        env={"PYTHONPATH": str(tree / "src"), "PATH": "/usr/bin:/bin"},
        check=True,
        capture_output=True,
        text=True,
    )
    readings: Readings = json.loads(done.stdout)
    return readings


def record(fields: dict[str, Any]) -> PaperRecord:
    return loco_history.record(dict(fields))


def records(reading: list[dict[str, Any]] | None) -> list[PaperRecord]:
    return [record(fields) for fields in reading or []]


def second_reading(readings: dict[str, list[dict[str, Any]] | None]) -> list[PaperRecord]:
    """What the second reading keeps: the first reading, or the candidate it picks."""
    first = records(readings[""])
    others = [records(readings.get(name)) for name in plausible.CANDIDATES]
    choice = plausible.better_reading(first, others)
    return first if choice.index is None else others[choice.index]


def score_group(commit: str, corpora: tuple[str, ...], folder: Path) -> None:
    model = folder / f"plausible-{commit}.crfsuite"
    others = [c for c in train_lines.CORPORA if c not in corpora]
    items = [
        item for name in others for item in train_plausible.corpus_items(train_lines.DATA / name)
    ]
    train_plausible.train(items, model)
    plausible.use_model(model)
    group = {"first reading": fidelity.Tally(), "with the second reading": fidelity.Tally()}
    try:
        for corpus in corpora:
            path = train_lines.DATA / corpus
            old = old_readings(commit, path, folder)
            first, second = fidelity.Tally(), fidelity.Tally()
            for excerpt in fidelity.excerpts(path):
                expected = fidelity.expected_papers(excerpt)
                readings = old[excerpt.name]
                refused = readings[""] is None
                tally = fidelity.score(expected, records(readings[""]))
                tally.refused = int(refused)
                first.add(tally)
                picked = second_reading(readings)
                tally = fidelity.score(expected, picked)
                tally.refused = int(not picked)
                second.add(tally)
            for label, tally in (("first reading", first), ("with the second reading", second)):
                print(loco.row(f"{corpus} ({commit})", label, tally.to_json()))
                group[label].add(tally)
        for label, tally in group.items():
            print(loco.row(f"**all {len(corpora)} ({commit})**", label, tally.to_json()))
    finally:
        plausible.use_model(None)


def main() -> int:
    print("| corpus (readers when unseen) | reading | found | extra | refused | fields |")
    print("|---|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as name:
        for commit, corpora in GROUPS.items():
            score_group(commit, corpora, Path(name))
    return 0


if __name__ == "__main__":
    sys.exit(main())
