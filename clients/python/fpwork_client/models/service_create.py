from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.public_service_kind import PublicServiceKind
from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="ServiceCreate")



@_attrs_define
class ServiceCreate:
    """ 
        Attributes:
            delivered_on (datetime.date):
            kind (PublicServiceKind):
            note (None | str | Unset):
     """

    delivered_on: datetime.date
    kind: PublicServiceKind
    note: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        delivered_on = self.delivered_on.isoformat()

        kind = self.kind.value

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "delivered_on": delivered_on,
            "kind": kind,
        })
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        delivered_on = datetime.date.fromisoformat(d.pop("delivered_on"))




        kind = PublicServiceKind(d.pop("kind"))




        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))


        service_create = cls(
            delivered_on=delivered_on,
            kind=kind,
            note=note,
        )

        return service_create

