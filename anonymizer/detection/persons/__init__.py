"""Person detection beyond the model: context rules, name lists and propagation of found names."""

from anonymizer.detection.persons.lexicon import NameLexicon, load_lexicon
from anonymizer.detection.persons.postprocess import PersonPostProcessor
from anonymizer.detection.persons.rules import PersonRuleRecognizer

__all__ = ["NameLexicon", "PersonPostProcessor", "PersonRuleRecognizer", "load_lexicon"]
