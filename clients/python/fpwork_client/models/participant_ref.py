from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="ParticipantRef")



@_attrs_define
class ParticipantRef:
    """ Exactly one of a worker of the workforce register or a user of the office.

        Attributes:
            user_id (int | None | Unset):
            worker_id (int | None | Unset):
     """

    user_id: int | None | Unset = UNSET
    worker_id: int | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        user_id: int | None | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        worker_id: int | None | Unset
        if isinstance(self.worker_id, Unset):
            worker_id = UNSET
        else:
            worker_id = self.worker_id


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if worker_id is not UNSET:
            field_dict["worker_id"] = worker_id

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_user_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        user_id = _parse_user_id(d.pop("user_id", UNSET))


        def _parse_worker_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        worker_id = _parse_worker_id(d.pop("worker_id", UNSET))


        participant_ref = cls(
            user_id=user_id,
            worker_id=worker_id,
        )

        return participant_ref

