"""The PySide6 desktop app: a thin layer over :mod:`anonymizer` (the only package that imports Qt), which it
reaches only through :mod:`desktop.facade`."""
