"""Long texts in windows (issue 21.2): cuts, names across a window edge, propagation over all windows."""

from __future__ import annotations

import dataclasses
import itertools

import pytest

from anonymizer.detection.base import AnalysisCancelled
from anonymizer.detection.engine import AnalyzerEngine
from anonymizer.detection.factory import build_engine
from anonymizer.detection.normalize import normalize
from anonymizer.detection.windows import WindowSettings, plan_windows
from anonymizer.entities import IBAN, PERSON, Finding

SMALL = WindowSettings(size=2_000, context=300, table_context=10_000)
FILLER = "und dann ging es mit der Sache weiter wie besprochen "  # no sentence end, no line break


@pytest.fixture(scope="module")
def engine() -> AnalyzerEngine:
    return build_engine()


def windowed(engine: AnalyzerEngine, settings: WindowSettings = SMALL) -> AnalyzerEngine:
    """The same engine (same model, rules, post-processors) with small windows."""
    return AnalyzerEngine(engine.recognizers, engine.policy, engine.postprocessors, settings)


def spans(findings: list[Finding]) -> list[tuple[int, int, str]]:
    return [(f.start, f.end, f.type) for f in findings]


def letter(number: int, first: str, surname: str) -> str:
    return (
        f"Az. 51.2-{number:04d}/2025\n\nSehr geehrte Frau {first} {surname},\n\n"
        f"wir haben Ihren Antrag vom 12.03.2025 erhalten. Frau {surname} wohnt in der Lindenstraße {number % 90 + 1}, "
        f"48653 Coesfeld. Rückfragen unter 02541 / 18-{1000 + number}.\n\nMit freundlichen Grüßen\nIm Auftrag\n\n"
    )


# -- the plan ---------------------------------------------------------------------------------------------


def test_cores_cover_the_text_without_gap_and_cut_at_paragraphs_first() -> None:
    text = "".join(letter(n, "Sabine", "Kortmann") for n in range(40))
    windows = plan_windows(text, SMALL)
    assert len(windows) > 3
    assert windows[0].core_start == 0 and windows[-1].core_end == len(text)
    for before, after in itertools.pairwise(windows):
        assert before.core_end == after.core_start
        assert text[before.core_end - 1] == "\n" and text[before.core_end - 2 : before.core_end].strip() == ""
    for window in windows:
        assert window.start <= window.core_start < window.core_end <= window.end
        assert window.start == 0 or text[window.start - 1] == "\n"  # context widened to whole lines


def test_a_line_without_breaks_is_cut_at_a_space_never_inside_a_word() -> None:
    text = FILLER * 200
    for window in plan_windows(text, SMALL)[:-1]:
        assert text[window.core_end - 1] == " " and text[window.core_end] != " "


def test_a_table_row_reaches_back_to_its_header() -> None:
    header = "Name;Geburtsdatum;Kundennummer\n"
    rows = "".join(f"Kortmann, Sabine;{n % 28 + 1:02d}.03.1985;K-{100000 + n}\n" for n in range(200))
    text = "Liste der Antragsteller\n\n" + header + rows
    later = plan_windows(text, SMALL)[1:]
    assert later and all(window.start == text.index(header) for window in later)


def test_an_unchanged_working_copy_holds_no_offset_tables() -> None:
    working = normalize("Sehr geehrte Frau Kortmann, " * 10_000)
    assert isinstance(working.starts, range) and isinstance(working.ends, range)


# -- the findings -----------------------------------------------------------------------------------------


def test_a_name_across_the_window_edge_is_found_whole(engine: AnalyzerEngine) -> None:
    """The cut falls between "Sabine" and "Kortmann": the context lets the first window see both."""
    kortmann_at = SMALL.size - 3  # the last space before the window's size is the one before "Kortmann"
    prefix = (FILLER * 100)[: kortmann_at - len(" Frau Sabine ")].rstrip()
    text = prefix + " " * (kortmann_at - len(" Frau Sabine ") - len(prefix) + 1) + "Frau Sabine Kortmann " + FILLER * 80
    first = plan_windows(text, SMALL)[0]
    assert text[first.core_end - len("Sabine ") : first.core_end] == "Sabine "  # the cut is inside the name
    found = windowed(engine).analyze(text)
    persons = [f.text for f in found if f.type == PERSON]
    assert "Sabine Kortmann" in persons
    assert spans(found) == spans(engine.analyze(text))


def test_names_and_values_found_in_one_window_are_masked_in_all(engine: AnalyzerEngine) -> None:
    opening = "Sehr geehrte Frau Sabine Kortmann,\n\nbitte überweisen Sie auf die IBAN DE44 5001 0517 5407 3249 31.\n\n"
    middle = (FILLER.strip() + ".\n\n") * 120
    closing = "Kortmanns Antrag ist vollständig; Zahlung an DE44500105175407324931 wie besprochen.\n"
    text = opening + middle + closing
    assert len(plan_windows(text, SMALL)) > 2
    found = windowed(engine).analyze(text)
    tail = [(f.type, f.text) for f in found if f.start >= text.index(closing)]
    assert (PERSON, "Kortmanns") in tail and (IBAN, "DE44500105175407324931") in tail
    assert spans(found) == spans(engine.analyze(text))


def test_windows_find_what_the_whole_text_finds(engine: AnalyzerEngine) -> None:
    names = [("Sabine", "Kortmann"), ("Jens", "Terhorst"), ("Martina", "Hoffmeister"), ("Ole", "Brinkhaus")]
    text = "".join(letter(n, *names[n % len(names)]) for n in range(48))
    small = windowed(engine)
    assert len(plan_windows(text, small.windows)) > 5
    assert spans(small.analyze(text)) == spans(engine.analyze(text))


def test_progress_runs_to_the_end_and_can_cancel(engine: AnalyzerEngine) -> None:
    text = "".join(letter(n, "Sabine", "Kortmann") for n in range(20))
    small = windowed(engine, dataclasses.replace(SMALL, size=3_000))
    fractions: list[float] = []
    small.analyze(text, progress=lambda fraction: fractions.append(fraction) is not None)
    assert fractions == sorted(fractions) and fractions[-1] == 1.0 and len(fractions) > 4
    with pytest.raises(AnalysisCancelled):
        small.analyze(text, progress=lambda fraction: fraction > 0.3)
