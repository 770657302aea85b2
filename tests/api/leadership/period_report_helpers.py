"""Steps of the periodic reports over the API: a form, a second street's admin, a submitted report."""

from __future__ import annotations

from typing import Any

from app.demo.context import DEMO_PASSWORD
from tests.conftest import Api
from tests.demo_ids import org_ids

FORMS = "/api/v1/report-forms"
REPORTS = "/api/v1/period-reports"

MONTHLY_FORM: dict[str, Any] = {
    "code": "monthly_statistics",
    "name_zh": "人口和计划生育统计月报",
    "name_en": "Monthly population and family planning statistics",
    "period_kind": "monthly",
    "items": [
        {"figure_code": "core.births", "name_zh": "出生人数", "name_en": "Births"},
        {"indicator_code": "policy_compliant_birth_rate"},
        {"indicator_code": "sex_ratio_at_birth"},
        {"figure_code": "quality.screenings", "name_zh": "筛查人数", "name_en": "People screened"},
        {"indicator_code": "birth_statistics_accuracy"},
    ],
    "deadline_working_days": 5,
    "effective_from": "2019-01-01",
    "source": "渝中卫健发〔2019〕1号 统计报表制度",
}

SIGNED = {
    "signatories": [
        {"role": "preparer", "name": "李干事", "title": "计生办"},
        {"role": "leader", "name": "王主任", "title": "街道办事处"},
    ]
}


async def define_form(api: Api, body: dict[str, Any] | None = None) -> dict[str, Any]:
    response = await api.post("district", FORMS, body or MONTHLY_FORM)
    assert response.status_code == 201, response.text
    return dict(response.json())


async def street_two_admin(api: Api, username: str = "street-2") -> str:
    """An admin of the demo's second street: the demo's own (``street-2``), or another made by the
    district."""
    if username == "street-2":
        return username
    ids = await org_ids(api)
    response = await api.post(
        "district",
        "/api/v1/users",
        {
            "username": username,
            "full_name": "七星岗街道 周主任",
            "role": "street_admin",
            "org_id": ids["street-2"],
            "password": DEMO_PASSWORD,
        },
    )
    assert response.status_code == 201, response.text
    return username


async def prepare(api: Api, user: str, form_id: int, period_start: str) -> dict[str, Any]:
    response = await api.post(user, REPORTS, {"form_id": form_id, "period_start": period_start})
    assert response.status_code == 201, response.text
    return dict(response.json())


async def step(api: Api, user: str, report: dict[str, Any], name: str, body: Any = None) -> dict[str, Any]:
    """A step with the report's version as If-Match; answers the report after it."""
    response = await api.post(
        user, f"{REPORTS}/{report['id']}/{name}", body, headers={"If-Match": f'"{report["version"]}"'}
    )
    assert response.status_code == 200, (name, response.text)
    return dict(response.json())


def values_of(version: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {v["code"]: v for v in version["values"]}
