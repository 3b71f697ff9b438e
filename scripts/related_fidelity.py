"""Precision@5 of the related papers on a reading list whose author grouped papers by topic.

tests/data/related/ holds a verbatim excerpt of a curated list (see its MANIFEST.md): papers under
one `###` heading are the ones its author put together, so for every paper the others of its
section are the related ones and the rest are not. The excerpt is imported into a fresh library
in a temporary folder through the real importer; each paper's top five from `Library.related`
are checked against its section. `make fidelity` prints the figure and records it in
tests/data/related/fidelity.json; tests/unit/test_related_fidelity.py holds the suite to it.
"""

from __future__ import annotations

import argparse
import json
import tempfile
from pathlib import Path
from typing import Any

from papershelf.files import write_atomic
from papershelf.importers import parse_bytes
from papershelf.library import Library

ROOT = Path(__file__).resolve().parent.parent
RELATED = ROOT / "tests" / "data" / "related"
LIST = RELATED / "awesome-deep-learning-papers.md"
RESULTS = RELATED / "fidelity.json"
TOP = 5


def sections(text: str) -> list[tuple[int, str]]:
    """(first line, heading) of every `###` section, in order."""
    return [
        (number, line.removeprefix("###").strip())
        for number, line in enumerate(text.splitlines(), 1)
        if line.startswith("### ")
    ]


def section_of(line: int, found: list[tuple[int, str]]) -> str:
    return [heading for start, heading in found if start <= line][-1]


def judged(path: Path = LIST) -> dict[str, Any]:
    """Precision@5 over all papers, and per section."""
    data = path.read_bytes()
    records = parse_bytes(data, path.name).result.records
    headings = sections(data.decode("utf-8"))
    with tempfile.TemporaryDirectory() as folder:
        library = Library(Path(folder) / "library.db")
        try:
            ids = list(library.import_path(path).paper_ids)
            topic = {i: section_of(r.line, headings) for i, r in zip(ids, records, strict=True)}
            hits: dict[str, list[float]] = {}
            for paper in ids:
                peers = sum(1 for other in ids if other != paper and topic[other] == topic[paper])
                found = [r["id"] for r in library.related([paper], limit=TOP)]
                right = sum(topic[other] == topic[paper] for other in found)
                hits.setdefault(topic[paper], []).append(right / min(TOP, peers))
        finally:
            library.close()
    every = [h for values in hits.values() for h in values]
    return {
        "papers": len(every),
        "sections": len(hits),
        "precision_at_5": round(sum(every) / len(every), 4),
        "by_section": {name: round(sum(v) / len(v), 4) for name, v in hits.items()},
    }


def table(figures: dict[str, Any]) -> str:
    lines = [f"related papers: precision@{TOP} {figures['precision_at_5']:.3f}"]
    lines.append(f"  ({figures['papers']} papers in {figures['sections']} sections)")
    lines += [f"  {name:<45}{value:>6.3f}" for name, value in figures["by_section"].items()]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help=f"record the figure in {RESULTS}")
    args = parser.parse_args(argv)
    figures = judged()
    print(table(figures))
    if args.write:
        write_atomic(RESULTS, json.dumps(figures, indent=2, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
