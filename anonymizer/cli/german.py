"""argparse in German: usage, help and every error message, not German wrappers around English text.

argparse passes each of its texts through ``gettext`` (looked up as the module globals ``_`` and
``ngettext`` at call time), which is the documented way to translate it. :func:`german_messages`
swaps those two for a lookup in :data:`MESSAGES` while a parser is built, parses or formats help,
and restores them afterwards. Texts of other Python versions that are not listed stay English
(a test on the running Python checks that the common paths are all German).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any, NoReturn

#: argparse's message ids (Python 3.11-3.13) and their German text; placeholders unchanged.
MESSAGES: dict[str, str] = {
    "usage: ": "Aufruf: ",
    "positional arguments": "Argumente",
    "options": "Optionen",
    "optional arguments": "Optionen",
    "show this help message and exit": "Diese Hilfe anzeigen und beenden.",
    "show program's version number and exit": "Versionsnummer anzeigen und beenden.",
    "argument %(argument_name)s: %(message)s": "Argument %(argument_name)s: %(message)s",
    "unrecognized arguments: %s": "unbekannte Argumente: %s",
    "the following arguments are required: %s": "fehlende Angabe: %s",
    "invalid choice: %(value)r (choose from %(choices)s)": "ungültige Auswahl %(value)r (möglich: %(choices)s)",
    "invalid choice: %(value)r, maybe you meant %(closest)r? (choose from %(choices)s)": (
        "ungültige Auswahl %(value)r, vielleicht %(closest)r? (möglich: %(choices)s)"
    ),
    "expected one argument": "erwartet einen Wert",
    "expected at most one argument": "erwartet höchstens einen Wert",
    "expected at least one argument": "erwartet mindestens einen Wert",
    "not allowed with argument %s": "nicht zusammen mit %s erlaubt",
    "ignored explicit argument %r": "nimmt keinen Wert an (%r)",
    "one of the arguments %s is required": "eines der Argumente %s ist nötig",
    "ambiguous option: %(option)s could match %(matches)s": "mehrdeutige Option %(option)s: passt zu %(matches)s",
    "invalid %(type)s value: %(value)r": "ungültiger Wert %(value)r",
    "unknown parser %(parser_name)r (choices: %(choices)s)": (
        "unbekannter Befehl %(parser_name)r (möglich: %(choices)s)"
    ),
    "can't open '%(filename)s': %(error)s": "„%(filename)s“ kann nicht geöffnet werden: %(error)s",
    "unexpected option string: %s": "unerwartete Option: %s",
    "%(prog)s: error: %(message)s\n": "%(prog)s: Aufruf fehlerhaft: %(message)s\n",
}
PLURALS: dict[tuple[str, str], tuple[str, str]] = {
    ("expected %s argument", "expected %s arguments"): ("erwartet %s Wert", "erwartet %s Werte"),
}


def _gettext(message: str) -> str:
    return MESSAGES.get(message, message)


def _ngettext(singular: str, plural: str, count: int) -> str:
    german = PLURALS.get((singular, plural))
    if german is None:
        return singular if count == 1 else plural
    return german[0] if count == 1 else german[1]


@contextmanager
def german_messages() -> Iterator[None]:
    """argparse speaks German inside this block (nested blocks are fine)."""
    module: Any = argparse
    saved = module._, module.ngettext
    module._, module.ngettext = _gettext, _ngettext
    try:
        yield
    finally:
        module._, module.ngettext = saved


class GermanHelpFormatter(argparse.HelpFormatter):
    """Help text with "Aufruf:" instead of "usage:" (argparse's prefix is looked up too early for gettext)."""

    def add_usage(
        self,
        usage: str | None,
        actions: Any,
        groups: Any,
        prefix: str | None = None,
    ) -> None:
        super().add_usage(usage, actions, groups, prefix if prefix is not None else MESSAGES["usage: "])


class GermanArgumentParser(argparse.ArgumentParser):
    """An ArgumentParser whose every text is German; a usage error is one German line and exit code 2."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", GermanHelpFormatter)
        with german_messages():
            super().__init__(*args, **kwargs)

    def parse_args(  # type: ignore[override]
        self, args: Sequence[str] | None = None, namespace: argparse.Namespace | None = None
    ) -> argparse.Namespace:
        with german_messages():
            return super().parse_args(args, namespace)

    def parse_known_args(  # type: ignore[override]
        self, args: Sequence[str] | None = None, namespace: argparse.Namespace | None = None
    ) -> tuple[argparse.Namespace, list[str]]:
        with german_messages():
            return super().parse_known_args(args, namespace)

    def format_usage(self) -> str:
        with german_messages():
            return super().format_usage()

    def format_help(self) -> str:
        with german_messages():
            return super().format_help()

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(2, _gettext("%(prog)s: error: %(message)s\n") % {"prog": self.prog, "message": message})
