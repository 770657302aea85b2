from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.item_correction_type_0 import ItemCorrectionType0
  from ..models.item_correction_type_1 import ItemCorrectionType1





T = TypeVar("T", bound="ReportRevise")



@_attrs_define
class ReportRevise:
    """ 
        Attributes:
            reason (str):
            corrections (list[ItemCorrectionType0 | ItemCorrectionType1] | Unset): Empty: read every figure again from the
                records as of the period's end
     """

    reason: str
    corrections: list[ItemCorrectionType0 | ItemCorrectionType1] | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.item_correction_type_0 import ItemCorrectionType0 # noqa: PLC0415
        from ..models.item_correction_type_1 import ItemCorrectionType1 # noqa: PLC0415
        reason = self.reason

        corrections: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.corrections, Unset):
            corrections = []
            for corrections_item_data in self.corrections:
                corrections_item: dict[str, Any]
                if isinstance(corrections_item_data, ItemCorrectionType0):
                    corrections_item = corrections_item_data.to_dict()
                else:
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
        from ..models.item_correction_type_0 import ItemCorrectionType0 # noqa: PLC0415
        from ..models.item_correction_type_1 import ItemCorrectionType1 # noqa: PLC0415
        d = dict(src_dict)
        reason = d.pop("reason")

        _corrections = d.pop("corrections", UNSET)
        corrections: list[ItemCorrectionType0 | ItemCorrectionType1] | Unset = UNSET
        if _corrections is not UNSET:
            corrections = []
            for corrections_item_data in _corrections:
                def _parse_corrections_item(data: object) -> ItemCorrectionType0 | ItemCorrectionType1:
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_item_correction_type_0 = ItemCorrectionType0.from_dict(data)



                        return componentsschemas_item_correction_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_item_correction_type_1 = ItemCorrectionType1.from_dict(data)



                    return componentsschemas_item_correction_type_1

                corrections_item = _parse_corrections_item(corrections_item_data)

                corrections.append(corrections_item)


        report_revise = cls(
            reason=reason,
            corrections=corrections,
        )

        return report_revise

