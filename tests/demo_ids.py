"""Ids of demo orgs, read from the database the test module runs against."""

from __future__ import annotations

from sqlalchemy import select

from app.models.core.org import Org
from tests.conftest import Api

CODES = {
    "district": "110105000000",
    "street": "110105001000",
    "street-2": "110105002000",
    "community-a": "110105001001",
    "community-b": "110105001002",
    "community-c": "110105002001",
    "unit": "91110105MA01ABCD1X",
}


async def org_ids(api: Api) -> dict[str, int]:
    async with api.session() as session:
        rows = (await session.execute(select(Org.code, Org.id))).all()
    by_code = {code: id_ for code, id_ in rows}
    return {key: by_code[code] for key, code in CODES.items()}
