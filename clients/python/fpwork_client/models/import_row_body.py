from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="ImportRowBody")



@_attrs_define
class ImportRowBody:
    """ 
        Attributes:
            approval_document_no (str): The earlier approval (批准文号)
            approved_on (datetime.date):
            beneficiary_id (int): A parent of the family
            family_id (int):
            starts_on (datetime.date): When the entitlement began
            override_reason (None | str | Unset): The street's reason to import this row although the eligibility or
                exclusivity check refuses it (audited); errors in the row are never overridden
            paid_through (None | str | Unset): The last period the previous system paid (2019-08, 2019)
     """

    approval_document_no: str
    approved_on: datetime.date
    beneficiary_id: int
    family_id: int
    starts_on: datetime.date
    override_reason: None | str | Unset = UNSET
    paid_through: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        approval_document_no = self.approval_document_no

        approved_on = self.approved_on.isoformat()

        beneficiary_id = self.beneficiary_id

        family_id = self.family_id

        starts_on = self.starts_on.isoformat()

        override_reason: None | str | Unset
        if isinstance(self.override_reason, Unset):
            override_reason = UNSET
        else:
            override_reason = self.override_reason

        paid_through: None | str | Unset
        if isinstance(self.paid_through, Unset):
            paid_through = UNSET
        else:
            paid_through = self.paid_through


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "approval_document_no": approval_document_no,
            "approved_on": approved_on,
            "beneficiary_id": beneficiary_id,
            "family_id": family_id,
            "starts_on": starts_on,
        })
        if override_reason is not UNSET:
            field_dict["override_reason"] = override_reason
        if paid_through is not UNSET:
            field_dict["paid_through"] = paid_through

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        approval_document_no = d.pop("approval_document_no")

        approved_on = datetime.date.fromisoformat(d.pop("approved_on"))




        beneficiary_id = d.pop("beneficiary_id")

        family_id = d.pop("family_id")

        starts_on = datetime.date.fromisoformat(d.pop("starts_on"))




        def _parse_override_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        override_reason = _parse_override_reason(d.pop("override_reason", UNSET))


        def _parse_paid_through(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        paid_through = _parse_paid_through(d.pop("paid_through", UNSET))


        import_row_body = cls(
            approval_document_no=approval_document_no,
            approved_on=approved_on,
            beneficiary_id=beneficiary_id,
            family_id=family_id,
            starts_on=starts_on,
            override_reason=override_reason,
            paid_through=paid_through,
        )

        return import_row_body

