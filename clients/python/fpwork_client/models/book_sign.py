from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.signatory import Signatory





T = TypeVar("T", bound="BookSign")



@_attrs_define
class BookSign:
    """ 
        Attributes:
            signatories (list[Signatory]): A Party or a government leader (overall responsibility) and the leader in charge
                among them
            signed_on (datetime.date):
     """

    signatories: list[Signatory]
    signed_on: datetime.date





    def to_dict(self) -> dict[str, Any]:
        from ..models.signatory import Signatory # noqa: PLC0415
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
        from ..models.signatory import Signatory # noqa: PLC0415
        d = dict(src_dict)
        signatories = []
        _signatories = d.pop("signatories")
        for signatories_item_data in (_signatories):
            signatories_item = Signatory.from_dict(signatories_item_data)



            signatories.append(signatories_item)


        signed_on = datetime.date.fromisoformat(d.pop("signed_on"))




        book_sign = cls(
            signatories=signatories,
            signed_on=signed_on,
        )

        return book_sign

