"""Dialogs about the workspace itself: the commune, its offices, backups, the shared database, help."""
