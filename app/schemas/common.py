"""Shared schema pieces."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class ORMModel(BaseModel):
    model_config = ConfigDict(from_attributes=True)


class StrictBody(BaseModel):
    """Request bodies reject unknown fields, so a typo is a 422 rather than silently ignored."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


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
