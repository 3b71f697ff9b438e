"""Where the default library lives."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_path

APP = "papershelf"


def data_dir() -> Path:
    return user_data_path(APP, appauthor=False)


def default_db() -> Path:
    override = os.environ.get("PAPERSHELF_DB")
    return Path(override) if override else data_dir() / "papershelf.db"
