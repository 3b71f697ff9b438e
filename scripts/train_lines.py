"""Train the learned line reader's model (resources/line_roles.crfsuite) from the committed corpora.

Each development corpus's excerpts are normalised as the paste pipeline does, their lines get
the roles aligned from the `.expected.json` beside them (line_labels.py) and the features of
line_features.py, and CRFsuite trains a linear-chain CRF (L-BFGS, fixed settings: the same
corpora give the same model, byte for byte). The next unseen test sets (UNSEEN: listings-holdout45
and listings-holdout46) are never trained on, nor is any corpus until it has become development
data.

    python scripts/train_lines.py            # write resources/line_roles.crfsuite
    python scripts/train_lines.py --check    # train again and compare with the committed model
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path

import pycrfsuite

sys.path.insert(0, str(Path(__file__).resolve().parent))

import fidelity

from papershelf.importers.decode import decode_listing
from papershelf.importers.paste.doc import normalise
from papershelf.importers.paste.line_features import as_items, sequence_features
from papershelf.importers.paste.line_labels import align

DATA = fidelity.ROOT / "tests" / "data"
# The development corpora (every one whose figures have been reported and tuned on).
CORPORA = (
    "listings",
    "listings-holdout",
    "listings-holdout2",
    "listings-holdout3",
    "listings-holdout4",
    "listings-holdout5",
    "listings-dev3",
    "listings-holdout6",
    "listings-holdout7",
    "listings-holdout8",
    "listings-holdout9",
    "listings-holdout10",
    "listings-holdout11",
    "listings-holdout12",
    "listings-holdout13",
    "listings-holdout14",
    "listings-holdout15",
    "listings-holdout16",
    "listings-holdout17",
    "listings-holdout18",
    # listings-holdout19 to -holdout44 (development data since sessions 32 to 43) are not
    # trained on: with holdout19 and -20 the model read one paper more of theirs and nine fewer of
    # holdout13's 006 (bare titles, which the new model's extra record tipped the second reading
    # away from). In session 33, trained with holdout19 to -22 it read holdout23/24 (then unseen)
    # no better through the pipeline (195 -> 195 papers) nor alone (109 -> 104), and trained with
    # holdout19, -20, -23 and -24 it read holdout21/22 no better (238 -> 238; alone 151 -> 137):
    # more sets of these did not make the line model generalise.
)
# Every development corpus: what the record-likelihood model (train_plausible.py) trains on.
DEVELOPMENT = (
    *CORPORA,
    "listings-holdout19",
    "listings-holdout20",
    "listings-holdout21",
    "listings-holdout22",
    "listings-holdout23",
    "listings-holdout24",
    "listings-holdout25",
    "listings-holdout26",
    "listings-holdout27",
    "listings-holdout28",
    "listings-holdout29",
    "listings-holdout30",
    "listings-holdout31",
    "listings-holdout32",
    "listings-holdout33",
    "listings-holdout34",
    "listings-holdout35",
    "listings-holdout36",
    "listings-holdout37",
    "listings-holdout38",
    "listings-holdout39",
    "listings-holdout40",
    "listings-holdout41",
    "listings-holdout42",
    "listings-holdout43",
    "listings-holdout44",
)
UNSEEN = ("listings-holdout45", "listings-holdout46")
MODEL = fidelity.ROOT / "resources" / "line_roles.crfsuite"
PARAMS = {
    "c1": 0.1,  # L1: drops the features that never help (a small model)
    "c2": 0.5,
    "max_iterations": 150,
    "feature.possible_transitions": True,
}

Sequence = tuple[list[list[str]], list[str]]


def sequences(corpus: Path) -> list[Sequence]:
    """(features, roles) of each excerpt of one corpus, in file order."""
    if corpus.name in UNSEEN:
        raise SystemExit(f"{corpus.name} is an unseen test set: never trained on")
    found: list[Sequence] = []
    for path in fidelity.excerpts(corpus):
        doc = normalise(decode_listing(path.read_bytes(), path.name), path.name)
        if doc.lines:
            roles = align(doc.lines, fidelity.expected_papers(path))
            found.append((as_items(sequence_features(doc.lines)), roles))
    return found


def train(data: Iterable[Sequence], out: Path) -> None:
    trainer = pycrfsuite.Trainer(verbose=False)
    for items, roles in data:
        trainer.append(items, roles)
    trainer.set_params(PARAMS)
    trainer.train(str(out))


def corpus_data(names: Iterable[str]) -> list[Sequence]:
    return [s for name in names for s in sequences(DATA / name)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare with the committed model")
    args = parser.parse_args(argv)
    data = corpus_data(CORPORA)
    if not args.check:
        train(data, MODEL)
        print(f"wrote {MODEL.relative_to(fidelity.ROOT)} ({MODEL.stat().st_size} bytes)")
        return 0
    with tempfile.TemporaryDirectory() as folder:
        fresh = Path(folder) / MODEL.name
        train(data, fresh)
        same = fresh.read_bytes() == MODEL.read_bytes()
    print("the committed model is what the corpora give" if same else "the model differs")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
