"""Undoable workspace operations (QUndoStack): delete an item (tombstone + restore), move an
item, remove a participant. Each step is its own unit of work in the services."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from desktop_app.services import Services


class DeleteItemCommand(QUndoCommand):
    def __init__(self, services: Services, item_id: str, text: str,
                 on_change: Callable[[], None]) -> None:
        super().__init__(text)
        self._services, self._item_id, self._on_change = services, item_id, on_change

    def redo(self) -> None:
        self._services.feedback.delete(self._item_id)
        self._on_change()

    def undo(self) -> None:
        self._services.feedback.restore(self._item_id)
        self._on_change()


class MoveItemCommand(QUndoCommand):
    def __init__(self, services: Services, item_id: str, old_index: int, new_index: int,
                 text: str, on_change: Callable[[], None]) -> None:
        super().__init__(text)
        self._services, self._item_id, self._on_change = services, item_id, on_change
        self._old, self._new = old_index, new_index

    def redo(self) -> None:
        self._services.feedback.move(self._item_id, self._new)
        self._on_change()

    def undo(self) -> None:
        self._services.feedback.move(self._item_id, self._old)
        self._on_change()


class RemoveParticipantCommand(QUndoCommand):
    def __init__(self, services: Services, participant_id: str, text: str,
                 on_change: Callable[[], None]) -> None:
        super().__init__(text)
        self._services, self._id, self._on_change = services, participant_id, on_change

    def redo(self) -> None:
        self._services.participants.remove(self._id)
        self._on_change()

    def undo(self) -> None:
        self._services.participants.restore(self._id)
        self._on_change()
