"""Preconditions of a service type on the family record, checked at acceptance and at completion.

A service type's ``preconditions`` is data (the law changes; the code does not), a JSON object of
``PreconditionRule`` → value, for example the demo's:

* 生育登记 (birth registration, 2016–2020 for a first or second child): ``{"child_order_max": 2,
  "one_valid_per_child": true}`` — a third child needs 再生育审批 (re-birth approval), another service.
* 独生子女父母光荣证 (honour certificate): ``{"children_min": 1, "children_max": 1,
  "child_born_before": "2016-01-01", "one_valid_per_family": true}`` — no new issues for children
  born from 2016-01-01 (全面两孩, 人口与计划生育法 2015 修正).
* 特别扶助 (special support): ``{"children_min": 1, "children_max": 1, "child_status_in":
  ["deceased", "disabled"]}``.

The child a request is for is the one it names (``child_id``); otherwise the next child (children on
record + 1) for a per-child registration (``one_valid_per_child``), or the youngest child on record.
Every unmet rule is answered (409 ``precondition-not-met``) with its code, the value required and the
value found, in zh-CN and English.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.errors import Conflict
from app.models.core.family import Child, Family
from app.models.lawful_services.document import FamilyDocument, FamilyDocumentKind, FamilyDocumentStatus
from app.models.lawful_services.service import IssuedDocument, PreconditionRule, ServiceType

DOCUMENT_KINDS = {
    IssuedDocument.birth_registration_no: FamilyDocumentKind.birth_registration,
    IssuedDocument.honour_certificate_no: FamilyDocumentKind.honour_certificate,
}

_TEXT: dict[PreconditionRule, tuple[str, str]] = {
    PreconditionRule.children_min: ("at least {expected} child(ren) on record, found {actual}",
                                    "家庭档案须至少有{expected}个子女，现有{actual}个"),
    PreconditionRule.children_max: ("at most {expected} child(ren) on record, found {actual}",
                                    "家庭档案至多{expected}个子女，现有{actual}个"),
    PreconditionRule.child_order_max: ("only for a child up to the {expected}th, this is child {actual}",
                                       "仅适用于第{expected}个及以内子女，本次为第{actual}个子女"),
    PreconditionRule.child_born_before: ("the child must be born before {expected}, born {actual}",
                                         "子女须在{expected}之前出生，实际出生于{actual}"),
    PreconditionRule.child_status_in: ("a child must be {expected}, found {actual}",
                                       "须有子女状况为{expected}，实际为{actual}"),
    PreconditionRule.one_valid_per_family: ("the family already holds a valid one: {actual}",
                                            "该家庭已持有有效证件：{actual}"),
    PreconditionRule.one_valid_per_child: ("this child already has a valid one: {actual}",
                                           "该子女已有有效登记：{actual}"),
}  # fmt: skip


class PreconditionNotMet(Conflict):
    code = "precondition-not-met"
    title = "The family record does not meet the service's conditions"
    title_zh = "家庭档案不符合该事项的办理条件"

    def __init__(self, service_type: ServiceType, unmet: list[dict[str, Any]]) -> None:
        en = "; ".join(_TEXT[PreconditionRule(u["rule"])][0].format(**u) for u in unmet)
        zh = "；".join(_TEXT[PreconditionRule(u["rule"])][1].format(**u) for u in unmet)
        super().__init__(
            f"{service_type.code}: {en}",
            zh=f"{service_type.name}：{zh}",
            extra={"unmet_preconditions": unmet},
        )


def target_child(
    rules: dict[str, Any], children: list[Child], child_id: int | None
) -> tuple[int, Child | None]:
    """(order, child) of the child the request is for."""
    if child_id is not None:
        named = next((c for c in children if c.id == child_id), None)
        if named is not None:
            return named.birth_order, named
    if rules.get(PreconditionRule.one_valid_per_child.value) or not children:
        return len(children) + 1, None
    youngest = max(children, key=lambda c: c.birth_order)
    return youngest.birth_order, youngest


async def unmet(
    session: AsyncSession, service_type: ServiceType, family: Family, child_id: int | None
) -> list[dict[str, Any]]:
    """Every rule of the type the family record does not meet (empty: all met)."""
    rules: dict[str, Any] = service_type.preconditions or {}
    if not rules:
        return []
    children = list(family.children)
    order, child = target_child(rules, children, child_id)
    found: list[dict[str, Any]] = []

    def miss(rule: PreconditionRule, expected: Any, actual: Any) -> None:
        found.append({"rule": rule.value, "expected": expected, "actual": actual})

    count = len(children)
    if (minimum := rules.get("children_min")) is not None and count < minimum:
        miss(PreconditionRule.children_min, minimum, count)
    if (maximum := rules.get("children_max")) is not None and count > maximum:
        miss(PreconditionRule.children_max, maximum, count)
    if (order_max := rules.get("child_order_max")) is not None and order > order_max:
        miss(PreconditionRule.child_order_max, order_max, order)
    if (before := rules.get("child_born_before")) is not None and child is not None:
        if child.birth_date >= date.fromisoformat(before):
            miss(PreconditionRule.child_born_before, before, child.birth_date.isoformat())
    if statuses := rules.get("child_status_in"):
        if not any(c.status.value in statuses for c in children):
            miss(
                PreconditionRule.child_status_in,
                "/".join(statuses),
                "/".join(c.status.value for c in children),
            )
    kind = DOCUMENT_KINDS.get(service_type.issues)
    if kind is not None and (rules.get("one_valid_per_family") or rules.get("one_valid_per_child")):
        held = await valid_documents(session, family.id, kind)
        if rules.get("one_valid_per_family"):
            numbers = [d.number for d in held]
            if kind is FamilyDocumentKind.honour_certificate and family.honour_certificate_no:
                numbers = sorted({*numbers, family.honour_certificate_no})
            if numbers:
                miss(PreconditionRule.one_valid_per_family, False, ", ".join(numbers))
        if rules.get("one_valid_per_child"):
            same = [d.number for d in held if d.child_order == order]
            if same:
                miss(PreconditionRule.one_valid_per_child, False, ", ".join(same))
    return found


async def check(
    session: AsyncSession, service_type: ServiceType, family: Family, child_id: int | None
) -> None:
    missing = await unmet(session, service_type, family, child_id)
    if missing:
        raise PreconditionNotMet(service_type, missing)


async def valid_documents(
    session: AsyncSession, family_id: int, kind: FamilyDocumentKind
) -> list[FamilyDocument]:
    rows = await session.execute(
        select(FamilyDocument)
        .where(
            FamilyDocument.family_id == family_id,
            FamilyDocument.kind == kind,
            FamilyDocument.status == FamilyDocumentStatus.valid,
        )
        .order_by(FamilyDocument.id)
    )
    return list(rows.scalars())
