from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.assistance_kind import AssistanceKind
from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="CareAssistanceCreate")



@_attrs_define
class CareAssistanceCreate:
    """ 
        Attributes:
            amount_fen (int): Money or the goods' value, in fen
            description (str):
            given_on (datetime.date):
            kind (AssistanceKind):
            partner_id (int | None | Unset):
     """

    amount_fen: int
    description: str
    given_on: datetime.date
    kind: AssistanceKind
    partner_id: int | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        amount_fen = self.amount_fen

        description = self.description

        given_on = self.given_on.isoformat()

        kind = self.kind.value

        partner_id: int | None | Unset
        if isinstance(self.partner_id, Unset):
            partner_id = UNSET
        else:
            partner_id = self.partner_id


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "amount_fen": amount_fen,
            "description": description,
            "given_on": given_on,
            "kind": kind,
        })
        if partner_id is not UNSET:
            field_dict["partner_id"] = partner_id

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        amount_fen = d.pop("amount_fen")

        description = d.pop("description")

        given_on = datetime.date.fromisoformat(d.pop("given_on"))




        kind = AssistanceKind(d.pop("kind"))




        def _parse_partner_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        partner_id = _parse_partner_id(d.pop("partner_id", UNSET))


        care_assistance_create = cls(
            amount_fen=amount_fen,
            description=description,
            given_on=given_on,
            kind=kind,
            partner_id=partner_id,
        )

        return care_assistance_create

