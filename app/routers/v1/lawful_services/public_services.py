"""Public, no sign-in: published policies with search, service guides, request status look-up."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Path, Query

from app.deps import CursorQuery, IdPath, LimitQuery
from app.pagination import DEFAULT_LIMIT, Page
from app.read_lane import lane
from app.schemas.common import problems
from app.schemas.lawful_services.policy import PolicyRevisionRead, PolicySummary, PublicPolicyRead
from app.schemas.lawful_services.service import ServiceRequestStatus, ServiceTypeRead
from app.services.lawful_services import policy_reads, request_reads, service_type_reads

router = APIRouter(prefix="/public", tags=["Public (no sign-in)"])


@router.get(
    "/policies",
    operation_id="listPublicPolicies",
    summary="Published policies (政务公开), newest first, with Chinese full-text search",
    response_model=Page[PolicySummary],
    responses=problems(422),
)
@lane
async def list_public_policies(
    where: Annotated[policy_reads.PublicPolicyFilters, Query()],
    limit: LimitQuery = DEFAULT_LIMIT,
    cursor: CursorQuery = None,
) -> Any:
    return await policy_reads.PUBLIC_POLICIES.page(None, limit=limit, cursor=cursor, where=where)


@router.get(
    "/policies/{policy_id}",
    operation_id="getPublicPolicy",
    summary="A published (or repealed, marked so) policy",
    response_model=PublicPolicyRead,
    responses=problems(404, 422),
)
@lane
async def get_public_policy(policy_id: IdPath) -> Any:
    return await policy_reads.PUBLIC_POLICY.one(None, policy_id)


@router.get(
    "/policies/{policy_id}/versions",
    operation_id="listPublicPolicyVersions",
    summary="Every published revision of a policy",
    response_model=list[PolicyRevisionRead],
    responses=problems(404, 422),
)
@lane
async def list_public_policy_versions(policy_id: IdPath) -> Any:
    return await policy_reads.versions(None, policy_id)


@router.get(
    "/service-types",
    operation_id="listPublicServiceTypes",
    summary="Service guides: everything to bring, said once (一次性告知)",
    response_model=list[ServiceTypeRead],
)
@lane
async def list_public_service_types() -> Any:
    return await service_type_reads.GUIDES.all(None, where=service_type_reads.ACTIVE)


@router.get(
    "/service-requests/{tracking_code}",
    operation_id="getPublicServiceRequestStatus",
    summary="Status of a request by its tracking code: state and dates, nothing personal",
    response_model=ServiceRequestStatus,
    responses=problems(404, 422),
)
@lane
async def get_public_service_request_status(
    tracking_code: Annotated[str, Path(min_length=12, max_length=12, pattern=r"^[A-Za-z0-9]{12}$")],
) -> Any:
    return await request_reads.public_status(tracking_code)
