"""Recipes that build the app's bundled data from public corpora: the German NER model (``training.ner``)
and the name lists (``training.names``).

Why a package of its own, outside ``anonymizer/`` and ``build/``: the app never runs these recipes, and the
installer never ships them (``pyproject.toml`` packages ``anonymizer*`` and ``desktop*`` only; the PyInstaller
plan excludes ``training``). They run from the repository root, with the corpora in ``../shared/data``.
"""
