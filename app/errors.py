"""Errors as types, rendered as RFC 9457 problem+json by one set of handlers."""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from sqlalchemy.exc import DataError, DBAPIError, IntegrityError
from starlette.exceptions import HTTPException as StarletteHTTPException

logger = logging.getLogger("fpwork.errors")

PROBLEM_JSON = "application/problem+json"
PROBLEM_BASE = "https://fpwork.example/problems/"


class AppError(Exception):
    """Base of every error the API answers on purpose."""

    status_code = 400
    code = "bad-request"
    title = "Bad request"
    keep_changes = False  # True: commit the request's work even though it answers an error

    def __init__(
        self,
        detail: str | None = None,
        *,
        extra: dict[str, Any] | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(detail or self.title)
        self.detail = detail or self.title
        self.extra = extra or {}
        self.headers = headers or {}


class NotAuthenticated(AppError):
    status_code = 401
    code = "not-authenticated"
    title = "Not authenticated"

    def __init__(self, detail: str | None = None, **kwargs: Any) -> None:
        kwargs.setdefault("headers", {"WWW-Authenticate": 'Bearer error="invalid_token"'})
        super().__init__(detail or "Missing, invalid or expired credentials", **kwargs)


class Forbidden(AppError):
    status_code = 403
    code = "forbidden"
    title = "Forbidden"


class NotFound(AppError):
    status_code = 404
    code = "not-found"
    title = "Not found"


class Conflict(AppError):
    status_code = 409
    code = "conflict"
    title = "Conflict"


class InvalidTransition(Conflict):
    """A workflow step not allowed from the current state; the body carries that state."""

    code = "invalid-transition"
    title = "Illegal state transition"

    def __init__(self, current_state: str, action: str) -> None:
        super().__init__(
            f"Cannot {action} from state '{current_state}'",
            extra={"current_state": current_state, "action": action},
        )


class PreconditionFailed(AppError):
    status_code = 412
    code = "precondition-failed"
    title = "Precondition failed"


class PreconditionRequired(AppError):
    status_code = 428
    code = "precondition-required"
    title = "Precondition required"


class PayloadTooLarge(AppError):
    status_code = 413
    code = "payload-too-large"
    title = "Payload too large"


class Unprocessable(AppError):
    status_code = 422
    code = "validation-error"
    title = "Validation error"

    def __init__(self, detail: str, *, loc: list[str | int] | None = None, **kwargs: Any) -> None:
        errors = [{"loc": loc or ["body"], "msg": detail, "type": "value_error"}]
        extra = {"errors": errors, **kwargs.pop("extra", {})}
        super().__init__(detail, extra=extra, **kwargs)


class TooManyRequests(AppError):
    status_code = 429
    code = "too-many-requests"
    title = "Too many requests"

    def __init__(self, detail: str, retry_after_seconds: int) -> None:
        super().__init__(detail, headers={"Retry-After": str(max(1, retry_after_seconds))})


def problem_response(
    status: int,
    title: str,
    detail: str,
    *,
    code: str | None = None,
    extra: dict[str, Any] | None = None,
    headers: dict[str, str] | None = None,
    request: Request | None = None,
) -> JSONResponse:
    body: dict[str, Any] = {
        "type": PROBLEM_BASE + (code or str(status)),
        "title": title,
        "status": status,
        "detail": detail,
    }
    if request is not None:
        body["instance"] = request.url.path
        request_id = getattr(request.state, "request_id", None)
        if request_id:
            body["request_id"] = request_id
    if extra:
        body.update(extra)
    return JSONResponse(body, status_code=status, headers=headers, media_type=PROBLEM_JSON)


def _clean_validation_errors(errors: Any) -> list[dict[str, Any]]:
    cleaned = []
    for err in errors:
        cleaned.append(
            {"loc": list(err.get("loc", [])), "msg": str(err.get("msg", "")), "type": err.get("type", "")}
        )
    return cleaned


_HTTP_TITLES = {
    400: "Bad request",
    401: "Not authenticated",
    403: "Forbidden",
    404: "Not found",
    405: "Method not allowed",
    406: "Not acceptable",
    413: "Payload too large",
    415: "Unsupported media type",
}


def _is_driver_data_error(exc: BaseException) -> bool:
    """Walk the wrapped driver errors (SQLAlchemy → adapter → asyncpg) looking for a DataError."""
    seen: BaseException | None = getattr(exc, "orig", None) or exc
    for _ in range(5):
        if seen is None:
            return False
        if any(cls.__name__ == "DataError" for cls in type(seen).__mro__):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(AppError)
    async def _app_error(request: Request, exc: AppError) -> JSONResponse:
        return problem_response(
            exc.status_code,
            exc.title,
            exc.detail,
            code=exc.code,
            extra=exc.extra,
            headers=exc.headers,
            request=request,
        )

    @app.exception_handler(RequestValidationError)
    async def _validation_error(request: Request, exc: RequestValidationError) -> JSONResponse:
        errors = _clean_validation_errors(exc.errors())
        if any(e["type"] == "json_invalid" for e in errors):
            detail = "The request body is not valid JSON"
        else:
            detail = "The request has invalid or missing fields"
        return problem_response(
            422,
            "Validation error",
            detail,
            code="validation-error",
            extra={"errors": errors},
            request=request,
        )

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        if exc.status_code == 400 and isinstance(exc.__cause__, ValueError):
            # FastAPI could not decode the body (not UTF-8, say): invalid JSON, like any other.
            return problem_response(
                422,
                "Validation error",
                "The request body is not valid JSON",
                code="validation-error",
                extra={"errors": [{"loc": ["body"], "msg": "Invalid JSON", "type": "json_invalid"}]},
                request=request,
            )
        title = _HTTP_TITLES.get(exc.status_code, "Error")
        detail = exc.detail if isinstance(exc.detail, str) else title
        return problem_response(
            exc.status_code, title, detail, headers=dict(exc.headers or {}), request=request
        )

    @app.exception_handler(OverflowError)
    @app.exception_handler(DataError)
    async def _out_of_range(request: Request, exc: Exception) -> JSONResponse:
        # A number too large for the database column (e.g. an id beyond 64 bits) is bad input.
        logger.info("value out of range", extra={"path": request.url.path})
        return problem_response(
            422,
            "Validation error",
            "A value in the request is out of range",
            code="validation-error",
            request=request,
        )

    @app.exception_handler(DBAPIError)
    async def _driver_error(request: Request, exc: DBAPIError) -> JSONResponse:
        # asyncpg reports a parameter it cannot encode (out of int64/int32 range) as its own
        # DataError, which SQLAlchemy wraps as a plain DBAPIError: that is bad input too.
        if _is_driver_data_error(exc):
            return await _out_of_range(request, exc)
        return await _unexpected(request, exc)

    @app.exception_handler(IntegrityError)
    async def _integrity(request: Request, exc: IntegrityError) -> JSONResponse:
        # Services check what they can first; a constraint that still fires (a race, a
        # reference that vanished) is a conflict with the stored data, not a server fault.
        logger.warning("integrity error", extra={"path": request.url.path})
        return problem_response(
            409, "Conflict", "The request conflicts with the stored data", code="conflict", request=request
        )

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
        logger.exception("unhandled error", extra={"path": request.url.path})
        return problem_response(
            500, "Internal server error", "An unexpected error occurred; it has been logged.", request=request
        )
