"""Microsoft Presidio's German identifier recognizers behind our ``detect --json`` contract.

For comparisons only (``benchmarks/presidio_compare.py``, and the public sample's scorer:
``python3 ../shared/eval/score_pii.py --cmd ".venv/bin/python benchmarks/presidio_detect.py"``).
Needs the benchmark extra: ``pip install -e ".[bench]"`` (presidio-analyzer is never a runtime
dependency of the app).

The analyzer gets the thirteen recognizers of ``predefined_recognizers/country_specific/germany``
plus ``IpRecognizer`` and ``CreditCardRecognizer`` (Presidio's German tests cover those three
families), all for language "de", and the no-op NLP engine: nothing is loaded or downloaded, and
context words can only change scores, which does not matter here because every result counts
(Presidio's default score threshold is 0).

Run: ``.venv/bin/python benchmarks/presidio_detect.py FILE...`` → one JSON line per file.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

GERMAN_RECOGNIZERS = (
    "DeBsnrRecognizer",
    "DeFuehrerscheinRecognizer",
    "DeHandelsregisterRecognizer",
    "DeHealthInsuranceRecognizer",
    "DeIdCardRecognizer",
    "DeKfzRecognizer",
    "DeLanrRecognizer",
    "DePassportRecognizer",
    "DePlzRecognizer",
    "DeSocialSecurityRecognizer",
    "DeTaxIdRecognizer",
    "DeTaxNumberRecognizer",
    "DeVatIdRecognizer",
)


def build_presidio() -> Any:
    """A Presidio AnalyzerEngine for German with the identifier recognizers and no NLP model."""
    from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
    from presidio_analyzer import predefined_recognizers as recognizers
    from presidio_analyzer.nlp_engine import NlpEngineProvider

    registry = RecognizerRegistry(supported_languages=["de"])
    for name in GERMAN_RECOGNIZERS:
        registry.add_recognizer(getattr(recognizers, name)())
    registry.add_recognizer(recognizers.IpRecognizer(supported_language="de"))
    registry.add_recognizer(recognizers.CreditCardRecognizer(supported_language="de"))
    nlp_engine = NlpEngineProvider(
        nlp_configuration={"nlp_engine_name": "no_op", "models": [{"lang_code": "de", "model_name": "no_op"}]}
    ).create_engine()
    return AnalyzerEngine(registry=registry, nlp_engine=nlp_engine, supported_languages=["de"])


def presidio_spans(analyzer: Any, text: str) -> list[tuple[int, int, str, float]]:
    """Every result Presidio returns for ``text`` (start, end, entity type, score)."""
    results = analyzer.analyze(text=text, language="de")
    return sorted((r.start, r.end, r.entity_type, float(r.score)) for r in results)


def main(argv: list[str]) -> int:
    analyzer = build_presidio()
    for name in argv:
        text = Path(name).read_text(encoding="utf-8")
        entities = [
            {"start": s, "end": e, "type": t, "text": text[s:e], "score": round(score, 3)}
            for s, e, t, score in presidio_spans(analyzer, text)
        ]
        print(json.dumps({"file": name, "entities": entities}, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
