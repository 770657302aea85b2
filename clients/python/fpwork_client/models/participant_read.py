from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast






T = TypeVar("T", bound="ParticipantRead")



@_attrs_define
class ParticipantRead:
    """ 
        Attributes:
            id (int):
            name (str): The worker's or user's name
            user_id (int | None):
            worker_id (int | None):
     """

    id: int
    name: str
    user_id: int | None
    worker_id: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        user_id: int | None
        user_id = self.user_id

        worker_id: int | None
        worker_id = self.worker_id


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "name": name,
            "user_id": user_id,
            "worker_id": worker_id,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        def _parse_user_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        user_id = _parse_user_id(d.pop("user_id"))


        def _parse_worker_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        worker_id = _parse_worker_id(d.pop("worker_id"))


        participant_read = cls(
            id=id,
            name=name,
            user_id=user_id,
            worker_id=worker_id,
        )


        participant_read.additional_properties = d
        return participant_read

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
