"""Bringing a whole .bib library in: Papershelf's own export of the bench library, imported into
a fresh library, beside bibtexparser 2 parsing the same file (nothing written) and JabRef 3.8
opening it (Debian's `jabref`, `jabref -n -i FILE,bibtex`: Java's start included), in one run.

Beside wall-clock times, CPU times: ours is this process's plus its parsing process's, JabRef's
is its JVM's (every thread). On a machine shared with other work they hold still while wall
times follow the load.
"""

from __future__ import annotations

import os
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
    start, cpu_start = time.perf_counter(), _cpu_seconds()
    with Library(work / f"from-bib-{size}.db") as fresh:
        report = fresh.import_path(source)
        ours = time.perf_counter() - start
        ours_cpu = _cpu_seconds() - cpu_start
        # What the window does next, in the background: the listing index catches up.
        fresh.index_pending()
        searchable = time.perf_counter() - start
        searchable_cpu = _cpu_seconds() - cpu_start
    assert report.new == size, report.to_json()
    load = os.getloadavg()[0]
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
            "load": load,
        },
        {
            "figure": "import of a .bib, until its papers are searchable",
            "size": size,
            "value": size / searchable,
            "unit": "papers/s",
            "baseline": size / ours,
            "baseline_name": "the import alone (returns before the index catches up)",
            "ratio": ours / searchable,
            "runs": 1,
            "target": "(context: the listing index is built after the import returns)",
            "load": load,
        },
    ]
    measured = _jabref_seconds(source)
    if measured is None:
        print("jabref not installed: the JabRef 3.8 rows are skipped", file=sys.stderr)
    else:
        jabref, jabref_cpu = measured
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
                "load": load,
            }
        )
        rows.append(
            {
                "figure": "import of a .bib until searchable, against JabRef 3.8 opening it",
                "size": size,
                "value": searchable * 1000,
                "unit": "ms",
                "baseline": jabref * 1000,
                "baseline_name": "jabref -n -i (JabRef 3.8)",
                "ratio": jabref / searchable,
                "runs": 1,
                "target": "(context)",
                "load": load,
            }
        )
        rows.append(
            {
                "figure": "import of a .bib, CPU time against JabRef 3.8's",
                "size": size,
                "value": ours_cpu * 1000,
                "unit": "ms",
                "baseline": jabref_cpu * 1000,
                "baseline_name": "jabref -n -i, CPU of all its threads",
                "ratio": jabref_cpu / ours_cpu,
                "runs": 1,
                "target": "<= 1/3 of JabRef's CPU time (load-independent)",
                "load": load,
            }
        )
        rows.append(
            {
                "figure": "import of a .bib until searchable, CPU time against JabRef 3.8's",
                "size": size,
                "value": searchable_cpu * 1000,
                "unit": "ms",
                "baseline": jabref_cpu * 1000,
                "baseline_name": "jabref -n -i, CPU of all its threads",
                "ratio": jabref_cpu / searchable_cpu,
                "runs": 1,
                "target": "(context)",
                "load": load,
            }
        )
    return rows


def _cpu_seconds() -> float:
    """CPU used by this process and its finished children (the parsing process, JabRef)."""
    children = os.times()
    return time.process_time() + children.children_user + children.children_system


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


def _jabref_seconds(source: Path) -> tuple[float, float] | None:
    """JabRef's wall-clock and CPU seconds to open the file."""
    jabref = shutil.which("jabref")
    if jabref is None:
        return None
    before = os.times()
    start = time.perf_counter()
    subprocess.run(
        [jabref, "-n", "-i", f"{source},bibtex"],
        check=True,
        capture_output=True,
        timeout=JABREF_TIMEOUT,
    )
    elapsed = time.perf_counter() - start
    after = os.times()
    cpu = (after.children_user - before.children_user) + (
        after.children_system - before.children_system
    )
    return elapsed, cpu
