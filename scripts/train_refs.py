"""Train the reference-field model (resources/ref_fields.crfsuite) from AnyStyle's annotated
reference strings (resources/refstrings/core.xml and gold.xml, BSD-2-Clause; MANIFEST.md there).

Each `<sequence>` is one reference whose spans are tagged with their field; its words (split at
whitespace, punctuation kept, as importers/paste/ref_fields.py splits a pasted reference) get
their span's field, collapsed to the twelve the model knows, and the features of ref_fields.py.
CRFsuite trains a linear-chain CRF with fixed settings (L-BFGS): the same strings give the same
model, byte for byte. No Papershelf corpus is trained on: scripts/ref_fidelity.py measures the
model on them.

    python scripts/train_refs.py              # write resources/ref_fields.crfsuite
    python scripts/train_refs.py --check      # train again and compare with the committed model
    python scripts/train_refs.py --evaluate   # train on a fixed 80 %, score the other 20 %
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import xml.etree.ElementTree as tree
from collections.abc import Iterable
from pathlib import Path

import pycrfsuite

from papershelf.importers.paste import ref_fields
from papershelf.importers.paste.ref_fields import (
    AUTHOR,
    CONTAINER,
    EDITOR,
    OTHER,
    TITLE,
    clean_title,
    longest_run,
    sequence_features,
    title_span,
    tokenise,
)

ROOT = Path(__file__).resolve().parent.parent
STRINGS = ROOT / "resources" / "refstrings"
SOURCES = (STRINGS / "core.xml", STRINGS / "gold.xml")
MODEL = ROOT / "resources" / ref_fields.MODEL
PARAMS = {
    "c1": 0.05,  # L1: drops the features that never help (a small model)
    "c2": 0.05,
    "max_iterations": 200,
    "feature.possible_transitions": True,
}
# AnyStyle's tags -> the model's fields; a tag not named here is `other` (note, genre, edition,
# isbn, medium, citation-number, ...).
FIELDS = {
    "author": AUTHOR,
    "editor": EDITOR,
    "translator": EDITOR,
    "title": TITLE,
    "date": ref_fields.DATE,
    "container-title": CONTAINER,
    "journal": CONTAINER,
    "collection-title": CONTAINER,
    "volume": ref_fields.VOLUME,
    "pages": ref_fields.PAGES,
    "publisher": ref_fields.PUBLISHER,
    "location": ref_fields.LOCATION,
    "doi": ref_fields.DOI,
    "url": ref_fields.URL,
}
HELD_OUT_EVERY = 5  # --evaluate: every fifth reference (4, 9, 14, …) is scored, not trained on

Labelled = tuple[list[str], list[str]]  # words, fields


def references(sources: Iterable[Path] = SOURCES) -> list[Labelled]:
    """Each annotated reference's words and their fields, in file order, each reference once."""
    found: list[Labelled] = []
    seen: set[tuple[str, ...]] = set()  # gold.xml repeats many of core.xml's references
    for source in sources:
        for sequence in tree.parse(source).getroot().iter("sequence"):
            words: list[str] = []
            fields: list[str] = []
            for span in sequence:
                for word in tokenise(span.text or ""):
                    words.append(word)
                    fields.append(FIELDS.get(span.tag, OTHER))
            if words and tuple(words) not in seen:
                seen.add(tuple(words))
                found.append((words, fields))
    return found


def train(data: Iterable[Labelled], out: Path) -> None:
    trainer = pycrfsuite.Trainer(verbose=False)
    for words, fields in data:
        trainer.append(sequence_features(words), fields)
    trainer.set_params(PARAMS)
    trainer.train(str(out))


def split(data: list[Labelled]) -> tuple[list[Labelled], list[Labelled]]:
    """The fixed 80 % to train on and the 20 % to score."""
    scored = [d for at, d in enumerate(data) if at % HELD_OUT_EVERY == HELD_OUT_EVERY - 1]
    trained = [d for at, d in enumerate(data) if at % HELD_OUT_EVERY != HELD_OUT_EVERY - 1]
    return trained, scored


def _span(words: list[str], fields: list[str], wanted: str) -> str:
    run = title_span(words, fields) if wanted == TITLE else longest_run(fields, wanted)
    return " ".join(words[run[0] : run[1]]) if run else ""


def evaluate(model: Path, scored: list[Labelled]) -> dict[str, tuple[int, int]]:
    """[right, total] of words, of titles read exactly and of author spans read exactly."""
    tagger = pycrfsuite.Tagger()
    tagger.open(str(model))
    tally = {"words": [0, 0], "titles": [0, 0], "authors": [0, 0]}
    for words, gold in scored:
        got: list[str] = tagger.tag(sequence_features(words))
        tally["words"][0] += sum(g == p for g, p in zip(gold, got, strict=True))
        tally["words"][1] += len(words)
        if TITLE in gold:
            tally["titles"][1] += 1
            want = clean_title(_span(words, gold, TITLE))
            tally["titles"][0] += clean_title(_span(words, got, TITLE)) == want
        if AUTHOR in gold:
            tally["authors"][1] += 1
            tally["authors"][0] += _span(words, got, AUTHOR) == _span(words, gold, AUTHOR)
    return {name: (right, total) for name, (right, total) in tally.items()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--check", action="store_true", help="compare with the committed model")
    mode.add_argument("--evaluate", action="store_true", help="score a fixed held-out 20 %%")
    args = parser.parse_args(argv)
    data = references()
    if args.evaluate:
        trained, scored = split(data)
        with tempfile.TemporaryDirectory() as folder:
            model = Path(folder) / MODEL.name
            train(trained, model)
            figures = evaluate(model, scored)
        print(f"trained on {len(trained)} references, scored {len(scored)} held out")
        for name, (right, total) in figures.items():
            print(f"  {name:8} {right:5}/{total:<5} {100 * right / max(total, 1):5.1f} %")
        return 0
    if not args.check:
        train(data, MODEL)
        print(f"wrote {MODEL.relative_to(ROOT)} ({MODEL.stat().st_size} bytes)")
        return 0
    with tempfile.TemporaryDirectory() as folder:
        fresh = Path(folder) / MODEL.name
        train(data, fresh)
        same = fresh.read_bytes() == MODEL.read_bytes()
    print("the committed model is what the strings give" if same else "the model differs")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
