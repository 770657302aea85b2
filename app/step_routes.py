"""Workflow step routes, one operation per step, each declared in one call.

Every step route has the same shape: ``POST /<resource>/{id}/<step>``, the caller's permission,
perhaps a request body, then one service call and the record answered through the resource's
response schema with its ``ETag``. ``StepRoutes`` writes that shape once; a router lists its steps::

    steps = StepRoutes(router, "referral_id", ReferralRead, present, REFERRAL_WORKFLOW, responses=…)
    steps.post("accept", "acceptReferral", "The provider accepted …", accept, ReferralAccept)

The permission a step route enforces is the one its workflow table declares for the step (the
step is named by the path segment, ``-`` read as ``_``, unless ``step=`` names it): the table is the
one place that says who may take a step, and ``STEP_ROUTES`` records which step each route takes
(app/openapi_doc.py describes it; a test checks the enforced permission against the table).

What the route hands the service follows the service's signature, so that the two cannot drift:

* always ``(session, principal, <id>)``;
* ``expected_version`` (the ``If-Match`` header) and ``today`` only if the service takes them: the
  If-Match header is documented exactly for the steps whose service checks the version;
* the request body as keyword arguments named by its fields (``ReasonBody`` → ``reason=``), or whole
  as ``body=`` if the service takes ``body``. An optional body that is not sent is the schema's
  defaults.

The presenter gets ``(session, record)``, and ``principal=`` / ``today=`` (the request's) if it names
them. ``etag=False`` keeps the few steps that never answered an ``ETag`` without one; ``prefix``
serves a router whose own prefix does not name the resource.

The operation (path, operationId, summary, description, parameters, body, responses, tags) is what
a hand-written ``@router.post`` with the same arguments gives; the permission is enforced by a
``Requires(<the table's permission>)`` principal, so app/openapi_doc.py describes it as before. The
session commits where every request's does (``get_session``); the service flushes and audits.
"""

from __future__ import annotations

import inspect
import types
from collections.abc import Awaitable, Callable
from typing import Any, Union, get_args, get_origin

from fastapi import APIRouter, Response
from sqlalchemy.ext.asyncio import AsyncSession

from app.clock import Today
from app.deps import IdPath, IfMatch, Requires, Session, set_etag
from app.workflow import Step, Workflow

Present = Callable[..., Awaitable[Any]]  # (session, record), and principal= / today= if it names them
Service = Callable[..., Awaitable[Any]]

_KW = inspect.Parameter.KEYWORD_ONLY

# operationId → (workflow name, step) of every step route: those a StepRoutes declared, and the few
# whose path names two records (``step_principal``).
STEP_ROUTES: dict[str, tuple[str, Step]] = {}
# operationId → (workflow name, steps) of the routes that take whichever step the state calls for.
MULTI_STEP_ROUTES: dict[str, tuple[str, tuple[Step, ...]]] = {}


def step_principal(workflow: Workflow[Any], steps: str | tuple[str, ...], operation_id: str) -> Any:
    """The caller of a step route that ``StepRoutes`` cannot write (its path names two records, e.g.
    ``/notices/{id}/objections/{objection_id}/resolve``): holding the step's permission in the table
    (for a route that takes one of several steps, the permission they share)."""
    if isinstance(steps, str):
        declared = workflow.steps[steps]
        STEP_ROUTES[operation_id] = (workflow.name, declared)
        return Requires(declared.permission)
    taken = tuple(workflow.steps[s] for s in steps)
    [permission] = {s.permission for s in taken}
    MULTI_STEP_ROUTES[operation_id] = (workflow.name, taken)
    return Requires(permission)


def _optional(annotation: Any) -> tuple[type[Any], bool]:
    """The body schema and whether the body may be left out (``Schema | None``)."""
    if get_origin(annotation) in (Union, types.UnionType):
        members = [a for a in get_args(annotation) if a is not type(None)]
        if len(members) == 1 and len(members) < len(get_args(annotation)):
            return members[0], True
    return annotation, False


def _camel_to_snake(name: str) -> str:
    return "".join(f"_{c.lower()}" if c.isupper() else c for c in name).lstrip("_")


