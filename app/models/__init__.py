"""ORM models, one module per aggregate; importing this package registers them all."""

from app.models.audit import AuditEvent
from app.models.benefit import ApplicationReview, BenefitApplication, BenefitProgram
from app.models.benefit_enrolment import Enrolment, ReverificationCheck, ReverificationRound
from app.models.benefit_notice import NoticeEntry, Objection, PublicNotice
from app.models.benefit_payment import PaymentBatch, PaymentLine
from app.models.calendar import CalendarDay, CalendarDayKind
from app.models.family import Child, ChildStatus, Family
from app.models.idempotency import IdempotencyRecord
from app.models.org import Org, OrgKind
from app.models.policy import Policy, PolicyCategory, PolicyRevision, PolicyStatus, PolicyTerm
from app.models.resident import MaritalStatus, Resident, ResidentStatus, Sex
from app.models.service import (
    IssuedDocument,
    MaterialForm,
    ServiceMaterial,
    ServiceRequest,
    ServiceRequestState,
    ServiceReturn,
    ServiceSubject,
    ServiceType,
    ServiceTypePolicy,
)
from app.models.user import AuthSession, RefreshToken, User

__all__ = [
    "ApplicationReview",
    "BenefitApplication",
    "BenefitProgram",
    "Enrolment",
    "NoticeEntry",
    "Objection",
    "PaymentBatch",
    "PaymentLine",
    "PublicNotice",
    "ReverificationCheck",
    "ReverificationRound",
    "AuditEvent",
    "AuthSession",
    "CalendarDay",
    "CalendarDayKind",
    "Child",
    "ChildStatus",
    "Family",
    "IdempotencyRecord",
    "IssuedDocument",
    "MaritalStatus",
    "MaterialForm",
    "Org",
    "OrgKind",
    "Policy",
    "PolicyCategory",
    "PolicyRevision",
    "PolicyStatus",
    "PolicyTerm",
    "RefreshToken",
    "Resident",
    "ResidentStatus",
    "ServiceMaterial",
    "ServiceRequest",
    "ServiceRequestState",
    "ServiceReturn",
    "ServiceSubject",
    "ServiceType",
    "ServiceTypePolicy",
    "Sex",
    "User",
]
