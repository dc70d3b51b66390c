"""Postal addresses: street and house number, PO box, postal code with town, c/o lines.

What an address looks like (street words, the written shapes and the checks that reject a match) is in
:mod:`anonymizer.detection.recognizers.address_shapes`. The recognizer runs those shapes, then the passes that need
the matches of the others: a four-digit postal code counts only where an address stands around it, a
street without street word only right before a postal code, and the cells of street and postal-code
columns of a table.
"""

from __future__ import annotations

from anonymizer.detection.base import Recognizer
from anonymizer.detection.overlaps import outermost
from anonymizer.detection.recognizers.address_shapes import (
    ADJECTIVE,
    CARE_OF,
    COMPOUND,
    FARMSTEAD,
    FOUR_DIGIT_CODE,
    FOUR_DIGIT_LABEL,
    GAP_AFTER_TOWN,
    GAP_BEFORE_CODE,
    GAP_BEFORE_POSTAL_CODE,
    HAS_LETTER_AND_DIGIT,
    LABELLED,
    LABELLED_POSTAL_CODE,
    LOWER_PREPOSITION,
    NOT_TOWNS,
    PO_BOX,
    POSTAL_CODE,
    POSTCODE_CELL,
    POSTCODE_HEADER,
    PREPOSITION,
    SEGMENT_SEPARATORS,
    STREET_HEADER,
    STREET_SEGMENT,
    Shape,
    accept_adjective,
    accept_always,
    accept_block_street,
    accept_compound,
    accept_farmstead,
    accept_labelled,
    accept_postal_code,
    accept_preposition,
)
from anonymizer.detection.recognizers.tables import cells_below
from anonymizer.entities import ADDRESS, Finding


class AddressRecognizer(Recognizer):
    """Finds street addresses, PO boxes, postal codes with town and c/o lines."""

    name = "address"
    entity_types = (ADDRESS,)

    shapes = (
        Shape("street_compound", COMPOUND, 0.75, accept_compound),
        Shape("street_adjective", ADJECTIVE, 0.7, accept_adjective),
        Shape("street_preposition", PREPOSITION, 0.6, accept_preposition),
        Shape("street_preposition_lower", LOWER_PREPOSITION, 0.5, accept_preposition),
        Shape("po_box", PO_BOX, 0.85, accept_always),
        Shape("postal_code", POSTAL_CODE, 0.7, accept_postal_code),
        Shape("postal_code_labelled", LABELLED_POSTAL_CODE, 0.8, accept_always, start_group="code"),
        Shape("care_of", CARE_OF, 0.75, accept_always, start_group="name"),
        Shape("labelled", LABELLED, 0.7, accept_labelled, start_group="street"),
        Shape("farmstead", FARMSTEAD, 0.6, accept_farmstead),
    )

    def analyze(self, text: str) -> list[Finding]:
        best: dict[tuple[int, int], Finding] = {}
        codes: list[tuple[int, int]] = []
        for shape in self.shapes:
            for match in shape.regex.finditer(text):
                if not shape.accept(text, match):
                    continue
                start, end = match.start(shape.start_group), match.end()
                # a sentence-final full stop or colon after a town or a c/o line is not part of it
                while end > start and text[end - 1] in " \t.:" and not text[start:end].endswith(("a.", "i.", "St.")):
                    end -= 1
                self._keep(best, text, start, end, shape.score)
                if shape.regex is POSTAL_CODE:
                    codes.append((start, end))
        for start, end in self._four_digit_codes(text, best):
            self._keep(best, text, start, end, 0.6)
            codes.append((start, end))
        for start, end in self._streets_before(text, codes):
            self._keep(best, text, start, end, 0.6)
        for start, end in self._column_cells(text):
            self._keep(best, text, start, end, 0.7)
        # "Zum Sportplatz 1" also contains the one-word street "Sportplatz 1": keep the outer span.
        return outermost(best.values())

    def _keep(self, best: dict[tuple[int, int], Finding], text: str, start: int, end: int, score: float) -> None:
        if (start, end) not in best or best[start, end].score < score:
            best[start, end] = Finding(start, end, ADDRESS, text[start:end], score, self.name)

    @staticmethod
    def _four_digit_codes(text: str, found: dict[tuple[int, int], Finding]) -> list[tuple[int, int]]:
        """Four-digit postal codes without country letter, where an address stands around them.

        "5020 Salzburg" counts after an address label ("wohnhaft", "wh.:"), right after a street (same
        line after a comma, or the line before) or right before one ("9011 Neustadt, Wienerstr. 8");
        "2025 Coesfeld" in a sentence stays a year.
        """
        if not found:
            ends = starts = frozenset[int]()
        else:
            ends = frozenset(end for _start, end in found)
            starts = frozenset(start for start, _end in found)
        spans: list[tuple[int, int]] = []
        for match in FOUR_DIGIT_CODE.finditer(text):
            if match.group("town").split()[0].rstrip(".").lower() in NOT_TOWNS:
                continue
            line_start = text.rfind("\n", 0, match.start()) + 1
            before = text[max(line_start, match.start() - 40) : match.start()]
            gap_before = GAP_BEFORE_CODE.search(text, max(0, match.start() - 8), match.start())
            after = GAP_AFTER_TOWN.match(text, match.end())
            if (
                FOUR_DIGIT_LABEL.search(before)
                or (gap_before is not None and gap_before.start() in ends)
                or (after is not None and after.end() in starts)
            ):
                spans.append(match.span())
        return spans

    @staticmethod
    def _streets_before(text: str, codes: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """Streets without street word right before a postal code (see :data:`GAP_BEFORE_POSTAL_CODE`)."""
        spans: list[tuple[int, int]] = []
        for code_start, _code_end in codes:
            gap = GAP_BEFORE_POSTAL_CODE.search(text, max(0, code_start - 8), code_start)
            if gap is None:
                continue
            street_end = gap.start()
            line_start = text.rfind("\n", 0, street_end) + 1
            segment_start = max(
                line_start, *(text.rfind(sep, line_start, street_end) + 1 for sep in SEGMENT_SEPARATORS)
            )
            match = STREET_SEGMENT.fullmatch(text, segment_start, street_end)
            if match is not None and accept_block_street(match):
                spans.append((match.start("street"), match.end("number")))
        return spans

    @staticmethod
    def _column_cells(text: str) -> list[tuple[int, int]]:
        """Cells of "Straße"/"Anschrift" columns that hold a number, and of "PLZ" columns."""
        spans = [
            (start, end)
            for start, end in cells_below(text, STREET_HEADER)
            if end - start <= 80 and HAS_LETTER_AND_DIGIT.match(text, start, end)
        ]
        spans.extend(
            (start, end)
            for start, end in cells_below(text, POSTCODE_HEADER)
            if POSTCODE_CELL.fullmatch(text, start, end)
        )
        return spans
