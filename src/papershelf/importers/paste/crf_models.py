"""The CRFsuite models the paste readers ship (resources/*.crfsuite), each read once.

The learned line reader, the reference-field model and the second reading's record likelihood
each open one model file of the package; training scripts and evaluations put another file in
its place (`use`).
"""

from __future__ import annotations

from importlib.resources import as_file, files
from pathlib import Path

import pycrfsuite


class PackagedModel:
    """One model of papershelf.resources, opened on first use; None when the package lacks it
    (a broken install reads nothing rather than failing)."""

    def __init__(self, name: str) -> None:
        self.name = name
        self._override: Path | None = None
        self._tagger: pycrfsuite.Tagger | None = None
        self._opened = False

    def use(self, path: Path | None) -> None:
        """Read with another model file from now on; None: the shipped one."""
        self._override = path
        self.forget()

    def forget(self) -> None:
        """Open the model file again on next use."""
        self._tagger, self._opened = None, False

    def tagger(self) -> pycrfsuite.Tagger | None:
        if not self._opened:
            self._tagger = _open(self._override, self.name)
            self._opened = True
        return self._tagger


def _open(override: Path | None, name: str) -> pycrfsuite.Tagger | None:
    tagger = pycrfsuite.Tagger()
    if override is not None:
        tagger.open(str(override))
        return tagger
    resource = files("papershelf.resources").joinpath(name)
    if not resource.is_file():
        return None
    with as_file(resource) as path:
        tagger.open(str(path))  # CRFsuite reads the whole model into memory here
    return tagger
