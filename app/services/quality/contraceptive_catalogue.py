"""The contraceptive catalogue (免费避孕药具目录), distribution points and their low-stock thresholds.

The catalogue is reference data shared by the whole district. A distribution point sits under an
org and is seen only inside that org's subtree; a self-service machine (自助发放机) is linked to
exactly one ``dispenser_device`` account and carries its own rules (ages, interval, units).
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from app import audit
from app.authz import Principal, Role
from app.errors import Conflict, Unprocessable
from app.models.core.org import Org
from app.models.core.partner import Partner
from app.models.core.user import User
from app.models.quality.contraceptive import (
    ContraceptiveMethod,
    ContraceptiveProduct,
    DistributionPoint,
    PointKind,
    StockThreshold,
)
from app.pagination import fetch_page
from app.preconditions import check_version
from app.schemas.quality.contraceptive import (
    MachineRules,
    PointCreate,
    PointUpdate,
    ProductCreate,
    ProductUpdate,
)
from app.services.core.loading import apply_changes, one_or_404
from app.services.core.orgs import get_org
from app.services.core.scope import partner_scope
from app.services.quality.scope import point_scope


async def get_product(session: AsyncSession, product_id: int) -> ContraceptiveProduct:
    return await one_or_404(
        session, select(ContraceptiveProduct).where(ContraceptiveProduct.id == product_id), "Product"
    )


async def list_products(
    session: AsyncSession,
    *,
    method: ContraceptiveMethod | None,
    active: bool | None,
    limit: int,
    cursor: str | None,
) -> tuple[list[ContraceptiveProduct], str | None]:
    stmt = select(ContraceptiveProduct)
    if method is not None:
        stmt = stmt.where(ContraceptiveProduct.method == method)
    if active is not None:
        stmt = stmt.where(ContraceptiveProduct.active.is_(active))
    return await fetch_page(session, stmt, id_column=ContraceptiveProduct.id, limit=limit, cursor=cursor)


async def create_product(
    session: AsyncSession, principal: Principal, data: ProductCreate
) -> ContraceptiveProduct:
    """Add a product to the catalogue; product codes are unique."""
    if (
        await session.execute(select(ContraceptiveProduct.id).where(ContraceptiveProduct.code == data.code))
    ).first():
        raise Conflict("A product with this code already exists")
    product = ContraceptiveProduct(**data.model_dump())
    session.add(product)
    try:
        await session.flush()
    except IntegrityError as exc:
        raise Conflict("A product with this code already exists") from exc
    await audit.record(
        session,
        actor=principal,
        action="contraceptive_product.created",
        object_type="contraceptive_product",
        object_id=product.id,
        scope_path=principal.org_path,
        detail={"code": product.code},
    )
    return product


async def update_product(
    session: AsyncSession,
    principal: Principal,
    product_id: int,
    data: ProductUpdate,
    expected_version: int | None,
) -> ContraceptiveProduct:
    product = await get_product(session, product_id)
    check_version(product, expected_version)
    changes = {k: v for k, v in data.model_dump(exclude_unset=True).items() if v is not None}
    changed = apply_changes(product, changes)
    if changed:
        await session.flush()
        await audit.record(
            session,
            actor=principal,
            action="contraceptive_product.updated",
            object_type="contraceptive_product",
            object_id=product.id,
            scope_path=principal.org_path,
            detail={"fields": sorted(changed)},
        )
    return product


# --- distribution points ----------------------------------------------------------------------


async def get_point(session: AsyncSession, principal: Principal, point_id: int) -> DistributionPoint:
    """Load a point through the scope filter: another community's point is simply not found."""
    return await one_or_404(
        session,
        select(DistributionPoint).where(DistributionPoint.id == point_id, point_scope(principal)),
        "Distribution point",
    )


async def device_point(session: AsyncSession, principal: Principal) -> DistributionPoint | None:
    """The one point a ``dispenser_device`` account is linked to."""
    return (
        await session.execute(
            select(DistributionPoint).where(DistributionPoint.device_user_id == principal.user_id)
        )
    ).scalar_one_or_none()


