from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.care_kind import CareKind
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="CareCaseCreate")



@_attrs_define
class CareCaseCreate:
    """ 
        Attributes:
            family_id (int):
            kind (CareKind):
            reason (None | str | Unset): Required for other_need
     """

    family_id: int
    kind: CareKind
    reason: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        family_id = self.family_id

        kind = self.kind.value

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        else:
            reason = self.reason


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "family_id": family_id,
            "kind": kind,
        })
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        family_id = d.pop("family_id")

        kind = CareKind(d.pop("kind"))




        def _parse_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reason = _parse_reason(d.pop("reason", UNSET))


        care_case_create = cls(
            family_id=family_id,
            kind=kind,
            reason=reason,
        )

        return care_case_create

