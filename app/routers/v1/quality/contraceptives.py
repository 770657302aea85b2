"""Contraceptive products (免费避孕药具目录) and distribution points (发放点), with low-stock thresholds."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Response, status

from app.deps import CursorQuery, IdPath, IfMatch, LimitQuery, Reads, Requires, Session, set_etag
from app.pagination import DEFAULT_LIMIT, Page
from app.read_lane import lane
from app.schemas.common import AUTHED, problems
from app.schemas.quality.contraceptive import (
    PointCreate,
    PointRead,
    PointUpdate,
    ProductCreate,
    ProductRead,
    ProductUpdate,
    ThresholdRead,
    ThresholdSet,
)
from app.services.quality import contraceptive_catalogue as catalogue
from app.services.quality import contraceptive_reads

TAG = "Task 6 · Quality services (优质服务)"
router = APIRouter(tags=[TAG])

ContraceptivesCatalogue = Requires("contraceptives:catalogue")
ContraceptivesRead = Requires("contraceptives:read")
PointsWrite = Requires("points:write")
StockWrite = Requires("stock:write")


@router.get(
    "/contraceptive-products",
    operation_id="listContraceptiveProducts",
    summary="The contraceptive catalogue",
    response_model=Page[ProductRead],
    responses=problems(*AUTHED),
)
@lane
async def list_products(
    principal: Reads("contraceptives:read"),
    where: Annotated[contraceptive_reads.ProductFilters, Query()],
    limit: LimitQuery = DEFAULT_LIMIT,
    cursor: CursorQuery = None,
) -> Any:
    return await contraceptive_reads.PRODUCTS.page(principal, limit=limit, cursor=cursor, where=where)


@router.post(
    "/contraceptive-products",
    operation_id="createContraceptiveProduct",
    summary="Add a product to the catalogue",
    status_code=status.HTTP_201_CREATED,
    response_model=ProductRead,
    responses=problems(*AUTHED, 409),
)
async def create_product(
    body: ProductCreate, response: Response, session: Session, principal: ContraceptivesCatalogue
) -> ProductRead:
    product = await catalogue.create_product(session, principal, body)
    response.headers["Location"] = f"/api/v1/contraceptive-products/{product.id}"
    set_etag(response, product.version)
    return ProductRead.model_validate(product)


@router.get(
    "/contraceptive-products/{product_id}",
    operation_id="getContraceptiveProduct",
    summary="Read a product",
    response_model=ProductRead,
    responses=problems(*AUTHED, 404),
)
@lane
async def get_product(product_id: IdPath, principal: Reads("contraceptives:read")) -> Any:
    return await contraceptive_reads.PRODUCTS.one(principal, product_id)


@router.patch(
    "/contraceptive-products/{product_id}",
    operation_id="updateContraceptiveProduct",
    summary="Change a product or withdraw it (active=false)",
    response_model=ProductRead,
    responses=problems(*AUTHED, 404, 412),
)
async def update_product(
    product_id: IdPath,
    body: ProductUpdate,
    response: Response,
    session: Session,
    principal: ContraceptivesCatalogue,
    if_match: IfMatch,
) -> ProductRead:
    product = await catalogue.update_product(session, principal, product_id, body, if_match)
    set_etag(response, product.version)
    return ProductRead.model_validate(product)


@router.get(
    "/distribution-points",
    operation_id="listDistributionPoints",
    summary="Distribution points in the caller's area",
    response_model=Page[PointRead],
    responses=problems(*AUTHED),
)
@lane
async def list_points(
    principal: Reads("contraceptives:read"),
    where: Annotated[contraceptive_reads.PointFilters, Query()],
    limit: LimitQuery = DEFAULT_LIMIT,
    cursor: CursorQuery = None,
) -> Any:
    return await contraceptive_reads.POINTS.page(principal, limit=limit, cursor=cursor, where=where)


@router.post(
    "/distribution-points",
    operation_id="createDistributionPoint",
    summary="Open a distribution point (a machine may be linked to its device account)",
    status_code=status.HTTP_201_CREATED,
    response_model=PointRead,
    responses=problems(*AUTHED, 404, 409),
)
async def create_point(
    body: PointCreate, response: Response, session: Session, principal: PointsWrite
) -> PointRead:
    point = await catalogue.create_point(session, principal, body)
    response.headers["Location"] = f"/api/v1/distribution-points/{point.id}"
    set_etag(response, point.version)
    return PointRead.model_validate(point)


@router.get(
    "/distribution-points/{point_id}",
    operation_id="getDistributionPoint",
    summary="Read a distribution point and its machine rules",
    response_model=PointRead,
    responses=problems(*AUTHED, 404),
)
@lane
async def get_point(point_id: IdPath, principal: Reads("contraceptives:read")) -> Any:
    return await contraceptive_reads.POINTS.one(principal, point_id)


@router.patch(
    "/distribution-points/{point_id}",
    operation_id="updateDistributionPoint",
    summary="Change a point: name, address, open/closed, device, machine rules",
    response_model=PointRead,
    responses=problems(*AUTHED, 404, 409, 412),
)
async def update_point(
    point_id: IdPath,
    body: PointUpdate,
    response: Response,
    session: Session,
    principal: PointsWrite,
    if_match: IfMatch,
) -> PointRead:
    point = await catalogue.update_point(session, principal, point_id, body, if_match)
    set_etag(response, point.version)
    return PointRead.model_validate(point)


@router.get(
    "/distribution-points/{point_id}/thresholds",
    operation_id="listStockThresholds",
    summary="Low-stock thresholds of a point",
    response_model=list[ThresholdRead],
    responses=problems(*AUTHED, 404),
)
@lane
async def list_thresholds(point_id: IdPath, principal: Reads("contraceptives:read")) -> Any:
    return await contraceptive_reads.thresholds_of(principal, point_id)


@router.put(
    "/distribution-points/{point_id}/thresholds/{product_id}",
    operation_id="setStockThreshold",
    summary="Set the low-stock threshold of a product at a point",
    response_model=ThresholdRead,
    responses=problems(*AUTHED, 404),
)
async def set_threshold(
    point_id: IdPath, product_id: IdPath, body: ThresholdSet, session: Session, principal: StockWrite
) -> ThresholdRead:
    row = await catalogue.set_threshold(session, principal, point_id, product_id, body.threshold)
    return ThresholdRead.model_validate(row)