class StepRoutes:
    """The step routes of one resource: shared id parameter, response schema and presenter."""

    def __init__(
        self,
        router: APIRouter,
        id_name: str,
        response_model: type[Any],
        present: Present,
        workflow: Workflow[Any],
        *,
        responses: dict[int | str, dict[str, Any]],
        prefix: str = "",
    ) -> None:
        self.router = router
        self.workflow = workflow
        self.prefix = prefix  # where the router's own prefix does not name the resource
        self.id_name = id_name
        self.response_model = response_model
        self.present = present
        self.responses = responses

    def post(
        self,
        step_path: str,
        operation_id: str,
        summary: str,
        service: Service,
        body: Any = None,
        *,
        step: str | tuple[str, ...] | None = None,
        gate: str | None = None,
        etag: bool = True,
        description: str | None = None,
        responses: dict[int | str, dict[str, Any]] | None = None,
    ) -> None:
        """``POST /{id}/<step_path>``: authorize with the step's permission in the workflow table,
        call ``service``, answer the record."""
        if isinstance(step, tuple):
            # One route for the step the record's state or the body calls for (a review at the level
            # due now): the permission the steps share in the table; where they differ, the route
            # lets in holders of ``gate`` and the service asks the table for the step's permission
            # once it knows the state (MULTI_STEP_ROUTES lists these routes).
            taken = tuple(self.workflow.steps[s] for s in step)
            shared = {s.permission for s in taken}
            assert gate is not None or len(shared) == 1, "steps with different permissions need a gate"
            MULTI_STEP_ROUTES[operation_id] = (self.workflow.name, taken)
            principal = Requires(gate or shared.pop())
        else:
            declared = self.workflow.steps[step or step_path.replace("-", "_")]
            STEP_ROUTES[operation_id] = (self.workflow.name, declared)
            principal = Requires(declared.permission)
        wants = inspect.signature(service).parameters
        schema, optional = _optional(body) if body is not None else (None, False)
        params = [inspect.Parameter(self.id_name, _KW, annotation=IdPath)]
        if body is not None:
            default = None if optional else inspect.Parameter.empty
            params.append(inspect.Parameter("body", _KW, annotation=body, default=default))
        params += [
            inspect.Parameter("response", _KW, annotation=Response),
            inspect.Parameter("session", _KW, annotation=Session),
            inspect.Parameter("principal", _KW, annotation=principal),
        ]
        if "expected_version" in wants:
            params.append(inspect.Parameter("if_match", _KW, annotation=IfMatch))
        present, id_name = self.present, self.id_name
        present_as = inspect.signature(present).parameters
        if "today" in wants or "today" in present_as:
            params.append(inspect.Parameter("today", _KW, annotation=Today))
        whole_body = "body" in wants

        async def run(values: dict[str, Any]) -> tuple[AsyncSession, Any]:
            kwargs: dict[str, Any] = {}
            if schema is not None:
                sent = values["body"] if values["body"] is not None else schema()
                if whole_body:
                    kwargs["body"] = sent
                else:
                    kwargs.update({name: getattr(sent, name) for name in type(sent).model_fields})
            if "if_match" in values:
                kwargs["expected_version"] = values["if_match"]
            if "today" in wants:
                kwargs["today"] = values["today"]
            session: AsyncSession = values["session"]
            return session, await service(session, values["principal"], values[id_name], **kwargs)

        async def answer(session: AsyncSession, record: Any, values: dict[str, Any]) -> Any:
            extra = {name: values[name] for name in ("principal", "today") if name in present_as}
            return await present(session, record, **extra)

        async def endpoint(**values: Any) -> Any:
            session, record = await run(values)
            set_etag(values["response"], record.version)
            return await answer(session, record, values)

        async def endpoint_without_etag(**values: Any) -> Any:
            """For the few steps that have never answered an ``ETag`` (the document says so)."""
            session, record = await run(values)
            return await answer(session, record, values)

        if not etag:
            endpoint = endpoint_without_etag
        endpoint.__signature__ = inspect.Signature(params)  # type: ignore[attr-defined]
        endpoint.__name__ = endpoint.__qualname__ = _camel_to_snake(operation_id)
        self.router.add_api_route(
            f"{self.prefix}/{{{self.id_name}}}/{step_path}",
            endpoint,
            methods=["POST"],
            operation_id=operation_id,
            summary=summary,
            description=description,
            response_model=self.response_model,
            responses=self.responses if responses is None else responses,
        )
