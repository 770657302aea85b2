"""Version 1 of the API: every router mounted under /api/v1."""

from fastapi import APIRouter

from app.routers.v1 import (
    audit_events,
    auth,
    benefit_applications,
    benefit_enrolments,
    benefit_programs,
    contraceptives,
    dispensations,
    families,
    meta,
    orgs,
    partners,
    payment_batches,
    policies,
    public_notices,
    public_services,
    quality_reports,
    referrals,
    residents,
    reverifications,
    screening,
    service_requests,
    service_types,
    stock,
    users,
)

api_router = APIRouter(prefix="/api/v1")
for module in (
    auth,
    orgs,
    users,
    residents,
    families,
    benefit_programs,
    benefit_applications,
    benefit_enrolments,
    payment_batches,
    reverifications,
    public_notices,
    policies,
    service_types,
    service_requests,
    public_services,
    partners,
    screening,
    referrals,
    contraceptives,
    stock,
    dispensations,
    quality_reports,
    audit_events,
    meta,
):
    api_router.include_router(module.router)
api_router.include_router(public_notices.public_router)
