"""Tried/survived figures of a torture run, written out when the session ends."""

from __future__ import annotations

FIGURES: dict[str, dict[str, object]] = {}


def record(name: str, tried: int, survived: int, **details: object) -> None:
    """One family of faults: how many runs, how many ended sound and all-or-nothing."""
    FIGURES[name] = {"tried": tried, "survived": survived, **details}
    print(f"\n{name}: {survived}/{tried} survived {details or ''}")
