"""Shared schema pieces."""

from __future__ import annotations

import re
import types
import typing
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Annotated, Any, ClassVar

import annotated_types
from pydantic import (
    AwareDatetime,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    GetCoreSchemaHandler,
    GetJsonSchemaHandler,
    ValidationInfo,
    field_validator,
    model_validator,
)
from pydantic.json_schema import JsonSchemaValue
from pydantic_core import PydanticCustomError, core_schema

from app.reasons import localize_row

# The range of every date and instant the API takes (query, path, body, cursor): wide enough for any
# record of a living person or a plan, narrow enough that no conversion (to UTC, a day later, the
# database's types) can overflow. Outside it is a 422 naming the field, never a 500 (docs/api.md).
DATE_MIN = date(1900, 1, 1)
DATE_MAX = date(2199, 12, 31)
INSTANT_MIN = datetime(1900, 1, 1, tzinfo=UTC)  # inclusive, compared in UTC
INSTANT_END = datetime(2200, 1, 1, tzinfo=UTC)  # exclusive: up to 2199-12-31T23:59:59.999999Z


def date_in_range(value: date, first: date = DATE_MIN, last: date = DATE_MAX) -> bool:
    return first <= value <= last


def instant_in_range(value: datetime) -> bool:
    """Aware instants compare without converting, so even year 9999 at -14:00 cannot overflow."""
    return value.tzinfo is not None and INSTANT_MIN <= value < INSTANT_END


@dataclass(frozen=True)
class DateRange:
    """A date field's range: enforced (``date_out_of_range``, a 422) and declared in the OpenAPI
    schema as ``formatMinimum``/``formatMaximum``. A narrower range annotated over :data:`IsoDate`
    wins in the schema; both are checked."""

    first: date = DATE_MIN
    last: date = DATE_MAX

    def _check(self, value: date) -> date:
        if not date_in_range(value, self.first, self.last):
            raise PydanticCustomError(
                "date_out_of_range",
                "Date must lie between {first} and {last}",
                {"first": self.first.isoformat(), "last": self.last.isoformat()},
            )
        return value

    def __get_pydantic_core_schema__(self, source: Any, handler: GetCoreSchemaHandler) -> Any:
        return core_schema.no_info_after_validator_function(self._check, handler(source))

    def __get_pydantic_json_schema__(self, schema: Any, handler: GetJsonSchemaHandler) -> JsonSchemaValue:
        value = handler(schema)
        value.update(formatMinimum=self.first.isoformat(), formatMaximum=self.last.isoformat())
        return value


@dataclass(frozen=True)
class InstantRange:
    """An instant's range, compared in UTC: from :data:`INSTANT_MIN` up to (not including)
    :data:`INSTANT_END`; declared as ``formatMinimum``/``formatExclusiveMaximum``."""

    def _check(self, value: datetime) -> datetime:
        if not instant_in_range(value):
            raise PydanticCustomError(
                "instant_out_of_range",
                "Instant must lie from {first} up to (not including) {end}, in UTC",
                {"first": _zulu(INSTANT_MIN), "end": _zulu(INSTANT_END)},
            )
        return value

    def __get_pydantic_core_schema__(self, source: Any, handler: GetCoreSchemaHandler) -> Any:
        return core_schema.no_info_after_validator_function(self._check, handler(source))

    def __get_pydantic_json_schema__(self, schema: Any, handler: GetJsonSchemaHandler) -> JsonSchemaValue:
        value = handler(schema)
        value.update(formatMinimum=_zulu(INSTANT_MIN), formatExclusiveMaximum=_zulu(INSTANT_END))
        return value


def _zulu(value: datetime) -> str:
    return value.strftime("%Y-%m-%dT%H:%M:%SZ")


_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _iso_date(value: Any) -> Any:
    """Dates are ``YYYY-MM-DD`` strings (or dates): not numbers that pydantic would read as Unix time."""
    if isinstance(value, date):
        return value
    if not isinstance(value, str) or not _ISO_DATE.fullmatch(value):
        raise ValueError("A date is written YYYY-MM-DD")
    return value


# Every date the API takes: YYYY-MM-DD within DATE_MIN..DATE_MAX (a field may narrow it with its own
# DateRange annotated over this one).
IsoDate = Annotated[date, BeforeValidator(_iso_date), DateRange()]
_ISO_DATETIME = re.compile(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}.{0,30}")


