"""The long fault-injection runs (`make torture`): every module here is marked `torture`, which
`make test` deselects. Figures go to $TORTURE_REPORT (default build/torture.json)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from tests.torture.figures import FIGURES

ROOT = Path(__file__).resolve().parents[2]


def pytest_sessionfinish(session: pytest.Session) -> None:
    if not FIGURES:
        return
    target = Path(os.environ.get("TORTURE_REPORT", ROOT / "build" / "torture.json"))
    target.parent.mkdir(parents=True, exist_ok=True)
    known = json.loads(target.read_text()) if target.exists() else {}
    known.update(FIGURES)
    target.write_text(json.dumps(known, indent=2, sort_keys=True) + "\n")
