"""Count the words of titles and of names in the development corpora: resources/title_words.txt.

A line of a few capitalised words with no small words between them reads as a person's name
(`Ada Quill`) and as a title (`Trust Region Policy Optimization`) alike; what tells them apart is
the words themselves. The words that the development corpora's expected titles use three times or
more and their expected names never use are written, one per line, case folded; names.py reads a
line whose words are mostly such words as a title, not as names. The unseen test sets
(train_lines.UNSEEN) are never counted.

    python scripts/count_title_words.py            # write resources/title_words.txt
    python scripts/count_title_words.py --check    # count again and compare with the file
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import fidelity
import train_lines

from papershelf.files import write_atomic

OUT = fidelity.ROOT / "resources" / "title_words.txt"
# Every development corpus once (the learned reader's are among them), never an unseen one.
COUNTED = tuple(dict.fromkeys((*train_lines.CORPORA, *train_lines.DEVELOPMENT)))
AT_LEAST = 3  # uses in titles: a word seen once or twice may be anyone's name
_WORD = re.compile(r"[^\W\d_][\w'’\-]*")
HEADER = (
    "# Words of titles that no name uses, counted by scripts/count_title_words.py from the\n"
    "# development corpora's expected files ({titles} papers, {names} words of names); do not edit.\n"
)


def expected_papers(names: Iterable[str]) -> list[dict[str, object]]:
    papers: list[dict[str, object]] = []
    for name in names:
        for path in sorted((train_lines.DATA / name).glob("*.expected.json")):
            papers += json.loads(path.read_text(encoding="utf-8"))
    return papers


def counted(papers: list[dict[str, object]]) -> str:
    in_titles: Counter[str] = Counter()
    in_names: Counter[str] = Counter()
    for paper in papers:
        in_titles.update(w.casefold() for w in _WORD.findall(str(paper.get("title") or "")))
        for name in paper.get("authors") or []:  # type: ignore[attr-defined]
            in_names.update(w.casefold() for w in _WORD.findall(str(name)))
    kept = sorted(w for w, n in in_titles.items() if n >= AT_LEAST and w not in in_names)
    header = HEADER.format(titles=len(papers), names=sum(in_names.values()))
    return header + "".join(f"{word}\n" for word in kept)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare with the committed file")
    args = parser.parse_args(argv)
    text = counted(expected_papers(COUNTED))
    if args.check:
        same = OUT.read_text(encoding="utf-8") == text
        print("title_words.txt is current" if same else "title_words.txt differs: run the script")
        return 0 if same else 1
    write_atomic(OUT, text)
    print(f"wrote {OUT} ({text.count(chr(10)) - 2} words)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
