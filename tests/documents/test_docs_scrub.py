"""The scrub patterns: every spelling variant of a masked value is found, nothing inside other words."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from anonymizer.documents.docx_scrub import Scrubber, part_segments, scrub_wordprocessing_part
from anonymizer.documents.docx_writer import TextReplacement, scrub_pairs

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


@pytest.mark.parametrize(
    ("value", "text", "expected"),
    [
        ("Zyprian Quälgeist", "an Zyprian Quälgeist.", "an [X]."),
        ("Zyprian Quälgeist", "an ZYPRIAN QUÄLGEIST.", "an [X]."),
        ("Zyprian Quälgeist", "an Zyprian\u00a0 Quälgeist.", "an [X]."),
        ("Zyprian Quälgeist", "an ZyprianQuälgeist.", "an [X]."),
        ("Zyprian Quälgeist", "an Zyp\u00adrian Quäl\u200bgeist.", "an [X]."),
        ("Zyprian Quälgeist", "an Zyprian\nQuälgeist.", "an [X]."),
        ("DE89 3704 0044 0532 0130 00", "IBAN DE89370400440532013000", "IBAN [X]"),
        ("DE89370400440532013000", "IBAN DE89 3704 0044 0532 0130 00!", "IBAN [X]!"),
        ("0171 2345678", "Tel. 0171/234 56 78", "Tel. [X]"),
        ("0171 2345678", "Tel. 0171-2345678", "Tel. [X]"),
        ("zq@example.de", "mailto:ZQ@Example.DE", "mailto:[X]"),
        # negative cases: a value inside a longer word or number stays, other values stay
        ("Koch", "Der Kochtopf und die Köchin", "Der Kochtopf und die Köchin"),
        ("Koch", "Herr Koch kocht.", "Herr [X] kocht."),
        ("Quälgeist", "Quälgeists Antrag, Quälgeist’s Akte", "[X] Antrag, [X] Akte"),
        ("0171 2345678", "Tel. 0171 23456789", "Tel. 0171 23456789"),
        ("Zyprian Quälgeist", "Zyprian Müller", "Zyprian Müller"),
        ("A", "A und B", "A und B"),  # too short to hunt for safely
    ],
)
def test_value_variants(value: str, text: str, expected: str) -> None:
    assert Scrubber.for_values([(value, "[X]")]).sub(text) == expected


def test_longer_value_wins_over_its_part() -> None:
    scrubber = Scrubber.for_values([("Quälgeist", "[NACHNAME]"), ("Zyprian Quälgeist", "[PERSON_1]")])
    assert scrubber.sub("Zyprian Quälgeist und Frau Quälgeist") == "[PERSON_1] und Frau [NACHNAME]"


@pytest.mark.parametrize(
    ("original", "entity_type", "expected"),
    [
        ("Zyprian Quälgeist", "PERSON", {"Zyprian Quälgeist", "Zyprian", "Quälgeist"}),
        ("Dr. Anna von der Heide", "PERSON", {"Dr. Anna von der Heide", "Anna", "Heide"}),
        ("Hans-Peter Schulze", "PERSON", {"Hans-Peter Schulze", "Hans", "Peter", "Schulze"}),
        ("DE89 3704 0044 0532 0130 00", "IBAN", {"DE89 3704 0044 0532 0130 00"}),
    ],
)
def test_words_of_a_person_are_hunted_too(original: str, entity_type: str, expected: set[str]) -> None:
    pairs = scrub_pairs([TextReplacement(0, len(original), original, "[P]", entity_type)])
    assert {value for value, _replacement in pairs} == expected


def _paragraph_xml(*runs: str) -> etree._Element:
    body = "".join(runs)
    return etree.fromstring(f'<w:document xmlns:w="{W}"><w:body><w:p>{body}</w:p></w:body></w:document>')


def test_scrub_across_runs_and_a_tab_keeps_the_first_run() -> None:
    root = _paragraph_xml(
        "<w:r><w:rPr><w:b/></w:rPr><w:t>Herr Zyp</w:t></w:r>",
        "<w:r><w:t>rian</w:t><w:tab/><w:t>Quäl</w:t></w:r>",
        '<w:r><w:t xml:space="preserve">geist kommt</w:t></w:r>',
    )
    assert (
        scrub_wordprocessing_part(root, "word/document.xml", Scrubber.for_values([("Zyprian Quälgeist", "[P]")])) == 1
    )
    texts = [element.text for element in root.iter(f"{{{W}}}t")]
    assert texts == ["Herr [P]", "", "", " kommt"]
    assert not list(root.iter(f"{{{W}}}tab"))
    assert part_segments(root, "x")[0] == "\nHerr [P] kommt"


def test_scrub_leaves_other_text_and_tabs_alone() -> None:
    root = _paragraph_xml("<w:r><w:t>Zyprian</w:t><w:tab/><w:t>Müller</w:t></w:r>")
    assert scrub_wordprocessing_part(root, "p", Scrubber.for_values([("Zyprian Quälgeist", "[P]")])) == 0
    assert [element.text for element in root.iter(f"{{{W}}}t")] == ["Zyprian", "Müller"]
    assert len(list(root.iter(f"{{{W}}}tab"))) == 1


def test_a_word_that_a_surrogate_reuses_is_not_hunted() -> None:
    """Surrogates may share a first name with an original; hunting it would destroy the surrogates."""
    scrubber = Scrubber.for_values(
        scrub_pairs(
            [
                TextReplacement(0, 12, "Anna Schmidt", "Anna Becker", "PERSON"),
                TextReplacement(20, 31, "Maria Klein", "Sophie Lang", "PERSON"),
            ]
        )
    )
    assert scrubber.sub("Anna Becker, Frau Schmidt, Maria Klein") == "Anna Becker, Frau Anna Becker, Sophie Lang"


def test_surrogate_document_can_be_written(tmp_path: Path) -> None:
    import docx

    from anonymizer.documents.docx_reader import read_docx
    from anonymizer.documents.docx_writer import write_masked_docx

    document = docx.Document()
    document.add_paragraph("Anna Schmidt und Frau Schmidts Antrag")
    document.sections[0].header.paragraphs[0].text = "Antrag Schmidt"
    document.core_properties.title = "Antrag Schmidt"
    source = tmp_path / "s.docx"
    document.save(str(source))
    content = read_docx(source)
    replacement = TextReplacement(0, 12, "Anna Schmidt", "Anna Becker", "PERSON")
    write_masked_docx(source, tmp_path / "aus.docx", [replacement], content=content)
    after = docx.Document(str(tmp_path / "aus.docx"))
    assert after.paragraphs[0].text == "Anna Becker und Frau Anna Becker Antrag"
    assert after.sections[0].header.paragraphs[0].text == "Antrag Anna Becker"
    assert after.core_properties.title == ""  # a property nobody checks is not kept
