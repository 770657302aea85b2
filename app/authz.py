"""Who may do what (roles → permissions) and what they may see (org-scope filters).

This module is the single place to read the access rules. Every read path — lists, single
reads, counts, exports, pickers — builds its query with one of the scope filters below, so an
object outside the caller's org subtree is simply not found.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import (
    BindParameter,
    ColumnElement,
    Select,
    SQLColumnExpression,
    bindparam,
    exists,
    false,
    literal,
    or_,
    select,
    true,
)
from sqlalchemy.orm import QueryableAttribute, aliased

from app.labels import register
from app.models.core.family import Family
from app.models.core.org import Org, OrgKind
from app.models.core.resident import Resident


class Role(enum.StrEnum):
    district_officer = "district_officer"
    district_integration = "district_integration"
    street_admin = "street_admin"
    street_officer = "street_officer"
    community_officer = "community_officer"
    unit_liaison = "unit_liaison"
    dispenser_device = "dispenser_device"


register(
    "role",
    Role,
    {
        "district_officer": ("区卫健委工作人员", "District officer"),
        "district_integration": ("区级系统对接账号", "District integration account"),
        "street_admin": ("街道管理员", "Street administrator"),
        "street_officer": ("街道计生办工作人员", "Street family planning officer"),
        "community_officer": ("社区计生专干", "Community family planning worker"),
        "unit_liaison": ("单位计生联络员", "Unit family planning liaison"),
        "dispenser_device": ("药具自助发放机", "Contraceptive self-service machine"),
    },
)


# Rank for "nobody can grant a role above their own".
ROLE_RANK: dict[Role, int] = {
    Role.district_officer: 50,
    Role.district_integration: 45,
    Role.street_admin: 40,
    Role.street_officer: 30,
    Role.community_officer: 20,
    Role.unit_liaison: 10,
    Role.dispenser_device: 5,
}

# Roles that make sense for a user of each org kind.
ROLES_FOR_ORG_KIND: dict[OrgKind, set[Role]] = {
    OrgKind.district: {Role.district_officer, Role.district_integration},
    OrgKind.street: {Role.street_admin, Role.street_officer},
    OrgKind.community: {Role.community_officer, Role.dispenser_device},
    OrgKind.unit: {Role.unit_liaison, Role.dispenser_device},
}

_STAFF_READ = {
    "orgs:read",
    "residents:read",
    "families:read",
    "users:read",
    "policies:read",
}
# Task 4: community and street staff file and process service requests (services:process);
# street and district staff edit policies and service guides (policies:write, service-types:write).
_SERVICES = {"services:read", "services:process"}
# Life events (moved out, deceased) are recorded where the resident lives: the community or above,
# never by an employer's unit, which updates only what it knows (employment, contact).
# Text messages: staff read a resident's consents and messages and record consents given or
# withdrawn where the resident is served; the street and district word the templates.
_MESSAGES = {"messages:read", "consents:write"}
_COMMUNITY = (
    _STAFF_READ
    | {"residents:write", "residents:life-events", "families:write", "pii:read"}
    | _SERVICES
    | _MESSAGES
)
_STREET = _COMMUNITY | {
    "orgs:write",
    "residents:move",
    "audit:read",
    "policies:write",
    "service-types:write",
    "message-templates:write",
}
# The district reads requests and their statistics and edits policies; it does not process requests.
# The district keeps the working-day calendar (calendar:write) every legal clock counts with, and
# the birth policy rules (birth-policy:write) births are judged by.
_DISTRICT = (_STREET - {"services:process"}) | {"users:write", "calendar:write", "birth-policy:write"}

# Task 3 benefits (利益导向): each review level and payment step is its own permission.
_BENEFITS_READ = {"benefits:read"}
_BENEFITS_APPLY = _BENEFITS_READ | {"benefits:apply"}
_BENEFITS_COMMUNITY = _BENEFITS_APPLY | {"benefits:review:community", "reverification:check"}
_BENEFITS_UNIT = _BENEFITS_APPLY | {"payments:generate", "payments:pay"}
_BENEFITS_STREET = _BENEFITS_READ | {
    "benefit_programs:write",
    "benefits:review:street",
    "objections:resolve",
    "enrolments:manage",
    "payments:generate",
    "payments:approve:street",
    "payments:pay",
    "recoveries:write-off",
    "reverification:manage",
    "reverification:check",
}
_BENEFITS_DISTRICT = _BENEFITS_READ | {
    "benefit_programs:write",
    "benefits:approve:district",
    "enrolments:manage",
    "payments:generate",
    "payments:approve:district",
    "payments:pay",
    "recoveries:write-off",
}

# Task 6 quality services (优质服务). Screening findings are health data: only the workers who act on
# them hold ``health:read``; the district and integration systems see counts and coverage only.
_QUALITY_READ = {"partners:read", "screening:read", "referrals:read", "contraceptives:read"}
_QUALITY_COMMUNITY = _QUALITY_READ | {
    "health:read",
    "screening:write",
    "referrals:write",  # make and cancel referrals
    "referrals:update",  # record the provider's answer: accept, schedule, complete, decline
    "stock:write",
    "dispense",
}
_QUALITY_STREET = _QUALITY_COMMUNITY | {
    "partners:write",
    "screening:programs",
    "contraceptives:catalogue",
    "points:write",
}
_QUALITY_DISTRICT = _QUALITY_READ | {
    "partners:write",
    "screening:programs",
    "contraceptives:catalogue",
    "points:write",
}

# Leadership (目标管理责任制): a book's parent drafts, signs and evaluates it (the district with each
# street, the street with each community and unit); the bound org reads its own, reports reported
# indicators and decomposes its tasks to people. Periodic reports (统计报表): the district defines the
# forms and accepts or returns what the streets prepare, sign and submit.
_LEADERSHIP_READ = {"books:read", "reports:read"}
_LEADERSHIP_LOCAL = _LEADERSHIP_READ | {"books:report", "assignments:write"}
_LEADERSHIP_STREET = _LEADERSHIP_LOCAL | {
    "books:write",
    "evaluations:write",
    "indicators:write",
    "reports:prepare",
}
_LEADERSHIP_DISTRICT = _LEADERSHIP_READ | {
    "books:write",
    "evaluations:write",
    "indicators:write",
    "report-forms:write",
    "reports:review",
}

PERMISSIONS: dict[Role, frozenset[str]] = {
    Role.district_officer: frozenset(
        _DISTRICT | _BENEFITS_DISTRICT | _QUALITY_DISTRICT | _LEADERSHIP_DISTRICT
    ),
    Role.district_integration: frozenset(
        _STAFF_READ
        | {"audit:read", "services:read"}
        | _BENEFITS_READ
        | _QUALITY_READ
        | {"referrals:update"}
        | _LEADERSHIP_READ
    ),
    Role.street_admin: frozenset(
        _STREET | {"users:write"} | _BENEFITS_STREET | _QUALITY_STREET | _LEADERSHIP_STREET
    ),
    Role.street_officer: frozenset(_STREET | _BENEFITS_STREET | _QUALITY_STREET | _LEADERSHIP_STREET),
    Role.community_officer: frozenset(
        _COMMUNITY | _BENEFITS_COMMUNITY | _QUALITY_COMMUNITY | _LEADERSHIP_LOCAL
    ),
    Role.unit_liaison: frozenset(
        _STAFF_READ
        | {"residents:write", "families:write"}
        | _BENEFITS_UNIT
        | {"partners:read", "contraceptives:read", "stock:write", "dispense"}
        | _LEADERSHIP_LOCAL
    ),
    # A self-service machine (自助发放机) only hands out at its own point.
    Role.dispenser_device: frozenset({"dispense:machine"}),
}


def grant(role: Role, *permissions: str) -> None:
    """Add permissions to a role; feature modules declare theirs here at import time."""
    PERMISSIONS[role] = PERMISSIONS[role] | frozenset(permissions)


@dataclass(frozen=True)
class Principal:
    """The authenticated caller: user, role, org and the org's subtree path."""

    user_id: int
    username: str
    role: Role
    org_id: int
    org_kind: OrgKind
    org_path: str
    session_id: str
    permissions: frozenset[str] = field(default_factory=frozenset)

    def can(self, permission: str) -> bool:
        return permission in self.permissions

    @property
    def level_rank(self) -> int:
        return ROLE_RANK[self.role]

    @property
    def is_root(self) -> bool:
        """The district at the root of the tree: every org in the database sits under it."""
        return self.org_path.count("/") == 2

    def subtree_pattern(self) -> str | BindParameter[str]:
        """``LIKE`` pattern (escape character ``/``) matching the paths of the caller's subtree."""
        return like_prefix(self.org_path)

    def path_value(self) -> ColumnElement[str] | BindParameter[str]:
        return literal(self.org_path)


