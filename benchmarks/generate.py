"""Seeded synthetic listings in the seed layouts, for benchmarks and crash/concurrency tests."""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path

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


def _title(rng: random.Random, n: int) -> str:
    words = [rng.choice(WORDS) for _ in range(rng.randint(5, 20))]
    return f"{words[0].title()} {' '.join(words[1:])}: study {n}"


def _abstract(rng: random.Random, n: int) -> str:
    sentences = []
    while sum(len(s) for s in sentences) < 1450:
        words = [rng.choice(WORDS) for _ in range(rng.randint(10, 24))]
        sentences.append(words[0].capitalize() + " " + " ".join(words[1:]) + ".")
    if n % 7 == 0:
        sentences.append(f"Code is available at https://github.com/lab{n % 97}/project-{n}.")
    return " ".join(sentences)


def _authors(rng: random.Random) -> list[str]:
    return [f"{rng.choice(GIVEN)} {rng.choice(FAMILY)}" for _ in range(rng.randint(1, 30))]


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
    with path.open("w", encoding="utf-8") as out:
        for record in arxiv_records(count, seed=seed, start=start):
            out.write(record + "\n")
    return path


def write_daily_listing(path: Path, count: int, *, seed: int = 2, start: int = 0) -> Path:
    rng = random.Random(seed)
    with path.open("w", encoding="utf-8") as out:
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
