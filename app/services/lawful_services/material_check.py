"""One-time notification (一次性告知), enforced: what is still missing from a request.

A mandatory material is present when the original is provided, or one of its accepted
alternatives (e.g. the household register for an ID card), or — where the guide allows — a
signed commitment (告知承诺). Checking a request always yields the complete list of what is
missing, so one return can name all of it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from app.errors import Unprocessable
from app.models.lawful_services.service import MaterialForm, ServiceMaterial, ServiceType
from app.schemas.lawful_services.service import ProvidedMaterial


def normalise_provided(
    service_type: ServiceType, provided: Sequence[ProvidedMaterial]
) -> list[dict[str, Any]]:
    """Validate the provided materials against the guide; 422 for anything it does not list."""
    by_code = {m.code: m for m in service_type.materials}
    seen: set[str] = set()
    result = []
    for index, item in enumerate(provided):
        loc: list[str | int] = ["body", "materials", index]
        material = by_code.get(item.code)
        if material is None:
            raise Unprocessable(f"'{item.code}' is not a material of {service_type.code}", loc=[*loc, "code"])
        if item.code in seen:
            raise Unprocessable(f"'{item.code}' is listed twice", loc=[*loc, "code"])
        seen.add(item.code)
        if item.form is MaterialForm.alternative and item.alternative not in {
            a["code"] for a in material.alternatives
        }:
            raise Unprocessable(
                f"'{item.alternative}' is not an accepted alternative to {material.name}",
                loc=[*loc, "alternative"],
            )
        if item.form is MaterialForm.commitment and not material.commitment_allowed:
            raise Unprocessable(
                f"a signed commitment cannot stand in for {material.name}", loc=[*loc, "form"]
            )
        result.append(item.model_dump(mode="json"))
    return result


def missing_materials(service_type: ServiceType, provided: Iterable[dict[str, Any]]) -> list[ServiceMaterial]:
    """Every mandatory material not yet provided in any accepted form, in the guide's order."""
    present = {item["code"] for item in provided}
    return [m for m in service_type.materials if m.mandatory and m.code not in present]


def materials_named(service_type: ServiceType, codes: Iterable[str]) -> list[ServiceMaterial]:
    """The guide's materials for the codes a reviewer names; 422 for a code the guide lacks."""
    by_code = {m.code: m for m in service_type.materials}
    unknown = sorted(set(codes) - set(by_code))
    if unknown:
        raise Unprocessable(
            f"not materials of {service_type.code}: {', '.join(unknown)}", loc=["body", "missing_materials"]
        )
    wanted = set(codes)
    return [m for m in service_type.materials if m.code in wanted]
