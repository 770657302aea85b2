"""Shared pieces of the quality-services request bodies: ids stay inside 64 bits, text is storable."""

from app.schemas.common import MAX_ID, DbId, StorableBody

QualityBody = StorableBody

__all__ = ["MAX_ID", "DbId", "QualityBody"]
