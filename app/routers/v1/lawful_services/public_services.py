"""Public, no sign-in: published policies with search, service guides, request status look-up."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query

from app.deps import IdPath, PageParams, Session
from app.models.lawful_services.policy import PolicyCategory
from app.pagination import Page
from app.schemas.common import IsoDate, problems
from app.schemas.lawful_services.policy import PolicyRevisionRead, PolicySummary, PublicPolicyRead
from app.schemas.lawful_services.service import ServiceRequestStatus, ServiceTypeRead
from app.services.lawful_services import policies as policy_service
from app.services.lawful_services import request_views as views
from app.services.lawful_services import service_types as type_service

router = APIRouter(prefix="/public", tags=["Public (no sign-in)"])


@router.get(
    "/policies",
    operation_id="listPublicPolicies",
    summary="Published policies (政务公开), newest first, with Chinese full-text search",
    response_model=Page[PolicySummary],
    responses=problems(422),
)
async def list_public_policies(
    session: Session,
    page: PageParams,
    q: Annotated[
        str | None,
        Query(
            min_length=1,
            max_length=100,
            examples=["生育"],
            description="Every word or 2-character run must occur",
        ),
    ] = None,
    category: Annotated[PolicyCategory | None, Query()] = None,
    effective_from: Annotated[IsoDate | None, Query()] = None,
    effective_to: Annotated[IsoDate | None, Query()] = None,
    in_force_on: Annotated[IsoDate | None, Query(description="In force on this date (not repealed)")] = None,
) -> Page[PolicySummary]:
    items, next_cursor = await policy_service.list_policies(
        session,
        None,
        q=q,
        category=category,
        effective_from=effective_from,
        effective_to=effective_to,
        in_force_on=in_force_on,
        limit=page.limit,
        cursor=page.cursor,
    )
    return Page(items=[PolicySummary.model_validate(p) for p in items], next_cursor=next_cursor)


@router.get(
    "/policies/{policy_id}",
    operation_id="getPublicPolicy",
    summary="A published (or repealed, marked so) policy",
    response_model=PublicPolicyRead,
    responses=problems(404, 422),
)
async def get_public_policy(policy_id: IdPath, session: Session) -> PublicPolicyRead:
    return PublicPolicyRead.model_validate(await policy_service.get_policy(session, None, policy_id))


@router.get(
    "/policies/{policy_id}/versions",
    operation_id="listPublicPolicyVersions",
    summary="Every published revision of a policy",
    response_model=list[PolicyRevisionRead],
    responses=problems(404, 422),
)
async def list_public_policy_versions(policy_id: IdPath, session: Session) -> list[PolicyRevisionRead]:
    return [
        PolicyRevisionRead.model_validate(r)
        for r in await policy_service.list_revisions(session, None, policy_id)
    ]


@router.get(
    "/service-types",
    operation_id="listPublicServiceTypes",
    summary="Service guides: everything to bring, said once (一次性告知)",
    response_model=list[ServiceTypeRead],
)
async def list_public_service_types(session: Session) -> list[ServiceTypeRead]:
    return await type_service.list_guides(session)


@router.get(
    "/service-requests/{tracking_code}",
    operation_id="getPublicServiceRequestStatus",
    summary="Status of a request by its tracking code: state and dates, nothing personal",
    response_model=ServiceRequestStatus,
    responses=problems(404, 422),
)
async def get_public_service_request_status(
    tracking_code: Annotated[str, Path(min_length=12, max_length=12, pattern=r"^[A-Za-z0-9]{12}$")],
    session: Session,
) -> ServiceRequestStatus:
    return await views.public_status(session, tracking_code)
