"""How well the duplicate finder does on labelled pairs of real bibliographic records.

tests/data/duplicates/ holds excerpts of the public DBLP-ACM and DBLP-Scholar entity-resolution
benchmarks (see its MANIFEST.md): each line a pair of records and a label (1: one paper, 0: two).
Every source file is imported into a fresh library in a temporary folder, through the real
CSL-JSON importer (which already merges exact duplicates), and the real finder is run on it. A
labelled pair is called a duplicate when both records landed in one paper or in one group of
"Possible duplicates"; precision and recall are counted over the labelled pairs.

The pairs are split in two halves by a hash of their line: `dev` is the half the finder's rules
were tuned on, `test` the half held back. A third set, `bib`, pairs whole entries of real .bib
files (`*.pairs`, tab-separated: arXiv preprints and their published records, one paper recorded twice, and
look-alike papers by the same people), imported through the real BibTeX importer; it was not
tuned on. `make fidelity` prints all three and records them in
tests/data/duplicates/fidelity.json; tests/unit/test_duplicate_fidelity.py holds the suite at or
above those figures.
"""

from __future__ import annotations

import argparse
import json
import re
import tempfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from papershelf.export.others import csl_name
from papershelf.files import write_atomic
from papershelf.library import Library

ROOT = Path(__file__).resolve().parent.parent
DUPLICATES = ROOT / "tests" / "data" / "duplicates"
RESULTS = DUPLICATES / "fidelity.json"
SPLITS = ("dev", "test")
BIB = "bib"
_FIELD = re.compile(r"COL (title|authors|venue|year) VAL (.*?)\s*(?=COL |$)")


@dataclass(frozen=True, slots=True)
class Record:
    side: str  # "a" (DBLP) or "b" (ACM, Scholar): the two tables of the benchmark
    title: str
    authors: tuple[str, ...]
    venue: str
    year: str


@dataclass(frozen=True, slots=True)
class LabelledPair:
    line: int
    left: Record
    right: Record
    same: bool
    split: str


@dataclass
class Counts:
    true_pos: int = 0
    false_pos: int = 0
    false_neg: int = 0
    true_neg: int = 0
    missed: list[str] = field(default_factory=list)
    wrong: list[str] = field(default_factory=list)

    def add(self, other: Counts) -> None:
        self.true_pos += other.true_pos
        self.false_pos += other.false_pos
        self.false_neg += other.false_neg
        self.true_neg += other.true_neg
        self.missed += other.missed
        self.wrong += other.wrong

    @property
    def precision(self) -> float:
        found = self.true_pos + self.false_pos
        return self.true_pos / found if found else 1.0

    @property
    def recall(self) -> float:
        expected = self.true_pos + self.false_neg
        return self.true_pos / expected if expected else 1.0

    def to_json(self) -> dict[str, Any]:
        return {
            "pairs": self.true_pos + self.false_pos + self.false_neg + self.true_neg,
            "duplicates": self.true_pos + self.false_neg,
            "true_pos": self.true_pos,
            "false_pos": self.false_pos,
            "false_neg": self.false_neg,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
        }


def parse_record(text: str, side: str) -> Record:
    fields = {name: value.strip() for name, value in _FIELD.findall(text)}
    authors = tuple(a.strip() for a in fields.get("authors", "").split(" , ") if a.strip())
    year = fields.get("year", "").removesuffix(".0")
    return Record(side, fields.get("title", ""), authors, fields.get("venue", ""), year)


def split_of(line: str) -> str:
    """A stable half for every pair, independent of its label and position."""
    return SPLITS[zlib.crc32(line.encode("utf-8")) % 2]


def labelled_pairs(path: Path) -> Iterator[LabelledPair]:
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        left, right, label = line.split("\t")
        yield LabelledPair(
            number,
            parse_record(left, "a"),
            parse_record(right, "b"),
            label.strip() == "1",
            split_of(line),
        )


def csl_item(number: int, record: Record) -> dict[str, Any]:
    item: dict[str, Any] = {"id": f"r{number}", "type": "paper-conference", "title": record.title}
    if record.authors:
        # Parts, as CSL-JSON writers give a person (`literal` is read as an organisation).
        item["author"] = [csl_name(name) for name in record.authors]
    if record.year:
        item["issued"] = {"date-parts": [[int(record.year)]]}
    if record.venue:
        item["container-title"] = record.venue
    return item


def load(library: Library, records: list[Record], folder: Path) -> dict[Record, int]:
    """Import the records as one CSL-JSON file; the paper each record ended up in."""
    path = folder / "records.json"
    write_atomic(
        path, json.dumps([csl_item(n, r) for n, r in enumerate(records)], ensure_ascii=False)
    )
    report = library.import_path(path)
    return dict(zip(records, report.paper_ids, strict=True))


