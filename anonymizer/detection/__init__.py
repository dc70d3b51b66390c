"""Detection: finding the personal data in a text. Everything that decides *what* is personal lives here.

Bottom up (each module imports only those above it in this list, never masking, documents, sessions or
the command line):

- :mod:`~anonymizer.detection.base` — the extension points: :class:`Recognizer`, :class:`PostProcessor`,
  the progress callback and its cancel exception.
- :mod:`~anonymizer.detection.normalize` — the working copy recognizers read (NFC, plain spaces, joined
  line-break hyphens) and its map back to the original offsets.
- :mod:`~anonymizer.detection.layout` — the structure of letters and records (lines, fields, address
  blocks, table columns) for the rules that read it.
- :mod:`~anonymizer.detection.recognizers` — one small class per identifier family (IBAN, phone, tax ID …).
- :mod:`~anonymizer.detection.ner` — the bundled German NER model as one more recognizer.
- :mod:`~anonymizer.detection.persons` — person rules, name lists, name propagation, and the parse of a
  name into its parts (which masking uses to give every mention of a person one placeholder).
- :mod:`~anonymizer.detection.policy_rules` — the DSB's deny terms, term lists, own patterns and allow list
  as a recognizer and a filter.
- :mod:`~anonymizer.detection.overlaps`, :mod:`~anonymizer.detection.repeats` — which of two overlapping
  candidates wins; every other occurrence of a found value.
- :mod:`~anonymizer.detection.windows` — long texts in windows, in two passes.
- :mod:`~anonymizer.detection.engine` — :class:`AnalyzerEngine`, which runs all of it on one text.
- :mod:`~anonymizer.detection.factory` — :func:`build_engine`, the default set under a policy.

This file imports nothing, so that importing one small module (``normalize``) does not load the model.
"""
