"""The policy layers and the binding rule that joins them.

built-in default (``resources/policy/default.toml``) < machine-wide (deployed by IT: the fixed file,
then the file a Group Policy names) < user < extra layers from the environment.

- The machine-wide layers are read only from places an administrator controls
  (:mod:`anonymizer.policy.locations`); nothing the clerk sets can replace, move or hide them.
  Where one exists it is binding.
- A machine-wide policy (or the Group Policy value naming it) that exists but cannot be read or
  parsed — a dangling symbolic link included — fails closed: copying and ``anonymize`` are blocked
  with a German message naming the file, until IT fixes it; masking stays on.
- Every other layer — the clerk's own file, ``--policy FILE``, ``ANONYMISIERUNGSHELFER_USER_POLICY``
  and ``ANONYMISIERUNGSHELFER_MACHINE_POLICY`` (an extra layer now, for tests by IT) — may only add
  protection, over the built-in default as well; every weakening it tries is recorded as ignored
  (``policy show`` lists them). Audit settings come only from the machine-wide layer when it binds.
- A layer that does not validate is skipped as a whole.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import platformdirs

from anonymizer.entities import ALL_TYPES
from anonymizer.errors import PolicyError
from anonymizer.policy import locations
from anonymizer.policy.locations import GROUP_POLICY_LABEL, POLICY_FILE_NAME, SystemLocations
from anonymizer.policy.model import (
    OPERATOR_STRENGTH,
    AuditSettings,
    CategoryRule,
    DenyTerm,
    OwnPattern,
    Policy,
    TermListRef,
)
from anonymizer.policy.schema import PolicyIssue, PolicyLayer, PolicyValidationError, read_layer
from anonymizer.resources import resource_path

#: An extra layer for IT's tests: it can only add protection, like the user layer.
MACHINE_ENV = "ANONYMISIERUNGSHELFER_MACHINE_POLICY"
USER_ENV = "ANONYMISIERUNGSHELFER_USER_POLICY"

DEFAULT = "default"
MACHINE = "machine"
GROUP_POLICY = "group-policy"
USER = "user"
EXTRA = "environment"
#: The layers that may only add protection.
RESTRICTED_LAYERS = (USER, EXTRA)

BINDING_REASON = "Die maschinenweite Richtlinie ist verbindlich; die Benutzer-Richtlinie darf nur Schutz hinzufügen."
STRENGTHEN_ONLY_REASON = "Die Benutzer-Richtlinie darf nur Schutz hinzufügen, nicht die eingebauten Vorgaben schwächen."
AUDIT_REASON = "Das Nutzungsprotokoll legt allein die maschinenweite Richtlinie fest."


def _app_dir_name() -> str:
    return "Anonymisierungshelfer" if sys.platform in ("win32", "darwin") else "anonymisierungshelfer"


def default_policy_path() -> Path:
    return resource_path("policy", "default.toml")


def machine_policy_path() -> Path:
    """Where IT deploys the binding policy on this computer (the environment cannot move it).

    Falls back to the Linux place when the Windows API cannot tell ProgramData (the loader then
    reports that as a broken machine policy).
    """
    try:
        return locations.system_locations().machine_file
    except PolicyError:
        return locations.LINUX_MACHINE_POLICY


def user_policy_path() -> Path:
    """The clerk's own policy in the user config folder (the environment variable overrides it)."""
    override = os.environ.get(USER_ENV)
    if override:
        return Path(override)
    return Path(platformdirs.user_config_dir(_app_dir_name(), appauthor=False)) / POLICY_FILE_NAME


@dataclass(frozen=True, slots=True)
class LayerStatus:
    """One layer as it was found: ``state`` is "active", "missing" or "invalid"."""

    name: str
    path: Path | None
    state: str
    issues: tuple[PolicyIssue, ...] = ()
    message: str = ""


@dataclass(frozen=True, slots=True)
class IgnoredSetting:
    """A setting of a restricted layer that would have removed protection, and why it is ignored."""

    layer: str
    key: str
    value: Any
    reason: str = BINDING_REASON


