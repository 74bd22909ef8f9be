"""The desktop app: PySide6 widgets, item models, dialogs and workers. The only layer with Qt."""
