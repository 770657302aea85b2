"""Org tree: district → street → community | unit, with a materialized path for scope filters."""

from __future__ import annotations

import enum

from sqlalchemy import Enum, ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from app.db import Base, BigIntPK, VersionedMixin


class OrgKind(enum.StrEnum):
    district = "district"
    street = "street"
    community = "community"
    unit = "unit"


# Which kinds may sit under which: the tree the work plan describes.
ALLOWED_CHILDREN: dict[OrgKind | None, set[OrgKind]] = {
    None: {OrgKind.district},
    OrgKind.district: {OrgKind.street},
    OrgKind.street: {OrgKind.community, OrgKind.unit},
    OrgKind.community: set(),
    OrgKind.unit: set(),
}


class Org(VersionedMixin, Base):
    __tablename__ = "orgs"

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True)
    kind: Mapped[OrgKind] = mapped_column(Enum(OrgKind, native_enum=False, length=16), nullable=False)
    name: Mapped[str] = mapped_column(String(100), nullable=False)
    # 12-digit statistical division code for admin areas, 18-char credit code for units.
    code: Mapped[str] = mapped_column(String(18), nullable=False, unique=True)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("orgs.id"), nullable=True)
    # "/1/4/9/": ids from the root down to this org; a subtree is ``path LIKE '/1/4/%'``.
    path: Mapped[str] = mapped_column(String(255), nullable=False, default="")

    __table_args__ = (
        Index("ix_orgs_path", "path"),
        Index("ix_orgs_parent_id_id", "parent_id", "id"),
    )
