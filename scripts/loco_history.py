"""The learned reader beside the rules as they were while a corpus was still unseen.

scripts/loco.py cannot say what the learned reader adds to the rules on unseen text: the rules
were tuned on every development corpus. This script takes the readers from the commit at which a
corpus was first scored (git archive, into a temporary folder), reads the corpus with them in a
subprocess, and scores that reading alone and with the learned reader (a model trained without
that corpus) reading each file those rules refused: the last-resort wiring, on text neither had
seen. From holdout7 on, the readers of those commits had a learned last resort of their own; it is
taken out here, so that the first reading is the rules alone. The old readers' figures match the
ones recorded at those commits up to holdout6 (later ones recorded their learned reader's too).

    python scripts/loco_history.py
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
import train_lines

from papershelf.core.records import PaperRecord
from papershelf.importers.paste import learned

# Each corpus and the commit that first recorded its figures while it was unseen.
UNSEEN_AT = {
    "listings-holdout3": "a331fb3",
    "listings-holdout4": "96079f8",
    "listings-holdout5": "1e35451",
    "listings-holdout6": "1d8b95e",
    "listings-holdout7": "4ae339e",
    "listings-holdout8": "e1aa23b",
    "listings-holdout9": "deeaa6e",
    "listings-holdout10": "a3b50ce",
    "listings-holdout11": "a3b50ce",
}
DUMP = """
import json, sys
from pathlib import Path
from papershelf.core.errors import ImportFailed
from papershelf.importers import parse_bytes
try:
    from papershelf.importers.paste import LAST_RESORT
    LAST_RESORT.pop("learned-lines", None)
except ImportError:
    pass
out = {}
for p in sorted(Path(sys.argv[1]).iterdir()):
    if p.name[:3].isdigit() and p.suffix in (".md", ".html", ".txt"):
        try:
            records = parse_bytes(p.read_bytes(), p.name).result.records
        except ImportFailed:
            out[p.name] = None
            continue
        out[p.name] = [dict(title=r.title, authors=list(r.authors), date=r.date,
            date_text=r.date_text, date_partial=r.date_partial, arxiv_id=r.arxiv_id, doi=r.doi,
            urls=list(r.urls), abstract=r.abstract) for r in records]
json.dump(out, sys.stdout)
"""


def old_reading(commit: str, corpus: Path, folder: Path) -> dict[str, Any]:
    """Each excerpt's records as the readers at `commit` give them (None: refused)."""
    tree = folder / commit
    if not tree.exists():  # two corpora first scored at one commit share its readers
        tree.mkdir()
        archive = subprocess.run(
            ["git", "-C", str(fidelity.ROOT), "archive", commit, "src"],
            check=True,
            capture_output=True,
        ).stdout
        subprocess.run(["tar", "-x", "-C", str(tree)], input=archive, check=True)
    done = subprocess.run(
        [sys.executable, "-c", DUMP, str(corpus)],
        env={"PYTHONPATH": str(tree / "src"), "PATH": "/usr/bin:/bin"},
        check=True,
        capture_output=True,
        text=True,
    )
    reading: dict[str, Any] = json.loads(done.stdout)
    return reading


def record(fields: dict[str, Any]) -> PaperRecord:
    found = PaperRecord(line=1, title=fields.pop("title"))
    for name, value in fields.items():
        setattr(found, name, value)
    return found


def main() -> int:
    print("| corpus (readers when unseen) | reading | found | extra | refused | fields |")
    print("|---|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        for corpus, commit in UNSEEN_AT.items():
            path = train_lines.DATA / corpus
            old = old_reading(commit, path, folder)
            model = folder / f"{corpus}.crfsuite"
            others = (c for c in train_lines.CORPORA if c != corpus)
            train_lines.train(train_lines.corpus_data(others), model)
            learned.use_model(model)
            rules, both = fidelity.Tally(), fidelity.Tally()
            for excerpt in fidelity.excerpts(path):
                expected = fidelity.expected_papers(excerpt)
                got = old[excerpt.name]
                tally = fidelity.score(expected, [record(r) for r in got or []])
                tally.refused = int(got is None)
                rules.add(tally)
                if got is None:
                    with loco.wired("learned-alone"):
                        tally = fidelity.score_bytes(excerpt.read_bytes(), excerpt.name, expected)
                both.add(tally)
            learned.use_model(None)
            for label, tally in (("rules", rules), ("rules + learned last resort", both)):
                print(loco.row(f"{corpus} ({commit})", label, tally.to_json()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
