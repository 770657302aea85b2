"""ORM models, one module per aggregate; importing this package registers them all."""

from app.models.audit import AuditEvent
from app.models.benefit import ApplicationReview, BenefitApplication, BenefitProgram
from app.models.benefit_enrolment import Enrolment, ReverificationCheck, ReverificationRound
from app.models.benefit_notice import NoticeEntry, Objection, PublicNotice
from app.models.benefit_payment import PaymentBatch, PaymentLine
from app.models.family import Child, ChildStatus, Family
from app.models.idempotency import IdempotencyRecord
from app.models.org import Org, OrgKind
from app.models.resident import MaritalStatus, Resident, ResidentStatus, Sex
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
    "Child",
    "ChildStatus",
    "Family",
    "IdempotencyRecord",
    "MaritalStatus",
    "Org",
    "OrgKind",
    "RefreshToken",
    "Resident",
    "ResidentStatus",
    "Sex",
    "User",
]
