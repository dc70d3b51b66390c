"""Person detection beyond the model: context rules, name lists and propagation of found names."""

from anonymizer.persons.lexicon import NameLexicon, load_lexicon
from anonymizer.persons.postprocess import PersonPostProcessor
from anonymizer.persons.rules import PersonRuleRecognizer

__all__ = ["NameLexicon", "PersonPostProcessor", "PersonRuleRecognizer", "load_lexicon"]
