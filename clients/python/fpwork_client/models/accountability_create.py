from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.accountability_kind import AccountabilityKind
from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="AccountabilityCreate")



@_attrs_define
class AccountabilityCreate:
    """ 
        Attributes:
            decided_on (datetime.date):
            kind (AccountabilityKind):
            person_name (str):
            reason (str):
            user_id (int | None | Unset):
     """

    decided_on: datetime.date
    kind: AccountabilityKind
    person_name: str
    reason: str
    user_id: int | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        decided_on = self.decided_on.isoformat()

        kind = self.kind.value

        person_name = self.person_name

        reason = self.reason

        user_id: int | None | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "decided_on": decided_on,
            "kind": kind,
            "person_name": person_name,
            "reason": reason,
        })
        if user_id is not UNSET:
            field_dict["user_id"] = user_id

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        decided_on = datetime.date.fromisoformat(d.pop("decided_on"))




        kind = AccountabilityKind(d.pop("kind"))




        person_name = d.pop("person_name")

        reason = d.pop("reason")

        def _parse_user_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        user_id = _parse_user_id(d.pop("user_id", UNSET))


        accountability_create = cls(
            decided_on=decided_on,
            kind=kind,
            person_name=person_name,
            reason=reason,
            user_id=user_id,
        )

        return accountability_create

