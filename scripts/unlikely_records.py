"""How leaving out the records the likelihood model finds unlike papers would trade papers found
for extra records: the pipeline's reading of each excerpt of the given sets, its records scored
by `plausible.likelihood`, counted as kept at each threshold.

Run it from a checkout of a commit whose readers and model had never seen the sets, so that the
figures are those of unseen text (session 34: holdout21-24 at 77ba2a7, holdout25/26 and
holdout27/28 at 6d3210e), giving the sets' folders:

    PYTHONPATH=src python scripts/unlikely_records.py tests/data/listings-holdout25 \
        tests/data/listings-holdout26

(`PYTHONPATH=src`: that checkout's readers, not the ones the environment was installed from.)
Found there: holdout21-24 38 extra records fewer for 9 papers at 0.3, holdout25/26 28 for 4,
holdout27/28 21 for 3; on the development sets with today's readers, about a hundred papers lost
for forty extras (the 147 real pastes among them). What landed (session 35,
`plausible.leave_out`) keeps a record with an identifier or an abstract, and leaves nothing out
of a paste whose records are all unlikely: 43 extras for 4 papers on those unseen measurements.
The figures here are of the bare threshold, for comparison.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import fidelity

from papershelf.core.errors import ImportFailed
from papershelf.importers import pipeline
from papershelf.importers.paste import plausible

THRESHOLDS = (0.1, 0.2, 0.3, 0.4, 0.5, 0.6)


def scored(folders: list[Path]) -> tuple[int, list[tuple[float, bool]]]:
    """The papers expected, and each record read with its likelihood and whether it is one."""
    expected_total = 0
    records: list[tuple[float, bool]] = []
    for folder in folders:
        for path in fidelity.excerpts(folder):
            expected = {fidelity.title_key(p["title"]) for p in fidelity.expected_papers(path)}
            expected_total += len(expected)
            text = path.read_bytes().decode("utf-8", "replace")
            try:
                read = pipeline.read_listing(text, path.name).records
            except ImportFailed:
                continue
            seen: set[str] = set()
            for record in read:
                key = fidelity.title_key(record.title)
                records.append((plausible.likelihood(record), key in expected and key not in seen))
                seen.add(key)
    return expected_total, records


def main(argv: list[str]) -> int:
    expected, records = scored([Path(folder) for folder in argv])
    found = sum(real for _, real in records)
    print(f"expected {expected}: found {found}, extra {len(records) - found}")
    for threshold in THRESHOLDS:
        kept = [real for likelihood, real in records if likelihood >= threshold]
        kept_found = sum(kept)
        print(
            f"likelihood >= {threshold}: found {kept_found} (-{found - kept_found}), "
            f"extra {len(kept) - kept_found} (-{len(records) - found - (len(kept) - kept_found)})"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
