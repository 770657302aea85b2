"""Institutions and systems in force (制度、机构到位, issue 29 point 1), walked as the street's office
and community A's and B's officers: the leading group, the Association and the rules as dated
documents with their file, a repeal on a date, "in force on D" as a query, the required kinds, the
indicators in the catalogue, and what a community sees."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest
from sqlalchemy import select

from app.clock import today
from app.models.core.audit import AuditEvent
from app.models.core.org import Org
from app.models.leadership.institution import InstitutionDocument
from app.services.leadership.figures import institutions_in_force, required_institutions_in_force
from tests.api.leadership.test_safeguards_funds import PDF, upload
from tests.conftest import Api
from tests.demo_ids import org_ids

TODAY = date(2019, 11, 20)
PATH = "/api/v1/institutions"


@pytest.fixture(autouse=True)
def fixed_day(api: Api) -> Iterator[None]:
    api.app.dependency_overrides[today] = lambda: TODAY
    yield
    api.app.dependency_overrides.pop(today, None)


def _ok(response: Any, status: int = 201) -> Any:
    assert response.status_code == status, response.text
    return response.json()


def _document(org_id: int, kind: str, effective_from: str, **extra: Any) -> dict[str, Any]:
    return {
        "org_id": org_id,
        "kind": kind,
        "title": f"关于{kind}的通知",
        "issued_by": "中共解放碑街道工作委员会",
        "document_number": "解放碑街道党工委〔2019〕1号",
        "effective_from": effective_from,
        **extra,
    }


async def test_institutions_in_force_on_a_date(api: Api) -> None:
    ids = await org_ids(api)
    signed = _ok(await upload(api, "street"))
    old_group = _ok(await api.post("street", PATH, _document(ids["street"], "leading_group", "2016-03-01")))
    group = _ok(
        await api.post(
            "street", PATH, _document(ids["street"], "leading_group", "2019-03-01", file_id=signed["id"])
        )
    )
    assert (group["category"], group["file_name"], group["org_name"]) == (
        "body",
        "发票 2019-11.pdf",
        "解放碑街道",
    )
    rules = _ok(await api.post("street", PATH, _document(ids["street"], "work_rules", "2019-01-01")))
    branch = _ok(await api.post("street", PATH, _document(ids["community-a"], "association", "2018-06-01")))
    repealed = _ok(
        await api.post(
            "street",
            f"{PATH}/{old_group['id']}/repeal",
            {"repealed_on": "2019-03-01", "reason": "领导小组调整"},
            headers={"If-Match": f'"{old_group["version"]}"'},
        ),
        200,
    )
    assert (repealed["repealed_on"], repealed["version"]) == ("2019-03-01", old_group["version"] + 1)
    again = await api.post(
        "street", f"{PATH}/{old_group['id']}/repeal", {"repealed_on": "2019-04-01", "reason": "再次"}
    )
    assert again.status_code == 409, again.text
    early = await api.post(
        "street", f"{PATH}/{rules['id']}/repeal", {"repealed_on": "2018-12-01", "reason": "x"}
    )
    assert early.status_code == 422, early.text

    def listed(response: Any) -> set[int]:
        return {row["id"] for row in _ok(response, 200)["items"]}

    feb = listed(await api.get("street", PATH, params={"in_force_on": "2019-02-15"}))
    assert {old_group["id"], rules["id"], branch["id"]} <= feb and group["id"] not in feb
    now = listed(await api.get("street", PATH, params={"in_force_on": "2019-11-20"}))
    assert {group["id"], rules["id"], branch["id"]} <= now and old_group["id"] not in now
    groups = listed(await api.get("street", PATH, params={"kind": "leading_group"}))
    assert {old_group["id"], group["id"]} <= groups and rules["id"] not in groups

    # community A works under the street's rules and keeps its own branch; B sees not A's branch
    mine = listed(await api.get("community-a", PATH, params={"in_force_on": "2019-11-20"}))
    assert {group["id"], rules["id"], branch["id"]} <= mine
    theirs = listed(await api.get("community-b", PATH))
    assert branch["id"] not in theirs and group["id"] in theirs
    assert (await api.get("community-b", f"{PATH}/{branch['id']}")).status_code == 404
    download = await api.get("community-b", f"/api/v1/evidence-files/{signed['id']}/content")
    assert download.status_code == 200 and download.content == PDF
    refused = await api.post("community-a", PATH, _document(ids["community-a"], "association", "2019-01-01"))
    assert refused.status_code == 403, refused.text

    required = _ok(await api.get("community-a", f"{PATH}/required", params={"on": "2019-11-20"}), 200)
    kinds = {k["kind"]: k for k in required["kinds"]}
    assert (required["required"], required["in_force"]) == (4, 3)
    assert kinds["leading_group"]["document_ids"] == [group["id"]]
    assert kinds["responsibility_system"]["in_force"] is False

    async with api.session() as session:
        path = (await session.execute(select(Org.path).where(Org.id == ids["community-a"]))).scalar_one()
        street_path = (await session.execute(select(Org.path).where(Org.id == ids["street"]))).scalar_one()
        rate = await required_institutions_in_force(session, path, date(2019, 1, 1), TODAY)
        street_rate = await required_institutions_in_force(session, street_path, date(2019, 1, 1), TODAY)
        count = await institutions_in_force(session, path, date(2019, 1, 1), TODAY)
        stored = await session.get_one(InstitutionDocument, old_group["id"])
        actions = set(
            (await session.execute(select(AuditEvent.action).where(AuditEvent.object_type == "institution")))
            .scalars()
            .all()
        )
    assert (rate.numerator, rate.denominator, rate.value) == (3, 4, 75.0)
    assert street_rate.numerator == 2  # the community's branch is not the street's Association
    assert count.value == 3.0
    assert (stored.title, stored.repeal_reason) == ("关于leading_group的通知", "领导小组调整")
    assert actions == {"institution.create", "institution.repeal"}


async def test_the_catalogue_measures_the_safeguards(api: Api) -> None:
    rows = _ok(await api.get("street", "/api/v1/indicators", params={"limit": 100}), 200)
    items = rows["items"] if isinstance(rows, dict) else rows
    found = {row["code"]: row for row in items}
    for code in ("budget_execution_rate", "required_institutions_in_force"):
        assert found[code]["computable"] is True, found[code]
        assert found[code]["figure_code"] == f"leadership.{code}"
