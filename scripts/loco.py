"""Leave-one-corpus-out: does the learned line reader generalise to a corpus it was not trained on?

For each development corpus (train_lines.CORPORA), a model is trained on the other ones and the
held-out corpus is scored with scripts/fidelity.py's scoring, read by the rules alone and by the
rules with the learned reader wired in each way considered (see MODES). The line roles' own
accuracy on the held-out corpus is printed too. The unseen sets (train_lines.UNSEEN) take no part.

    python scripts/loco.py [--modes rules fallback ...] [--json out.json]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import ModuleType

sys.path.insert(0, str(Path(__file__).resolve().parent))

import fidelity
import train_lines

from papershelf.files import write_atomic
from papershelf.importers import paste
from papershelf.importers.paste import generic, learned, plausible, repeated
from papershelf.importers.paste.line_labels import REF, TITLE

RULES = list(paste.READERS.values())
# How the learned reader is wired: the readers (in order), the last-resort readers (when every
# other reader found nothing) and the readers for generic segments of low confidence. The rules
# were tuned on every development corpus, so their figures here are not unseen ones; the
# `learned-alone` reading (the exact seed parsers, then only the learned reader) is.
MODES: dict[str, tuple[list[ModuleType], list[ModuleType], list[ModuleType]]] = {
    "rules": (RULES, [repeated], []),
    "fallback": (RULES, [repeated, learned], []),
    "fallback-first": (RULES, [learned, repeated], []),
    "unsure": (RULES, [repeated, learned], [learned]),
    "leftover": ([*RULES, learned], [repeated], []),  # the lines every rule left, always
    "learned-alone": ([], [learned], []),
    "learned-for-generic": ([learned if m is generic else m for m in RULES], [repeated], []),
}


def _set(table: dict[str, ModuleType], modules: list[ModuleType]) -> None:
    table.clear()
    table.update({m.NAME: m for m in modules})


@contextmanager
def wired(mode: str) -> Iterator[None]:
    """The readers of `mode`, without the pipeline's second reading: it reads with readers of
    its own (and a model trained on every development set), which no mode here measures."""
    tables = (paste.READERS, paste.LAST_RESORT, paste.UNSURE_READERS)
    saved = [list(t.values()) for t in tables]
    second = plausible.CANDIDATES
    for table, modules in zip(tables, MODES[mode], strict=True):
        _set(table, modules)
    plausible.CANDIDATES = ()
    try:
        yield
    finally:
        for table, modules in zip(tables, saved, strict=True):
            _set(table, modules)
        plausible.CANDIDATES = second


def role_accuracy(data: list[train_lines.Sequence]) -> dict[str, float]:
    """Share of lines given their aligned role, and the paper starts' precision and recall."""
    right = lines = starts_right = starts_said = starts_true = 0
    tagger = learned._tagger()
    assert tagger is not None
    for items, roles in data:
        said = tagger.tag(items)
        right += sum(a == b for a, b in zip(said, roles, strict=True))
        lines += len(roles)
        for a, b in zip(said, roles, strict=True):
            starts_said += a in (TITLE, REF)
            starts_true += b in (TITLE, REF)
            starts_right += a in (TITLE, REF) and b in (TITLE, REF)
    return {
        "lines": lines,
        "accuracy": round(right / lines, 3) if lines else 1.0,
        "start_precision": round(starts_right / starts_said, 3) if starts_said else 1.0,
        "start_recall": round(starts_right / starts_true, 3) if starts_true else 1.0,
    }


def score(corpus: str) -> fidelity.Tally:
    by_family, _files = fidelity.score_real(train_lines.DATA / corpus)
    return fidelity.total(by_family)


def fold(held: str, modes: list[str], folder: Path) -> dict[str, object]:
    model = folder / f"without-{held}.crfsuite"
    train_lines.train(train_lines.corpus_data(c for c in train_lines.CORPORA if c != held), model)
    learned.use_model(model)
    try:
        figures: dict[str, object] = {
            "roles": role_accuracy(train_lines.sequences(train_lines.DATA / held))
        }
        for mode in modes:
            with wired(mode):
                figures[mode] = score(held).to_json()
        return figures
    finally:
        learned.use_model(None)


def row(held: str, mode: str, tally: dict[str, object]) -> str:
    return (
        f"| {held} | {mode} | {tally['found']}/{tally['expected']} | {tally['extra']} | "
        f"{tally['refused']} | {100 * float(str(tally['field_accuracy'])):.1f}% |"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--modes", nargs="+", default=list(MODES), choices=list(MODES))
    parser.add_argument("--only", nargs="+", default=list(train_lines.CORPORA))
    parser.add_argument("--json", type=Path, help="write the figures here too")
    args = parser.parse_args(argv)
    results: dict[str, dict[str, object]] = {}
    print("| held out | reading | found | extra | refused | fields |")
    print("|---|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as folder:
        for held in args.only:
            results[held] = fold(held, args.modes, Path(folder))
            for mode in args.modes:
                print(row(held, mode, results[held][mode]), flush=True)  # type: ignore[arg-type]
    for mode in args.modes:
        whole = fidelity.Tally()
        for figures in results.values():
            tally = figures[mode]
            assert isinstance(tally, dict)
            part = fidelity.Tally(
                files=tally["files"], refused=tally["refused"], expected=tally["expected"],
                found=tally["found"], extra=tally["extra"],
                fields={k: [v["right"], v["total"]] for k, v in tally["fields"].items()},
            )  # fmt: skip
            whole.add(part)
        print(row("**all**", mode, whole.to_json()))
    print()
    print("| held out | lines | role accuracy | title precision | title recall |")
    print("|---|---|---|---|---|")
    for held, figures in results.items():
        roles = figures["roles"]
        assert isinstance(roles, dict)
        print(
            f"| {held} | {roles['lines']} | {roles['accuracy']} | {roles['start_precision']} | "
            f"{roles['start_recall']} |"
        )
    if args.json:
        write_atomic(args.json, json.dumps(results, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
