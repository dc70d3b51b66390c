"""``anonymize IN [-o OUT] [--mode MODE] [--session [ID]]``: the masked text to stdout or into a file.

``IN`` may be ``-`` for text on stdin; ``-o`` may name a folder (see :mod:`anonymizer.cli.files`).

Without ``--session`` nothing is kept and no keyring is needed. With ``--session ID`` the session is
continued (same numbering) or created under that id, and kept encrypted so that ``restore`` can run
later; ``--session`` alone creates a new id. The session id goes to stderr as "Sitzung: ID".
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from anonymizer.cli.common import (
    add_policy_argument,
    before_output,
    effective_policy_for_args,
    engine_for_args,
    print_notes,
)
from anonymizer.cli.files import load_input, output_target
from anonymizer.documents import LoadedDocument
from anonymizer.documents.output import write_masked_file
from anonymizer.masking import MaskingSession, MaskResult, new_session_id
from anonymizer.sessions import SessionStore, check_session_id, persistent_session_store

MODES = ("placeholder", "surrogate", "redact", "mask")


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "anonymize",
        help="Eine Datei maskieren.",
        description="Maskiert eine Datei (Text, Word, PDF, E-Mail) und schreibt das Ergebnis nach stdout oder -o.",
    )
    parser.add_argument("input", metavar="EINGABE", help="Die Datei, oder - für Text über stdin.")
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
        help="Sitzung fortsetzen oder anlegen und verschlüsselt aufbewahren (ohne ID: neue Sitzung).",
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


def write_output(args: argparse.Namespace, document: LoadedDocument, result: MaskResult) -> list[str]:
    """The one place where the masked result leaves the command (a file or stdout); returns the writer's notes."""
    if args.output:
        # Output format = input format: a .docx target gets the cleaned Word file (documents.output);
        # the policy decides whether its images and embedded objects are removed.
        remove_embedded = effective_policy_for_args(args).policy.remove_embedded
        target = output_target(args.output, args.input).prepare()
        return list(
            write_masked_file(
                document.path, document.kind, target, result.text, result.replacements, remove_images=remove_embedded
            )
        )
    sys.stdout.write(result.text)
    sys.stdout.flush()
    return []


def run(args: argparse.Namespace) -> int:
    if args.output:
        output_target(args.output, args.input)  # a wrong -o fails before the model is loaded
    document = load_input(args.input)
    with _open_session(args) as (session, store):
        findings = engine_for_args(args).analyze(document.text, masked_only=True)
        result = session.mask(document.text, findings, operator=args.mode)
        before_output(args, "save" if args.output else "copy", findings, document.kind)
        if store is not None:
            store.save(session)
    output_notes = write_output(args, document, result)
    # A saved Word file is described by the writer's notes (what it still holds, or what the policy
    # removed); the reader's notes on the input would then repeat or contradict them.
    saved_docx = (
        bool(args.output)
        and document.kind == "docx"
        and output_target(args.output, args.input).path.suffix.lower() == ".docx"
    )
    input_notes = () if saved_docx else document.notes
    print_notes(dict.fromkeys([*input_notes, *output_notes]))
    if store is not None:
        print(f"Sitzung: {session.session_id}", file=sys.stderr)
    return 0
