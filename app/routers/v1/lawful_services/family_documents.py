"""A family's registrations and certificates (生育登记, 光荣证): one record per document and child."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter

from app.deps import IdPath, Reads
from app.read_lane import lane
from app.schemas.common import AUTHED, problems
from app.schemas.lawful_services.service import FamilyDocumentRead
from app.services.lawful_services import document_reads

TAG = "Task 4 · Administration by law (依法行政)"
router = APIRouter(tags=[TAG])


@router.get(
    "/families/{family_id}/documents",
    operation_id="listFamilyDocuments",
    summary="The family's registrations and certificates, valid and revoked (a handful: not paginated)",
    response_model=list[FamilyDocumentRead],
    responses=problems(*AUTHED, 404),
)
@lane
async def list_family_documents(family_id: IdPath, principal: Reads("services:read")) -> Any:
    return await document_reads.family_documents(principal, family_id)
