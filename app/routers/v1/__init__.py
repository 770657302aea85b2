"""Version 1 of the API: every router mounted under /api/v1."""

from fastapi import APIRouter

from app.routers.v1 import (
    audit_events,
    auth,
    families,
    meta,
    orgs,
    policies,
    public_services,
    residents,
    service_requests,
    service_types,
    users,
)

api_router = APIRouter(prefix="/api/v1")
for module in (
    auth,
    orgs,
    users,
    residents,
    families,
    policies,
    service_types,
    service_requests,
    public_services,
    audit_events,
    meta,
):
    api_router.include_router(module.router)
