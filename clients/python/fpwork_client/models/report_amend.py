from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.item_correction_type_0 import ItemCorrectionType0
  from ..models.item_correction_type_1 import ItemCorrectionType1
  from ..models.report_signatory import ReportSignatory





T = TypeVar("T", bound="ReportAmend")



@_attrs_define
class ReportAmend:
    """ 
        Attributes:
            corrections (list[ItemCorrectionType0 | ItemCorrectionType1]):
            reason (str):
            signatories (list[ReportSignatory]): The preparer (填表人) and the street's leader (单位负责人) among them
            signed_on (datetime.date):
     """

    corrections: list[ItemCorrectionType0 | ItemCorrectionType1]
    reason: str
    signatories: list[ReportSignatory]
    signed_on: datetime.date





    def to_dict(self) -> dict[str, Any]:
        from ..models.item_correction_type_0 import ItemCorrectionType0 # noqa: PLC0415
        from ..models.item_correction_type_1 import ItemCorrectionType1 # noqa: PLC0415
        from ..models.report_signatory import ReportSignatory # noqa: PLC0415
        corrections = []
        for corrections_item_data in self.corrections:
            corrections_item: dict[str, Any]
            if isinstance(corrections_item_data, ItemCorrectionType0):
                corrections_item = corrections_item_data.to_dict()
            else:
                corrections_item = corrections_item_data.to_dict()

            corrections.append(corrections_item)



        reason = self.reason

        signatories = []
        for signatories_item_data in self.signatories:
            signatories_item = signatories_item_data.to_dict()
            signatories.append(signatories_item)



        signed_on = self.signed_on.isoformat()


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "corrections": corrections,
            "reason": reason,
            "signatories": signatories,
            "signed_on": signed_on,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.item_correction_type_0 import ItemCorrectionType0 # noqa: PLC0415
        from ..models.item_correction_type_1 import ItemCorrectionType1 # noqa: PLC0415
        from ..models.report_signatory import ReportSignatory # noqa: PLC0415
        d = dict(src_dict)
        corrections = []
        _corrections = d.pop("corrections")
        for corrections_item_data in (_corrections):
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


        reason = d.pop("reason")

        signatories = []
        _signatories = d.pop("signatories")
        for signatories_item_data in (_signatories):
            signatories_item = ReportSignatory.from_dict(signatories_item_data)



            signatories.append(signatories_item)


        signed_on = datetime.date.fromisoformat(d.pop("signed_on"))




        report_amend = cls(
            corrections=corrections,
            reason=reason,
            signatories=signatories,
            signed_on=signed_on,
        )

        return report_amend

