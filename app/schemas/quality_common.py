"""Shared pieces of the quality-services request bodies: id ranges and text the databases can store."""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import Field, model_validator

from app.schemas.common import StrictBody

MAX_ID = 2**63 - 1  # ids are 64-bit: a larger number is bad input (422), never a driver error
DbId = Annotated[int, Field(ge=1, le=MAX_ID)]


def _unstorable_text(value: Any) -> bool:
    """Lone surrogates cannot be encoded as UTF-8, and PostgreSQL text cannot hold NUL."""
    if isinstance(value, str):
        if "\x00" in value:
            return True
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return True
        return False
    if isinstance(value, list | tuple):
        return any(_unstorable_text(v) for v in value)
    if isinstance(value, QualityBody):
        return any(_unstorable_text(getattr(value, name)) for name in type(value).model_fields)
    return False


class QualityBody(StrictBody):
    """A request body whose text fields hold storable text: JSON allows lone surrogates and NUL."""

    @model_validator(mode="after")
    def _valid_unicode(self) -> QualityBody:
        for name in type(self).model_fields:
            if _unstorable_text(getattr(self, name)):
                raise ValueError(f"{name} holds text that cannot be stored (NUL or invalid Unicode)")
        return self
