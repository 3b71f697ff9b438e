"""A generated trend report in Korean (made-up papers): `### 4. [Topic Words] Title` over bold
label bullets `ArXiv ID` (a link), `저자`, `제출일` (the submission date). The identifier item is a
fact of the heading's paper, the topic tag no part of its title."""

from __future__ import annotations

from papershelf.importers.paste.lines import clean_title
from papershelf.importers.pipeline import read_listing

REPORT = """### 4. [Quantum Pretending] Noise cancellation by superposition of invented channels

- **ArXiv ID**: [3106.10744](https://arxiv.org/abs/3106.10744)
- **저자**: Ada Example, Ben Sample
- **제출일**: 2031-06-09
- **키워드**: Pretend Capacity, Made-Up Channels

**기술적 기여**

가상의 채널을 상쇄할 수 있음을 입증했다.

---

### 5. [Quantum Make Believe] Robust self-testing based on an imaginary Bell inequality

- **ArXiv ID**: [3106.10983](https://arxiv.org/abs/3106.10983)
- **저자**: Cleo Person
- **제출일**: 2031-06-09
"""


def test_identifier_items_are_facts_and_topic_tags_leave_titles() -> None:
    records = read_listing(REPORT, "report.md").records
    assert [(r.title, r.authors, r.date, r.arxiv_id) for r in records] == [
        (
            "Noise cancellation by superposition of invented channels",
            ["Ada Example", "Ben Sample"],
            "2031-06-09",
            "3106.10744",
        ),
        (
            "Robust self-testing based on an imaginary Bell inequality",
            ["Cleo Person"],
            "2031-06-09",
            "3106.10983",
        ),
    ]


def test_only_a_tag_of_several_capitalised_words_leaves_a_title() -> None:
    assert clean_title("[Made Up] A Pretend Title Here") == "A Pretend Title Here"
    assert clean_title("[Re] A Pretend Reproduction Study") == "[Re] A Pretend Reproduction Study"
