"""The contraceptive catalogue and distribution points on the fast read path (app/read_path.py).

The catalogue is reference data of the whole district: every holder of ``contraceptives:read``
sees every product (no org scope, as ``contraceptive_catalogue.list_products`` had none). A
distribution point is seen in its org's subtree: :func:`app.services.quality.scope.point_scope`, the
filter the session path uses for its writes and its thresholds.
"""

from __future__ import annotations

from typing import Annotated, Any

from sqlalchemy import false, true

from app.authz import Principal
from app.list_filters import Equals, Flag, ListFilters
from app.models.quality.contraceptive import (
    ContraceptiveMethod,
    ContraceptiveProduct,
    DistributionPoint,
    PointKind,
    StockThreshold,
)
from app.read_path import ReadPath, Related, Seen
from app.schemas.common import DbId
from app.schemas.quality.contraceptive import PointRead, ProductRead, ThresholdRead
from app.services.core.scope import anyone_scope
from app.services.quality.scope import point_scope


class ProductFilters(ListFilters):
    """The catalogue's query parameters."""

    method: Annotated[ContraceptiveMethod | None, Equals(ContraceptiveProduct.method)] = None
    active: Annotated[
        bool | None,
        Flag(
            lambda: ContraceptiveProduct.active.is_(true()), lambda: ContraceptiveProduct.active.is_(false())
        ),
    ] = None


PRODUCTS = ReadPath(
    model=ContraceptiveProduct,
    schema=ProductRead,
    scope=anyone_scope,
    label="Product",
    filters=ProductFilters,
)


class PointFilters(ListFilters):
    """The distribution point list's query parameters."""

    org_id: Annotated[DbId | None, Equals(DistributionPoint.org_id)] = None
    kind: Annotated[PointKind | None, Equals(DistributionPoint.kind)] = None


POINTS = ReadPath(
    model=DistributionPoint,
    schema=PointRead,
    scope=point_scope,
    label="Distribution point",
    filters=PointFilters,
)


# Whether the caller sees a point (404 otherwise), before its thresholds are answered.
POINT_SEEN = ReadPath(model=DistributionPoint, schema=Seen, scope=point_scope, label="Distribution point")

THRESHOLDS = Related(
    *(StockThreshold.__table__.c[name] for name in ThresholdRead.model_fields),
    key=StockThreshold.point_id,
    order_by=StockThreshold.product_id,
)


async def thresholds_of(principal: Principal, point_id: int) -> Any:
    """A point's low-stock thresholds by product, 404 if the caller does not see the point."""
    return await THRESHOLDS.of(POINT_SEEN, principal, point_id)
