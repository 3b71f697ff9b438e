"""Sync through a shared folder with a CRDT engine (pycrdt); see docs/SYNC.md."""

from __future__ import annotations

from papershelf.sync.engine import Exchange, exchange, init
from papershelf.sync.identity import SyncError, status

__all__ = ["Exchange", "SyncError", "exchange", "init", "status"]
