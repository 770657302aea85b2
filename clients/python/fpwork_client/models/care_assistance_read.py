from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.assistance_kind import AssistanceKind
from typing import cast
import datetime






T = TypeVar("T", bound="CareAssistanceRead")



@_attrs_define
class CareAssistanceRead:
    """ 
        Attributes:
            amount_fen (int):
            case_id (int):
            description (str):
            given_on (datetime.date):
            id (int):
            kind (AssistanceKind):
            partner_id (int | None):
     """

    amount_fen: int
    case_id: int
    description: str
    given_on: datetime.date
    id: int
    kind: AssistanceKind
    partner_id: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        amount_fen = self.amount_fen

        case_id = self.case_id

        description = self.description

        given_on = self.given_on.isoformat()

        id = self.id

        kind = self.kind.value

        partner_id: int | None
        partner_id = self.partner_id


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "amount_fen": amount_fen,
            "case_id": case_id,
            "description": description,
            "given_on": given_on,
            "id": id,
            "kind": kind,
            "partner_id": partner_id,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        amount_fen = d.pop("amount_fen")

        case_id = d.pop("case_id")

        description = d.pop("description")

        given_on = datetime.date.fromisoformat(d.pop("given_on"))




        id = d.pop("id")

        kind = AssistanceKind(d.pop("kind"))




        def _parse_partner_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        partner_id = _parse_partner_id(d.pop("partner_id"))


        care_assistance_read = cls(
            amount_fen=amount_fen,
            case_id=case_id,
            description=description,
            given_on=given_on,
            id=id,
            kind=kind,
            partner_id=partner_id,
        )


        care_assistance_read.additional_properties = d
        return care_assistance_read

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
