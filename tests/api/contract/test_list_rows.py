"""List rows carry the names a list screen needs, so a mobile screen makes one call, not one per row."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from app.models.benefits.benefit import BenefitProgram
from app.models.benefits.enrolment import Enrolment, EnrolmentStatus
from app.models.core.family import Family
from app.models.core.resident import Resident
from tests.api.lawful_services.request_helpers import COMPLETE_BIRTH, file_request, request_family
from tests.demo_ids import org_ids


async def _names(api) -> dict[int, str]:
    async with api.session() as session:
        return dict((await session.execute(select(Resident.id, Resident.name))).tuples().all())


async def test_rows_carry_names(api):
    names = await _names(api)
    families = (await api.get("community-a", "/api/v1/families", params={"limit": 20})).json()["items"]
    for row in families:
        assert row["husband_name"] == (names[row["husband_id"]] if row["husband_id"] else None)
        assert row["wife_name"] == (names[row["wife_id"]] if row["wife_id"] else None)
        assert row["community_name"] and row["children_count"] >= 0
        assert "id_number" not in row

    family = await request_family(api, "community-a")
    filed = await file_request(api, "community-a", family["id"], COMPLETE_BIRTH)
    listed = (
        await api.get("community-a", "/api/v1/service-requests", params={"family_id": family["id"]})
    ).json()
    row = next(r for r in listed["items"] if r["id"] == filed["id"])
    assert row["service_type_name"] == "生育登记" and row["org_name"]
    assert all(part in names.values() for part in row["applicant_name"].split(" / "))

    for path in ("/api/v1/screenings", "/api/v1/screenings/needing-referral"):
        rows = (await api.get("street", path, params={"limit": 20})).json()["items"]
        assert rows, path
        for row in rows:
            assert row["resident_name"] == names[row["resident_id"]]
            assert row["program_name"] and row["org_name"]

    ids = await org_ids(api)
    async with api.session() as session:  # an enrolment of a demo family (the flow is tested elsewhere)
        family = (
            await session.execute(select(Family).where(Family.wife_id.is_not(None)).limit(1))
        ).scalar_one()
        program_id = (await session.execute(select(BenefitProgram.id).limit(1))).scalar_one()
        session.add(
            Enrolment(
                program_id=program_id,
                family_id=family.id,
                beneficiary_id=family.wife_id,
                community_id=family.community_id,
                street_id=ids["street"],
                payer_org_id=ids["street"],
                amount_fen=1000,
                status=EnrolmentStatus.active,
                starts_on=date(2019, 1, 1),
            )
        )
        await session.commit()
    enrolments = (await api.get("street", "/api/v1/benefit-enrolments", params={"limit": 20})).json()["items"]
    assert enrolments
    for row in enrolments:
        assert row["beneficiary_name"] == names[row["beneficiary_id"]]
        assert row["program_name"] and row["community_name"]

    program = (await api.get("street", "/api/v1/screening-programs", params={"limit": 1})).json()["items"][0]
    coverage = (await api.get("street", f"/api/v1/screening-programs/{program['id']}/coverage")).json()
    assert all(r["org_name"] for r in coverage)
