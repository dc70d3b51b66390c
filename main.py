"""Anonymisierungshelfer — entry point.

Without arguments it starts the desktop app; ``--selftest`` checks an installation; anything
else is the command line of PRODUCT.md section 4 (``detect``, ``anonymize``, …).
"""

from __future__ import annotations

import sys


def _run_selftest() -> int:
    from anonymizer.selftest import run_core_selftest

    code = run_core_selftest()
    if code != 0:
        return code
    try:
        from desktop.selftest import run_gui_selftest
    except ImportError:
        print("OK")
        return 0
    code = run_gui_selftest()
    if code == 0:
        print("OK")
    return code


def _run_gui() -> int:
    try:
        from desktop.app import run_app
    except ImportError as error:
        print(f"Fehler: Die Oberfläche kann nicht gestartet werden ({error.name} fehlt).", file=sys.stderr)
        return 1
    return run_app(sys.argv)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args == ["--selftest"]:
        return _run_selftest()
    if not args:
        return _run_gui()
    from anonymizer.cli import main as cli_main

    return cli_main(args)


if __name__ == "__main__":
    sys.exit(main())
