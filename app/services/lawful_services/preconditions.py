"""Preconditions of a service type on the family record, checked at acceptance and at completion.

A service type's ``preconditions`` is data (the law changes; the code does not), a JSON object of
``PreconditionRule`` → value, for example the demo's:

* 生育登记 (birth registration): ``{"child_order_within_birth_policy": true, "one_valid_per_child":
  true}`` — the child's order must be within the registration orders of the birth policy rule in force
  on its birth date (``birth_policy_rules``: 全面两孩 up to the second child, a third needing 再生育审批;
  from 2021-06-26 up to the third); a child not yet born is judged by the rule in force on the day
  checked. ``child_order_max`` (a fixed order) remains available to other types.
* 独生子女父母光荣证 (honour certificate): ``{"children_min": 1, "children_max": 1,
  "child_born_before": "2016-01-01", "one_valid_per_family": true}`` — no new issues for children
  born from 2016-01-01 (全面两孩, 人口与计划生育法 2015 修正).
* 特别扶助 (special support): ``{"children_min": 1, "children_max": 1, "child_status_in":
  ["deceased", "disabled"]}``.

The child a request is for is the one it names (``child_id``); otherwise, for a per-child registration
(``one_valid_per_child``), the youngest child on record if it was born within a year before the
request was filed and holds no valid registration (the child just born: a family with three children
on record registers its third, not a fourth), else the next child (highest order on record + 1, not
yet on record); for other types the youngest child on record.
Every unmet rule is answered (409 ``precondition-not-met``) with its code, the value required and the
value found, in zh-CN and English.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.clock import local_today
from app.errors import Conflict
from app.models.core.birth_policy import BeyondRegistration
from app.models.core.family import Child, Family
from app.models.lawful_services.document import FamilyDocument, FamilyDocumentKind, FamilyDocumentStatus
from app.models.lawful_services.service import IssuedDocument, PreconditionRule, ServiceType
from app.services.core import birth_policy

# A per-child registration filed without naming a child is for the youngest child on record when that
# child was born within this long before the request was filed and has no valid registration
# (生育登记 follows a birth); otherwise it is for the next child. An older child is named (child_id).
RECENT_BIRTH = timedelta(days=366)

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
    PreconditionRule.child_order_within_birth_policy: (
        "{judged} the birth policy in force, {policy_en} ({source}), registers children up to the "
        "{expected}th; this is child {actual}: {beyond_en}",
        "{judged_zh}施行的{policy}（{source}）仅对第{expected}个及以内子女办理生育登记，"
        "本次为第{actual}个子女：{beyond_zh}",
    ),
}  # fmt: skip

_BEYOND = {
    BeyondRegistration.reapproval.value: ("it needs re-birth approval (再生育审批)", "须办理再生育审批"),
    BeyondRegistration.not_available.value: ("outside the policy, not registrable", "属政策外生育，不予登记"),
}


def _text(unmet: dict[str, Any]) -> tuple[str, str]:
    rule = PreconditionRule(unmet["rule"])
    en, zh = _TEXT[rule]
    if rule is not PreconditionRule.child_order_within_birth_policy:
        return en.format(**unmet), zh.format(**unmet)
    policy, day = unmet["birth_policy"], unmet["judged_on"]
    if policy is None:
        return (
            f"no birth policy rule is in force on {day} (GET /api/v1/birth-policy-rules)",
            f"{day}无施行中的生育政策规则",
        )
    beyond_en, beyond_zh = _BEYOND[policy["beyond_registration"]]
    born = unmet["born_on"] is not None
    values = {
        **unmet,
        "judged": f"born {day}:" if born else f"not yet born, judged on {day}:",
        "judged_zh": f"该子女出生于{day}，出生时" if born else f"该子女尚未出生，按{day}",
        "policy": policy["name"],
        "policy_en": policy["name_en"],
        "source": policy["source"],
        "beyond_en": beyond_en,
        "beyond_zh": beyond_zh,
    }
    return en.format(**values), zh.format(**values)


class PreconditionNotMet(Conflict):
    code = "precondition-not-met"
    title = "The family record does not meet the service's conditions"
    title_zh = "家庭档案不符合该事项的办理条件"

    def __init__(self, service_type: ServiceType, unmet: list[dict[str, Any]]) -> None:
        texts = [_text(u) for u in unmet]
        en = "; ".join(t[0] for t in texts)
        zh = "；".join(t[1] for t in texts)
        super().__init__(
            f"{service_type.code}: {en}",
            zh=f"{service_type.name}：{zh}",
            extra={"unmet_preconditions": unmet},
        )


async def target_child(
    session: AsyncSession, service_type: ServiceType, family: Family, child_id: int | None, filed_on: date
) -> tuple[int, Child | None]:
    """(order, child) of the child the request is for; child None: the next child, not yet on record."""
    children = sorted(family.children, key=lambda c: c.birth_order)
    if child_id is not None:
        named = next((c for c in children if c.id == child_id), None)
        if named is not None:
            return named.birth_order, named
    rules: dict[str, Any] = service_type.preconditions or {}
    if not children:
        return 1, None
    if not rules.get(PreconditionRule.one_valid_per_child.value):
        return children[-1].birth_order, children[-1]
    youngest = children[-1]
    if filed_on - RECENT_BIRTH <= youngest.birth_date <= filed_on:
        kind = DOCUMENT_KINDS.get(service_type.issues)
        held = await valid_documents(session, family.id, kind) if kind is not None else []
        if not any(d.child_id == youngest.id or (d.child_id is None and d.child_order == youngest.birth_order)
                   for d in held):  # fmt: skip
            return youngest.birth_order, youngest
    return youngest.birth_order + 1, None


async def unmet(
    session: AsyncSession, service_type: ServiceType, family: Family, child_id: int | None, filed_on: date
) -> list[dict[str, Any]]:
    """Every rule of the type the family record does not meet (empty: all met)."""
    rules: dict[str, Any] = service_type.preconditions or {}
    if not rules:
        return []
    children = list(family.children)
    order, child = await target_child(session, service_type, family, child_id, filed_on)
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
    if rules.get(PreconditionRule.child_order_within_birth_policy.value):
        day = child.birth_date if child is not None else local_today()
        rule = await birth_policy.rule_on(session, day)
        if rule is None or order > rule.registration_max_order:
            found.append(
                {
                    "rule": PreconditionRule.child_order_within_birth_policy.value,
                    "expected": rule.registration_max_order if rule else None,
                    "actual": order,
                    "born_on": child.birth_date.isoformat() if child is not None else None,
                    "judged_on": day.isoformat(),
                    "birth_policy": birth_policy.describe(rule) if rule else None,
                }
            )
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
    session: AsyncSession, service_type: ServiceType, family: Family, child_id: int | None, filed_on: date
) -> None:
    missing = await unmet(session, service_type, family, child_id, filed_on)
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
