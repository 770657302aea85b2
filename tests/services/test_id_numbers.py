from datetime import date

import pytest

from app.id_numbers import InvalidIdNumber, check_character, make_id_number, parse_id_number
from app.models.core.resident import Sex
from app.security import mask_id_number, mask_name, mask_phone


def test_design_examples_are_valid():
    a = parse_id_number("11010519491231002X")
    assert a.birth_date == date(1949, 12, 31) and a.sex is Sex.female
    b = parse_id_number("440524188001010014")
    assert b.birth_date == date(1880, 1, 1) and b.sex is Sex.male


def test_lowercase_x_is_accepted_and_normalised():
    assert parse_id_number("11010519491231002x").value == "11010519491231002X"


@pytest.mark.parametrize(
    "value",
    [
        "110105194912310021",  # wrong check character
        "11010519491231002",  # too short
        "1101051949123100XX",  # X inside the digits
        "11010519490230002" + check_character("11010519490230002"),  # 30 February, valid checksum
        "",
    ],
)
def test_invalid_numbers_are_refused(value):
    with pytest.raises(InvalidIdNumber):
        parse_id_number(value)


def test_future_birth_date_is_refused():
    with pytest.raises(InvalidIdNumber):
        parse_id_number(make_id_number("110105", date(2999, 1, 1), 11))


def test_make_id_number_round_trips():
    for seq in (1, 2, 501, 998):
        parsed = parse_id_number(make_id_number("510104", date(1990, 2, 28), seq))
        assert parsed.birth_date == date(1990, 2, 28)
        assert parsed.sex is (Sex.male if seq % 2 else Sex.female)


def test_masks():
    assert mask_id_number("11010519491231002X") == "110105********002X"
    assert mask_phone("13812345678") == "138****5678"
    assert mask_name("张小明") == "张*明"
    assert mask_name("李四") == "李*"
    assert mask_name("欧阳娜娜") == "欧**娜"
