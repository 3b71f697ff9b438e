"""Seeded synthetic listings in the seed layouts, for benchmarks and crash/concurrency tests.

Words follow Zipf's law as in real abstracts: a few function words in every abstract, the
field's own words (`WORDS`) in a quarter to a half of them, and a long tail of rare words.
Until the third session every word was drawn uniformly from `WORDS` alone, so each one sat in
93% of the abstracts, which no real library shows. Author counts lean towards small teams,
still from 1 to 30, and family names have a long tail too.
"""

from __future__ import annotations

import itertools
import random
from collections.abc import Iterator, Sequence
from pathlib import Path

from papershelf.files import replacing

WORDS = (
    "learning neural network transformer attention diffusion model contrastive representation "
    "self-supervised few-shot zero-shot graph reinforcement policy language vision image video "
    "segmentation detection retrieval distillation knowledge robust adversarial federated private "
    "efficient sparse quantization pruning scaling law emergent reasoning benchmark dataset "
    "evaluation generation synthesis alignment preference optimization gradient stochastic "
    "convergence bound theory kernel gaussian process bayesian inference variational latent "
    "embedding token sequence memory recurrent convolution multimodal speech audio clustering"
).split()
GIVEN = ("Łukasz", "Jan", "Zoë", "José", "Ana", "Wei", "Yuki", "Søren", "Ömer", "Chloé", "Ingrid",
         "Rafał", "Nguyễn", "Ahmed", "María", "Jürgen", "Dmitrij", "Aoife", "Priya", "Kai")  # fmt: skip
FAMILY = ("Stühmer", "Dudziak", "Müller", "García", "Nguyen", "Kowalski", "Øvergaard", "Çelik",
          "Hu", "Qian", "Smith", "O'Neill", "Fernández-Marqués", "Li", "Sato", "Novák", "Björk",
          "van der Berg", "Dupont", "Rossi")  # fmt: skip
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")  # fmt: skip


FUNCTION_WORDS = (
    "the of and a to in we is for that with on by this our as are an from which be it can these "
    "at show into than more both such not its"
).split()


def _made_up_words(count: int, seed: int, *, capitalised: bool = False) -> list[str]:
    """Pronounceable, distinct and reproducible: the long tail of a vocabulary."""
    rng = random.Random(seed)
    syllables = [c + v for c in "bdfgklmnprstvz" for v in "aeiou"] + ["an", "el", "or", "us"]
    made: dict[str, None] = {}
    while len(made) < count:
        word = "".join(rng.choice(syllables) for _ in range(rng.randint(2, 4)))
        made[word.capitalize() if capitalised else word] = None
    return list(made)


def _zipf(words: Sequence[str]) -> tuple[list[str], list[float]]:
    """The words with cumulative weights 1/rank, for `random.choices`."""
    return list(words), list(itertools.accumulate(1 / rank for rank in range(1, len(words) + 1)))


def _field_vocabulary() -> list[str]:
    """The field's words spread down the ranks: `learning` near the top, `pruning` far down."""
    ranked = _made_up_words(6000, seed=11)
    for index, word in enumerate(WORDS):
        ranked.insert(round(5 * (index + 1) ** 1.6), word)
    return ranked


TEXT_WORDS = _zipf([*FUNCTION_WORDS, *_field_vocabulary()])
TITLE_WORDS = _zipf(_field_vocabulary())
GIVEN_NAMES = _zipf([*GIVEN, *_made_up_words(300, seed=12, capitalised=True)])
FAMILY_NAMES = _zipf([*FAMILY, *_made_up_words(2000, seed=13, capitalised=True)])


def _draw(rng: random.Random, vocabulary: tuple[list[str], list[float]], count: int) -> list[str]:
    words, weights = vocabulary
    return rng.choices(words, cum_weights=weights, k=count)


def _title(rng: random.Random, n: int) -> str:
    words = _draw(rng, TITLE_WORDS, rng.randint(5, 20))
    return f"{words[0].title()} {' '.join(words[1:])}: study {n}"


