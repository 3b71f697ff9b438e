"""How the reference-field model (importers/paste/ref_fields.py) reads the corpora's references:
text it was never trained on.

For every expected paper of every tests/data/listings*/ corpus whose excerpt has one line (after
the pipeline's normalisation and without its list marker or number) holding both the paper's title
and its first author's family name, `parse_reference` reads that line; the title counts as read
when it equals the expected one after fidelity.py's `title_key`, the names when they are the
expected list exactly (fidelity.py's rule). Per corpus, then holdout12+13 (the newest corpora) and
the rest. `--confident X` also counts the lines read with a title confidence of at least X.

    python scripts/ref_fidelity.py [--confident 0.8] [--show corpus]
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import fidelity

from papershelf.importers.decode import decode_listing
from papershelf.importers.paste import ref_fields
from papershelf.importers.paste.doc import normalise
from papershelf.importers.paste.ref_fields import parse_reference, strip_lead

DATA = fidelity.ROOT / "tests" / "data"
NEWEST = ("listings-holdout12", "listings-holdout13")
MODEL = fidelity.ROOT / "resources" / ref_fields.MODEL
_INITIALS = re.compile(r"^(?:[^\W\d_]\.?-?){1,3}\.?$")


@dataclass
class Count:
    lines: int = 0
    titles: int = 0
    authors: int = 0
    confident: int = 0
    confident_titles: int = 0

    def add(self, other: Count) -> None:
        for name in vars(self):
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def row(self, name: str) -> str:
        def pct(right: int, total: int) -> str:
            return f"{right:4}/{total:<4} {100 * right / total:5.1f} %" if total else "   -"

        return (
            f"{name:22} {self.lines:5}  titles {pct(self.titles, self.lines)}  "
            f"authors {pct(self.authors, self.lines)}  "
            f"confident {self.confident:4} titles {pct(self.confident_titles, self.confident)}"
        )


def family_name(author: str) -> str:
    """`J. N. Al-Karaki` -> Al-Karaki; `Vaswani, A.` -> Vaswani; `Saad ED` -> Saad."""
    if "," in author:
        return author.split(",", 1)[0].strip()
    words = author.replace(".", ". ").split()
    named = [w for w in words if not (_INITIALS.match(w) and w.strip(".-")[:1].isupper())]
    if not named:
        return words[-1] if words else ""
    if len(named) < len(words) and not _INITIALS.match(words[0]):
        return named[0]  # `Saad ED`: the family name first, initials after
    return named[-1]


def the_line(paper: fidelity.Paper, lines: list[str], others: Sequence[str] = ()) -> str | None:
    """The one line holding the paper's title and its first author's family name, and no other
    expected paper's title (a paragraph of several references is no reference line)."""
    authors = paper.get("authors") or []
    if not authors or not paper.get("title"):
        return None
    title = fidelity.title_key(paper["title"])
    family = fidelity.title_key(family_name(authors[0]))
    if not title or not family:
        return None
    for line in lines:
        key = fidelity.title_key(line)
        if title in key and family in key:
            if any(other != title and other in key for other in others):
                return None
            return line
    return None


def corpus_count(corpus: Path, confident: float, show: bool = False) -> Count:
    count = Count()
    for path in fidelity.excerpts(corpus):
        doc = normalise(decode_listing(path.read_bytes(), path.name), path.name)
        lines = [strip_lead(line.text) for line in doc.lines]
        papers = fidelity.expected_papers(path)
        titles = [fidelity.title_key(p["title"]) for p in papers if p.get("title")]
        for paper in papers:
            line = the_line(paper, lines, [t for t in titles if len(t) > 12])
            if line is None:
                continue
            count.lines += 1
            parsed = parse_reference(line)
            title_right = parsed is not None and fidelity.title_key(
                parsed.title
            ) == fidelity.title_key(paper["title"])
            authors_right = parsed is not None and fidelity.field_right(
                "authors", paper["authors"], {"authors": parsed.authors}
            )
            count.titles += title_right
            count.authors += authors_right
            if parsed is not None and parsed.confidence >= confident:
                count.confident += 1
                count.confident_titles += title_right
            if show and not (title_right and authors_right):
                print(f"  {path.name[:40]}: {line[:160]}")
                print(f"    want {paper['title'][:90]!r} {paper['authors'][:3]}")
                got = (parsed.title[:90], parsed.authors[:3], parsed.confidence) if parsed else None
                print(f"    got  {got}")
    return count


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--confident", type=float, default=0.8, help="a confidence threshold")
    parser.add_argument("--show", action="append", default=[], help="print a corpus's misses")
    args = parser.parse_args(argv)
    ref_fields.use_model(MODEL)  # this checkout's model, whatever the install lends
    newest, rest = Count(), Count()
    print(f"one-line references per corpus (confident: title confidence >= {args.confident})")
    for corpus in sorted(DATA.glob("listings*"), key=lambda p: (len(p.name), p.name)):
        if not corpus.is_dir():
            continue
        count = corpus_count(corpus, args.confident, corpus.name in args.show)
        print(count.row(corpus.name))
        (newest if corpus.name in NEWEST else rest).add(count)
    print(newest.row("holdout12+13"))
    print(rest.row("the other corpora"))
    total = Count()
    total.add(newest)
    total.add(rest)
    print(total.row("all"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
