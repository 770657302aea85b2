"""Shared schema pieces."""

from __future__ import annotations

import re
import types
import typing
from datetime import date, datetime
from typing import Annotated, Any

from pydantic import (
    AwareDatetime,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    ValidationInfo,
    field_validator,
    model_validator,
)

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _iso_date(value: Any) -> Any:
    """Dates are ``YYYY-MM-DD`` strings (or dates): not numbers that pydantic would read as Unix time."""
    if isinstance(value, date):
        return value
    if not isinstance(value, str) or not _ISO_DATE.fullmatch(value):
        raise ValueError("A date is written YYYY-MM-DD")
    return value


IsoDate = Annotated[date, BeforeValidator(_iso_date)]
_ISO_DATETIME = re.compile(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}.{0,30}")


def _iso_datetime(value: Any) -> Any:
    """Instants are ISO 8601 strings (or datetimes), never numbers read as Unix time."""
    if isinstance(value, datetime):
        return value
    if not isinstance(value, str) or not _ISO_DATETIME.fullmatch(value):
        raise ValueError("An instant is written in ISO 8601, e.g. 2019-06-01T09:30:00+08:00")
    return value


IsoAwareDateTime = Annotated[AwareDatetime, BeforeValidator(_iso_datetime)]


def _options(annotation: Any) -> tuple[Any, ...]:
    union = typing.get_origin(annotation) in (typing.Union, types.UnionType)
    return typing.get_args(annotation) if union else (annotation,)


class ORMModel(BaseModel):
    model_config = ConfigDict(from_attributes=True)


class StrictBody(BaseModel):
    """Request bodies reject unknown fields, so a typo is a 422 rather than silently ignored."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    @field_validator("*", mode="before")
    @classmethod
    def _booleans_are_not_numbers(cls, value: Any, info: ValidationInfo) -> Any:
        """``true`` is not the number 1 and ``0`` or ``"yes"`` is not a boolean: pydantic's lax mode
        would take them, the documented schema does not."""
        field = cls.model_fields.get(info.field_name or "")
        if field is None or value is None:
            return value
        options = _options(field.annotation)
        if isinstance(value, bool) and int in options and bool not in options:
            raise ValueError("Input should be a valid integer")
        if not isinstance(value, bool) and bool in options and not set(options) - {bool, type(None)}:
            raise ValueError("Input should be a valid boolean")
        # dates and instants are strings (YYYY-MM-DD, ISO 8601), never numbers read as Unix time
        if date in options and datetime not in options and not isinstance(value, date):
            return _iso_date(value)
        if datetime in options and not isinstance(value, datetime):
            return _iso_datetime(value)
        return value


class ValidationItem(BaseModel):
    loc: list[str | int]
    msg: str
    type: str


class Problem(BaseModel):
    """RFC 9457 problem details, the body of every 4xx and 5xx answer."""

    model_config = ConfigDict(extra="allow")

    type: str
    title: str
    status: int
    detail: str
    instance: str | None = None
    request_id: str | None = None
    errors: list[ValidationItem] | None = None
    current_state: str | None = None


_DESCRIPTIONS = {
    400: "Bad request",
    401: "Missing, invalid, expired or revoked token",
    403: "The caller lacks the permission",
    404: "Not found, or outside the caller's area",
    409: "Conflict with the current state",
    412: "If-Match does not match the current version",
    413: "Request body over 1 MiB",
    422: "Invalid input",
    429: "Too many attempts",
}


def problems(*codes: int) -> dict[int | str, dict[str, object]]:
    """OpenAPI ``responses`` entries for the problem answers an operation can give."""
    return {
        code: {
            "model": Problem,
            "description": _DESCRIPTIONS.get(code, "Error"),
            "content": {"application/problem+json": {}},
        }
        for code in codes
    }


AUTHED = (401, 403, 422)

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
    if isinstance(value, StorableBody):
        return any(_unstorable_text(getattr(value, name)) for name in type(value).model_fields)
    return False


class StorableBody(StrictBody):
    """A request body whose text fields hold storable text: JSON allows lone surrogates and NUL."""

    @model_validator(mode="after")
    def _valid_unicode(self) -> StorableBody:
        for name in type(self).model_fields:
            if _unstorable_text(getattr(self, name)):
                raise ValueError(f"{name} holds text that cannot be stored (NUL or invalid Unicode)")
        return self


# What every answer that shows a provisional deadline says about it (app/services/core/deadlines.py).
PROVISIONAL_DUE_NOTE = {
    "zh-CN": (
        "该期限所在年度的节假日安排尚未公布，暂按周一至周五计算；"
        "安排公布后将重新计算，届时期限只会顺延，不会提前。"
    ),
    "en": (
        "The holiday arrangement of the year this deadline falls in is not published yet, so it is "
        "counted Monday to Friday for now; it is counted again once the arrangement is known, and "
        "will then only move later, never earlier."
    ),
}


def provisional_due_note(provisional: bool) -> dict[str, str] | None:
    return dict(PROVISIONAL_DUE_NOTE) if provisional else None


class ProvisionalDue(BaseModel):
    """A read with a working-day deadline: whether it is provisional, and the note that says why."""

    due_provisional: bool = Field(
        default=False,
        description=(
            "The deadline was counted into a year whose holiday arrangement is not known yet (weekdays "
            "only); it is counted again, never earlier, when the arrangement is entered or loaded"
        ),
    )
    due_note: dict[str, str] | None = Field(
        default=None,
        description="When provisional: the note to show beside the date, in zh-CN and en",
        examples=[PROVISIONAL_DUE_NOTE],
    )

    @model_validator(mode="after")
    def _note(self) -> ProvisionalDue:
        if self.due_note is None:
            self.due_note = provisional_due_note(self.due_provisional)
        return self
