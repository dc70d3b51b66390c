"""Fixtures for the document tests: the Word file with personal data in every hiding place."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from documents_helpers import build_document_with_everything


@pytest.fixture(scope="session")
def everything_docx(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Built once; tests that write output copy nothing into it (the input is never changed)."""
    return build_document_with_everything(tmp_path_factory.mktemp("docx") / "alles.docx")
