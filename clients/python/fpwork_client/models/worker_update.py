from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="WorkerUpdate")



@_attrs_define
class WorkerUpdate:
    """ 
        Attributes:
            ended_on (datetime.date | None | Unset): Not before the worker's started_on. `null` clears it.
            phone (None | str | Unset): `null` clears it.
            post (str | Unset):
            qualifications (list[str] | Unset):
     """

    ended_on: datetime.date | None | Unset = UNSET
    phone: None | str | Unset = UNSET
    post: str | Unset = UNSET
    qualifications: list[str] | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
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

        post = self.post

        qualifications: list[str] | Unset = UNSET
        if not isinstance(self.qualifications, Unset):
            qualifications = self.qualifications




        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if ended_on is not UNSET:
            field_dict["ended_on"] = ended_on
        if phone is not UNSET:
            field_dict["phone"] = phone
        if post is not UNSET:
            field_dict["post"] = post
        if qualifications is not UNSET:
            field_dict["qualifications"] = qualifications

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
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


        post = d.pop("post", UNSET)

        qualifications = cast(list[str], d.pop("qualifications", UNSET))


        worker_update = cls(
            ended_on=ended_on,
            phone=phone,
            post=post,
            qualifications=qualifications,
        )

        return worker_update

