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
# The district's four other streets and their communities, laid by the live layer only
# (app/demo/activity_district.py): not in the test template.
LIVE_CODES = {
    "street-3": "500103004000",
    "street-4": "500103005000",
    "street-5": "500103012000",
    "street-6": "500103013000",
    "community-d": "500103004001",
    "community-e": "500103005001",
    "community-f": "500103012001",
    "community-g": "500103012002",
    "community-h": "500103013001",
}


async def org_ids(api: Api, *, live: bool = False) -> dict[str, int]:
    """The demo orgs' ids; ``live``: with the streets the live layer adds."""
    async with api.session() as session:
        rows = (await session.execute(select(Org.code, Org.id))).all()
    by_code = {code: id_ for code, id_ in rows}
    codes = {**CODES, **LIVE_CODES} if live else CODES
    return {key: by_code[code] for key, code in codes.items()}
