"""The bundled German named-entity model (PER/LOC/ORG) and the recognizer that wraps it."""

from anonymizer.detection.ner.model import load_ner_model
from anonymizer.detection.ner.recognizer import NerRecognizer

__all__ = ["NerRecognizer", "load_ner_model"]
