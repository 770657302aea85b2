from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.public_service_kind import PublicServiceKind
from ..models.service_source import ServiceSource
from typing import cast
import datetime






T = TypeVar("T", bound="ServiceRead")



@_attrs_define
class ServiceRead:
    """ 
        Attributes:
            created_at (datetime.datetime):
            delivered_on (datetime.date):
            id (int):
            kind (PublicServiceKind):
            migrant_id (int):
            note (None | str):
            recorded_by (int | None):
            source (ServiceSource): Typed in, or taken from the quality-services records (not typed twice).
     """

    created_at: datetime.datetime
    delivered_on: datetime.date
    id: int
    kind: PublicServiceKind
    migrant_id: int
    note: None | str
    recorded_by: int | None
    source: ServiceSource
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        delivered_on = self.delivered_on.isoformat()

        id = self.id

        kind = self.kind.value

        migrant_id = self.migrant_id

        note: None | str
        note = self.note

        recorded_by: int | None
        recorded_by = self.recorded_by

        source = self.source.value


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "created_at": created_at,
            "delivered_on": delivered_on,
            "id": id,
            "kind": kind,
            "migrant_id": migrant_id,
            "note": note,
            "recorded_by": recorded_by,
            "source": source,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        delivered_on = datetime.date.fromisoformat(d.pop("delivered_on"))




        id = d.pop("id")

        kind = PublicServiceKind(d.pop("kind"))




        migrant_id = d.pop("migrant_id")

        def _parse_note(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        note = _parse_note(d.pop("note"))


        def _parse_recorded_by(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        recorded_by = _parse_recorded_by(d.pop("recorded_by"))


        source = ServiceSource(d.pop("source"))




        service_read = cls(
            created_at=created_at,
            delivered_on=delivered_on,
            id=id,
            kind=kind,
            migrant_id=migrant_id,
            note=note,
            recorded_by=recorded_by,
            source=source,
        )


        service_read.additional_properties = d
        return service_read

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