def like_prefix(value: str) -> str:
    """``LIKE`` pattern (escape character ``/``) for the strings that start with ``value``."""
    return value.replace("/", "//").replace("%", "/%").replace("_", "/_") + "%"


@dataclass(frozen=True)
class ScopeTemplate(Principal):
    """A caller's scope with its org as bound parameters, so that a read path compiles each scope
    filter once per org kind and binds the caller's org on every request (see app/read_path.py).

    The filters below read a principal's ``org_id``, ``org_kind``, ``is_root`` and path; this
    stand-in answers the kind and root-ness for real and the org and path as parameters whose values
    :func:`scope_parameters` gives for the actual caller.
    """

    root: bool = False

    @property
    def is_root(self) -> bool:
        return self.root

    def subtree_pattern(self) -> BindParameter[str]:
        return bindparam("scope_subtree")

    def path_value(self) -> BindParameter[str]:
        return bindparam("scope_path")

    @classmethod
    def of(cls, org_kind: OrgKind, root: bool) -> ScopeTemplate:
        org_id: Any = bindparam("scope_org_id")
        return cls(0, "", Role.unit_liaison, org_id, org_kind, "", "", root=root)


def scope_parameters(principal: Principal) -> dict[str, Any]:
    """The values a :class:`ScopeTemplate`'s parameters take for ``principal``."""
    return {
        "scope_org_id": principal.org_id,
        "scope_subtree": principal.subtree_pattern(),
        "scope_path": principal.org_path,
    }


