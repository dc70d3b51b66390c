"""PERSON, LOCATION and ORGANIZATION candidates from the bundled German NER model.

The model is trained on newspaper sentences, so long documents are cut into paragraph-sized
chunks (at line breaks, else at spaces) and fed through ``nlp.pipe`` in batches; spaCy's own
length limit is never reached and memory stays flat. The person rules and the person
post-processor (``anonymizer.detection.persons``) refine what the model says about persons.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from anonymizer.detection.base import Recognizer
from anonymizer.detection.ner.model import load_ner_model, model_dir
from anonymizer.detection.ner.truecase import CASING_FILE, model_truecaser
from anonymizer.entities import LOCATION, ORGANIZATION, PERSON, Finding

#: Model label -> app entity type.
LABELS = {"PER": PERSON, "LOC": LOCATION, "ORG": ORGANIZATION}
#: Score of a model finding: below validated identifiers, above bare guesses.
MODEL_SCORE = 0.8
#: Longest chunk handed to the model at once, in characters.
CHUNK_CHARS = 4000
#: Chunks per ``nlp.pipe`` batch. The network's activations grow with the batch (about 15 KB a
#: token): 32 chunks of a long document peaked at 545 MB, 4 chunks (~3,000 tokens) stay near the
#: memory of the loaded model and run faster, too (benchmarks/devset/bench_detection.py).
BATCH_CHUNKS = 4
#: Field labels the model sometimes takes for an organisation ("(BIC INGDDEFFXXX)"): an entity that starts
#: with one is a label and its value, never a name.
FIELD_LABELS = frozenset(
    ["bic", "iban", "swift", "tel", "telefon", "fax", "e-mail", "email", "kfz", "pin", "tan", "steuer-id", "ust-idnr"]
)
#: A piece of an entity within one line and one table cell.
_LINE_PIECE = re.compile(r"[^\s|;](?:[^\n\t|;]*[^\s|;])?")


def chunks(text: str, limit: int = CHUNK_CHARS) -> Iterator[tuple[int, str]]:
    """Split ``text`` into (offset, chunk) pieces of at most ``limit`` characters.

    Cuts prefer a line break, then a space, so that no word is cut and names stay whole.
    """
    start = 0
    length = len(text)
    while start < length:
        end = min(length, start + limit)
        if end < length:
            cut = text.rfind("\n", start + limit // 2, end)
            if cut == -1:
                cut = text.rfind(" ", start + limit // 2, end)
            if cut != -1:
                end = cut + 1
        yield start, text[start:end]
        start = end


class NerRecognizer(Recognizer):
    """Runs the German NER model and maps its labels to the app's entity types."""

    name = "ner_model"
    entity_types = (PERSON, LOCATION, ORGANIZATION)

    def __init__(self, model_path: Path | None = None, batch_size: int = BATCH_CHUNKS) -> None:
        self.nlp = load_ner_model(model_path)
        self.truecaser = model_truecaser(self.nlp, (model_path or model_dir()) / CASING_FILE)
        self.batch_size = batch_size

    def analyze(self, text: str) -> list[Finding]:
        pieces = [(offset, chunk) for offset, chunk in chunks(text) if chunk.strip()]
        findings: list[Finding] = []
        # The model reads lower-case and shouted lines with their capitals restored (same length, so the
        # offsets hold); the findings are cut from the user's own text.
        restore = self.truecaser.restore if self.truecaser is not None else str
        docs = self.nlp.pipe((restore(chunk) for _, chunk in pieces), batch_size=self.batch_size)
        for (offset, _), doc in zip(pieces, docs, strict=True):
            for ent in doc.ents:
                entity_type = LABELS.get(ent.label_)
                if entity_type is None or ent.text.split()[0].strip(".:").lower() in FIELD_LABELS:
                    continue
                findings.extend(self._line_pieces(text, offset + ent.start_char, offset + ent.end_char, entity_type))
        return findings

    def _line_pieces(self, text: str, start: int, end: int, entity_type: str) -> list[Finding]:
        """One finding per line and table cell of an entity: spaCy treats a line break as a space,
        but a name never continues on the next line ("Birgit" / "Geburtsort: …" in a form) or
        into the next cell ("Kemper, Lea | 01.02.2015")."""
        pieces = []
        for match in _LINE_PIECE.finditer(text, start, end):
            pieces.append(Finding(match.start(), match.end(), entity_type, match.group(), MODEL_SCORE, self.name))
        return pieces
