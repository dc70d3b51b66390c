"""The masking policy: which entity types are masked, how, and the DSB's own rules.

The built-in default lives in ``resources/policy/default.toml``; a machine-wide policy deployed by
IT is laid over it and is binding, a user policy may only add protection (``layers``). The file
format is checked by ``schema`` with German messages that name the line. This package is data and its
layering only: it imports nothing of detection. Matching the policy's terms and own patterns in a text is
detection's work (``anonymizer.detection.policy_rules``), which reads the policy from here.
"""

from __future__ import annotations

from anonymizer.policy.layers import (
    EffectivePolicy,
    IgnoredSetting,
    LayerStatus,
    default_policy_path,
    load_default_policy,
    load_effective_policy,
    load_policy,
    machine_policy_path,
    policy_from_layer,
    user_policy_path,
)
from anonymizer.policy.model import (
    OPERATOR_STRENGTH,
    OPERATORS,
    AuditSettings,
    CategoryRule,
    DenyTerm,
    OwnPattern,
    Policy,
    TermListRef,
)
from anonymizer.policy.schema import (
    PolicyIssue,
    PolicyLayer,
    PolicyValidationError,
    check_policy_text,
    validate_policy_file,
)
from anonymizer.policy.terms import export_term_proposal, load_term_list

__all__ = [
    "OPERATORS",
    "OPERATOR_STRENGTH",
    "AuditSettings",
    "CategoryRule",
    "DenyTerm",
    "EffectivePolicy",
    "IgnoredSetting",
    "LayerStatus",
    "OwnPattern",
    "Policy",
    "PolicyIssue",
    "PolicyLayer",
    "PolicyValidationError",
    "TermListRef",
    "check_policy_text",
    "default_policy_path",
    "export_term_proposal",
    "load_default_policy",
    "load_effective_policy",
    "load_policy",
    "load_term_list",
    "machine_policy_path",
    "policy_from_layer",
    "user_policy_path",
    "validate_policy_file",
]
