"""Policies (政务公开): drafted, published, revised and repealed by street and district staff."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Path, Query, Response, status

from app.deps import CursorQuery, IdPath, IfMatch, LimitQuery, Reads, Requires, Session, set_etag
from app.models.lawful_services.policy import Policy
from app.pagination import DEFAULT_LIMIT, Page
from app.read_lane import lane
from app.schemas.common import AUTHED, problems
from app.schemas.lawful_services.policy import (
    PolicyCreate,
    PolicyRead,
    PolicyRepeal,
    PolicyRevisionRead,
    PolicySummary,
    PolicyUpdate,
)
from app.services.lawful_services import policies as policy_service
from app.services.lawful_services import policy_reads, policy_search
from app.services.lawful_services.policies import POLICY_WORKFLOW
from app.step_routes import StepRoutes

TAG = "Task 4 · Administration by law (依法行政)"
router = APIRouter(prefix="/policies", tags=[TAG])

SearchQuery = Annotated[
    str | None,
    Query(
        min_length=1,
        max_length=100,
        description=f"Full-text search, Chinese included (e.g. 生育): {policy_search.QUERY_RULE}",
    ),
]


@router.get(
    "",
    operation_id="listPolicies",
    summary="List policies: public ones and your area's drafts",
    response_model=Page[PolicySummary],
    responses=problems(*AUTHED),
)
@lane
async def list_policies(
    principal: Reads("policies:read"),
    where: Annotated[policy_reads.PolicyFilters, Query()],
    limit: LimitQuery = DEFAULT_LIMIT,
    cursor: CursorQuery = None,
) -> Any:
    return await policy_reads.POLICIES.page(principal, limit=limit, cursor=cursor, where=where)


@router.post(
    "",
    operation_id="createPolicy",
    summary="Draft a policy (street or district)",
    status_code=status.HTTP_201_CREATED,
    response_model=PolicyRead,
    responses=problems(*AUTHED),
)
async def create_policy(
    body: PolicyCreate, response: Response, session: Session, principal: Requires("policies:write")
) -> PolicyRead:
    policy = await policy_service.create_policy(session, principal, body)
    response.headers["Location"] = f"/api/v1/policies/{policy.id}"
    set_etag(response, policy.version)
    return PolicyRead.model_validate(policy)


@router.get(
    "/{policy_id}",
    operation_id="getPolicy",
    summary="Read a policy",
    response_model=PolicyRead,
    responses=problems(*AUTHED, 404),
)
@lane
async def get_policy(policy_id: IdPath, principal: Reads("policies:read")) -> Any:
    return await policy_reads.POLICY.one(principal, policy_id)


@router.patch(
    "/{policy_id}",
    operation_id="updatePolicy",
    summary="Edit a policy: a draft in place, a published one as a new revision",
    response_model=PolicyRead,
    responses=problems(*AUTHED, 404, 409, 412),
)
async def update_policy(
    policy_id: IdPath,
    body: PolicyUpdate,
    response: Response,
    session: Session,
    principal: Requires("policies:write"),
    if_match: IfMatch,
) -> PolicyRead:
    policy = await policy_service.update_policy(session, principal, policy_id, body, if_match)
    set_etag(response, policy.version)
    return PolicyRead.model_validate(policy)


async def _present(session: Session, policy: Policy) -> PolicyRead:
    return PolicyRead.model_validate(policy)


steps = StepRoutes(
    router, "policy_id", PolicyRead, _present, POLICY_WORKFLOW, responses=problems(*AUTHED, 404, 409, 412)
)
steps.post("publish", "publishPolicy", "Publish a draft (政务公开)", policy_service.publish_policy)
steps.post(
    "repeal",
    "repealPolicy",
    "Repeal a published policy (it stays readable, marked repealed)",
    policy_service.repeal_policy,
    PolicyRepeal,
)


@router.get(
    "/{policy_id}/versions",
    operation_id="listPolicyVersions",
    summary="Every published revision of a policy, oldest first",
    response_model=list[PolicyRevisionRead],
    responses=problems(*AUTHED, 404),
)
@lane
async def list_policy_versions(policy_id: IdPath, principal: Reads("policies:read")) -> Any:
    return await policy_reads.versions(principal, policy_id)


# Revisions are numbered in a 32-bit column: a larger number is bad input (422).
RevisionPath = Annotated[
    int, Path(ge=0, le=2**31 - 1, description="The revision's number (published revisions count from 1)")
]


@router.get(
    "/{policy_id}/versions/{revision}",
    operation_id="getPolicyVersion",
    summary="One published revision of a policy",
    response_model=PolicyRevisionRead,
    responses=problems(*AUTHED, 404),
)
@lane
async def get_policy_version(
    policy_id: IdPath, revision: RevisionPath, principal: Reads("policies:read")
) -> Any:
    return await policy_reads.version(principal, policy_id, revision)
