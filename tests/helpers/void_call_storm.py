"""Child process: the app's QApplication, then far more void Qt calls than None has references."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLineEdit

from desktop_app.ui.app import create_application

app = create_application()
edit = QLineEdit()
for n in range(int(sys.argv[1])):
    edit.setText("x")  # a void call: on the broken binding each one loses a reference to None
    edit.setVisible(False)
    if n % 20_000 == 0:
        app.processEvents()  # as the event loop does in the app
print("OK", flush=True)
