from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.item_correction import ItemCorrection





T = TypeVar("T", bound="ReportRevise")



@_attrs_define
class ReportRevise:
    """ 
        Attributes:
            reason (str):
            corrections (list[ItemCorrection] | Unset): Empty: read every figure again from the records as of the period's
                end
     """

    reason: str
    corrections: list[ItemCorrection] | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.item_correction import ItemCorrection # noqa: PLC0415
        reason = self.reason

        corrections: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.corrections, Unset):
            corrections = []
            for corrections_item_data in self.corrections:
                corrections_item = corrections_item_data.to_dict()
                corrections.append(corrections_item)




        field_dict: dict[str, Any] = {}

        field_dict.update({
            "reason": reason,
        })
        if corrections is not UNSET:
            field_dict["corrections"] = corrections

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.item_correction import ItemCorrection # noqa: PLC0415
        d = dict(src_dict)
        reason = d.pop("reason")

        _corrections = d.pop("corrections", UNSET)
        corrections: list[ItemCorrection] | Unset = UNSET
        if _corrections is not UNSET:
            corrections = []
            for corrections_item_data in _corrections:
                corrections_item = ItemCorrection.from_dict(corrections_item_data)



                corrections.append(corrections_item)


        report_revise = cls(
            reason=reason,
            corrections=corrections,
        )

        return report_revise

