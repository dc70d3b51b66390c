"""The recipe of the bundled German NER model (``resources/models/de_ner``): ``python -m training.ner``.

Steps, each a module with a ``main(argv)``: ``lexicon`` (word-list table), ``vectors`` (floret vectors),
``truecase`` (casing table), ``convert`` (GermEval → spaCy DocBins), ``pretrain`` (tok2vec pretraining),
``train`` (all of them, then ``spacy train``, then ``package``), ``package`` (a trained pipeline into
``resources/``) and ``evaluate`` (GermEval 2014 test, the figures of docs/ner-model.md).
"""
