"""Hand-over of a migrant between communities inside the district (辖区内流动交接)."""

from __future__ import annotations

import enum
from datetime import datetime

from sqlalchemy import Enum, ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from app.db import Base, BigIntPK, UTCDateTime, VersionedMixin


class TransferStatus(enum.StrEnum):
    pending = "pending"
    accepted = "accepted"
    declined = "declined"
    cancelled = "cancelled"


class MigrantTransfer(VersionedMixin, Base):
    __tablename__ = "migrant_transfers"

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True)
    migrant_id: Mapped[int] = mapped_column(ForeignKey("migrants.id"), nullable=False)
    from_community_id: Mapped[int] = mapped_column(ForeignKey("orgs.id"), nullable=False)
    to_community_id: Mapped[int] = mapped_column(ForeignKey("orgs.id"), nullable=False)
    new_address: Mapped[str] = mapped_column(String(200), nullable=False)
    status: Mapped[TransferStatus] = mapped_column(
        Enum(TransferStatus, native_enum=False, length=16), nullable=False, default=TransferStatus.pending
    )
    reason: Mapped[str | None] = mapped_column(String(500), nullable=True)
    requested_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    decided_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)

    __table_args__ = (
        Index("ix_migrant_transfers_from_community_id_id", "from_community_id", "id"),
        Index("ix_migrant_transfers_to_community_id_id", "to_community_id", "id"),
        Index("ix_migrant_transfers_migrant_id", "migrant_id"),
    )
