"""A family's registrations and certificates on the fast read path (a handful: one array, in id
order). The family is looked up first in the caller's family scope (404 "Family not found", as on
the session path); the documents are read under the same scope."""

from __future__ import annotations

from typing import Any

from sqlalchemy import bindparam

from app.authz import Principal
from app.models.lawful_services.document import FamilyDocument
from app.read_path import ReadPath
from app.schemas.lawful_services.service import FamilyDocumentRead
from app.services.core.family_reads import FAMILIES
from app.services.lawful_services.scope import document_scope

DOCUMENTS = ReadPath(
    model=FamilyDocument,
    schema=FamilyDocumentRead,
    scope=document_scope,
    filters={"family_id": lambda: FamilyDocument.family_id == bindparam("family_id")},
    label="Family document",
)


async def family_documents(principal: Principal, family_id: int) -> Any:
    await FAMILIES.one(principal, family_id)  # 404 outside the caller's area
    return await DOCUMENTS.all(principal, family_id=family_id)
