from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.accountability_kind import AccountabilityKind
from typing import cast
import datetime






T = TypeVar("T", bound="AccountabilityRead")



@_attrs_define
class AccountabilityRead:
    """ 
        Attributes:
            decided_on (datetime.date):
            evaluation_id (int):
            id (int):
            kind (AccountabilityKind):
            person_name (str):
            reason (str):
            user_id (int | None):
     """

    decided_on: datetime.date
    evaluation_id: int
    id: int
    kind: AccountabilityKind
    person_name: str
    reason: str
    user_id: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        decided_on = self.decided_on.isoformat()

        evaluation_id = self.evaluation_id

        id = self.id

        kind = self.kind.value

        person_name = self.person_name

        reason = self.reason

        user_id: int | None
        user_id = self.user_id


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "decided_on": decided_on,
            "evaluation_id": evaluation_id,
            "id": id,
            "kind": kind,
            "person_name": person_name,
            "reason": reason,
            "user_id": user_id,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        decided_on = datetime.date.fromisoformat(d.pop("decided_on"))




        evaluation_id = d.pop("evaluation_id")

        id = d.pop("id")

        kind = AccountabilityKind(d.pop("kind"))




        person_name = d.pop("person_name")

        reason = d.pop("reason")

        def _parse_user_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        user_id = _parse_user_id(d.pop("user_id"))


        accountability_read = cls(
            decided_on=decided_on,
            evaluation_id=evaluation_id,
            id=id,
            kind=kind,
            person_name=person_name,
            reason=reason,
            user_id=user_id,
        )


        accountability_read.additional_properties = d
        return accountability_read

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
