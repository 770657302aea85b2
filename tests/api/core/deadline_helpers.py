"""Provisional deadlines: a special-support request taken over the API, and 2027's arrangement as the
district enters it."""

from __future__ import annotations

from sqlalchemy import select

from app.models.core.org import Org
from tests.api.lawful_services.request_helpers import request_family

REQUESTS = "/api/v1/service-requests"


# What the district enters for 2027 in these tests: New Year's Day off.
NEW_YEAR_2027 = {"holidays": [{"day": "2027-01-01", "name": "元旦"}], "workdays": []}


async def special_support_request(api) -> dict:
    family = await request_family(api, "community-b")
    filed = await api.post(
        "street",
        REQUESTS,
        {"service_type": "special_support_application", "family_id": family["id"], "materials": []},
    )
    assert filed.status_code == 201, filed.text
    return filed.json()


async def org_code_of(api, org_id: int) -> str:
    async with api.session() as session:
        return (await session.execute(select(Org.code).where(Org.id == org_id))).scalar_one()
