"""Reads one policy file into a :class:`PolicyLayer` and checks it against the schema.

The file format is a contract between the app, IT and the data protection officer (docs/policy.md).
Every problem is collected — not just the first — with the line it is on, so that
``policy validate`` can list them all and the DSB fixes a file in one go. A layer is only ever
used when it has no problem at all: a policy is never half-applied.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from anonymizer.entities import ALL_TYPES
from anonymizer.errors import PolicyError
from anonymizer.policy.locate import Path_, SourceLocator
from anonymizer.policy.model import OPERATORS, DenyTerm, OwnPattern, TermListRef

SECTIONS = (
    "categories", "terms", "patterns", "term_lists", "review", "sessions", "audit", "guideline", "documents"
)
_TABLE_KEYS: dict[str, tuple[str, ...]] = {
    "terms": ("allow", "deny"),
    "review": ("confirm_before_copy", "allow_unmask"),
    "sessions": ("keep_days",),
    "audit": ("enabled", "path", "user"),
    "guideline": ("text",),
    "documents": ("remove_embedded",),
}
_CATEGORY_KEYS = ("mask", "operator")
_PATTERN_KEYS = ("name", "type", "regex", "context", "score")
_TERM_LIST_KEYS = ("path", "type", "column")
_OPERATOR_TEXT = "placeholder, surrogate, redact, mask oder keep"


@dataclass(frozen=True, slots=True)
class PolicyIssue:
    """One problem in a policy file, with the line it is on."""

    line: int
    message: str

    def __str__(self) -> str:
        return f"Zeile {self.line}: {self.message}"


class PolicyValidationError(PolicyError):
    """A policy file does not match the schema; ``issues`` lists every problem."""

    def __init__(self, path: Path | None, issues: list[PolicyIssue]) -> None:
        self.path = path
        self.issues = issues
        where = f"Die Richtlinie „{path}“" if path else "Die Richtlinie"
        more = f" (und {len(issues) - 1} weitere Fehler)" if len(issues) > 1 else ""
        super().__init__(f"{where} ist ungültig: {issues[0]}{more}")


@dataclass
class PolicyLayer:
    """What one policy file says, and nothing more: absent keys stay absent.

    ``settings`` holds the scalar settings under dotted names (``categories.PERSON.mask``,
    ``review.confirm_before_copy``, ``sessions.keep_days``, ``audit.path``, ``guideline.text``,
    ``documents.remove_embedded``);
    lists are kept apart because layers add to them instead of replacing them.
    """

    path: Path | None = None
    settings: dict[str, Any] = field(default_factory=dict)
    allow_terms: list[str] = field(default_factory=list)
    deny_terms: list[DenyTerm] = field(default_factory=list)
    patterns: list[OwnPattern] = field(default_factory=list)
    term_lists: list[TermListRef] = field(default_factory=list)


class _Checker:
    """Walks the parsed TOML and fills a layer, collecting issues with their lines."""

    def __init__(self, source: str, base_dir: Path) -> None:
        self.locator = SourceLocator(source)
        self.base_dir = base_dir
        self.issues: list[PolicyIssue] = []
        self.layer = PolicyLayer()

    def issue(self, path: Path_, message: str) -> None:
        self.issues.append(PolicyIssue(self.locator.line_of(path), message))

    def _unknown_keys(self, path: Path_, table: dict[str, Any], allowed: tuple[str, ...]) -> None:
        for key in table:
            if key not in allowed:
                self.issue((*path, key), f"unbekannter Schlüssel `{key}` (erlaubt: {', '.join(allowed)})")

    def _table(self, data: dict[str, Any], key: str) -> dict[str, Any] | None:
        value = data.get(key)
        if value is None:
            return None
        if not isinstance(value, dict):
            self.issue((key,), f"`{key}` muss ein Abschnitt [{key}] sein")
            return None
        return value

    def _bool(self, path: Path_, value: Any) -> bool | None:
        if isinstance(value, bool):
            return value
        self.issue(path, f"`{path[-1]}` muss true oder false sein")
        return None

    def _text(self, path: Path_, value: Any, *, allow_empty: bool = False) -> str | None:
        if isinstance(value, str) and (allow_empty or value.strip()):
            return value
        last = path[-1]
        label = f"`{path[-2]}` Eintrag {last + 1}" if isinstance(last, int) else f"`{last}`"
        self.issue(path, f"{label} muss ein nicht leerer Text in Anführungszeichen sein")
        return None

    def _type(self, path: Path_, value: Any) -> str | None:
        if isinstance(value, str) and value in ALL_TYPES:
            return value
        if value is None:
            self.issue(path, "`type` fehlt (eine Kategorie wie PERSON, ADDRESS oder REFERENCE)")
        else:
            self.issue(path, f"`type` „{value}“ ist keine bekannte Kategorie (z. B. PERSON, ADDRESS, REFERENCE)")
        return None

    def check(self, data: dict[str, Any]) -> None:
        for key in data:
            if key not in SECTIONS:
                self.issue((key,), f"unbekannter Abschnitt `{key}` (erlaubt: {', '.join(SECTIONS)})")
        self._categories(data)
        self._terms(data)
        self._patterns(data)
        self._term_lists(data)
        self._scalars(data)

    def _categories(self, data: dict[str, Any]) -> None:
        categories = self._table(data, "categories")
        if categories is None:
            return
        for name, table in categories.items():
            path: Path_ = ("categories", name)
            if name not in ALL_TYPES:
                self.issue(path, f"unbekannte Kategorie `{name}` (z. B. PERSON, ADDRESS, IBAN, REFERENCE)")
                continue
            if not isinstance(table, dict):
                self.issue(path, f"`categories.{name}` muss ein Abschnitt [categories.{name}] sein")
                continue
            self._unknown_keys(path, table, _CATEGORY_KEYS)
            if "mask" in table:
                mask = self._bool((*path, "mask"), table["mask"])
                if mask is not None:
                    self.layer.settings[f"categories.{name}.mask"] = mask
            if "operator" in table:
                operator = table["operator"]
                if operator in OPERATORS:
                    self.layer.settings[f"categories.{name}.operator"] = operator
                else:
                    self.issue((*path, "operator"), f"`operator` muss {_OPERATOR_TEXT} sein")

    def _terms(self, data: dict[str, Any]) -> None:
        terms = self._table(data, "terms")
        if terms is None:
            return
        self._unknown_keys(("terms",), terms, _TABLE_KEYS["terms"])
        allow = terms.get("allow", [])
        if not isinstance(allow, list):
            self.issue(("terms", "allow"), "`allow` muss eine Liste von Texten sein, z. B. [\"Kreis Coesfeld\"]")
        else:
            for index, item in enumerate(allow):
                text = self._text(("terms", "allow", index), item)
                if text is not None:
                    self.layer.allow_terms.append(text.strip())
        deny = terms.get("deny", [])
        if not isinstance(deny, list):
            example = '[{ text = "Falkenhorst", type = "REFERENCE" }]'
            self.issue(("terms", "deny"), f"`deny` muss eine Liste sein, z. B. {example}")
            return
        for index, item in enumerate(deny):
            path: Path_ = ("terms", "deny", index)
            if not isinstance(item, dict):
                self.issue(path, f"`deny` Eintrag {index + 1} muss die Form {{ text = \"…\", type = \"…\" }} haben")
                continue
            self._unknown_keys(path, item, ("text", "type"))
            text = self._text((*path, "text"), item.get("text"))
            entity_type = self._type((*path, "type"), item.get("type"))
            if text is not None and entity_type is not None:
                self.layer.deny_terms.append(DenyTerm(text.strip(), entity_type))

    def _array_of_tables(self, data: dict[str, Any], key: str) -> list[tuple[Path_, dict[str, Any]]]:
        value = data.get(key, [])
        if not isinstance(value, list):
            self.issue((key,), f"`{key}` muss als [[{key}]] geschrieben werden")
            return []
        tables: list[tuple[Path_, dict[str, Any]]] = []
        for index, item in enumerate(value):
            if isinstance(item, dict):
                tables.append(((key, index), item))
            else:
                self.issue((key, index), f"jeder Eintrag in `{key}` muss ein Abschnitt [[{key}]] sein")
        return tables

    def _patterns(self, data: dict[str, Any]) -> None:
        names: set[str] = set()
        for path, table in self._array_of_tables(data, "patterns"):
            self._unknown_keys(path, table, _PATTERN_KEYS)
            name = self._text((*path, "name"), table.get("name"))
            if name is not None:
                if name in names:
                    self.issue((*path, "name"), f"`name` „{name}“ ist doppelt vergeben")
                names.add(name)
            entity_type = self._type((*path, "type"), table.get("type"))
            regex = self._regex((*path, "regex"), table.get("regex"))
            context: list[str] = []
            raw_context = table.get("context", [])
            if not isinstance(raw_context, list) or not all(isinstance(w, str) and w.strip() for w in raw_context):
                self.issue((*path, "context"), "`context` muss eine Liste von Wörtern sein, z. B. [\"Kita\"]")
            else:
                context = [w.strip() for w in raw_context]
            score = table.get("score", 0.8)
            if isinstance(score, bool) or not isinstance(score, (int, float)) or not 0 < score <= 1:
                self.issue((*path, "score"), "`score` muss eine Zahl größer 0 und höchstens 1 sein")
                score = None
            if name is not None and entity_type is not None and regex is not None and score is not None:
                self.layer.patterns.append(OwnPattern(name, entity_type, regex, tuple(context), float(score)))

    def _regex(self, path: Path_, value: Any) -> str | None:
        text = self._text(path, value)
        if text is None:
            return None
        try:
            compiled = re.compile(text)
        except re.error as error:
            self.issue(path, f"`regex` ist kein gültiger regulärer Ausdruck ({error.msg})")
            return None
        if compiled.fullmatch(""):
            self.issue(path, "`regex` passt auch auf leeren Text und würde nichts Sinnvolles finden")
            return None
        return text

    def _term_lists(self, data: dict[str, Any]) -> None:
        for path, table in self._array_of_tables(data, "term_lists"):
            self._unknown_keys(path, table, _TERM_LIST_KEYS)
            raw_path = self._text((*path, "path"), table.get("path"))
            entity_type = self._type((*path, "type"), table.get("type"))
            column = table.get("column")
            if column is not None and (
                isinstance(column, bool)
                or not isinstance(column, (str, int))
                or (isinstance(column, int) and column < 1)
                or (isinstance(column, str) and not column.strip())
            ):
                self.issue((*path, "column"), "`column` muss der Spaltenname oder eine Spaltennummer ab 1 sein")
                column = None
            if raw_path is None:
                continue
            file = Path(raw_path).expanduser()
            if not file.is_absolute():
                file = self.base_dir / file
            if not file.is_file():
                self.issue((*path, "path"), f"`path`: die Begriffsliste „{raw_path}“ existiert nicht")
                continue
            if entity_type is not None:
                self.layer.term_lists.append(TermListRef(file.resolve(), entity_type, column))

    def _scalars(self, data: dict[str, Any]) -> None:
        for section in ("review", "sessions", "audit", "guideline", "documents"):
            table = self._table(data, section)
            if table is None:
                continue
            self._unknown_keys((section,), table, _TABLE_KEYS[section])
            for key, value in table.items():
                path: Path_ = (section, key)
                checked: Any = None
                if key in ("confirm_before_copy", "allow_unmask", "enabled", "user", "remove_embedded"):
                    checked = self._bool(path, value)
                elif key == "keep_days":
                    if isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= 3650:
                        checked = value
                    else:
                        self.issue(path, "`keep_days` muss eine ganze Zahl von 0 bis 3650 sein (0 = nur im Speicher)")
                elif key == "path":
                    text = self._text(path, value)
                    if text is not None:
                        folder = Path(text).expanduser()
                        checked = folder if folder.is_absolute() else self.base_dir / folder
                elif key == "text":
                    checked = self._text(path, value, allow_empty=True)
                else:
                    continue
                if checked is not None:
                    self.layer.settings[f"{section}.{key}"] = checked


def _decode_error_issue(error: tomllib.TOMLDecodeError) -> PolicyIssue:
    message = str(error)
    found = re.search(r"\(at line (\d+), column (\d+)\)", message)
    reason = re.sub(r"\s*\(at (line \d+, column \d+|end of document)\)", "", message)
    if found:
        return PolicyIssue(int(found.group(1)), f"kein gültiges TOML in Spalte {found.group(2)} ({reason})")
    return PolicyIssue(1, f"kein gültiges TOML ({reason})")


def check_policy_text(source: str, base_dir: Path, path: Path | None = None) -> tuple[PolicyLayer, list[PolicyIssue]]:
    """Parse and check a policy text; the layer is only meaningful when the issue list is empty."""
    try:
        data = tomllib.loads(source)
    except tomllib.TOMLDecodeError as error:
        return PolicyLayer(path=path), [_decode_error_issue(error)]
    checker = _Checker(source, base_dir)
    checker.check(data)
    checker.layer.path = path
    issues = sorted(checker.issues, key=lambda issue: issue.line)
    return checker.layer, issues


def read_policy_source(path: Path) -> str:
    """The text of a policy file (UTF-8, BOM tolerated); PolicyError when it cannot be read."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise PolicyError(f"Die Richtlinie „{path}“ existiert nicht.") from None
    except OSError:
        raise PolicyError(f"Die Richtlinie „{path}“ kann nicht gelesen werden.") from None
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise PolicyValidationError(path, [PolicyIssue(1, "die Datei ist nicht in UTF-8 gespeichert")]) from None


def validate_policy_file(path: Path) -> list[PolicyIssue]:
    """Every problem in the policy file at ``path`` (empty when it is valid)."""
    try:
        source = read_policy_source(path)
    except PolicyValidationError as error:
        return error.issues
    _layer, issues = check_policy_text(source, path.parent, path)
    return issues


def read_layer(path: Path) -> PolicyLayer:
    """The layer in ``path``; raises :class:`PolicyValidationError` listing every problem."""
    source = read_policy_source(path)
    layer, issues = check_policy_text(source, path.parent, path)
    if issues:
        raise PolicyValidationError(path, issues)
    return layer
