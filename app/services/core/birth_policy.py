"""Birth policy as effective-dated data (``birth_policy_rules``): the rule in force on a birth date,
the list of rules, and the district adding one.

Every judgement of a birth (is it within policy, may it be registered) takes the rule in force on the
child's birth date, the most specific scope first (district, then province, then national). A birth
on a day no rule covers is not judged: it is neither counted within nor outside the policy, and a
registration that needs the policy is refused with the reason. In SQL the rule is a correlated
look-up per birth (``in_force``), so figures count per birth date in the database.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, ScalarSelect, and_, case, or_, select, true
from sqlalchemy.ext.asyncio import AsyncSession

from app import audit
from app.authz import Principal
from app.errors import Unprocessable
from app.models.core.birth_policy import SCOPE_RANK, BirthPolicyRule

_RANK = case(*((BirthPolicyRule.scope == scope.value, rank) for scope, rank in SCOPE_RANK.items()), else_=0)
_SPECIFIC_FIRST = _RANK.desc()


def _covers(day: Any) -> ColumnElement[bool]:
    return and_(
        BirthPolicyRule.effective_from <= day,
        or_(BirthPolicyRule.effective_to.is_(None), BirthPolicyRule.effective_to >= day),
    )


def in_force(column: Any, day: Any) -> ScalarSelect[Any]:
    """``column`` of the rule in force on ``day`` (a birth date column: correlated), NULL if none."""
    return (
        select(column)
        .where(_covers(day))
        .order_by(_SPECIFIC_FIRST, BirthPolicyRule.effective_from.desc())
        .limit(1)
        .scalar_subquery()
    )


async def rule_on(session: AsyncSession, day: date) -> BirthPolicyRule | None:
    """The rule in force on ``day`` (the most specific scope), or None when no rule covers it."""
    return (
        await session.execute(
            select(BirthPolicyRule)
            .where(_covers(day))
            .order_by(_SPECIFIC_FIRST, BirthPolicyRule.effective_from.desc())
            .limit(1)
        )
    ).scalar_one_or_none()


def source_of(rule: BirthPolicyRule) -> str:
    """The rule's source as one line: title, document number, authority."""
    number = f" {rule.source_document_no}" if rule.source_document_no else ""
    return f"{rule.source_title}{number}（{rule.source_authority}）"


def describe(rule: BirthPolicyRule) -> dict[str, Any]:
    """The rule as a problem detail names it."""
    return {
        "code": rule.code,
        "name": rule.name,
        "name_en": rule.name_en,
        "effective_from": rule.effective_from.isoformat(),
        "effective_to": rule.effective_to.isoformat() if rule.effective_to else None,
        "registration_max_order": rule.registration_max_order,
        "beyond_registration": rule.beyond_registration.value,
        "source": source_of(rule),
    }


async def list_rules(session: AsyncSession) -> list[BirthPolicyRule]:
    return list(
        (
            await session.execute(
                select(BirthPolicyRule).order_by(BirthPolicyRule.effective_from, _RANK, BirthPolicyRule.id)
            )
        ).scalars()
    )


async def add_rule(session: AsyncSession, principal: Principal, data: dict[str, Any]) -> BirthPolicyRule:
    """The district records a rule (a new law, the province's regulation, its own rule); audited.

    A rule may not overlap another of the same scope: the period of the one in force must be ended
    first (by a rule whose period ends, then the new one), so that one rule decides every day.
    """
    start, end = data["effective_from"], data.get("effective_to")
    if end is not None and end < start:
        raise Unprocessable(
            "effective_to is before effective_from",
            zh="失效日期早于生效日期",
            loc=["body", "effective_to"],
        )
    if data["registration_max_order"] > data["children_within_policy"]:
        raise Unprocessable(
            "registration_max_order cannot exceed children_within_policy",
            zh="生育登记的孩次不能超过政策内子女数",
            loc=["body", "registration_max_order"],
        )
    taken = (
        await session.execute(select(BirthPolicyRule.id).where(BirthPolicyRule.code == data["code"]))
    ).first()
    if taken is not None:
        raise Unprocessable(
            f"A birth policy rule with code {data['code']} exists",
            zh=f"生育政策规则代码{data['code']}已存在",
            loc=["body", "code"],
        )
    overlapping = list(
        (
            await session.execute(
                select(BirthPolicyRule)
                .where(
                    BirthPolicyRule.scope == data["scope"],
                    or_(BirthPolicyRule.effective_to.is_(None), BirthPolicyRule.effective_to >= start),
                    true() if end is None else BirthPolicyRule.effective_from <= end,
                )
                .order_by(BirthPolicyRule.effective_from)
            )
        ).scalars()
    )
    if overlapping:
        codes = [r.code for r in overlapping]
        raise Unprocessable(
            f"The period overlaps rules of the same scope: {', '.join(codes)}",
            zh=f"生效期间与同级规则重叠：{'、'.join(r.name for r in overlapping)}",
            loc=["body", "effective_from"],
            extra={"overlapping": codes},
        )
    rule = BirthPolicyRule(**data, created_by=principal.user_id)
    session.add(rule)
    await session.flush()
    await audit.record(
        session,
        actor=principal,
        action="birth_policy_rule.added",
        object_type="birth_policy_rule",
        object_id=rule.id,
        scope_path=principal.org_path,
        detail={
            "code": rule.code,
            "scope": rule.scope.value,
            "effective_from": start.isoformat(),
            "effective_to": end.isoformat() if end else None,
            "children_within_policy": rule.children_within_policy,
            "registration_max_order": rule.registration_max_order,
            "source": source_of(rule),
        },
    )
    return rule
