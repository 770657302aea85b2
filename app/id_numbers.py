"""Citizen ID numbers (公民身份号码, GB 11643-1999): checksum, birth date and sex."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app.clock import local_today
from app.models.core.resident import Sex

# The shape the document declares (the check character and the birth date are checked here, 422).
ID_NUMBER_PATTERN = r"^[0-9]{17}[0-9Xx]$"
_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_CHECK_CHARS = "10X98765432"


class InvalidIdNumber(ValueError):
    pass


@dataclass(frozen=True)
class IdNumber:
    value: str
    birth_date: date
    sex: Sex

    @property
    def address_code(self) -> str:
        return self.value[:6]


def check_character(first17: str) -> str:
    total = sum(int(d) * w for d, w in zip(first17, _WEIGHTS, strict=True))
    return _CHECK_CHARS[total % 11]


def parse_id_number(raw: str) -> IdNumber:
    """Validate the 18-character form and derive birth date (digits 7–14) and sex (17th: odd = male)."""
    value = raw.strip().upper()
    if len(value) != 18 or not value[:17].isdigit() or not (value[17].isdigit() or value[17] == "X"):
        raise InvalidIdNumber("An ID number has 17 digits followed by a digit or X")
    if check_character(value[:17]) != value[17]:
        raise InvalidIdNumber("The ID number's check character does not match (GB 11643)")
    try:
        birth = date(int(value[6:10]), int(value[10:12]), int(value[12:14]))
    except ValueError as exc:
        raise InvalidIdNumber("The ID number holds an impossible birth date") from exc
    if birth.year < 1880 or birth > local_today():
        raise InvalidIdNumber("The ID number holds an impossible birth date")
    sex = Sex.male if int(value[16]) % 2 == 1 else Sex.female
    return IdNumber(value=value, birth_date=birth, sex=sex)


def make_id_number(address_code: str, birth: date, sequence: int) -> str:
    """Build a valid ID number (demo data and tests); ``sequence`` odd = male, even = female."""
    first17 = f"{address_code}{birth:%Y%m%d}{sequence:03d}"
    return first17 + check_character(first17)
