"""ORM models, one module per aggregate; importing this package registers them all."""

from app.models.audit import AuditEvent
from app.models.family import Child, ChildStatus, Family
from app.models.idempotency import IdempotencyRecord
from app.models.org import Org, OrgKind
from app.models.resident import MaritalStatus, Resident, ResidentStatus, Sex
from app.models.user import AuthSession, RefreshToken, User

__all__ = [
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
