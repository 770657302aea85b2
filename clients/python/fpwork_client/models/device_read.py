from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="DeviceRead")



@_attrs_define
class DeviceRead:
    """ 
        Attributes:
            id (int):
            installation_id (str):
            label (str):
            last_synced_at (datetime.datetime | None):
            registered_at (datetime.datetime):
            revoked_at (datetime.datetime | None):
            signed_in_at (datetime.datetime):
            user_id (int):
     """

    id: int
    installation_id: str
    label: str
    last_synced_at: datetime.datetime | None
    registered_at: datetime.datetime
    revoked_at: datetime.datetime | None
    signed_in_at: datetime.datetime
    user_id: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        id = self.id

        installation_id = self.installation_id

        label = self.label

        last_synced_at: None | str
        if isinstance(self.last_synced_at, datetime.datetime):
            last_synced_at = self.last_synced_at.isoformat()
        else:
            last_synced_at = self.last_synced_at

        registered_at = self.registered_at.isoformat()

        revoked_at: None | str
        if isinstance(self.revoked_at, datetime.datetime):
            revoked_at = self.revoked_at.isoformat()
        else:
            revoked_at = self.revoked_at

        signed_in_at = self.signed_in_at.isoformat()

        user_id = self.user_id


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "installation_id": installation_id,
            "label": label,
            "last_synced_at": last_synced_at,
            "registered_at": registered_at,
            "revoked_at": revoked_at,
            "signed_in_at": signed_in_at,
            "user_id": user_id,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        installation_id = d.pop("installation_id")

        label = d.pop("label")

        def _parse_last_synced_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_synced_at_type_0 = datetime.datetime.fromisoformat(data)



                return last_synced_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        last_synced_at = _parse_last_synced_at(d.pop("last_synced_at"))


        registered_at = datetime.datetime.fromisoformat(d.pop("registered_at"))




        def _parse_revoked_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                revoked_at_type_0 = datetime.datetime.fromisoformat(data)



                return revoked_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        revoked_at = _parse_revoked_at(d.pop("revoked_at"))


        signed_in_at = datetime.datetime.fromisoformat(d.pop("signed_in_at"))




        user_id = d.pop("user_id")

        device_read = cls(
            id=id,
            installation_id=installation_id,
            label=label,
            last_synced_at=last_synced_at,
            registered_at=registered_at,
            revoked_at=revoked_at,
            signed_in_at=signed_in_at,
            user_id=user_id,
        )


        device_read.additional_properties = d
        return device_read

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
