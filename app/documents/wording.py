"""How documents write dates, money and enumeration codes in Chinese."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from app.labels import ENUMS


def zh_date(day: date | None) -> str:
    """``2026年12月7日`` (an empty value: ``—``)."""
    return f"{day.year}年{day.month}月{day.day}日" if day is not None else "—"


def yuan(fen: int) -> str:
    """``450.00 元`` from integer fen."""
    return f"{Decimal(fen).scaleb(-2):,.2f} 元"


def label(enumeration: str, code: object) -> str:
    """The zh-CN label of an enumeration's code (the code itself if it has none)."""
    value = str(getattr(code, "value", code))
    return ENUMS.get(enumeration, {}).get(value, {}).get("zh-CN", value)
