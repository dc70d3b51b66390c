"""Lookups in a sorted array of word hashes, for a whole document at once.

Why one place: the model's word-list table (lexicon_features) and the truecaser's casing table
(truecase) are both stored as sorted uint64 hashes — compact, and searched with numpy's
``searchsorted`` instead of a Python dict of hundreds of thousands of strings.  numpy only, so the
truecaser can use it without importing spaCy.
"""

from __future__ import annotations

from typing import Any

import numpy
from numpy.typing import NDArray


def find(keys: NDArray[Any], hashes: NDArray[Any]) -> tuple[NDArray[Any], NDArray[Any]]:
    """For each hash: its position in the sorted ``keys`` and whether it is there at all."""
    if not len(keys):
        return numpy.zeros(len(hashes), dtype="int64"), numpy.zeros(len(hashes), dtype=bool)
    index: NDArray[Any] = numpy.minimum(numpy.searchsorted(keys, hashes), len(keys) - 1)
    found: NDArray[Any] = keys[index] == hashes
    return index, found
