"""Benefit steps over the API with the clock set: enrol, generate a batch, approve and pay it, read its
lines."""

from __future__ import annotations

from datetime import date

from app import clock
from tests.api.benefits.benefit_helpers import (
    ALL_MATERIALS,
    apply,
    review,
    set_today,
)
from tests.conftest import Api


def on(api: Api, day: date) -> None:
    """Today, for the requests (the dependency) and for everything else (app/clock.py)."""
    set_today(api, day)
    clock.set_today(day)


async def enrol(api: Api, programs: dict[str, int], program: str, family_id: int) -> None:
    """The whole path in March 2019: apply, submit, community, 7-day notice, street, district."""
    on(api, date(2019, 3, 5))
    app_id = (await apply(api, "community-a", programs[program], family_id, ALL_MATERIALS[program]))["id"]
    assert (await api.post("community-a", f"/api/v1/benefit-applications/{app_id}/submit")).status_code == 200
    assert (await review(api, "community-a", app_id)).status_code == 200
    on(api, date(2019, 3, 12))
    assert (await review(api, "street-officer", app_id)).status_code == 200
    done = await review(api, "district", app_id)
    assert done.json()["status"] == "enrolled", done.text


async def generate(api: Api, program_id: int, period: str) -> dict:
    made = await api.post("street", "/api/v1/payment-batches", {"program_id": program_id, "period": period})
    assert made.status_code == 201, (period, made.text)
    return dict(made.json())


async def approve_and_pay(api: Api, batch_id: int) -> dict:
    approved = await api.post("street", f"/api/v1/payment-batches/{batch_id}/approve")
    assert approved.status_code == 200, approved.text
    payer = "street"
    if approved.json()["status"] == "street_approved":
        payer = "district"
        again = await api.post("district", f"/api/v1/payment-batches/{batch_id}/approve")
        assert again.status_code == 200, again.text
    paid = await api.post(payer, f"/api/v1/payment-batches/{batch_id}/mark-paid")
    assert paid.status_code == 200, paid.text
    return dict(paid.json())


async def pay(api: Api, program_id: int, period: str) -> dict:
    """The month's batch on the 25th: generated, approved, paid."""
    year, month = int(period[:4]), int(period[5:])
    on(api, date(year, month, 25))
    return await approve_and_pay(api, (await generate(api, program_id, period))["id"])


async def lines_of(api: Api, batch_id: int) -> list[dict]:
    response = await api.get("district", f"/api/v1/payment-batches/{batch_id}/lines", params={"limit": 100})
    assert response.status_code == 200, response.text
    return list(response.json()["items"])
