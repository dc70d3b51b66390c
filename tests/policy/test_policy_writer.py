"""The editor's writer: whatever it saves reads back as the same policy and validates."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from anonymizer.policy import (
    CategoryRule,
    DenyTerm,
    OwnPattern,
    PolicyValidationError,
    TermListRef,
    check_policy_text,
    load_default_policy,
    load_policy,
    policy_from_layer,
    validate_policy_file,
)
from anonymizer.policy.writer import policy_to_toml, save_policy

texts = st.text(st.characters(blacklist_categories=("Cs",)), max_size=40)
words = texts.map(lambda t: " ".join(t.split())).filter(lambda t: len(t) > 0)


@settings(max_examples=60, deadline=None)
@given(guideline=texts, allow=st.lists(words, max_size=3, unique_by=str.casefold), deny=st.lists(words, max_size=3))
def test_any_text_round_trips(guideline: str, allow: list[str], deny: list[str]) -> None:
    policy = dataclasses.replace(
        load_default_policy(),
        guideline=guideline,
        allow_terms=tuple(allow),
        deny_terms=tuple(dict.fromkeys(DenyTerm(t, "REFERENCE") for t in deny)),
    )
    layer, issues = check_policy_text(policy_to_toml(policy), Path("."))
    assert issues == []
    assert policy_from_layer(layer) == policy


def test_save_writes_a_valid_file_with_relative_term_lists(tmp_path: Path) -> None:
    (tmp_path / "listen").mkdir()
    (tmp_path / "listen" / "strassen.txt").write_text("Lindenweg\n", encoding="utf-8")
    categories = dict(load_default_policy().categories)
    categories["PERSON"] = CategoryRule(True, "surrogate")
    policy = dataclasses.replace(
        load_default_policy(),
        categories=categories,
        patterns=(OwnPattern("Kita-Nummer", "REFERENCE", r"KITA-\d{4}", ("Kita",), 0.75),
                  OwnPattern("Mit 'Quote'", "REFERENCE", r"Q'\d+", (), 0.5)),
        term_lists=(TermListRef((tmp_path / "listen" / "strassen.txt").resolve(), "ADDRESS", "Name"),),
        keep_days=0,
    )
    target = tmp_path / "policy.toml"
    save_policy(policy, target)
    assert validate_policy_file(target) == []
    assert 'path = "listen/strassen.txt"' in target.read_text(encoding="utf-8")
    assert "regex = 'KITA-\\d{4}'" in target.read_text(encoding="utf-8")
    assert load_policy(target) == policy


def test_save_refuses_an_invalid_policy_and_keeps_the_old_file(tmp_path: Path) -> None:
    target = tmp_path / "policy.toml"
    target.write_text("# alt\n", encoding="utf-8")
    broken = dataclasses.replace(load_default_policy(), patterns=(OwnPattern("Kaputt", "REFERENCE", "(", (), 0.8),))
    with pytest.raises(PolicyValidationError, match="regulärer Ausdruck"):
        save_policy(broken, target)
    assert target.read_text(encoding="utf-8") == "# alt\n"


@pytest.mark.parametrize("remove_embedded", [True, False])
def test_removal_of_embedded_content_round_trips(tmp_path: Path, remove_embedded: bool) -> None:
    policy = dataclasses.replace(load_default_policy(), remove_embedded=remove_embedded)
    target = tmp_path / "policy.toml"
    save_policy(policy, target)
    text = target.read_text(encoding="utf-8")
    assert f"[documents]\nremove_embedded = {str(remove_embedded).lower()}\n" in text
    assert validate_policy_file(target) == []
    assert load_policy(target) == policy
    assert load_policy(target).remove_embedded is remove_embedded
