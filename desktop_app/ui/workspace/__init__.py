"""The meeting workspace: views lay out (view, header, editor, panels), the controller decides."""
