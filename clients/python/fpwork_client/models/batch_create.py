from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="BatchCreate")



@_attrs_define
class BatchCreate:
    """ 
        Attributes:
            period (str):
            program_id (int):
            payer_org_id (int | None | Unset): Defaults to the program's payer
            street_id (int | None | Unset): Required when the district generates
     """

    period: str
    program_id: int
    payer_org_id: int | None | Unset = UNSET
    street_id: int | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        period = self.period

        program_id = self.program_id

        payer_org_id: int | None | Unset
        if isinstance(self.payer_org_id, Unset):
            payer_org_id = UNSET
        else:
            payer_org_id = self.payer_org_id

        street_id: int | None | Unset
        if isinstance(self.street_id, Unset):
            street_id = UNSET
        else:
            street_id = self.street_id


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "period": period,
            "program_id": program_id,
        })
        if payer_org_id is not UNSET:
            field_dict["payer_org_id"] = payer_org_id
        if street_id is not UNSET:
            field_dict["street_id"] = street_id

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        period = d.pop("period")

        program_id = d.pop("program_id")

        def _parse_payer_org_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        payer_org_id = _parse_payer_org_id(d.pop("payer_org_id", UNSET))


        def _parse_street_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        street_id = _parse_street_id(d.pop("street_id", UNSET))


        batch_create = cls(
            period=period,
            program_id=program_id,
            payer_org_id=payer_org_id,
            street_id=street_id,
        )

        return batch_create