async def _check_device(session: AsyncSession, kind: PointKind, org: Org, device_user_id: int | None) -> None:
    """Only a machine has a device account, and it must be a dispenser_device of the point's org."""
    if device_user_id is None:
        return
    if kind is not PointKind.self_service_machine:
        raise Unprocessable(
            "Only a self-service machine has a device account", loc=["body", "device_user_id"]
        )
    user = await session.get(User, device_user_id)
    if user is None or user.role != Role.dispenser_device.value or user.org_id != org.id:
        raise Unprocessable(
            "device_user_id must be a dispenser_device account of the point's org",
            loc=["body", "device_user_id"],
        )
    taken = (
        await session.execute(
            select(DistributionPoint.id).where(DistributionPoint.device_user_id == device_user_id)
        )
    ).first()
    if taken:
        raise Conflict("This device is already linked to another distribution point")


def _apply_rules(point: DistributionPoint, rules: MachineRules) -> dict[str, int]:
    if rules.max_age < rules.min_age:
        raise Unprocessable("max_age must not be below min_age", loc=["body", "rules", "max_age"])
    return apply_changes(point, rules.model_dump())


async def create_point(session: AsyncSession, principal: Principal, data: PointCreate) -> DistributionPoint:
    """Open a distribution point (community station, unit station, clinic or machine) in the caller's area."""
    org = await get_org(session, principal, data.org_id)
    if data.partner_id is not None:
        await one_or_404(
            session,
            select(Partner).where(Partner.id == data.partner_id, partner_scope(principal)),
            "Partner",
        )
    await _check_device(session, data.kind, org, data.device_user_id)
    point = DistributionPoint(
        name=data.name,
        kind=data.kind,
        org_id=org.id,
        partner_id=data.partner_id,
        address=data.address,
        device_user_id=data.device_user_id,
    )
    _apply_rules(point, data.rules or MachineRules())
    session.add(point)
    try:
        await session.flush()
    except IntegrityError as exc:
        raise Conflict("This device is already linked to another distribution point") from exc
    await audit.record(
        session,
        actor=principal,
        action="distribution_point.created",
        object_type="distribution_point",
        object_id=point.id,
        scope_path=org.path,
        detail={"kind": point.kind.value, "device_user_id": point.device_user_id},
    )
    return point


async def update_point(
    session: AsyncSession,
    principal: Principal,
    point_id: int,
    data: PointUpdate,
    expected_version: int | None,
) -> DistributionPoint:
    point = await get_point(session, principal, point_id)
    check_version(point, expected_version)
    org = await get_org(session, principal, point.org_id)
    changes = data.model_dump(exclude_unset=True, exclude={"rules", "device_user_id"})
    changed: dict[str, object] = dict(apply_changes(point, changes))
    if "device_user_id" in data.model_fields_set and data.device_user_id != point.device_user_id:
        await _check_device(session, point.kind, org, data.device_user_id)
        changed["device_user_id"] = data.device_user_id
        point.device_user_id = data.device_user_id
    if data.rules is not None:
        changed.update(_apply_rules(point, data.rules))
    if changed:
        await session.flush()
        await audit.record(
            session,
            actor=principal,
            action="distribution_point.updated",
            object_type="distribution_point",
            object_id=point.id,
            scope_path=org.path,
            detail={"changes": {k: v for k, v in changed.items()}},
        )
    return point


async def set_threshold(
    session: AsyncSession, principal: Principal, point_id: int, product_id: int, threshold: int
) -> StockThreshold:
    """Set the low-stock level (库存预警线) for a product at a point."""
    point = await get_point(session, principal, point_id)
    await get_product(session, product_id)
    row = (
        await session.execute(
            select(StockThreshold).where(
                StockThreshold.point_id == point.id, StockThreshold.product_id == product_id
            )
        )
    ).scalar_one_or_none()
    if row is None:
        row = StockThreshold(point_id=point.id, product_id=product_id, threshold=threshold)
        session.add(row)
    else:
        row.threshold = threshold
    await session.flush()
    await audit.record(
        session,
        actor=principal,
        action="stock_threshold.set",
        object_type="distribution_point",
        object_id=point.id,
        scope_path=await org_path_of_point(session, point),
        detail={"product_id": product_id, "threshold": threshold},
    )
    return row


async def org_path_of_point(session: AsyncSession, point: DistributionPoint) -> str:
    return (await session.execute(select(Org.path).where(Org.id == point.org_id))).scalar_one()
