"""Institutions and systems in force (制度、机构到位): rules and leading bodies as dated documents.

A document belongs to the org whose body or rules it is (the street's leading group, a community's
Association branch); it is seen there, beneath it and above it (a community reads the street's rules
it works under). It is in force on day D when ``effective_from <= D`` and it was not repealed on or
before D; repealing is a dated step with its reason, the document itself is never changed.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any

from pydantic import Field
from sqlalchemy import ColumnElement, and_, case, literal, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.authz import Principal, scoped_org_ids, shared_scope
from app.errors import Conflict, Unprocessable
from app.labels import ENUMS
from app.list_filters import Equals, ListFilters, Where
from app.models.core.org import Org
from app.models.leadership.institution import REQUIRED_KINDS, InstitutionDocument, InstitutionKind, category
from app.models.leadership.safeguards import EvidenceFile
from app.preconditions import check_version
from app.read_path import ReadPath
from app.reasons import language
from app.schemas.common import DbId, IsoDate
from app.schemas.leadership.institution import (
    InstitutionCreate,
    InstitutionRead,
    InstitutionRepeal,
    RequiredInstitutions,
)
from app.services.core.loading import one_or_404
from app.services.leadership import evidence_files
from app.services.leadership.budget_reads import org_name
from app.services.leadership.budgets import record_audit
from app.services.leadership.scope import editable_institution_scope, institution_scope

D = InstitutionDocument


def in_force(on: Any) -> ColumnElement[bool]:
    """In force on ``on`` (a date or a bound parameter)."""
    return and_(D.effective_from <= on, or_(D.repealed_on.is_(None), D.repealed_on > on))


def _category() -> ColumnElement[str]:
    bodies = [k.value for k in InstitutionKind if category(k).value == "body"]
    return case((D.kind.in_(bodies), "body"), else_="system")


class InstitutionFilters(ListFilters):
    """The institution list's query parameters."""

    kind: Annotated[InstitutionKind | None, Equals(D.kind)] = None
    org_id: Annotated[DbId | None, Equals(D.org_id)] = None
    in_force_on: Annotated[IsoDate | None, Field(description="In force on this date"), Where(in_force)] = None


INSTITUTIONS = ReadPath(
    model=InstitutionDocument,
    schema=InstitutionRead,
    scope=institution_scope,
    label="Institution",
    columns={
        "org_name": org_name(D.org_id),
        "category": _category(),
        "file_name": select(EvidenceFile.filename).where(EvidenceFile.id == D.file_id).scalar_subquery(),
    },
    filters=InstitutionFilters,
)


async def create(session: AsyncSession, principal: Principal, data: InstitutionCreate) -> InstitutionDocument:
    await one_or_404(
        session, select(Org.id).where(Org.id == data.org_id, Org.id.in_(scoped_org_ids(principal))), "Org"
    )
    if data.file_id is not None:
        await evidence_files.usable(session, principal, data.file_id, "file_id")
    document = InstitutionDocument(**data.model_dump(), created_by=principal.user_id)
    session.add(document)
    await session.flush()
    detail = {"kind": data.kind.value, "title": data.title, "effective_from": data.effective_from.isoformat()}
    await record_audit(session, principal, "institution.create", "institution", document.id, detail)
    return document


async def repeal(
    session: AsyncSession,
    principal: Principal,
    document_id: int,
    data: InstitutionRepeal,
    expected_version: int | None,
) -> InstitutionDocument:
    document = await one_or_404(
        session,
        select(D).where(D.id == document_id, editable_institution_scope(principal)),
        "Institution",
    )
    check_version(document, expected_version)
    if document.repealed_on is not None:
        raise Conflict(
            f"The document was repealed on {document.repealed_on.isoformat()}",
            zh=f"该文件已于 {document.repealed_on.isoformat()} 废止",
        )
    if data.repealed_on <= document.effective_from:
        raise Unprocessable(
            "repealed_on lies after the date the document took effect",
            loc=["body", "repealed_on"],
            zh="废止日期须晚于生效日期",
        )
    document.repealed_on, document.repeal_reason = data.repealed_on, data.reason
    await session.flush()
    detail = {"repealed_on": data.repealed_on.isoformat(), "reason": data.reason}
    await record_audit(session, principal, "institution.repeal", "institution", document.id, detail)
    return document


async def required(
    session: AsyncSession, principal: Principal, org_id: int | None, on: date
) -> RequiredInstitutions:
    """Whether each kind the plan requires has a document in force on ``on`` for the org (the caller's
    own by default), counting the org's own documents and those of the orgs above it."""
    target = org_id or principal.org_id
    org = await one_or_404(
        session, select(Org).where(Org.id == target, shared_scope(Org.id, principal)), "Org"
    )
    rows = (
        await session.execute(
            select(D.kind, D.id)
            .join(Org, Org.id == D.org_id)
            .where(in_force(on), D.kind.in_([k.value for k in REQUIRED_KINDS]), _on_path(org.path))
            .order_by(D.id)
        )
    ).all()
    labels = ENUMS["institution_kind"]
    lang = "zh-CN" if language() == "zh-CN" else "en"
    kinds = []
    for kind in REQUIRED_KINDS:
        ids = [document_id for found, document_id in rows if found is kind]
        kinds.append(
            {"kind": kind, "kind_label": labels[kind.value][lang], "in_force": bool(ids), "document_ids": ids}
        )
    return RequiredInstitutions.model_validate(
        {
            "org_id": org.id,
            "on": on,
            "required": len(REQUIRED_KINDS),
            "in_force": sum(1 for k in kinds if k["in_force"]),
            "kinds": kinds,
        }
    )


def _on_path(path: str) -> ColumnElement[bool]:
    """Documents of the org at ``path`` and of every org above it (the rules it works under)."""
    return literal(path).startswith(Org.path)
