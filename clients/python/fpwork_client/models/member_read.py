from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.member_role import MemberRole
from typing import cast
import datetime






T = TypeVar("T", bound="MemberRead")



@_attrs_define
class MemberRead:
    """ 
        Attributes:
            branch_id (int):
            id (int):
            joined_on (datetime.date):
            org_id (int):
            resident_id (int | None):
            role (MemberRole):
            version (int):
            worker_id (int | None):
     """

    branch_id: int
    id: int
    joined_on: datetime.date
    org_id: int
    resident_id: int | None
    role: MemberRole
    version: int
    worker_id: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        branch_id = self.branch_id

        id = self.id

        joined_on = self.joined_on.isoformat()

        org_id = self.org_id

        resident_id: int | None
        resident_id = self.resident_id

        role = self.role.value

        version = self.version

        worker_id: int | None
        worker_id = self.worker_id


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "branch_id": branch_id,
            "id": id,
            "joined_on": joined_on,
            "org_id": org_id,
            "resident_id": resident_id,
            "role": role,
            "version": version,
            "worker_id": worker_id,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        branch_id = d.pop("branch_id")

        id = d.pop("id")

        joined_on = datetime.date.fromisoformat(d.pop("joined_on"))




        org_id = d.pop("org_id")

        def _parse_resident_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        resident_id = _parse_resident_id(d.pop("resident_id"))


        role = MemberRole(d.pop("role"))




        version = d.pop("version")

        def _parse_worker_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        worker_id = _parse_worker_id(d.pop("worker_id"))


        member_read = cls(
            branch_id=branch_id,
            id=id,
            joined_on=joined_on,
            org_id=org_id,
            resident_id=resident_id,
            role=role,
            version=version,
            worker_id=worker_id,
        )


        member_read.additional_properties = d
        return member_read

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
