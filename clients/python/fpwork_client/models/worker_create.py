from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.worker_kind import WorkerKind
from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="WorkerCreate")



@_attrs_define
class WorkerCreate:
    """ 
        Attributes:
            kind (WorkerKind):
            name (str):
            org_id (int): The community, unit or street the worker serves
            post (str):
            started_on (datetime.date):
            ended_on (datetime.date | None | Unset): Not before started_on
            phone (None | str | Unset):
            qualifications (list[str] | Unset):
            user_id (int | None | Unset): The worker's account, if they have one
     """

    kind: WorkerKind
    name: str
    org_id: int
    post: str
    started_on: datetime.date
    ended_on: datetime.date | None | Unset = UNSET
    phone: None | str | Unset = UNSET
    qualifications: list[str] | Unset = UNSET
    user_id: int | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        kind = self.kind.value

        name = self.name

        org_id = self.org_id

        post = self.post

        started_on = self.started_on.isoformat()

        ended_on: None | str | Unset
        if isinstance(self.ended_on, Unset):
            ended_on = UNSET
        elif isinstance(self.ended_on, datetime.date):
            ended_on = self.ended_on.isoformat()
        else:
            ended_on = self.ended_on

        phone: None | str | Unset
        if isinstance(self.phone, Unset):
            phone = UNSET
        else:
            phone = self.phone

        qualifications: list[str] | Unset = UNSET
        if not isinstance(self.qualifications, Unset):
            qualifications = self.qualifications



        user_id: int | None | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "kind": kind,
            "name": name,
            "org_id": org_id,
            "post": post,
            "started_on": started_on,
        })
        if ended_on is not UNSET:
            field_dict["ended_on"] = ended_on
        if phone is not UNSET:
            field_dict["phone"] = phone
        if qualifications is not UNSET:
            field_dict["qualifications"] = qualifications
        if user_id is not UNSET:
            field_dict["user_id"] = user_id

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kind = WorkerKind(d.pop("kind"))




        name = d.pop("name")

        org_id = d.pop("org_id")

        post = d.pop("post")

        started_on = datetime.date.fromisoformat(d.pop("started_on"))




        def _parse_ended_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                ended_on_type_0 = datetime.date.fromisoformat(data)



                return ended_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        ended_on = _parse_ended_on(d.pop("ended_on", UNSET))


        def _parse_phone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        phone = _parse_phone(d.pop("phone", UNSET))


        qualifications = cast(list[str], d.pop("qualifications", UNSET))


        def _parse_user_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        user_id = _parse_user_id(d.pop("user_id", UNSET))


        worker_create = cls(
            kind=kind,
            name=name,
            org_id=org_id,
            post=post,
            started_on=started_on,
            ended_on=ended_on,
            phone=phone,
            qualifications=qualifications,
            user_id=user_id,
        )

        return worker_create