def _iso_datetime(value: Any) -> Any:
    """Instants are ISO 8601 strings (or datetimes), never numbers read as Unix time."""
    if isinstance(value, datetime):
        return value
    if not isinstance(value, str) or not _ISO_DATETIME.fullmatch(value):
        raise ValueError("An instant is written in ISO 8601, e.g. 2019-06-01T09:30:00+08:00")
    return value


# Every instant the API takes: ISO 8601 with an offset, within INSTANT_MIN..INSTANT_END in UTC.
IsoAwareDateTime = Annotated[AwareDatetime, BeforeValidator(_iso_datetime), InstantRange()]


def _options(annotation: Any) -> tuple[Any, ...]:
    union = typing.get_origin(annotation) in (typing.Union, types.UnionType)
    return typing.get_args(annotation) if union else (annotation,)


class ORMModel(BaseModel):
    model_config = ConfigDict(from_attributes=True)


class LocalizedReasons(ORMModel):
    """A read with reasons the system writes as codes (``<name>``, ``<name>_code``,
    ``<name>_params``): ``<name>`` is rendered in the caller's language (app/reasons.py), as the
    read path does for the same rows."""

    @model_validator(mode="after")
    def _reasons_in_the_callers_language(self) -> LocalizedReasons:
        values = dict(self.__dict__)
        localize_row(values)
        self.__dict__.update(values)
        return self


# Unicode White_Space, which str_strip_whitespace trims from both ends before the length is checked.
_SPACE = r"\t-\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"


def text_pattern(min_length: int, nul_free: bool) -> str | None:
    """A body text without a pattern of its own, as the parser takes it: at least ``min_length``
    characters once the ends' white space is trimmed, and no NUL in a storable body (PostgreSQL
    text holds none: ``StorableBody`` refuses it)."""
    nul = r"\x00" if nul_free else ""
    if min_length <= 0:
        return r"^[^\x00]*$" if nul_free else None
    if min_length == 1:
        return rf"^[^{nul}]*[^{nul}{_SPACE}][^{nul}]*$" if nul_free else rf"[^{_SPACE}]"
    edge = rf"[^{nul}{_SPACE}]"
    middle = r"[^\x00]" if nul_free else r"[\s\S]"
    return rf"^[{_SPACE}]*{edge}{middle}{{{min_length - 2},}}{edge}[{_SPACE}]*$"


def _declare_text(schema: dict[str, Any], nul_free: bool) -> None:
    """A text (or a list of texts, or either or null) without a pattern, enum or format of its own."""
    for option in schema.get("anyOf", [schema]):
        target = option.get("items", option) if option.get("type") == "array" else option
        if target.get("type") == "string" and not {"pattern", "enum", "format", "const"} & set(target):
            pattern = text_pattern(int(target.get("minLength", 0)), nul_free)
            if pattern is not None:
                target["pattern"] = pattern


class StrictBody(BaseModel):
    """Request bodies reject unknown fields, so a typo is a 422 rather than silently ignored. Their
    texts are trimmed of white space at both ends before their length is checked, and hold no NUL:
    the document says both in each text's pattern (``text_pattern``)."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)
    nul_free: ClassVar[bool] = False  # its texts refuse NUL (StorableBody)

    @classmethod
    def __get_pydantic_json_schema__(
        cls, core: core_schema.CoreSchema, handler: GetJsonSchemaHandler
    ) -> JsonSchemaValue:
        schema = handler(core)
        for prop in handler.resolve_ref_schema(schema).get("properties", {}).values():
            _declare_text(prop, cls.nul_free)
        return schema

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
        if isinstance(value, str):
            _within_max_length(value, field.metadata)
        return value


def _within_max_length(value: str, metadata: list[Any]) -> None:
    """``maxLength`` counts what the client sent: surrounding spaces are stripped only afterwards
    (``str_strip_whitespace``), which let a text one character over the limit through."""
    limit = next((m.max_length for m in metadata if isinstance(m, annotated_types.MaxLen)), None)
    if limit is not None and len(value) > limit:
        raise PydanticCustomError(
            "string_too_long", "String should have at most {max_length} characters", {"max_length": limit}
        )


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
    410: "Gone: start again from the beginning",
    412: "If-Match does not match the current version",
    413: "Request body over 1 MiB",
    415: "Unsupported media type",
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

    nul_free: ClassVar[bool] = True

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
