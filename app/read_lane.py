"""The read lane: the hot GET routes served without FastAPI's per-request routing and dependency
solving, by the same endpoint functions.

A route opts in with :func:`lane`. It stays an ordinary FastAPI route (the OpenAPI document, HEAD,
and any app built with ``FPW_READ_LANE=false`` go through FastAPI), and at start-up this module
prepares, from that route's own declaration, what FastAPI would otherwise redo on every request:

- its query and path parameters as one pydantic model, validated in one call; an invalid value is
  the same ``RequestValidationError`` (``loc`` ``["query", name]``) that FastAPI raises;
- its dependencies: a :func:`app.deps.Reads` check (token, principal, permission) and parameterless
  ones such as the clock's ``today`` (honouring ``app.dependency_overrides``); a route that needs
  anything else is refused at start-up, not served differently;
- the endpoint answers with a ``Response`` (the fast read path's bytes) on every branch.

The lane sits inside the app's own middleware (request id, access log, security headers,
admission), so a request through it is logged, counted and admitted like any other; errors go to
the app's exception handlers, so problems look the same.
"""

from __future__ import annotations

import inspect
import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from fastapi import FastAPI, Request, Response
from fastapi.exceptions import RequestValidationError
from fastapi.routing import APIRoute, iter_route_contexts
from pydantic import BaseModel, ValidationError, create_model
from starlette.types import ASGIApp, Receive, Scope, Send

LANE_ENDPOINTS: set[Callable[..., Any]] = set()
Resolver = Callable[[Request], Awaitable[Any]]


def lane(endpoint: Callable[..., Any]) -> Callable[..., Any]:
    """Mark a GET endpoint for the read lane (it must return a ``Response`` on every branch)."""
    LANE_ENDPOINTS.add(endpoint)
    return endpoint


@dataclass
class LaneRoute:
    endpoint: Callable[..., Awaitable[Response]]
    params: type[BaseModel] | None
    sources: dict[str, str]  # parameter name → "query" or "path"
    # A list's query model (app/list_filters.py): its fields are validated with the others, then
    # handed to the endpoint as one model under the parameter's name.
    groups: tuple[tuple[str, type[BaseModel], tuple[str, ...]], ...]
    plain: tuple[str, ...]  # the parameters that are not a query model's fields
    dependencies: dict[str, Resolver]
    request_name: str | None
    pattern: re.Pattern[str] | None
    route: APIRoute  # put in the scope, as FastAPI's routing would: the access log and metrics name it
    # Routes FastAPI would try first whose paths can look like this one's (``/migrants/coverage``
    # before ``/migrants/{migrant_id}``): a path one of them matches is FastAPI's to answer.
    shadows: tuple[re.Pattern[str], ...] = ()

    async def answer(self, request: Request, path_values: dict[str, str]) -> Response:
        kwargs: dict[str, Any] = {}
        # Dependencies first, as FastAPI solves them: the caller is authenticated (401/403) before
        # anything about the request's parameters is said (422).
        for name, resolve in self.dependencies.items():
            kwargs[name] = await resolve(request)
        if self.params is not None:
            raw = {**request.query_params, **path_values}
            try:
                values = self.params.model_validate(raw).__dict__
            except ValidationError as exc:
                raise RequestValidationError(
                    [{**e, "loc": (self.sources[str(e["loc"][0])], *e["loc"])} for e in exc.errors()]
                ) from None
            if self.groups:
                for name, model, names in self.groups:
                    kwargs[name] = _built(model, {field: values[field] for field in names})
                for name in self.plain:
                    kwargs[name] = values[name]
            else:
                kwargs.update(values)
        if self.request_name is not None:
            kwargs[self.request_name] = request
        return await self.endpoint(**kwargs)


def _built(model: type[BaseModel], values: dict[str, Any]) -> BaseModel:
    """An instance of ``model`` from values already validated as its fields (what ``model_construct``
    does, without its defaults and fields-set bookkeeping: every field is in ``values``)."""
    instance = model.__new__(model)
    _set(instance, "__dict__", values)
    _set(instance, "__pydantic_fields_set__", set())
    _set(instance, "__pydantic_extra__", None)
    _set(instance, "__pydantic_private__", None)
    return instance


_set = object.__setattr__