def _weakens(key: str, new: Any, current: Any) -> bool:
    """True when changing ``key`` from ``current`` to ``new`` removes protection."""
    if current is None:
        return False
    if key.endswith(".mask") or key in ("audit.enabled", "review.confirm_before_copy", "documents.remove_embedded"):
        return bool(current) and not new
    if key.endswith(".operator"):
        return OPERATOR_STRENGTH[str(new)] < OPERATOR_STRENGTH[str(current)]
    if key == "review.allow_unmask":
        return bool(new) and not current
    if key == "sessions.keep_days":
        return int(new) > int(current)
    # Where the log goes, whether it names the user, and the guideline are the DSB's decision.
    return key in ("audit.path", "audit.user", "guideline.text") and new != current


@dataclass
class _Merge:
    """The layers folded so far, with the layer each value came from."""

    binding: bool = False
    settings: dict[str, Any] = field(default_factory=dict)
    sources: dict[str, str] = field(default_factory=dict)
    allow: list[tuple[str, str]] = field(default_factory=list)
    deny: list[tuple[DenyTerm, str]] = field(default_factory=list)
    patterns: list[tuple[OwnPattern, str]] = field(default_factory=list)
    term_lists: list[tuple[TermListRef, str]] = field(default_factory=list)
    ignored: list[IgnoredSetting] = field(default_factory=list)

    def apply(self, layer: PolicyLayer, name: str) -> None:
        restricted = name in RESTRICTED_LAYERS
        reason = BINDING_REASON if self.binding else STRENGTHEN_ONLY_REASON
        for key, value in layer.settings.items():
            if restricted and self.binding and key.startswith("audit."):
                self.ignored.append(IgnoredSetting(name, key, _jsonable(value), AUDIT_REASON))
                continue
            if restricted and _weakens(key, value, self.settings.get(key)):
                self.ignored.append(IgnoredSetting(name, key, _jsonable(value), reason))
                continue
            self.settings[key] = value
            self.sources[key] = name
        # The "seen" sets are built once per layer, not once per term (a DSB's lists can be long).
        allowed = {t.casefold() for t, _ in self.allow}
        for term in layer.allow_terms:
            if restricted:
                self.ignored.append(IgnoredSetting(name, "terms.allow", term, reason))
            elif term.casefold() not in allowed:
                self.allow.append((term, name))
                allowed.add(term.casefold())
        denied = {t for t, _ in self.deny}
        for deny in layer.deny_terms:
            if deny not in denied:
                self.deny.append((deny, name))
                denied.add(deny)
        known_names = {p.name for p, _ in self.patterns}
        for pattern in layer.patterns:
            if pattern.name in known_names:
                # Same name in a higher layer: keep both, but make the name unique for the report.
                pattern = replace(pattern, name=f"{pattern.name} ({name})")
            self.patterns.append((pattern, name))
        listed = {r for r, _ in self.term_lists}
        for ref in layer.term_lists:
            if ref not in listed:
                self.term_lists.append((ref, name))
                listed.add(ref)

    def policy(self) -> Policy:
        s = self.settings
        categories = {
            t: CategoryRule(
                bool(s.get(f"categories.{t}.mask", True)), str(s.get(f"categories.{t}.operator", "placeholder"))
            )
            for t in ALL_TYPES
        }
        return Policy(
            categories=categories,
            confirm_before_copy=bool(s.get("review.confirm_before_copy", True)),
            allow_unmask=bool(s.get("review.allow_unmask", True)),
            keep_days=int(s.get("sessions.keep_days", 7)),
            allow_terms=tuple(t for t, _ in self.allow),
            deny_terms=tuple(t for t, _ in self.deny),
            patterns=tuple(p for p, _ in self.patterns),
            term_lists=tuple(r for r, _ in self.term_lists),
            audit=AuditSettings(
                enabled=bool(s.get("audit.enabled", False)),
                path=s.get("audit.path"),
                user=bool(s.get("audit.user", False)),
            ),
            guideline=str(s.get("guideline.text", "")),
            remove_embedded=bool(s.get("documents.remove_embedded", False)),
        )


def _jsonable(value: Any) -> Any:
    return str(value) if isinstance(value, Path) else value


