"""The review model without a window (issue 22): what may be shown, what may leave the app, Word or text.

Plain Python on a real facade around the small fake engine; no widget is built. The window's tests check that
the window shows what this model decides.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from gui_fakes import SAMPLE, FakeEngine

from anonymizer.documents import LoadedDocument
from anonymizer.policy import load_default_policy
from desktop.facade import CoreFacade, in_memory_sessions
from desktop.review import ReviewError, ReviewSummary
from desktop.review_model import BLOCKED, NOT_CONFIRMED, NOT_READY, PENDING, ReviewModel, as_shown


def _model(policy_changes: dict[str, object] | None = None, load: bool = True) -> ReviewModel:
    policy = replace(load_default_policy(), **(policy_changes or {}))
    engine = FakeEngine(policy)
    facade = CoreFacade(lambda: engine, policy, store_factory=in_memory_sessions)
    if load:
        facade.load_engine()
    return ReviewModel(facade)


def _detected(model: ReviewModel, text: str = SAMPLE) -> None:
    model.detected_on(text, model.facade.analyze(text))
    model.refresh(text)


def _yes(summary: ReviewSummary) -> bool:
    return True


def test_preview_only_for_exactly_the_detected_text() -> None:
    model = _model()
    model.refresh(SAMPLE)
    assert model.preview(SAMPLE) is None  # nothing detected yet: a notice, never raw text
    _detected(model)
    outcome = model.preview(SAMPLE)
    assert outcome is not None and "Kortmann" not in outcome.text and "[PERSON_1]" in outcome.text
    edited = SAMPLE + "Nachtrag."
    model.edited(edited, len(SAMPLE), 0, len("Nachtrag."))
    assert model.preview(edited) is None and model.outcome.text == ""


@pytest.mark.parametrize("load", [False, True])
def test_nothing_leaves_before_the_findings_of_this_text_are_in(load: bool) -> None:
    model = _model(load=load)
    release = model.release("copy", SAMPLE, _yes)
    assert release.outcome is None and release.refusal == (PENDING if load else NOT_READY)


def test_the_review_duty_is_asked_once_per_cleaned_text() -> None:
    model = _model()
    _detected(model)
    model.preview(SAMPLE)
    asked: list[ReviewSummary] = []
    refused = model.release("copy", SAMPLE, lambda summary: asked.append(summary) or False)
    assert refused.refusal == NOT_CONFIRMED and not model.facade.has_session
    released = model.release("copy", SAMPLE, lambda summary: asked.append(summary) or True)
    assert released.outcome is not None and released.refusal is None
    assert model.release("copy", SAMPLE, lambda summary: pytest.fail("asked twice")).outcome is not None
    assert len(asked) == 2 and asked[0].masked == {"PERSON": 2, "IBAN": 1, "EMAIL": 1}
    assert model.facade.has_session  # the session is adopted: the answer can be restored
    assert model.facade.restore("An [PERSON_1].").text == "An Sabine Kortmann."


def test_without_review_duty_the_clerk_is_not_asked() -> None:
    model = _model({"confirm_before_copy": False})
    _detected(model)
    model.preview(SAMPLE)
    assert model.release("save", SAMPLE, lambda summary: pytest.fail("asked")).outcome is not None


def test_a_blocking_machine_policy_lets_nothing_out() -> None:
    model = _model()
    model.facade.copy_blocked_reason = "Die maschinenweite Richtlinie ist ungültig."
    _detected(model)
    model.preview(SAMPLE)
    release = model.release("copy", SAMPLE, _yes)
    assert (release.outcome, release.refusal, release.message) == (None, BLOCKED, model.facade.copy_blocked_reason)


def test_decisions_are_undone_and_count_as_work() -> None:
    model = _model()
    _detected(model)
    assert not model.has_unreleased_work(SAMPLE)
    person = next(item for item in model.items if item.finding.text == "Sabine Kortmann")
    model.toggle(person, SAMPLE, "„Sabine Kortmann“ sichtbar lassen")
    assert not next(i for i in model.refresh(SAMPLE) if i.finding.text == "Sabine Kortmann").masked
    assert model.has_unreleased_work(SAMPLE)
    assert model.undo(SAMPLE) == "„Sabine Kortmann“ sichtbar lassen"
    assert next(i for i in model.refresh(SAMPLE) if i.finding.text == "Sabine Kortmann").masked
    assert model.undo("ein anderer Text", redo=True) is None  # a step belongs to the text it was taken on
    assert model.undo(SAMPLE, redo=True) is not None


def test_a_policy_that_forbids_unmasking_is_followed_after_a_reload() -> None:
    model = _model()
    _detected(model)
    model.facade._policy = replace(model.policy, allow_unmask=False)  # the engine reloaded under a stricter one
    model.policy_changed()
    with pytest.raises(ReviewError, match="erlaubt nicht"):
        model.never_mask("Coesfeld", SAMPLE, "„Coesfeld“ nie maskieren")
    assert model.history.undo_label(SAMPLE) is None


def test_ending_the_session_forgets_session_decisions() -> None:
    model = _model()
    _detected(model)
    assert not model.session_in_use
    model.mask_term("Rechnungsstelle", "REFERENCE", True, SAMPLE, "„Rechnungsstelle“ immer maskieren")
    model.refresh(SAMPLE)
    assert model.session_in_use and model.known_type("rechnungsstelle") == "REFERENCE"
    model.end_session()
    model.refresh(SAMPLE)
    assert not model.session_in_use and model.history.undo_label(SAMPLE) is None
    assert model.known_type("Rechnungsstelle") is None


def test_an_unedited_word_file_is_saved_as_word_an_edited_one_as_text(tmp_path: Path) -> None:
    model = _model()
    assert (model.save_plan(SAMPLE).as_word, model.save_plan(SAMPLE).stem) == (False, None)
    document = LoadedDocument(tmp_path / "Brief.docx", "Frau\u00a0Kortmann\r\nGrüße", "docx")
    model.new_text(document)
    shown = as_shown(document.text).replace("\r\n", "\n")
    plan = model.save_plan(as_shown(document.text))
    assert (plan.as_word, plan.edited_word, plan.suffix, plan.stem) == (True, False, ".docx", "Brief")
    edited = model.save_plan(shown + " Nachtrag")
    assert (edited.as_word, edited.edited_word, edited.suffix) == (False, True, ".txt")
    model.new_text()
    assert model.input_kind == "paste" and model.document is None


def test_a_pasted_text_is_saved_as_text_whole(tmp_path: Path) -> None:
    model = _model()
    _detected(model)
    model.preview(SAMPLE)
    release = model.release("save", SAMPLE, _yes)
    assert release.outcome is not None
    target = tmp_path / "bereinigt.txt"
    assert model.save(target, model.save_plan(SAMPLE), release.outcome) == []
    assert target.read_text(encoding="utf-8") == release.outcome.text
