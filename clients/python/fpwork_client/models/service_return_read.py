from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="ServiceReturnRead")



@_attrs_define
class ServiceReturnRead:
    """ 
        Attributes:
            comment (None | str):
            missing (list[str]):
            returned_at (datetime.datetime):
     """

    comment: None | str
    missing: list[str]
    returned_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        comment: None | str
        comment = self.comment

        missing = self.missing



        returned_at = self.returned_at.isoformat()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "comment": comment,
            "missing": missing,
            "returned_at": returned_at,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_comment(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        comment = _parse_comment(d.pop("comment"))


        missing = cast(list[str], d.pop("missing"))


        returned_at = datetime.datetime.fromisoformat(d.pop("returned_at"))




        service_return_read = cls(
            comment=comment,
            missing=missing,
            returned_at=returned_at,
        )


        service_return_read.additional_properties = d
        return service_return_read

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