@dataclass(frozen=True)
class EffectivePolicy:
    """The policy a run obeys, and how it came about (for ``policy show`` and the GUI)."""

    policy: Policy
    layers: tuple[LayerStatus, ...]
    sources: dict[str, str]
    ignored: tuple[IgnoredSetting, ...] = ()
    binding: bool = False
    copy_blocked_reason: str | None = None
    locked: frozenset[str] = frozenset()
    list_sources: dict[str, list[tuple[Any, str]]] = field(default_factory=dict)

    @property
    def warnings(self) -> list[str]:
        """One German sentence per layer that could not be used."""
        return [layer.message for layer in self.layers if layer.state == "invalid"]

    def is_locked(self, key: str) -> bool:
        """True when the machine-wide policy fixes ``key`` (the GUI shows it as locked)."""
        return self.binding and (key in self.locked or key == "terms.allow")

    def to_json(self) -> dict[str, Any]:
        settings = {
            key: {"value": _jsonable(self._value(key)), "layer": layer} for key, layer in sorted(self.sources.items())
        }
        return {
            "binding": self.binding,
            "copy_blocked": self.copy_blocked_reason,
            "layers": [
                {
                    "layer": layer.name,
                    "path": str(layer.path) if layer.path else None,
                    "state": layer.state,
                    "errors": [str(issue) for issue in layer.issues],
                }
                for layer in self.layers
            ],
            "settings": settings,
            "terms": {
                "allow": [{"text": t, "layer": n} for t, n in self.list_sources.get("allow", [])],
                "deny": [{"text": t.text, "type": t.type, "layer": n} for t, n in self.list_sources.get("deny", [])],
            },
            "patterns": [
                {"name": p.name, "type": p.type, "regex": p.regex, "context": list(p.context), "score": p.score,
                 "layer": n}
                for p, n in self.list_sources.get("patterns", [])
            ],
            "term_lists": [
                {"path": str(r.path), "type": r.type, "layer": n} for r, n in self.list_sources.get("term_lists", [])
            ],
            "ignored": [
                {"layer": i.layer, "key": i.key, "value": i.value, "reason": i.reason} for i in self.ignored
            ],
        }

    def _value(self, key: str) -> Any:
        p = self.policy
        parts = key.split(".")
        if parts[0] == "categories":
            rule = p.rule(parts[1])
            return rule.mask if parts[2] == "mask" else rule.operator
        return {
            "review.confirm_before_copy": p.confirm_before_copy,
            "review.allow_unmask": p.allow_unmask,
            "sessions.keep_days": p.keep_days,
            "audit.enabled": p.audit.enabled,
            "audit.path": p.audit.path,
            "audit.user": p.audit.user,
            "guideline.text": p.guideline,
            "documents.remove_embedded": p.remove_embedded,
        }.get(key)


def _read(name: str, path: Path) -> tuple[PolicyLayer | None, LayerStatus]:
    if not path.exists():
        return None, LayerStatus(name, path, "missing")
    try:
        layer = read_layer(path)
    except PolicyValidationError as error:
        return None, LayerStatus(name, path, "invalid", tuple(error.issues), str(error))
    except PolicyError as error:
        return None, LayerStatus(name, path, "invalid", (), str(error))
    return layer, LayerStatus(name, path, "active")


def _read_binding(name: str, path: Path, *, required: bool) -> tuple[PolicyLayer | None, LayerStatus]:
    """A machine-wide layer: missing only when nothing is there at all — anything else that cannot be
    read (a dangling or looping link, no permission, a folder, invalid TOML) is "invalid" and blocks.

    ``required``: the Group Policy named this file, so its absence is an error too.
    """
    try:
        os.lstat(path)
    except (FileNotFoundError, NotADirectoryError):
        if required:
            message = f"Die Richtlinie „{path}“, die die Gruppenrichtlinie ({GROUP_POLICY_LABEL}) nennt, fehlt."
            return None, LayerStatus(name, path, "invalid", (), message)
        return None, LayerStatus(name, path, "missing")
    except OSError:
        return None, LayerStatus(name, path, "invalid", (), f"Die Richtlinie „{path}“ kann nicht geprüft werden.")
    if path.is_symlink() and not path.exists():
        message = f"Die Richtlinie „{path}“ ist eine Verknüpfung auf eine Datei, die es nicht gibt."
        return None, LayerStatus(name, path, "invalid", (), message)
    layer, status = _read(name, path)
    if status.state == "missing":  # vanished between the two looks: as unreadable
        return None, LayerStatus(name, path, "invalid", (), f"Die Richtlinie „{path}“ kann nicht gelesen werden.")
    return layer, status


