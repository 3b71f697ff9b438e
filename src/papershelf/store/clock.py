"""Timestamps as stored: UTC, ISO 8601, second precision."""

from __future__ import annotations

from datetime import UTC, datetime


def now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S")