def _abstract(rng: random.Random, n: int) -> str:
    sentences = []
    while sum(len(s) for s in sentences) < 1450:
        words = _draw(rng, TEXT_WORDS, rng.randint(10, 24))
        sentences.append(words[0].capitalize() + " " + " ".join(words[1:]) + ".")
    if n % 7 == 0:
        sentences.append(f"Code is available at https://github.com/lab{n % 97}/project-{n}.")
    return " ".join(sentences)


def _authors(rng: random.Random) -> list[str]:
    count = min(30, 1 + int(rng.expovariate(1 / 5)))  # mostly small teams, a few consortia
    given, family = _draw(rng, GIVEN_NAMES, count), _draw(rng, FAMILY_NAMES, count)
    return [f"{first} {last}" for first, last in zip(given, family, strict=True)]


def arxiv_records(count: int, *, seed: int = 1, start: int = 0) -> Iterator[str]:
    rng = random.Random(seed)
    for n in range(start, start + count):
        day, month, year = rng.randint(1, 28), rng.choice(MONTHS), rng.randint(2015, 2026)
        abstract = _abstract(rng, n)
        lines = ["-", _title(rng, n), "Authors:"]
        names = _authors(rng)
        lines += [name + ("," if i < len(names) - 1 else "") for i, name in enumerate(names)]
        lines += ["Abstract:", abstract[:250] + "…", "▽ More", abstract, "△ Less",
                  f"Submitted {day} {month}, {year};", f"originally announced {month} {year}."]  # fmt: skip
        yield "\n".join(lines)


def write_arxiv_listing(path: Path, count: int, *, seed: int = 1, start: int = 0) -> Path:
    with replacing(path) as out:
        for record in arxiv_records(count, seed=seed, start=start):
            out.write(record + "\n")
    return path


def write_daily_listing(path: Path, count: int, *, seed: int = 2, start: int = 0) -> Path:
    rng = random.Random(seed)
    with replacing(path) as out:
        out.write(
            "new\n\nGet trending papers in your email inbox!\n\nSubscribe\n\nDaily Papers\n\n"
        )
        for n in range(start, start + count):
            out.write(
                f"{_title(rng, n)}\n\n{_abstract(rng, n)}\n\n  • {rng.randint(1, 30)} authors\n·\n"
            )
            out.write(
                f"{MONTHS[rng.randint(0, 11)][:3]} {rng.randint(1, 28)}, {rng.randint(2015, 2026)}\n\n"
            )
    return path


def write_pasted_notes(path: Path, count: int, *, seed: int = 5) -> Path:
    """arXiv search results pasted into notes (one-line `Authors:`, `▽ More` snippets, the
    user's remarks between them): not a seed layout, so the paste readers read it."""
    rng = random.Random(seed)
    with replacing(path) as out:
        for n in range(count):
            if n % 10 == 0:
                out.write(f"notes for week {n // 10}: read these first, then the rest\n\n")
            day, month, year = rng.randint(1, 28), rng.choice(MONTHS), rng.randint(2015, 2026)
            names = ", ".join(_authors(rng))
            out.write(
                f"arXiv:{2401 + n // 100000}.{n % 100000:05d}  [pdf, other]  cs.LG\n"
                f"{_title(rng, n)}\n\nAuthors: {names}\n\n"
                f"Abstract: {_abstract(rng, n)[:400]}… ▽ More\n\n"
                f"Submitted {day} {month}, {year}; originally announced {month} {year}.\n\n"
            )
    return path


