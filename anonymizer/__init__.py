"""Anonymisierungshelfer core library: detection, policy, masking and restoring of personal data.

This package never imports Qt; the desktop GUI in ``desktop/`` is a thin layer over it.
"""

__version__ = "0.1.0"
APP_NAME = "Anonymisierungshelfer"
