"""Yjs state vectors (which changes of which client a document holds), decoded."""

from __future__ import annotations


def _varuint(data: bytes, at: int) -> tuple[int, int]:
    value = shift = 0
    while True:
        byte = data[at]
        at += 1
        value |= (byte & 0x7F) << shift
        if byte < 0x80:
            return value, at
        shift += 7


def decode_state(data: bytes) -> dict[int, int]:
    """client id -> number of its changes held (lib0 encoding: a count, then pairs)."""
    count, at = _varuint(data, 0)
    clocks: dict[int, int] = {}
    for _ in range(count):
        client, at = _varuint(data, at)
        clocks[client], at = _varuint(data, at)
    return clocks


def dominates(ours: dict[int, int], theirs: dict[int, int]) -> bool:
    """True when we hold every change `theirs` names."""
    return all(ours.get(client, 0) >= clock for client, clock in theirs.items())
