"""Everything that imports PySide6: main window, pages, table models, dialogs, prompts."""
