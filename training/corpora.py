"""Where the recipes find the public corpora (GermEval 2014, LER, enp_DE, federal law text, …).

Why configurable: they are not in the repository (licences, size) but in ``../shared/data`` beside the
checkout; a checkout elsewhere names the folder with ``--data`` or the environment variable ``DATA_ENV``.
"""

from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
#: Environment variable with the folder of the public corpora (germeval2014/, ler/, enp_de/, text_de/).
DATA_ENV = "ANONYMIZER_TRAINING_DATA"


def data_dir() -> Path:
    """The corpora folder: ``$ANONYMIZER_TRAINING_DATA`` when set, else ``../shared/data`` beside the checkout."""
    configured = os.environ.get(DATA_ENV)
    return Path(configured) if configured else ROOT.parent / "shared" / "data"
