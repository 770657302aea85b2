"""The annual report's coverage per community and unit (one grouped query for all of them) gives the
same figures as each org's own report computes for itself."""

from __future__ import annotations

from typing import Any


async def test_coverage_per_org_is_each_org_s_own_screening_coverage(api: Any) -> None:
    street = (await api.get("street", "/api/v1/reports/annual", params={"year": 2019})).json()
    assert len(street["coverage"]) >= 3
    assert any(c["screened"] for c in street["coverage"]) and any(c["target"] for c in street["coverage"])
    for row in street["coverage"]:
        own = await api.get(
            "street", "/api/v1/reports/annual", params={"year": 2019, "org_id": row["org_id"]}
        )
        assert own.status_code == 200, own.text
        figure = next(
            f
            for s in own.json()["sections"]
            for f in s["figures"]
            if f["code"] == "quality.screening_coverage"
        )
        assert (row["screened"], row["target"], row["coverage"]) == (
            figure["numerator"] or 0,
            figure["denominator"] or 0,
            figure["value"],
        ), row["org_name"]
