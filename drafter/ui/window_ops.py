"""What the window's groups of operations share: the window, its services,
and connecting each action once to the slot that carries it out."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from drafter.ui.actions import ActionId

if TYPE_CHECKING:
    from drafter.services import Services
    from drafter.ui.main_window import MainWindow


class WindowOps:
    def __init__(self, window: MainWindow, slots: Mapping[ActionId, Callable[[], object]]) -> None:
        self.window = window
        for action_id, slot in slots.items():
            window.actions[action_id].triggered.connect(slot)

    def tr(self, text: str) -> str:
        """``text`` in the interface's language, as QObject.tr would (the context is the class's name,
        so ``self.tr("…")`` in a subclass is extracted by pyside6-lupdate like a widget's)."""
        for cls in type(self).__mro__:
            translated = QCoreApplication.translate(cls.__name__, text)
            if translated != text:
                return translated
        return text

    @property
    def _services(self) -> Services:
        services = self.window.services
        assert services is not None, "operations run only once a workspace is open"
        return services
