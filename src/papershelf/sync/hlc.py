"""Hybrid logical clocks: wall time that never runs backwards and passes every clock seen.

A stamp is text that sorts like the clock: `mmmmmmmmmmmmm.cccccc.device` (milliseconds, a
counter within the millisecond, the device that issued it, which breaks ties)."""

from __future__ import annotations

import time


def parse(stamp: str) -> tuple[int, int]:
    millis, counter, _ = stamp.split(".", 2)
    return int(millis), int(counter)


def format_stamp(millis: int, counter: int, device: str) -> str:
    return f"{millis:013d}.{counter:06d}.{device}"


class Clock:
    """One device's clock; `seen` moves it past a stamp read from another device."""

    def __init__(self, device: str, last: str | None = None) -> None:
        self.device = device
        self.millis, self.counter = parse(last) if last else (0, 0)

    def seen(self, stamp: str) -> None:
        self.millis, self.counter = max((self.millis, self.counter), parse(stamp))

    def tick(self) -> str:
        wall = int(time.time() * 1000)
        if wall > self.millis:
            self.millis, self.counter = wall, 0
        else:
            self.counter += 1
        return format_stamp(self.millis, self.counter, self.device)

    def last(self) -> str:
        return format_stamp(self.millis, self.counter, self.device)
