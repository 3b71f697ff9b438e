"""The CLI never loads Qt: the window is imported only when the `gui` command runs.

import-linter (`make test`) holds the layering between packages; it has to let `cli` reach
`gui.app` from inside cmd_gui, so this checks that the import stays out of module level.
"""

from __future__ import annotations

import subprocess
import sys

PROBE = (
    "import sys, {module}; "
    "print(' '.join(sorted(m for m in sys.modules "
    "if m.split('.')[0] in ('PySide6', 'shiboken6') or m.startswith('papershelf.gui'))))"
)


def qt_modules_loaded_by(module: str) -> list[str]:
    done = subprocess.run(
        [sys.executable, "-c", PROBE.format(module=module)],
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout.split()


def test_the_command_line_loads_no_qt() -> None:
    assert qt_modules_loaded_by("papershelf.__main__") == []
    assert qt_modules_loaded_by("papershelf.cli") == []


def test_the_probe_sees_qt_where_it_is_loaded() -> None:
    loaded = qt_modules_loaded_by("papershelf.gui.app")
    assert "papershelf.gui.app" in loaded and any(m.startswith("PySide6") for m in loaded)
