"""Care projects on the fast read path: what each reached, spent and ran, counted in the same
statement from the linked cases, their assistance and the linked activities."""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, bindparam, func, select

from app.authz import Principal
from app.models.grassroots.care import CareAssistance, CareCase
from app.models.grassroots.care_project import CareProject, CareProjectActivity, CareProjectStatus
from app.read_path import ReadPath
from app.schemas.grassroots.care_project import CareProjectRead
from app.services.grassroots.scope import owned


def project_scope(principal: Principal) -> ColumnElement[bool]:
    return owned(CareProject.org_id, principal)


def reached() -> ColumnElement[int]:
    return select(func.count(CareCase.id)).where(CareCase.project_id == CareProject.id).scalar_subquery()


def spent() -> ColumnElement[int]:
    return (
        select(func.coalesce(func.sum(CareAssistance.amount_fen), 0))
        .join(CareCase, CareCase.id == CareAssistance.case_id)
        .where(CareCase.project_id == CareProject.id)
        .scalar_subquery()
    )


def held() -> ColumnElement[int]:
    return select(func.count()).where(CareProjectActivity.project_id == CareProject.id).scalar_subquery()


PROJECTS = ReadPath(
    model=CareProject,
    schema=CareProjectRead,
    scope=project_scope,
    label="Care project",
    columns={"beneficiaries_reached": reached(), "spent_fen": spent(), "activities_held": held()},
    filters={
        "year": lambda: CareProject.year == bindparam("year"),
        "status": lambda: CareProject.status == bindparam("status"),
    },
)


def filters(*, year: int | None, status: CareProjectStatus | None) -> dict[str, Any]:
    return {"year": year, "status": status.value if status is not None else None}
