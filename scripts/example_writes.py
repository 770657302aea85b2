"""The writes scripts/capture_examples.py performs, in this order: creates first, then the steps on
what was created (``w.made[operationId]`` is a write's answer), so that no step depends on the demo's
own records being in one state or another. Each returns (user, path, body)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import date, timedelta
from typing import Any

from app.id_numbers import make_id_number

Write = Callable[[Any], Awaitable[tuple[str | None, str, Any]]]
WRITES: list[tuple[str, Write]] = []
ANCHOR = date(2026, 6, 15)
ORG_CODES = {
    "district": "500103000000",
    "street": "500103003000",
    "community-a": "500103003001",
    "community-b": "500103003002",
    "unit": "91500103MA01ABCD1W",
}
V1 = "/api/v1"


def day(offset: int = 0) -> str:
    return (ANCHOR + timedelta(days=offset)).isoformat()


def write(operation_id: str) -> Callable[[Write], Write]:
    def register(func: Write) -> Write:
        WRITES.append((operation_id, func))
        return func

    return register


async def org(w: Any, key: str) -> int:
    return int((await w.first(f"{V1}/orgs", code=ORG_CODES[key]))["id"])


def made(w: Any, operation_id: str, field: str = "id") -> Any:
    return w.made[operation_id][field]


# -- people and families ----------------------------------------------------------------------
@write("createResident")
async def _create_resident(w: Any) -> Any:
    return (
        "community-a",
        f"{V1}/residents",
        {
            "name": "林晓梅",
            "id_number": make_id_number("500103", date(1995, 3, 8), 124),
            "community_id": await org(w, "community-a"),
            "household_division_code": "500103003001",
            "birth_date": "1995-03-08",
            "sex": "female",
            "marital_status": "married",
            "phone": "13812345678",
        },
    )


@write("createResident")
async def _create_husband(w: Any) -> Any:
    w.made["wife"] = w.made["createResident"]
    return (
        "community-a",
        f"{V1}/residents",
        {
            "name": "周建国",
            "id_number": make_id_number("500103", date(1993, 11, 20), 135),
            "community_id": await org(w, "community-a"),
            "household_division_code": "500103003001",
            "birth_date": "1993-11-20",
            "sex": "male",
            "marital_status": "married",
        },
    )


@write("updateResident")
async def _update_resident(w: Any) -> Any:
    return "community-a", f"{V1}/residents/{made(w, 'wife')}", {"phone": "13987654321"}


@write("createFamily")
async def _create_family(w: Any) -> Any:
    return (
        "community-a",
        f"{V1}/families",
        {
            "community_id": await org(w, "community-a"),
            "husband_id": made(w, "createResident"),
            "wife_id": made(w, "wife"),
            "marriage_date": "2020-10-01",
            "children": [{"name": "周小雨", "birth_date": "2022-04-18", "sex": "female"}],
        },
    )


@write("updateFamily")
async def _update_family(w: Any) -> Any:
    return "community-a", f"{V1}/families/{made(w, 'createFamily')}", {"marriage_date": "2020-10-02"}


@write("addFamilyChild")
async def _add_child(w: Any) -> Any:
    return (
        "community-a",
        f"{V1}/families/{made(w, 'createFamily')}/children",
        {
            "name": "周小川",
            "birth_date": "2025-01-09",
            "sex": "male",
        },
    )


@write("updateFamilyChild")
async def _update_child(w: Any) -> Any:
    family = made(w, "createFamily")
    return "community-a", f"{V1}/families/{family}/children/{made(w, 'addFamilyChild')}", {"name": "周小山"}


@write("registerPregnancy")
async def _pregnancy(w: Any) -> Any:
    return (
        "community-a",
        f"{V1}/pregnancies",
        {
            "resident_id": made(w, "wife"),
            "registered_on": day(-30),
            "expected_on": day(150),
            "note": "孕早期建档",
        },
    )


@write("visitPregnancy")
async def _visit_pregnancy(w: Any) -> Any:
    pregnancy = made(w, "registerPregnancy")
    return (
        "community-a",
        f"{V1}/pregnancies/{pregnancy}/visits",
        {"visited_on": day(-1), "note": "上门随访，情况良好"},
    )


@write("recordPregnancyBirth")
async def _birth(w: Any) -> Any:
    pregnancy = made(w, "registerPregnancy")
    return (
        "community-a",
        f"{V1}/pregnancies/{pregnancy}/birth",
        {
            "born_on": day(),
            "child_name": "周小禾",
            "child_sex": "female",
        },
    )


@write("registerPregnancy")
async def _pregnancy2(w: Any) -> Any:
    w.made["pregnancy-born"] = w.made["registerPregnancy"]
    return (
        "community-a",
        f"{V1}/pregnancies",
        {
            "resident_id": (await w.first(f"{V1}/residents", sex="female", marital_status="married"))["id"],
            "registered_on": day(-20),
            "expected_on": day(200),
        },
    )


@write("endPregnancy")
async def _end_pregnancy(w: Any) -> Any:
    pregnancy = made(w, "registerPregnancy")
    return (
        "community-a",
        f"{V1}/pregnancies/{pregnancy}/end",
        {
            "ended_on": day(-1),
            "outcome": "miscarriage",
            "note": "孕早期自然流产",
        },
    )


@write("registerPregnancy")
async def _pregnancy3(w: Any) -> Any:
    residents = await w.items(f"{V1}/residents", ("community-a",), sex="female")
    return (
        "community-a",
        f"{V1}/pregnancies",
        {
            "resident_id": [r for r in residents if r.get("marital_status") == "married"][3]["id"],
            "registered_on": day(-10),
            "expected_on": day(220),
        },
    )


@write("cancelPregnancy")
async def _cancel_pregnancy(w: Any) -> Any:
    pregnancy = made(w, "registerPregnancy")
    return "community-a", f"{V1}/pregnancies/{pregnancy}/cancel", {"reason": "登记有误，重复建档"}


@write("moveResident")
async def _move(w: Any) -> Any:
    return (
        "street",
        f"{V1}/residents/{made(w, 'createResident')}/move",
        {"community_id": await org(w, "community-b")},
    )


@write("createResident")
async def _create_departing(w: Any) -> Any:
    w.made["husband"] = w.made["createResident"]
    return (
        "community-a",
        f"{V1}/residents",
        {
            "name": "吴桂芳",
            "id_number": make_id_number("510104", date(1990, 6, 2), 146),
            "community_id": await org(w, "community-a"),
            "household_division_code": "510104",
            "birth_date": "1990-06-02",
            "sex": "female",
            "marital_status": "married",
        },
    )


@write("registerMigrantArrival")
async def _arrival(w: Any) -> Any:
    return (
        "community-a",
        f"{V1}/migrants",
        {
            "resident_id": made(w, "createResident"),
            "arrival_date": day(-40),
            "address": "民生路88号3单元502",
            "employer_name": "解放碑商圈服务有限公司",
            "household_division_code": "510104",
        },
    )


@write("submitMigrantCertificate")
async def _certificate(w: Any) -> Any:
    return (
        "community-a",
        f"{V1}/migrants/{made(w, 'registerMigrantArrival')}/certificate",
        {
            "number": "川成锦婚证字2024第0158号",
            "issuer": "成都市锦江区卫生健康局",
            "issued_on": "2024-05-10",
        },
    )


@write("verifyMigrantCertificate")
async def _verify(w: Any) -> Any:
    return "community-a", f"{V1}/migrants/{made(w, 'registerMigrantArrival')}/certificate/verify", None


@write("stepMigrantPermit")
async def _permit(w: Any) -> Any:
    return "community-a", f"{V1}/migrants/{made(w, 'registerMigrantArrival')}/permit/apply", {"on": day(-30)}


@write("recordMigrantService")
async def _migrant_service(w: Any) -> Any:
    return (
        "community-a",
        f"{V1}/migrants/{made(w, 'registerMigrantArrival')}/services",
        {
            "kind": "health_education",
            "delivered_on": day(-5),
            "note": "发放流动人口健康教育资料",
        },
    )


@write("requestMigrantTransfer")
async def _transfer(w: Any) -> Any:
    return (
        "community-a",
        f"{V1}/migrant-transfers",
        {
            "migrant_id": made(w, "registerMigrantArrival"),
            "to_community_id": await org(w, "community-b"),
            "new_address": "较场口12号2单元301",
            "reason": "工作调动，搬至较场口居住",
        },
    )


@write("declineMigrantTransfer")
async def _decline_transfer(w: Any) -> Any:
    return (
        "community-b",
        f"{V1}/migrant-transfers/{made(w, 'requestMigrantTransfer')}/decline",
        {"reason": "新住址不在本社区辖区"},
    )


@write("requestMigrantTransfer")
async def _transfer2(w: Any) -> Any:
    return (
        "community-a",
        f"{V1}/migrant-transfers",
        {
            "migrant_id": made(w, "registerMigrantArrival"),
            "to_community_id": await org(w, "community-b"),
            "new_address": "较场口15号1单元201",
        },
    )


@write("cancelMigrantTransfer")
async def _cancel_transfer(w: Any) -> Any:
    return "community-a", f"{V1}/migrant-transfers/{made(w, 'requestMigrantTransfer')}/cancel", {}


# The same transfer asked again once the first was cancelled, for community B to accept.
write("requestMigrantTransfer")(_transfer2)


@write("acceptMigrantTransfer")
async def _accept_transfer(w: Any) -> Any:
    return "community-b", f"{V1}/migrant-transfers/{made(w, 'requestMigrantTransfer')}/accept", {}


@write("recordMigrantDeparture")
async def _depart(w: Any) -> Any:
    return (
        "community-b",
        f"{V1}/migrants/{made(w, 'registerMigrantArrival')}/depart",
        {
            "departed_on": day(),
            "destination": "四川省成都市锦江区",
        },
    )


@write("changeResidentStatus")
async def _status(w: Any) -> Any:
    return (
        "street",
        f"{V1}/residents/{made(w, 'husband')}/status",
        {
            "status": "moved_out",
            "effective_date": day(),
        },
    )
