"""Path and query parameter types of the quality-services routers: ids stay inside 64 bits."""

from __future__ import annotations

from typing import Annotated

from fastapi import Path, Query

from app.schemas.quality.common import MAX_ID

IdPath = Annotated[int, Path(ge=1, le=MAX_ID)]
IdQuery = Annotated[int | None, Query(ge=1, le=MAX_ID)]