def score_file(path: Path) -> dict[str, Counts]:
    pairs = list(labelled_pairs(path))
    records = list(dict.fromkeys(r for p in pairs for r in (p.left, p.right)))
    with tempfile.TemporaryDirectory() as folder:
        library = Library(Path(folder) / "library.db")
        try:
            paper = load(library, records, Path(folder))
            group = {i: n for n, g in enumerate(library.duplicate_groups()) for i in g.group.ids}
        finally:
            library.close()
    counts = {split: Counts() for split in SPLITS}
    for pair in pairs:
        a, b = paper[pair.left], paper[pair.right]
        found = a == b or (a in group and group.get(a) == group.get(b))
        tally = counts[pair.split]
        where = f"{path.name}:{pair.line}"
        if found and pair.same:
            tally.true_pos += 1
        elif found:
            tally.false_pos += 1
            tally.wrong.append(where)
        elif pair.same:
            tally.false_neg += 1
            tally.missed.append(where)
        else:
            tally.true_neg += 1
    return counts


def results() -> dict[str, Counts]:
    totals = {split: Counts() for split in SPLITS}
    for path in sorted(DUPLICATES.glob("*.tsv")):
        for split, counts in score_file(path).items():
            totals[split].add(counts)
    return totals


@dataclass(frozen=True, slots=True)
class BibPair:
    line: int
    left: str  # "file.bib:key"
    right: str
    same: bool
    why: str


def bib_pairs(path: Path) -> list[BibPair]:
    found = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        left, right, label, why = line.split("\t")
        found.append(BibPair(number, left, right, label == "1", why))
    return found


_ENTRY_KEY = re.compile(r"(@\w+\s*\{\s*)([^,\s]+)(\s*,)")


def distinct_keys(text: str, prefix: str) -> tuple[str, list[str]]:
    """The .bib text with each entry's key made `prefix` + its place, and the keys it had, in
    order. Files that reuse a key are two sources, not one paper: the import's citation-key
    match must not decide what the finder is measured on."""
    keys: list[str] = []

    def renamed(entry: re.Match[str]) -> str:
        keys.append(entry[2])
        return f"{entry[1]}{prefix}{len(keys)}{entry[3]}"

    return _ENTRY_KEY.sub(renamed, text), keys


def load_bib(library: Library, name: str, folder: Path) -> dict[str, int]:
    """Import one .bib file of the labelled set; "file:key" -> the paper it ended up in."""
    text, keys = distinct_keys((DUPLICATES / name).read_text(encoding="utf-8"), f"{name}-")
    path = folder / name
    write_atomic(path, text)
    report = library.import_path(path)
    return {f"{name}:{key}": paper for key, paper in zip(keys, report.paper_ids, strict=True)}


def score_bib_pairs(path: Path) -> Counts:
    pairs = bib_pairs(path)
    names = sorted({ref.split(":", 1)[0] for p in pairs for ref in (p.left, p.right)})
    with tempfile.TemporaryDirectory() as folder:
        library = Library(Path(folder) / "library.db")
        try:
            paper: dict[str, int] = {}
            for name in names:
                paper |= load_bib(library, name, Path(folder))
            group = {i: n for n, g in enumerate(library.duplicate_groups()) for i in g.group.ids}
        finally:
            library.close()
    tally = Counts()
    for pair in pairs:
        a, b = paper[pair.left], paper[pair.right]
        found = a == b or (a in group and group.get(a) == group.get(b))
        where = f"{path.name}:{pair.line}"
        if found and pair.same:
            tally.true_pos += 1
        elif found:
            tally.false_pos += 1
            tally.wrong.append(where)
        elif pair.same:
            tally.false_neg += 1
            tally.missed.append(where)
        else:
            tally.true_neg += 1
    return tally


def bib_results() -> Counts:
    total = Counts()
    for path in sorted(DUPLICATES.glob("*.pairs")):
        total.add(score_bib_pairs(path))
    return total


def table(totals: dict[str, Counts]) -> str:
    lines = [f"{'duplicates':<12}{'pairs':>7}{'dups':>6}{'precision':>11}{'recall':>8}"]
    for split, c in totals.items():
        row = c.to_json()
        lines.append(
            f"{split:<12}{row['pairs']:>7}{row['duplicates']:>6}"
            f"{c.precision:>11.3f}{c.recall:>8.3f}"
        )
        if c.wrong:
            lines.append(f"  found but labelled different: {', '.join(c.wrong)}")
        if c.missed:
            lines.append(f"  missed: {', '.join(c.missed)}")
    return "\n".join(lines)


def every_result() -> dict[str, Counts]:
    return results() | {BIB: bib_results()}


def record(totals: dict[str, Counts]) -> None:
    figures = {split: c.to_json() for split, c in totals.items()}
    write_atomic(RESULTS, json.dumps(figures, indent=2) + "\n")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help=f"record the figures in {RESULTS}")
    args = parser.parse_args(argv)
    totals = every_result()
    print(table(totals))
    if args.write:
        record(totals)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
