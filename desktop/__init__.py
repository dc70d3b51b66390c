"""The PySide6 desktop app: a thin layer over :mod:`anonymizer` (the only package that imports Qt)."""
