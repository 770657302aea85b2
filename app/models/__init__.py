"""ORM models, one module per aggregate; importing this package registers them all."""

from app.models.audit import AuditEvent
from app.models.contraceptive import (
    ContraceptiveMethod,
    ContraceptiveProduct,
    DistributionPoint,
    PointKind,
    StockThreshold,
)
from app.models.family import Child, ChildStatus, Family
from app.models.idempotency import IdempotencyRecord
from app.models.org import Org, OrgKind
from app.models.outbox import OutboxEvent
from app.models.partner import Partner, PartnerKind
from app.models.referral import Referral, ReferralPriority, ReferralStatus
from app.models.resident import MaritalStatus, Resident, ResidentStatus, Sex
from app.models.screening import RiskLevel, Screening, ScreeningKind, ScreeningProgram, ScreeningTarget
from app.models.stock import (
    Dispensation,
    DispenseChannel,
    MachineDispenseClaim,
    MovementKind,
    StockBatch,
    StockMovement,
)
from app.models.user import AuthSession, RefreshToken, User

__all__ = [
    "AuditEvent",
    "AuthSession",
    "Child",
    "ChildStatus",
    "ContraceptiveMethod",
    "ContraceptiveProduct",
    "Dispensation",
    "DispenseChannel",
    "DistributionPoint",
    "Family",
    "IdempotencyRecord",
    "MachineDispenseClaim",
    "MaritalStatus",
    "MovementKind",
    "Org",
    "OrgKind",
    "OutboxEvent",
    "Partner",
    "PartnerKind",
    "PointKind",
    "Referral",
    "ReferralPriority",
    "ReferralStatus",
    "RefreshToken",
    "Resident",
    "ResidentStatus",
    "RiskLevel",
    "Screening",
    "ScreeningKind",
    "ScreeningProgram",
    "ScreeningTarget",
    "Sex",
    "StockBatch",
    "StockMovement",
    "StockThreshold",
    "User",
]
