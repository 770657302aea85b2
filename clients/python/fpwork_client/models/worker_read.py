from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.worker_kind import WorkerKind
from typing import cast
import datetime






T = TypeVar("T", bound="WorkerRead")



@_attrs_define
class WorkerRead:
    """ 
        Attributes:
            created_at (datetime.datetime):
            ended_on (datetime.date | None):
            id (int):
            kind (WorkerKind):
            name (str):
            org_id (int):
            phone (None | str): Masked unless revealed
            post (str):
            qualifications (list[str]):
            started_on (datetime.date):
            updated_at (datetime.datetime):
            user_id (int | None):
            version (int):
     """

    created_at: datetime.datetime
    ended_on: datetime.date | None
    id: int
    kind: WorkerKind
    name: str
    org_id: int
    phone: None | str
    post: str
    qualifications: list[str]
    started_on: datetime.date
    updated_at: datetime.datetime
    user_id: int | None
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        ended_on: None | str
        if isinstance(self.ended_on, datetime.date):
            ended_on = self.ended_on.isoformat()
        else:
            ended_on = self.ended_on

        id = self.id

        kind = self.kind.value

        name = self.name

        org_id = self.org_id

        phone: None | str
        phone = self.phone

        post = self.post

        qualifications = self.qualifications



        started_on = self.started_on.isoformat()

        updated_at = self.updated_at.isoformat()

        user_id: int | None
        user_id = self.user_id

        version = self.version


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "created_at": created_at,
            "ended_on": ended_on,
            "id": id,
            "kind": kind,
            "name": name,
            "org_id": org_id,
            "phone": phone,
            "post": post,
            "qualifications": qualifications,
            "started_on": started_on,
            "updated_at": updated_at,
            "user_id": user_id,
            "version": version,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        def _parse_ended_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                ended_on_type_0 = datetime.date.fromisoformat(data)



                return ended_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        ended_on = _parse_ended_on(d.pop("ended_on"))


        id = d.pop("id")

        kind = WorkerKind(d.pop("kind"))




        name = d.pop("name")

        org_id = d.pop("org_id")

        def _parse_phone(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        phone = _parse_phone(d.pop("phone"))


        post = d.pop("post")

        qualifications = cast(list[str], d.pop("qualifications"))


        started_on = datetime.date.fromisoformat(d.pop("started_on"))




        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))




        def _parse_user_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        user_id = _parse_user_id(d.pop("user_id"))


        version = d.pop("version")

        worker_read = cls(
            created_at=created_at,
            ended_on=ended_on,
            id=id,
            kind=kind,
            name=name,
            org_id=org_id,
            phone=phone,
            post=post,
            qualifications=qualifications,
            started_on=started_on,
            updated_at=updated_at,
            user_id=user_id,
            version=version,
        )


        worker_read.additional_properties = d
        return worker_read

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
