from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.conflict_state import ConflictState
from ..models.resolution import Resolution
from typing import cast
import datetime






T = TypeVar("T", bound="ConflictRead")



@_attrs_define
class ConflictRead:
    """ 
        Attributes:
            created_at (datetime.datetime):
            device_value (Any):
            field (None | str):
            id (int):
            kind (str):
            object_id (int):
            object_type (str):
            reason (str):
            resolution (None | Resolution):
            resolved_at (datetime.datetime | None):
            server_value (Any):
            state (ConflictState):
     """

    created_at: datetime.datetime
    device_value: Any
    field: None | str
    id: int
    kind: str
    object_id: int
    object_type: str
    reason: str
    resolution: None | Resolution
    resolved_at: datetime.datetime | None
    server_value: Any
    state: ConflictState
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        device_value = self.device_value

        field: None | str
        field = self.field

        id = self.id

        kind = self.kind

        object_id = self.object_id

        object_type = self.object_type

        reason = self.reason

        resolution: None | str
        if isinstance(self.resolution, Resolution):
            resolution = self.resolution.value
        else:
            resolution = self.resolution

        resolved_at: None | str
        if isinstance(self.resolved_at, datetime.datetime):
            resolved_at = self.resolved_at.isoformat()
        else:
            resolved_at = self.resolved_at

        server_value = self.server_value

        state = self.state.value


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "created_at": created_at,
            "device_value": device_value,
            "field": field,
            "id": id,
            "kind": kind,
            "object_id": object_id,
            "object_type": object_type,
            "reason": reason,
            "resolution": resolution,
            "resolved_at": resolved_at,
            "server_value": server_value,
            "state": state,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        device_value = d.pop("device_value")

        def _parse_field(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        field = _parse_field(d.pop("field"))


        id = d.pop("id")

        kind = d.pop("kind")

        object_id = d.pop("object_id")

        object_type = d.pop("object_type")

        reason = d.pop("reason")

        def _parse_resolution(data: object) -> None | Resolution:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                resolution_type_0 = Resolution(data)



                return resolution_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Resolution, data)

        resolution = _parse_resolution(d.pop("resolution"))


        def _parse_resolved_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                resolved_at_type_0 = datetime.datetime.fromisoformat(data)



                return resolved_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        resolved_at = _parse_resolved_at(d.pop("resolved_at"))


        server_value = d.pop("server_value")

        state = ConflictState(d.pop("state"))




        conflict_read = cls(
            created_at=created_at,
            device_value=device_value,
            field=field,
            id=id,
            kind=kind,
            object_id=object_id,
            object_type=object_type,
            reason=reason,
            resolution=resolution,
            resolved_at=resolved_at,
            server_value=server_value,
            state=state,
        )


        conflict_read.additional_properties = d
        return conflict_read

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
