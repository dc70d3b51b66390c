"""Where :func:`is_rank` was imported from before the name-form rules moved to
:mod:`anonymizer.persons.rules` (titles, ranks, nobility, initials, kin lists); kept for the modules that
still import it from here (:mod:`anonymizer.persons.postprocess`)."""

from anonymizer.persons.tokens import is_rank

__all__ = ["is_rank"]
