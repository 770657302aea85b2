"""PATCH bodies: a field left out stays as it is, ``null`` clears only what may be empty.

Each PATCH body lists the fields a client may clear (``clearable``: the record can be without them,
e.g. a partner's contact phone). Those take ``null`` and clear; every other field refuses ``null``
with a 422 naming it (``<field> cannot be cleared``), and the OpenAPI document declares it without
``null``, so a client generated from the document cannot send it and a fuzzer does not think it may.
"""

from __future__ import annotations

from typing import Any, ClassVar

from pydantic import GetJsonSchemaHandler, ValidationInfo, field_validator
from pydantic.json_schema import JsonSchemaValue
from pydantic_core import PydanticCustomError, core_schema

from app.schemas.common import StrictBody

_NULL = {"type": "null"}
CLEARS_NOTE = "`null` clears it."


def _without_null(prop: dict[str, Any]) -> None:
    """``anyOf [X, null]`` (FastAPI's ``X | None``) as plain ``X``, without the ``null`` default."""
    options = prop.get("anyOf")
    if options and _NULL in options:
        kept = [option for option in options if option != _NULL]
        del prop["anyOf"]
        if len(kept) == 1:
            prop.update(kept[0])
        else:
            prop["anyOf"] = kept
    if "default" in prop and prop["default"] is None:
        del prop["default"]


class PatchBody(StrictBody):
    """A PATCH body. ``clearable`` names the fields that ``null`` clears; any other refuses it."""

    clearable: ClassVar[frozenset[str]] = frozenset()

    @field_validator("*", mode="after")
    @classmethod
    def _null_only_clears_what_may_be_empty(cls, value: Any, info: ValidationInfo) -> Any:
        if value is None and info.field_name not in cls.clearable:
            raise PydanticCustomError(
                "not_clearable", "{field} cannot be cleared", {"field": info.field_name}
            )
        return value

    @classmethod
    def __get_pydantic_json_schema__(
        cls, schema: core_schema.CoreSchema, handler: GetJsonSchemaHandler
    ) -> JsonSchemaValue:
        value = super().__get_pydantic_json_schema__(schema, handler)  # the texts' patterns
        target = handler.resolve_ref_schema(value)
        for name, prop in target.get("properties", {}).items():
            if name in cls.clearable:
                prop["description"] = f"{prop.get('description', '').rstrip('. ')}. {CLEARS_NOTE}".lstrip(
                    ". "
                )
            else:
                _without_null(prop)
        return value
