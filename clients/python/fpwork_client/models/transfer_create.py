from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="TransferCreate")



@_attrs_define
class TransferCreate:
    """ 
        Attributes:
            migrant_id (int):
            new_address (str):
            to_community_id (int):
            reason (None | str | Unset):
     """

    migrant_id: int
    new_address: str
    to_community_id: int
    reason: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        migrant_id = self.migrant_id

        new_address = self.new_address

        to_community_id = self.to_community_id

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        else:
            reason = self.reason


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "migrant_id": migrant_id,
            "new_address": new_address,
            "to_community_id": to_community_id,
        })
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        migrant_id = d.pop("migrant_id")

        new_address = d.pop("new_address")

        to_community_id = d.pop("to_community_id")

        def _parse_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reason = _parse_reason(d.pop("reason", UNSET))


        transfer_create = cls(
            migrant_id=migrant_id,
            new_address=new_address,
            to_community_id=to_community_id,
            reason=reason,
        )

        return transfer_create

