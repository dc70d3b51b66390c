"""Presidio's German recognizer test cases, transcribed, with what our engine masks for each.

Source: microsoft/presidio, commit 0aa9f8e44275cb52c00fbbebe19168e934e1f076 (2 July 2026), files
``presidio-analyzer/tests/test_de_*_recognizer.py``, ``test_ip_recognizer.py`` and
``test_credit_card_recognizer.py``: every row of their ``analyze`` tables (the strict-mode VAT table
and the ``validate_result`` tables left out, a text that appears twice in one file taken once).
``presidio`` holds the values Presidio's own recognizer returns for the text (any score, as its
analyzer reports them with the default threshold of 0), ``ours`` what ``detect`` masks with the
rule recognizers (the NER model adds nothing to these texts); ``ours`` is omitted where it is the
same. Where they differ, ``why`` names the reason. Used by ``test_presidio_de_cases.py`` and by
``benchmarks/presidio_compare.py``.

The test strings are taken from Presidio's tests under the MIT licence:

    The MIT License (MIT)
    Copyright (c) Presidio Contributors.

    Permission is hereby granted, free of charge, to any person obtaining a copy of this software
    and associated documentation files (the "Software"), to deal in the Software without
    restriction, including without limitation the rights to use, copy, modify, merge, publish,
    distribute, sublicense, and/or sell copies of the Software, and to permit persons to whom the
    Software is furnished to do so, subject to the following conditions:

    The above copyright notice and this permission notice shall be included in all copies or
    substantial portions of the Software.

    THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING
    BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND
    NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM,
    DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
    OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.
"""

from __future__ import annotations

from dataclasses import dataclass

# Why our engine masks something else than Presidio's recognizer (docs/detection.md, "Entity catalogue").
NO_CHECK_DIGIT_BSNR = "BSNR: nine digits without a check digit; a bare one needs its label (BSNR, Betriebsstätte)"
LICENCE_CHECK_FAILS = (
    "Führerschein: the check character fails (weights 9..1, modulo 11; the specimen card's B072RRE2I55 passes), "
    "so the number needs its label"
)
DOCUMENT_NINE_CHARACTERS = (
    "Ausweis/Reisepass: nine characters carry no check digit (the ICAO digit is a tenth character of the "
    "machine-readable zone; the specimen L01X00T47 fails Presidio's check), so they need their label"
)
LOWER_CASE_PLATE = "Kennzeichen in lower case need a context word: 'es ab 2024', 'so ab 100' have the same shape"
BARE_POSTCODE = "a bare five-digit number is a postcode only next to a town or a label (Presidio scores it 0.05)"
POSTCODE_WITH_TOWN = "the postcode is masked with its town as one ADDRESS"
NOT_A_STEUER_ID = "no Steuer-ID: the first ten digits must repeat exactly one digit (stdnum.de.idnr)"
BARE_STEUERNUMMER = "Steuernummer: no library checks the Länder check digits, so a bare one needs its label"
VAT_CHECK_FAILS = "USt-IdNr.: the check digit fails (ISO 7064 MOD 11,10); found next to a label"
UNSPECIFIED_ADDRESS = (
    "'::' is the unspecified address (no host, the same everywhere) and a bare '::' mostly punctuation"
)
FIVE_GROUPS = "five dotted groups: a version or an outline number, not an address"
PHONE_SHAPED = "also a valid German phone number (area code 0212, 0234, 0281), masked as PHONE"
DOMAIN_NAME = "the domain name is masked as URL too"
LIVESTOCK_SHAPED = "'DE' + 10 digits is the shape of a livestock ear tag / farm register number, masked as REFERENCE"


@dataclass(frozen=True, slots=True)
class Case:
    """One text of Presidio's tables: what Presidio finds, what we mask, and why they differ."""

    source: str
    text: str
    presidio: tuple[str, ...]
    ours: tuple[str, ...] | None = None
    why: str = ""

    @property
    def masked(self) -> tuple[str, ...]:
        """The values our engine masks in ``text``, in order."""
        return self.presidio if self.ours is None else self.ours


def spans(text: str, values: tuple[str, ...]) -> list[tuple[int, int]]:
    """The offsets of ``values`` in ``text``, each searched after the previous one."""
    result: list[tuple[int, int]] = []
    position = 0
    for value in values:
        start = text.index(value, position)
        result.append((start, start + len(value)))
        position = start + len(value)
    return result


