"""Anonymisierungshelfer — entry point.

Without arguments it starts the desktop app; everything else goes through the command line of
PRODUCT.md section 4 (``detect``, ``anonymize``, …), which also parses ``--selftest`` and
``policy-editor`` (so ``--help`` lists them and their errors are German) and calls back here for them.
"""

from __future__ import annotations

import sys
from pathlib import Path


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


def _run_policy_editor(path: Path | None) -> int:
    """The data protection officer's policy editor, a window of its own."""
    try:
        from desktop.policy_editor import run_policy_editor
    except ImportError as error:
        print(f"Fehler: Die Oberfläche kann nicht gestartet werden ({error.name} fehlt).", file=sys.stderr)
        return 1
    return run_policy_editor([] if path is None else [str(path)])


def _attach_parent_console() -> None:
    """Let the windowed Windows build print to the cmd/PowerShell window it was started from.

    The packaged app is a GUI program without a console of its own (no black window for clerks), so
    Windows gives it no stdout/stderr; for ``--selftest`` and the CLI we attach to the parent's console.
    """
    if sys.platform != "win32" or (sys.stdout is not None and sys.stderr is not None):
        return
    import ctypes

    if not ctypes.windll.kernel32.AttachConsole(-1):  # ATTACH_PARENT_PROCESS; fails without a parent console
        return
    sys.stdout = open("CONOUT$", "w", encoding="utf-8")  # noqa: SIM115 - lives as long as the process
    sys.stderr = open("CONOUT$", "w", encoding="utf-8")  # noqa: SIM115


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if not args:
        return _run_gui()
    _attach_parent_console()
    from anonymizer.cli import AppCommands
    from anonymizer.cli import main as cli_main

    return cli_main(args, AppCommands(_run_selftest, _run_policy_editor))


if __name__ == "__main__":
    if getattr(sys, "frozen", False):  # a worker process of a folder run (issue 21) in the packaged app
        import multiprocessing

        multiprocessing.freeze_support()
    sys.exit(main())