def in_subtree(path_column: SQLColumnExpression[str], principal: Principal) -> ColumnElement[bool]:
    return path_column.like(principal.subtree_pattern(), escape="/")


def scoped_org_ids(principal: Principal) -> Select[tuple[int]]:
    """The ids of every org in the caller's subtree (its own org included)."""
    return select(Org.id).where(in_subtree(Org.path, principal))


def org_scope(principal: Principal) -> ColumnElement[bool]:
    return in_subtree(Org.path, principal)


def resident_scope(principal: Principal) -> ColumnElement[bool]:
    """A resident is visible where the residence community or the employer unit is in scope.

    Community workers see the residents of their community; a unit liaison sees the unit's
    employees and nobody else; the street and district see everything beneath them.
    """
    if principal.org_kind is OrgKind.district:
        # The district is the root of its own tree; every org in the database sits under it.
        return true() if principal.is_root else _subtree_residents(principal)
    if principal.org_kind is OrgKind.community:
        return Resident.community_id == principal.org_id
    if principal.org_kind is OrgKind.unit:
        return Resident.employer_unit_id == principal.org_id
    return _subtree_residents(principal)


def _subtree_residents(principal: Principal) -> ColumnElement[bool]:
    ids = scoped_org_ids(principal)
    return or_(Resident.community_id.in_(ids), Resident.employer_unit_id.in_(ids))


def family_scope(principal: Principal) -> ColumnElement[bool]:
    """A family is visible where its community is in scope, or (for a unit) a parent works there."""
    parent = aliased(Resident)
    parent_visible = exists(
        select(parent.id).where(
            or_(parent.id == Family.husband_id, parent.id == Family.wife_id),
            _resident_scope_for(parent, principal),
        )
    )
    if principal.org_kind is OrgKind.community:
        return Family.community_id == principal.org_id
    if principal.org_kind is OrgKind.unit:
        return parent_visible
    if principal.org_kind is OrgKind.district and principal.is_root:
        return true()
    return or_(Family.community_id.in_(scoped_org_ids(principal)), parent_visible)


def _resident_scope_for(alias: type[Resident], principal: Principal) -> ColumnElement[bool]:
    if principal.org_kind is OrgKind.unit:
        return alias.employer_unit_id == principal.org_id
    if principal.org_kind is OrgKind.community:
        return alias.community_id == principal.org_id
    ids = scoped_org_ids(principal)
    return or_(alias.community_id.in_(ids), alias.employer_unit_id.in_(ids))


def case_scope(
    community_column: ColumnElement[Any] | QueryableAttribute[Any],
    unit_column: ColumnElement[Any] | QueryableAttribute[Any],
    principal: Principal,
) -> ColumnElement[bool]:
    """A benefit case (application, enrolment, check) is visible by its community or employer unit.

    Community staff see their community's cases, a unit liaison only its employees' cases, the
    street every case of its communities and units, the district everything beneath it.
    """
    if principal.org_kind is OrgKind.community:
        return community_column == principal.org_id
    if principal.org_kind is OrgKind.unit:
        return unit_column == principal.org_id
    if principal.org_kind is OrgKind.district and principal.is_root:
        return true()
    # A correlated EXISTS (not "IN (subtree ids)") so a newest-first page walks the primary key
    # and stops after one page, instead of collecting and sorting every case of the street.
    scope_org = aliased(Org)
    return exists(
        select(scope_org.id).where(
            or_(scope_org.id == community_column, scope_org.id == unit_column),
            in_subtree(scope_org.path, principal),
        )
    )


def nothing() -> ColumnElement[bool]:
    return false()


def serving_org_ids(principal: Principal) -> Select[tuple[int]]:
    """Orgs in the caller's subtree plus the caller's ancestors (the orgs whose services reach it)."""
    return select(Org.id).where(
        or_(in_subtree(Org.path, principal), principal.path_value().startswith(Org.path))
    )


def shared_scope(org_id_column: SQLColumnExpression[int], principal: Principal) -> ColumnElement[bool]:
    """Shared resources (partners, programs) serve their org's subtree and are seen by the orgs above."""
    return org_id_column.in_(serving_org_ids(principal))
