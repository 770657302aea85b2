"""Version 1 of the API: every router mounted under /api/v1."""

from fastapi import APIRouter

from app.routers.v1 import (
    audit_events,
    auth,
    contraceptives,
    dispensations,
    families,
    meta,
    orgs,
    partners,
    quality_reports,
    referrals,
    residents,
    screening,
    stock,
    users,
)

api_router = APIRouter(prefix="/api/v1")
for module in (
    auth, orgs, users, residents, families, audit_events, meta,
    partners, screening, referrals, contraceptives, stock, dispensations, quality_reports,
):
    api_router.include_router(module.router)
