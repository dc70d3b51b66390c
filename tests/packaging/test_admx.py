"""The Group Policy template writes exactly the registry value the app reads, in both languages."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from lxml import etree

from anonymizer.policy.locations import GROUP_POLICY_KEY, GROUP_POLICY_VALUE

ADMX_DIR = Path(__file__).resolve().parents[2] / "build" / "installer" / "admx"
NS = {"p": "http://schemas.microsoft.com/GroupPolicy/2006/07/PolicyDefinitions"}


def _admx() -> etree._Element:
    return etree.parse(str(ADMX_DIR / "Anonymisierungshelfer.admx")).getroot()


def test_the_template_sets_the_value_the_app_reads() -> None:
    [policy] = _admx().findall("p:policies/p:policy", NS)
    assert policy.get("class") == "Machine"
    assert policy.get("key") == GROUP_POLICY_KEY
    [text] = policy.findall("p:elements/p:text", NS)
    assert text.get("valueName") == GROUP_POLICY_VALUE
    # REG_SZ: the app refuses environment variables, so the template must not offer to expand them.
    assert text.get("expandable") == "false" and text.get("required") == "true"


@pytest.mark.parametrize("language", ["de-DE", "en-US"])
def test_every_string_the_template_uses_is_translated(language: str) -> None:
    source = (ADMX_DIR / "Anonymisierungshelfer.admx").read_text(encoding="utf-8")
    adml = etree.parse(str(ADMX_DIR / language / "Anonymisierungshelfer.adml")).getroot()
    strings = {element.get("id") for element in adml.iterfind(".//p:stringTable/p:string", NS)}
    presentations = {element.get("id") for element in adml.iterfind(".//p:presentationTable/p:presentation", NS)}
    assert set(re.findall(r"\$\(string\.(\w+)\)", source)) <= strings
    assert set(re.findall(r"\$\(presentation\.(\w+)\)", source)) <= presentations
    [text_box] = adml.iterfind(".//p:presentation/p:textBox", NS)
    assert text_box.get("refId") == "PolicyFile"
    explain = next(e.text for e in adml.iterfind(".//p:string", NS) if e.get("id") == "PolicyFile_Explain")
    assert explain is not None and rf"HKLM\{GROUP_POLICY_KEY}" in explain and GROUP_POLICY_VALUE in explain
