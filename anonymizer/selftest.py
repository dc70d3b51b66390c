"""``--selftest`` of the core: load the policy and the engine, mask a built-in sample, check it.

Used to smoke-test an installation (also the frozen app) without any document of the user.
"""

from __future__ import annotations

import sys
import time

from anonymizer.detection.factory import build_engine
from anonymizer.masking import mask_with_placeholders

#: Invented data only; every value here must disappear from the masked text.
SAMPLE = (
    "Sehr geehrte Frau Kortmann,\n"
    "Ihre Steuer-ID 28365461076 und die IBAN DE44 5001 0517 5407 3249 31 haben wir erhalten. "
    "Rückfragen unter 02541 / 18-1234 oder s.kortmann@example.org.\n"
)
MUST_VANISH = ("28365461076", "DE44 5001 0517 5407 3249 31", "02541 / 18-1234", "s.kortmann@example.org")


def run_core_selftest() -> int:
    """Return 0 when detection and masking work; print one line of figures."""
    started = time.perf_counter()
    engine = build_engine()
    loaded = time.perf_counter()
    findings = engine.analyze(SAMPLE, masked_only=True)
    masked = mask_with_placeholders(SAMPLE, findings)
    leaked = [value for value in MUST_VANISH if value in masked]
    if leaked:
        print(f"Selbsttest fehlgeschlagen: {len(leaked)} Werte wurden nicht maskiert.", file=sys.stderr)
        return 1
    print(
        f"Kern OK: {len(findings)} Fundstellen, Engine geladen in {loaded - started:.2f} s, "
        f"Analyse in {(time.perf_counter() - loaded) * 1000:.0f} ms"
    )
    return 0
