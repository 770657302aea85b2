"""Throttle counters: failed sign-ins and rate limits, shared by every API process."""

from __future__ import annotations

from sqlalchemy import BigInteger, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from app.db import Base


class Throttle(Base):
    """One counter per key (a limit and a hashed subject: a name, an address, or both).

    ``window_start`` is the Unix second the current window opened; ``hits`` counts within it;
    ``blocked_until`` (a Unix second) is when a counter that must wait (a growing delay) admits its
    next attempt. Plain integers: the window arithmetic stays in the one atomic upsert (app/throttle.py).
    """

    __tablename__ = "throttles"

    key: Mapped[str] = mapped_column(String(160), primary_key=True)
    window_start: Mapped[int] = mapped_column(BigInteger, nullable=False)
    hits: Mapped[int] = mapped_column(Integer, nullable=False)
    blocked_until: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
