from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="ObjectionCreate")



@_attrs_define
class ObjectionCreate:
    """ 
        Attributes:
            entry_id (int): The notice entry (case) objected to
            reason (str):
            contact (None | str | Unset): Optional: how to reach you
     """

    entry_id: int
    reason: str
    contact: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        entry_id = self.entry_id

        reason = self.reason

        contact: None | str | Unset
        if isinstance(self.contact, Unset):
            contact = UNSET
        else:
            contact = self.contact


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "entry_id": entry_id,
            "reason": reason,
        })
        if contact is not UNSET:
            field_dict["contact"] = contact

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        entry_id = d.pop("entry_id")

        reason = d.pop("reason")

        def _parse_contact(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        contact = _parse_contact(d.pop("contact", UNSET))


        objection_create = cls(
            entry_id=entry_id,
            reason=reason,
            contact=contact,
        )

        return objection_create

