"""Writes a :class:`Policy` as a TOML file in the documented schema (the DSB editor's "Speichern").

``tomllib`` only reads, so this is a small writer for exactly our schema. Every file it writes is
read back through the schema check before it replaces anything: the editor can only ever save a
file that ``policy validate`` accepts.
"""

from __future__ import annotations

import os
from pathlib import Path

from anonymizer.entities import ALL_TYPES
from anonymizer.errors import OutputFileError
from anonymizer.policy.model import Policy
from anonymizer.policy.schema import PolicyIssue, PolicyValidationError, check_policy_text


def _basic(text: str) -> str:
    """A TOML basic string with every character that needs it escaped."""
    out = []
    for char in text:
        if char == "\\":
            out.append("\\\\")
        elif char == '"':
            out.append('\\"')
        elif char == "\n":
            out.append("\\n")
        elif char == "\t":
            out.append("\\t")
        elif ord(char) < 0x20 or ord(char) == 0x7F:
            out.append(f"\\u{ord(char):04x}")
        else:
            out.append(char)
    return '"' + "".join(out) + '"'


def _regex_literal(regex: str) -> str:
    """Regexes read best as literal strings ('KITA-\\d{4}'), which need no escaping."""
    if "'" not in regex and not any(ord(c) < 0x20 or ord(c) == 0x7F for c in regex):
        return f"'{regex}'"
    return _basic(regex)


def _multiline(text: str) -> str:
    """A multi-line basic string; a final line-ending backslash keeps a missing last newline missing."""
    body = "\n".join(_basic(line)[1:-1] for line in text.split("\n"))
    return '"""\n' + body + ('"""' if text.endswith("\n") else '\\\n"""')


def _relative(path: Path, base_dir: Path | None) -> str:
    if base_dir is not None:
        try:
            return path.resolve().relative_to(base_dir.resolve()).as_posix()
        except ValueError:
            pass
    return str(path)


def policy_to_toml(policy: Policy, base_dir: Path | None = None) -> str:
    """The whole policy as TOML; term-list paths relative to ``base_dir`` where they lie below it."""
    lines = [
        "# Richtlinie für den Anonymisierungshelfer (erstellt mit dem Richtlinien-Editor).",
        "# Prüfen: python main.py policy validate DATEI",
        "",
    ]
    for entity_type in ALL_TYPES:
        rule = policy.rule(entity_type)
        lines += [f"[categories.{entity_type}]", f"mask = {str(rule.mask).lower()}"]
        lines += [f'operator = "{rule.operator}"', ""]
    lines.append("[terms]")
    lines.append("allow = [" + ", ".join(_basic(t) for t in policy.allow_terms) + "]")
    if policy.deny_terms:
        lines.append("deny = [")
        lines += [f"  {{ text = {_basic(d.text)}, type = {_basic(d.type)} }}," for d in policy.deny_terms]
        lines.append("]")
    else:
        lines.append("deny = []")
    lines.append("")
    for pattern in policy.patterns:
        lines += [
            "[[patterns]]",
            f"name = {_basic(pattern.name)}",
            f"type = {_basic(pattern.type)}",
            f"regex = {_regex_literal(pattern.regex)}",
            "context = [" + ", ".join(_basic(w) for w in pattern.context) + "]",
            f"score = {pattern.score:g}",
            "",
        ]
    for ref in policy.term_lists:
        lines += ["[[term_lists]]", f"path = {_basic(_relative(ref.path, base_dir))}", f"type = {_basic(ref.type)}"]
        if ref.column is not None:
            lines.append(f"column = {ref.column}" if isinstance(ref.column, int) else f"column = {_basic(ref.column)}")
        lines.append("")
    lines += [
        "[review]",
        f"confirm_before_copy = {str(policy.confirm_before_copy).lower()}",
        f"allow_unmask = {str(policy.allow_unmask).lower()}",
        "",
        "[sessions]",
        f"keep_days = {policy.keep_days}",
        "",
        "[audit]",
        f"enabled = {str(policy.audit.enabled).lower()}",
        f"user = {str(policy.audit.user).lower()}",
    ]
    if policy.audit.path is not None:
        lines.append(f"path = {_basic(str(policy.audit.path))}")
    lines += ["", "[guideline]", f"text = {_multiline(policy.guideline) if policy.guideline else chr(34) * 2}", ""]
    lines += ["[documents]", f"remove_embedded = {str(policy.remove_embedded).lower()}", ""]
    return "\n".join(lines)


def check_policy(policy: Policy, base_dir: Path) -> tuple[str, list[PolicyIssue]]:
    """The TOML for ``policy`` and the problems the schema check finds in it."""
    text = policy_to_toml(policy, base_dir)
    _layer, issues = check_policy_text(text, base_dir)
    return text, issues


def save_policy(policy: Policy, path: Path) -> None:
    """Write ``policy`` to ``path`` only if it validates; replace the old file atomically."""
    text, issues = check_policy(policy, path.parent)
    if issues:
        raise PolicyValidationError(path, issues)
    temp = path.with_name(f".{path.name}.tmp")
    try:
        temp.write_text(text, encoding="utf-8")
        os.replace(temp, path)
    except OSError:
        temp.unlink(missing_ok=True)
        raise OutputFileError(f"Die Richtlinie „{path.name}“ kann nicht gespeichert werden.") from None
