"""The parts of the main window, one job each; :class:`desktop.main_window.MainWindow` puts them together.

- :mod:`.menus` — the menus, their actions and shortcuts;
- :mod:`.review_controller` — the review page: the text to detection, findings and decisions back to the
  highlights, the list and the preview; undo, F3 and the status line;
- :mod:`.manual_masks` — what the clerk masks by hand: a selection, every hit of a search;
- :mod:`.file_controller` — a new text, a paste, an opened or dropped file;
- :mod:`.release_controller` — what leaves the app: the copied or saved cleaned text, the restored answer;
- :mod:`.engine_controller` — loading the engine, reloading it when a policy file changes, the policy editor;
- :mod:`.session_controller` — ending the session, and a folder run whose session becomes the app's.

Each is a ``QObject`` that the window owns; they talk to the core only through the review model
(:mod:`desktop.review_model`) and the facade, and ask the clerk through the window's modal questions
(:class:`~desktop.main_window.MainWindow`), which tests replace.
"""
