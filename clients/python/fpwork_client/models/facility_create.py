from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.facility_condition import FacilityCondition
from ..models.facility_kind import FacilityKind
from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="FacilityCreate")



@_attrs_define
class FacilityCreate:
    """ 
        Attributes:
            kind (FacilityKind):
            location (str):
            name (str):
            opened_on (datetime.date): In service since; not after today
            org_id (int): The community, unit or street the facility belongs to
            condition (FacilityCondition | Unset):
            distribution_point_id (int | None | Unset): Required for kind distribution_point (and only then): the point of
                /distribution-points it is, of the same org
            refresh_every_days (int | None | Unset): The content refresh schedule: required for publicity_board and
                cultural_wall, and only for them
     """

    kind: FacilityKind
    location: str
    name: str
    opened_on: datetime.date
    org_id: int
    condition: FacilityCondition | Unset = UNSET
    distribution_point_id: int | None | Unset = UNSET
    refresh_every_days: int | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        kind = self.kind.value

        location = self.location

        name = self.name

        opened_on = self.opened_on.isoformat()

        org_id = self.org_id

        condition: str | Unset = UNSET
        if not isinstance(self.condition, Unset):
            condition = self.condition.value


        distribution_point_id: int | None | Unset
        if isinstance(self.distribution_point_id, Unset):
            distribution_point_id = UNSET
        else:
            distribution_point_id = self.distribution_point_id

        refresh_every_days: int | None | Unset
        if isinstance(self.refresh_every_days, Unset):
            refresh_every_days = UNSET
        else:
            refresh_every_days = self.refresh_every_days


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "kind": kind,
            "location": location,
            "name": name,
            "opened_on": opened_on,
            "org_id": org_id,
        })
        if condition is not UNSET:
            field_dict["condition"] = condition
        if distribution_point_id is not UNSET:
            field_dict["distribution_point_id"] = distribution_point_id
        if refresh_every_days is not UNSET:
            field_dict["refresh_every_days"] = refresh_every_days

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kind = FacilityKind(d.pop("kind"))




        location = d.pop("location")

        name = d.pop("name")

        opened_on = datetime.date.fromisoformat(d.pop("opened_on"))




        org_id = d.pop("org_id")

        _condition = d.pop("condition", UNSET)
        condition: FacilityCondition | Unset
        if isinstance(_condition,  Unset):
            condition = UNSET
        else:
            condition = FacilityCondition(_condition)




        def _parse_distribution_point_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        distribution_point_id = _parse_distribution_point_id(d.pop("distribution_point_id", UNSET))


        def _parse_refresh_every_days(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        refresh_every_days = _parse_refresh_every_days(d.pop("refresh_every_days", UNSET))


        facility_create = cls(
            kind=kind,
            location=location,
            name=name,
            opened_on=opened_on,
            org_id=org_id,
            condition=condition,
            distribution_point_id=distribution_point_id,
            refresh_every_days=refresh_every_days,
        )

        return facility_create

