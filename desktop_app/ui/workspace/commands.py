"""One mechanism for every undoable workspace operation (delete an item, move it, remove a
participant): the service call runs first and the command is pushed only when it committed; an
undo or redo that the services refuse (the meeting was approved elsewhere, a sync removed the row)
drops the command from the stack. The refusal reaches the user once, as the service's message,
through the AutosaveController that also moves the save indicator (DESIGN §11, "Undo that records
only what succeeded")."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from desktop_app.ui.workspace.autosave import AutosaveController


class ServiceCommand(QUndoCommand):
    """`forward`/`backward` are service calls (one unit of work each); `after` refreshes the view
    whether or not the call went through; `report(message)` tells the user what happened."""

    def __init__(self, text: str, autosave: AutosaveController, forward: Callable[[], object],
                 backward: Callable[[], object], after: Callable[[], None],
                 done: str = "", undone: str = "", report: Callable[[str], None] | None = None) -> None:
        super().__init__(text)
        self._autosave, self._forward, self._backward, self._after = autosave, forward, backward, after
        self._done, self._undone, self._report = done, undone, report
        self._already_done = False

    def redo(self) -> None:
        if self._already_done:      # the first redo is QUndoStack.push: the work already ran
            self._already_done = False
            return
        self._call(self._forward, self._done)

    def undo(self) -> None:
        self._call(self._backward, self._undone)

    def _call(self, work: Callable[[], object], message: str) -> None:
        # Never raise from here: an exception in a Python override only becomes Qt's
        # "Error calling Python override" text, and the stack would move anyway.
        ok = self._autosave.run(work)
        if not ok:
            self.setObsolete(True)  # QUndoStack removes it: the stack shows what really happened
        self._after()
        if ok and message and self._report is not None:
            self._report(message)


class UndoRunner(QObject):
    """Runs an operation and records it on the undo stack only when it committed."""

    message = Signal(str)

    def __init__(self, stack: QUndoStack, autosave: AutosaveController,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.stack, self.autosave = stack, autosave

    def push(self, text: str, forward: Callable[[], object], backward: Callable[[], object],
             after: Callable[[], None], done: str = "", undone: str = "") -> bool:
        """True when `forward` committed (the command is then on the stack and `done` shown)."""
        command = ServiceCommand(text, self.autosave, forward, backward, after, done, undone,
                                 self.message.emit)
        ok = self.autosave.run(forward)
        after()
        if not ok:
            return False
        command._already_done = True
        self.stack.push(command)
        if done:
            self.message.emit(done)
        return True
