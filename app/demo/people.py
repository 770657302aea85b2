"""Names that look real: a given name fits the sex, a child carries a parent's surname."""

from __future__ import annotations

import random

from app.models.core.resident import Sex

SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕"
# The same length as each other, so a draw from either consumes the same randomness.
MALE_GIVEN = "伟强磊军勇杰涛明超刚建国志文斌辉鹏宇浩凯峰俊林波晨毅轩博亮旭东海平华鑫家成"
FEMALE_GIVEN = "芳娜敏静丽艳娟秀霞桂英玉兰萍红婷雪慧琳颖洁梅莉晶倩佳悦婉欣怡琪瑶蕾丹雯凤燕"
if len(MALE_GIVEN) != len(FEMALE_GIVEN):  # pragma: no cover - a typo in the lists
    raise RuntimeError("the given-name pools must be the same length")


def given_name(rng: random.Random, sex: Sex) -> str:
    pool = MALE_GIVEN if sex is Sex.male else FEMALE_GIVEN
    return "".join(rng.choice(pool) for _ in range(rng.choice((1, 2))))


def full_name(rng: random.Random, sex: Sex, surname: str | None = None) -> str:
    """A whole name; pass ``surname`` for a child (a parent's)."""
    return (surname or rng.choice(SURNAMES)) + given_name(rng, sex)


def compose(surname: str, indices: list[int], sex: Sex) -> str:
    """A name from given-name draws made before the sex was known (see ``core``)."""
    pool = MALE_GIVEN if sex is Sex.male else FEMALE_GIVEN
    return surname + "".join(pool[i % len(pool)] for i in indices)
