"""Care projects on the fast read path: what each reached, spent and ran, counted in the same
statement from the linked cases, their assistance and the linked activities."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field
from sqlalchemy import ColumnElement, func, select

from app.list_filters import Equals, ListFilters
from app.models.grassroots.care import CareAssistance, CareCase
from app.models.grassroots.care_project import CareProject, CareProjectActivity, CareProjectStatus
from app.read_path import ReadPath
from app.schemas.grassroots.care_project import CareProjectRead
from app.services.grassroots.scope import project_scope


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


class ProjectFilters(ListFilters):
    """The care project list's query parameters."""

    year: Annotated[int | None, Field(ge=2000, le=2100), Equals(CareProject.year)] = None
    status: Annotated[CareProjectStatus | None, Equals(CareProject.status)] = None


PROJECTS = ReadPath(
    model=CareProject,
    schema=CareProjectRead,
    scope=project_scope,
    label="Care project",
    columns={"beneficiaries_reached": reached(), "spent_fen": spent(), "activities_held": held()},
    filters=ProjectFilters,
)
