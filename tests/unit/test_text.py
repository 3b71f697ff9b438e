"""Small text helpers shared by the CLI and the window."""

from __future__ import annotations

import pytest

from papershelf.core.text import counted


@pytest.mark.parametrize(
    ("count", "noun", "expected"),
    [
        (0, "paper", "0 papers"),
        (1, "paper", "1 paper"),
        (2, "paper", "2 papers"),
        (1, "file", "1 file"),
        (21, "author", "21 authors"),
        (1, "entry", "1 entry"),
    ],
)
def test_counted(count: int, noun: str, expected: str) -> None:
    assert counted(count, noun, "entries" if noun == "entry" else None) == expected