def _machine_layers(system: SystemLocations | None) -> list[tuple[PolicyLayer | None, LayerStatus]]:
    """The binding layers in order: the fixed file, then the file the Group Policy names (if any)."""
    if system is None:
        try:
            system = locations.system_locations()
        except PolicyError as error:
            return [(None, LayerStatus(MACHINE, None, "invalid", (), str(error)))]
    found = [_read_binding(MACHINE, system.machine_file, required=False)]
    try:
        named = system.group_policy()
    except PolicyError as error:
        found.append((None, LayerStatus(GROUP_POLICY, None, "invalid", (), str(error))))
        return found
    if named is not None and named != system.machine_file:
        found.append(_read_binding(GROUP_POLICY, named, required=True))
    return found


def _default_layer() -> PolicyLayer:
    return read_layer(default_policy_path())


def load_effective_policy(
    user_override: Path | None = None, *, system: SystemLocations | None = None
) -> EffectivePolicy:
    """Fold default, machine-wide and user policy into the policy a run obeys.

    ``user_override`` (the CLI's ``--policy FILE``, a file the editor tests) replaces the user
    layer. Because the caller named it explicitly, a missing or invalid override raises
    :class:`PolicyError` instead of being skipped quietly. ``system`` names the places of the
    binding policy (tests); by default they are this computer's (:func:`locations.system_locations`).
    """
    merge = _Merge()
    merge.apply(_default_layer(), DEFAULT)
    statuses = [LayerStatus(DEFAULT, default_policy_path(), "active")]

    locked: set[str] = set()
    broken: list[str] = []
    for layer, status in _machine_layers(system):
        statuses.append(status)
        if status.state == "invalid":
            broken.append(status.message)
        if status.state != "missing":
            merge.binding = True
        if layer is not None:
            merge.apply(layer, status.name)
            locked |= set(layer.settings)
    copy_blocked = None
    if broken:
        copy_blocked = (
            f"{' '.join(broken)} Kopieren ist gesperrt, bis die IT die Richtlinie korrigiert; "
            "das Maskieren bleibt eingeschaltet."
        )

    if user_override is not None:
        if not user_override.is_file():
            raise PolicyError(f"Die Richtlinie „{user_override}“ existiert nicht.")
        user_layer: PolicyLayer | None = read_layer(user_override)
        user_status = LayerStatus(USER, user_override, "active")
    else:
        user_layer, user_status = _read(USER, user_policy_path())
    statuses.append(user_status)
    if user_layer is not None:
        merge.apply(user_layer, USER)
    extra = os.environ.get(MACHINE_ENV)
    if extra:
        extra_layer, extra_status = _read(EXTRA, Path(extra))
        statuses.append(extra_status)
        if extra_layer is not None:
            merge.apply(extra_layer, EXTRA)

    return EffectivePolicy(
        policy=merge.policy(),
        layers=tuple(statuses),
        sources=dict(merge.sources),
        ignored=tuple(merge.ignored),
        binding=merge.binding,
        copy_blocked_reason=copy_blocked,
        locked=frozenset(locked),
        list_sources={
            "allow": list(merge.allow),
            "deny": list(merge.deny),
            "patterns": list(merge.patterns),
            "term_lists": list(merge.term_lists),
        },
    )


def load_policy(path: Path) -> Policy:
    """The built-in default with the file at ``path`` laid over it (no binding rule).

    Raises :class:`PolicyError` with a German message naming the line when the file is invalid.
    """
    merge = _Merge()
    merge.apply(_default_layer(), DEFAULT)
    merge.apply(read_layer(path), MACHINE)  # a file the DSB writes: may change anything, as IT will deploy it
    return merge.policy()


def policy_from_layer(layer: PolicyLayer) -> Policy:
    """The built-in default with an already checked layer over it (the editor's live test)."""
    merge = _Merge()
    merge.apply(_default_layer(), DEFAULT)
    merge.apply(layer, MACHINE)
    return merge.policy()


def load_default_policy() -> Policy:
    merge = _Merge()
    merge.apply(_default_layer(), DEFAULT)
    return merge.policy()
