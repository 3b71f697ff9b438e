"""Bringing a whole .bib library in: Papershelf's own export of the bench library, imported into
a fresh library, beside bibtexparser 2 parsing the same file (nothing written) and JabRef 3.8
opening it (Debian's `jabref`, `jabref -n -i FILE,bibtex`: Java's start included), in one run.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from papershelf.files import write_atomic
from papershelf.library import Library

Row = dict[str, Any]
PARSER_SAMPLE = 20_000  # bibtexparser holds every entry as objects: timed on a sample, scaled
JABREF_TIMEOUT = 3600


def bench_bib_import(library: Library, size: int, work: Path) -> list[Row]:
    source = work / f"export-{size}.bib"
    write_atomic(source, library.export(library.query_ids(), "bibtex"))
    start = time.perf_counter()
    with Library(work / f"from-bib-{size}.db") as fresh:
        report = fresh.import_path(source)
    ours = time.perf_counter() - start
    assert report.new == size, report.to_json()
    parser = _bibtexparser_seconds(source, size)
    rows = [
        {
            "figure": "import of a .bib (Papershelf's own export)",
            "size": size,
            "value": size / ours,
            "unit": "papers/s",
            "baseline": size / parser,
            "baseline_name": "bibtexparser 2 parse alone, entries/s",
            "ratio": parser / ours,
            "runs": 1,
            "target": ">= 10,000 entries/s, linear",
        }
    ]
    jabref = _jabref_seconds(source)
    if jabref is None:
        print("jabref not installed: the JabRef 3.8 row is skipped", file=sys.stderr)
    else:
        rows.append(
            {
                "figure": "import of a .bib, against JabRef 3.8 opening it",
                "size": size,
                "value": ours * 1000,
                "unit": "ms",
                "baseline": jabref * 1000,
                "baseline_name": "jabref -n -i (JabRef 3.8)",
                "ratio": jabref / ours,
                "runs": 1,
                "target": "<= 1/3 of JabRef's time",
            }
        )
    return rows


def _bibtexparser_seconds(source: Path, size: int) -> float:
    import bibtexparser

    text = source.read_text(encoding="utf-8")
    starts = [m.start() for m in re.finditer(r"^@", text, re.MULTILINE)]
    sample = text[: starts[PARSER_SAMPLE]] if len(starts) > PARSER_SAMPLE else text
    entries = min(len(starts), PARSER_SAMPLE)
    start = time.perf_counter()
    parsed = bibtexparser.parse_string(sample)
    elapsed = time.perf_counter() - start
    assert len(parsed.entries) == entries
    return elapsed * size / entries


def _jabref_seconds(source: Path) -> float | None:
    jabref = shutil.which("jabref")
    if jabref is None:
        return None
    start = time.perf_counter()
    subprocess.run(
        [jabref, "-n", "-i", f"{source},bibtex"],
        check=True,
        capture_output=True,
        timeout=JABREF_TIMEOUT,
    )
    return time.perf_counter() - start
