"""Widgets of the main window, one job each (editor, findings list, preview, restore page, help, dialogs)."""
