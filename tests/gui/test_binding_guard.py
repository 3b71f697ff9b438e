"""The Qt binding must not spend references to None (issue 13).

PySide6-Essentials 6.12.0 on Python 3.11 drops one reference to None every time a C++ call
answers None to Python: an empty QVariant (`QModelIndex.data(role)`, `model.data()`,
`QPersistentModelIndex.data()`, `QStandardItem.data()`) and, as measured here, any void method.
When the count reaches zero the interpreter aborts with "Fatal Python error: none_dealloc" and the
window vanishes without a dialog. These tests fail on any binding with that defect, so a future
release with the same fault is caught before a user meets it (pyproject.toml excludes 6.12.0),
and they check that the window's own paint paths never ask for a role that comes back empty.
"""

from __future__ import annotations

import gc
import sys
from collections.abc import Callable

import pytest
from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel

from papershelf.gui.main_window import MainWindow

CALLS = 500  # well below None's reference count (~5,000 at start-up): a leak cannot abort here
UNSET_ROLE = Qt.ItemDataRole.UserRole + 99  # a role no item sets: Qt answers an empty QVariant

mortal_none = pytest.mark.skipif(
    sys.version_info >= (3, 12),
    reason="None is immortal from Python 3.12 (PEP 683): its reference count never moves, "
    "so a leaked reference can neither be seen nor abort the interpreter",
)


def none_references_gained(action: Callable[[], object], times: int) -> int:
    """How many references to None `times` calls of `action` gained (negative: spent)."""
    gc.collect()
    gc.disable()  # a collection inside the loop would release references for reasons of its own
    try:
        before = sys.getrefcount(None)
        for _ in range(times):
            action()
        return sys.getrefcount(None) - before
    finally:
        gc.enable()


def one_item_model() -> tuple[QStandardItemModel, QModelIndex]:
    model = QStandardItemModel()
    model.appendRow(QStandardItem("a paper"))
    return model, model.index(0, 0)


@mortal_none
@pytest.mark.parametrize(
    "call",
    [
        pytest.param(lambda model, index: index.data(UNSET_ROLE), id="QModelIndex.data"),
        pytest.param(
            lambda model, index: QPersistentModelIndex(index).data(UNSET_ROLE),
            id="QPersistentModelIndex.data",
        ),
        pytest.param(lambda model, index: model.data(index, UNSET_ROLE), id="model.data"),
        pytest.param(
            lambda model, index: model.itemFromIndex(index).data(UNSET_ROLE),
            id="QStandardItem.data",
        ),
        # 6.12.0's fault is wider than data(): any C++ call answering None (a void method too)
        # spends a reference, so no change to our own code can make that release safe.
        pytest.param(lambda model, index: model.setObjectName("x"), id="void method"),
    ],
)
def test_binding_keeps_none_references_when_it_answers_none(qapp, call) -> None:  # type: ignore[no-untyped-def]
    model, index = one_item_model()
    assert call(model, index) is None  # the role really is empty, so None comes back
    change = none_references_gained(lambda: call(model, index), CALLS)
    # A binding with the defect spends exactly one reference per call; allow a little noise.
    assert change > -CALLS // 2, (
        f"{CALLS} calls answering None dropped {-change} references to it: this Qt binding "
        "(PySide6 6.12.0 has the defect) will abort the app with 'none_dealloc'; exclude it "
        "in pyproject.toml"
    )


@mortal_none
def test_filled_roles_do_not_move_none_references(qapp) -> None:  # type: ignore[no-untyped-def]
    """The control: a role with a value never touches None, on any binding."""
    _model, index = one_item_model()
    change = none_references_gained(lambda: index.data(Qt.ItemDataRole.DisplayRole), CALLS)
    assert abs(change) < CALLS // 2


def test_window_paint_paths_ask_no_empty_role(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Repainting the sidebar (queue progress bars) and the table (stars) asks the models through
    typed Python methods, never for a role that comes back empty: checked on every binding, not
    only on a faulty one, by watching each data() call the window's Python code makes."""
    empty_answers: list[str] = []

    def watch(cls: type[QModelIndex] | type[QPersistentModelIndex]) -> None:
        original = cls.data

        def data(self, role: int = Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
            answer = original(self, role)
            if answer is None:
                empty_answers.append(f"{cls.__name__}.data(role={int(role)}) row {self.row()}")
            return answer

        monkeypatch.setattr(cls, "data", data)

    window.library.create_queue("thesis")
    window.library.enqueue("thesis", window.model.ids[:3])
    window.library.rate(window.model.ids[:2], 4)
    window.sidebar_model.rebuild()
    window.sidebar.expandAll()
    window.table.selectRow(0)
    watch(QModelIndex)
    watch(QPersistentModelIndex)
    for _ in range(3):
        window.sidebar.viewport().repaint()
        window.table.viewport().repaint()
        window.sidebar.doItemsLayout()  # sizeHint for every row
    assert empty_answers == []
