"""Version 1 of the API: every router mounted under /api/v1."""

from fastapi import APIRouter

from app.routers.v1.benefits import applications as benefit_applications
from app.routers.v1.benefits import bank_accounts as benefit_bank_accounts
from app.routers.v1.benefits import enrolments as benefit_enrolments
from app.routers.v1.benefits import payment_batches, public_notices, reverifications
from app.routers.v1.benefits import programs as benefit_programs
from app.routers.v1.benefits import recoveries as benefit_recoveries
from app.routers.v1.core import (
    audit_events,
    auth,
    birth_policy_rules,
    families,
    messages,
    meta,
    orgs,
    partners,
    residents,
    users,
    working_calendar,
)
from app.routers.v1.grassroots import (
    association,
    care_projects,
    conduct,
    demonstrations,
    facilities,
    publicity,
    publicity_effect,
    self_governance,
    sunshine,
)
from app.routers.v1.grassroots import care as care_cases
from app.routers.v1.grassroots import network as grassroots_network
from app.routers.v1.lawful_services import (
    family_documents,
    policies,
    public_services,
    service_requests,
    service_types,
)
from app.routers.v1.leadership import accountability as leadership_accountability
from app.routers.v1.leadership import (
    assignments,
    books,
    budgets,
    evaluations,
    evidence_files,
    institutions,
    period_reports,
    spendings,
)
from app.routers.v1.leadership import reports as leadership_reports
from app.routers.v1.migrants import exchange, imports, migrants, transfers, webhooks
from app.routers.v1.migrants import public_services as migrant_services
from app.routers.v1.quality import contraceptives, dispensations, pregnancies, referrals, screening, stock
from app.routers.v1.quality import five_links as quality_five_links
from app.routers.v1.quality import reports as quality_reports
from app.routers.v1.sync import sync as mobile_sync

api_router = APIRouter(prefix="/api/v1")
for module in (
    auth,
    orgs,
    users,
    residents,
    messages,
    families,
    benefit_programs,
    benefit_applications,
    benefit_enrolments,
    benefit_bank_accounts,
    payment_batches,
    benefit_recoveries,
    reverifications,
    public_notices,
    policies,
    service_types,
    service_requests,
    family_documents,
    public_services,
    partners,
    screening,
    referrals,
    pregnancies,
    contraceptives,
    stock,
    dispensations,
    quality_reports,
    quality_five_links,
    grassroots_network,
    publicity,
    publicity_effect,
    facilities,
    sunshine,
    care_cases,
    care_projects,
    association,
    self_governance,
    conduct,
    demonstrations,
    migrant_services,
    migrants,
    transfers,
    exchange,
    webhooks,
    imports,
    mobile_sync,
    books,
    assignments,
    evaluations,
    leadership_accountability,
    leadership_reports,
    period_reports,
    budgets,
    spendings,
    institutions,
    evidence_files,
    audit_events,
    working_calendar,
    birth_policy_rules,
    meta,
):
    api_router.include_router(module.router)
api_router.include_router(public_notices.public_router)
api_router.include_router(sunshine.public_router)