CASES: tuple[Case, ...] = (
    # --- test_de_bsnr_recognizer.py ---
    Case("de_bsnr_recognizer", "021234568", ("021234568",)),
    Case("de_bsnr_recognizer", "521234567", ("521234567",), (), NO_CHECK_DIGIT_BSNR),
    Case("de_bsnr_recognizer", "711234567", ("711234567",), (), NO_CHECK_DIGIT_BSNR),
    Case("de_bsnr_recognizer", "351234567", ("351234567",), (), NO_CHECK_DIGIT_BSNR),
    Case("de_bsnr_recognizer", "Betriebsstättennummer: 021234568", ("021234568",)),
    Case("de_bsnr_recognizer", "BSNR 711234567 der Praxis.", ("711234567",)),
    Case("de_bsnr_recognizer", "991234567", ("991234567",), (), NO_CHECK_DIGIT_BSNR),
    Case("de_bsnr_recognizer", "051234567", ("051234567",)),
    Case("de_bsnr_recognizer", "000000000", ()),
    Case("de_bsnr_recognizer", "02123456", (), ("02123456",), PHONE_SHAPED),
    Case("de_bsnr_recognizer", "0212345689", (), ("0212345689",), PHONE_SHAPED),
    Case("de_bsnr_recognizer", "02123456A", ()),
    # --- test_de_fuehrerschein_recognizer.py ---
    Case("de_fuehrerschein_recognizer", "BO12345678A", ("BO12345678A",), (), LICENCE_CHECK_FAILS),
    Case("de_fuehrerschein_recognizer", "MU12345678B", ("MU12345678B",), (), LICENCE_CHECK_FAILS),
    Case("de_fuehrerschein_recognizer", "HH98765432C", ("HH98765432C",), (), LICENCE_CHECK_FAILS),
    Case("de_fuehrerschein_recognizer", "KO12345678X", ("KO12345678X",), (), LICENCE_CHECK_FAILS),
    Case("de_fuehrerschein_recognizer", "DO98765432Z", ("DO98765432Z",), (), LICENCE_CHECK_FAILS),
    Case("de_fuehrerschein_recognizer", "GE123456780", ("GE123456780",), (), LICENCE_CHECK_FAILS),
    Case("de_fuehrerschein_recognizer", "MU123456785", ("MU123456785",), (), LICENCE_CHECK_FAILS),
    Case("de_fuehrerschein_recognizer", "Führerscheinnummer: BO12345678A", ("BO12345678A",)),
    Case("de_fuehrerschein_recognizer", "Fahrerlaubnis MU12345678B wurde ausgestellt.", ("MU12345678B",)),
    Case("de_fuehrerschein_recognizer", "mu12345678b", ("mu12345678b",), (), LICENCE_CHECK_FAILS),
    Case("de_fuehrerschein_recognizer", "BO12345678", ()),
    Case("de_fuehrerschein_recognizer", "BO12345678AB", ()),
    Case("de_fuehrerschein_recognizer", "12345678901", ()),
    Case("de_fuehrerschein_recognizer", "B12345678A", ()),
    # --- test_de_handelsregister_recognizer.py ---
    Case("de_handelsregister_recognizer", "HRB 123456", ("HRB 123456",)),
    Case("de_handelsregister_recognizer", "HRB 1", ("HRB 1",)),
    Case("de_handelsregister_recognizer", "HRB123456", ("HRB123456",)),
    Case("de_handelsregister_recognizer", "HRA 12345", ("HRA 12345",)),
    Case("de_handelsregister_recognizer", "HRA12345", ("HRA12345",)),
    Case("de_handelsregister_recognizer", "Amtsgericht München HRB 12345.", ("HRB 12345",)),
    Case("de_handelsregister_recognizer", "eingetragen im HRA 99999 Köln", ("HRA 99999",)),
    Case("de_handelsregister_recognizer", "Handelsregisternummer: HRB 123456", ("HRB 123456",)),
    Case("de_handelsregister_recognizer", "HRB 999999", ("HRB 999999",)),
    Case("de_handelsregister_recognizer", "HRC 12345", ()),
    Case("de_handelsregister_recognizer", "HR 12345", ()),
    Case("de_handelsregister_recognizer", "HRB 1234567", ()),
    Case("de_handelsregister_recognizer", "hrb 12345", ("hrb 12345",)),
    # --- test_de_health_insurance_recognizer.py ---
    Case("de_health_insurance_recognizer", "A000500015", ("A000500015",)),
    Case("de_health_insurance_recognizer", "C000500021", ("C000500021",)),
    Case("de_health_insurance_recognizer", "A123456780", ("A123456780",)),
    Case("de_health_insurance_recognizer", "M123456785", ("M123456785",)),
    Case("de_health_insurance_recognizer", "B123456782", ("B123456782",)),
    Case("de_health_insurance_recognizer", "Z000000005", ("Z000000005",)),
    Case("de_health_insurance_recognizer", "Z999999997", ("Z999999997",)),
    Case("de_health_insurance_recognizer", "Krankenkasse KVNR: A123456780", ("A123456780",)),
    Case("de_health_insurance_recognizer", "eGK-Nummer M123456785 bitte angeben.", ("M123456785",)),
    Case("de_health_insurance_recognizer", "A123456787", ()),
    Case("de_health_insurance_recognizer", "M123456789", ()),
    Case("de_health_insurance_recognizer", "1123456780", ()),
    Case("de_health_insurance_recognizer", "a123456780", ("a123456780",)),
    Case("de_health_insurance_recognizer", "A12345678", ()),
    Case("de_health_insurance_recognizer", "A1234567890", ()),
    # --- test_de_id_card_recognizer.py ---
    Case("de_id_card_recognizer", "L01X00T44", ("L01X00T44",), (), DOCUMENT_NINE_CHARACTERS),
    Case("de_id_card_recognizer", "C01234565", ("C01234565",), (), DOCUMENT_NINE_CHARACTERS),
    Case("de_id_card_recognizer", "CZ6311T03", ("CZ6311T03",), (), DOCUMENT_NINE_CHARACTERS),
    Case("de_id_card_recognizer", "G00000002", ("G00000002",), (), DOCUMENT_NINE_CHARACTERS),
    Case("de_id_card_recognizer", "Personalausweis: L01X00T44.", ("L01X00T44",)),
    Case("de_id_card_recognizer", "l01x00t44", ("l01x00t44",), (), DOCUMENT_NINE_CHARACTERS),
    Case("de_id_card_recognizer", "T22000129", ("T22000129",), (), DOCUMENT_NINE_CHARACTERS),
    Case("de_id_card_recognizer", "T00000000", ("T00000000",), (), DOCUMENT_NINE_CHARACTERS),
    Case("de_id_card_recognizer", "T99999999", ("T99999999",), (), DOCUMENT_NINE_CHARACTERS),
    Case("de_id_card_recognizer", "Ausweis Nr. T22000129 gültig bis 2025.", ("T22000129",)),
    Case("de_id_card_recognizer", "t22000129", ("t22000129",), (), DOCUMENT_NINE_CHARACTERS),
    Case("de_id_card_recognizer", "L01X00T47", ()),
    Case("de_id_card_recognizer", "C01234567", ()),
    Case("de_id_card_recognizer", "T2200012", ()),
    Case("de_id_card_recognizer", "T220001290", ()),
    Case("de_id_card_recognizer", "123456789", ()),
    # --- test_de_kfz_recognizer.py ---
    Case("de_kfz_recognizer", "B AB 1234", ("B AB 1234",)),
    Case("de_kfz_recognizer", "M XY 999", ("M XY 999",)),
    Case("de_kfz_recognizer", "HH AB 1234", ("HH AB 1234",)),
    Case("de_kfz_recognizer", "KA EF 12H", ("KA EF 12H",)),
    Case("de_kfz_recognizer", "S AB 12E", ("S AB 12E",)),
    Case("de_kfz_recognizer", "MIL E 1234", ("MIL E 1234",)),
    Case("de_kfz_recognizer", "MIL EF 1234E", ("MIL EF 1234E",)),
    Case("de_kfz_recognizer", "B-AB-1234", ("B-AB-1234",)),
    Case("de_kfz_recognizer", "M-XY-999", ("M-XY-999",)),
    Case("de_kfz_recognizer", "HH-AB-1234", ("HH-AB-1234",)),
    Case("de_kfz_recognizer", "Das Fahrzeug mit Kennzeichen B AB 1234 wurde gesehen.", ("B AB 1234",)),
    Case("de_kfz_recognizer", "Kennzeichen: HH-AB-1234.", ("HH-AB-1234",)),
    Case("de_kfz_recognizer", "b ab 1234", ("b ab 1234",), (), LOWER_CASE_PLATE),
    Case("de_kfz_recognizer", "m xy 999", ("m xy 999",), (), LOWER_CASE_PLATE),
    Case("de_kfz_recognizer", "BAB1234", ()),
    Case("de_kfz_recognizer", "B 1234", ()),
    Case("de_kfz_recognizer", "BXYZ AB 1234", ()),
    # --- test_de_lanr_recognizer.py ---
    Case("de_lanr_recognizer", "123456601", ("123456601",)),
    Case("de_lanr_recognizer", "234567701", ("234567701",)),
    Case("de_lanr_recognizer", "100000601", ("100000601",)),
    Case("de_lanr_recognizer", "987654401", ("987654401",)),
    Case("de_lanr_recognizer", "555555501", ("555555501",)),
    Case("de_lanr_recognizer", "999999901", ("999999901",)),
    Case("de_lanr_recognizer", "LANR: 123456601 des behandelnden Arztes.", ("123456601",)),
    Case("de_lanr_recognizer", "Arztnummer 987654401 auf dem Rezept.", ("987654401",)),
    Case("de_lanr_recognizer", "123456901", ()),
    Case("de_lanr_recognizer", "234567601", ()),
    Case("de_lanr_recognizer", "100000401", ()),
    Case("de_lanr_recognizer", "12345660", ()),
    Case("de_lanr_recognizer", "1234566010", ()),
    # --- test_de_passport_recognizer.py ---
    Case("de_passport_recognizer", "C01234565", ("C01234565",), (), DOCUMENT_NINE_CHARACTERS),
    Case("de_passport_recognizer", "F12345671", ("F12345671",), (), DOCUMENT_NINE_CHARACTERS),
    Case("de_passport_recognizer", "L01X00T44", ("L01X00T44",), (), DOCUMENT_NINE_CHARACTERS),
    Case("de_passport_recognizer", "CZ6311T03", ("CZ6311T03",), (), DOCUMENT_NINE_CHARACTERS),
    Case("de_passport_recognizer", "G00000002", ("G00000002",), (), DOCUMENT_NINE_CHARACTERS),
    Case("de_passport_recognizer", "C01X00T41", ("C01X00T41",), (), DOCUMENT_NINE_CHARACTERS),
    Case("de_passport_recognizer", "Reisepass C01234565 ausgestellt am 01.01.2020.", ("C01234565",)),
    Case("de_passport_recognizer", "Pass-Nr.: F12345671", ("F12345671",)),
    Case("de_passport_recognizer", "C01234567", ()),
    Case("de_passport_recognizer", "F12345678", ()),
    Case("de_passport_recognizer", "L01X00T47", ()),
    Case("de_passport_recognizer", "c01234565", ("c01234565",), (), DOCUMENT_NINE_CHARACTERS),
    Case("de_passport_recognizer", "C0123456", ()),
    Case("de_passport_recognizer", "C012345678", ()),
    Case("de_passport_recognizer", "901234567", ()),
    # --- test_de_plz_recognizer.py ---
    Case("de_plz_recognizer", "10115", ("10115",), (), BARE_POSTCODE),
    Case("de_plz_recognizer", "80331", ("80331",), (), BARE_POSTCODE),
    Case("de_plz_recognizer", "22085", ("22085",), (), BARE_POSTCODE),
    Case("de_plz_recognizer", "01001", ("01001",), (), BARE_POSTCODE),
    Case("de_plz_recognizer", "99998", ("99998",), (), BARE_POSTCODE),
    Case("de_plz_recognizer", "PLZ: 10115", ("10115",)),
    Case("de_plz_recognizer", "Postleitzahl 80331 München", ("80331",), ("80331 München",), POSTCODE_WITH_TOWN),
    Case("de_plz_recognizer", "00000", ()),
    Case("de_plz_recognizer", "01000", ()),
    Case("de_plz_recognizer", "99999", ()),
    Case("de_plz_recognizer", "101150", ()),
    Case("de_plz_recognizer", "1011", ()),
    Case("de_plz_recognizer", "PLZ 80331", ("80331",)),
    # --- test_de_social_security_recognizer.py ---
    Case("de_social_security_recognizer", "15070649C103", ("15070649C103",)),
    Case("de_social_security_recognizer", "65070803A019", ("65070803A019",)),
    Case("de_social_security_recognizer", "20151090B023", ("20151090B023",)),
    Case("de_social_security_recognizer", "38551285K051", ("38551285K051",)),
    Case("de_social_security_recognizer", "RVNR: 15070649C103 laut Sozialversicherungsausweis.", ("15070649C103",)),
    Case("de_social_security_recognizer", "15070649C100", ()),
    Case("de_social_security_recognizer", "65070803A012", ()),
    Case("de_social_security_recognizer", "15070049C103", ()),
    Case("de_social_security_recognizer", "15071349C103", ()),
    Case("de_social_security_recognizer", "150706491103", ()),
    Case("de_social_security_recognizer", "15070649C10", ()),
    Case("de_social_security_recognizer", "15070649C1030", ()),
    # --- test_de_tax_id_recognizer.py ---
    Case("de_tax_id_recognizer", "12345678903", ("12345678903",), (), NOT_A_STEUER_ID),
    Case("de_tax_id_recognizer", "98765432106", ("98765432106",), (), NOT_A_STEUER_ID),
    Case("de_tax_id_recognizer", "Meine Steuer-ID: 12345678903.", ("12345678903",)),
    Case("de_tax_id_recognizer", "IdNr. 98765432106 liegt vor.", ("98765432106",)),
    Case("de_tax_id_recognizer", "12345678901", ()),
    Case("de_tax_id_recognizer", "98765432100", ()),
    Case("de_tax_id_recognizer", "02345678901", (), ("02345678901",), PHONE_SHAPED),
    Case("de_tax_id_recognizer", "1234567890", ()),
    Case("de_tax_id_recognizer", "123456789030", ()),
    Case("de_tax_id_recognizer", "11111111111", ()),
    Case("de_tax_id_recognizer", "11112345678", ()),
    # --- test_de_tax_number_recognizer.py ---
    Case("de_tax_number_recognizer", "0281508150123", ("0281508150123",)),
    Case("de_tax_number_recognizer", "0981508150999", ("0981508150999",)),
    Case("de_tax_number_recognizer", "1681508150001", ("1681508150001",), (), BARE_STEUERNUMMER),
    Case("de_tax_number_recognizer", "0181508150000", ("0181508150000",)),
    Case("de_tax_number_recognizer", "1781508150001", ()),
    Case("de_tax_number_recognizer", "0081508150001", ()),
    Case("de_tax_number_recognizer", "028150815012", (), ("028150815012",), PHONE_SHAPED),
    Case("de_tax_number_recognizer", "123/456/78901", ("123/456/78901",), (), BARE_STEUERNUMMER),
    Case("de_tax_number_recognizer", "987/654/32100", ("987/654/32100",), (), BARE_STEUERNUMMER),
    Case("de_tax_number_recognizer", "12/345/6789", ("12/345/6789",), (), BARE_STEUERNUMMER),
    Case("de_tax_number_recognizer", "12/3456/7890", ("12/3456/7890",), (), BARE_STEUERNUMMER),
    Case("de_tax_number_recognizer", "123/3456/7890", ("123/3456/7890",), (), BARE_STEUERNUMMER),
    Case("de_tax_number_recognizer", "Steuernummer: 0981508150999 wurde vergeben.", ("0981508150999",)),
    Case("de_tax_number_recognizer", "St.-Nr. 123/456/78901 bitte angeben.", ("123/456/78901",)),
    # --- test_de_vat_id_recognizer.py ---
    Case("de_vat_id_recognizer", "DE136695976", ("DE136695976",)),
    Case("de_vat_id_recognizer", "DE129273398", ("DE129273398",)),
    Case("de_vat_id_recognizer", "DE123456788", ("DE123456788",)),
    Case("de_vat_id_recognizer", "DE111111117", ("DE111111117",)),
    Case("de_vat_id_recognizer", "USt-IdNr.: DE136695976", ("DE136695976",)),
    Case("de_vat_id_recognizer", "Bitte angeben: DE129273398 auf der Rechnung.", ("DE129273398",)),
    Case("de_vat_id_recognizer", "DE123456789", ("DE123456789",), (), VAT_CHECK_FAILS),
    Case("de_vat_id_recognizer", "DE987654321", ("DE987654321",), (), VAT_CHECK_FAILS),
    Case("de_vat_id_recognizer", "DE100000001", ("DE100000001",), (), VAT_CHECK_FAILS),
    Case("de_vat_id_recognizer", "de136695976", ("de136695976",)),
    Case("de_vat_id_recognizer", "AT123456789", ()),
    Case("de_vat_id_recognizer", "FR12345678901", ()),
    Case("de_vat_id_recognizer", "DE12345678", ()),
    Case("de_vat_id_recognizer", "DE1234567890", (), ("DE1234567890",), LIVESTOCK_SHAPED),
    Case("de_vat_id_recognizer", "DE 136 695 976", ("DE 136 695 976",)),
    Case("de_vat_id_recognizer", "DE 129 273 398", ("DE 129 273 398",)),
    Case("de_vat_id_recognizer", "DE 136695976", ("DE 136695976",)),
    Case("de_vat_id_recognizer", "DE-136-695-976", ("DE-136-695-976",)),
    Case("de_vat_id_recognizer", "DE.136.695.976", ("DE.136.695.976",)),
    Case("de_vat_id_recognizer", "DE 136-695.976", ("DE 136-695.976",)),
    Case("de_vat_id_recognizer", "de 136 695 976", ("de 136 695 976",)),
    Case("de_vat_id_recognizer", "Rechnung USt-IdNr. DE 136 695 976 von Beispiel GmbH", ("DE 136 695 976",)),
    # --- test_ip_recognizer.py ---
    Case("ip_recognizer", "microsoft.com 192.168.0.1", ("192.168.0.1",), ("microsoft.com", "192.168.0.1"), DOMAIN_NAME),
    Case("ip_recognizer", "my ip: 192.168.0", ()),
    Case(
        "ip_recognizer",
        "microsoft.com 684D:1111:222:3333:4444:5555:6:77",
        ("684D:1111:222:3333:4444:5555:6:77",),
        ("microsoft.com", "684D:1111:222:3333:4444:5555:6:77"),
        DOMAIN_NAME,
    ),
    Case("ip_recognizer", "my ip: 684D:1111:222:3333:4444:5555:6:77", ("684D:1111:222:3333:4444:5555:6:77",)),
    Case("ip_recognizer", "684D:1111:222:3333:4444:5555:77", ()),
    Case("ip_recognizer", "2345:0425:2CA1:0000:0000:0567:5673:23b5", ("2345:0425:2CA1:0000:0000:0567:5673:23b5",)),
    Case("ip_recognizer", "2345:0425:2CA1::0567:5673:23b5", ("2345:0425:2CA1::0567:5673:23b5",)),
    Case("ip_recognizer", "2400:c401::5054:ff:fe1b:b031", ("2400:c401::5054:ff:fe1b:b031",)),
    Case("ip_recognizer", "Use local ipv6 ::", ("::",), (), UNSPECIFIED_ADDRESS),
    Case("ip_recognizer", "my ip: ::1", ("::1",)),
    Case("ip_recognizer", "connecting from ::1", ("::1",)),
    Case("ip_recognizer", "src=:: dst=::1", ("::", "::1"), ("::1",), UNSPECIFIED_ADDRESS),
    Case("ip_recognizer", "fe80::1", ("fe80::1",)),
    Case("ip_recognizer", "2001:db8::8a2e:370:7334", ("2001:db8::8a2e:370:7334",)),
    Case("ip_recognizer", "2001:db8:85a3::8a2e:370", ("2001:db8:85a3::8a2e:370",)),
    Case("ip_recognizer", "2001:db8::1", ("2001:db8::1",)),
    Case("ip_recognizer", "fe80::1%eth0", ("fe80::1%eth0",)),
    Case("ip_recognizer", "A099::09C0:876A:130B", ("A099::09C0:876A:130B",)),
    Case("ip_recognizer", "Server IP: 2001:db8::1", ("2001:db8::1",)),
    Case("ip_recognizer", "Connect to [2001:db8::1]:8080", ("2001:db8::1",)),
    Case("ip_recognizer", "my ip is 2400:c401::5054:ff:fe1b:b031", ("2400:c401::5054:ff:fe1b:b031",)),
    Case("ip_recognizer", "Gateway: fe80::1 on interface", ("fe80::1",)),
    Case("ip_recognizer", "Visit http://[2001:db8::1]/path", ("2001:db8::1",)),
    Case("ip_recognizer", "SSH to user@2001:db8::1", ("2001:db8::1",)),
    Case("ip_recognizer", "::ffff:192.0.2.1", ("::ffff:192.0.2.1",)),
    Case("ip_recognizer", "::ffff:10.0.0.1", ("::ffff:10.0.0.1",)),
    Case("ip_recognizer", "::ffff:172.16.0.1", ("::ffff:172.16.0.1",)),
    Case("ip_recognizer", "::ffff:127.0.0.1", ("::ffff:127.0.0.1",)),
    Case("ip_recognizer", "::ffff:255.255.255.255", ("::ffff:255.255.255.255",)),
    Case("ip_recognizer", "::ffff:0.0.0.0", ("::ffff:0.0.0.0",)),
    Case("ip_recognizer", "::ffff:0:192.168.1.1", ("::ffff:0:192.168.1.1",)),
    Case("ip_recognizer", "::ffff:0000:10.0.0.1", ("::ffff:0000:10.0.0.1",)),
    Case("ip_recognizer", "Mapped: ::ffff:192.168.1.1", ("::ffff:192.168.1.1",)),
    Case("ip_recognizer", "Connect to ::ffff:10.0.0.1 now", ("::ffff:10.0.0.1",)),
    Case("ip_recognizer", "[::ffff:192.168.1.1]:80", ("::ffff:192.168.1.1",)),
    Case("ip_recognizer", "::192.168.1.1", ("::192.168.1.1",)),
    Case("ip_recognizer", "::10.0.0.1", ("::10.0.0.1",)),
    Case("ip_recognizer", "::ffff:256.0.0.1", ()),
    Case("ip_recognizer", "::ffff:192.168.1", ()),
    Case("ip_recognizer", "2001:db8::192.168.1.1", ("2001:db8::192.168.1.1",)),
    Case("ip_recognizer", "2001:db8:1::192.0.2.1", ("2001:db8:1::192.0.2.1",)),
    Case("ip_recognizer", "64:ff9b::192.0.2.1", ("64:ff9b::192.0.2.1",)),
    Case("ip_recognizer", "2001:db8:85a3::8a2e:192.168.0.1", ("2001:db8:85a3::8a2e:192.168.0.1",)),
    Case("ip_recognizer", "0:0:0:0:0:FFFF:129.144.52.38", ("0:0:0:0:0:FFFF:129.144.52.38",)),
    Case("ip_recognizer", "2001:db8:0:0:0:0:192.168.1.1", ("2001:db8:0:0:0:0:192.168.1.1",)),
    Case("ip_recognizer", "NAT64: 64:ff9b::198.51.100.1", ("64:ff9b::198.51.100.1",)),
    Case("ip_recognizer", "Tunnel to 2001:db8::10.0.0.1", ("2001:db8::10.0.0.1",)),
    Case("ip_recognizer", "2001:db8::256.1.1.1", ()),
    Case("ip_recognizer", "IPv4: 192.168.1.1, IPv6: 2001:db8::1", ("192.168.1.1", "2001:db8::1")),
    Case("ip_recognizer", "Primary: 10.0.0.1, Secondary: 172.16.0.1", ("10.0.0.1", "172.16.0.1")),
    Case("ip_recognizer", "IPs: 192.168.1.1, 10.0.0.1, 2001:db8::1", ("192.168.1.1", "10.0.0.1", "2001:db8::1")),
    Case("ip_recognizer", "MAC address aa:bb:cc:dd:ee:ff", ()),
    Case("ip_recognizer", "Time 12:34:56", ()),
    Case("ip_recognizer", "Ratio 1:2:3:4", ()),
    Case("ip_recognizer", "CSS color #ff00aa", ()),
    Case("ip_recognizer", "Version 1.2.3", ()),
    Case("ip_recognizer", "Port 80:443", ()),
    Case("ip_recognizer", "abc:def:ghi", ()),
    Case("ip_recognizer", "123:abc", ()),
    Case("ip_recognizer", "file:///path/to/file", ()),
    Case("ip_recognizer", "std::cout", ()),
    Case("ip_recognizer", "MyClass::toString", ()),
    Case("ip_recognizer", ":::", ()),
    Case("ip_recognizer", "IP192.168.1.1text", ()),
    Case("ip_recognizer", "text192.168.1.1", ()),
    Case("ip_recognizer", "(192.168.1.1)", ("192.168.1.1",)),
    Case("ip_recognizer", "'2001:db8::1'", ("2001:db8::1",)),
    Case("ip_recognizer", "IP: 192.168.1.1.", ("192.168.1.1",)),
    Case("ip_recognizer", "192.168.1.1,", ("192.168.1.1",)),
    Case("ip_recognizer", "[2001:db8::1]", ("2001:db8::1",)),
    Case("ip_recognizer", "Server IP: 2400:c401::5054:ff:fe1b:b031.", ("2400:c401::5054:ff:fe1b:b031",)),
    Case("ip_recognizer", "2001:db8::1.", ("2001:db8::1",)),
    Case("ip_recognizer", "fe80::1text", ()),
    Case("ip_recognizer", "text2001:db8::1", ()),
    Case("ip_recognizer", "192.168.1.1.1", ("192.168.1.1",), (), FIVE_GROUPS),
    Case("ip_recognizer", "256.256.256.256", ()),
    Case("ip_recognizer", "192.168.1.256", ()),
    Case("ip_recognizer", "gggg:hhhh::1234", ()),
    Case("ip_recognizer", "192.168.1", ()),
    Case("ip_recognizer", "300.168.1.1", ()),
    Case("ip_recognizer", "12345:db8::1", ()),
    Case("ip_recognizer", "2001::db8::1", ()),
    Case("ip_recognizer", "2001::25de::cade", ()),
    Case("ip_recognizer", "192.168.2.1@eth0", ("192.168.2.1",)),
    Case("ip_recognizer", "text::ffff:192.0.2.1", ("192.0.2.1",)),
    Case("ip_recognizer", "foo2001:db8::10.0.0.1", ("10.0.0.1",)),
    Case("ip_recognizer", "localhost 127.0.0.1", ("127.0.0.1",)),
    Case("ip_recognizer", "Broadcast 255.255.255.255", ("255.255.255.255",)),
    Case("ip_recognizer", "Private 10.0.0.0", ("10.0.0.0",)),
    Case("ip_recognizer", "Link-local 169.254.1.1", ("169.254.1.1",)),
    Case("ip_recognizer", "Subnet 172.16.0.0", ("172.16.0.0",)),
    Case("ip_recognizer", "Default 0.0.0.0", ("0.0.0.0",)),
    Case("ip_recognizer", "Unspecified ::", ("::",), (), UNSPECIFIED_ADDRESS),
    Case("ip_recognizer", "Loopback ::1", ("::1",)),
    Case("ip_recognizer", "Multicast ff02::1", ("ff02::1",)),
    Case("ip_recognizer", "192.168.1.0/24", ("192.168.1.0/24",)),
    Case("ip_recognizer", "10.0.0.0/8", ("10.0.0.0/8",)),
    Case("ip_recognizer", "0.0.0.0/0", ("0.0.0.0/0",)),
    Case("ip_recognizer", "192.168.1.1/32", ("192.168.1.1/32",)),
    Case("ip_recognizer", "2001:db8::/32", ("2001:db8::/32",)),
    Case("ip_recognizer", "fe80::/10", ("fe80::/10",)),
    Case("ip_recognizer", "::1/128", ("::1/128",)),
    Case("ip_recognizer", "fe80::1%eth0/64", ("fe80::1%eth0/64",)),
    Case("ip_recognizer", "2001:db8::%eth0/128", ("2001:db8::%eth0/128",)),
    Case("ip_recognizer", "::/0", ("::/0",), (), UNSPECIFIED_ADDRESS),
    Case("ip_recognizer", "::/128", ("::/128",), (), UNSPECIFIED_ADDRESS),
    Case("ip_recognizer", "::ffff:192.168.1.0/96", ("::ffff:192.168.1.0/96",)),
    Case("ip_recognizer", "64:ff9b::192.0.2.0/96", ("64:ff9b::192.0.2.0/96",)),
    Case("ip_recognizer", "Subnet: 192.168.1.0/24", ("192.168.1.0/24",)),
    Case("ip_recognizer", "Prefix: 2001:db8::/32", ("2001:db8::/32",)),
    Case("ip_recognizer", "Route is 10.0.0.0/8.", ("10.0.0.0/8",)),
    Case("ip_recognizer", "Use 2001:db8::/32.", ("2001:db8::/32",)),
    Case("ip_recognizer", "10.0.0.0/123", ("10.0.0.0",)),
    Case("ip_recognizer", "2001:db8::/9999", ("2001:db8::",)),
    # --- test_credit_card_recognizer.py ---
    Case(
        "credit_card_recognizer",
        "4012888888881881 4012-8888-8888-1881 4012 8888 8888 1881",
        ("4012888888881881", "4012-8888-8888-1881", "4012 8888 8888 1881"),
    ),
    Case("credit_card_recognizer", "1748503543012", ()),
    Case("credit_card_recognizer", "122000000000003", ("122000000000003",)),
    Case("credit_card_recognizer", "my credit card: 122000000000003", ("122000000000003",)),
    Case("credit_card_recognizer", "371449635398431", ("371449635398431",)),
    Case("credit_card_recognizer", "5555555555554444", ("5555555555554444",)),
    Case("credit_card_recognizer", "5019717010103742", ("5019717010103742",)),
    Case("credit_card_recognizer", "30569309025904", ("30569309025904",)),
    Case("credit_card_recognizer", "6011000400000000", ("6011000400000000",)),
    Case("credit_card_recognizer", "3528000700000000", ("3528000700000000",)),
    Case("credit_card_recognizer", "6759649826438453", ("6759649826438453",)),
    Case("credit_card_recognizer", "4111111111111111", ("4111111111111111",)),
    Case("credit_card_recognizer", "4917300800000000", ("4917300800000000",)),
    Case("credit_card_recognizer", "4484070000000000", ("4484070000000000",)),
    Case("credit_card_recognizer", "4012-8888-8888-1882", ()),
    Case("credit_card_recognizer", "my credit card number is 4012-8888-8888-1882", ()),
    Case("credit_card_recognizer", "36168002586008", ()),
    Case("credit_card_recognizer", "my credit card number is 36168002586008", ()),
)