class ReadLane:
    """ASGI: a GET for a lane route is answered here; everything else goes on to FastAPI."""

    def __init__(self, app: ASGIApp, *, fastapi_app: FastAPI) -> None:
        self.app = app
        self.fastapi_app = fastapi_app
        self.exact: dict[str, LaneRoute] | None = None
        self.templated: list[LaneRoute] = []

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "GET":
            await self.app(scope, receive, send)
            return
        if self.exact is None:
            self.exact, self.templated = build_routes(self.fastapi_app)
        path: str = scope["path"]
        route, values = self.exact.get(path), {}
        if route is None:
            for candidate in self.templated:
                match = candidate.pattern.fullmatch(path) if candidate.pattern else None
                if match:
                    route, values = candidate, match.groupdict()
                    break
            if route is not None and any(shadow.fullmatch(path) for shadow in route.shadows):
                route = None
        if route is None:
            await self.app(scope, receive, send)
            return
        scope["route"], scope["path_params"] = route.route, values
        request = Request(scope, receive)
        try:
            response = await route.answer(request, values)
        except Exception as exc:
            response = await self._problem(request, exc)
        await response(scope, receive, send)

    async def _problem(self, request: Request, exc: Exception) -> Response:
        """The app's own exception handler for ``exc`` (as FastAPI's ExceptionMiddleware picks it)."""
        handlers = self.fastapi_app.exception_handlers
        for cls in type(exc).__mro__:
            handler = handlers.get(cls)
            if handler is not None:
                answer = handler(request, exc)
                return await answer if inspect.isawaitable(answer) else answer
        raise exc


def build_routes(app: FastAPI) -> tuple[dict[str, LaneRoute], list[LaneRoute]]:
    """The lane's routes, each knowing which of the routes FastAPI tries before it could take its
    requests; a literal path that an earlier route takes is left to FastAPI altogether."""
    exact: dict[str, LaneRoute] = {}
    templated: list[LaneRoute] = []
    earlier: list[str] = []  # the path of every GET route so far, in FastAPI's order
    for context in iter_route_contexts(app.routes):
        route: Any = context
        original = context.original_route
        if "GET" not in (getattr(original, "methods", None) or ()):
            continue
        path = route.path_format
        if isinstance(original, APIRoute) and original.endpoint in LANE_ENDPOINTS:
            built = _lane_route(app, path, original)
            built.shadows = tuple(_pattern(other) for other in earlier if _may_overlap(other, path))
            if built.pattern is not None:
                templated.append(built)
            elif not any(shadow.fullmatch(path) for shadow in built.shadows):
                exact[path] = built
        earlier.append(path)
    return exact, templated


def _pattern(path: str) -> re.Pattern[str]:
    """A path template as Starlette matches it (a ``{name}`` is one segment)."""
    return re.compile(re.sub(r"\\{(\w+)\\}", r"(?P<\1>[^/]+)", re.escape(path)))


def _may_overlap(one: str, other: str) -> bool:
    """Whether some path matches both templates: as many segments, each pair equal or a ``{name}``."""
    a, b = one.split("/"), other.split("/")
    return len(a) == len(b) and all(x == y or "{" in x or "{" in y for x, y in zip(a, b, strict=True))


def _lane_route(app: FastAPI, path: str, route: APIRoute) -> LaneRoute:
    dependant = route.dependant
    fields: dict[str, Any] = {}
    sources: dict[str, str] = {}
    groups: list[tuple[str, type[BaseModel], tuple[str, ...]]] = []
    # Path before query, as FastAPI validates them: several errors are listed in the same order.
    for source, params in (("path", dependant.path_params), ("query", dependant.query_params)):
        for param in params:
            query_model = param.field_info.annotation
            if source == "query" and isinstance(query_model, type) and issubclass(query_model, BaseModel):
                clash = query_model.model_fields.keys() & fields
                if query_model.model_config.get("extra", "ignore") != "ignore" or clash:
                    raise TypeError(f"{path}: the read lane takes a query model that ignores extras only")
                for name, field in query_model.model_fields.items():
                    fields[name] = (field.annotation, field)
                    sources[name] = source
                groups.append((param.name, query_model, tuple(query_model.model_fields)))
                continue
            fields[param.name] = (param.field_info.annotation, param.field_info)
            sources[param.name] = source
    if dependant.header_params or dependant.cookie_params or dependant.body_params:
        raise TypeError(f"{path}: the read lane takes query and path parameters only")
    dependencies: dict[str, Resolver] = {}
    for sub in dependant.dependencies:
        if sub.name is None:
            raise TypeError(f"{path}: the read lane needs named dependencies")
        dependencies[sub.name] = _resolver(app, path, sub.call)
    model = create_model(f"LaneParams_{route.name}", **fields) if fields else None
    pattern = _pattern(path) if "{" in path else None
    return LaneRoute(
        route.endpoint,
        model,
        sources,
        tuple(groups),
        tuple(name for name in fields if not any(name in names for _, _, names in groups)),
        dependencies,
        dependant.request_param_name,
        pattern,
        route,
    )


def _resolver(app: FastAPI, path: str, call: Any) -> Resolver:
    lane_call = getattr(call, "lane_call", None)
    if lane_call is not None:
        return lane_call
    if inspect.signature(call).parameters:
        raise TypeError(f"{path}: the read lane cannot resolve dependency {call.__name__}")

    async def parameterless(_: Request) -> Any:
        resolved = app.dependency_overrides.get(call, call)
        value = resolved()
        return await value if inspect.isawaitable(value) else value

    return parameterless
