"""How the person rules read words: the word tests and the taking of a name's words after a context.

Why one shared reader: every rule (salutation, label, title, rank, list, record …) answers the same two
questions once it has found its context — could this word be (part of) a name, and where does the name
that starts here end? Answering them in one place keeps the rules small and their notion of a name the
same; the rules differ only in the context they look for and how strongly it vouches for a person.
"""

from __future__ import annotations

from anonymizer.detection.persons.lexicon import COMMON_COUNT, NameLexicon
from anonymizer.detection.persons.tokens import (
    Token,
    closes_name,
    ends_phrase,
    is_initial,
    is_rank,
    same_line,
    skip_initials,
)
from anonymizer.detection.persons.vocabulary import (
    ADDRESS_WORDS,
    DETERMINERS,
    DOUBLE_NAME_PREFIXES,
    NOUN_SURNAMES,
    ORG_WORD,
    PARTICLES,
    PLACE_PREPOSITIONS,
    ROLE_WORDS,
    SURNAME_ENDING,
    TITLES,
    WEEKDAYS_MONTHS,
)

#: Longest name, in words, a rule takes after its context.
MAX_NAME_WORDS = 5


class NameReader:
    """Word tests and name spans over the name lists of one :class:`NameLexicon`."""

    def __init__(self, lexicon: NameLexicon) -> None:
        self.lexicon = lexicon

    # ----------------------------------------------------------------- word tests
    def name_word(self, token: Token, strong: bool) -> bool:
        """Could ``token`` be (part of) a capitalised name? ``strong``: context vouches for it."""
        if not token.is_word or not token.is_cap or len(token.text) < 2:
            return False
        low = token.lower
        if low in ADDRESS_WORDS or low in TITLES or low in ROLE_WORDS:
            return False
        if low in WEEKDAYS_MONTHS and not strong:
            return False  # "Frau Mai" is a person, "im Mai" a month
        if token.text.isupper() and len(token.text) <= 3:
            return False  # abbreviations such as "GmbH"-like "AG", "DRK"
        if strong:
            return low not in DETERMINERS and not self.is_function_word(low)
        if self.everyday_compound(token):
            return False
        return not self.lexicon.is_common(token.text) or self.lexicon.is_surname(token.text)

    def is_function_word(self, low: str) -> bool:
        """Very frequent words (articles, pronouns, prepositions) are never names."""
        return self.lexicon.word_counts.get(low, 0) >= 5000 and low not in self.lexicon.surnames

    def everyday_compound(self, token: Token) -> bool:
        """A hyphenated word with an abbreviated or everyday part ("Steuer-ID", "E-Mail-Adresse",
        "Handy-Nummer"); double names ("Meyer-Koch", "Schulze-Pellengahr") have name parts."""
        if "-" not in token.text:
            return False
        lex = self.lexicon
        parts = token.text.split("-")
        if any(len(p) < 2 or (p.isupper() and len(p) <= 3) for p in parts):
            return True
        if all(lex.is_common(p) for p in parts):
            return True
        return any(lex.is_common(p) and not (lex.is_surname(p) or lex.is_first_name(p)) for p in parts)

    def compound_noun(self, word: str) -> bool:
        """True for a German compound whose last part (5+ letters) is an everyday word
        ("Hausverwaltung", "Schneidermeister"); names rarely end so ("Brüggenkamp", "Rosenberg")."""
        return any(self.lexicon.is_common(word[cut:]) for cut in range(3, len(word) - 4))

    def genitive_then_noun(self, previous: Token, token: Token) -> bool:
        """Is ``token`` the noun owned by a genitive surname ("Meiers Tochter", "Kortmanns Steuer-ID")?

        A first name ending in -s ("Hans", "Andreas") is no genitive; a following word counts as part
        of the name only when the lists know it as a name and it is no everyday word.
        """
        lex = self.lexicon
        if not (previous.is_cap and previous.text.endswith("s")) or lex.is_first_name(previous.text):
            return False
        known = (lex.is_surname(token.text) or lex.is_first_name(token.text)) and not lex.is_common(token.text)
        return not known

    def lower_name_word(self, token: Token) -> bool:
        """A lower-case word in chat style that can only be a name ("kortmann", "schöneberg").

        Rare words of law text count when they end like a surname: verbs such as "sagt" or
        "fragt" are rare in laws too, so rarity alone is not enough.
        """
        if not (token.is_word and token.text.islower() and len(token.text) >= 3):
            return False
        if token.lower in ROLE_WORDS or token.lower in TITLES or token.lower in WEEKDAYS_MONTHS:
            return False
        if not self.lexicon.is_common(token.text):
            return True
        rare = self.lexicon.word_counts.get(token.lower, 0) < COMMON_COUNT
        return rare and token.lower not in NOUN_SURNAMES and bool(SURNAME_ENDING.search(token.lower))

    def first_name_only(self, token: Token) -> bool:
        """A first name that is no surname: a particle before it is a preposition ("die Familie von Anna
        Nowak"), since surnames, not first names, carry particles ("Familie von Bülow")."""
        return self.lexicon.is_first_name(token.text) and not self.lexicon.is_surname(token.text)

    def continues_name(self, token: Token, strong: bool, taken: int) -> bool:
        """Is ``token`` the next word of a name of which ``taken`` words are taken?  The first word after
        strong context may be an everyday word ("Herr Koch", "Frau van den Berg"); later words must look
        like names themselves or be listed surnames ("Karl vom Stein")."""
        return (
            self.name_word(token, strong and taken == 0)
            or (taken > 0 and self.name_word(token, False))
            or (taken > 0 and self.name_word(token, True) and self.lexicon.is_surname(token.text))
        )

    @staticmethod
    def after_article_or_place_word(tokens: list[Token], i: int) -> bool:
        """Token ``i`` follows an article ("der Koch") or a preposition of place ("nach Kemper"):
        then it is no subject that names a person."""
        previous = tokens[i - 1].lower if i else ""
        return previous in DETERMINERS or previous in PLACE_PREPOSITIONS

    # ----------------------------------------------------------------- skipping context words
    @staticmethod
    def skip_titles(tokens: list[Token], i: int) -> int:
        """Index after the titles at ``i`` ("Dr. med.")."""
        while i < len(tokens) and (tokens[i].lower in TITLES or tokens[i].text in {".", "-"}):
            i += 1
        return i

    @staticmethod
    def skip_roles(tokens: list[Token], i: int) -> int:
        """Index after the role words and titles at ``i`` ("Frau Bürgermeisterin Dr.")."""
        while i < len(tokens) and (
            tokens[i].lower in ROLE_WORDS or tokens[i].lower in TITLES or tokens[i].text in {".", "-"}
        ):
            i += 1
        return i

    @staticmethod
    def skip_chain(tokens: list[Token], i: int) -> int:
        """Index after a chain of titles and ranks ("Prof. Dr. med.", "OA Dr.", "Priv.-Doz. Dr.")."""
        n = len(tokens)
        while (
            i < n
            and (tokens[i].lower in TITLES or tokens[i].text in {".", "-"} or is_rank(tokens[i].text))
            and tokens[i].text != "\n"
        ):
            i += 1
        return i

    # ----------------------------------------------------------------- name spans
    def take_name(self, tokens: list[Token], i: int, strong: bool) -> int:
        """Index after the name that starts at ``tokens[i]`` (``i`` itself if there is none).

        Initials are part of a name: one before a name word vouches for it like a title does ("K.
        Wolterink", "Georg T. Wienhold", "Dr. F. Korte"), one after the name closes it ("Kemperdick K.").
        """
        j = i
        taken = 0
        n = len(tokens)
        vouched = False  # the word at j follows an initial
        while j < n and taken < MAX_NAME_WORDS:
            token = tokens[j]
            low = token.lower
            if is_initial(tokens, j):
                after = skip_initials(tokens, j)
                if after < n and same_line(tokens, j, after) and self.name_word(tokens[after], True):
                    j = after
                    vouched = True
                    continue
                if taken > 0 and closes_name(tokens, after):
                    j = after  # "Kemperdick K." / "Osterfeld O. Dr."
                break
            if (low in PARTICLES and token.is_word and not token.is_cap) or low in {"van", "von", "de"}:
                # Particles belong to the name only together with the name word after them: "Schulze zur
                # Wiesche", but "Herrn Müller zur Kenntnis", "Kurt Miller den Test" end before the particle.
                # After first names only, the word after the particle is the surname ("Burkhard zur Hausen").
                k = j
                while k < n and tokens[k].lower in PARTICLES and tokens[k].end - tokens[k].start < 5:
                    k += 1
                given_only = taken > 0 and all(self.first_name_only(t) for t in tokens[i:j] if t.is_word)
                if (
                    k > j
                    and k < n
                    and same_line(tokens, j, k)
                    and not ORG_WORD.search(tokens[k].text)  # "Herr Meier vom Bauamt", "von der Caritas"
                    and not self.compound_noun(tokens[k].text)  # "Prof. Hagedorn zur Verlaufskontrolle"
                    and not (taken == 0 and self.first_name_only(tokens[k]))  # "Familie von Anna Nowak"
                    and (
                        self.continues_name(tokens[k], strong, taken)
                        or (given_only and self.name_word(tokens[k], True) and ends_phrase(tokens, k + 1))
                    )
                ):
                    j = k + 1
                    taken += 1
                    continue
                break
            if low in DOUBLE_NAME_PREFIXES and j + 1 < n and same_line(tokens, j, j + 1):
                follower = tokens[j + 1]
                if self.name_word(follower, True) and follower.lower not in DOUBLE_NAME_PREFIXES:
                    j += 2
                    taken += 2
                    continue
            if taken == 1 and self.genitive_then_noun(tokens[j - 1], token):
                break  # "Frau Kortmanns Steuer-ID": the noun after a genitive name is no name
            given_only = taken > 0 and all(self.first_name_only(t) for t in tokens[i:j] if t.is_word)
            if self.continues_name(token, strong or vouched, 0 if vouched else taken) or (
                strong and given_only and self.name_word(token, True) and not is_initial(tokens, j + 1)
            ):
                j += 1
                taken += 1
                vouched = False
                continue
            break
        return j
