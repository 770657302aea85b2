from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.report_signatory import ReportSignatory





T = TypeVar("T", bound="ReportSign")



@_attrs_define
class ReportSign:
    """ 
        Attributes:
            signatories (list[ReportSignatory]): The preparer (填表人) and the street's leader (单位负责人) among them
            signed_on (datetime.date):
     """

    signatories: list[ReportSignatory]
    signed_on: datetime.date





    def to_dict(self) -> dict[str, Any]:
        from ..models.report_signatory import ReportSignatory # noqa: PLC0415
        signatories = []
        for signatories_item_data in self.signatories:
            signatories_item = signatories_item_data.to_dict()
            signatories.append(signatories_item)



        signed_on = self.signed_on.isoformat()


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "signatories": signatories,
            "signed_on": signed_on,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.report_signatory import ReportSignatory # noqa: PLC0415
        d = dict(src_dict)
        signatories = []
        _signatories = d.pop("signatories")
        for signatories_item_data in (_signatories):
            signatories_item = ReportSignatory.from_dict(signatories_item_data)



            signatories.append(signatories_item)


        signed_on = datetime.date.fromisoformat(d.pop("signed_on"))




        report_sign = cls(
            signatories=signatories,
            signed_on=signed_on,
        )

        return report_sign

