"""Engine post-processor for persons: drop the model's false alarms, then propagate names.

Why after all recognizers: only with every candidate in view can a name found once ("Frau
Kortmann" in the salutation) be masked everywhere else in the text ("Kortmanns Antrag",
"kortmann" in a chat line), and only then can the model's guesses be checked against the rules
(a sentence-initial "Winter" or a "Koch" after an article is no person unless a rule says so).
"""

from __future__ import annotations

import re
from bisect import bisect_left

from anonymizer.detection.base import PostProcessor
from anonymizer.detection.persons.lexicon import NameLexicon, fold, load_lexicon
from anonymizer.detection.persons.tokens import WORD, is_rank, words
from anonymizer.detection.persons.vocabulary import (
    ADDRESS_WORDS,
    DETERMINERS,
    DOUBLE_NAME_PREFIXES,
    FEAST_WORDS,
    GREETING_WORDS,
    PARTICLES,
    PLACE_HEADS,
    ROLE_WORDS,
    TITLES,
    WEEKDAYS_MONTHS,
    alternation,
)
from anonymizer.entities import PERSON, Finding

#: Recognizer name of the statistical model (see anonymizer.detection.ner.recognizer).
MODEL_RECOGNIZER = "ner_model"
#: Score of a propagated mention.
PROPAGATED_SCORE = 0.8
_SALUTATION = ADDRESS_WORDS | TITLES | ROLE_WORDS
_WORD_BEFORE = re.compile(r"([^\W\d_]+)[ \t]+$")
_NOT_NAME = ADDRESS_WORDS | TITLES | ROLE_WORDS | WEEKDAYS_MONTHS | PARTICLES | DOUBLE_NAME_PREFIXES | GREETING_WORDS


class SpanIndex:
    """The rule PERSON spans, sorted, for overlap queries in O(log n) instead of a scan per finding
    (a long document has thousands of both)."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self.spans = sorted(spans)
        self.starts = [start for start, _ in self.spans]
        self.longest = max((end - start for start, end in self.spans), default=0)

    def overlapping(self, start: int, end: int) -> list[tuple[int, int]]:
        """Every span that shares at least one character with ``[start, end)``."""
        first = bisect_left(self.starts, start - self.longest)
        last = bisect_left(self.starts, end)
        return [(s, e) for s, e in self.spans[first:last] if e > start]


class PersonPostProcessor(PostProcessor):
    """Filters model PERSON guesses and adds every further mention of a found name."""

    name = "person_propagation"

    def __init__(self, lexicon: NameLexicon | None = None) -> None:
        self.lexicon = lexicon or load_lexicon()

    def process(self, text: str, candidates: list[Finding]) -> list[Finding]:
        fiction = [m.span() for m in _FICTION.finditer(text)]
        candidates = [
            self._cut_at_field_label(c)
            for c in candidates
            if not (c.type == PERSON and any(s <= c.start and c.end <= e for s, e in fiction))
        ]
        rule_spans = SpanIndex(
            [(c.start, c.end) for c in candidates if c.type == PERSON and c.recognizer != MODEL_RECOGNIZER]
        )
        trimmed = [self._trim(c) for c in candidates]
        kept = [
            self._widen(text, c, rule_spans)
            for c in trimmed
            if c is not None and not self._false_alarm(text, c, rule_spans)
        ]
        return kept + self._propagate(text, kept)

    @staticmethod
    def _cut_at_field_label(finding: Finding) -> Finding:
        """A person span that runs over a comma into a field label ends at the comma ("Sabine Kortmann,
        IBAN" -> "Sabine Kortmann"). Overlap trimming alone would not do: it cuts a span that reaches into
        the validated IBAN back to "Sabine Kortmann, IBAN", and the label word would be masked as part of
        the name."""
        if finding.type != PERSON:
            return finding
        match = _FIELD_LABEL_AFTER_COMMA.search(finding.text)
        if match is None or match.start() == 0:
            return finding
        cut = match.start()
        return finding.moved(finding.start, finding.start + cut, finding.text[:cut])

    # ------------------------------------------------------------------ long texts in windows
    # A long text is read in windows (anonymizer.detection.windows). Each window is processed as a whole text is,
    # and hands on the words of the names it found; the second pass masks, in every window, the mentions
    # of a name any window found ("Frau Kortmann" on page 1, "Kortmanns Antrag" on page 300).

    def first_pass(self, text: str, candidates: list[Finding]) -> tuple[list[Finding], set[tuple[str, bool]]]:
        found = self.process(text, candidates)
        name_words = {
            (part, f.recognizer == MODEL_RECOGNIZER)
            for f in found
            if f.type == PERSON and f.recognizer != self.name
            for part in words(f.text)
        }
        return found, name_words

    def combine(self, learnt: list[set[tuple[str, bool]]]) -> list[tuple[str, bool]]:
        """The name words of all windows, each once: a long text names the same people again and again."""
        return sorted(set().union(*learnt))

    def second_pass(self, text: str, candidates: list[Finding], learnt: list[tuple[str, bool]]) -> list[Finding]:
        """The name words of all windows go to :meth:`_propagate` as findings standing after this window's
        text: they say which words to look for (and whether the model alone found them) and cover nothing."""
        after = len(text) + 1
        names = [
            Finding(after, after + len(word), PERSON, word, PROPAGATED_SCORE, MODEL_RECOGNIZER if model else "window")
            for word, model in learnt
        ]
        return candidates + self._propagate(text, candidates + names)

    def _trim(self, finding: Finding) -> Finding | None:
        """Cut everyday words off the edges of a model PERSON: lower-case words and salutations
        next to a capitalised name ("Bragina prüft" -> "Bragina", "Herr Gogol" -> "Gogol"), and
        in all-lower-case chat text the words of the lexicon ("kortmann gesprochen" -> "kortmann").
        Particles inside stay."""
        if finding.type != PERSON or finding.recognizer != MODEL_RECOGNIZER:
            return finding
        text = finding.text
        keep = [m.span() for m in _WORD.finditer(text)]
        if not keep:
            return finding
        has_capital = any(text[s].isupper() for s, _ in keep)

        def everyday(span: tuple[int, int]) -> bool:
            word = text[span[0] : span[1]]
            if has_capital:
                # "Herr Gogol" -> "Gogol", "KOK'in Telgmann" -> "Telgmann"
                return word.islower() or fold(word) in _SALUTATION or is_rank(word)
            return self.lexicon.is_common(word) or word in _NOT_NAME

        while keep and everyday(keep[-1]):
            keep.pop()
        while keep and everyday(keep[0]) and text[keep[0][0] : keep[0][1]] not in PARTICLES:
            keep.pop(0)
        if not keep:
            return None
        start, end = keep[0][0], keep[-1][1]
        if (start, end) == (0, len(text)):
            return finding
        return finding.moved(finding.start + start, finding.start + end, text[start:end])

    @staticmethod
    def _widen(text: str, finding: Finding, rule_spans: SpanIndex) -> Finding:
        """A model PERSON that overlaps a rule's name becomes the union of both, so that neither
        a shorter rule span ("Lütke Twenhöven") nor a shorter model span leaves a name part open."""
        if finding.type != PERSON or finding.recognizer != MODEL_RECOGNIZER:
            return finding
        start, end = finding.start, finding.end
        while True:  # a widened span may reach one more rule span
            overlapping = rule_spans.overlapping(start, end)
            wider = min([start, *(s for s, _ in overlapping)]), max([end, *(e for _, e in overlapping)])
            if wider == (start, end):
                break
            start, end = wider
        if (start, end) == (finding.start, finding.end) or _CELL_BREAK.search(text, start, end):
            return finding
        return finding.moved(start, end, text[start:end])

    # ------------------------------------------------------------------ filtering
    def _false_alarm(self, text: str, finding: Finding, rule_spans: SpanIndex) -> bool:
        """A model PERSON made only of everyday words, with no rule backing it."""
        if finding.type != PERSON or finding.recognizer != MODEL_RECOGNIZER:
            return False
        if rule_spans.overlapping(finding.start, finding.end):
            return False
        parts = [w for w in words(finding.text) if w.lower() not in PARTICLES]
        if not parts or any(ch.isdigit() for ch in finding.text) or max(len(p) for p in parts) < 2:
            return True  # "R 541482, H", "S": codes, not names
        before = _WORD_BEFORE.search(text, max(0, finding.start - 40), finding.start)
        if before and before.group(1).lower() in PLACE_HEADS and len(parts) == 1:
            return True  # "des Amtsgerichts Havixbeck", "Gemeinde Rosendahl": a place
        if parts[-1].lower() in FEAST_WORDS:
            return True  # "Maria Himmelfahrt": a feast day
        lex = self.lexicon
        if all(p.islower() for p in parts) and not all(
            (lex.is_surname(p) or lex.is_first_name(p)) and not lex.is_common(p) for p in parts
        ):
            return True  # "moin", "bitte": chat words; names after "frau"/"herr" come from the rules
        if all(p.lower() in _NOT_NAME or lex.is_common(p) for p in parts):
            return not any(lex.is_first_name(p) and not lex.is_common(p) for p in parts)
        return False

    # ------------------------------------------------------------------ propagation
    def _propagate(self, text: str, candidates: list[Finding]) -> list[Finding]:
        """Every further mention of a found name: each word of a found name (also with genitive -s/-'s,
        in capitals, lower-cased for a rare name, and in its other spelling "Kröger"/"Kroeger"), the name
        inside file names, hashtags and e-mail local parts ("Lohnnachweis_Kroeger.pdf"), and a lone
        initial that abbreviates a found first name ("M. wird vorgestellt")."""
        persons = [c for c in candidates if c.type == PERSON]
        wanted: dict[str, bool] = {}  # word form -> is it an everyday word ("Koch")?
        initials: set[str] = set()
        done: set[tuple[str, bool]] = set()  # a long text names the same people again and again
        for finding in persons:
            from_model = finding.recognizer == MODEL_RECOGNIZER
            for part in words(finding.text):
                if (part, from_model) in done:
                    continue
                done.add((part, from_model))
                if len(part) < 2 or fold(part) in _NOT_NAME:
                    continue
                everyday = self.lexicon.is_common(part)
                if everyday and from_model:
                    continue  # "Kreis" from a model guess "Kreis Schweinitz" must not spread
                if not everyday and part[0].isupper() and self.lexicon.is_first_name(part):
                    initials.add(part[0])
                forms = {part, part.upper()}
                if part.islower() or not everyday:
                    forms.add(fold(part))  # "Frau Kortmann" ... "kortmann anrufen", "İlknur" ... "ilknur"
                    for variant in spelling_variants(part):
                        if not self.lexicon.word_counts.get(fold(variant)):  # "Schoen" must not reach "schön"
                            forms |= {variant, variant.upper(), fold(variant)}
                for form in forms:
                    wanted.setdefault(form, everyday)
        if not wanted:
            return []
        covered = bytearray(len(text) + 1)
        for c in persons:
            covered[c.start : c.end] = b"\x01" * (c.end - c.start)
        added: list[Finding] = []

        def add(start: int, end: int) -> None:
            added.append(Finding(start, end, PERSON, text[start:end], PROPAGATED_SCORE, self.name))
            covered[start:end] = b"\x01" * (end - start)

        for match in _MENTION.finditer(text):
            word = match.group()
            base = word
            if base not in wanted:
                base = _GENITIVE.sub("", word)
                if base not in wanted:
                    continue
            start, end = match.span()
            if all(covered[start:end]):
                continue
            if wanted[base] and _after_determiner(text, start):
                continue  # "der Koch" stays even when "Herr Koch" is in the text
            add(start, end)
        for match in _LETTER_RUN.finditer(text):
            # glued into a file name, hashtag or e-mail ("Lohnnachweis_Kroeger.pdf", "Kröger-Antrag.pdf")
            start, end = match.span()
            if wanted.get(match.group(), True) or any(covered[start:end]) or _names_an_institution(text, end):
                continue
            add(start, end)
        if initials:
            for match in _LONE_INITIAL.finditer(text):
                start, end = match.span("initial")
                if match.group("initial")[0] in initials and not any(covered[start:end]):
                    add(start, end)
        return added


def spelling_variants(word: str) -> set[str]:
    """The other spellings of a name that German forms and file names use: umlauts and ß written out
    ("Kröger" -> "Kroeger", "Weiß" -> "Weiss") and back ("Kroeger" -> "Kröger")."""
    variants = set()
    written_out = word
    for umlaut, plain in _UMLAUTS:
        written_out = written_out.replace(umlaut, plain)
    if written_out != word:
        variants.add(written_out)
    folded = word
    for umlaut, plain in _UMLAUTS:
        folded = folded.replace(plain, umlaut)
    if folded != word:
        variants.add(folded)
    return variants


_UMLAUTS = (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss"), ("Ä", "Ae"), ("Ö", "Oe"), ("Ü", "Ue"))
#: A run of letters glued to the rest of a file name, hashtag or address by "_", "-", ".", "#", "@" or a digit.
_LETTER_RUN = re.compile(r"(?<=[_\-.#@\d])[^\W\d_]+|[^\W\d_]+(?=[_\-.@\d])")
#: The last part of a hyphenated name of an institution or street named after a person
#: ("Paul-Ehrlich-Institut", "Robert-Koch-Straße", "Max-Planck-Gymnasium"): the name stays.
_INSTITUTION_TAIL = re.compile(
    rf"-(?:[^\W\d_]+-)*(?:[^\W\d_]*(?:{alternation('institution_name_tails')})|str)\b", re.IGNORECASE
)
#: A capital and a dot standing for a name before a word in lower case ("M. wird vorgestellt", "taut
#: R. auf"), not an abbreviation ("V. a. Pneumonie", "Z. n. OP", "z. B. hat", "K. des Schneiders").
_LONE_INITIAL = re.compile(
    r"(?:^|(?<=[\s(]))(?<![\s.][a-zäöüß]\.\s)(?P<initial>[A-ZÄÖÜ]\.)"
    rf"(?=[ \t]+(?!(?:{alternation('abbreviation_followers')})\b)[a-zäöüß]{{3,}}\b)",
    re.MULTILINE,
)


def _names_an_institution(text: str, end: int) -> bool:
    return text.startswith("-", end) and _INSTITUTION_TAIL.match(text, end) is not None


_MENTION = re.compile(rf"(?<![\w-]){WORD}(?:['’-]{WORD})*(?:['’]s?)?(?![\w\u0300-\u036f-])")
_GENITIVE = re.compile(r"(?:s|'s|’s|'|’)$")


_WORD = re.compile(rf"{WORD}(?:['’-]{WORD})*")


#: Characters of fairy tales and children's books ("Hänsel und Gretel"): never a person.
_FICTION = re.compile(rf"\b(?:{alternation('fiction_characters')})\b")
#: A comma, then the label of another field of the same line: the person's name ended at the comma.
_FIELD_LABEL_AFTER_COMMA = re.compile(rf"(?i),[ \t]*(?:{alternation('field_labels')})\b")
_CELL_BREAK = re.compile(r"[\n\t|;]")
_PREVIOUS_WORD = re.compile(r"([^\W\d_]+)\W*$")


def _after_determiner(text: str, start: int) -> bool:
    match = _PREVIOUS_WORD.search(text, max(0, start - 30), start)
    return bool(match and match.group(1).lower() in DETERMINERS)
