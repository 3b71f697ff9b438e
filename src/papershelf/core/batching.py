"""Cutting a stream of items into lists, the unit the store writes in one go."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import islice
from typing import TypeVar

T = TypeVar("T")


def batched(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """Consecutive lists of `size` items (the last may be shorter); itertools has it from 3.12."""
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch
