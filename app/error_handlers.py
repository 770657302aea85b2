"""The one set of exception handlers: every error, ours or a library's, answered as problem+json.

The error types, the problem body and its language are in app/errors.py; here each exception is
mapped to its status (bad input 422, overload 503, a constraint 409, anything else 500, logged).

An exception no route-level handler takes is answered by :class:`UnexpectedErrors`, inside the app's
own middleware, and goes no further. Left to Starlette's ServerErrorMiddleware it was answered and
then raised again; uvicorn, seeing an exception after the answer, closed the keep-alive connection
(the client's next request on it got "connection reset by peer") and logged it a second time
(issue 23, item 9). Now a 500 is logged once and the connection stays usable.
"""

from __future__ import annotations

import inspect
import logging
from typing import Any

from asyncpg.exceptions import (
    AdminShutdownError,
    CannotConnectNowError,
    CrashShutdownError,
    InsufficientResourcesError,
    PostgresConnectionError,
)
from asyncpg.exceptions import DataError as PostgresDataError
from asyncpg.exceptions import InterfaceError as DriverInterfaceError
from asyncpg.exceptions._base import DataError as DriverDataError
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from sqlalchemy.exc import DataError, DBAPIError, IntegrityError
from sqlalchemy.exc import TimeoutError as PoolTimeout
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.errors import AppError, DatabaseUnavailable, ServiceOverloaded, problem_response
from app.validation_zh import message_zh

logger = logging.getLogger("fpwork.errors")


# The ``detail`` of a request the parser refused (its shape, not the state of the records it names).
INVALID_FIELDS = "The request has invalid or missing fields"
INVALID_JSON = "The request body is not valid JSON"


def _clean_validation_errors(errors: Any, *, zh: bool = False) -> list[dict[str, Any]]:
    """loc, msg and type of each error; ``zh``: msg in zh-CN (app/validation_zh.py)."""
    cleaned = []
    for err in errors:
        msg = message_zh(err) if zh else str(err.get("msg", ""))
        cleaned.append({"loc": list(err.get("loc", [])), "msg": msg, "type": err.get("type", "")})
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


# The database refusing a connection (too many clients, starting up or shutting down, a connection
# lost or refused, a session ended by the server's shutdown or crash): a 503 with Retry-After, never
# a 500; the client tries again shortly (scripts/fault_drill.py restarts PostgreSQL under load).
_UNAVAILABLE = (
    InsufficientResourcesError,
    CannotConnectNowError,
    PostgresConnectionError,
    AdminShutdownError,
    CrashShutdownError,
    ConnectionError,
)


def _is_closed_connection(exc: BaseException) -> bool:
    """asyncpg's own error for a call on a connection the server has closed (a pooled one after a
    restart); SQLAlchemy marks the same as ``connection_invalidated``."""
    return isinstance(exc, DriverInterfaceError) and "connection is closed" in str(exc)


def _raised_connecting(exc: BaseException) -> bool:
    """An OS error raised while asyncpg opened a connection: the server's Unix socket is gone
    (FileNotFoundError while PostgreSQL restarts) or its port does not answer."""
    if not isinstance(exc, OSError):
        return False
    frame = exc.__traceback__
    while frame is not None:
        if frame.tb_frame.f_code.co_filename.endswith(("asyncpg/connect_utils.py", "asyncpg/connection.py")):
            return True
        frame = frame.tb_next
    return False


def is_database_unavailable(exc: BaseException) -> bool:
    """The database refused, closed or could not open a connection (a 503, never a 500)."""
    if getattr(exc, "connection_invalidated", False):
        return True
    seen: BaseException | None = exc
    for _ in range(6):
        if seen is None:
            return False
        if isinstance(seen, _UNAVAILABLE) or _is_closed_connection(seen) or _raised_connecting(seen):
            return True
        seen = getattr(seen, "orig", None) or seen.__cause__ or seen.__context__
    return False


def install_error_handlers(app: FastAPI, default_language: str = "en") -> None:
    app.state.default_language = default_language

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
            title_zh=exc.title_zh,
            detail_zh=exc.detail_zh,
            extra_zh=exc.extra_zh,
        )

    @app.exception_handler(RequestValidationError)
    async def _validation_error(request: Request, exc: RequestValidationError) -> JSONResponse:
        errors = _clean_validation_errors(exc.errors())
        if any(e["type"] == "json_invalid" for e in errors):
            detail = INVALID_JSON
        else:
            detail = INVALID_FIELDS
        return problem_response(
            422,
            "Validation error",
            detail,
            code="validation-error",
            extra={"errors": errors},
            extra_zh={"errors": _clean_validation_errors(exc.errors(), zh=True)},
            request=request,
        )

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        if exc.status_code == 400 and isinstance(exc.__cause__, ValueError):
            # FastAPI could not decode the body (not UTF-8, say): invalid JSON, like any other.
            return problem_response(
                422,
                "Validation error",
                INVALID_JSON,
                code="validation-error",
                extra={"errors": [{"loc": ["body"], "msg": "Invalid JSON", "type": "json_invalid"}]},
                extra_zh={"errors": [{"loc": ["body"], "msg": "不是有效的 JSON", "type": "json_invalid"}]},
                request=request,
            )
        title = _HTTP_TITLES.get(exc.status_code, "Error")
        detail = exc.detail if isinstance(exc.detail, str) else title
        return problem_response(
            exc.status_code, title, detail, headers=dict(exc.headers or {}), request=request
        )

    @app.exception_handler(OverflowError)
    @app.exception_handler(DataError)
    # The read lane runs plain asyncpg: its own errors for a value it cannot encode (client side)
    # or PostgreSQL cannot take (SQLSTATE class 22) arrive unwrapped.
    @app.exception_handler(DriverDataError)
    @app.exception_handler(PostgresDataError)
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
        if is_database_unavailable(exc):
            return await _unavailable(request, exc)
        return await _unexpected(request, exc)

    @app.exception_handler(InsufficientResourcesError)
    @app.exception_handler(CannotConnectNowError)
    @app.exception_handler(PostgresConnectionError)
    @app.exception_handler(AdminShutdownError)
    @app.exception_handler(CrashShutdownError)
    @app.exception_handler(ConnectionError)
    async def _unavailable(request: Request, exc: Exception) -> JSONResponse:
        logger.warning("database refused the connection", extra={"path": request.url.path})
        return await _app_error(request, DatabaseUnavailable(1))

    @app.exception_handler(DriverInterfaceError)
    async def _driver_interface(request: Request, exc: DriverInterfaceError) -> JSONResponse:
        # The read lane's plain asyncpg: a connection the server closed is the database going away.
        if _is_closed_connection(exc):
            return await _unavailable(request, exc)
        return await _unexpected(request, exc)

    @app.exception_handler(PoolTimeout)
    async def _pool_timeout(request: Request, exc: PoolTimeout) -> JSONResponse:
        # No pooled connection came free in time (a burst beyond what the admission queue holds back,
        # or a report's side-by-side figures): overloaded, not broken.
        logger.warning("database pool timeout", extra={"path": request.url.path})
        return await _app_error(request, ServiceOverloaded(1))

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
        if is_database_unavailable(exc):  # wrapped by another library on the way
            return await _unavailable(request, exc)
        logger.exception("unhandled error", extra={"path": request.url.path})
        return problem_response(
            500, "Internal server error", "An unexpected error occurred; it has been logged.", request=request
        )


class UnexpectedErrors:
    """ASGI: an exception that reached the middleware is answered here by the app's own handler for
    it (``Exception``: the 500 problem, logged), and not raised further, so uvicorn keeps the
    connection. Only an exception in the middle of an answer is raised on: the client must see the
    connection closed, or it would take the cut-off answer for a whole one."""

    def __init__(self, app: ASGIApp, *, fastapi_app: FastAPI) -> None:
        self.app = app
        self.fastapi_app = fastapi_app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        state = {"started": False, "finished": False}

        async def watched(message: Message) -> None:
            if message["type"] == "http.response.start":
                state["started"] = True
            elif message["type"] == "http.response.body" and not message.get("more_body", False):
                state["finished"] = True
            await send(message)

        try:
            await self.app(scope, receive, watched)
        except Exception as exc:
            if state["finished"]:  # after a whole answer (a background task): log it, once
                logger.exception("unhandled error after the response", extra={"path": scope["path"]})
                return
            if state["started"]:
                raise
            handler = self._handler(exc)
            if handler is None:
                raise
            response = handler(Request(scope, receive), exc)
            if inspect.isawaitable(response):
                response = await response
            await response(scope, receive, send)

    def _handler(self, exc: Exception) -> Any:
        handlers = self.fastapi_app.exception_handlers
        for cls in type(exc).__mro__:
            if cls in handlers:
                return handlers[cls]
        return None
