"""``restore ANSWER --session ID [-o OUT]``: put the originals back into a chatbot answer.

``ANSWER`` is a file (any format ``load_document`` reads) or ``-`` for stdin; ``-o`` may name a
folder (see :mod:`anonymizer.cli.files`). Placeholders the session does not know and originals the
answer never mentions are listed on stderr, and a warning goes there when the answer's placeholders
were not issued by this session (another session's answer).
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from anonymizer.cli.common import add_policy_argument, before_output, effective_policy_for_args
from anonymizer.cli.files import STDIN, load_input, output_target
from anonymizer.documents.atomic import write_text_atomically
from anonymizer.sessions import check_session_id, persistent_session_store


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "restore",
        help="Originale in eine Chatbot-Antwort zurückschreiben.",
        description="Setzt die Originale einer aufbewahrten Sitzung in die Antwort eines Chatbots ein.",
    )
    parser.add_argument("answer", metavar="ANTWORT", help="Datei mit der Antwort des Chatbots, oder - für stdin.")
    parser.add_argument("--session", required=True, metavar="ID", help="Die Sitzung, in der maskiert wurde.")
    parser.add_argument(
        "-o", "--output", metavar="AUSGABE", help="Ausgabedatei (Text) oder Ordner (mit / am Ende). Ohne -o: stdout."
    )
    add_policy_argument(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    target = output_target(args.output, args.answer) if args.output else None
    policy = effective_policy_for_args(args).policy
    store = persistent_session_store(policy)
    session = store.load(check_session_id(args.session), policy)
    document = load_input(args.answer)
    result = session.restore(document.text)
    before_output(args, "restore", [], "stdin" if args.answer == STDIN else document.kind)
    if target is not None:
        write_text_atomically(target.prepare(), result.text, None if args.answer == STDIN else document.path)
    else:
        sys.stdout.write(result.text)
        sys.stdout.flush()
    if result.warning:
        print(f"Warnung: {result.warning}", file=sys.stderr)
    if result.unresolved:
        print(f"Nicht aufgelöste Platzhalter: {', '.join(result.unresolved)}", file=sys.stderr)
    if result.unmentioned:
        print(f"In der Antwort nicht erwähnt: {', '.join(result.unmentioned)}", file=sys.stderr)
    return 0
