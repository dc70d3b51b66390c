"""``anonymize IN [-o OUT] [--mode MODE] [--session [ID]]``: the masked text to stdout or into a file.

``IN`` may be ``-`` for text on stdin; ``-o`` may name a folder (see :mod:`anonymizer.cli.files`).
``IN`` may be a folder too: then ``-o`` names the output folder and :mod:`anonymizer.cli.folder_cmd` runs.
A long text shows its progress on stderr when that is a terminal.

Without ``--session`` nothing is kept and no keyring is needed. With ``--session ID`` the session is
continued (same numbering) or created under that id, and kept encrypted so that ``restore`` can run
later; ``--session`` alone creates a new id. The session id goes to stderr as "Sitzung: ID".
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from anonymizer.cli import folder_cmd
from anonymizer.cli.common import (
    add_policy_argument,
    before_output,
    effective_policy_for_args,
    engine_for_args,
    print_notes,
)
from anonymizer.cli.files import STDIN, OutputTarget, load_input, output_target
from anonymizer.cli.progress import TerminalProgress
from anonymizer.documents import LoadedDocument
from anonymizer.documents.output import write_masked_file
from anonymizer.entities import Finding
from anonymizer.masking import MaskingSession, MaskResult, new_session_id
from anonymizer.sessions import SessionStore, check_session_id, persistent_session_store

MODES = ("placeholder", "surrogate", "redact", "mask")
#: From this length on a text shows its progress on a terminal (about two seconds of work).
LONG_TEXT = 100_000


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "anonymize",
        help="Eine Datei oder einen ganzen Ordner maskieren.",
        description="Maskiert eine Datei (Text, Word, PDF, E-Mail) und schreibt das Ergebnis nach stdout oder -o. "
        "Ist EINGABE ein Ordner, wird jede unterstützte Datei darin (mit Unterordnern) in denselben relativen "
        "Pfad unter -o AUSGABEORDNER bereinigt, in einer Sitzung: dieselbe Person bekommt in jeder Datei "
        "denselben Platzhalter. PDF- und E-Mail-Dateien werden als Text gespeichert (Name.pdf.txt), Namen in "
        "Datei- und Ordnernamen maskiert, andere Dateien nur im Bericht aufgeführt, nie kopiert. Ein erneuter "
        "Aufruf nach einem Abbruch setzt fort und schreibt fertige Dateien nicht noch einmal.",
    )
    parser.add_argument("input", metavar="EINGABE", help="Die Datei, ein Ordner, oder - für Text über stdin.")
    parser.add_argument(
        "-o",
        "--output",
        metavar="AUSGABE",
        help="Ausgabedatei im Format der Eingabe (Word bleibt Word); ein Ordner (mit / am Ende oder "
        "vorhanden) bekommt die Datei unter ihrem Namen. Ohne -o: stdout.",
    )
    parser.add_argument(
        "--mode",
        choices=MODES,
        metavar="ART",
        help="Ersetzungsart für alle maskierten Kategorien: placeholder, surrogate, redact oder mask "
        "(Standard: laut Richtlinie).",
    )
    parser.add_argument(
        "--session",
        nargs="?",
        const="",
        metavar="ID",
        help="Sitzung fortsetzen oder anlegen und verschlüsselt aufbewahren (ohne ID: neue Sitzung). Ein Ordner "
        "wird immer in einer aufbewahrten Sitzung bereinigt: ohne --session in der des Ausgabeordners oder "
        "einer neuen.",
    )
    parser.add_argument(
        "--jobs",
        type=folder_cmd.positive_int,
        metavar="N",
        help="Nur für Ordner: so viele Prozesse prüfen Dateien gleichzeitig, jeder lädt das Sprachmodell einmal "
        "(Standard: Zahl der Prozessorkerne, höchstens 4).",
    )
    parser.add_argument(
        "--report",
        metavar="BERICHT.csv",
        help="Nur für Ordner: Bericht als CSV (UTF-8, Semikolon, für Excel) — je Datei Pfad, Status, Meldung "
        "und Anzahl je Kategorie, nie ein Wert.",
    )
    parser.add_argument(
        "--force",
        action="store_true",
        help="Nur für Ordner: alle Dateien neu bereinigen, auch die schon fertigen (und in einen nicht leeren "
        "Ausgabeordner schreiben).",
    )
    add_policy_argument(parser)
    parser.set_defaults(handler=run)


@contextmanager
def _open_session(args: argparse.Namespace) -> Iterator[tuple[MaskingSession, SessionStore | None]]:
    """The session to mask with; a kept one stays locked until the block has saved it.

    The lock spans load → mask → save, so a second ``anonymize --session ID`` running at the same
    time waits, then reads this run's table and continues its numbering.
    """
    policy = effective_policy_for_args(args).policy
    if args.session is None:
        yield MaskingSession(policy), None
        return
    store = persistent_session_store(policy)
    session_id = check_session_id(args.session) if args.session else new_session_id()
    with store.locked(session_id):
        if store.exists(session_id):
            yield store.load(session_id, policy), store
        else:
            yield MaskingSession(policy, session_id), store


def write_output(
    args: argparse.Namespace, target: OutputTarget | None, document: LoadedDocument, result: MaskResult
) -> list[str]:
    """The one place where the masked result leaves the command (``target``, or stdout without ``-o``);
    returns the writer's notes."""
    if target is not None:
        # Output format = input format: a .docx target gets the cleaned Word file (documents.output);
        # the policy decides whether its images and embedded objects are removed.
        remove_embedded = effective_policy_for_args(args).policy.remove_embedded
        path = target.prepare()
        return list(
            write_masked_file(
                document.path, document.kind, path, result.text, result.replacements, remove_images=remove_embedded
            )
        )
    sys.stdout.write(result.text)
    sys.stdout.flush()
    return []


def _analyze(args: argparse.Namespace, text: str) -> list[Finding]:
    """The findings the policy masks; a long text shows its progress on a terminal."""
    engine = engine_for_args(args)
    terminal = TerminalProgress.for_stderr() if len(text) >= LONG_TEXT else None
    if terminal is None:
        return engine.analyze(text, masked_only=True)
    try:
        return engine.analyze(text, terminal.text(len(text)), masked_only=True)
    finally:
        terminal.close()


def run(args: argparse.Namespace) -> int:
    folder_cmd.check_arguments(args)
    if args.input != STDIN and Path(args.input).is_dir():
        return folder_cmd.run(args)
    # A wrong -o fails before the model is loaded.
    target = output_target(args.output, args.input) if args.output else None
    document = load_input(args.input)
    with _open_session(args) as (session, store):
        findings = _analyze(args, document.text)
        result = session.mask(document.text, findings, operator=args.mode)
        before_output(args, "save" if target is not None else "copy", findings, document.kind)
        if store is not None:
            store.save(session)
    output_notes = write_output(args, target, document, result)
    # A saved Word file is described by the writer's notes (what it still holds, or what the policy
    # removed); the reader's notes on the input would then repeat or contradict them.
    saved_docx = target is not None and document.kind == "docx" and target.path.suffix.lower() == ".docx"
    input_notes = () if saved_docx else document.notes
    print_notes(dict.fromkeys([*input_notes, *output_notes]))
    if store is not None:
        print(f"Sitzung: {session.session_id}", file=sys.stderr)
    return 0
