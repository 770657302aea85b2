from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.objection_status import ObjectionStatus
from typing import cast
import datetime






T = TypeVar("T", bound="ObjectionOutcome")



@_attrs_define
class ObjectionOutcome:
    """ 
        Attributes:
            created_at (datetime.datetime):
            resolution_comment (None | str):
            resolved_at (datetime.datetime | None):
            status (ObjectionStatus):
     """

    created_at: datetime.datetime
    resolution_comment: None | str
    resolved_at: datetime.datetime | None
    status: ObjectionStatus
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        resolution_comment: None | str
        resolution_comment = self.resolution_comment

        resolved_at: None | str
        if isinstance(self.resolved_at, datetime.datetime):
            resolved_at = self.resolved_at.isoformat()
        else:
            resolved_at = self.resolved_at

        status = self.status.value


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "created_at": created_at,
            "resolution_comment": resolution_comment,
            "resolved_at": resolved_at,
            "status": status,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        def _parse_resolution_comment(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        resolution_comment = _parse_resolution_comment(d.pop("resolution_comment"))


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


        status = ObjectionStatus(d.pop("status"))




        objection_outcome = cls(
            created_at=created_at,
            resolution_comment=resolution_comment,
            resolved_at=resolved_at,
            status=status,
        )


        objection_outcome.additional_properties = d
        return objection_outcome

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
