"""What the window's groups of operations share: the window, its services,
and connecting each action once to the slot that carries it out."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

from drafter.ui.actions import ActionId

if TYPE_CHECKING:
    from drafter.services import Services
    from drafter.ui.main_window import MainWindow


class WindowOps:
    def __init__(self, window: MainWindow, slots: Mapping[ActionId, Callable[[], object]]) -> None:
        self.window = window
        for action_id, slot in slots.items():
            window.actions[action_id].triggered.connect(slot)

    @property
    def _services(self) -> Services:
        services = self.window.services
        assert services is not None, "operations run only once a workspace is open"
        return services