def write_clipped_daily(path: Path, count: int, *, seed: int = 6) -> Path:
    """A Hugging Face daily page as a web clipper saves it in Markdown: front matter, the site's
    menus as lists, `### [title](link)`, counters and buttons between the fields, abstracts
    hard-wrapped at ~100 columns, reference-style links resolved at the bottom."""
    rng = random.Random(seed)
    with replacing(path) as out:
        out.write("---\ntitle: Daily Papers - Hugging Face\n")
        out.write("source: https://huggingface.co/papers\ncaptured: 2025-01-03\n---\n\n")
        out.write("* [ Models ][1]\n* [ Datasets ][2]\n* [ Spaces ][3]\n\n# Daily Papers\n\n")
        for n in range(count):
            if n % 50 == 0:
                out.write("* [ Models ][1]\n* [ Datasets ][2]\n* [ Docs ][3]\n\n")
            ident = f"2501.{n % 100000:05d}"
            wrapped = _wrap(_abstract(rng, n), 100)
            names = ", ".join(_authors(rng))
            out.write(
                f"### [{_title(rng, n)}](https://huggingface.co/papers/{ident})\n\n"
                f"[-] {rng.randint(1, 300)}\n\nSubmitted by user{n % 977}\n\n"
                f"{names}\n\n{wrapped}\n\n"
                f"Published on Dec {rng.randint(1, 28)}, 2024\n\n"
                f"[View PDF](https://arxiv.org/pdf/{ident}) · [Code][4]\n\n"
            )
        out.write("[1]: https://huggingface.co/models\n[2]: https://huggingface.co/datasets\n")
        out.write("[3]: https://huggingface.co/docs\n[4]: https://github.com/example/code\n")
    return path


def write_list_html(path: Path, count: int, *, seed: int = 7) -> Path:
    """An arXiv `/list/…/new` page as a browser puts a copy of it on the clipboard (text/html,
    links made absolute): each entry in the shape of the real page in the paste corpus
    (tests/data/listings/019_arxiv-list-new-html-2018.html), abstracts wrapped at ~80 columns."""
    rng = random.Random(seed)
    arxiv = "https://arxiv.org"
    with replacing(path) as out:
        out.write(
            "<html>\n<body>\n<!--StartFragment--><h3>New submissions for Fri, 3 Jan 25</h3>\n"
        )
        out.write("<dl>\n")
        for n in range(count):
            ident = f"2501.{n % 100000:05d}"
            authors = ", \n".join(
                f'<a href="{arxiv}/search/cs?searchtype=author&amp;query={name.split()[-1]}">'
                f"{name}</a>"
                for name in _authors(rng)
            )
            out.write(
                f'<dt><a name="item{n + 1}">[{n + 1}]</a>&nbsp;  <span class="list-identifier">'
                f'<a href="{arxiv}/abs/{ident}" title="Abstract">arXiv:{ident}</a> '
                f'[<a href="{arxiv}/pdf/{ident}" title="Download PDF">pdf</a>, '
                f'<a href="{arxiv}/format/{ident}" title="Other formats">other</a>]</span></dt>\n'
                f'<dd>\n<div class="meta">\n<div class="list-title mathjax">\n'
                f'<span class="descriptor">Title:</span> {_title(rng, n)}\n</div>\n'
                f'<div class="list-authors">\n<span class="descriptor">Authors:</span> \n'
                f"{authors}\n</div>\n"
                f'<div class="list-comments mathjax">\n<span class="descriptor">Comments:</span> '
                f"{rng.randint(5, 40)} pages, {rng.randint(1, 12)} figures\n</div>\n"
                f'<div class="list-subjects">\n<span class="descriptor">Subjects:</span> '
                f'<span class="primary-subject">Machine Learning (cs.LG)</span>\n\n</div>\n'
                f'<p class="mathjax">{_wrap(_abstract(rng, n), 80)}\n</p>\n</div>\n</dd>\n'
            )
        out.write("</dl>\n<!--EndFragment-->\n</body>\n</html>\n")
    return path


def _wrap(text: str, width: int) -> str:
    lines: list[str] = []
    current = ""
    for word in text.split():
        if current and len(current) + 1 + len(word) > width:
            lines.append(current)
            current = word
        else:
            current = f"{current} {word}" if current else word
    return "\n".join([*lines, current])
