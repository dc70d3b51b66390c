"""The list of rule-based recognizers the default engine runs (add a new family here)."""

from __future__ import annotations

from collections.abc import Callable

from anonymizer.recognizers.address import AddressRecognizer
from anonymizer.recognizers.base import Recognizer
from anonymizer.recognizers.bic import BicRecognizer
from anonymizer.recognizers.commercial_register import CommercialRegisterRecognizer
from anonymizer.recognizers.credit_card import CreditCardRecognizer
from anonymizer.recognizers.date_of_birth import DateOfBirthRecognizer
from anonymizer.recognizers.driving_license import DrivingLicenseRecognizer
from anonymizer.recognizers.email import EmailRecognizer
from anonymizer.recognizers.foreign_plate import PolishLicensePlateRecognizer
from anonymizer.recognizers.health_insurance import HealthInsuranceRecognizer
from anonymizer.recognizers.iban import IbanRecognizer
from anonymizer.recognizers.id_document import IdDocumentRecognizer
from anonymizer.recognizers.ip_address import IpAddressRecognizer
from anonymizer.recognizers.kbv_numbers import PhysicianNumberRecognizer, PracticeNumberRecognizer
from anonymizer.recognizers.license_plate import LicensePlateRecognizer
from anonymizer.recognizers.phone import PhoneRecognizer
from anonymizer.recognizers.reference import ReferenceRecognizer
from anonymizer.recognizers.social_security import SocialSecurityRecognizer
from anonymizer.recognizers.tax_id import TaxIdRecognizer
from anonymizer.recognizers.tax_number import TaxNumberRecognizer
from anonymizer.recognizers.url import UrlRecognizer
from anonymizer.recognizers.vat_id import VatIdRecognizer
from anonymizer.recognizers.vehicle_id import VehicleIdRecognizer

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
