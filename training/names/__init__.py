"""The generator of the name lists and the common-word lexicon in ``resources/data/names``
(``python -m training.names``, see ``make_name_lists``)."""
