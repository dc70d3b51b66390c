"""IpAddressRecognizer: v4 and v6, validated by ipaddress; versions and dates are not addresses."""

from __future__ import annotations

import pytest

from anonymizer.detection.recognizers.ip_address import IpAddressRecognizer
from anonymizer.entities import IP_ADDRESS


@pytest.fixture(scope="module")
def recognizer() -> IpAddressRecognizer:
    return IpAddressRecognizer()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Zugriff von IP 192.168.10.25 protokolliert.", ["192.168.10.25"]),
        ("Server 10.0.0.1 und 172.16.254.3", ["10.0.0.1", "172.16.254.3"]),
        ("IPv6: 2001:db8::1 im Log", ["2001:db8::1"]),
        ("Adresse fe80::1ff:fe23:4567:890a", ["fe80::1ff:fe23:4567:890a"]),
        ("voll: 2001:0db8:85a3:0000:0000:8a2e:0370:7334.", ["2001:0db8:85a3:0000:0000:8a2e:0370:7334"]),
        ("Die IP-Adresse lautete 1.2.3.4.", ["1.2.3.4"]),
        ("Version 1.2.3.4 installiert", []),
        ("Update auf 1.2.3 ausgeführt", []),
        ("geboren am 11.02.2006", []),
        ("um 14:30:00 Uhr", []),
        ("ungültig 999.10.10.10", []),
        ("siehe Ziffer 1.2.3.4 der Richtlinie", []),
        ("Build 10.0.19041.1.2", []),
        ("Logeintrag: 192.168.0.1 meldete sich an", ["192.168.0.1"]),
        ("Router 10.0.0.1 neu gestartet", ["10.0.0.1"]),
        ("nach Unterabschnitt 1.16.13.1 bis 1.16.13.3", []),
        ("leicht erreichbar sein. 10.2.1.7 Atemschutz", []),
        # compressed and mapped v6, zones, prefixes (RFC 4291, 4007); zero groups mark v4 addresses
        ("localhost ::1", ["::1"]),
        ("Link fe80::1%eth0 aktiv", ["fe80::1%eth0"]),
        ("gemappt ::ffff:192.0.2.1", ["::ffff:192.0.2.1"]),
        ("NAT64 2001:db8::192.168.1.1", ["2001:db8::192.168.1.1"]),
        ("Netz 2001:db8::/32.", ["2001:db8::/32"]),
        ("Subnetz 192.168.1.0/24", ["192.168.1.0/24"]),
        ("Route 10.0.0.0/8", ["10.0.0.0/8"]),
        ("Gerät 10.0.0.1 neu", ["10.0.0.1"]),
        ("10.0.0.0/123", ["10.0.0.0"]),
        ("unspezifiziert ::", []),
        ("Beginn 10::30 laut Aushang", []),
        ("std::cout und MyClass::toString", []),
        ("MAC aa:bb:cc:dd:ee:ff", []),
        ("Release 4.0.0.1 verteilt", []),
    ],
)
def test_table(recognizer: IpAddressRecognizer, text: str, expected: list[str]) -> None:
    findings = recognizer.analyze(text)
    assert [f.text for f in findings] == expected
    assert all(f.type == IP_ADDRESS and text[f.start : f.end] == f.text for f in findings)
