"""Ordinary numbers of county texts that no recognizer may mask (our own table, not Presidio's).

Amounts, paragraphs and citations, dates and times, room numbers, counts, versions and norms, and
article or order numbers whose shape is that of an identifier (a LANR with a fitting check digit
after "Artikelnummer", a KVNR-shaped article code, a licence-shaped product code). Used by
``test_presidio_de_cases.py`` and ``benchmarks/presidio_compare.py``.
"""

from __future__ import annotations

#: Ordinary numbers of county texts: nothing here is personal data, nothing may be masked.
COUNTY_NEGATIVES = (
    # amounts
    "Der Zuschuss beträgt 12.500,00 EUR (in Worten: zwölftausendfünfhundert Euro).",
    "Gesamtsumme 1.234.567,89 € brutto, davon 19 % MwSt. 197.117,12 €.",
    "Haushaltsstelle 1.11.01.543100 – Ansatz 250.000 €",
    "Die Kosten von 123456601 Euro sind nicht gedeckt.",
    # paragraphs and legal citations
    "Gemäß § 45 Abs. 2 Satz 1 SGB XII in Verbindung mit § 41 Abs. 3 SGB XII wird festgestellt:",
    "nach Art. 6 Abs. 1 lit. e DSGVO und § 3 Abs. 1 DSG NRW",
    "Rechtsgrundlage: § 35 Abs. 1 Satz 2 Nr. 3 BauGB",
    "(ABl. EG L 175, S. 43) und Richtlinie 2006/126/EG",
    # dates and times
    "Die Sitzung findet am 14.03.2025 um 10:30 Uhr in Zimmer 3.021 statt.",
    "Fristende: 31.12.2025; Eingang am 2025-01-15.",
    "im Zeitraum 01/2024 bis 06/2024 wurden 1.250 Anträge bearbeitet",
    "Uhrzeit 12:30:45, Verhältnis 3:1:2",
    "Beginn 10::30 laut Aushang",
    # rooms, counts, tables, versions, norms
    "Bitte melden Sie sich im Raum 2.114 oder im Gebäude B, 3. OG.",
    "Die Einwohnerzahl stieg von 219.012 auf 221.340 Personen.",
    "Tabelle 3.2.1: Fallzahlen 2019–2024 (n = 1.204)",
    "Version 10.0.19045.3803 installiert, Build 2.1.0.0",
    "ISO 9001:2015 und DIN EN ISO 14001 zertifiziert",
    "Die Anlage 4 zum Bescheid vom 12.08.2024 (Seite 3 von 7)",
    "nach Unterabschnitt 1.16.13.1 bis 1.16.13.3",
    "Die VR 360-Brille kostet 399 Euro, PR 7/2024 folgt.",
    "Wir fahren so ab 100 Metern langsamer, es ab 2024 zu prüfen.",
    # order, article and other non-personal numbers that look like identifiers
    "Artikel-Nr. 4711 0815, Toner schwarz, 3 Stück à 89,90 €",
    "Artikelnummer 123456601 (Kopierpapier A4, 500 Blatt)",
    "Artikel A123456780: Ordner, breit",
    "Auftrag 2024-0815 vom 03.02.2024, 12 Paletten",
    "Produktcode B072RRE2I56 laut Katalog",
    "Die Projekte FB-IT-2024 und FB-IT-2025 sind abgeschlossen.",
    "Das Modell DE 123 456 789 ist ausverkauft.",
    "Lieferung 2 x 123/456/78901 mm Rohr",
)
