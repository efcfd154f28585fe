"""Settings → People…: open the People dialog, then catch up with any change to the person acting.

The dialog decides what it lets the person change (only administrators
change anything) and applies the changes through the store. Afterwards the
window reads the person acting again: when their own roles changed (an
administrator made themselves a reviewer, say), the statement list, its
"Waiting for me" filter and the review actions must follow at once.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from drafter.core.errors import DrafterError
from drafter.ui.actions import ActionId
from drafter.ui.window_ops import WindowOps

if TYPE_CHECKING:
    from drafter.ui.main_window import MainWindow


class PeopleOps(WindowOps):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window, {ActionId.MANAGE_PEOPLE: self.manage_people})

    def manage_people(self) -> None:
        """Show everyone and their roles; an administrator may add people and change roles."""
        from drafter.ui.people_dialog import PeopleDialog  # the store's modules load after the first paint

        self.reload_actor()  # someone else may have changed this person's roles meanwhile
        dialog = PeopleDialog(self._services.people, self._services.actor, self.window.prompts, self.window)
        self.window.prompts.run_dialog(dialog)
        if dialog.changed:  # even when a later step was refused and the dialog then cancelled
            self.reload_actor()

    def reload_actor(self) -> bool:
        """Read the person acting again; True when their roles changed (and the window followed)."""
        services, window = self._services, self.window
        try:
            fresh = services.people.get(services.actor_login)
        except DrafterError as error:
            window.prompts.error(window, self.tr("Cannot read who you are"),
                                 f"{error} " + self.tr("Close Drafter and open it again."))
            return False
        before = services.actor
        if fresh == before:
            return False
        services.actor = fresh
        window.status.show_person(fresh.display_name or fresh.login)
        if fresh.roles == before.roles:
            return False
        window.refresh_list()
        if window.current_id is not None and window.review_ops is not None:
            # What the review banner offers (approve, withdraw) depends on the person's roles.
            window.review_ops.statement_opened(services.statements.get(window.current_id))
        return True
