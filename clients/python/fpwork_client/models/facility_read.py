from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.facility_condition import FacilityCondition
from ..models.facility_kind import FacilityKind
from typing import cast
import datetime






T = TypeVar("T", bound="FacilityRead")



@_attrs_define
class FacilityRead:
    """ 
        Attributes:
            condition (FacilityCondition):
            created_at (datetime.datetime):
            distribution_point_id (int | None):
            id (int):
            kind (FacilityKind):
            last_inspected_on (datetime.date | None):
            last_refreshed_on (datetime.date | None):
            location (str):
            name (str):
            opened_on (datetime.date):
            org_id (int):
            org_name (str):
            refresh_due_on (datetime.date | None): The next content refresh is due on (boards and walls)
            refresh_every_days (int | None):
            version (int):
     """

    condition: FacilityCondition
    created_at: datetime.datetime
    distribution_point_id: int | None
    id: int
    kind: FacilityKind
    last_inspected_on: datetime.date | None
    last_refreshed_on: datetime.date | None
    location: str
    name: str
    opened_on: datetime.date
    org_id: int
    org_name: str
    refresh_due_on: datetime.date | None
    refresh_every_days: int | None
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        condition = self.condition.value

        created_at = self.created_at.isoformat()

        distribution_point_id: int | None
        distribution_point_id = self.distribution_point_id

        id = self.id

        kind = self.kind.value

        last_inspected_on: None | str
        if isinstance(self.last_inspected_on, datetime.date):
            last_inspected_on = self.last_inspected_on.isoformat()
        else:
            last_inspected_on = self.last_inspected_on

        last_refreshed_on: None | str
        if isinstance(self.last_refreshed_on, datetime.date):
            last_refreshed_on = self.last_refreshed_on.isoformat()
        else:
            last_refreshed_on = self.last_refreshed_on

        location = self.location

        name = self.name

        opened_on = self.opened_on.isoformat()

        org_id = self.org_id

        org_name = self.org_name

        refresh_due_on: None | str
        if isinstance(self.refresh_due_on, datetime.date):
            refresh_due_on = self.refresh_due_on.isoformat()
        else:
            refresh_due_on = self.refresh_due_on

        refresh_every_days: int | None
        refresh_every_days = self.refresh_every_days

        version = self.version


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "condition": condition,
            "created_at": created_at,
            "distribution_point_id": distribution_point_id,
            "id": id,
            "kind": kind,
            "last_inspected_on": last_inspected_on,
            "last_refreshed_on": last_refreshed_on,
            "location": location,
            "name": name,
            "opened_on": opened_on,
            "org_id": org_id,
            "org_name": org_name,
            "refresh_due_on": refresh_due_on,
            "refresh_every_days": refresh_every_days,
            "version": version,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        condition = FacilityCondition(d.pop("condition"))




        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        def _parse_distribution_point_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        distribution_point_id = _parse_distribution_point_id(d.pop("distribution_point_id"))


        id = d.pop("id")

        kind = FacilityKind(d.pop("kind"))




        def _parse_last_inspected_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_inspected_on_type_0 = datetime.date.fromisoformat(data)



                return last_inspected_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        last_inspected_on = _parse_last_inspected_on(d.pop("last_inspected_on"))


        def _parse_last_refreshed_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_refreshed_on_type_0 = datetime.date.fromisoformat(data)



                return last_refreshed_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        last_refreshed_on = _parse_last_refreshed_on(d.pop("last_refreshed_on"))


        location = d.pop("location")

        name = d.pop("name")

        opened_on = datetime.date.fromisoformat(d.pop("opened_on"))




        org_id = d.pop("org_id")

        org_name = d.pop("org_name")

        def _parse_refresh_due_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                refresh_due_on_type_0 = datetime.date.fromisoformat(data)



                return refresh_due_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        refresh_due_on = _parse_refresh_due_on(d.pop("refresh_due_on"))


        def _parse_refresh_every_days(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        refresh_every_days = _parse_refresh_every_days(d.pop("refresh_every_days"))


        version = d.pop("version")

        facility_read = cls(
            condition=condition,
            created_at=created_at,
            distribution_point_id=distribution_point_id,
            id=id,
            kind=kind,
            last_inspected_on=last_inspected_on,
            last_refreshed_on=last_refreshed_on,
            location=location,
            name=name,
            opened_on=opened_on,
            org_id=org_id,
            org_name=org_name,
            refresh_due_on=refresh_due_on,
            refresh_every_days=refresh_every_days,
            version=version,
        )


        facility_read.additional_properties = d
        return facility_read

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
