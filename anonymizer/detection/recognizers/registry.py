"""The list of rule-based recognizers the default engine runs (add a new family here)."""

from __future__ import annotations

from collections.abc import Callable

from anonymizer.detection.base import Recognizer
from anonymizer.detection.recognizers.address import AddressRecognizer
from anonymizer.detection.recognizers.bic import BicRecognizer
from anonymizer.detection.recognizers.commercial_register import CommercialRegisterRecognizer
from anonymizer.detection.recognizers.credit_card import CreditCardRecognizer
from anonymizer.detection.recognizers.date_of_birth import DateOfBirthRecognizer
from anonymizer.detection.recognizers.driving_license import DrivingLicenseRecognizer
from anonymizer.detection.recognizers.email import EmailRecognizer
from anonymizer.detection.recognizers.foreign_plate import PolishLicensePlateRecognizer
from anonymizer.detection.recognizers.health_insurance import HealthInsuranceRecognizer
from anonymizer.detection.recognizers.iban import IbanRecognizer
from anonymizer.detection.recognizers.id_document import IdDocumentRecognizer
from anonymizer.detection.recognizers.ip_address import IpAddressRecognizer
from anonymizer.detection.recognizers.kbv_numbers import PhysicianNumberRecognizer, PracticeNumberRecognizer
from anonymizer.detection.recognizers.license_plate import LicensePlateRecognizer
from anonymizer.detection.recognizers.phone import PhoneRecognizer
from anonymizer.detection.recognizers.reference import ReferenceRecognizer
from anonymizer.detection.recognizers.social_security import SocialSecurityRecognizer
from anonymizer.detection.recognizers.tax_id import TaxIdRecognizer
from anonymizer.detection.recognizers.tax_number import TaxNumberRecognizer
from anonymizer.detection.recognizers.url import UrlRecognizer
from anonymizer.detection.recognizers.vat_id import VatIdRecognizer
from anonymizer.detection.recognizers.vehicle_id import VehicleIdRecognizer

RULE_RECOGNIZERS: list[Callable[[], Recognizer]] = [
    LicensePlateRecognizer,
    PolishLicensePlateRecognizer,
    DateOfBirthRecognizer,
    AddressRecognizer,
    ReferenceRecognizer,
    EmailRecognizer,
    UrlRecognizer,
    IpAddressRecognizer,
    PhoneRecognizer,
    IbanRecognizer,
    BicRecognizer,
    CreditCardRecognizer,
    TaxIdRecognizer,
    TaxNumberRecognizer,
    VatIdRecognizer,
    CommercialRegisterRecognizer,
    SocialSecurityRecognizer,
    HealthInsuranceRecognizer,
    PhysicianNumberRecognizer,
    PracticeNumberRecognizer,
    IdDocumentRecognizer,
    DrivingLicenseRecognizer,
    VehicleIdRecognizer,
]
