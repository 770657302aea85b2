"""Ids of demo orgs, read from the database the test module runs against."""

from __future__ import annotations

from sqlalchemy import select

from app.models.core.org import Org
from tests.conftest import Api

CODES = {
    "district": "500103000000",
    "street": "500103003000",
    "street-2": "500103001000",
    "community-a": "500103003001",
    "community-b": "500103003002",
    "community-c": "500103001001",
    "unit": "91500103MA01ABCD1W",
}


async def org_ids(api: Api) -> dict[str, int]:
    async with api.session() as session:
        rows = (await session.execute(select(Org.code, Org.id))).all()
    by_code = {code: id_ for code, id_ in rows}
    return {key: by_code[code] for key, code in CODES.items()}
