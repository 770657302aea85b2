from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.member_role import MemberRole
from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="MemberCreate")



@_attrs_define
class MemberCreate:
    """ A member is a resident or a worker (exactly one of the two).

        Attributes:
            branch_id (int):
            joined_on (datetime.date):
            resident_id (int | None | Unset):
            role (MemberRole | Unset):
            worker_id (int | None | Unset):
     """

    branch_id: int
    joined_on: datetime.date
    resident_id: int | None | Unset = UNSET
    role: MemberRole | Unset = UNSET
    worker_id: int | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        branch_id = self.branch_id

        joined_on = self.joined_on.isoformat()

        resident_id: int | None | Unset
        if isinstance(self.resident_id, Unset):
            resident_id = UNSET
        else:
            resident_id = self.resident_id

        role: str | Unset = UNSET
        if not isinstance(self.role, Unset):
            role = self.role.value


        worker_id: int | None | Unset
        if isinstance(self.worker_id, Unset):
            worker_id = UNSET
        else:
            worker_id = self.worker_id


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "branch_id": branch_id,
            "joined_on": joined_on,
        })
        if resident_id is not UNSET:
            field_dict["resident_id"] = resident_id
        if role is not UNSET:
            field_dict["role"] = role
        if worker_id is not UNSET:
            field_dict["worker_id"] = worker_id

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        branch_id = d.pop("branch_id")

        joined_on = datetime.date.fromisoformat(d.pop("joined_on"))




        def _parse_resident_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        resident_id = _parse_resident_id(d.pop("resident_id", UNSET))


        _role = d.pop("role", UNSET)
        role: MemberRole | Unset
        if isinstance(_role,  Unset):
            role = UNSET
        else:
            role = MemberRole(_role)




        def _parse_worker_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        worker_id = _parse_worker_id(d.pop("worker_id", UNSET))


        member_create = cls(
            branch_id=branch_id,
            joined_on=joined_on,
            resident_id=resident_id,
            role=role,
            worker_id=worker_id,
        )

        return member_create

